/**
 * The repository explains itself: no tracked source, doc, scenario or API text points at a
 * document a clone does not have, and every pointer into docs/design.md or docs/architecture.md
 * names a section that exists.
 *
 * Scanned: `git ls-files` of *.ts, *.js, *.md, *.json, *.html, except bench/results/ (measured
 * output) and test/golden/ (results). Forbidden, as the old references were written:
 *   - "DESIGN §" followed by a section number (the design document outside the repository);
 *   - "issue" or "issues" followed by a number, any case (tracker items a clone cannot read;
 *     link an upstream issue by its URL instead);
 *   - "seed" + number used as a document: followed by "'s" ("seed <n>'s rule"), or as the whole
 *     or first part of a parenthesis ("(seed <n>)", "(seed <n>, …"). A random seed stays legal:
 *     "--seed 1", "seed: 2026", "Run 3519 of seed 1", "(fast-check, seed 2026)";
 *   - "STYLE" followed by a number (a style guide outside the repository).
 * State the rule in plain words, or point at a section: docs/design.md#reserve-floor.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const FORBIDDEN: ReadonlyArray<{ readonly what: string; readonly pattern: RegExp }> = [
  { what: 'a DESIGN section', pattern: /DESIGN §\s*\d/ },
  { what: 'an issue number', pattern: /\bissues? #?\d/i },
  { what: 'a seed document', pattern: /\bseed \d+(?:'s\b|’s\b)|\(seed \d+[),]/ },
  { what: 'a STYLE rule', pattern: /\bSTYLE \d/ },
];

function trackedTexts(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => /\.(ts|js|md|json|html)$/.test(f))
    .filter((f) => !f.startsWith('bench/results/') && !f.startsWith('test/golden/') && !f.includes('node_modules/'));
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(doc: string): Set<string> {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return new Set([...text.matchAll(/^#{1,6} +(.+)$/gm)].map((m) => slug(m[1])));
}

describe('references a clone can follow', () => {
  const files = trackedTexts();

  it('scans the sources, docs, scenarios and API texts', () => {
    for (const f of [
      'README.md',
      'docs/design.md',
      'docs/architecture.md',
      'engine/index.ts',
      'server/routes/runs.ts',
      'scenarios/demo-beijing-2012.json',
    ])
      expect(files, f).toContain(f);
  });

  it("no text points at DESIGN §n, issue n, seed n's or STYLE n", () => {
    const found: string[] = [];
    for (const f of files) {
      const lines = readFileSync(join(ROOT, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const { what, pattern } of FORBIDDEN) {
          const m = pattern.exec(line);
          if (m) found.push(`${f}:${i + 1}: ${what} ("${m[0]}")`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('every pointer to a section of docs/design.md or docs/architecture.md names a heading there', () => {
    const anchors = { 'design.md': anchorsOf('docs/design.md'), 'architecture.md': anchorsOf('docs/architecture.md') };
    const broken: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      for (const m of text.matchAll(/\b(design|architecture)\.md#([\p{L}\p{N}-]+)/gu)) {
        if (!anchors[`${m[1]}.md` as keyof typeof anchors].has(m[2])) broken.push(`${f}: ${m[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the README links the model and the architecture', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/design.md)');
    expect(readme).toContain('](docs/architecture.md)');
  });
});

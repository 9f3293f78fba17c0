/**
 * The import rules hold on every tracked source file (test/support/import-rules.ts says
 * which), and the checker does report a planted violation of each rule.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importViolations, type SourceFile } from '../support/import-rules.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function trackedSources(): SourceFile[] {
  const list = execFileSync('git', ['ls-files', '*.ts', '*.mts', '*.js', '*.mjs'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return list
    .filter((p) => !p.startsWith('node_modules/'))
    .map((path) => ({ path, text: readFileSync(`${ROOT}${path}`, 'utf8') }));
}

describe('import rules', () => {
  it('hold on every tracked source file', () => {
    const files = trackedSources();
    expect(files.length).toBeGreaterThan(150);
    expect(importViolations(files)).toEqual([]);
  });

  it('the checker reports a planted violation of each rule (and lets the allowed imports through)', () => {
    const planted: SourceFile[] = [
      { path: 'engine/run/summary.ts', text: "import { buildApp } from '../../server/app.ts';" },
      { path: 'engine/run/modes.ts', text: "import { main } from '../cli/main.ts';" },
      { path: 'server/routes/runs.ts', text: "import { dispatch } from '../../engine/run/modes.ts';" },
      { path: 'bench/run.ts', text: "const m = await import('../engine/lp/model.ts');" },
      { path: 'engine/cli/commands/run.ts', text: "export { x } from '../../run/summary.ts';" },
      { path: 'scenarios/library/studies.ts', text: "import '../../engine/risk/index.ts';" },
      { path: 'bin/baogong.js', text: "const { buildApp } = await import('../server/app.ts');" },
      { path: 'engine/cli/commands/run.ts', text: "import { runKeysCli } from '../../../server/keys-cli.ts';" },
      // allowed
      { path: 'bin/baogong.js', text: "const { runKeysCli } = await import('../server/keys-cli.ts');" },
      {
        path: 'server/app.ts',
        text: "import { runScenario } from '../engine/index.ts';\nimport Fastify from 'fastify';",
      },
      {
        path: 'engine/cli/commands/validate.ts',
        text: "import { positionals } from '../command.ts';\nimport { validateScenario } from '../../index.ts';",
      },
      { path: 'engine/run/summary.ts', text: "import type { Plan } from '../scenario/normalise.ts';" },
      { path: 'test/run/x.test.ts', text: "import { dispatch } from '../../engine/run/modes.ts';" },
    ];
    const found = importViolations(planted);
    expect(found).toHaveLength(8);
    expect(found.map((p) => p.split(' → ')[0])).toEqual([
      'engine/run/summary.ts',
      'engine/run/modes.ts',
      'server/routes/runs.ts',
      'bench/run.ts',
      'engine/cli/commands/run.ts',
      'scenarios/library/studies.ts',
      'bin/baogong.js',
      'engine/cli/commands/run.ts',
    ]);
  });
});

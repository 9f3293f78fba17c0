/**
 * The import rules of the architecture (docs/architecture.md):
 *   - the engine (engine/, but not its CLI front-end engine/cli/) imports nothing of the
 *     project outside engine/: not the server, the CLI, notebooks, bench, the scenario library
 *     or tests;
 *   - every front-end — the server, the CLI (engine/cli/ and bin/), notebooks, bench and the
 *     scenario library (scenarios/) — imports the engine only through engine/index.ts.
 *   - the CLI (engine/cli/ and bin/) imports nothing of the server, but for one door:
 *     bin/baogong.js hands `baogong keys` to server/keys-cli.ts (the keys live in the
 *     server's database).
 * Tests (test/) may import engine internals: they test them.
 * Specifiers are read with a regular expression (static `import … from`, `export … from`,
 * `import()` and bare `import '…'`); relative ones are resolved against the importing file.
 */
import { dirname, join, normalize } from 'node:path';

export interface SourceFile {
  readonly path: string; // relative to the repository root, with forward slashes
  readonly text: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

const ENGINE_API = 'engine/index.ts';
/** The one server module the CLI may load, and who may load it. */
const CLI_SERVER_DOOR = { from: 'bin/baogong.js', to: 'server/keys-cli.ts' } as const;
const FRONT_ENDS = ['server/', 'engine/cli/', 'bin/', 'notebooks/', 'bench/', 'scenarios/', 'scripts/'];

export function importsOf(file: SourceFile): string[] {
  const out: string[] = [];
  for (const m of file.text.matchAll(SPECIFIER)) {
    const spec = m[1];
    if (!spec.startsWith('.')) continue; // a package
    out.push(normalize(join(dirname(file.path), spec)).replaceAll('\\', '/'));
  }
  return out;
}

/** Every broken rule as `importer → imported: why`. */
export function importViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const f of files) {
    if (f.path.startsWith('test/')) continue;
    const isFrontEnd = FRONT_ENDS.some((p) => f.path.startsWith(p));
    for (const target of importsOf(f)) {
      if (!isFrontEnd && f.path.startsWith('engine/')) {
        if (!target.startsWith('engine/'))
          problems.push(`${f.path} → ${target}: the engine imports nothing of the project outside engine/`);
        else if (target.startsWith('engine/cli/'))
          problems.push(`${f.path} → ${target}: the engine never imports its CLI front-end`);
        continue;
      }
      if (!isFrontEnd) continue;
      const isCli = f.path.startsWith('engine/cli/') || f.path.startsWith('bin/');
      if (isCli && target.startsWith('server/') && !(f.path === CLI_SERVER_DOOR.from && target === CLI_SERVER_DOOR.to))
        problems.push(
          `${f.path} → ${target}: the CLI imports nothing of the server but ${CLI_SERVER_DOOR.from} → ${CLI_SERVER_DOOR.to}`,
        );
      // the CLI is engine/cli/ and its launcher bin/: they may import each other
      const inOwnFolder =
        (f.path.startsWith('engine/cli/') || f.path.startsWith('bin/')) && target.startsWith('engine/cli/');
      if (target.startsWith('engine/') && target !== ENGINE_API && !inOwnFolder) {
        problems.push(`${f.path} → ${target}: front-ends import the engine only through ${ENGINE_API}`);
      }
    }
  }
  return problems;
}

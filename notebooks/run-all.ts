/**
 * `npm run notebooks [-- --scenario FILE.json] [-- --runs N] [-- --lang zh|en]`: runs every
 * notebook in its own process, fastest first, and reports where each wrote its Markdown, PNGs
 * and HTML (notebooks/out/<name>/). `--scenario` goes to every notebook that runs a scenario,
 * `--runs` (seasons) to those that draw or simulate seasons, `--lang` (the reports' language;
 * default from LANG) to all; without them each keeps its own default. Exits non-zero if any fails.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Each notebook, fastest first, with the arguments it takes. */
const NOTEBOOKS: ReadonlyArray<readonly [name: string, takes: readonly ('scenario' | 'runs')[]]> = [
  ['solver-benchmark', []],
  ['ensemble-validation', ['scenario', 'runs']],
  ['gas-security', ['scenario', 'runs']],
  ['cold-wave-study', ['scenario']],
  ['reserve-sizing', ['scenario', 'runs']],
  // a study of several scenarios, not one: it takes --runs but keeps its own study
  ['province-study', ['runs']],
];
const { values } = parseArgs({
  options: { scenario: { type: 'string' }, runs: { type: 'string' }, lang: { type: 'string' } },
  strict: true,
});
const root = fileURLToPath(new URL('..', import.meta.url));
let failed = 0;
for (const [name, takes] of NOTEBOOKS) {
  const t0 = Date.now();
  process.stderr.write(`== ${name}\n`);
  const pass = [
    ...(takes.includes('scenario') && values.scenario ? ['--scenario', resolve(values.scenario)] : []),
    ...(takes.includes('runs') && values.runs ? ['--runs', values.runs] : []),
    ...(values.lang ? ['--lang', values.lang] : []),
  ];
  const r = spawnSync(process.execPath, ['--import', 'tsx', `notebooks/${name}.ts`, ...pass], {
    cwd: root,
    stdio: 'inherit',
  });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status === 0) process.stderr.write(`== ${name}: done in ${s} s\n`);
  else {
    failed++;
    process.stderr.write(`== ${name}: FAILED (exit ${r.status ?? r.signal}) after ${s} s\n`);
  }
}
process.stderr.write(
  failed === 0
    ? `all ${NOTEBOOKS.length} notebooks written under notebooks/out/\n`
    : `${failed} of ${NOTEBOOKS.length} notebooks failed\n`,
);
process.exitCode = failed === 0 ? 0 : 1;

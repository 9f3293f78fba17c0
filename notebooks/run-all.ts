/**
 * `npm run notebooks`: runs every notebook in its own process, fastest first, and reports
 * where each wrote its Markdown, PNGs and HTML (notebooks/out/<name>/). Exits non-zero if any fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NOTEBOOKS = ['solver-benchmark', 'ensemble-validation', 'gas-security', 'cold-wave-study', 'reserve-sizing'];
const root = fileURLToPath(new URL('..', import.meta.url));
let failed = 0;
for (const name of NOTEBOOKS) {
  const t0 = Date.now();
  process.stderr.write(`== ${name}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `notebooks/${name}.ts`], { cwd: root, stdio: 'inherit' });
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

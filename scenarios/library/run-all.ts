/**
 * `npm run scenarios`: runs every scenario file in scenarios/ (the five plans and the demo) and
 * prints one line each: id, heat, unserved heat, coal, minimum days of cover, first reserve
 * breach, gas cut, whether homes were protected, cost. Exits 1 if any scenario fails.
 *   tsx scenarios/library/run-all.ts [--mode daily|season] [dir]
 */
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BaogongError, loadScenarioFile, runScenario, SHIPPED_SCENARIOS_DIR } from '../../engine/index.ts';
import { LIBRARY_MODES, scenarioFiles, type LibraryMode } from './studies.ts';
import { summaryLine } from './summary-line.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { mode: { type: 'string' } } });
  const mode = values.mode as LibraryMode | undefined;
  if (mode !== undefined && !LIBRARY_MODES.includes(mode)) {
    process.stderr.write(`--mode must be ${LIBRARY_MODES.join(' or ')}, not ${mode}\n`);
    return 2;
  }
  const dir = positionals[0] ? resolve(positionals[0]) : SHIPPED_SCENARIOS_DIR;
  let failed = 0;
  for (const file of scenarioFiles(dir)) {
    const t0 = performance.now();
    try {
      const result = await runScenario(loadScenarioFile(file), { baseDir: dirname(file), mode, coalToHoldFloor: true });
      process.stdout.write(
        `${summaryLine(result)} | ${result.solver.mode} ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
    } catch (err) {
      failed++;
      const detail =
        err instanceof BaogongError
          ? `${err.code}: ${err.message}${err.problems.map((p) => `\n    ${p.path}: ${p.message}`).join('')}`
          : String(err);
      process.stdout.write(`${basename(file).padEnd(18)} FAILED ${detail}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});

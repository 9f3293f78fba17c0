/**
 * The command-line arguments of the notebooks that run a scenario or a Monte Carlo study:
 * `--scenario <file>` (default the shipped demo, scenarios/demo-beijing-2012.json),
 * `--runs N` (seasons; default the notebook's own, or its BAOGONG_NOTEBOOK_* variable as
 * before) and `--lang zh|en` (the report's language; default from LC_ALL, LC_MESSAGES or
 * LANG, else English). `npx tsx notebooks/reserve-sizing.ts --scenario my-city/scenario.json --runs 100 --lang zh`.
 * A relative weather CSV in the scenario is read beside the scenario file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BaogongError,
  LANGS,
  langFromEnv,
  parseScenarioJson,
  validateScenario,
  type Lang,
  type Scenario,
  type ScenarioInput,
} from '../../engine/index.ts';

export const DEMO_SCENARIO = fileURLToPath(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url));

export interface NotebookArgs {
  readonly scenarioFile: string;
  /** The scenario as written (what the notebook runs). */
  readonly scenario: ScenarioInput;
  /** The same, checked, with the defaults filled (to read figures from). */
  readonly checked: Scenario;
  /** Folder the scenario's relative paths (its weather CSV) are read from. */
  readonly baseDir: string;
  /** Seasons to draw or simulate. */
  readonly runs: number;
  /** The language the report is written in. */
  readonly lang: Lang;
}

/** `--lang zh|en` checked; the environment's language (LC_ALL, LC_MESSAGES, LANG) without it. */
function pickLang(value: string | undefined, runs: boolean): Lang {
  if (value === undefined) return langFromEnv(process.env);
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  return usage(`--lang must be ${LANGS.join(' or ')}; got ${value}`, runs);
}

/** The report language of a notebook that takes no scenario (`--lang zh|en` only). */
export function notebookLang(argv: readonly string[] = process.argv.slice(2)): Lang {
  let values: { lang?: string };
  try {
    values = parseArgs({ args: [...argv], options: { lang: { type: 'string' } }, strict: true }).values;
  } catch (err) {
    return usage((err as Error).message, false);
  }
  return pickLang(values.lang, false);
}

function usage(message: string, runs: boolean): never {
  throw new BaogongError(
    'CLI_USAGE',
    `${message}\nusage: npx tsx notebooks/<name>.ts [--scenario FILE.json]${runs ? ' [--runs N]' : ''} [--lang zh|en]`,
  );
}

/**
 * Reads `--scenario` (and `--runs` when `runs` gives the default and the environment variable
 * that set it so far; without it the notebook takes no --runs).
 */
export function notebookArgs(
  runs?: { readonly defaultRuns: number; readonly env: string },
  argv: readonly string[] = process.argv.slice(2),
): NotebookArgs {
  let values: { scenario?: string; runs?: string; lang?: string };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        scenario: { type: 'string' },
        lang: { type: 'string' },
        ...(runs ? { runs: { type: 'string' as const } } : {}),
      },
      strict: true,
      allowPositionals: false,
    }).values as { scenario?: string; runs?: string; lang?: string };
  } catch (err) {
    return usage((err as Error).message, runs !== undefined);
  }
  const lang = pickLang(values.lang, runs !== undefined);
  const scenarioFile = resolve(values.scenario ?? DEMO_SCENARIO);
  let text: string;
  try {
    text = readFileSync(scenarioFile, 'utf8');
  } catch (err) {
    throw new BaogongError(
      'SCENARIO_FILE',
      `cannot read ${scenarioFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const scenario = parseScenarioJson(text, scenarioFile) as ScenarioInput;
  const checked = validateScenario(scenario); // every problem by JSON path, before any work
  const raw = values.runs ?? (runs ? process.env[runs.env] : undefined);
  const n = raw === undefined ? (runs?.defaultRuns ?? 0) : Number(raw);
  if (runs && !(Number.isInteger(n) && n >= 1)) usage(`--runs must be a whole number ≥ 1; got ${raw}`, true);
  return { scenarioFile, scenario, checked, baseDir: dirname(scenarioFile), runs: n, lang };
}

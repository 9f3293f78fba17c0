/**
 * A study file in, a `ProvinceSpec` out: the study validated (STUDY_SCHEMA), each city's
 * scenario read (a path relative to the study file, or a shipped scenario's id or file name)
 * and validated, then the cross-references checked (STUDY_CHECK). Every problem is reported
 * by JSON path with how to fix it; nothing runs on a bad study. The spec is plain data (the
 * scenarios inline), so it can be sent to another machine and prepared there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { BaogongError, type Problem } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { runLabels } from '../run/labels.ts';
import { SHIPPED_SCENARIOS_DIR } from '../run/run-scenario.ts';
import { isScenarioFileName, studyJsonSchema } from '../scenario/json-schema.ts';
import { friendlyProblems } from '../scenario/friendly-problems.ts';
import type { Scenario } from '../scenario/schema.ts';
import { studySchema, type Study } from '../scenario/schema-study.ts';
import { parseScenarioJson, validateScenario } from '../scenario/validate.ts';
import { runChecks, STUDY_CITY_CHECKS, STUDY_FILE_CHECKS } from './checks.ts';

export interface ProvinceCity {
  readonly id: string;
  /** The name people read, by language: the study's, else the scenario's. */
  readonly names: { readonly en: string; readonly zh: string };
  readonly scenario: Scenario;
  /** Folder the scenario's relative files (its weather CSV) are read from. */
  readonly baseDir: string;
}

export interface ProvinceSpec {
  readonly study: Study;
  readonly cities: readonly ProvinceCity[];
}

function failed(code: 'STUDY_SCHEMA' | 'STUDY_CHECK', problems: readonly Problem[]): never {
  const n = problems.length;
  throw new BaogongError(
    code,
    message(n === 1 ? 'errors.headline.study.one' : 'errors.headline.study.many', { n: String(n) }),
    problems,
  );
}

/** The study file's own fields (schema and the checks that need no scenario), or STUDY_SCHEMA / STUDY_CHECK. */
export function validateStudy(input: unknown): Study {
  const parsed = studySchema.safeParse(input);
  if (!parsed.success) failed('STUDY_SCHEMA', friendlyProblems(parsed.error, input, [], studyJsonSchema()));
  const problems = runChecks(STUDY_FILE_CHECKS, parsed.data);
  if (problems.length > 0) failed('STUDY_CHECK', problems);
  return parsed.data;
}

/** The shipped scenarios by file stem and by id (`jincheng-2017` and `jincheng_2017`). */
function shippedScenarios(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(SHIPPED_SCENARIOS_DIR).filter(isScenarioFileName).sort()) {
    const file = resolve(SHIPPED_SCENARIOS_DIR, f);
    out.set(basename(f, '.json'), file);
    try {
      const id = (JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown }).id;
      if (typeof id === 'string' && !out.has(id)) out.set(id, file);
    } catch {
      // a shipped file that does not parse is the library's problem, not the study's
    }
  }
  return out;
}

/** Where a city's `scenario` points: a path (it has a `/` or ends in `.json`) or a shipped scenario. */
function scenarioFile(ref: string, studyDir: string, shipped: () => Map<string, string>): string | undefined {
  if (ref.includes('/') || ref.includes('\\') || ref.endsWith('.json'))
    return isAbsolute(ref) ? ref : resolve(studyDir, ref);
  return shipped().get(ref);
}

/** One city's scenario, read and validated; its problems come back under `cities[i].scenario`. */
function readCity(study: Study, i: number, studyDir: string, shipped: () => Map<string, string>): ProvinceCity {
  const city = study.cities[i];
  const path = `cities[${i}].scenario`;
  const file = scenarioFile(city.scenario, studyDir, shipped);
  let text: string;
  try {
    if (file === undefined) throw new Error('not shipped');
    text = readFileSync(file, 'utf8');
  } catch {
    failed('STUDY_CHECK', [
      {
        path,
        ...message('problems.study.scenarioFile', {
          scenario: city.scenario,
          file: file ?? city.scenario,
          known: [...shipped().keys()].map((k) => `\`${k}\``).join(', '),
        }),
      },
    ]);
  }
  let scenario: Scenario;
  try {
    scenario = validateScenario(parseScenarioJson(text, file));
  } catch (err) {
    if (!(err instanceof BaogongError)) throw err;
    // the scenario's own problems, each under the city's entry so the reader knows which file
    const problems = err.problems.length > 0 ? err.problems : [{ path: '', message: err.message, text: err.text }];
    throw new BaogongError(
      err.code,
      message('errors.headline.cityScenario', { city: city.id, file, n: String(problems.length) }),
      problems.map((p) => ({ ...p, path: `${path} → ${p.path || '(whole file)'}` })),
    );
  }
  const labels = runLabels(scenario).scenario;
  const nameIn = (lang: 'en' | 'zh') =>
    city.translations?.[lang]?.name ?? city.name ?? labels[lang] ?? labels.en ?? scenario.name;
  return { id: city.id, names: { en: nameIn('en'), zh: nameIn('zh') }, scenario, baseDir: dirname(file) };
}

/** The study and its cities' scenarios, checked together. `studyDir`: where relative scenario paths start. */
export function provinceSpec(studyInput: unknown, studyDir: string): ProvinceSpec {
  const study = validateStudy(studyInput);
  let shippedMap: Map<string, string> | undefined;
  const shipped = () => (shippedMap ??= shippedScenarios());
  const cities = study.cities.map((_, i) => readCity(study, i, studyDir, shipped));
  const problems = runChecks(STUDY_CITY_CHECKS, study, cities);
  if (problems.length > 0) failed('STUDY_CHECK', problems);
  return { study, cities };
}

/** Reads, parses and checks a study file and the scenarios it names. */
export function loadProvinceStudy(file: string): ProvinceSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new BaogongError(
      'STUDY_SCHEMA',
      message('errors.headline.cannotRead', {
        file,
        reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message,
      }),
    );
  }
  let input: unknown;
  try {
    input = parseScenarioJson(text, file);
  } catch (err) {
    const e = err as BaogongError;
    throw new BaogongError('STUDY_SCHEMA', { message: e.message, text: e.text }, e.problems);
  }
  return provinceSpec(input, dirname(resolve(file)));
}

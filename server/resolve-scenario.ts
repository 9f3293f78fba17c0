/**
 * From a request body to the scenario that runs: a full scenario, or a library scenario with
 * its overrides merged in; then the engine's own validation (schema and cross-field checks,
 * problems by JSON path) and the content hash that recognises identical inputs.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import { checkScenario, ENGINE_VERSION, type Scenario } from '../engine/index.ts';
import { ApiError } from './errors.ts';
import type { Library } from './library.ts';
import { mergePatch } from './merge.ts';
import type { RunRequest } from './schemas.ts';

export interface ResolvedScenario {
  readonly scenario: Scenario;
  /** sha256 of the engine version and the validated scenario (defaults filled, keys in schema order). */
  readonly hash: string;
}

/** Content hash: the validated scenario lists its keys in schema order, so key order in the body does not matter. */
export function contentHash(scenario: Scenario): string {
  return createHash('sha256')
    .update(JSON.stringify({ engineVersion: ENGINE_VERSION, scenario }))
    .digest('hex');
}

function checkWeatherFile(scenario: Scenario, dir: string): void {
  if (scenario.weather.kind !== 'csv') return;
  const file = scenario.weather.file;
  const rel = relative(dir, resolve(dir, file));
  if (isAbsolute(file) || rel.startsWith('..') || isAbsolute(rel))
    throw new ApiError('FILE_NOT_ALLOWED', { path: 'weather.file' });
}

export function resolveScenario(body: RunRequest, library: Library): ResolvedScenario {
  let input: unknown = body;
  let what = 'scenario';
  if ('base' in body) {
    const entry = library.get(body.base);
    if (!entry)
      throw new ApiError('SCENARIO_NOT_FOUND', {
        message: `no library scenario has id \`${body.base}\`; list them with GET /v1/scenarios`,
        path: 'base',
      });
    input = mergePatch(entry.scenario, body.overrides);
    what = `scenario \`${body.base}\` with its overrides`;
  }
  const outcome = checkScenario(input);
  if (!outcome.ok) {
    const n = outcome.problems.length;
    throw new ApiError(outcome.code, {
      message: `${what} has ${n} problem${n === 1 ? '' : 's'}`,
      problems: outcome.problems,
    });
  }
  checkWeatherFile(outcome.scenario, library.dir);
  return { scenario: outcome.scenario, hash: contentHash(outcome.scenario) };
}

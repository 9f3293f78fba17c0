/**
 * From a request body to the scenario that runs: a full scenario, or a library scenario with
 * its overrides merged in; then the engine's own validation (schema and cross-field checks,
 * problems by JSON path), the horizon's weather as the run builds it (server/weather-check.ts)
 * and the content hash that recognises identical inputs.
 */
import { createHash } from 'node:crypto';
import { checkScenario, ENGINE_VERSION, message, type Scenario } from '../engine/index.ts';
import { ApiError } from './errors.ts';
import type { Library } from './library.ts';
import { mergePatch } from './merge.ts';
import type { RunRequest } from './schemas.ts';
import { checkWeatherFile, weatherFor } from './weather-check.ts';
import { type WhatIf, whatIfOf } from './what-if-summary.ts';

export interface ResolvedScenario {
  readonly scenario: Scenario;
  /** sha256 of the engine version and the validated scenario (defaults filled, keys in schema order). */
  readonly hash: string;
  /** What the overrides did to the library or saved scenario; null for a full scenario. */
  readonly whatIf: WhatIf | null;
}

/** Content hash: the validated scenario lists its keys in schema order, so key order in the body does not matter. */
export function contentHash(scenario: Scenario): string {
  return createHash('sha256')
    .update(JSON.stringify({ engineVersion: ENGINE_VERSION, scenario }))
    .digest('hex');
}

/** Whose problems a headline counts: a scenario as posted, or a library (`id`) or saved one with its overrides. */
export interface Whose {
  readonly id?: string;
  readonly saved?: boolean;
}

/** Where `{ saved, overrides }` finds its scenario (server/saved-store.ts). */
export interface SavedLookup {
  get(id: string): { readonly scenario: Record<string, unknown> } | undefined;
}

/**
 * The engine's validation and the weather-file rule; every problem by JSON path, with `prefix`
 * before it when the scenario sits inside a larger body (`scenario.` for a saved one).
 */
export function validateInput(input: unknown, what: string | Whose, dir: string, prefix = ''): Scenario {
  const outcome = checkScenario(input);
  if (!outcome.ok) {
    const n = String(outcome.problems.length);
    const many = outcome.problems.length === 1 ? 'one' : 'many';
    throw new ApiError(outcome.code, {
      ...(what === 'scenario' || (typeof what !== 'string' && what.id === undefined)
        ? message(`errors.headline.scenario.${many}`, { n })
        : typeof what === 'string'
          ? { message: `${what} has ${n} problem${many === 'one' ? '' : 's'}` }
          : message(`errors.headline.${what.saved ? 'savedWithOverrides' : 'withOverrides'}.${many}`, {
              n,
              id: what.id ?? '',
            })),
      problems: outcome.problems.map((p) => ({ ...p, path: `${prefix}${p.path}` })),
    });
  }
  try {
    checkWeatherFile(outcome.scenario, dir);
  } catch (err) {
    if (err instanceof ApiError && prefix) throw new ApiError(err.code, { path: `${prefix}${err.path}` });
    throw err;
  }
  return outcome.scenario;
}

export function resolveScenario(body: RunRequest, library: Library, saved?: SavedLookup): ResolvedScenario {
  let input: unknown = body;
  let what: Whose = {};
  let whatIf: WhatIf | null = null;
  if ('base' in body) {
    const entry = library.get(body.base);
    if (!entry)
      throw new ApiError('SCENARIO_NOT_FOUND', {
        message: `no library scenario has id \`${body.base}\`; list them with GET /v1/scenarios`,
        path: 'base',
      });
    input = mergePatch(entry.scenario, body.overrides);
    whatIf = whatIfOf(entry.scenario as Record<string, unknown>, body.overrides);
    what = { id: body.base };
  } else if ('saved' in body) {
    const entry = saved?.get(body.saved);
    if (!entry)
      throw new ApiError('SAVED_NOT_FOUND', {
        message: `no saved scenario has id \`${body.saved}\`; list them with GET /v1/saved`,
        path: 'saved',
      });
    input = mergePatch(entry.scenario, body.overrides);
    whatIf = whatIfOf(entry.scenario, body.overrides);
    what = { id: body.saved, saved: true };
  }
  const scenario = validateInput(input, what, library.dir);
  // every check the run makes before solving: the weather file read, the horizon covered, cold waves inside it
  weatherFor(scenario, library.dir);
  return { scenario, hash: contentHash(scenario), whatIf };
}

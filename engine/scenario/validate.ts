/**
 * Validation at the edge: JSON text or a parsed object in, a frozen `Scenario` out, or a
 * `BaogongError` that lists every problem by JSON path. Nothing that fails here reaches the
 * engine, and the engine never re-checks what passed (fastify's validate-then-freeze).
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { BaogongError, formatPath, type Problem } from '../errors.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { runScenarioChecks } from './checks.ts';

export type ValidationOutcome = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[]; code: 'SCENARIO_SCHEMA' | 'SCENARIO_CHECK' };

function zodProblems(error: z.ZodError, under: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath([...under, ...issue.path]);
    if (issue.code === 'unrecognized_keys')
      return { path, message: `unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}; remove them or check the spelling against engine/scenario/schema.ts` };
    return { path, message: issue.message };
  });
}

/**
 * Scenarios this module validated and froze. Passing one back (the CLI loads, then runs;
 * Monte Carlo validates once, then runs many times) is trusted rather than parsed again;
 * frozen, it cannot have changed since. Weakly held, so it keeps nothing alive.
 */
const validated = new WeakSet<object>();

/** The named cross-field checks, then freeze and trust: the last steps of every validation. */
function checked(data: Scenario): ValidationOutcome {
  const problems = runScenarioChecks(data);
  if (problems.length > 0) return { ok: false, code: 'SCENARIO_CHECK', problems };
  const scenario = deepFreeze(data);
  validated.add(scenario);
  return { ok: true, scenario };
}

/** The scenario, or a `BaogongError` naming every problem. */
function orThrow(outcome: ValidationOutcome): Scenario {
  if (outcome.ok) return outcome.scenario;
  const n = outcome.problems.length;
  throw new BaogongError(outcome.code, `scenario has ${n} problem${n === 1 ? '' : 's'}`, outcome.problems);
}

/** Checks a parsed document; never throws on bad input. */
export function checkScenario(input: unknown): ValidationOutcome {
  if (typeof input === 'object' && input !== null && validated.has(input)) return { ok: true, scenario: input as Scenario };
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'SCENARIO_SCHEMA', problems: zodProblems(parsed.error) };
  return checked(parsed.data);
}

/** Top-level sections that `withSections` can replace. */
export type ReplaceableSection = 'yards' | 'gas';

/**
 * A validated scenario with whole top-level sections replaced (Monte Carlo swaps `yards` and
 * `gas` for copies carrying sampled disruption windows, once per run). Only the new sections
 * are parsed, each by its own schema; every named cross-field check runs on the whole; the
 * untouched sections passed already, and the schema has no rule spanning sections. So the
 * result is what `validateScenario` would give, without parsing the rest again.
 */
export function withSections(base: Scenario, sections: Partial<Pick<Scenario, ReplaceableSection>>): Scenario {
  const next: Record<string, unknown> = { ...validateScenario(base) };
  const problems: Problem[] = [];
  for (const key of Object.keys(sections) as ReplaceableSection[]) {
    const parsed = scenarioSchema.shape[key].safeParse(sections[key]);
    if (parsed.success) next[key] = parsed.data;
    else problems.push(...zodProblems(parsed.error, [key]));
  }
  return orThrow(problems.length > 0 ? { ok: false, code: 'SCENARIO_SCHEMA', problems } : checked(next as Scenario));
}

/** Validates or throws a `BaogongError` naming every problem. */
export function validateScenario(input: unknown): Scenario {
  return orThrow(checkScenario(input));
}

/** Parses JSON text, turning a syntax error into a `SCENARIO_JSON` error. */
export function parseScenarioJson(text: string, source = 'scenario'): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BaogongError('SCENARIO_JSON', `${source} is not valid JSON: ${(err as Error).message}`, [{ path: '', message: (err as Error).message }]);
  }
}

/** Reads, parses and validates a scenario file. */
export function loadScenarioFile(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new BaogongError('SCENARIO_FILE', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return validateScenario(parseScenarioJson(text, file));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Validation at the edge: JSON text or a parsed object in, a frozen `Scenario` out, or a
 * `BaogongError` that lists every problem by JSON path. Nothing that fails here reaches the
 * engine, and the engine never re-checks what passed (fastify's validate-then-freeze).
 */
import { readFileSync } from 'node:fs';
import { BaogongError, type Problem } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { runScenarioChecks } from './checks.ts';
import { friendlyProblems } from './friendly-problems.ts';

export type ValidationOutcome =
  | { ok: true; scenario: Scenario }
  | { ok: false; problems: Problem[]; code: 'SCENARIO_SCHEMA' | 'SCENARIO_CHECK' };

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
  throw new BaogongError(
    outcome.code,
    message(n === 1 ? 'errors.headline.scenario.one' : 'errors.headline.scenario.many', { n: String(n) }),
    outcome.problems,
  );
}

/** Checks a parsed document; never throws on bad input. */
export function checkScenario(input: unknown): ValidationOutcome {
  if (typeof input === 'object' && input !== null && validated.has(input))
    return { ok: true, scenario: input as Scenario };
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'SCENARIO_SCHEMA', problems: friendlyProblems(parsed.error, input) };
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
    else problems.push(...friendlyProblems(parsed.error, sections[key], [key]));
  }
  return orThrow(problems.length > 0 ? { ok: false, code: 'SCENARIO_SCHEMA', problems } : checked(next as Scenario));
}

/** Validates or throws a `BaogongError` naming every problem. */
export function validateScenario(input: unknown): Scenario {
  return orThrow(checkScenario(input));
}

/** Parses JSON text, turning a syntax error into a `SCENARIO_JSON` error at its line and column. */
export function parseScenarioJson(text: string, source = 'scenario'): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = jsonErrorPlace(text, (err as Error).message);
    const where = `line ${at.line}, column ${at.column}`;
    const said = `${(err as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')} at ${where}`;
    // V8's own words (`Expected ',' or '}' …`) stay in the English only; the texts give the place
    const place = { line: String(at.line), column: String(at.column) };
    const caret = `${' '.repeat(at.excerptColumn - 1)}^`;
    throw new BaogongError(
      'SCENARIO_JSON',
      {
        message: `${source}:${at.line}:${at.column}: not valid JSON: ${said}`,
        text: { key: 'errors.headline.notJson', params: { source, ...place } },
      },
      [
        {
          path: '',
          message: `${said}:\n    ${at.excerpt}\n    ${caret}`,
          text: { key: 'problems.json.syntaxAt', params: { ...place, excerpt: at.excerpt, caret } },
        },
      ],
    );
  }
}

/**
 * Where V8 stopped reading, as a character index: the position in its message ("… in JSON at
 * position 12"); the end of the text for "Unexpected end of JSON input"; otherwise ("Unexpected
 * token ']', …" names no position) the shortest prefix that already fails before its own end,
 * found by bisection (a prefix that merely stops early fails at its end, or without a position
 * only when it ends inside a token).
 */
function jsonErrorIndex(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Math.min(Number(at[1]), text.length);
  if (/^Unexpected end/.test(message)) return text.trimEnd().length;
  const failsInside = (k: number): boolean => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (err) {
      const m = (err as Error).message;
      const p = /at position (\d+)/.exec(m);
      return p ? Number(p[1]) < k : !/^Unexpected end/.test(m);
    }
  };
  let lo = 1,
    hi = text.length; // failsInside(hi) holds
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsInside(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi - 1;
}

/** Line and column (from 1) of a JSON syntax error, with the line itself cut to 60 characters around the place. */
function jsonErrorPlace(
  text: string,
  message: string,
): { line: number; column: number; excerpt: string; excerptColumn: number } {
  const pos = jsonErrorIndex(text, message);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = pos - lineStart + 1;
  const lineText = text.slice(lineStart).split('\n')[0].replace(/\r$/, '');
  const from = Math.max(0, column - 40);
  return { line, column, excerpt: lineText.slice(from, from + 60), excerptColumn: column - from };
}

/** Reads, parses and validates a scenario file. */
export function loadScenarioFile(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new BaogongError(
      'SCENARIO_FILE',
      message('errors.headline.cannotRead', {
        file,
        reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message,
      }),
    );
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

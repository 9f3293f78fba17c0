/**
 * How a figure quoted in a scenario's `meta.assumptions` is checked against a fresh run: the
 * runs it is computed from (made once per scenario), the number as written and its rounding,
 * and the comparison. The figures themselves are in quoted.ts.
 */
import { runScenario, SHIPPED_SCENARIOS_DIR, type RunResult, type Scenario } from '../../engine/index.ts';
import type { LibraryId } from './plans.ts';
import { designDayRun, type StudyOptions } from './studies.ts';

/** The runs a figure is computed from, each made once per scenario. */
export interface QuotedContext {
  readonly scenario: Scenario;
  /** The season as the scenario is written. */
  season(): Promise<RunResult>;
  /** One day at the outdoor design temperature, every source in. */
  designDay(): Promise<RunResult>;
  /** Any other study, made once per key. */
  memo<T>(key: string, f: () => Promise<T>): Promise<T>;
}

export function quotedContext(scenario: Scenario, o: StudyOptions = {}): QuotedContext {
  const cache = new Map<string, Promise<unknown>>();
  const memo = <T>(key: string, f: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, f());
    return cache.get(key) as Promise<T>;
  };
  return {
    scenario,
    memo,
    season: () =>
      memo('season', () => runScenario(scenario, { baseDir: o.baseDir ?? SHIPPED_SCENARIOS_DIR, mode: o.mode })),
    designDay: () => memo('design-day', () => designDayRun(scenario, o)),
  };
}

export interface QuotedFigure {
  readonly scenario: LibraryId;
  /** What the number is, with its unit. */
  readonly figure: string;
  /** Matches the quoted text; capture group 1 is the number as written. */
  readonly pattern: RegExp;
  /** Allowed |computed − quoted|, in the figure's unit; default half a unit in the last digit quoted. */
  readonly rounding?: number;
  readonly compute: (c: QuotedContext) => number | Promise<number>;
}

/** A number as written in a text ("64,700", "36 000", "-20.9", "−20.9") and half a unit in its last digit. */
export function parseQuoted(text: string): { value: number; rounding: number } {
  const clean = text.replace(/[,\s\u00a0\u2009\u202f]/g, '').replace(/\u2212/g, '-');
  if (!/^[+-]?\d+(\.\d+)?$/.test(clean)) throw new Error(`parseQuoted: not a number: ${JSON.stringify(text)}`);
  const decimals = clean.includes('.') ? clean.length - clean.indexOf('.') - 1 : 0;
  return { value: Number(clean), rounding: 0.5 * 10 ** -decimals };
}

/** The number a pattern picks out of the assumptions; throws unless exactly one match in all of them. */
export function findQuoted(assumptions: readonly string[], pattern: RegExp): string {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const hits = assumptions.flatMap((a) => [...a.matchAll(global)]);
  if (hits.length !== 1)
    throw new Error(`findQuoted: ${pattern} matches ${hits.length} times in the assumptions, expected once`);
  if (hits[0][1] === undefined) throw new Error(`findQuoted: ${pattern} has no capture group 1`);
  return hits[0][1];
}

export interface QuotedCheck {
  figure: string;
  quotedText: string;
  quoted: number;
  computed: number;
  rounding: number;
  ok: boolean;
}

/** One quoted figure against a fresh computation. */
export async function checkQuoted(f: QuotedFigure, c: QuotedContext): Promise<QuotedCheck> {
  const quotedText = findQuoted(c.scenario.meta?.assumptions ?? [], f.pattern);
  const { value, rounding: written } = parseQuoted(quotedText);
  const rounding = f.rounding ?? written;
  const computed = await f.compute(c);
  return {
    figure: f.figure,
    quotedText,
    quoted: value,
    computed,
    rounding,
    ok: Math.abs(computed - value) <= rounding * (1 + 1e-9),
  };
}

/**
 * The scenarios' assumption texts stay in step with the engine: every figure they quote from an
 * engine result (scenarios/library/quoted.ts) is computed again from a fresh run and must agree
 * within the rounding of the number as written.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/index.ts';
import {
  checkQuoted,
  findQuoted,
  parseQuoted,
  QUOTED_FIGURES,
  QUOTED_SCENARIOS,
  quotedContext,
  type QuotedContext,
} from '../../scenarios/library/quoted.ts';
import { loadLibraryScenario } from '../../scenarios/library/studies.ts';

const contexts = new Map<string, QuotedContext>();
const contextOf = (id: (typeof QUOTED_SCENARIOS)[number]) => {
  if (!contexts.has(id)) contexts.set(id, quotedContext(loadLibraryScenario(id)));
  return contexts.get(id)!;
};

describe('quoted figures: reading a number out of a text', () => {
  it('parses numbers as written, with half a unit in the last digit as their rounding', () => {
    expect(parseQuoted('10.8')).toEqual({ value: 10.8, rounding: 0.05 });
    expect(parseQuoted('64,700')).toEqual({ value: 64_700, rounding: 0.5 });
    expect(parseQuoted('36 000')).toEqual({ value: 36_000, rounding: 0.5 });
    expect(parseQuoted('\u221220.9').value).toBe(-20.9);
    expect(parseQuoted('5.12').rounding).toBeCloseTo(0.005, 12);
    expect(() => parseQuoted('about 2')).toThrow();
  });

  it('finds a figure only when the pattern matches exactly once', () => {
    const texts = ['adds +10.8 % of heat', 'and 3 % elsewhere'];
    expect(findQuoted(texts, /adds \+([\d.]+) %/)).toBe('10.8');
    expect(() => findQuoted(texts, /([\d.]+) %/)).toThrow(/2 times/);
    expect(() => findQuoted(texts, /adds \+([\d.]+) MW/)).toThrow(/0 times/);
  });

  it('fails a text whose number the engine no longer gives', async () => {
    const stale = {
      meta: { sources: [], assumptions: ['the setpoint adds about +2.0 % heat'] },
    } as unknown as Scenario;
    const c: QuotedContext = {
      scenario: stale,
      season: () => Promise.reject(new Error('unused')),
      designDay: () => Promise.reject(new Error('unused')),
      memo: (_k, f) => f(),
    };
    const r = await checkQuoted(
      { scenario: 'yutai_2021', figure: 'test', pattern: /adds about \+([\d.]+) %/, compute: () => 10.79 },
      c,
    );
    expect(r).toMatchObject({ quoted: 2, rounding: 0.05, ok: false });
    expect(
      (
        await checkQuoted(
          { scenario: 'yutai_2021', figure: 'test', pattern: /adds about \+([\d.]+) %/, compute: () => 2.04 },
          c,
        )
      ).ok,
    ).toBe(true);
  });
});

describe('quoted figures: the shipped assumption texts against the engine', () => {
  it('covers the scenarios that quote engine results', () => {
    expect([...QUOTED_SCENARIOS].sort()).toEqual(['jincheng_2017', 'ordos', 'yutai_2021', 'zhangjiakou', 'zhucheng']);
  });

  for (const id of QUOTED_SCENARIOS) {
    it(`${id}: every quoted figure agrees with a fresh run`, async () => {
      const c = contextOf(id);
      const checks = [];
      for (const f of QUOTED_FIGURES.filter((x) => x.scenario === id)) checks.push(await checkQuoted(f, c));
      for (const r of checks)
        console.log(
          `${id} ${r.ok ? 'ok ' : 'OFF'} ${r.figure}: text ${r.quotedText}, engine ${r.computed.toPrecision(6)} (±${r.rounding})`,
        );
      expect(checks.filter((r) => !r.ok)).toEqual([]);
    }, 60_000);
  }
});

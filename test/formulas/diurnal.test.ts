/**
 * The diurnal temperature profile (engine/formulas/diurnal.ts, docs/design.md#intra-day-blocks):
 * Campbell's (1985) sinusoid, maximum at 15:00, minimum at 03:00, mean preserved.
 *   4 blocks of a day at −3 °C mean, −8 to 2 °C (amplitude 5 °C):
 *   00–06 and 12–18 are centred on the minimum and the maximum: ∓ 5 × mean of cos over ±3 h
 *     = ∓ 5 × (1/6) Σ_{i=0..5} cos(2π (i + 0.5 − 3) / 24) = ∓ 5 × 0.902 893 = ∓ 4.514 5 → −7.514, 1.514 °C
 *   06–12 and 18–24 are symmetric about 09:00 and 21:00, where the cosine is 0 → −3.000 °C
 * With hourly readings (`hourlyBlockTempsC`) a block is the plain mean of its hours: readings
 *   0, 1, …, 23 °C in 4 blocks → 2.5, 8.5, 14.5, 20.5 °C.
 */
import { describe, expect, it } from 'vitest';
import { blockTempsC, diurnalTempC, hourlyBlockTempsC } from '../../engine/formulas/diurnal.ts';

describe('diurnal profile', () => {
  it('peaks at 15:00 and bottoms at 03:00', () => {
    expect(diurnalTempC(-3, -8, 2, 15)).toBeCloseTo(2, 12);
    expect(diurnalTempC(-3, -8, 2, 3)).toBeCloseTo(-8, 12);
  });

  it('keeps the day’s mean for every block count', () => {
    for (const n of [1, 2, 4, 6, 8, 12, 24]) {
      const t = blockTempsC(-3, -8, 2, n);
      expect(t).toHaveLength(n);
      expect(t.reduce((a, b) => a + b, 0) / n).toBeCloseTo(-3, 12);
    }
  });

  it('gives the hand-worked 4-block temperatures', () => {
    const half = Array.from({ length: 6 }, (_, i) => Math.cos((2 * Math.PI * (i + 0.5 - 3)) / 24));
    const dip = (5 * half.reduce((a, b) => a + b, 0)) / 6;
    expect(dip).toBeCloseTo(4.5145, 4);
    const t = blockTempsC(-3, -8, 2, 4);
    expect(t[0]).toBeCloseTo(-3 - dip, 12);
    expect(t[1]).toBeCloseTo(-3, 12);
    expect(t[2]).toBeCloseTo(-3 + dip, 12);
    expect(t[3]).toBeCloseTo(-3, 12);
  });

  it('is flat with no daily range', () => {
    expect(blockTempsC(4, 4, 4, 6)).toEqual([4, 4, 4, 4, 4, 4]);
  });

  it('with hourly readings, each block is the mean of its own hours', () => {
    const hours = Array.from({ length: 24 }, (_, h) => h);
    expect(hourlyBlockTempsC(hours, 1)).toEqual([11.5]);
    expect(hourlyBlockTempsC(hours, 4)).toEqual([2.5, 8.5, 14.5, 20.5]);
    expect(hourlyBlockTempsC(hours, 24)).toEqual(hours);
    expect(() => hourlyBlockTempsC(hours.slice(1), 4)).toThrow(/24 hourly readings, got 23/);
  });
});

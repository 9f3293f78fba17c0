/**
 * Intra-day blocks on an hourly weather file (docs/design.md#intra-day-blocks): a block's
 * temperature is the mean of its hours' readings, not the sinusoid, and the block's demand
 * follows it.
 *
 * Worked by hand on test/fixtures/hourly-weather.csv (constructed, not measured), 2013-01-10,
 * coldest at 07:00 and warmest at 13:00:
 *   00–06: −8 −9 −10 −11 −12 −13      mean −10.5 °C
 *   06–12: −14 −16 −12 −8 −4 0        mean −9 °C
 *   12–18: 2 3 2 1 −2 −6              mean 0 °C
 *   18–24: −6 −7 −7 −8 −8 −9          mean −7.5 °C
 *   day:   mean −6.75, minimum −16, maximum 3 °C
 * (the sinusoid from that mean, minimum and maximum would give about −15.33, −6.75, 1.83, −6.75).
 * Demand (engine/formulas/demand.ts, CJJ 34 degree ratio): one zone of 1 000 000 m² × 50 W/m²
 * = 50 MW at −10 °C design, 18 °C indoor, no network loss:
 *   day = 50 × (18 + 6.75)/28 × 24 = 1 060.714 MWh,
 * shared over the blocks in proportion to the same formula at each block's temperature
 * (engine/dispatch/context.ts `splitOverBlocks`); all blocks below 18 °C, so block b gets
 * 50 × (18 − t_b)/28 × 6 = 305.357, 289.286, 192.857 and 273.214 MWh.
 * A cold wave moves every hour by the day's drop (engine/weather/cold-wave.ts `injectColdWave`).
 * With one block a day the hourly file gives the same season as the daily file of the same
 * mean, minimum and maximum (test/fixtures/hourly-weather-as-daily.csv).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/index.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const base = () => JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'));

function scenario(file: string, blocksPerDay: number, extra: Record<string, unknown> = {}) {
  const s = base();
  s.weather = { kind: 'csv', file, designOutdoorTempC: -10, ...extra };
  s.dispatch = { blocksPerDay };
  return s;
}

const HAND_TEMPS = [-10.5, -9, 0, -7.5];
const blockMWh = (t: number) => (50 * (18 - t) * 6) / 28;

describe('blocks on an hourly weather file', () => {
  it('each block is the mean of its hours, and its demand follows', async () => {
    const r = await runScenario(scenario('hourly-weather.csv', 4), { baseDir: FIXTURES });
    const day = r.days[0];
    expect(day.outdoorTempC).toBe(-6.75);
    const blocks = day.blocks!;
    expect(blocks.map((b) => b.startHour)).toEqual([0, 6, 12, 18]);
    blocks.forEach((b, i) => {
      expect(b.outdoorTempC, `block ${i}`).toBeCloseTo(HAND_TEMPS[i], 12);
      expect(b.demandMWh, `block ${i}`).toBeCloseTo(blockMWh(HAND_TEMPS[i]), 6);
    });
    expect(day.demandMWh).toBeCloseTo((50 * 24.75 * 24) / 28, 6);
  });

  it('at 24 blocks each block is its hour, shifted with the file', async () => {
    const hours = readFileSync(new URL('../fixtures/hourly-weather.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('2013-01-10'))
      .map((l) => Number(l.split(',')[2]));
    const r = await runScenario(scenario('hourly-weather.csv', 24, { shiftC: -2 }), { baseDir: FIXTURES });
    const blocks = r.days[0].blocks!;
    expect(blocks.map((b) => b.outdoorTempC)).toEqual(hours.map((t) => t - 2));
    // the coldest block is 07:00, as in the file (the sinusoid's would be 03:00)
    const coldest = blocks.reduce((a, b) => (b.outdoorTempC < a.outdoorTempC ? b : a));
    expect(coldest.startHour).toBe(7);
  });

  it('a cold wave on the day lowers every hour alike', async () => {
    // 2013-01-09's minimum is −5 °C: a 15 °C drop puts 2013-01-10's minimum at −20, 4 °C below its −16
    const s = scenario('hourly-weather.csv', 4);
    s.coldWaves = [{ start: '2013-01-10', dropC: 15, days: 1 }];
    const r = await runScenario(s, { baseDir: FIXTURES });
    expect(r.days[0].outdoorTempC).toBeCloseTo(-10.75, 12);
    r.days[0].blocks!.forEach((b, i) => expect(b.outdoorTempC, `block ${i}`).toBeCloseTo(HAND_TEMPS[i] - 4, 12));
  });

  it('one block a day: the same season as the daily file of the same mean, minimum and maximum', async () => {
    const fromHours = await runScenario(scenario('hourly-weather.csv', 1), { baseDir: FIXTURES });
    const fromDays = await runScenario(scenario('hourly-weather-as-daily.csv', 1), { baseDir: FIXTURES });
    expect(fromHours.days).toEqual(fromDays.days);
    expect(fromHours.summary).toEqual(fromDays.summary);
  });

  it('the daily file still takes the sinusoid', async () => {
    const r = await runScenario(scenario('hourly-weather-as-daily.csv', 4), { baseDir: FIXTURES });
    const temps = r.days[0].blocks!.map((b) => b.outdoorTempC);
    [-15.33, -6.75, 1.83, -6.75].forEach((t, i) => expect(temps[i]).toBeCloseTo(t, 2));
  });
});

/** The weather CSV takes `date,t_mean_c,t_min_c,t_max_c`, with or without the `hours` column (checked when given). */
import { describe, expect, it } from 'vitest';
import { parseTemperatureCsv } from '../../engine/index.ts';

describe('weather CSV columns', () => {
  it('four columns, as `baogong init` writes them', () => {
    expect(parseTemperatureCsv('date,t_mean_c,t_min_c,t_max_c\n2013-01-08,-5,-9,0\n', 'w.csv')).toEqual([
      { date: '2013-01-08', tMeanC: -5, tMinC: -9, tMaxC: 0 },
    ]);
  });
  it('five, with the hours of readings checked', () => {
    expect(parseTemperatureCsv('date,t_mean_c,t_min_c,t_max_c,hours\n2013-01-08,-5,-9,0,24\n', 'w.csv')).toHaveLength(
      1,
    );
    expect(() => parseTemperatureCsv('date,t_mean_c,t_min_c,t_max_c,hours\n2013-01-08,-5,-9,0,25\n', 'w.csv')).toThrow(
      /hours.+1\.\.24/,
    );
  });
  it('another header is refused, naming the expected one', () => {
    expect(() => parseTemperatureCsv('day,mean\n2013-01-08,-5\n', 'w.csv')).toThrow(
      'header must be "date,t_mean_c,t_min_c,t_max_c" (optionally followed by ",hours")',
    );
  });
});

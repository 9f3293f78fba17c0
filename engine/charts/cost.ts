/** (f) Money spent per day: fuel, O&M, electricity, gas and storage less CHP power revenue (penalties excluded). */
import type { RunResult } from '../run/result.ts';
import { AXIS, dateX, fmt, frame, type VegaLiteSpec } from './common.ts';

const COLD_WAVE_DAY = 'Cold-wave day (GB/T 21987)';
const SPELL_DAY = 'Cold-spell day, no grade';

export function costSpec(r: RunResult): VegaLiteSpec {
  // graded days by GB/T 21987; the other days of a cold spell (project rule) apart from both
  const rows = r.days.map((d) => ({ date: d.date, costYuan: d.costYuan, day: d.coldWave !== 'none' ? COLD_WAVE_DAY : d.coldSpell ? SPELL_DAY : 'Ordinary day' }));
  const mean = rows.length > 0 ? r.summary.costYuan / rows.length : 0;
  const subtitle = `Total ¥${fmt(r.summary.costYuan)} over ${rows.length} d; dashed line: mean ¥${fmt(mean)}/day; penalties excluded`;
  return {
    ...frame('Cost per day', subtitle),
    description: 'Fuel, O&M, electricity, gas and storage costs less CHP power revenue, per day; LP penalty terms excluded.',
    layer: [
      {
        data: { values: rows },
        mark: { type: 'bar', opacity: 0.9 },
        encoding: {
          x: { ...dateX(), timeUnit: 'utcyearmonthdate' },
          y: { field: 'costYuan', type: 'quantitative', title: AXIS.cost, axis: { format: '~s' } },
          color: { field: 'day', type: 'nominal', title: 'Day', scale: { domain: ['Ordinary day', SPELL_DAY, COLD_WAVE_DAY], range: ['#4c78a8', '#f4a582', '#e45756'] } },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'costYuan', type: 'quantitative', title: AXIS.cost, format: ',.0f' },
          ],
        },
      },
      {
        data: { values: [{ costYuan: mean }] },
        mark: { type: 'rule', color: '#222', strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { y: { field: 'costYuan', type: 'quantitative' } },
      },
    ],
  };
}

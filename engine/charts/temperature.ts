/**
 * (e) Outdoor temperature with cold-wave days shaded by their GB/T 21987 grade, and the other
 * days of a cold spell (the project's rule, not the standard: its days without a grade) shaded grey.
 */
import type { RunResult } from '../run/result.ts';
import { AXIS, dateX, frame, nextDay, type LayerItem, type VegaLiteSpec } from './common.ts';

export const GRADES = ['cold-wave', 'strong', 'extreme'] as const;
/** Short legend labels, so that four entries and the line legend fit under the plot. */
const GRADE_LEGEND: Record<(typeof GRADES)[number], string> = {
  'cold-wave': 'Cold wave',
  strong: 'Strong',
  extreme: 'Extreme',
};
const GRADE_COLOUR = ['#c6dbef', '#6baed6', '#08519c'];
/** A cold-spell day without a grade of its own. */
export const SPELL_LABEL = 'Cold spell';
const SPELL_COLOUR = '#e0e0e0';

export function temperatureSpec(r: RunResult): VegaLiteSpec {
  const lines = r.days.flatMap((d) => [
    { date: d.date, series: 'Daily mean', c: d.outdoorTempC },
    { date: d.date, series: 'Daily minimum', c: d.outdoorMinTempC },
  ]);
  const waves = r.days
    .filter((d) => d.coldWave !== 'none' || d.coldSpell)
    .map((d) => ({
      date: d.date,
      end: nextDay(d.date),
      grade: d.coldWave === 'none' ? SPELL_LABEL : GRADE_LEGEND[d.coldWave],
    }));
  const counts = GRADES.map((g) => [g, r.days.filter((d) => d.coldWave === g).length] as const).filter(
    ([, n]) => n > 0,
  );
  const spellOnly = r.days.filter((d) => d.coldSpell && d.coldWave === 'none').length;
  // short: a long subtitle widens the title group and squeezes the plot
  const graded =
    counts.length === 0
      ? 'No cold-wave days (GB/T 21987)'
      : `GB/T 21987: ${counts.map(([g, n]) => `${GRADE_LEGEND[g].toLowerCase()} ${n} d`).join(', ')}`;
  const subtitle = spellOnly === 0 ? graded : `${graded}; cold spell, no grade ${spellOnly} d (grey)`;
  const shading: LayerItem[] =
    waves.length === 0
      ? []
      : [
          {
            data: { values: waves },
            mark: { type: 'rect', opacity: 0.75 },
            encoding: {
              x: dateX(),
              x2: { field: 'end' },
              color: {
                field: 'grade',
                type: 'nominal',
                title: 'Cold wave grade (GB/T 21987)',
                scale: {
                  domain: [SPELL_LABEL, ...GRADES.map((g) => GRADE_LEGEND[g])],
                  range: [SPELL_COLOUR, ...GRADE_COLOUR],
                },
              },
              tooltip: [
                { field: 'date', type: 'nominal', title: AXIS.date },
                { field: 'grade', type: 'nominal', title: 'Grade' },
              ],
            },
          },
        ];
  return {
    ...frame('Outdoor temperature and cold waves', subtitle),
    layer: [
      ...shading,
      {
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 2, color: '#b2182b' },
        encoding: {
          x: dateX(),
          y: {
            field: 'c',
            type: 'quantitative',
            title: AXIS.temperature,
            scale: { zero: false },
            axis: { format: '.0f' },
          },
          strokeDash: {
            field: 'series',
            type: 'nominal',
            title: 'Temperature',
            scale: {
              domain: ['Daily mean', 'Daily minimum'],
              range: [
                [1, 0],
                [4, 3],
              ],
            },
          },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'series', type: 'nominal', title: 'Series' },
            { field: 'c', type: 'quantitative', title: AXIS.temperature, format: '.1f' },
          ],
        },
      },
      {
        data: { values: [{ c: 0 }] },
        mark: { type: 'rule', color: '#888', strokeWidth: 1 },
        encoding: { y: { field: 'c', type: 'quantitative' } },
      },
    ],
  };
}

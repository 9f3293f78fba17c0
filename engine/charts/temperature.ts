/**
 * (e) Outdoor temperature with cold-wave days shaded by their GB/T 21987 grade, and the other
 * days of a cold spell (the project's rule, not the standard: its days without a grade) shaded grey.
 */
import type { RunResult } from '../run/result.ts';
import { dateTooltip, dateX, frame, nextDay, type LayerItem, type VegaLiteSpec } from './common.ts';
import { chartText, langOf, type ChartText, type LangOption } from './text.ts';

export const GRADES = ['cold-wave', 'strong', 'extreme'] as const;
type Grade = (typeof GRADES)[number];
const GRADE_COLOUR = ['#c6dbef', '#6baed6', '#08519c'];
const SPELL_COLOUR = '#e0e0e0';

/** Short legend labels, so that four entries and the line legend fit under the plot. */
const gradeLegend = (L: ChartText, g: Grade) => L.text(`temperature.grade.${g}`);

/** A cold-spell day without a grade of its own (the English legend entry). */
export const SPELL_LABEL = chartText('en').text('temperature.spell');

export function temperatureSpec(r: RunResult, options?: LangOption): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const spell = L.text('temperature.spell');
  const [mean, minimum] = [L.text('temperature.mean'), L.text('temperature.minimum')];
  const lines = r.days.flatMap((d) => [
    { date: d.date, series: mean, c: d.outdoorTempC },
    { date: d.date, series: minimum, c: d.outdoorMinTempC },
  ]);
  const waves = r.days
    .filter((d) => d.coldWave !== 'none' || d.coldSpell)
    .map((d) => ({
      date: d.date,
      end: nextDay(d.date),
      grade: d.coldWave === 'none' ? spell : gradeLegend(L, d.coldWave),
    }));
  const counts = GRADES.map((g) => [g, r.days.filter((d) => d.coldWave === g).length] as const).filter(
    ([, n]) => n > 0,
  );
  const spellOnly = r.days.filter((d) => d.coldSpell && d.coldWave === 'none').length;
  // short: a long subtitle widens the title group and squeezes the plot
  const inText = (g: Grade) => (lang === 'en' ? gradeLegend(L, g).toLowerCase() : gradeLegend(L, g));
  const graded =
    counts.length === 0
      ? L.text('temperature.noWaves')
      : L.text('temperature.graded', {
          counts: counts
            .map(([g, n]) => L.text('temperature.gradeDays', { grade: inText(g), days: n }))
            .join(L.text('common.listSeparator')),
        });
  const subtitle = spellOnly === 0 ? graded : L.text('temperature.spellDays', { graded, days: spellOnly });
  const shading: LayerItem[] =
    waves.length === 0
      ? []
      : [
          {
            data: { values: waves },
            mark: { type: 'rect', opacity: 0.75 },
            encoding: {
              x: dateX(lang),
              x2: { field: 'end' },
              color: {
                field: 'grade',
                type: 'nominal',
                title: L.text('temperature.gradeTitle'),
                scale: {
                  domain: [spell, ...GRADES.map((g) => gradeLegend(L, g))],
                  range: [SPELL_COLOUR, ...GRADE_COLOUR],
                },
              },
              tooltip: [
                dateTooltip(lang),
                { field: 'grade', type: 'nominal', title: L.text('temperature.gradeTooltip') },
              ],
            },
          },
        ];
  return {
    ...frame(L.text('temperature.title'), subtitle, lang),
    layer: [
      ...shading,
      {
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 2, color: '#b2182b' },
        encoding: {
          x: dateX(lang),
          y: {
            field: 'c',
            type: 'quantitative',
            title: L.axis('temperature'),
            scale: { zero: false },
            axis: { format: '.0f' },
          },
          strokeDash: {
            field: 'series',
            type: 'nominal',
            title: L.text('temperature.legend'),
            scale: {
              domain: [mean, minimum],
              range: [
                [1, 0],
                [4, 3],
              ],
            },
          },
          tooltip: [
            dateTooltip(lang),
            { field: 'series', type: 'nominal', title: L.text('temperature.series') },
            { field: 'c', type: 'quantitative', title: L.axis('temperature'), format: '.1f' },
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

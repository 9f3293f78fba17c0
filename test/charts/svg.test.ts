/** The SVG of each chart (vega's headless view) holds its title and its axis titles as text. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHART_NAMES,
  chartSpec,
  compareSpec,
  renderChartSvg,
  runScenario,
  type RunResult,
  type VegaLiteSpec,
} from '../../engine/index.ts';
import { Y_TITLE, fixtureRun, plotWidth } from './helpers.ts';

function texts(svg: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1].replace(/&(\w+);/g, (_, e: string) => entities[e] ?? `&${e};`),
  );
}

function titleParts(spec: VegaLiteSpec): string[] {
  const t = (spec as { title: { text: string; subtitle?: string } }).title;
  return [t.text, ...(t.subtitle ? [t.subtitle] : [])];
}

let r: RunResult;
beforeAll(async () => {
  r = await fixtureRun();
});

describe.each(CHART_NAMES)('SVG of %s', (name) => {
  it('renders without warnings, 1000 px wide, with title, subtitle and axis titles as text', async () => {
    const spec = chartSpec(name, r);
    const warnings: string[] = [];
    const svg = await renderChartSvg(spec, warnings);
    expect(warnings).toEqual([]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/<svg[^>]* width="1000"/);
    const all = texts(svg);
    for (const t of [...titleParts(spec), 'Date', Y_TITLE[name]]) expect(all, t).toContain(t);
    expect(all.filter((t) => /\d{2} [A-Z][a-z]{2} \d{4}/.test(t)).length, 'date tick labels').toBeGreaterThan(2);
  });

  it('leaves most of the 1000 px to the plot (long subtitles or legends would squeeze it)', async () => {
    expect(await plotWidth(chartSpec(name, r))).toBeGreaterThan(850);
  });
});

it('the comparison SVG shows both runs and both panels with their units', async () => {
  const s = JSON.parse(readFileSync(new URL('../fixtures/charts-scenario.json', import.meta.url), 'utf8'));
  const b = await runScenario({ ...s, heating: { indoorSetpointC: 20 } }, { mode: 'daily' });
  const warnings: string[] = [];
  const all = texts(await renderChartSvg(compareSpec(r, b, undefined, ['baseline', 'setpoint 20 °C']), warnings));
  expect(warnings).toEqual([]);
  for (const t of ['Comparison of two runs', 'Coal stock (t)', 'Gas (m³/day)', 'Date', 'baseline', 'setpoint 20 °C'])
    expect(all, t).toContain(t);
});

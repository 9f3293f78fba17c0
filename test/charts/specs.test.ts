/** The chart specs: compile cleanly, carry their data inline, and title every axis with its unit. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as vl from 'vega-lite';
import {
  CHART_NAMES,
  COMPARE_METRICS,
  chartSpec,
  compareSpec,
  isChartName,
  runScenario,
  type ChartName,
  type RunResult,
  type VegaLiteSpec,
} from '../../engine/index.ts';
import { collectingLogger } from '../../engine/charts/render.ts';
import { SPELL_LABEL } from '../../engine/charts/temperature.ts';
import { Y_TITLE, fixtureRun } from './helpers.ts';

const UNIT_TITLES = new Set([...Object.values(Y_TITLE), 'Date']);

interface VgAxis {
  orient: string;
  title?: unknown;
  labels?: boolean;
}

function compile(spec: VegaLiteSpec) {
  const warnings: string[] = [];
  const vg = vl.compile(spec, { logger: collectingLogger(warnings) }).spec;
  return { vg, warnings };
}

/** Axes that show labels (vega-lite adds label-less ones for the grid). */
function labelledAxes(node: unknown, out: VgAxis[] = []): VgAxis[] {
  if (Array.isArray(node)) node.forEach((n) => labelledAxes(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'axes' && Array.isArray(v)) out.push(...(v as VgAxis[]).filter((a) => a.labels !== false));
      else labelledAxes(v, out);
    }
  }
  return out;
}

function titleOf(spec: VegaLiteSpec): string {
  const t = (spec as { title?: string | { text: string } }).title;
  return typeof t === 'string' ? t : (t?.text ?? '');
}

let r: RunResult;
beforeAll(async () => {
  r = await fixtureRun();
});

describe.each(CHART_NAMES)('chart %s', (name) => {
  it('compiles with vega-lite without warnings', () => {
    expect(compile(chartSpec(name, r)).warnings).toEqual([]);
  });

  it('has a title, is 1000 px wide and carries its data inline', () => {
    const spec = chartSpec(name, r);
    expect(titleOf(spec).length).toBeGreaterThan(5);
    expect((spec as { width?: number }).width).toBe(1000);
    const json = JSON.stringify(spec);
    expect(json).not.toMatch(/"url"\s*:/);
    expect(json).toMatch(/"values"\s*:\s*\[\s*\{/);
    expect(JSON.parse(json)).toEqual(spec); // plain JSON: no NaN, Infinity, functions or undefined
    expect(JSON.stringify(chartSpec(name, r))).toBe(json); // deterministic
  });

  it(`titles the x axis "Date" and the y axis "${Y_TITLE[name]}"`, () => {
    const axes = labelledAxes(compile(chartSpec(name, r)).vg);
    expect(axes.filter((a) => a.orient === 'bottom').map((a) => a.title)).toEqual(['Date']);
    expect(axes.filter((a) => a.orient === 'left').map((a) => a.title)).toEqual([Y_TITLE[name]]);
  });
});

describe('chart content', () => {
  it('coal stock marks exactly the yard-days below the floor', () => {
    const spec = chartSpec('coal-stock', r) as {
      layer: Array<{ data: { values: Array<{ date: string; yard: string }> } }>;
    };
    const marked = spec.layer[1].data.values.map((v) => `${v.yard} ${v.date}`);
    const below = r.days.flatMap((d) =>
      Object.entries(d.yards)
        .filter(([, y]) => y.stockT < y.floorT - 1e-3)
        .map(([id]) => `${id} ${d.date}`),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(marked).toEqual(below);
    expect(marked[0]).toBe(`north ${r.summary.firstReserveBreach}`);
  });

  it('temperature shades every graded day with its GB/T 21987 grade and the other cold-spell days apart', () => {
    const spec = chartSpec('temperature', r) as {
      layer: Array<{ data: { values: Array<{ date: string; grade: string }> } }>;
    };
    const shaded = spec.layer[0].data.values;
    const graded = shaded.filter((v) => v.grade !== SPELL_LABEL);
    expect(graded.map((v) => v.date)).toEqual(r.days.filter((d) => d.coldWave !== 'none').map((d) => d.date));
    expect(shaded.filter((v) => v.grade === SPELL_LABEL).map((v) => v.date)).toEqual(
      r.days.filter((d) => d.coldSpell && d.coldWave === 'none').map((d) => d.date),
    );
    expect(new Set(graded.map((v) => v.grade))).toEqual(
      new Set(
        r.days
          .filter((d) => d.coldWave !== 'none')
          .map((d) => ({ 'cold-wave': 'Cold wave', strong: 'Strong', extreme: 'Extreme' })[d.coldWave as 'strong']),
      ),
    );
    expect(graded.length).toBeGreaterThan(0);
  });

  it('cost shades the graded cold-wave days, and only them', () => {
    const spec = chartSpec('cost', r) as {
      layer: Array<{ mark: { type: string } | string; data: { values: Array<{ date: string }> } }>;
    };
    const rects = spec.layer.filter((l) => typeof l.mark === 'object' && l.mark.type === 'rect');
    const graded = r.days.filter((d) => d.coldWave !== 'none').map((d) => d.date);
    expect(rects.flatMap((l) => l.data.values.map((v) => v.date))).toEqual(graded);
  });

  it('gas balance shows the cut of each category, summing to the season cut', () => {
    const spec = chartSpec('gas-balance', r) as {
      layer: Array<{ data: { values: Array<{ consumer: string; status: string; m3: number }> } }>;
    };
    const cut: Record<string, number> = {};
    for (const v of spec.layer[0].data.values) if (v.status === 'Cut') cut[v.consumer] = (cut[v.consumer] ?? 0) + v.m3;
    for (const [cat, m3] of Object.entries(r.summary.gasCutM3ByCategory)) expect(cut[cat]).toBeCloseTo(m3 ?? 0, 3);
  });

  it("cost stacks supply under shortage; each day's bar is its total cost", () => {
    const spec = chartSpec('cost', r) as {
      layer: Array<{
        mark: { type: string } | string;
        encoding: { y?: { stack?: string } };
        data: { values: Array<{ date: string; part: string; yuan: number }> };
      }>;
    };
    const bars = spec.layer.find((l) => typeof l.mark === 'object' && l.mark.type === 'bar')!;
    expect(bars.encoding.y?.stack).toBe('zero');
    const byDay = new Map<string, number>();
    for (const v of bars.data.values) byDay.set(v.date, (byDay.get(v.date) ?? 0) + v.yuan);
    for (const d of r.days) expect(byDay.get(d.date)).toBeCloseTo(d.costYuan, 3);
    expect(r.summary.shortageCostYuan).toBeGreaterThan(0); // the fixture cuts gas: the shortage part is there
    expect(new Set(bars.data.values.map((v) => v.part)).size).toBe(2);
  });

  it('heat dispatch stacks every source and puts unserved heat on top', () => {
    const spec = chartSpec('heat-dispatch', r) as {
      layer: Array<{ encoding: { color: { scale: { domain: string[] } } } }>;
    };
    expect(spec.layer[0].encoding.color.scale.domain).toEqual([...Object.keys(r.days[0].sources), 'Unserved heat']);
  });
});

describe('comparison chart', () => {
  let b: RunResult;
  beforeAll(async () => {
    const s = JSON.parse(readFileSync(new URL('../fixtures/charts-scenario.json', import.meta.url), 'utf8'));
    b = await runScenario({ ...s, coldWaves: [] }, { mode: 'daily' });
  });

  it.each([undefined, ...COMPARE_METRICS])('metric %s compiles without warnings, axes titled with units', (metric) => {
    const spec = compareSpec(r, b, metric);
    const { vg, warnings } = compile(spec);
    expect(warnings).toEqual([]);
    expect(titleOf(spec)).toMatch(/Comparison/);
    const axes = labelledAxes(vg);
    expect(axes.length).toBeGreaterThanOrEqual(2);
    for (const a of axes) expect(UNIT_TITLES.has(String(a.title)), String(a.title)).toBe(true);
    const runs = new Set(
      (JSON.parse(JSON.stringify(spec)).vconcat?.[0] ?? spec).data.values.map((v: { run: string }) => v.run),
    );
    expect(runs.size).toBe(2);
  });

  it('names the runs by the labels given', () => {
    expect(JSON.stringify(compareSpec(r, b, 'cost', ['baseline', 'cold wave']))).toContain('"cold wave"');
  });
});

describe('names and edge cases', () => {
  it('rejects unknown chart and metric names', () => {
    expect(isChartName('cost')).toBe(true);
    expect(isChartName('pie')).toBe(false);
    expect(() => chartSpec('pie' as ChartName, r)).toThrow(/unknown chart/);
    expect(() => compareSpec(r, r, 'pie' as never)).toThrow(/unknown comparison metric/);
  });

  it('a run without gas, cold waves or breaches still gives clean charts', async () => {
    const one = await runScenario(
      JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8')),
    );
    const noYards: RunResult = {
      ...one,
      days: one.days.map((d) => ({ ...d, yards: {} })),
      summary: { ...one.summary, yards: {} },
    };
    for (const run of [one, noYards]) {
      for (const name of CHART_NAMES) expect(compile(chartSpec(name, run)).warnings, name).toEqual([]);
    }
  });
});

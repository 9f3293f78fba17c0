/**
 * Chinese chart specs: titles, axis titles (with 万吨, 万 m³, 万元…), legends and tooltips come
 * from the catalogue; the data is divided by the axis unit's divisor; sources and yards with a
 * name are shown by it; English is what it was when no language is given.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as vl from 'vega-lite';
import {
  CHART_NAMES,
  COMPARE_METRICS,
  chartSpec,
  compareSpec,
  runScenario,
  t,
  type ChartName,
  type RunResult,
  type VegaLiteSpec,
} from '../../engine/index.ts';
import { collectingLogger } from '../../engine/charts/render.ts';
import { monteCarloHistogramSpec, reserveCurveSpec } from '../../engine/risk/charts.ts';
import type { MonteCarloResult } from '../../engine/risk/monte-carlo.ts';
import type { ReserveSizingResult } from '../../engine/risk/reserve-sizing.ts';
import { fixtureRun } from './helpers.ts';

const ZH_Y_TITLE: Record<ChartName, string> = {
  'coal-stock': '存煤量（万吨）',
  'days-of-cover': '可用天数（天）',
  'gas-balance': '天然气（万 m³/日）',
  'heat-dispatch': '供热量（MWh/日）',
  temperature: '室外气温（°C）',
  cost: '费用（万元/日）',
};

const TITLE_KEY = {
  'coal-stock': 'charts.coalStock.title',
  'days-of-cover': 'charts.daysOfCover.title',
  'gas-balance': 'charts.gasBalance.title',
  'heat-dispatch': 'charts.heatDispatch.title',
  temperature: 'charts.temperature.title',
  cost: 'charts.cost.titleWaves',
} as const;

interface VgAxis {
  orient: string;
  title?: unknown;
  labels?: boolean;
  encode?: { labels?: { update?: { text?: { signal?: string } } } };
}

function compile(spec: VegaLiteSpec) {
  const warnings: string[] = [];
  return { vg: vl.compile(spec, { logger: collectingLogger(warnings) }).spec, warnings };
}

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

type Layered = { layer: Array<{ data: { values: Array<Record<string, unknown>> }; encoding: Record<string, any> }> };
const layers = (spec: VegaLiteSpec) => (spec as unknown as Layered).layer;
const titleOf = (spec: VegaLiteSpec) => (spec as { title: { text: string; subtitle?: string } }).title;

let r: RunResult;
let named: RunResult;
beforeAll(async () => {
  r = await fixtureRun();
  named = {
    ...r,
    labels: {
      scenario: { zh: '图表测试情景' },
      sources: { chp: '城东热电厂' },
      yards: { north: '北区煤场' },
      zones: {},
      supplyPoints: {},
    },
  };
});

describe.each(CHART_NAMES)('Chinese chart %s', (name) => {
  it('compiles without warnings, titled from the catalogue, axes 日期 and the y title with its Chinese unit', () => {
    const spec = chartSpec(name, r, { lang: 'zh' });
    const { vg, warnings } = compile(spec);
    expect(warnings).toEqual([]);
    expect(titleOf(spec).text).toBe(t('zh', TITLE_KEY[name]));
    expect(titleOf(spec).subtitle).toMatch(/\p{Script=Han}/u);
    const axes = labelledAxes(vg);
    expect(axes.filter((a) => a.orient === 'bottom').map((a) => a.title)).toEqual(['日期']);
    expect(axes.filter((a) => a.orient === 'left').map((a) => a.title)).toEqual([ZH_Y_TITLE[name]]);
    expect((spec as { config: { font: string } }).config.font).toMatch(/^Noto Sans SC,/);
    // dates on the axis as 1月5日, in tooltips as 2013年1月5日
    expect(JSON.stringify(spec)).toContain('"format":"%-m月%-d日"');
    expect(JSON.stringify(spec)).toContain('"format":"%Y年%-m月%-d日"');
  });

  it('English is the default and what { lang: "en" } gives', () => {
    expect(JSON.stringify(chartSpec(name, r, { lang: 'en' }))).toBe(JSON.stringify(chartSpec(name, r)));
    expect(JSON.stringify(chartSpec(name, r))).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('Chinese chart content', () => {
  it('coal stock is drawn in 万吨: a stock of 48 319 t is 4.8319 on the axis', () => {
    const run: RunResult = {
      ...r,
      days: r.days.map((d, i) =>
        i === 0 ? { ...d, yards: { ...d.yards, north: { ...d.yards.north, stockT: 48_319 } } } : d,
      ),
    };
    const zh = layers(chartSpec('coal-stock', run, { lang: 'zh' }))[0].data.values;
    const en = layers(chartSpec('coal-stock', run))[0].data.values;
    const first = (rows: typeof zh, line: string) => rows.find((v) => v.yard === 'north' && v.line === line)?.t;
    expect(first(en, 'Stock')).toBe(48_319);
    expect(first(zh, t('zh', 'charts.coalStock.stock'))).toBeCloseTo(4.8319, 10);
    // every figure is divided alike: floors too
    const floorsZh = zh.filter((v) => String(v.line).startsWith('储煤下限')).map((v) => v.t as number);
    const floorsEn = en.filter((v) => String(v.line).startsWith('Reserve floor')).map((v) => v.t as number);
    expect(floorsZh.length).toBe(floorsEn.length);
    floorsZh.forEach((v, i) => expect(v).toBeCloseTo(floorsEn[i] / 1e4, 10));
  });

  it('the legends and subtitle speak Chinese: 存煤量, 储煤下限（30天）, 低于储煤下限, the breach date as 2013年…', () => {
    const spec = chartSpec('coal-stock', r, { lang: 'zh' });
    const [lines, breaches] = layers(spec);
    expect(lines.encoding.strokeDash.scale.domain).toEqual(['存煤量', '储煤下限（30天）']);
    expect(lines.encoding.color.title).toBe('煤场');
    expect(breaches.encoding.shape.datum).toBe('低于储煤下限');
    expect(titleOf(spec).subtitle).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日首次跌破储煤下限/);
  });

  it('a source or yard with a name is shown by it, in either language; one without by its id', () => {
    for (const lang of ['zh', 'en'] as const) {
      const heat = layers(chartSpec('heat-dispatch', named, { lang }))[0];
      expect(heat.encoding.color.scale.domain.slice(0, 3)).toEqual(['城东热电厂', 'boiler', 'gasboiler']);
      expect(new Set(heat.data.values.map((v) => v.series))).toContain('城东热电厂');
      const coal = layers(chartSpec('coal-stock', named, { lang }))[0].data.values;
      expect(new Set(coal.map((v) => v.yard))).toEqual(new Set(['北区煤场', 'south']));
    }
  });

  it('gas categories and cold-wave grades are the domain words (居民采暖, 强寒潮)', () => {
    const gas = layers(chartSpec('gas-balance', r, { lang: 'zh' }))[0];
    expect(gas.encoding.color.scale.domain).toEqual(['热源', '居民生活', '居民采暖', '商业', '工业', '可中断用户']);
    expect(gas.encoding.color.scale.domain).toContain(t('zh', 'domain.gasCategory.heating-residential'));
    // cuts in 万 m³, summing to the season's cut
    let cut = 0;
    for (const v of gas.data.values) if (v.status === '压减') cut += v.m3 as number;
    const season = Object.values(r.summary.gasCutM3ByCategory).reduce((a, b) => a + (b ?? 0), 0);
    expect(cut).toBeCloseTo(season / 1e4, 6);
    const temp = layers(chartSpec('temperature', r, { lang: 'zh' }))[0];
    expect(temp.encoding.color.scale.domain).toEqual(['冷空气过程', '寒潮', '强寒潮', '特强寒潮']);
  });

  it('cost is in 万元 and its subtitle in 万元 or 亿元', () => {
    const spec = chartSpec('cost', r, { lang: 'zh' });
    const bars = layers(spec).find((l) => (l as { mark?: { type?: string } }).mark?.type === 'bar')!;
    const byDay = new Map<string, number>();
    for (const v of bars.data.values)
      byDay.set(v.date as string, (byDay.get(v.date as string) ?? 0) + (v.yuan as number));
    for (const d of r.days) expect(byDay.get(d.date)).toBeCloseTo(d.costYuan / 1e4, 6);
    expect(titleOf(spec).subtitle).toMatch(/^合计 [\d.,]+ (万元|亿元) = 供应成本/);
  });
});

describe('Chinese comparison chart', () => {
  let b: RunResult;
  beforeAll(async () => {
    const s = JSON.parse(readFileSync(new URL('../fixtures/charts-scenario.json', import.meta.url), 'utf8'));
    b = await runScenario({ ...s, coldWaves: [] }, { mode: 'daily' });
  });

  it.each([undefined, ...COMPARE_METRICS])('metric %s: Chinese titles and axes, no warnings', (metric) => {
    const spec = compareSpec(r, b, metric, ['基准', '无寒潮'], 'zh');
    const { vg, warnings } = compile(spec);
    expect(warnings).toEqual([]);
    expect(titleOf(spec).text).toMatch(/^(两次计算结果对比|对比：)/);
    expect(titleOf(spec).subtitle).toBe('基准  对比  无寒潮');
    const titles = labelledAxes(vg).map((a) => String(a.title));
    expect(titles).toContain('日期');
    for (const title of titles) expect(title).toMatch(/^\p{Script=Han}+(（.+）)?$/u);
  });

  it('takes { lang } as well as a bare language, and stays English without one', () => {
    expect(compareSpec(r, b, 'cost', undefined, { lang: 'zh' })).toEqual(compareSpec(r, b, 'cost', undefined, 'zh'));
    expect(JSON.stringify(compareSpec(r, b))).not.toMatch(/\p{Script=Han}/u);
    const coal = compareSpec(r, b, 'coal-stock', undefined, 'zh') as unknown as Layered & {
      data: { values: Array<{ v: number; date: string; run: string }> };
    };
    const day = r.days[3];
    const north = coal.data.values.find((v) => v.date === day.date && v.run.startsWith('A') && v.v !== undefined);
    expect(north?.v).toBeCloseTo(day.yards.north.stockT / 1e4, 10);
  });
});

describe('Chinese risk charts', () => {
  const answer = (parameter: 'openingStockT' | 'steadyDeliveryTPerDay', value: number) => ({
    parameter,
    scenarioValue: value,
    answer: value * 1.2,
    tolerance: 100,
    upperLimit: value * 10,
    probabilityAtAnswer: 0.95,
    probabilityAtScenarioValue: 0.5,
    curve: [
      { value, probability: 0.5 },
      { value: value * 1.3, probability: 1 },
    ],
    evaluations: 2,
  });
  const sized = {
    scenarioId: 'demo',
    yard: 'main',
    target: 0.95,
    runs: 40,
    seed: 1,
    mode: 'daily',
    weather: 'bootstrap',
    floorT: 48_319,
    openingStock: answer('openingStockT', 60_000),
    deliveryRate: answer('steadyDeliveryTPerDay', 1_500),
  } as unknown as ReserveSizingResult;
  const mc = {
    scenarioId: 'demo',
    runs: 2,
    seed: 1,
    mode: 'daily',
    weather: { kind: 'bootstrap' },
    rows: [
      { minDaysOfCover: 20, unservedHeatMWh: 0, gasCutM3: 120_000, costYuan: 3e7 },
      { minDaysOfCover: null, unservedHeatMWh: 5, gasCutM3: 0, costYuan: 4e7 },
    ],
  } as unknown as MonteCarloResult;

  it('the reserve curve is in 万吨 (stock) and 吨/日 (rate), titled in Chinese', () => {
    const zh = reserveCurveSpec(sized, 'openingStock', { lang: 'zh' }) as unknown as Layered & {
      title: { text: string; subtitle: string };
    };
    expect(compile(zh as unknown as VegaLiteSpec).warnings).toEqual([]);
    expect(zh.title.text).toBe('期初存煤量与全季守住储煤下限（4.83 万吨）的采暖季占比（煤场 main）');
    expect(zh.title.subtitle).toContain('逐日调度');
    expect(zh.layer[0].encoding.x.title).toBe('期初存煤量（万吨）');
    expect(zh.layer[0].data.values[0].value).toBeCloseTo(6, 10);
    const rate = reserveCurveSpec(sized, 'deliveryRate', 'zh') as unknown as Layered;
    expect(rate.layer[0].encoding.x.title).toBe('稳定日到煤量（吨/日）');
    expect(rate.layer[0].data.values[0].value).toBe(1_500);
    const en = reserveCurveSpec(sized) as unknown as Layered & { title: { text: string } };
    expect(en.title.text).toBe('Opening coal stock → share of seasons holding the 48,319 t floor (yard main)');
    expect(en.layer[0].encoding.x.title).toBe('Opening coal stock (t)');
  });

  it('the Monte Carlo histogram divides gas into 万 m³ and money into 万元', () => {
    const gas = monteCarloHistogramSpec(mc, 'gasCutM3', { lang: 'zh' }) as unknown as {
      data: { values: Array<{ v: number }> };
      encoding: { x: { title: string }; y: { title: string } };
    };
    expect(gas.encoding.x.title).toBe('采暖季各类用户压减气量合计（万 m³）');
    expect(gas.encoding.y.title).toBe('采暖季数');
    expect(gas.data.values.map((x) => x.v)).toEqual([12, 0]);
    const cost = monteCarloHistogramSpec(mc, 'costYuan', 'zh') as unknown as { data: { values: Array<{ v: number }> } };
    expect(cost.data.values.map((x) => x.v)).toEqual([3000, 4000]);
    const en = monteCarloHistogramSpec(mc, 'minDaysOfCover') as unknown as {
      data: { values: Array<{ v: number }> };
      encoding: { x: { title: string } };
    };
    expect(en.encoding.x.title).toBe('Lowest days of coal cover in the season (d)');
    expect(en.data.values).toEqual([{ v: 20 }]);
  });
});

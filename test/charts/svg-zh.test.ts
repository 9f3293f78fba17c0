/** The SVG of a Chinese chart holds its Chinese as text: title, axis titles with 万吨 or 万 m³, legends, dates. */
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, renderChartSvg, t, type RunResult } from '../../engine/index.ts';
import { fixtureRun, plotWidth } from './helpers.ts';

function texts(svg: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1].replace(/&(\w+);/g, (_, e: string) => entities[e] ?? `&${e};`),
  );
}

let named: RunResult;
beforeAll(async () => {
  const r = await fixtureRun();
  named = {
    ...r,
    labels: { scenario: {}, sources: { chp: '城东热电厂' }, yards: { north: '北区煤场' }, zones: {}, supplyPoints: {} },
  };
});

describe('Chinese SVG', () => {
  it('coal stock: title, 存煤量（万吨）, 日期, the yard by its name, dates as 1月6日, in Noto Sans SC', async () => {
    const warnings: string[] = [];
    const svg = await renderChartSvg(chartSpec('coal-stock', named, { lang: 'zh' }), warnings);
    expect(warnings).toEqual([]);
    const all = texts(svg);
    for (const s of [
      t('zh', 'charts.coalStock.title'),
      '存煤量（万吨）',
      '日期',
      '煤场',
      '北区煤场',
      '储煤下限（30天）',
    ])
      expect(all, s).toContain(s);
    expect(all.filter((x) => /^\d{1,2}月\d{1,2}日$/.test(x)).length, 'date tick labels').toBeGreaterThan(2);
    expect(svg).toContain('font-family="Noto Sans SC, DejaVu Sans, sans-serif"');
  });

  it('gas balance: 天然气（万 m³/日） and the categories by their Chinese names (居民采暖)', async () => {
    const all = texts(await renderChartSvg(chartSpec('gas-balance', named, { lang: 'zh' })));
    for (const s of ['天然气（万 m³/日）', '居民采暖', '居民生活', '可中断用户', '已供', '压减', '可供气量'])
      expect(all, s).toContain(s);
  });

  it('heat dispatch: a source by its Chinese name, 缺供热量 on top', async () => {
    const all = texts(await renderChartSvg(chartSpec('heat-dispatch', named, { lang: 'zh' })));
    for (const s of ['各热源供热调度', '供热量（MWh/日）', '城东热电厂', 'boiler', '缺供热量', '热负荷（含管网损失）'])
      expect(all, s).toContain(s);
  });

  it('Chinese legends, a full em per character, still leave most of the width to the plot', async () => {
    for (const name of ['gas-balance', 'temperature', 'cost'] as const)
      expect(await plotWidth(chartSpec(name, named, { lang: 'zh' })), name).toBeGreaterThan(850);
  });
});

it('vega measures Chinese a full em per character and Latin text as its own estimate does (0.8 em)', async () => {
  const { loadVega } = await import('../../engine/charts/render.ts');
  const vega = (await loadVega()) as unknown as {
    textMetrics: {
      width: (item: object, text: string) => number;
      estimateWidth: (item: object, text: string) => number;
    };
  };
  const item = { fontSize: 12 };
  expect(vega.textMetrics.width(item, '居民采暖')).toBe(48);
  expect(vega.textMetrics.width(item, '储煤下限（30天）')).toBe(Math.trunc(0.8 * 2 * 12 + 7 * 12));
  for (const s of ['Coal stock (t)', 'Reserve floor (30 d)', ' 05 Jan 2013 ', ''])
    expect(vega.textMetrics.width(item, s)).toBe(vega.textMetrics.estimateWidth(item, s));
});

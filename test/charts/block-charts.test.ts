/**
 * The block charts (engine/charts/day-blocks.ts, peak-electricity.ts) on a three-day, four-block
 * run (test/fixtures/day-blocks.json: an electric boiler with a store under a 45 MW headroom,
 * the middle day the coldest and short of heat): the data in each spec is the run's
 * `days[].blocks[]`, re-derived here; the day option; axis titles with units in both
 * languages; a run of one block a day; the Chinese SVG.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  blockChartSpec,
  CHART_DAY_NOT_IN_RUN,
  renderChartSvg,
  runScenario,
  t,
  type RunResult,
} from '../../engine/index.ts';

import { chosenDay } from '../../engine/charts/block-days.ts';

const SCENARIO = JSON.parse(readFileSync(new URL('../fixtures/day-blocks.json', import.meta.url), 'utf8'));

type Row = Record<string, unknown>;
type Node = { data?: { values: Row[] }; layer?: Node[]; encoding?: Record<string, { title?: string }> };
type Spec = { title: { text: string; subtitle: string[] }; vconcat?: Node[]; layer?: Node[] };

const spec = (s: unknown) => s as Spec;
const values = (n: Node | undefined): Row[] => n?.data?.values ?? [];
const yTitles = (s: Spec): string[] =>
  [...(s.vconcat ?? []), ...(s.layer ?? [])]
    .flatMap((n) => [n, ...(n.layer ?? [])])
    .map((n) => n.encoding?.y?.title)
    .filter((x): x is string => x !== undefined);

let run: RunResult;
beforeAll(async () => {
  run = await runScenario(SCENARIO);
});

describe('day-blocks', () => {
  it('defaults to the coldest day and charts its blocks: heat by source, electricity and headroom, store', () => {
    const coldest = [...run.days].sort((a, b) => a.outdoorTempC - b.outdoorTempC)[0];
    expect(coldest.date).toBe('2013-01-11');
    const s = spec(blockChartSpec('day-blocks', run));
    expect(s.title.text).toContain('2013-01-11');
    const blocks = coldest.blocks ?? [];
    expect(blocks).toHaveLength(4);
    const [heatPanel, powerPanel, storePanel] = s.vconcat ?? [];
    const heat = values(heatPanel);
    for (const [i, b] of blocks.entries()) {
      const mine = heat.filter((r) => (r.block as string).startsWith(`${String(b.startHour).padStart(2, '0')}:00`));
      expect(mine.find((r) => r.series === 'eb')?.mwh).toBe(b.heatMWh.eb);
      expect(mine.find((r) => r.series === 'Unserved heat')?.mwh).toBe(b.unservedMWh);
      expect(mine[0].tariff, `block ${i}`).toBe(b.tariffBlock);
    }
    expect(values(powerPanel?.layer?.[0]).map((r) => r.mw)).toEqual(blocks.map((b) => b.electricityMW));
    expect(values(powerPanel?.layer?.[1]).map((r) => r.headroomMW)).toEqual(blocks.map((b) => b.gridHeadroomMW));
    expect(values(storePanel).map((r) => r.mwh)).toEqual(blocks.map((b) => b.storageMWh.eb));
    // the labels: clock hours and tariff period, in clock order
    expect(values(powerPanel?.layer?.[0]).map((r) => r.block)).toEqual([
      '00:00–06:00 valley',
      '06:00–12:00 valley',
      '12:00–18:00 peak',
      '18:00–24:00 peak',
    ]);
    // the tariff period is a word of the chart's language, in the label and the tooltip
    const zh = spec(blockChartSpec('day-blocks', run, { lang: 'zh' }));
    const zhPower = values(zh.vconcat?.[1]?.layer?.[0]);
    expect(zhPower.map((r) => r.block)).toEqual([
      '00:00–06:00 谷',
      '06:00–12:00 谷',
      '12:00–18:00 峰',
      '18:00–24:00 峰',
    ]);
    expect(zhPower.map((r) => r.tariff)).toEqual(['谷', '谷', '峰', '峰']);
    const zhPeak = values(spec(blockChartSpec('peak-electricity', run, { lang: 'zh' })).layer?.[0]);
    const peakTariffs = zhPeak.filter((r) => r.tariff !== undefined).map((r) => r.tariff as string);
    expect(peakTariffs).toHaveLength(run.days.length);
    expect(peakTariffs.every((t) => ['峰', '平', '谷', '深谷', '跨时段'].includes(t))).toBe(true);
  });

  it('takes the design day (peak heat demand), a date, and refuses a day the run lacks', () => {
    expect(spec(blockChartSpec('day-blocks', run, { day: 'design' })).title.text).toContain(run.summary.peakDate);
    const s = spec(blockChartSpec('day-blocks', run, { day: '2013-01-12' }));
    expect(s.title.text).toContain('2013-01-12');
    expect(s.title.subtitle[0]).toMatch(/^Chosen day, daily mean -2\.0 °C; 4 blocks of 6 h/);
    expect(() => blockChartSpec('day-blocks', run, { day: '2013-02-30' })).toThrow(CHART_DAY_NOT_IN_RUN);
  });

  it('takes a typical cold day: the 10th percentile of daily mean temperature, coldest first', () => {
    // 21 days at 0, −1, …, −20 °C in shuffled order: ranked coldest first, index ⌊0.1 × 20⌋ = 2 is −18 °C
    const temps = [-3, -18, 0, -7, -20, -11, -1, -15, -5, -19, -9, -13, -2, -17, -6, -10, -4, -16, -12, -8, -14];
    const days = temps.map((t, i) => ({
      ...run.days[0],
      date: `2013-02-${String(i + 1).padStart(2, '0')}`,
      outdoorTempC: t,
    }));
    const fake = { ...run, days } as RunResult;
    expect(chosenDay(fake, 'typical-cold').outdoorTempC).toBe(-18);
    expect(chosenDay(fake, 'coldest').outdoorTempC).toBe(-20);
    const s = spec(blockChartSpec('day-blocks', fake, { day: 'typical-cold' }));
    expect(s.title.text).toContain('2013-02-02');
    expect(s.title.subtitle[0]).toMatch(
      /^Typical cold day \(10th percentile of daily mean temperature\), daily mean -18\.0 °C/,
    );
    const zh = spec(blockChartSpec('day-blocks', fake, { day: 'typical-cold', lang: 'zh' }));
    expect(zh.title.subtitle[0]).toMatch(/^典型寒冷日/);
  });

  it('titles every y axis with its unit, in English and in Chinese', () => {
    expect(yTitles(spec(blockChartSpec('day-blocks', run)))).toEqual([
      'Heat in the block (MWh)',
      'Electric heat, grid power (MW, block mean)',
      'Electric heat, grid power (MW, block mean)',
      "Heat in store at the block's end (MWh)",
    ]);
    expect(yTitles(spec(blockChartSpec('day-blocks', run, { lang: 'zh' })))).toEqual([
      '时段供热量（MWh）',
      '电供热用电功率（MW，时段平均）',
      '电供热用电功率（MW，时段平均）',
      '时段末蓄热量（MWh）',
    ]);
    expect(yTitles(spec(blockChartSpec('peak-electricity', run)))).toEqual([
      "Electricity of the day's highest block (MW)",
      "Electricity of the day's highest block (MW)",
    ]);
    expect(yTitles(spec(blockChartSpec('peak-electricity', run, { lang: 'zh' })))[0]).toBe(
      '当日最高时段用电功率（MW）',
    );
  });
});

describe('peak-electricity', () => {
  it("charts each day's highest block against that block's headroom; none over it", () => {
    const s = spec(blockChartSpec('peak-electricity', run));
    const rows = values(s.layer?.[0]);
    for (const d of run.days) {
      const peak = Math.max(...(d.blocks ?? []).map((b) => b.electricityMW));
      expect(rows.find((r) => r.date === d.date && r.line === 'Highest block')?.mw).toBe(peak);
      expect(rows.find((r) => r.date === d.date && r.line === 'Grid headroom')?.mw).toBe(45);
    }
    expect(values(s.layer?.[1])).toEqual([]);
    expect(s.title.subtitle[0]).toMatch(/^No block over the grid headroom; highest 45 MW on 2013-01-10/);
  });

  it('marks a day with a block over its headroom', () => {
    const tight: RunResult = {
      ...run,
      days: run.days.map((d, i) =>
        i === 1 ? { ...d, blocks: d.blocks?.map((b) => ({ ...b, gridHeadroomMW: 40 })) } : d,
      ),
    };
    const s = spec(blockChartSpec('peak-electricity', tight));
    expect(values(s.layer?.[1]).map((r) => r.date)).toEqual(['2013-01-11']);
    expect(s.title.subtitle[0]).toMatch(/^1 days with a block over the grid headroom/);
  });
});

describe('a run of one block a day', () => {
  it('is charted as one 24 h block of the daily figures, and the subtitles say so', async () => {
    const one = await runScenario({ ...SCENARIO, dispatch: { blocksPerDay: 1 } });
    const day = one.days.find((d) => d.date === '2013-01-11');
    const s = spec(blockChartSpec('day-blocks', one));
    const power = values(s.vconcat?.[1]?.layer?.[0]);
    expect(power).toHaveLength(1);
    expect(power[0].mw).toBe((day?.electricityMWh ?? Number.NaN) / 24);
    expect(values(s.vconcat?.[1]?.layer?.[1])).toEqual([]);
    expect(s.title.subtitle).toContain(t('en', 'charts.blocks.oneBlock'));
    const p = spec(blockChartSpec('peak-electricity', one, { lang: 'zh' }));
    expect(p.title.subtitle).toContain(t('zh', 'charts.blocks.peakOneBlock'));
    expect(p.title.subtitle[0]).toMatch(/^2013年1月11日最高，达 \d+ MW$/);
  });
});

describe('the Chinese SVG', () => {
  it('holds the Chinese title, axis titles and legend as text, in Noto Sans SC', async () => {
    const warnings: string[] = [];
    const svg = await renderChartSvg(blockChartSpec('day-blocks', run, { lang: 'zh' }), warnings);
    expect(warnings).toEqual([]);
    for (const s of [
      '2013年1月11日各时段：供热、用电与蓄热',
      '时段供热量（MWh）',
      '电网可用容量',
      '缺供热量',
      '蓄热罐',
    ])
      expect(svg, s).toContain(s);
    expect(svg).toContain('font-family="Noto Sans SC, DejaVu Sans, sans-serif"');
    const peak = await renderChartSvg(blockChartSpec('peak-electricity', run, { lang: 'zh' }));
    expect(peak).toContain('每日最高时段用电功率与电网可用容量');
    expect(peak).toContain('1月11日');
  });
});

/**
 * The PNG of each chart shows its title and axis labels. vega tells where each text was laid
 * out; those boxes must hold dark (text) pixels in the PNG and almost none when resvg has no
 * font (the failure mode: no font, every label silently gone). Each chart is also compared
 * with its snapshot under snapshots/ by size, dark-pixel and text-pixel counts and PNG bytes;
 * a missing snapshot is created, a mismatch writes <name>.new.png beside the old one and fails.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHART_NAMES,
  chartSpec,
  compareSpec,
  runScenario,
  type RunResult,
  type VegaLiteSpec,
} from '../../engine/index.ts';
import { renderChartRaster } from '../../engine/charts/render.ts';
import { checkSnapshot, darkIn, fixtureRun, textBoxes } from './helpers.ts';

let r: RunResult;
let b: RunResult;
beforeAll(async () => {
  r = await fixtureRun();
  const s = JSON.parse(readFileSync(new URL('../fixtures/charts-scenario.json', import.meta.url), 'utf8'));
  b = await runScenario({ ...s, coldWaves: [] }, { mode: 'daily' });
});

const CASES: Array<[string, () => VegaLiteSpec]> = [
  ...CHART_NAMES.map((n) => [n, () => chartSpec(n, r)] as [string, () => VegaLiteSpec]),
  ['compare', () => compareSpec(r, b, undefined, ['baseline', 'no cold wave'])],
];

describe.each(CASES)('PNG of %s', (name, make) => {
  it('shows its title and axis titles and labels, and they vanish without fonts', async () => {
    const spec = make();
    const boxes = await textBoxes(spec);
    const png = await renderChartRaster(spec);
    const bare = await renderChartRaster(spec, { fontFiles: [] });
    if (name === 'compare')
      expect(Math.abs(png.width - 1000)).toBeLessThan(40); // concat views cannot be fitted to a width
    else expect(png.width).toBe(1000);
    expect(png.png.subarray(1, 4).toString()).toBe('PNG');

    const titles = boxes.filter((t) => t.role === 'title-text' || t.role === 'axis-title');
    expect(titles.map((t) => t.text)).toContain('Date');
    expect(titles.length).toBeGreaterThanOrEqual(3);
    for (const t of titles) {
      const area = (t.x2 - t.x1) * (t.y2 - t.y1);
      const dark = darkIn(png, t);
      expect(dark, `"${t.text}" (${t.role}) drawn`).toBeGreaterThan(Math.max(15, area * 0.04));
      expect(darkIn(bare, t), `"${t.text}" (${t.role}) absent without fonts`).toBeLessThan(dark * 0.1);
    }
    const labels = boxes.filter((t) => t.role === 'axis-label');
    const labelDark = labels.reduce((a, t) => a + darkIn(png, t), 0);
    expect(labels.length).toBeGreaterThan(6);
    expect(labelDark, 'axis tick labels drawn').toBeGreaterThan(labels.length * 15);
    expect(labels.reduce((a, t) => a + darkIn(bare, t), 0)).toBeLessThan(labelDark * 0.1);
    // Over the whole image, fonts add thousands of dark pixels.
    expect(darkIn(png) - darkIn(bare)).toBeGreaterThan(3000);
  });

  it('matches its snapshot', async () => {
    const spec = make();
    const outcome = await checkSnapshot(name, await renderChartRaster(spec), await textBoxes(spec));
    if (outcome.status === 'created') console.log(`note: ${outcome.message}`);
    expect(outcome.status, outcome.message).not.toBe('mismatch');
  });
});

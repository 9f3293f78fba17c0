/**
 * The PNG of a Chinese chart draws its Chinese: the title, the axis titles and the legend's
 * Chinese entries hold ink where vega laid them out. The glyphs come from the vendored Noto
 * Sans SC and from nowhere else (resvg never loads system fonts): a render with that one font
 * file draws those boxes pixel for pixel the same, one without any font leaves them blank,
 * and one with DejaVu Sans only (no Chinese) draws DejaVu's empty "missing glyph" boxes, about
 * a third of the ink and different pixels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, type ChartName, type RunResult } from '../../engine/index.ts';
import { CJK_FONT_FILE, defaultFontFiles, dejavuFontFiles, renderChartRaster } from '../../engine/charts/render.ts';
import type { Raster } from '../../engine/charts/render.ts';
import { darkIn, fixtureRun, textBoxes, type TextBox } from './helpers.ts';

/** Share of the pixels of a box whose colour differs between two renders of the same size. */
function changedIn(a: Raster, b: Raster, box: TextBox): number {
  let changed = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y1)); y < Math.min(a.height, Math.ceil(box.y2)); y++) {
    for (let x = Math.max(0, Math.floor(box.x1)); x < Math.min(a.width, Math.ceil(box.x2)); x++) {
      const i = (y * a.width + x) * 4;
      n++;
      if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] || a.pixels[i + 2] !== b.pixels[i + 2])
        changed++;
    }
  }
  return changed / Math.max(1, n);
}

const HAN = /\p{Script=Han}/u;
/** Text that is Chinese throughout (punctuation and the unit's Latin letters aside). */
const mostlyHan = (s: string) => [...s].filter((c) => HAN.test(c)).length >= Math.max(2, [...s].length * 0.6);

let named: RunResult;
beforeAll(async () => {
  const r = await fixtureRun();
  named = {
    ...r,
    labels: { scenario: {}, sources: { chp: '城东热电厂' }, yards: { north: '北区煤场' }, zones: {}, supplyPoints: {} },
  };
});

it('the renderer loads the vendored Noto Sans SC beside DejaVu Sans', () => {
  expect(defaultFontFiles()).toEqual([...dejavuFontFiles(), CJK_FONT_FILE]);
  expect(CJK_FONT_FILE).toMatch(/assets\/fonts\/NotoSansSC-Regular-GB2312\.ttf$/);
});

describe.each<ChartName>(['coal-stock', 'heat-dispatch', 'gas-balance'])('Chinese PNG of %s', (name) => {
  it('draws the Chinese title, axis titles and legend from the vendored font, and only from it', async () => {
    const spec = chartSpec(name, named, { lang: 'zh' });
    const boxes = await textBoxes(spec);
    const png = await renderChartRaster(spec);
    const onlyCjk = await renderChartRaster(spec, { fontFiles: [CJK_FONT_FILE] });
    const noCjk = await renderChartRaster(spec, { fontFiles: dejavuFontFiles() });
    const bare = await renderChartRaster(spec, { fontFiles: [] });
    expect(png.width).toBe(1000);

    const chinese = boxes.filter((b) => mostlyHan(b.text));
    const roles = new Set(chinese.map((b) => b.role));
    for (const role of ['title-text', 'axis-title', 'legend-title', 'legend-label'])
      expect(roles, role).toContain(role);
    expect(chinese.find((b) => b.role === 'title-text')?.text).toBe((spec as { title: { text: string } }).title.text);
    expect(chinese.map((b) => b.text)).toContain('日期');

    let ink = 0;
    let missingGlyphInk = 0;
    for (const b of chinese) {
      const area = (b.x2 - b.x1) * (b.y2 - b.y1);
      const dark = darkIn(png, b);
      ink += dark;
      missingGlyphInk += darkIn(noCjk, b);
      expect(dark, `"${b.text}" (${b.role}) drawn`).toBeGreaterThan(Math.max(12, area * 0.04));
      expect(changedIn(png, onlyCjk, b), `"${b.text}" drawn the same from Noto Sans SC alone`).toBe(0);
      expect(darkIn(bare, b), `"${b.text}" blank without fonts`).toBeLessThan(dark * 0.1);
      expect(changedIn(png, noCjk, b), `"${b.text}" not drawn without Noto Sans SC`).toBeGreaterThan(0.1);
    }
    // DejaVu has no Chinese: its missing-glyph boxes carry far less ink than the characters
    expect(missingGlyphInk, 'ink of the Chinese text without Noto Sans SC').toBeLessThan(ink * 0.6);
  });
});

it('a named source shows in the legend of the Chinese heat-dispatch PNG', async () => {
  const spec = chartSpec('heat-dispatch', named, { lang: 'zh' });
  const label = (await textBoxes(spec)).find((b) => b.role === 'legend-label' && b.text === '城东热电厂');
  expect(label).toBeDefined();
  const png = await renderChartRaster(spec);
  expect(darkIn(png, label)).toBeGreaterThan(30);
});

it('an English chart draws a Chinese source name too (resvg falls back to Noto Sans SC for it)', async () => {
  const spec = chartSpec('heat-dispatch', named);
  const label = (await textBoxes(spec)).find((b) => b.role === 'legend-label' && b.text === '城东热电厂');
  expect(label).toBeDefined();
  const box = label as TextBox;
  const png = await renderChartRaster(spec);
  expect(darkIn(png, box)).toBeGreaterThan(30);
  expect(changedIn(png, await renderChartRaster(spec, { fontFiles: dejavuFontFiles() }), box)).toBeGreaterThan(0.1);
});

/**
 * Shared by the chart tests: the fixture run, where vega put each text, dark-pixel counts,
 * PNG decoding (resvg draws the PNG as an SVG image, exactly) and the snapshot check.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runScenario, type ChartName, type RunResult } from '../../engine/index.ts';
import { compileToVega, loadVega, rasterise, type Raster } from '../../engine/charts/render.ts';
import type { VegaLiteSpec } from '../../engine/charts/common.ts';

export const SNAPSHOT_DIR = fileURLToPath(new URL('./snapshots/', import.meta.url));
const FIXTURE = new URL('../fixtures/charts-scenario.json', import.meta.url);

/** The y-axis title of each chart, unit included. */
export const Y_TITLE: Record<ChartName, string> = {
  'coal-stock': 'Coal stock (t)',
  'days-of-cover': 'Days of cover (d)',
  'gas-balance': 'Gas (m³/day)',
  'heat-dispatch': 'Heat (MWh/day)',
  temperature: 'Outdoor temperature (°C)',
  cost: 'Cost (¥/day)',
};

let cached: Promise<RunResult> | undefined;
/** 40 days, two yards (one breaches its floor), a gas cut, a strong and an extreme cold wave. */
export function fixtureRun(): Promise<RunResult> {
  return (cached ??= runScenario(JSON.parse(readFileSync(FIXTURE, 'utf8')), { mode: 'daily' }));
}

export interface TextBox {
  role: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface SgItem {
  x?: number;
  y?: number;
  text?: unknown;
  bounds: { x1: number; y1: number; x2: number; y2: number };
  items?: SgMark[];
}
interface SgMark {
  marktype: string;
  role: string;
  items?: SgItem[];
}

/** Every text vega laid out, with its box in image pixels (scale 1). */
export async function textBoxes(spec: VegaLiteSpec): Promise<TextBox[]> {
  const vega = await loadVega(); // the renderer's text measure, so the boxes are where the PNG draws
  const view = new vega.View(vega.parse(await compileToVega(spec)), { renderer: 'none' });
  await view.runAsync();
  const pad = view.padding() as { left: number; top: number };
  const [ox, oy] = view.origin();
  const out: TextBox[] = [];
  const walk = (mark: SgMark, dx: number, dy: number): void => {
    for (const item of mark.items ?? []) {
      if (mark.marktype === 'group') for (const m of item.items ?? []) walk(m, dx + (item.x ?? 0), dy + (item.y ?? 0));
      else if (mark.marktype === 'text' && item.text !== undefined && String(item.text) !== '') {
        const b = item.bounds;
        out.push({
          role: mark.role,
          text: String(item.text),
          x1: dx + b.x1,
          y1: dy + b.y1,
          x2: dx + b.x2,
          y2: dy + b.y2,
        });
      }
    }
  };
  walk((view.scenegraph() as unknown as { root: SgMark }).root, ox + pad.left, oy + pad.top);
  view.finalize();
  return out;
}

/** Width of the plot area after vega fitted titles, axes and legends into the chart, px. */
export async function plotWidth(spec: VegaLiteSpec): Promise<number> {
  const vega = await loadVega();
  const view = new vega.View(vega.parse(await compileToVega(spec)), { renderer: 'none' });
  await view.runAsync();
  const w = view.width();
  view.finalize();
  return w;
}

/** Pixels darker than mid-grey (text is near-black; fills and grid lines are lighter). */
export function darkIn(r: Raster, box?: { x1: number; y1: number; x2: number; y2: number }): number {
  const x1 = Math.max(0, Math.floor(box?.x1 ?? 0)),
    x2 = Math.min(r.width, Math.ceil(box?.x2 ?? r.width));
  const y1 = Math.max(0, Math.floor(box?.y1 ?? 0)),
    y2 = Math.min(r.height, Math.ceil(box?.y2 ?? r.height));
  let n = 0;
  for (let y = y1; y < y2; y++) {
    for (let x = x1; x < x2; x++) {
      const i = (y * r.width + x) * 4;
      if (0.299 * r.pixels[i] + 0.587 * r.pixels[i + 1] + 0.114 * r.pixels[i + 2] < 110) n++;
    }
  }
  return n;
}

/** A PNG back to RGBA: resvg draws it as the only image of an SVG of its size (bit-exact). */
export async function decodePng(png: Buffer): Promise<Raster> {
  const width = png.readUInt32BE(16),
    height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  return rasterise(svg, { fontFiles: [] });
}

export interface PngStats {
  width: number;
  height: number;
  pngBytes: number;
  dark: number;
  textDark: number;
}

export function pngStats(r: Raster, boxes: readonly TextBox[]): PngStats {
  const textDark = boxes.reduce((a, b) => a + darkIn(r, b), 0);
  return { width: r.width, height: r.height, pngBytes: r.png.length, dark: darkIn(r), textDark };
}

/** Share of pixels whose colour moved by more than 48 in any channel. */
export function diffFraction(a: Raster, b: Raster): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    if (
      Math.abs(a.pixels[i] - b.pixels[i]) > 48 ||
      Math.abs(a.pixels[i + 1] - b.pixels[i + 1]) > 48 ||
      Math.abs(a.pixels[i + 2] - b.pixels[i + 2]) > 48
    )
      n++;
  }
  return n / (a.width * a.height);
}

/** Tolerances of the snapshot check: size exact; dark pixels, text pixels and PNG bytes within these shares. */
export const TOLERANCE = { dark: 0.04, textDark: 0.03, pngBytes: 0.15 } as const;

export type SnapshotOutcome =
  | { status: 'created' | 'match'; message: string }
  | { status: 'mismatch'; message: string };

/**
 * Compare a chart's raster with `snapshots/<name>.png` by its statistics. A missing snapshot is
 * written (and passes); a mismatch writes `<name>.new.png` beside the old one, never over it.
 */
export async function checkSnapshot(name: string, r: Raster, boxes: readonly TextBox[]): Promise<SnapshotOutcome> {
  const file = `${SNAPSHOT_DIR}${name}.png`;
  const now = pngStats(r, boxes);
  if (!existsSync(file)) {
    writeFileSync(file, r.png);
    return { status: 'created', message: `snapshot ${name}.png created (${JSON.stringify(now)})` };
  }
  const oldRaster = await decodePng(readFileSync(file));
  const old = pngStats(oldRaster, boxes);
  const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, b);
  const problems: string[] = [];
  if (now.width !== old.width || now.height !== old.height)
    problems.push(`size ${now.width}×${now.height} px, snapshot ${old.width}×${old.height} px`);
  if (rel(now.dark, old.dark) > TOLERANCE.dark) problems.push(`dark pixels ${now.dark}, snapshot ${old.dark}`);
  if (rel(now.textDark, old.textDark) > TOLERANCE.textDark)
    problems.push(`text pixels ${now.textDark}, snapshot ${old.textDark}`);
  if (rel(now.pngBytes, old.pngBytes) > TOLERANCE.pngBytes)
    problems.push(`PNG ${now.pngBytes} bytes, snapshot ${old.pngBytes} bytes`);
  const diff = diffFraction(r, oldRaster);
  if (problems.length === 0)
    return { status: 'match', message: `${name}: ${(diff * 100).toFixed(2)} % of pixels differ` };
  writeFileSync(`${SNAPSHOT_DIR}${name}.new.png`, r.png);
  return {
    status: 'mismatch',
    message:
      `${name}.png differs from its snapshot (${problems.join('; ')}; ${(diff * 100).toFixed(2)} % of pixels differ). ` +
      `The new image is ${name}.new.png beside it: look at both; if the new one is right, move it over ${name}.png.`,
  };
}

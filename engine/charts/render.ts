/**
 * Rendering a chart spec off-screen: Vega-Lite → Vega → SVG by vega's headless view, and
 * SVG → PNG by resvg with fonts from files only, never the system's: DejaVu Sans from the
 * `dejavu-fonts-ttf` package for Latin text (resvg has no Arial, so with no fonts loaded every
 * label would vanish silently) and the vendored Noto Sans SC (GB 2312 subset) for Chinese.
 * An English chart asks for `sans-serif`, which resvg maps to DejaVu Sans; a Chinese chart
 * asks for Noto Sans SC first (common.ts). vega, vega-lite and resvg are imported on first
 * use, so importing the engine stays cheap.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoggerInterface, Spec as VegaSpec } from 'vega';
import type { VegaLiteSpec } from './common.ts';

/** DejaVu Sans regular, bold and oblique from the `dejavu-fonts-ttf` package (looked up on first use). */
export function dejavuFontFiles(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) => join(dir, f));
}

/** Noto Sans SC regular, subset to GB 2312 (assets/fonts, SIL OFL): the glyphs of Chinese charts. */
export const CJK_FONT_FILE = fileURLToPath(
  new URL('../../assets/fonts/NotoSansSC-Regular-GB2312.ttf', import.meta.url),
);

/** The same font as WOFF2, for pages and offline reports that show Chinese without a system CJK font. */
export const CJK_WEB_FONT_FILE = fileURLToPath(
  new URL('../../assets/fonts/NotoSansSC-Regular-GB2312.woff2', import.meta.url),
);

/** The fonts the renderer loads by default: DejaVu Sans and Noto Sans SC. */
export function defaultFontFiles(): string[] {
  return [...dejavuFontFiles(), CJK_FONT_FILE];
}

export interface RenderOptions {
  /**
   * TrueType files resvg may use; default DejaVu Sans (regular, bold, oblique) and Noto Sans SC.
   * `[]` renders no text at all, `dejavuFontFiles()` no Chinese (tests).
   */
  readonly fontFiles?: readonly string[];
  /** Pixel scale of the PNG (2 for a high-density image); default 1. */
  readonly scale?: number;
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** Raw RGBA, row by row, before PNG encoding. */
  readonly pixels: Buffer;
  readonly png: Buffer;
}

/** A vega logger that collects warnings and errors instead of printing them. */
export function collectingLogger(sink: string[]): LoggerInterface {
  let level = 2;
  const logger = {
    level(v?: number) {
      if (v === undefined) return level;
      level = v;
      return logger;
    },
    error(...args: unknown[]) {
      sink.push(`error: ${args.join(' ')}`);
      return logger;
    },
    warn(...args: unknown[]) {
      sink.push(`warn: ${args.join(' ')}`);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as unknown as LoggerInterface;
}

type VegaModule = typeof import('vega');

/** Characters a CJK font draws a full em wide: CJK punctuation, kana, ideographs, full-width forms. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/**
 * Vega with its text measure taught about Chinese. Without a canvas vega estimates a text's
 * width as 0.8 em per character, which is right for Latin text but 20 % short for Chinese
 * (a full em each), so Chinese legend entries would overlap. This measure is vega's own
 * estimate for text without wide characters (English charts are laid out exactly as before)
 * and counts each wide character as 1 em. It measures the text as given, untruncated, as the
 * truncation of a label to its limit asks it to.
 */
export async function loadVega(): Promise<VegaModule> {
  const vega = await import('vega');
  // vega-scenegraph's text measure, re-exported by vega but absent from its type declarations
  const metrics = (vega as unknown as { textMetrics: { width: (item: unknown, text: unknown) => number } }).textMetrics;
  if (!(metrics.width as { cjk?: true }).cjk) {
    const width = (item: unknown, text: unknown): number => {
      const s = text == null ? '' : String(text).trim();
      const given = (item as { fontSize?: number | string | null }).fontSize;
      const size = given != null ? +given || 0 : 11; // vega's default font size
      const wide = s.match(WIDE)?.length ?? 0;
      return ~~(0.8 * (s.length - wide) * size + wide * size);
    };
    metrics.width = Object.assign(width, { cjk: true as const });
  }
  return vega;
}

/** Vega-Lite → Vega. Warnings of the compiler go to `warnings` when given. */
export async function compileToVega(spec: VegaLiteSpec, warnings?: string[]): Promise<VegaSpec> {
  const vl = await import('vega-lite');
  const logger = warnings ? collectingLogger(warnings) : undefined;
  return vl.compile(spec, logger ? { logger } : {}).spec;
}

/** The chart as an SVG document (vega's headless view, no DOM). */
export async function renderChartSvg(spec: VegaLiteSpec, warnings?: string[]): Promise<string> {
  const vega = await loadVega();
  const vgSpec = await compileToVega(spec, warnings);
  const view = new vega.View(vega.parse(vgSpec), {
    renderer: 'none',
    ...(warnings ? { logger: collectingLogger(warnings), logLevel: vega.Warn } : { logLevel: vega.Error }),
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

type ResvgModule = typeof import('@resvg/resvg-js');

async function loadResvg(): Promise<ResvgModule> {
  const mod = (await import('@resvg/resvg-js')) as ResvgModule & { default?: ResvgModule };
  return mod.Resvg ? mod : (mod.default as ResvgModule);
}

/** An SVG rasterised by resvg: raw RGBA pixels and the PNG. */
export async function rasterise(svg: string, options: RenderOptions = {}): Promise<Raster> {
  const { Resvg } = await loadResvg();
  const scale = options.scale ?? 1;
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...(options.fontFiles ?? defaultFontFiles())],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  const image = resvg.render();
  return {
    width: image.width,
    height: image.height,
    pixels: Buffer.from(image.pixels),
    png: Buffer.from(image.asPng()),
  };
}

/** The chart's SVG rasterised, with its pixels (for checks) and PNG. */
export async function renderChartRaster(spec: VegaLiteSpec, options: RenderOptions = {}): Promise<Raster> {
  return rasterise(await renderChartSvg(spec), options);
}

/** The chart as a PNG image (DejaVu Sans text, white background). */
export async function renderChartPng(spec: VegaLiteSpec, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderChartRaster(spec, options)).png;
}

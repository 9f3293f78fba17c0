/**
 * Rendering a chart spec off-screen: Vega-Lite → Vega → SVG by vega's headless view, and
 * SVG → PNG by resvg with DejaVu fonts loaded from the `dejavu-fonts-ttf` package (resvg has
 * no Arial, so with no fonts loaded every label would vanish silently). vega, vega-lite and
 * resvg are imported on first use, so importing the engine stays cheap.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoggerInterface, Spec as VegaSpec } from 'vega';
import type { VegaLiteSpec } from './common.ts';

/** DejaVu Sans regular, bold and oblique from the `dejavu-fonts-ttf` package (looked up on first use). */
export function defaultFontFiles(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) => join(dir, f));
}

export interface RenderOptions {
  /** TrueType files resvg may use; default DejaVu Sans (regular, bold, oblique). `[]` renders no text at all (tests). */
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

/** Vega-Lite → Vega. Warnings of the compiler go to `warnings` when given. */
export async function compileToVega(spec: VegaLiteSpec, warnings?: string[]): Promise<VegaSpec> {
  const vl = await import('vega-lite');
  const logger = warnings ? collectingLogger(warnings) : undefined;
  return vl.compile(spec, logger ? { logger } : {}).spec;
}

/** The chart as an SVG document (vega's headless view, no DOM). */
export async function renderChartSvg(spec: VegaLiteSpec, warnings?: string[]): Promise<string> {
  const vega = await import('vega');
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

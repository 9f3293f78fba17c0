/**
 * The charts, drawn by vega-embed (the browser builds at /vendor/) as SVG from the specs the
 * API answers: a run's six (GET /v1/runs/:id/charts/<name>.json?lang=, in the page's language)
 * and any other spec by URL (the block charts: block-charts.js), each drawn in the page's fonts; a box's `data-rendered` is true
 * once its chart is drawn (the browser tests wait on it).
 */
import { $, api } from './app-state.js';
import { lang, PAGE_FONT } from './i18n.js';

/**
 * vega-embed's options for every chart of the page: SVG, and vega's expression interpreter
 * (`ast: true`) instead of functions generated with `new Function`, which the page's
 * Content-Security-Policy (no 'unsafe-eval') forbids.
 */
export const EMBED_OPTIONS = { renderer: 'svg', ast: true };

const CHART_NAMES = ['coal-stock', 'days-of-cover', 'gas-balance', 'heat-dispatch', 'temperature', 'cost'];

/** The run's six charts, their specs asked for in the page's language. */
export function embedRunCharts(id) {
  const L = encodeURIComponent(lang());
  return Promise.all(
    CHART_NAMES.map((name) =>
      embedChart(`#chart-${name}`, `/v1/runs/${encodeURIComponent(id)}/charts/${name}.json?lang=${L}`),
    ),
  );
}

/**
 * A chart spec drawing its text in the page's fonts: the specs ask for sans-serif, which on a
 * machine without a CJK font has no Chinese; vega measures and draws in the font it is given.
 */
export function inPageFont(spec) {
  return { ...spec, config: { ...(spec.config ?? {}), font: PAGE_FONT } };
}

/**
 * Draws the spec at `url` in the box `sel` and answers the spec. `isCurrent`, when given, is
 * asked once the spec has come: false (a later call has asked for another chart in the box)
 * leaves the box alone and answers undefined.
 */
export async function embedChart(sel, url, isCurrent = () => true) {
  const box = $(sel);
  box.dataset.rendered = 'false';
  box.replaceChildren();
  const spec = await api('GET', url);
  await document.fonts?.ready;
  if (!isCurrent()) return undefined;
  await window.vegaEmbed(box, inPageFont(spec), {
    ...EMBED_OPTIONS,
    actions: { export: true, source: false, compiled: false, editor: false },
  });
  if (isCurrent()) box.dataset.rendered = 'true';
  return spec;
}

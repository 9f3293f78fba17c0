/**
 * Charts of stored runs: GET /v1/charts (the names), GET /v1/runs/:id/charts/:chart where
 * `:chart` is `<name>.json` (the Vega-Lite spec, data inline), `<name>.svg` or `<name>.png`,
 * and GET /v1/compare/chart.{json,svg,png}?runs=a,b (two runs on one time axis). Specs are
 * built here (cheap); SVG and PNG are drawn on the worker pool. Every chart speaks the
 * request's language (`?lang=zh|en`, else `Accept-Language`, else English) and says which in
 * `Content-Language`; `Vary: Accept-Language` keeps caches from mixing the languages.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  chartSpec,
  compareSpec,
  isChartName,
  CHART_NAMES,
  COMPARE_METRICS,
  type CompareMetric,
  type Lang,
  type RunResult,
  type VegaLiteSpec,
} from '../../engine/index.ts';
import { ApiError } from '../errors.ts';
import { requestLang } from '../lang.ts';
import { compareQuery, langQuery, runIdParams } from '../schemas.ts';
import type { SolverPool } from '../solver-pool.ts';
import type { RunStore } from '../store.ts';

type Format = 'json' | 'svg' | 'png';
const CHART_FILE = /^([a-z][a-z-]{0,39})\.(json|svg|png)$/;
const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
};

const chartParams = runIdParams.extend({
  chart: z.string().max(60).describe('`<name>.json`, `<name>.svg` or `<name>.png`; names from GET /v1/charts'),
});
const chartQuery = z.object(langQuery);
const compareChartParams = z.strictObject({ file: z.enum(['chart.json', 'chart.svg', 'chart.png']) });
const compareChartQuery = compareQuery.extend({
  metrics: z
    .string()
    .max(200)
    .optional()
    .describe(`comma-separated panels, default coal-stock,gas-cut; any of ${COMPARE_METRICS.join(', ')}`),
  ...langQuery,
});

function loadResult(store: RunStore, id: string, path: string): RunResult {
  const json = store.resultJson(id);
  if (json === undefined)
    throw new ApiError('RUN_NOT_FOUND', {
      message: `no stored run has id \`${id}\`; list them with GET /v1/runs`,
      path,
    });
  return JSON.parse(json) as RunResult;
}

function parseMetrics(raw: string | undefined): CompareMetric[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const metrics = raw.split(',');
  const bad = metrics.find((m) => !(COMPARE_METRICS as readonly string[]).includes(m));
  if (bad !== undefined)
    throw new ApiError('BAD_REQUEST', {
      message: `unknown comparison metric \`${bad.slice(0, 40)}\`; use ${COMPARE_METRICS.join(', ')}`,
      path: 'metrics',
    });
  return metrics as CompareMetric[];
}

async function sendChart(
  reply: FastifyReply,
  pool: SolverPool,
  spec: VegaLiteSpec,
  format: Format,
  lang: Lang,
): Promise<FastifyReply> {
  reply
    .type(CONTENT_TYPE[format])
    .header('cache-control', 'private, max-age=3600')
    .header('content-language', lang === 'zh' ? 'zh-CN' : 'en')
    .header('vary', 'Accept-Language');
  if (format === 'json') return reply.send(JSON.stringify(spec));
  return reply.send(await pool.render({ spec, format }));
}

export const chartRoutes: FastifyPluginAsyncZod<{ store: RunStore; pool: SolverPool }> = async (
  app,
  { store, pool },
) => {
  app.get(
    '/v1/charts',
    {
      schema: {
        tags: ['charts'],
        summary: 'chart names of a run, and the metrics of the comparison chart',
        response: { 200: z.object({ charts: z.array(z.string()), compareMetrics: z.array(z.string()) }) },
      },
    },
    async () => ({ charts: [...CHART_NAMES], compareMetrics: [...COMPARE_METRICS] }),
  );

  app.get(
    '/v1/runs/:id/charts/:chart',
    {
      schema: {
        tags: ['charts'],
        summary:
          'one chart of a run: .json (Vega-Lite spec, data inline), .svg or .png; 404 CHART_NOT_FOUND or RUN_NOT_FOUND',
        params: chartParams,
        querystring: chartQuery,
      },
    },
    async (req, reply) => {
      const m = CHART_FILE.exec(req.params.chart);
      if (!m || !isChartName(m[1]))
        throw new ApiError('CHART_NOT_FOUND', {
          message: `no chart \`${req.params.chart}\`; ask for <name>.json, .svg or .png with a name from ${CHART_NAMES.join(', ')}`,
          path: 'chart',
        });
      const result = loadResult(store, req.params.id, 'id');
      const lang = requestLang(req);
      return sendChart(reply, pool, chartSpec(m[1], result, { lang }), m[2] as Format, lang);
    },
  );

  app.get(
    '/v1/compare/:file',
    {
      schema: {
        tags: ['charts'],
        summary: 'the comparison chart of two runs (the first is A): chart.json, chart.svg or chart.png',
        params: compareChartParams,
        querystring: compareChartQuery,
      },
    },
    async (req, reply) => {
      const metrics = parseMetrics(req.query.metrics);
      const ids = req.query.runs.split(',');
      const [a, b] = ids.map((id) => loadResult(store, id, 'runs'));
      const labels = ids.map((id, i) => runLegend(id, store.get(id)?.label ?? null, i === 0 ? 'A' : 'B'));
      const lang = requestLang(req);
      return sendChart(
        reply,
        pool,
        compareSpec(a, b, metrics, labels as [string, string], lang),
        req.params.file.slice('chart.'.length) as Format,
        lang,
      );
    },
  );
};

/** The comparison chart names a run by its run id (as the runs table does) and its label. */
function runLegend(id: string, label: string | null, tag: string): string {
  return `${tag}: ${id}${label ? ` ${label}` : ''}`;
}

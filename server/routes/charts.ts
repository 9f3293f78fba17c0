/**
 * Charts of stored runs: GET /v1/charts (the names), GET /v1/runs/:id/charts/:chart where
 * `:chart` is `<name>.json` (the Vega-Lite spec, data inline), `<name>.svg` or `<name>.png`
 * (the block charts too: `day-blocks` takes `?day=design|coldest|typical-cold|YYYY-MM-DD`, a day the run
 * lacks is a 400 naming `day`; the day is in the cache key),
 * and GET /v1/compare/chart.{json,svg,png}?runs=a,b (two runs on one time axis). Specs are
 * built and drawn on the chart pool (server/chart-renderer.ts: capped, cached, dropped when
 * the client has left), runs longer than a year by the week. Every chart speaks the
 * request's language (`?lang=zh|en`, else `Accept-Language`, else English) and says which in
 * `Content-Language`; `Vary: Accept-Language` keeps caches from mixing the languages.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  BLOCK_CHART_NAMES,
  CHART_DAY_NOT_IN_RUN,
  CHART_NAMES,
  COMPARE_METRICS,
  type CompareMetric,
  isBlockChartName,
  isChartName,
  type Lang,
} from '../../engine/index.ts';
import type { ChartRenderer } from '../chart-renderer.ts';
import type { ChartFormat, ChartTask } from '../chart-worker.ts';
import { clientGoneSignal, clientOf } from '../client-id.ts';
import { ApiError } from '../errors.ts';
import { requestLang } from '../lang.ts';
import { compareQuery, langQuery, runIdParams } from '../schemas.ts';
import type { RunStore } from '../store.ts';

type Format = ChartFormat;
const CHART_FILE = /^([a-z][a-z-]{0,39})\.(json|svg|png)$/;
const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
};

const chartParams = runIdParams.extend({
  chart: z.string().max(60).describe('`<name>.json`, `<name>.svg` or `<name>.png`; names from GET /v1/charts'),
});
const chartQuery = z.object({
  ...langQuery,
  day: z
    .string()
    .max(20)
    .regex(
      /^(design|coldest|typical-cold|\d{4}-\d{2}-\d{2})$/,
      'give design, coldest, typical-cold or a date of the run as YYYY-MM-DD',
    )
    .optional()
    .describe(
      `the day of the day-blocks chart: design (the day of peak heat demand), coldest (the default) or a date of the run, YYYY-MM-DD; the other charts ignore it`,
    ),
});
const compareChartParams = z.strictObject({ file: z.enum(['chart.json', 'chart.svg', 'chart.png']) });
const compareChartQuery = compareQuery.extend({
  metrics: z
    .string()
    .max(200)
    .optional()
    .describe(`comma-separated panels, default coal-stock,gas-cut; any of ${COMPARE_METRICS.join(', ')}`),
  ...langQuery,
});

function runNotFound(id: string, path: string): ApiError {
  return new ApiError('RUN_NOT_FOUND', {
    message: `no stored run has id \`${id}\`; list them with GET /v1/runs`,
    path,
  });
}

/** The stored run's JSON, read when its chart task starts (it may have been deleted meanwhile). */
function loadResultJson(store: RunStore, id: string, path: string): string {
  const json = store.resultJson(id);
  if (json === undefined) throw runNotFound(id, path);
  return json;
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
  req: FastifyRequest,
  reply: FastifyReply,
  renderer: ChartRenderer,
  key: string,
  load: () => ChartTask,
  format: Format,
  lang: Lang,
): Promise<FastifyReply> {
  const out = await renderer.render(
    `${format}\u0000${lang}\u0000${key}`,
    load,
    clientGoneSignal(req, reply),
    clientOf(req),
  );
  if (out === undefined) {
    // The client has gone: nothing was drawn and there is no one to answer.
    reply.hijack();
    reply.raw.destroy();
    return reply;
  }
  return reply
    .type(CONTENT_TYPE[format])
    .header('cache-control', 'private, max-age=3600')
    .header('content-language', lang === 'zh' ? 'zh-CN' : 'en')
    .header('vary', 'Accept-Language')
    .send(out);
}

export const chartRoutes: FastifyPluginAsyncZod<{ store: RunStore; renderer: ChartRenderer }> = async (
  app,
  { store, renderer },
) => {
  app.get(
    '/v1/charts',
    {
      schema: {
        tags: ['charts'],
        summary:
          'chart names of a run, the charts of its intra-day blocks (day-blocks takes ?day=), and the metrics of the comparison chart',
        response: {
          200: z.object({
            charts: z.array(z.string()),
            blockCharts: z.array(z.string()),
            compareMetrics: z.array(z.string()),
          }),
        },
      },
    },
    async () => ({
      charts: [...CHART_NAMES],
      blockCharts: [...BLOCK_CHART_NAMES],
      compareMetrics: [...COMPARE_METRICS],
    }),
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
      if (!m || !(isChartName(m[1]) || isBlockChartName(m[1])))
        throw new ApiError('CHART_NOT_FOUND', {
          message: `no chart \`${req.params.chart}\`; ask for <name>.json, .svg or .png with a name from ${[...CHART_NAMES, ...BLOCK_CHART_NAMES].join(', ')}`,
          path: 'chart',
        });
      const { id } = req.params;
      if (store.get(id) === undefined) throw runNotFound(id, 'id');
      const chart = m[1];
      const format = m[2] as Format;
      const lang = requestLang(req);
      // Only day-blocks reads the day: the others keep one cache entry whatever `day` says.
      const day = chart === 'day-blocks' ? req.query.day : undefined;
      const load = (): ChartTask => ({
        kind: 'run',
        resultJson: loadResultJson(store, id, 'id'),
        chart,
        lang,
        format,
        day,
      });
      const key = `run\u0000${id}\u0000${chart}\u0000${day ?? ''}`;
      try {
        return await sendChart(req, reply, renderer, key, load, format, lang);
      } catch (err) {
        const message = err instanceof Error ? err.message : '';
        if (!message.includes(CHART_DAY_NOT_IN_RUN)) throw err;
        throw new ApiError('BAD_REQUEST', {
          message: message.slice(message.indexOf(CHART_DAY_NOT_IN_RUN)),
          path: 'day',
        });
      }
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
      const [a, b] = req.query.runs.split(',');
      for (const id of [a, b]) if (store.get(id) === undefined) throw runNotFound(id, 'runs');
      const labels = [a, b].map((id, i) => runLegend(id, store.get(id)?.label ?? null, i === 0 ? 'A' : 'B')) as [
        string,
        string,
      ];
      const lang = requestLang(req);
      const format = req.params.file.slice('chart.'.length) as Format;
      const load = (): ChartTask => ({
        kind: 'compare',
        resultJsons: [loadResultJson(store, a, 'runs'), loadResultJson(store, b, 'runs')],
        metrics,
        labels,
        lang,
        format,
      });
      // The legend's labels are in the key: renaming a run changes the chart.
      const key = `compare\u0000${JSON.stringify([a, b, metrics ?? null, labels])}`;
      return sendChart(req, reply, renderer, key, load, format, lang);
    },
  );
};

/** The comparison chart names a run by its run id (as the runs table does) and its label. */
function runLegend(id: string, label: string | null, tag: string): string {
  return `${tag}: ${id}${label ? ` ${label}` : ''}`;
}

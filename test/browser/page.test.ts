/**
 * End to end: the what-if page in headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core) against the real app on 127.0.0.1. Runs the demo with a cold wave and a gas
 * cut, waits for the six charts, checks every summary value shown equals the API's, runs a
 * second variant, compares the two, and saves screenshots under test/browser/out/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { CHART_NAMES, type RunResult } from '../../engine/index.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium.ts';

/** The page's globals as the callbacks below use them (they run in the browser; tsconfig has no DOM lib). */
declare const document: {
  body: { dataset: Record<string, string | undefined> };
  querySelector(selector: string): unknown;
};

const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const DEMO = 'demo_beijing_2012';
/** data-field of the page → key of RunResult.summary. */
const FIELDS: Record<string, keyof RunResult['summary']> = {
  'first-reserve-breach': 'firstReserveBreach',
  'min-days-of-cover': 'minDaysOfCover',
  'min-days-of-cover-date': 'minDaysOfCoverDate',
  'homes-protected': 'homesProtected',
  'unserved-heat': 'unservedHeatMWh',
  'unserved-residential-heat': 'unservedResidentialHeatMWh',
  cost: 'costYuan',
  'supply-cost': 'supplyCostYuan',
  'shortage-cost': 'shortageCostYuan',
  'cold-wave-days': 'coldWaveDays',
  'coal-burn': 'coalBurnT',
  'gas-supplied': 'gasSuppliedM3',
  'peak-demand': 'peakDemandMW',
  days: 'days',
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED test/browser/page.test.ts: ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('the what-if page in Chromium', () => {
  let app: FastifyInstance;
  let base = '';
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    const { buildApp } = await import('../../server/app.ts');
    const dataDir = mkdtempSync(join(tmpdir(), 'baogong-page-db-'));
    const profile = mkdtempSync(join(tmpdir(), 'baogong-chromium-'));
    dirs.push(dataDir, profile);
    app = buildApp({ dbFile: join(dataDir, 'runs.db') });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const { chromium } = await import('playwright-core');
    // playwright takes the fresh profile folder as the persistent context's --user-data-dir.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1200, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()}`);
    });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const state = () => page.evaluate(() => document.body.dataset.state);
  async function waitForState(...wanted: string[]): Promise<void> {
    await page.waitForFunction((w) => w.includes(document.body.dataset.state ?? ''), wanted, { timeout: 150_000 });
  }
  async function clickRunAndWait(): Promise<string> {
    await page.click('#run');
    await waitForState('done', 'error');
    expect(await state(), (await page.textContent('#status')) ?? '').toBe('done');
    await page.waitForFunction(
      (names) =>
        names.every((n) =>
          document.querySelector(`#chart-${n}[data-rendered="true"] svg, #chart-${n}[data-rendered="true"] canvas`),
        ),
      [...CHART_NAMES],
      { timeout: 60_000 },
    );
    return (await page.textContent('#run-id')) ?? '';
  }

  it('runs the demo with a cold wave and a gas cut, showing the API summary and all charts', async () => {
    await page.goto(`${base}/`);
    await waitForState('ready');
    const options = await page.$$eval('#scenario option', (os) =>
      os.map((o) => (o as unknown as { value: string }).value),
    );
    expect(options).toContain(DEMO);
    await page.selectOption('#scenario', DEMO);
    await waitForState('ready');
    await page.check('#cw-on');
    await page.fill('#cw-start', '2013-01-08');
    await page.fill('#cw-days', '6');
    await page.selectOption('#cw-grade', 'extreme');
    await page.check('#gas-on');
    await page.fill('#gas-pct', '40');
    await page.fill('#gas-start', '2013-01-10');
    await page.fill('#gas-days', '5');
    await page.selectOption('#setpoint', '18');
    const id = await clickRunAndWait();
    expect(id).not.toBe('');

    const result = (await (await fetch(`${base}/v1/runs/${id}`)).json()) as RunResult;
    const links = await page.$$eval('#downloads a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links, 'downloads beside the result').toEqual([
      `/v1/runs/${id}/days.csv`,
      `/v1/runs/${id}`,
      `/v1/runs/${id}/result.xlsx`,
    ]);
    const xlsx = await fetch(`${base}${links[2]}`);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(
      result.days.some((d) => d.date >= '2013-01-08' && d.date <= '2013-01-14' && d.coldWave !== 'none'),
      'the cold wave reached the engine',
    ).toBe(true);
    const shown = await page.$$eval('#summary [data-field][data-value]', (els) =>
      els.map((e) => ({
        field: e.getAttribute('data-field') ?? '',
        value: e.getAttribute('data-value') ?? '',
        text: e.textContent ?? '',
      })),
    );
    const byField = new Map(shown.map((s) => [s.field, s]));
    for (const [field, key] of Object.entries(FIELDS)) {
      expect(byField.has(field), `field ${field} shown`).toBe(true);
      expect(JSON.parse(byField.get(field)!.value), field).toEqual(result.summary[key]);
    }
    for (const [cat, m3] of Object.entries(result.summary.gasCutM3ByCategory)) {
      const cell = byField.get(`gas-cut-${cat}`);
      expect(JSON.parse(cell?.value ?? 'null'), `gas cut ${cat}`).toEqual(m3);
      expect(cell?.text).toMatch(/ m³$/);
    }
    expect(byField.get('unserved-heat')!.text).toMatch(/^[\d,]+ MWh$/);
    expect(byField.get('min-days-of-cover')!.text).toMatch(/^[\d,.]+ d$/);
    expect(byField.get('cost')!.text).toMatch(/^¥[\d,]+$/);
    expect(Number(byField.get('cost')!.text.replace(/[¥,]/g, ''))).toBe(Math.round(result.summary.costYuan));

    const coalTexts = await page.$$eval('#chart-coal-stock svg text', (ts) => ts.map((t) => t.textContent));
    expect(coalTexts).toContain('Coal stock (t)');
    expect(coalTexts).toContain('Date');
    await page.screenshot({ path: join(OUT, 'page.png'), fullPage: true });
  }, 200_000);

  it('lists the runs and compares two', async () => {
    const first = (await page.textContent('#run-id')) ?? '';
    await page.uncheck('#gas-on');
    await page.selectOption('#setpoint', '20');
    const second = await clickRunAndWait();
    expect(second).not.toBe(first);
    await page.waitForSelector(`#runs tbody tr[data-run-id="${second}"]`);
    await page.check(`#runs tbody tr[data-run-id="${first}"] input[type=checkbox]`);
    await page.check(`#runs tbody tr[data-run-id="${second}"] input[type=checkbox]`);
    await page.click('#compare');
    await waitForState('done', 'error');
    expect(await state(), (await page.textContent('#status')) ?? '').toBe('done');
    await page.waitForSelector('#chart-compare[data-rendered="true"] svg');
    const api = (await (await fetch(`${base}/v1/compare?runs=${first},${second}`)).json()) as {
      runs: Array<{ summary: Record<string, unknown> }>;
    };
    const cost = await page.$$eval('#compare-table tr[data-field="cost"] td[data-value]', (tds) =>
      tds.map((t) => Number(t.getAttribute('data-value'))),
    );
    expect(cost).toEqual([api.runs[0].summary.costYuan, api.runs[1].summary.costYuan]);
    const texts = await page.$$eval('#chart-compare svg text', (ts) => ts.map((t) => t.textContent));
    expect(texts).toContain('Coal stock (t)');
    expect(texts).toContain('Gas (m³/day)');
    await page.screenshot({ path: join(OUT, 'page-compare.png'), fullPage: true });
    await page.screenshot({ path: join(OUT, 'page-top.png') });
    expect(pageErrors).toEqual([]);
  }, 200_000);
});

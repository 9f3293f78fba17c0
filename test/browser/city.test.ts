/**
 * "Your scenarios" in headless Chromium (the launch of page.test.ts): start from the county
 * template, change a source's capacity and a yard's opening stock, make a field invalid and
 * see the message beside it, fix it, save, run it with the what-if controls, then restart the
 * server (a new app on the same database file) and reopen the saved scenario with its edits.
 * On the way: the what-if starts as the baseline (no cold wave), ticking the cold wave previews
 * its temperatures, the run's label shows in the runs table, and the page's XLSX link answers a
 * workbook.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium.ts';

/** The page's globals as the callbacks below use them (they run in the browser; tsconfig has no DOM lib). */
declare const document: {
  body: { dataset: Record<string, string | undefined> };
  querySelector(selector: string): { dataset: Record<string, string | undefined> } | null;
};

const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const CAPACITY = 'input[data-path="sources[0].capacityMW"]';
const STOCK = 'input[data-path="yards[0].openingStockT"]';
const CAPACITY_ERROR = '[data-error-for="sources[0].capacityMW"]';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED test/browser/city.test.ts: ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('your scenarios in Chromium', () => {
  let app: FastifyInstance;
  let base = '';
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const dirs: string[] = [];
  let dbFile = '';

  async function startApp(): Promise<void> {
    const { buildApp } = await import('../../server/app.ts');
    app = buildApp({ dbFile, rateLimitPerMinute: 0 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baogong-city-db-'));
    const profile = mkdtempSync(join(tmpdir(), 'baogong-chromium-'));
    dirs.push(dataDir, profile);
    dbFile = join(dataDir, 'store.db');
    await startApp();
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1200, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('response', (r) => {
      // validation answers 400 on purpose while a field is invalid
      if (r.status() >= 400 && !r.url().endsWith('/v1/scenarios/validate')) pageErrors.push(`${r.status()} ${r.url()}`);
    });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const cityState = () => page.evaluate(() => document.querySelector('#city')?.dataset.state);
  async function waitForChecked(): Promise<string | undefined> {
    await page.waitForFunction(
      () => ['valid', 'invalid'].includes(document.querySelector('#city')?.dataset.state ?? ''),
      null,
      {
        timeout: 30_000,
      },
    );
    return cityState();
  }

  it('edits the county template, shows a problem beside its field, saves and runs it', async () => {
    await page.goto(`${base}/`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    await page.waitForSelector('#city-from option[value="template:county"]', { state: 'attached' });
    await page.selectOption('#city-from', 'template:county');
    await page.click('#city-start');
    expect(await waitForChecked()).toBe('valid');
    expect(await page.inputValue(CAPACITY)).toBe('150');

    await page.fill(CAPACITY, '165');
    await page.fill(STOCK, '90000');
    expect(await waitForChecked()).toBe('valid');

    await page.fill(CAPACITY, '-5');
    expect(await waitForChecked()).toBe('invalid');
    expect(await page.textContent(CAPACITY_ERROR)).toMatch(/>=\s*0|≥ 0/);
    expect(await page.getAttribute(CAPACITY, 'class')).toContain('invalid');
    await page.screenshot({ path: join(OUT, 'city-invalid.png'), fullPage: true });

    await page.fill(CAPACITY, '165');
    expect(await waitForChecked()).toBe('valid');
    expect(await page.textContent(CAPACITY_ERROR)).toBe('');

    // add a source by copying the first one (a fresh id), check it, and remove it again
    const sourceRows = '#city-tables fieldset[data-table="sources"] tbody tr';
    const before = await page.locator(sourceRows).count();
    await page.click(`${sourceRows}:first-child button:text("Copy")`);
    expect(await page.locator(sourceRows).count()).toBe(before + 1);
    expect(await page.textContent(`${sourceRows}:nth-child(2) td:first-child`)).toMatch(/_2 \(/);
    expect(await waitForChecked()).toBe('valid');
    await page.click(`${sourceRows}:nth-child(2) button:text("Remove")`);
    expect(await page.locator(sourceRows).count()).toBe(before);
    expect(await page.inputValue(CAPACITY)).toBe('165');
    expect(await waitForChecked()).toBe('valid');

    await page.fill('#city-name', 'county, my edits');
    await page.click('#city-save');
    await page.waitForSelector('#saved tbody tr');
    expect(await page.textContent('#saved tbody tr td')).toBe('county, my edits');
    const saved = (await (await fetch(`${base}/v1/saved`)).json()) as { saved: Array<{ id: string }> };
    expect(saved.saved).toHaveLength(1);
    const one = (await (await fetch(`${base}/v1/saved/${saved.saved[0].id}`)).json()) as {
      scenario: { sources: Array<{ capacityMW: number }>; yards: Array<{ openingStockT: number }> };
    };
    expect(one.scenario.sources[0].capacityMW).toBe(165);
    expect(one.scenario.yards[0].openingStockT).toBe(90000);

    await page.click('#city-use');
    await page.waitForSelector('#using-saved:not([hidden])');
    // A freshly opened scenario runs as its baseline: no cold wave ticked.
    expect(await page.isChecked('#cw-on')).toBe(false);
    expect(await page.isHidden('#cw-preview')).toBe(true);
    // Ticking the cold wave previews the temperatures it will produce, before and after injection.
    await page.check('#cw-on');
    await page.waitForSelector('#cw-preview[data-state="ready"] #cw-preview-table tr[data-date]');
    const preview = await page.$$eval('#cw-preview-table tr[data-date]', (trs) =>
      trs.map((tr) =>
        Array.from(
          (
            tr as unknown as { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }
          ).querySelectorAll('td'),
        ).map((td) => td.textContent ?? ''),
      ),
    );
    expect(preview.length).toBeGreaterThan(5);
    expect(preview[0][1]).toMatch(/°C$/);
    expect(
      preview.some((cells) => cells[5] !== 'none'),
      'a graded day in the preview',
    ).toBe(true);
    await page.waitForSelector('#cw-preview-table svg, #cw-preview .chart svg', { state: 'attached' });
    await page.screenshot({ path: join(OUT, 'city-cold-wave-preview.png') });
    await page.uncheck('#cw-on');
    await page.waitForSelector('#cw-preview', { state: 'hidden' });

    await page.selectOption('#mode', 'season');
    await page.fill('#run-label', 'county baseline');
    await page.click('#run');
    await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state ?? ''), null, {
      timeout: 150_000,
    });
    expect(await page.evaluate(() => document.body.dataset.state), (await page.textContent('#status')) ?? '').toBe(
      'done',
    );
    const runId = (await page.textContent('#run-id')) ?? '';
    const run = (await (await fetch(`${base}/v1/runs/${runId}`)).json()) as {
      scenarioId: string;
      label: string;
      whatIf: { coldWaves: unknown[] };
    };
    expect(run.scenarioId).toBe('my_county');
    expect(run.label).toBe('county baseline');
    expect(run.whatIf.coldWaves).toEqual([]);
    await page.waitForSelector(`#runs tbody tr[data-run-id="${runId}"]`);
    expect(await page.textContent(`#runs tbody tr[data-run-id="${runId}"] td[data-field="label"]`)).toBe(
      'county baseline',
    );
    expect(await page.textContent(`#runs tbody tr[data-run-id="${runId}"] td[data-field="what-if"]`)).toMatch(
      /^baseline/,
    );
    // The workbook link of the result, fetched by the page itself.
    const href = (await page.getAttribute('#dl-xlsx', 'href')) ?? '';
    expect(href).toBe(`/v1/runs/${runId}/result.xlsx`);
    const xlsx = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        head: [bytes[0], bytes[1]],
        size: bytes.length,
      };
    }, href);
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String.fromCharCode(...xlsx.head), 'a zip (XLSX) file').toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await fetch(`${base}${href}`)).arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['days', 'summary', 'yards', 'gas']);
    await page.screenshot({ path: join(OUT, 'city-run.png'), fullPage: true });
  }, 240_000);

  it('reopens the saved scenario after a server restart on the same database', async () => {
    await app.close();
    await startApp();
    await page.goto(`${base}/`);
    await page.waitForSelector('#saved tbody tr');
    await page.click('#saved tbody tr button:text("Open")');
    expect(await waitForChecked()).toBe('valid');
    expect(await page.inputValue(CAPACITY)).toBe('165');
    expect(await page.inputValue(STOCK)).toBe('90000');
    expect(await page.inputValue('#city-name')).toBe('county, my edits');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

/**
 * The run panel's intra-day block charts in Chromium (server/public/block-charts.js): a run of
 * the demo at 4 blocks a day (posted to the API, shown from the runs table) draws the
 * peak-electricity chart and the day-blocks chart of the coldest day; the day picker asks the
 * API for the design day, a date of the run (the date input held to the run's dates; a date
 * outside them asks nothing), and in Chinese its labels are Chinese and the charts are asked
 * again in Chinese for the same day. A run of one block a day shows neither and asks for neither.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/chromium.ts';
import { type PageSession, startPageSession } from './launch-page.ts';

declare const document: {
  body: { dataset: Record<string, string | undefined> };
  documentElement: { lang: string };
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED test/browser/block-charts.test.ts: ${CHROMIUM} is absent`);

const waitFor = (page: Page, ...states: string[]) =>
  page.waitForFunction((w) => w.includes(document.body.dataset.state ?? ''), states, { timeout: 60_000 });
/** Waits until the day-blocks box has drawn `day`. */
const dayDrawn = (page: Page, day: string) =>
  page.waitForSelector(`#chart-day-blocks[data-rendered="true"][data-day="${day}"]`, {
    state: 'attached',
    timeout: 30_000,
  });
/** The text of the input's <label> (its own value left out). */
const labelOf = (page: Page, sel: string) =>
  page.$eval(sel, (el) => {
    const { labels } = el as unknown as { labels: Array<{ querySelector(s: string): { textContent: string } | null }> };
    return labels[0]?.querySelector('span')?.textContent ?? null;
  });
const dayTitle = (page: Page) => page.textContent('#chart-day-blocks svg .role-title-text');

/** Watches a page: its block-chart requests, and any error or failed answer. */
function watch(page: Page) {
  const blockUrls: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (/\/charts\/(day-blocks|peak-electricity)\./.test(r.url())) blockUrls.push(decodeURIComponent(r.url()));
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return { blockUrls, problems };
}

describe.skipIf(!haveChromium)('the block charts of a run', () => {
  let session: PageSession;
  let blockRun = '';
  beforeAll(async () => {
    session = await startPageSession();
    const res = await fetch(`${session.base}/v1/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        base: 'demo_beijing_2012',
        overrides: { dispatch: { blocksPerDay: 4, mode: 'season' } },
        label: 'four blocks',
      }),
    });
    expect(res.status).toBe(201);
    const run = (await res.json()) as { id: string; summary: { blocksPerDay?: number } };
    expect(run.summary.blocksPerDay).toBe(4);
    blockRun = run.id;
  }, 90_000);
  afterAll(async () => {
    await session?.close();
  });

  it('draws both for a run with blocks, the picked day asked for, in English and Chinese', async () => {
    const { page } = await session.browser({ locale: 'en-US' });
    const { blockUrls, problems } = watch(page);
    await page.goto(`${session.base}/`);
    await waitFor(page, 'ready');
    expect(blockUrls).toEqual([]);
    await page.click(`#runs tbody tr[data-run-id="${blockRun}"] button`);
    await page.waitForSelector('#chart-peak-electricity[data-rendered="true"]', { state: 'attached', timeout: 30_000 });
    await dayDrawn(page, 'coldest');
    expect(await page.isVisible('#block-charts')).toBe(true);
    expect(await page.textContent('#block-charts-h')).toBe('Within the day (4 blocks a day)');
    expect(await page.textContent('#chart-peak-electricity svg .role-title-text')).toMatch(/^Peak-block electricity/);
    expect(blockUrls.sort()).toEqual(
      [
        `/v1/runs/${blockRun}/charts/day-blocks.json?day=coldest&lang=en`,
        `/v1/runs/${blockRun}/charts/peak-electricity.json?lang=en`,
      ].map((p) => `${session.base}${p}`),
    );
    // the inputs have their labels, and the date waits for "a date"
    expect(await page.getAttribute('#block-date', 'min')).toBe('2012-11-15');
    expect(await page.getAttribute('#block-date', 'max')).toBe('2013-03-15');
    expect(await page.isDisabled('#block-date')).toBe(true);
    expect(await labelOf(page, '#block-day')).toBe('Day');
    expect(await labelOf(page, '#block-date')).toBe('Date');
    const coldestTitle = await dayTitle(page);
    expect(coldestTitle).toMatch(/^The blocks of /);

    blockUrls.length = 0;
    await page.selectOption('#block-day', 'design');
    await dayDrawn(page, 'design');
    expect(blockUrls).toEqual([`${session.base}/v1/runs/${blockRun}/charts/day-blocks.json?day=design&lang=en`]);

    // a date: the input opens on the design day (the run's peak), then another date of the run
    blockUrls.length = 0;
    await page.selectOption('#block-day', 'date');
    await dayDrawn(page, '2012-12-24');
    expect(await page.inputValue('#block-date')).toBe('2012-12-24');
    await page.fill('#block-date', '2013-02-01');
    await dayDrawn(page, '2013-02-01');
    expect(blockUrls).toEqual(
      ['2012-12-24', '2013-02-01'].map(
        (d) => `${session.base}/v1/runs/${blockRun}/charts/day-blocks.json?day=${d}&lang=en`,
      ),
    );
    const dateTitle = await dayTitle(page);
    expect(dateTitle).toMatch(/^The blocks of /);
    expect(dateTitle).not.toBe(coldestTitle);
    // a date outside the run asks nothing and is marked invalid
    blockUrls.length = 0;
    await page.fill('#block-date', '2014-01-01');
    expect(await page.getAttribute('#block-date', 'aria-invalid')).toBe('true');
    await page.fill('#block-date', '2013-02-01');
    await dayDrawn(page, '2013-02-01');
    expect(blockUrls).toEqual([`${session.base}/v1/runs/${blockRun}/charts/day-blocks.json?day=2013-02-01&lang=en`]);

    // Chinese: the picker's labels, and both charts asked again in Chinese for the same day
    blockUrls.length = 0;
    await page.click('#lang-switch [data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.waitForFunction(() => {
      const q = (s: string) =>
        (document as unknown as { querySelector(s: string): { dataset: Record<string, string> } | null }).querySelector(
          s,
        );
      return (
        q('#chart-peak-electricity')?.dataset.rendered === 'true' && q('#chart-day-blocks')?.dataset.rendered === 'true'
      );
    });
    expect(await page.textContent('#block-charts-h')).toBe('日内时段（每日 4 个时段）');
    expect(await page.textContent('#block-day-picker legend')).toBe('时段图的日期');
    expect(await page.textContent('#block-day option[value="design"]')).toBe('设计日（热负荷最高日）');
    expect(await page.textContent('#block-day option[value="coldest"]')).toBe('最冷日');
    expect(await labelOf(page, '#block-day')).toBe('日期');
    expect(await labelOf(page, '#block-date')).toBe('选定日期');
    expect(await page.inputValue('#block-day')).toBe('date');
    expect(blockUrls.sort()).toEqual([
      `${session.base}/v1/runs/${blockRun}/charts/day-blocks.json?day=2013-02-01&lang=zh`,
      `${session.base}/v1/runs/${blockRun}/charts/peak-electricity.json?lang=zh`,
    ]);
    expect(await dayTitle(page)).not.toMatch(/^The blocks/);
    expect(problems).toEqual([]);
  }, 90_000);

  it('shows neither for a run of one block a day, and asks for neither', async () => {
    const { page } = await session.browser({ locale: 'en-US' });
    const { blockUrls, problems } = watch(page);
    await page.goto(`${session.base}/`);
    await waitFor(page, 'ready');
    // first the run with blocks, then a one-block run: the block charts go away
    await page.click(`#runs tbody tr[data-run-id="${blockRun}"] button`);
    await dayDrawn(page, 'coldest');
    blockUrls.length = 0;
    await page.selectOption('#mode', 'season');
    await page.click('#run');
    await waitFor(page, 'done', 'error');
    expect(await page.textContent('#status')).toMatch(/^Run \S+ solved in/);
    await page.waitForSelector('#charts [data-chart="cost"][data-rendered="true"]', { state: 'attached' });
    expect(await page.isHidden('#block-charts')).toBe(true);
    expect(await page.$$('#block-charts svg')).toHaveLength(0);
    expect(blockUrls).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);
});

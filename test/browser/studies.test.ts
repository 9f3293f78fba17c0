/**
 * The studies panel in headless Chromium: on a server with a queue (a throwaway Redis, a
 * worker in this process), "Start study" shows the study's progress, then its probability
 * table and its figures per season with units; on a server without one the panel is greyed
 * and says how to turn studies on. The library is one 30-day scenario of constant weather, so
 * a study of 6 seasons costs about a second. "province study" runs the hand-checked two-city
 * study (3 days a city) from the library's studies/ folder and shows the province's table and
 * the per-city one.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/chromium.ts';
import { constantMonth } from '../support/constant-month.ts';
import { studyQueue } from '../support/studies-server.ts';
import { type PageSession, startPageSession } from './launch-page.ts';

declare const document: {
  querySelector(selector: string): { dataset: Record<string, string | undefined> } | null;
  documentElement: { lang: string };
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED test/browser/studies.test.ts: ${CHROMIUM} is absent (apt-get install -y chromium)`);

const month = {
  ...constantMonth('page_month'),
  name: 'A month of constant cold',
  risk: { coalDisruptions: { eventsPerSeason: 3 }, gasDisruptions: { eventsPerSeason: 2 } },
};

describe.skipIf(!haveChromium)('the studies panel', () => {
  const queue = studyQueue();
  const sessions: PageSession[] = [];
  const library = mkdtempSync(join(tmpdir(), 'baogong-page-library-'));

  beforeAll(async () => {
    writeFileSync(join(library, 'page-month.json'), JSON.stringify(month));
    // the two-city study and its scenarios in studies/ (not in the scenario list of the page)
    mkdirSync(join(library, 'studies'));
    for (const f of ['two-cities.json', 'city-a.json', 'city-b.json', 'weather.csv'])
      copyFileSync(new URL(`../fixtures/province/${f}`, import.meta.url), join(library, 'studies', f));
    await queue.start();
    await queue.startWorker('page-worker');
  }, 60_000);
  afterAll(async () => {
    for (const s of sessions) await s.close();
    await queue.close();
    rmSync(library, { recursive: true, force: true });
  });

  it('starts a study of the chosen scenario, shows its progress, then its probability table', async () => {
    const session = await startPageSession(undefined, { queueUrl: queue.redis.url, libraryDir: library });
    sessions.push(session);
    const { page } = await session.browser();
    await page.goto(session.base);
    await page.waitForFunction(() => document.querySelector('#studies')?.dataset.state === 'idle', null, {
      timeout: 60_000,
    });
    await page.fill('#study-runs', '6');
    await page.fill('#study-seed', '3');
    await page.click('#study-start');
    await page.waitForFunction(
      () => ['done', 'failed', 'error'].includes(document.querySelector('#studies')?.dataset.state ?? ''),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await page.textContent('#study-status')).toMatch(/^Study risk-\S+ done: 6 seasons in \d+ s\.$/);
    expect(await page.getAttribute('#study-progress', 'value')).toBe('6');
    const rows = await page.$$eval('#study-probabilities tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)),
    );
    expect(rows[0]).toEqual(['Probability over the seasons', 'Share of seasons', '95 % interval', 'Seasons']);
    expect(rows.map((r) => r[0]).slice(1)).toEqual([
      'a yard below its 30-day reserve floor',
      "homes cut (homes' gas or their heat)",
      'any heat unserved',
      'any gas cut',
    ]);
    for (const r of rows.slice(1)) {
      expect(r[1]).toMatch(/^\d+\.\d %$/);
      expect(r[3]).toMatch(/^\d \/ 6$/);
    }
    const figures = await page.$$eval('#study-figures tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)),
    );
    expect(figures[0]).toEqual(['Figure per season', 'Mean', 'P1', 'P10', 'P50', 'P90', 'P99']);
    expect(figures[1]?.[0]).toBe('Unserved heat');
    expect(figures[1]?.[4]).toMatch(/ MWh$/);
    expect(figures[2]?.[4]).toMatch(/ m³$/);
    expect(await page.isVisible('#study-cancel')).toBe(false);
  }, 120_000);

  it('a province study: the shipped study chosen, then the province table and the per-city table', async () => {
    const session = await startPageSession(undefined, { queueUrl: queue.redis.url, libraryDir: library });
    sessions.push(session);
    const { page } = await session.browser();
    await page.goto(session.base);
    await page.waitForFunction(() => document.querySelector('#studies')?.dataset.state === 'idle', null, {
      timeout: 60_000,
    });
    expect(await page.isVisible('#study-library')).toBe(false);
    await page.selectOption('#study-kind', 'province');
    expect(await page.isVisible('#study-scope-province')).toBe(true);
    expect(await page.$$eval('#study-library option', (os) => os.map((o) => o.getAttribute('value')))).toEqual([
      'two_cities',
    ]);
    await page.fill('#study-runs', '4');
    await page.click('#study-start');
    await page.waitForFunction(
      () => ['done', 'failed', 'error'].includes(document.querySelector('#studies')?.dataset.state ?? ''),
      null,
      { timeout: 60_000 },
    );
    expect(await page.textContent('#study-status')).toMatch(/^Study province-\S+ done: 4 seasons in \d+ s\.$/);
    const cells = (sel: string) =>
      page.$$eval(`${sel} tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    const probabilities = await cells('#study-probabilities');
    expect(probabilities.map((r) => r[0])).toEqual([
      'Probability that some city …',
      "cuts homes' gas",
      'has a yard below its reserve floor',
      'fails (cuts homes or breaches a floor)',
    ]);
    for (const r of probabilities.slice(1)) expect(r[3]).toMatch(/^\d \/ 4$/);
    const figures = await cells('#study-figures');
    expect(figures[0]).toEqual(['Province, per season', 'P50', 'P90', 'P99']);
    expect(figures[1]?.[2]).toMatch(/ MWh$/);
    expect(figures[2]?.[2]).toMatch(/ m³$/);
    const cities = await cells('#study-cities');
    expect(cities[0]).toEqual(['City', "Homes' gas cut", 'Yard below its floor', 'Fails', 'Fails first']);
    expect(cities).toHaveLength(3);
    for (const r of cities.slice(1)) for (const c of r.slice(1)) expect(c).toMatch(/^\d+\.\d %$/);
    // in Chinese: the tables and the study's name re-said
    await page.click('#lang-switch [data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect((await cells('#study-cities'))[0]?.[0]).toBe('城市');
    expect((await cells('#study-probabilities'))[1]?.[0]).toBe('压减居民用气');
  }, 120_000);

  it('without a queue: the panel is greyed and says how to turn studies on', async () => {
    const session = await startPageSession(undefined, { libraryDir: library });
    sessions.push(session);
    const { page } = await session.browser();
    await page.goto(session.base);
    await page.waitForFunction(() => document.querySelector('#studies')?.dataset.state === 'off', null, {
      timeout: 60_000,
    });
    expect(await page.isVisible('#studies-off')).toBe(true);
    expect(await page.textContent('#studies-off')).toContain('BAOGONG_QUEUE=redis://');
    expect(await page.isDisabled('#study-start')).toBe(true);
  }, 120_000);
});

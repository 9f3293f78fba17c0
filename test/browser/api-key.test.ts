/**
 * The page on a server with API keys, in headless Chromium: the first API call answers 401, so
 * the page shows its key form; a wrong key is refused and the form says so; the right key
 * loads the scenario library, and later calls carry it (the page reaches `ready`); a runner's
 * run downloads its day table through the key (a plain link would answer 401).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../server/keys.ts';
import { RunStore } from '../../server/store.ts';
import { CHROMIUM } from '../support/chromium.ts';
import { type PageSession, startPageSession } from './launch-page.ts';

declare const document: {
  body: { dataset: Record<string, string | undefined> };
  querySelector(selector: string): { hidden: boolean; textContent: string } | null;
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED test/browser/api-key.test.ts: ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('the page asks for an API key on 401', () => {
  let session: PageSession;
  let page: Page;
  let dir: string;
  let secret: string;
  let runner: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baogong-page-keys-'));
    const dbFile = join(dir, 'runs.db');
    const seed = new RunStore(dbFile);
    const keys = new KeyStore(seed.database);
    secret = keys.create('browser', 'reader').secret;
    runner = keys.create('browser-runner', 'runner').secret;
    seed.close();
    session = await startPageSession(dbFile);
    ({ page } = await session.browser());
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the form, refuses a wrong key, and works with the right one', async () => {
    await page.goto(session.base);
    await page.waitForSelector('#api-key:not([hidden])', { timeout: 60_000 });
    expect(await page.textContent('#api-key-text')).toContain('needs an API key');
    await page.fill('#api-key-input', 'bgk_wrongwrongwr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
    await page.click('#api-key button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#api-key-text')?.textContent?.includes('refused'), null, {
      timeout: 30_000,
    });
    expect(await page.isVisible('#api-key')).toBe(true);
    await page.fill('#api-key-input', secret);
    await page.click('#api-key button[type="submit"]');
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    expect(await page.isVisible('#api-key')).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('baogong.apiKey'))).toBe(secret);
  }, 120_000);

  it("downloads a run's day table with the key", async () => {
    const { page: p } = await session.browser();
    await p.goto(session.base);
    await p.waitForSelector('#api-key:not([hidden])', { timeout: 60_000 });
    await p.fill('#api-key-input', runner);
    await p.click('#api-key button[type="submit"]');
    await p.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    await p.click('#run');
    await p.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state ?? ''), null, {
      timeout: 120_000,
    });
    expect(await p.evaluate(() => document.body.dataset.state)).toBe('done');
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 30_000 }), p.click('#dl-csv')]);
    expect(download.suggestedFilename()).toBe('days.csv');
    const file = await download.path();
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^date,/);
  }, 180_000);
});
declare const sessionStorage: { getItem(k: string): string | null };

/**
 * The page on a server with API keys, in headless Chromium: the first API call answers 401, so
 * the page shows its key form; a wrong key is refused and the form says so; the right key
 * loads the scenario library, and later calls carry it (the page reaches `ready`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baogong-page-keys-'));
    const dbFile = join(dir, 'runs.db');
    const seed = new RunStore(dbFile);
    secret = new KeyStore(seed.database).create('browser', 'reader').secret;
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
});
declare const sessionStorage: { getItem(k: string): string | null };

/**
 * The catalogue's two languages hold the same keys, each text the same `{{parameters}}`, and
 * no text is empty: a key added in one language only, or a parameter renamed in one, fails.
 */
import { describe, expect, it } from 'vitest';
import { leaves } from '../support/catalogue-leaves.ts';
import { CATALOGUES } from '../../engine/index.ts';

const params = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('catalogue parity (zh ↔ en)', () => {
  const en = leaves(CATALOGUES.en);
  const zh = leaves(CATALOGUES.zh);

  it('has the same keys in both languages', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
    expect(en.size).toBeGreaterThan(50);
  });

  it('gives every text the same parameters in both languages', () => {
    const differ = [...en].filter(
      ([k, text]) => JSON.stringify(params(text)) !== JSON.stringify(params(zh.get(k) ?? '')),
    );
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('has no empty text, and the Chinese texts are Chinese', () => {
    expect([...en, ...zh].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    const han = /\p{Script=Han}/u;
    const zhWithHan = [...zh.values()].filter((v) => han.test(v)).length;
    expect(zhWithHan / zh.size).toBeGreaterThan(0.8);
  });

  it('fails on a key missing from one side (the check itself can fail)', () => {
    const broken = leaves({ ...CATALOGUES.zh, domain: { ...CATALOGUES.zh.domain, term: {} } });
    expect([...en.keys()].filter((k) => !broken.has(k)).length).toBeGreaterThan(0);
  });
});

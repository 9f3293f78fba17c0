/**
 * The page's scenario form adds and removes rows through pure helpers (server/public/city-form.js):
 * a copied row gets an id no other row has and keeps its outages; removing takes out one row;
 * the categories that can be added are the engine's own.
 */
import { describe, expect, it } from 'vitest';
import { GAS_CATEGORIES as ENGINE_CATEGORIES } from '../../engine/index.ts';
import { DEFAULT_PROTECT_ORDER as ENGINE_ORDER } from '../../engine/index.ts';

type Row = {
  id: string;
  capacityMW: number;
  outages?: Array<{ start: string; end: string; availableFraction: number }>;
};
// the page's module is plain browser JavaScript, loaded by URL as the page loads it
const formUrl: string = new URL('../../server/public/city-form.js', import.meta.url).href;
const { copyRow, removeRow, GAS_CATEGORIES, DEFAULT_PROTECT_ORDER } = (await import(formUrl)) as {
  copyRow: (rows: Row[], i: number) => Row[];
  removeRow: (rows: Row[], i: number) => Row[];
  GAS_CATEGORIES: string[];
  DEFAULT_PROTECT_ORDER: string[];
};

describe("the scenario form's row helpers", () => {
  const rows: Row[] = [
    { id: 'chp', capacityMW: 300, outages: [{ start: '2013-01-01', end: '2013-01-05', availableFraction: 0 }] },
    { id: 'chp_2', capacityMW: 100 },
    { id: 'boiler', capacityMW: 50 },
  ];

  it('copies a row after itself with a fresh id, outages and all, without touching the original', () => {
    const out = copyRow(rows, 0);
    expect(out.map((r) => r.id)).toEqual(['chp', 'chp_3', 'chp_2', 'boiler']);
    expect(out[1]).toEqual({ ...rows[0], id: 'chp_3' });
    out[1].outages![0].availableFraction = 0.5;
    expect(rows[0].outages![0].availableFraction).toBe(0);
    expect(copyRow(rows, 2).map((r) => r.id)).toEqual(['chp', 'chp_2', 'boiler', 'boiler_2']);
  });

  it('removes one row', () => {
    expect(removeRow(rows, 1).map((r) => r.id)).toEqual(['chp', 'boiler']);
    expect(rows).toHaveLength(3);
  });

  it("offers the engine's gas categories and priority order", () => {
    expect([...GAS_CATEGORIES].sort()).toEqual([...ENGINE_CATEGORIES].sort());
    expect(DEFAULT_PROTECT_ORDER).toEqual(ENGINE_ORDER);
  });
});

/** The server's pure pieces: the merge patch, the body inspection, the summary diff, the content hash, the store. */
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../engine/index.ts';
import { diffSummaries } from '../../server/compare.ts';
import { inspectBody } from '../../server/json-body.ts';
import { mergePatch } from '../../server/merge.ts';
import { contentHash } from '../../server/resolve-scenario.ts';
import { RunStore } from '../../server/store.ts';
import { oneDayCoal } from './helpers.ts';

describe('mergePatch', () => {
  it('merges objects, replaces arrays and scalars, removes keys set to null, leaves the base alone', () => {
    const base = { a: { b: 1, c: [1, 2], d: { e: 1 } }, f: 'x', g: 1 };
    const out = mergePatch(base, { a: { c: [9], d: { h: 2 } }, f: null, i: { j: 1 } });
    expect(out).toEqual({ a: { b: 1, c: [9], d: { e: 1, h: 2 } }, g: 1, i: { j: 1 } });
    expect(base).toEqual({ a: { b: 1, c: [1, 2], d: { e: 1 } }, f: 'x', g: 1 });
  });

  it('skips prototype keys even when a patch built in code holds them', () => {
    const patch = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"ok":1}');
    const out = mergePatch({}, patch) as Record<string, unknown>;
    expect(out).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes a deep patch where the base has no object, without recursing into it', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(() => mergePatch({ x: 1 }, { x: deep })).not.toThrow();
  });
});

describe('inspectBody', () => {
  it('passes a scenario and names forbidden keys and shapes by path', () => {
    expect(inspectBody(oneDayCoal())).toBeNull();
    expect(inspectBody(JSON.parse('{"a":[{"__proto__":1}]}'))?.toBody()).toMatchObject({
      code: 'FORBIDDEN_KEY',
      path: 'a[0].__proto__',
    });
    expect(inspectBody({ a: { constructor: { prototype: {} } } })?.toBody()).toMatchObject({
      code: 'FORBIDDEN_KEY',
      path: 'a.constructor',
    });
    expect(inspectBody({ constructor: 'fine' })).toBeNull();
    expect(inspectBody({ a: new Array(10_001).fill(0) })?.toBody()).toMatchObject({ code: 'BAD_REQUEST', path: 'a' });
    let deep: unknown = [];
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(inspectBody({ z: deep })?.toBody().path).toMatch(/^z\[0\]\[0\]/);
  });
});

describe('diffSummaries', () => {
  it('gives numbers a delta, other values same-or-not, nested figures key by key', () => {
    const d = diffSummaries(
      { costYuan: 10, firstReserveBreach: null, homesProtected: true, gasCutM3ByCategory: { industrial: 5 } },
      {
        costYuan: 15,
        firstReserveBreach: '2013-01-20',
        homesProtected: true,
        gasCutM3ByCategory: { industrial: 7, commercial: 1 },
      },
    );
    expect(d).toEqual({
      costYuan: { a: 10, b: 15, delta: 5 },
      firstReserveBreach: { a: null, b: '2013-01-20', same: false },
      homesProtected: { a: true, b: true, same: true },
      gasCutM3ByCategory: { industrial: { a: 5, b: 7, delta: 2 }, commercial: { a: null, b: 1, delta: null } },
    });
  });
});

describe('contentHash', () => {
  it('is the same for reordered keys and spelt-out defaults, different for a changed value', () => {
    const validated = (doc: unknown) => {
      const out = checkScenario(doc);
      if (!out.ok) throw new Error(JSON.stringify(out.problems));
      return out.scenario;
    };
    const a = oneDayCoal();
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    expect(contentHash(validated(reordered))).toBe(contentHash(validated(a)));
    expect(contentHash(validated({ ...a, heating: { indoorSetpointC: 18 } }))).toBe(contentHash(validated(a)));
    expect(contentHash(validated({ ...a, name: 'other' }))).not.toBe(contentHash(validated(a)));
  });
});

describe('RunStore', () => {
  it('keeps the first run of an input hash and returns the stored text as is', () => {
    const store = new RunStore(':memory:');
    const run = {
      id: 'r1',
      inputHash: 'h',
      scenarioId: 's',
      createdAt: '2026-01-01T00:00:00.000Z',
      summaryJson: '{"x":1}',
      resultJson: '{"a": 1.50}',
      scenarioJson: '{"name":"n"}',
    };
    expect(store.insert(run).id).toBe('r1');
    expect(store.insert({ ...run, id: 'r2' }).id).toBe('r1');
    expect(store.resultJson('r1')).toBe('{"a": 1.50}');
    expect(store.list({ limit: 10, offset: 0 })).toMatchObject({ total: 1, rows: [{ id: 'r1', scenarioName: 'n' }] });
    expect(store.delete('r1')).toBe(true);
    expect(store.delete('r1')).toBe(false);
    store.close();
  });
});

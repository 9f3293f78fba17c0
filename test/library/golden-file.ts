/**
 * Golden files for the scenario library: test/golden/<id>.json holds `goldenOf(run)` (summary
 * and policy stages, 6 significant figures). A missing golden is created locally (the test
 * passes with a note) and fails in CI (`CI` set); a mismatch writes test/golden/<id>.new.json beside the old file for review — the old
 * one is never overwritten — and fails. Accept a reviewed change by renaming .new.json over it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { RunResult } from '../../engine/index.ts';
import { goldenDiff, goldenOf } from '../../scenarios/library/golden.ts';

export const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));

export function expectGolden(result: RunResult, dir = GOLDEN_DIR): void {
  const id = result.scenarioId;
  const file = join(dir, `${id}.json`);
  const fresh = join(dir, `${id}.new.json`);
  const golden = JSON.parse(JSON.stringify(goldenOf(result))) as unknown;
  const text = `${JSON.stringify(golden, null, 2)}\n`;
  if (!existsSync(file)) {
    // in CI a missing golden is a failure: a golden written and passed there pins nothing
    if (process.env.CI)
      expect.fail(
        `${id}: no golden at ${file}; run the test locally (without CI set) to write one, review it and commit it`,
      );
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
    console.log(`golden: created ${file} (no golden existed for ${id}); review and commit it`);
    return;
  }
  const diff = goldenDiff(JSON.parse(readFileSync(file, 'utf8')), golden);
  if (diff.length === 0) {
    if (existsSync(fresh)) rmSync(fresh); // a stale candidate from an earlier failing run
    return;
  }
  writeFileSync(fresh, text);
  expect.fail(
    `${id}: result differs from ${file} in ${diff.length} place(s); the new result is in ${fresh} for review:\n  ${diff.slice(0, 25).join('\n  ')}`,
  );
}

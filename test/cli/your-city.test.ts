/**
 * docs/your-city.md cannot rot: every JSON snippet in it is part of the `county` template
 * (engine/cli/templates/county.json), its "whole file" is that template, the template
 * validates and runs on its weather, and the figures the tutorial quotes are what the runs
 * give (without and with its cold wave, within the rounding of the text).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, validateScenario, type RunResult } from '../../engine/index.ts';
import { templateFiles } from '../../engine/cli/commands/init.ts';

const text = readFileSync(new URL('../../docs/your-city.md', import.meta.url), 'utf8');
const template = JSON.parse(readFileSync(new URL('../../engine/cli/templates/county.json', import.meta.url), 'utf8'));
const jsonBlocks = [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].map(
  (m) => JSON.parse(m[1]) as Record<string, unknown>,
);
const { $schema: _, ...countyAsWritten } = JSON.parse(templateFiles('my-county', 'county')['scenario.json']);

/** A run on weather.csv as init writes it, in a folder of its own. */
async function run(scenario: object): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'baogong-your-city-'));
  writeFileSync(join(dir, 'weather.csv'), templateFiles('my-county', 'county')['weather.csv']);
  return runScenario(scenario, { baseDir: dir, mode: 'daily', solver: 'auto' });
}

/** A figure the text quotes as "about <quoted>": within a share of it. */
const near = (actual: number, quoted: number, share = 0.1) =>
  expect(Math.abs(actual - quoted) / quoted, `${actual} vs the quoted ${quoted}`).toBeLessThan(share);

describe('docs/your-city.md', () => {
  it('every JSON snippet is part of the county template', () => {
    expect(jsonBlocks.length).toBeGreaterThanOrEqual(7);
    for (const block of jsonBlocks) {
      const { $schema, ...rest } = block;
      if ($schema !== undefined) expect($schema).toBe('./scenario.schema.json');
      expect(template).toMatchObject(rest);
    }
  });

  it('its whole file is the template, and init writes it', () => {
    expect(jsonBlocks.at(-1)).toEqual(template);
    expect(countyAsWritten).toEqual(template);
    expect(() => validateScenario(template)).not.toThrow();
  });

  it('quotes the figures of the runs without and with the cold wave', async () => {
    const calm = await run({ ...template, coldWaves: [] });
    near(calm.summary.unservedHeatMWh, 5300); // "about 5 300 MWh"
    expect(calm.summary.unservedResidentialHeatMWh).toBeLessThan(1e-6); // "none of it to homes"
    expect(calm.summary.firstReserveBreach).toBeNull(); // "never falls below its floor"
    near(calm.summary.gasCutM3ByCategory.industrial ?? 0, 430_000); // "about 430 000 and 390 000 m³"
    near(calm.summary.gasCutM3ByCategory.interruptible ?? 0, 390_000);

    const cold = await run(template);
    expect(cold.summary.peakDate).toBe('2013-01-22');
    near(cold.summary.peakDemandMW, 430, 0.05); // "about 430 MW"
    near(cold.summary.unservedHeatMWh, 24_000); // "about 24 000 MWh"
    near(cold.summary.unservedResidentialHeatMWh, 2_100, 0.15); // "some 2 100 MWh"
    expect(cold.summary.homesProtected).toBe(false);
  });
});

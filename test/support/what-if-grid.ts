/**
 * The grid of cold-wave what-ifs that a bureau analyst runs on a shipped scenario: a cold wave
 * of each GB/T 21987 grade starting every `stepDays` days from the horizon's second day (injection needs the day before the wave), alone, with every
 * gas supply point cut by 30 % or with every yard's coal deliveries cut by 50 % over the wave
 * and the 10 days after it. Shared by the no-false-infeasible test and its scan script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  datesBetween,
  isScenarioFileName,
  runScenario,
  SHIPPED_SCENARIOS_DIR,
  type ScenarioInput,
} from '../../engine/index.ts';

export const GRADES = ['cold-wave', 'strong', 'extreme'] as const;
export const CUTS = ['none', 'gas-30', 'coal-50'] as const;
export type Cut = (typeof CUTS)[number];

export interface WhatIf {
  readonly label: string;
  readonly scenario: ScenarioInput;
}

export function shippedScenarios(): Array<{ file: string; scenario: ScenarioInput }> {
  return readdirSync(SHIPPED_SCENARIOS_DIR)
    .filter(isScenarioFileName)
    .sort()
    .map((file) => ({
      file,
      scenario: JSON.parse(readFileSync(join(SHIPPED_SCENARIOS_DIR, file), 'utf8')) as ScenarioInput,
    }));
}

const WAVE_DAYS = 7;
const CUT_TAIL_DAYS = 10;

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function withCut(s: ScenarioInput, cut: Cut, start: string, last: string): ScenarioInput {
  const end =
    addDays(start, WAVE_DAYS + CUT_TAIL_DAYS - 1) < last ? addDays(start, WAVE_DAYS + CUT_TAIL_DAYS - 1) : last;
  if (cut === 'gas-30') {
    const points = (s.gas?.supplyPoints ?? []).map((p) => ({
      ...p,
      disruptions: [...(p.disruptions ?? []), { start, end, cutFraction: 0.3 }],
    }));
    return { ...s, gas: { ...s.gas, supplyPoints: points } };
  }
  if (cut === 'coal-50') {
    const yards = (s.yards ?? []).map((y) => ({
      ...y,
      deliveries: {
        ...y.deliveries,
        disruptions: [...(y.deliveries?.disruptions ?? []), { start, end, cutFraction: 0.5 }],
      },
    }));
    return { ...s, yards };
  }
  return s;
}

/** Every what-if of the grid for one scenario, in daily mode on the scenario's own solver setting. */
export function whatIfGrid(s: ScenarioInput, stepDays = 7): WhatIf[] {
  const first = s.horizon?.start ?? '2012-11-15';
  const last = s.horizon?.end ?? '2013-03-15';
  const starts = datesBetween(first, last).filter((_, i) => i % stepDays === 1);
  const out: WhatIf[] = [];
  for (const grade of GRADES) {
    for (const start of starts) {
      for (const cut of CUTS) {
        const wave = { start, grade, days: WAVE_DAYS };
        const scenario = withCut(
          { ...s, coldWaves: [...(s.coldWaves ?? []), wave], dispatch: { ...s.dispatch, mode: 'daily' } },
          cut,
          start,
          last,
        );
        out.push({ label: `${s.id} ${grade} from ${start}, cut ${cut}`, scenario });
      }
    }
  }
  return out;
}

/** Runs every what-if of the grid on HiGHS (daily) and lists each run that failed or was not optimal. */
export async function gridFailures(s: ScenarioInput): Promise<{ runs: number; failures: string[] }> {
  const failures: string[] = [];
  const grid = whatIfGrid(s);
  for (const w of grid) {
    try {
      const r = await runScenario(w.scenario, { solver: 'highs' });
      if (r.solver.status !== 'optimal') failures.push(`${w.label}: ${r.solver.status}`);
    } catch (err) {
      failures.push(`${w.label}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { runs: grid.length, failures };
}

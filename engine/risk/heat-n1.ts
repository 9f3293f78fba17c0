/**
 * Heat N-1, the heat-side analogue of the gas N-1 (the plans' 事故备用, accident standby; docs/design.md#heat-n-1): is each
 * zone's design-day demand met with its largest source out, counting link imports? And with
 * each source out in turn?
 *
 * One one-day run at the outdoor design temperature with everything available, then one per
 * source with that source fully out (stress-scenario.ts), each dispatched by the engine, so
 * link capacities and losses, must-run, gas priority and grid headroom all count. A zone is
 * "met" when its unserved heat is below 1e-3 MWh. The capacity margin beside it is the plain
 * arithmetic: Σ own capacity − largest own source + Σ link capacity × (1 − loss) − design demand.
 */
import type { Scenario } from '../scenario/schema.ts';
import { HOURS_PER_DAY } from '../units.ts';
import { reserveBurnsForStudy, runScenario, SHIPPED_SCENARIOS_DIR, type RunOptions } from '../run/run-scenario.ts';
import type { RunResult } from '../run/result.ts';
import { validateScenario } from '../scenario/validate.ts';
import { stressScenario } from './stress-scenario.ts';
import { exceedsNoise } from '../tolerances.ts';

export interface HeatN1Options {
  readonly baseDir?: string;
  readonly solver?: RunOptions['solver'];
  /** Outdoor daily mean, °C (default the design temperature). */
  readonly tMeanC?: number;
  /** Date of the one-day runs (default the horizon's first day). */
  readonly date?: string;
}

export interface ZoneOutcome {
  readonly demandMW: number;
  readonly unservedMW: number;
  readonly unservedResidentialMW: number;
  readonly netImportMW: number;
  /** Share of the demand served, 0..1. */
  readonly servedShare: number;
  readonly met: boolean;
}

export interface HeatN1Row {
  readonly zone: string;
  readonly designDemandMW: number;
  readonly ownCapacityMW: number;
  readonly largestSource: string | null;
  readonly largestCapacityMW: number;
  readonly importCapacityMW: number;
  readonly capacityMarginMW: number;
  /** All sources in: is the design day met at all? */
  readonly intact: ZoneOutcome;
  /** The zone's own largest source out (null: no own source). */
  readonly largestOut: ZoneOutcome | null;
  /** The single outage anywhere that hurts this zone most. */
  readonly worst: { readonly source: string; readonly outcome: ZoneOutcome } | null;
  /** Served share with each source out, by source id. */
  readonly servedShareBySourceOut: Record<string, number>;
}

export interface HeatN1Result {
  readonly scenarioId: string;
  readonly date: string;
  readonly tMeanC: number;
  readonly rows: readonly HeatN1Row[];
  /** True when every zone is met with its largest source out. */
  readonly pass: boolean;
}

function zoneOutcomes(r: RunResult): Record<string, ZoneOutcome> {
  const out: Record<string, ZoneOutcome> = {};
  for (const [id, z] of Object.entries(r.days[0].zones)) {
    out[id] = {
      demandMW: z.demandMWh / HOURS_PER_DAY,
      unservedMW: z.unservedMWh / HOURS_PER_DAY,
      unservedResidentialMW: z.unservedResidentialMWh / HOURS_PER_DAY,
      netImportMW: z.netImportMWh / HOURS_PER_DAY,
      servedShare: z.demandMWh > 0 ? 1 - z.unservedMWh / z.demandMWh : 1,
      met: !exceedsNoise(z.unservedMWh),
    };
  }
  return out;
}

function importCapacityMW(s: Scenario, zone: string): number {
  return s.links
    .filter((l) => l.from === zone || l.to === zone)
    .reduce((a, l) => a + l.capacityMW * (1 - l.lossFraction), 0);
}

export async function heatNMinusOne(scenarioInput: unknown, options: HeatN1Options = {}): Promise<HeatN1Result> {
  const s = validateScenario(scenarioInput);
  const date = options.date ?? s.horizon.start;
  const tMeanC = options.tMeanC ?? s.weather.designOutdoorTempC;
  const baseDir = options.baseDir ?? SHIPPED_SCENARIOS_DIR;
  // the coal floors are the plan's, measured once on the scenario's own season, not on the one stress day
  const reserveBurnsT = await reserveBurnsForStudy(s, { baseDir, solver: options.solver, mode: 'daily' });
  const run = async (sourceOut?: string) =>
    zoneOutcomes(
      await runScenario(stressScenario(s, { start: date, days: 1, tMeanC, sourceOut }), {
        baseDir,
        solver: options.solver,
        mode: 'daily',
        reserveBurnsT,
      }),
    );
  const intact = await run();
  const bySource: Record<string, Record<string, ZoneOutcome>> = {};
  for (const src of s.sources) bySource[src.id] = await run(src.id);

  const rows = s.zones.map((z): HeatN1Row => {
    const own = s.sources.filter((src) => src.zone === z.id);
    const largest = own.reduce<(typeof own)[number] | null>(
      (b, x) => (b === null || x.capacityMW > b.capacityMW ? x : b),
      null,
    );
    const ownCapacityMW = own.reduce((a, x) => a + x.capacityMW, 0);
    const designDemandMW = intact[z.id].demandMW;
    let worst: HeatN1Row['worst'] = null;
    for (const src of s.sources) {
      const o = bySource[src.id][z.id];
      if (worst === null || o.servedShare < worst.outcome.servedShare) worst = { source: src.id, outcome: o };
    }
    const imports = importCapacityMW(s, z.id);
    return {
      zone: z.id,
      designDemandMW,
      ownCapacityMW,
      largestSource: largest?.id ?? null,
      largestCapacityMW: largest?.capacityMW ?? 0,
      importCapacityMW: imports,
      capacityMarginMW: ownCapacityMW - (largest?.capacityMW ?? 0) + imports - designDemandMW,
      intact: intact[z.id],
      largestOut: largest ? bySource[largest.id][z.id] : null,
      worst,
      servedShareBySourceOut: Object.fromEntries(s.sources.map((src) => [src.id, bySource[src.id][z.id].servedShare])),
    };
  });
  return { scenarioId: s.id, date, tMeanC, rows, pass: rows.every((r) => r.largestOut === null || r.largestOut.met) };
}

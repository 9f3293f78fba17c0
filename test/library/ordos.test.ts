/**
 * Ordos clean-heating plan (as summarised in scenarios/ordos.json): 460 MW of farm-irrigation load idle in
 * winter frees grid room for 45,000-74,000 homes on electric heating; peak/valley tariffs lower
 * its cost; target clean-heating share 70 %.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type RunResult, type Scenario } from '../../engine/index.ts';
import { cleanHeatingShare, electricLoadPerHomeMW, hostingCapacityHomes } from '../../scenarios/library/ordos.ts';
import { sourceTotals } from '../../scenarios/library/shared.ts';
import { ORDOS } from '../../scenarios/library/plans.ts';
import { loadLibraryScenario } from '../../scenarios/library/studies.ts';
import { expectGolden } from './golden-file.ts';

let s: Scenario;
let season: RunResult;

beforeAll(async () => {
  s = loadLibraryScenario('ordos');
  season = await runScenario(s);
});

describe('ordos', () => {
  // Plan: 460 MW of idle irrigation load hosts 45,000-74,000 homes on electric heating.
  it("hosts a number of homes on 460 MW that lies inside the plan's 45,000-74,000", () => {
    const zone = s.zones.find((z) => z.id === ORDOS.electricHome.zone)!;
    const heaters = s.sources.find((x) => x.id === ORDOS.electricHome.source)!;
    if (heaters.kind !== 'electric-boiler') throw new Error('the electric homes are not on electric heaters');
    expect(s.electricity.gridHeadroomMW).toBe(ORDOS.headroomMW);
    expect(zone.buildings).toHaveLength(1);
    expect(zone.buildings[0].areaM2).toBe(ORDOS.electricHome.areaM2 * ORDOS.electricHome.homes); // the scenario's homes are the stated home
    const home = {
      areaM2: ORDOS.electricHome.areaM2,
      heatIndexWPerM2: zone.buildings[0].heatIndexWPerM2,
      efficiencyFraction: heaters.efficiencyFraction,
    };
    const perHomeMW = electricLoadPerHomeMW(home);
    const homes = hostingCapacityHomes(ORDOS.headroomMW, home);
    console.log(
      `ordos hosting: ${(perHomeMW * 1000).toFixed(2)} kW per home on the design day (${home.areaM2} m² × ${home.heatIndexWPerM2} W/m² / ${home.efficiencyFraction}) → ${homes} homes on ${ORDOS.headroomMW} MW`,
    );
    expect(homes).toBeGreaterThanOrEqual(ORDOS.homesRange[0]);
    expect(homes).toBeLessThanOrEqual(ORDOS.homesRange[1]);
    expect(ORDOS.electricHome.homes).toBeLessThanOrEqual(homes);
    // in the run, electric heat never takes more than the headroom (daily average, docs/design.md#sources-and-fuel), and no home goes cold
    const peakMW = Math.max(...season.days.map((d) => d.electricityMWh / 24));
    expect(peakMW).toBeLessThanOrEqual(ORDOS.headroomMW + 1e-6);
    expect(season.summary.homesProtected).toBe(true);
  });

  // Plan: target clean-heating share 70 %.
  it("reports the clean-heating share of the scenario's heat", () => {
    const share = cleanHeatingShare(s, season);
    const totals = sourceTotals(season);
    expect(share.totalMWh).toBeCloseTo(
      Object.values(totals).reduce((a, t) => a + t.heatMWh, 0),
      3,
    );
    expect(share.cleanMWh).toBeCloseTo(totals.chp.heatMWh + totals.electric_heaters.heatMWh, 3);
    expect(share.bySource.coal_boilers.clean).toBe(false);
    expect(share.bySource.coal_stoves.clean).toBe(false);
    console.log(
      `ordos clean-heating share: ${(share.share * 100).toFixed(1)} % of ${(share.totalMWh / 1e3).toFixed(0)} GWh (target ${ORDOS.cleanShareTarget * 100} %); ${Object.entries(
        share.bySource,
      )
        .map(([id, x]) => `${id} ${(x.heatMWh / 1e3).toFixed(0)} GWh${x.clean ? ' clean' : ''}`)
        .join(', ')}`,
    );
    expect(share.share).toBeGreaterThanOrEqual(ORDOS.cleanShareTarget);
  });

  it('matches its golden result', () => expectGolden(season));
});

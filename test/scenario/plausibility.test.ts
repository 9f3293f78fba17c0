/**
 * Plausibility warnings: allowed numbers that are rarely meant. Worked on the one-day coal
 * fixture: one zone of 1 000 000 m² of homes at 50 W/m², no network loss, indoor 18 °C and
 * heat indices set for 18 °C, so its design load is 1e6 × 50 / 1e6 = 50 MW; one 100 MW coal
 * boiler (2 × the load: no warning).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlausibility, checkScenario, runScenario, validateScenario } from '../../engine/index.ts';

const fixture = () => JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'));
const warningsOf = (edit: (s: any) => void) => {
  const s = fixture();
  edit(s);
  // the English as it reads (each warning's `text`, its catalogue key, is tested in test/i18n)
  return checkPlausibility(validateScenario(s)).map(({ path, message }) => ({ path, message }));
};

describe('plausibility warnings', () => {
  it('none on the fixture as written', () => {
    expect(warningsOf(() => {})).toEqual([]);
  });

  it("a source more than 3 × its zone's design load", () => {
    const w = warningsOf((s) => {
      s.sources[0].capacityMW = 151;
    });
    expect(w).toEqual([
      {
        path: 'sources[0].capacityMW',
        message: expect.stringContaining('151 MW, 3.0 × the 50 MW design load of its zone `z`'),
      },
    ]);
    expect(
      warningsOf((s) => {
        s.sources[0].capacityMW = 150;
      }),
    ).toEqual([]);
  });

  it('the design load counts network loss and the setpoint', () => {
    // 10 % loss and 20 °C on 18 °C indices: 50 × (20 + 10) / (18 + 10) / 0.9 = 59.5 MW
    expect(
      warningsOf((s) => {
        s.sources[0].capacityMW = 59;
        s.zones[0].networkLossFraction = 0.1;
        s.zones[0].indoorSetpointC = 20;
      }).map((x) => x.message)[0],
    ).toContain('59.5 MW');
  });

  it('total capacity below the design load, city-wide and for the zone', () => {
    const w = warningsOf((s) => {
      s.sources[0].capacityMW = 40;
    });
    expect(w.map((x) => x.path)).toEqual(['sources', 'zones[0]']);
    expect(w[0].message).toContain("40 MW together, below the city's design load of 50 MW");
  });

  it('a zone without enough sources of its own, helped by a link', () => {
    const twoZones = (linkMW: number) => (s: any) => {
      s.zones.push({
        id: 'east',
        networkLossFraction: 0,
        buildings: [{ type: 'residential', areaM2: 400_000, heatIndexWPerM2: 50 }],
      }); // 20 MW
      s.links = [{ id: 'l', from: 'z', to: 'east', capacityMW: linkMW, lossFraction: 0 }];
    };
    const short = warningsOf(twoZones(15));
    expect(short).toEqual([
      {
        path: 'zones[1]',
        message: expect.stringContaining(
          'zone `east` can get 15 MW (its own sources 0 MW, links 15 MW), below its design load of 20 MW',
        ),
      },
    ]);
    expect(warningsOf(twoZones(25))).toEqual([]);
  });

  it('a heat index outside the usual range of its building type (CJJ 34)', () => {
    const w = warningsOf((s) => {
      s.zones[0].buildings[0].heatIndexWPerM2 = 120;
      s.zones[0].buildings[0].areaM2 = 400_000;
    });
    expect(w).toEqual([
      {
        path: 'zones[0].buildings[0].heatIndexWPerM2',
        message: expect.stringContaining('a residential heat index of 120 W/m² is outside the usual 30–70 W/m²'),
      },
    ]);
    expect(
      warningsOf((s) => {
        s.zones[0].buildings[0].type = 'other';
        s.zones[0].buildings[0].heatIndexWPerM2 = 120;
        s.zones[0].buildings[0].areaM2 = 400_000;
      }),
    ).toEqual([]);
  });

  it("opening stock above the yard's maximum is an error, not a warning", () => {
    const s = fixture();
    s.yards[0].maxStockT = 5000;
    const outcome = checkScenario(s);
    expect(outcome).toMatchObject({
      ok: false,
      code: 'SCENARIO_CHECK',
      problems: [{ path: 'yards[0].openingStockT' }],
    });
  });

  it('a run lists them first in its warnings', async () => {
    const s = fixture();
    s.sources[0].capacityMW = 400;
    const r = await runScenario(s, { solver: 'auto' });
    expect(r.warnings[0]).toMatch(/^sources\[0\]\.capacityMW: source `boiler` can give 400 MW, 8\.0 ×/);
  });

  it('a gas storage with an hourly rate beside supply points without one, with blocks', () => {
    const storageFixture = () =>
      JSON.parse(readFileSync(new URL('../fixtures/gas-storage-block-limit.json', import.meta.url), 'utf8'));
    const warn = (edit: (s: any) => void) => {
      const s = storageFixture();
      edit(s);
      return checkPlausibility(validateScenario(s)).filter((p) => p.path.startsWith('gas.'));
    };
    // the fixture's gate has its own maxM3PerHour: it follows demand, no warning
    expect(warn(() => {})).toEqual([]);
    const flat = warn((s) => {
      delete s.gas.supplyPoints[0].maxM3PerHour;
    });
    expect(flat.map((p) => p.path)).toEqual(['gas.storage.maxWithdrawalM3PerHour']);
    expect(flat[0].message).toContain('no supply point has maxM3PerHour');
    // one block a day: the hourly rate is folded into the daily one, nothing is flat
    expect(
      warn((s) => {
        delete s.gas.supplyPoints[0].maxM3PerHour;
        s.dispatch.blocksPerDay = 1;
      }),
    ).toEqual([]);
  });
});

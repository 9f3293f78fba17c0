/**
 * Each named cross-field check (engine/scenario/checks.ts) and the schema report the JSON path and
 * a message that says how to fix it; nothing invalid reaches the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BaogongError, checkScenario, runScenario } from '../../engine/index.ts';

const demo = JSON.parse(readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));
const edited = (edit: (s: any) => void) => {
  const s = structuredClone(demo);
  edit(s);
  return s;
};
const problemsOf = (s: unknown) => {
  const o = checkScenario(s);
  return o.ok ? [] : o.problems;
};

const cases: Array<[string, (s: any) => void, string, RegExp]> = [
  [
    'unknown yard',
    (s) => {
      s.sources[0].yard = 'north';
    },
    'sources[0].yard',
    /yard `north`, which does not exist; add it under `yards`/,
  ],
  [
    'unknown zone',
    (s) => {
      s.sources[1].zone = 'west';
    },
    'sources[1].zone',
    /zone `west`/,
  ],
  [
    'link to itself',
    (s) => {
      s.links[0].to = 'central';
    },
    'links[0].to',
    /to itself/,
  ],
  [
    'duplicate id',
    (s) => {
      s.sources[1].id = 'chp1';
    },
    'sources[1].id',
    /used twice/,
  ],
  [
    'must-run above capacity',
    (s) => {
      s.sources[0].minOutputMW = 500;
    },
    'sources[0].minOutputMW',
    /lower minOutputMW/,
  ],
  [
    'disruption outside the horizon',
    (s) => {
      s.yards[0].deliveries.disruptions[0] = { start: '2014-01-01', end: '2014-01-05' };
    },
    'yards[0].deliveries.disruptions[0].start',
    /outside the horizon/,
  ],
  [
    'window ends before it starts',
    (s) => {
      s.gas.supplyPoints[0].disruptions[0].end = '2013-01-01';
    },
    'gas.supplyPoints[0].disruptions[0].end',
    /swap/,
  ],
  [
    'horizon of 100 years',
    (s) => {
      s.horizon.end = '2112-03-15';
    },
    'horizon.end',
    /split it into seasons/,
  ],
  [
    'opening stock above yard capacity',
    (s) => {
      s.yards[0].openingStockT = 400000;
    },
    'yards[0].openingStockT',
    /raise maxStockT/,
  ],
  [
    'heating value twice',
    (s) => {
      s.yards[0].heatingValueGJPerT = 20;
    },
    'yards[0].heatingValueKcalPerKg',
    /keep either/,
  ],
  [
    'storage opening outside its limits',
    (s) => {
      s.gas.storage.openingInventoryM3 = 1;
    },
    'gas.storage.openingInventoryM3',
    /between minInventoryM3/,
  ],
  [
    'policy item missing',
    (s) => {
      s.policy.protectOrder = ['heat-residential'];
    },
    'policy.protectOrder',
    /leaves out/,
  ],
  [
    'tariff hours',
    (s) => {
      s.electricity.tariff[0].hours = 9;
    },
    'electricity.tariff',
    /add up to 24/,
  ],
  [
    'category twice',
    (s) => {
      s.gas.categories.push({ category: 'industrial', baseM3PerDay: 1 });
    },
    'gas.categories[8].category',
    /merge/,
  ],
  [
    'negative capacity',
    (s) => {
      s.sources[2].capacityMW = -1;
    },
    'sources[2].capacityMW',
    /.+/,
  ],
  [
    'unknown field',
    (s) => {
      s.zones[0].heatLoad = 5;
    },
    'zones[0]',
    /unknown field.+heatLoad/,
  ],
  [
    'bad date',
    (s) => {
      s.horizon.start = '2012-13-40';
    },
    'horizon.start',
    /.+/,
  ],
  [
    'cold wave without a grade',
    (s) => {
      s.coldWaves = [{ start: '2013-01-01' }];
    },
    'coldWaves[0].grade',
    /give the cold wave a grade/,
  ],
];

describe('scenario validation', () => {
  it('accepts the demo', () => expect(problemsOf(demo)).toEqual([]));
  it.each(cases)('%s → names %s', (_, edit, path, message) => {
    const problems = problemsOf(edited(edit));
    const hit = problems.find((p) => p.path === path);
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });
  it('lists every problem at once', () => {
    const problems = problemsOf(
      edited((s) => {
        s.sources[0].yard = 'north';
        s.sources[1].zone = 'west';
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['sources[0].yard', 'sources[1].zone']);
  });
  it('runScenario refuses invalid input with a BaogongError before solving', async () => {
    await expect(
      runScenario(
        edited((s) => {
          s.zones = [];
        }),
      ),
    ).rejects.toBeInstanceOf(BaogongError);
  });
});

describe('the risk block', () => {
  it('fills the Monte-Carlo defaults and checks its ranges by path', () => {
    const o = checkScenario(demo);
    expect(o.ok && o.scenario.risk.coalDisruptions).toEqual({
      eventsPerSeason: 1,
      minDays: 3,
      maxDays: 10,
      minCutFraction: 0.3,
      maxCutFraction: 0.8,
    });
    const problems = problemsOf(
      edited((s) => {
        s.risk = { gasDisruptions: { minDays: 5, maxDays: 2 } };
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['risk.gasDisruptions.maxDays']);
  });
});

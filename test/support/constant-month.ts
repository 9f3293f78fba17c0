/**
 * The small scenario the study, queue and risk-CLI tests run (test/server/studies.test.ts,
 * test/browser/studies.test.ts, test/queue/queue.test.ts, test/risk/cli.test.ts): constant
 * weather, one coal boiler and yard, one gas pipe.
 */

/**
 * 30 days (to `end`) at a constant −3 °C: 10⁶ m² of homes at 50 W/m² (50 MW at the design
 * −10 °C) on a 100 MW coal boiler whose yard is fed 100 t a day, and a gas pipe of 10⁶ m³ a
 * day for 5 × 10⁵ m³ a day of homes. 12 seasons of a study cost about a second of one core.
 */
export function constantMonth(id: string, end = '2013-01-30') {
  return {
    id,
    horizon: { start: '2013-01-01', end },
    weather: { kind: 'constant', tMeanC: -3, dailyRangeC: 0, designOutdoorTempC: -10 },
    zones: [
      { id: 'z', networkLossFraction: 0, buildings: [{ type: 'residential', areaM2: 1e6, heatIndexWPerM2: 50 }] },
    ],
    sources: [{ id: 'boiler', kind: 'coal-boiler', zone: 'z', yard: 'y', capacityMW: 100, efficiencyFraction: 0.8 }],
    yards: [{ id: 'y', openingStockT: 10000, heatingValueGJPerT: 20, deliveries: { baseTPerDay: 100 } }],
    gas: {
      supplyPoints: [{ id: 'pipe', capacityM3PerDay: 1e6 }],
      categories: [{ category: 'residential', baseM3PerDay: 5e5 }],
    },
    electricity: {},
    policy: {},
    dispatch: {},
  };
}

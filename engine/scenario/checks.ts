/**
 * Cross-field rules of a scenario, one small named check each (after PyPSA's consistency
 * checks). Each returns the problems it finds, every one with a JSON path and a message that
 * says how to fix it. They run after the zod schema, on a scenario with defaults filled.
 */
import type { Problem } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { DEFAULT_PROTECT_ORDER, type Scenario } from './schema.ts';
import { BLOCKS_PER_DAY } from './schema-run.ts';
import { TARIFF_HOURS_TOL_H } from '../tolerances.ts';

type Check = (s: Scenario) => Problem[];

/** Longest horizon a scenario may have: ten years, d (the benchmark ladder builds a 3 624-period season). */
export const MAX_HORIZON_DAYS = 3660;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function checkHorizon(s: Scenario): Problem[] {
  const days = dayNumber(s.horizon.end) - dayNumber(s.horizon.start) + 1;
  if (days < 1)
    return [
      {
        path: 'horizon.end',
        ...message('problems.check.horizonReversed', { end: s.horizon.end, start: s.horizon.start }),
      },
    ];
  if (days > MAX_HORIZON_DAYS)
    return [
      {
        path: 'horizon.end',
        ...message('problems.check.horizonTooLong', { days: String(days), max: String(MAX_HORIZON_DAYS) }),
      },
    ];
  return [];
}

function checkUniqueIds(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const groups: Array<[string, ReadonlyArray<{ id: string }>]> = [
    ['zones', s.zones],
    ['links', s.links],
    ['sources', s.sources],
    ['yards', s.yards],
    ['gas.supplyPoints', s.gas.supplyPoints],
  ];
  for (const [path, items] of groups) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        problems.push({
          path: `${path}[${i}].id`,
          ...message('problems.check.duplicateId', { id: item.id, list: path }),
        });
      seen.add(item.id);
    });
  }
  const cats = new Set<string>();
  s.gas.categories.forEach((c, i) => {
    if (cats.has(c.category))
      problems.push({
        path: `gas.categories[${i}].category`,
        ...message('problems.check.duplicateCategory', { category: c.category }),
      });
    cats.add(c.category);
  });
  return problems;
}

function checkSourceReferences(s: Scenario): Problem[] {
  const zones = new Set(s.zones.map((z) => z.id));
  const yards = new Set(s.yards.map((y) => y.id));
  const problems: Problem[] = [];
  s.sources.forEach((src, i) => {
    if (!zones.has(src.zone))
      problems.push({
        path: `sources[${i}].zone`,
        ...message('problems.check.sourceZone', { id: src.id, zone: src.zone }),
      });
    if ((src.kind === 'coal-chp' || src.kind === 'coal-boiler') && !yards.has(src.yard))
      problems.push({
        path: `sources[${i}].yard`,
        ...message('problems.check.sourceYard', { id: src.id, yard: src.yard }),
      });
    if (src.minOutputMW > src.capacityMW)
      problems.push({
        path: `sources[${i}].minOutputMW`,
        ...message('problems.check.minAboveCapacity', {
          id: src.id,
          min: String(src.minOutputMW),
          capacity: String(src.capacityMW),
        }),
      });
  });
  return problems;
}

function checkLinks(s: Scenario): Problem[] {
  const zones = new Set(s.zones.map((z) => z.id));
  const problems: Problem[] = [];
  s.links.forEach((l, i) => {
    for (const end of ['from', 'to'] as const)
      if (!zones.has(l[end]))
        problems.push({
          path: `links[${i}].${end}`,
          ...message('problems.check.linkZone', { id: l.id, zone: l[end] }),
        });
    if (l.from === l.to)
      problems.push({
        path: `links[${i}].to`,
        ...message('problems.check.linkSelf', { id: l.id, zone: l.from }),
      });
  });
  return problems;
}

/** Every dated window must lie inside the horizon and start no later than it ends. */
function checkWindows(s: Scenario): Problem[] {
  const h0 = dayNumber(s.horizon.start),
    h1 = dayNumber(s.horizon.end);
  const windows: Array<[string, { start: string; end: string }]> = [];
  s.sources.forEach((src, i) => src.outages.forEach((w, k) => windows.push([`sources[${i}].outages[${k}]`, w])));
  s.yards.forEach((y, i) => {
    y.deliveries.schedule.forEach((w, k) => windows.push([`yards[${i}].deliveries.schedule[${k}]`, w]));
    y.deliveries.disruptions.forEach((w, k) => windows.push([`yards[${i}].deliveries.disruptions[${k}]`, w]));
  });
  s.gas.supplyPoints.forEach((p, i) =>
    p.disruptions.forEach((w, k) => windows.push([`gas.supplyPoints[${i}].disruptions[${k}]`, w])),
  );
  const problems: Problem[] = [];
  for (const [path, w] of windows) {
    if (dayNumber(w.end) < dayNumber(w.start))
      problems.push({
        path: `${path}.end`,
        ...message('problems.check.windowReversed', { end: w.end, start: w.start }),
      });
    else if (dayNumber(w.start) < h0 || dayNumber(w.end) > h1)
      problems.push({
        path: `${path}.start`,
        ...message('problems.check.windowOutside', {
          start: w.start,
          end: w.end,
          from: s.horizon.start,
          to: s.horizon.end,
        }),
      });
  }
  s.coldWaves.forEach((c, i) => {
    const d = dayNumber(c.start);
    if (d < h0 || d > h1)
      problems.push({
        path: `coldWaves[${i}].start`,
        ...message('problems.check.coldWaveOutside', { start: c.start, from: s.horizon.start, to: s.horizon.end }),
      });
    if (c.grade === undefined && c.dropC === undefined)
      problems.push({
        path: `coldWaves[${i}].grade`,
        ...message('problems.check.coldWaveNoGrade'),
      });
  });
  return problems;
}

function checkYards(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  s.yards.forEach((y, i) => {
    if (y.openingStockT > y.maxStockT)
      problems.push({
        path: `yards[${i}].openingStockT`,
        ...message('problems.check.openingAboveMax', {
          id: y.id,
          opening: String(y.openingStockT),
          max: String(y.maxStockT),
        }),
      });
    if (y.heatingValueGJPerT !== undefined && y.heatingValueKcalPerKg !== undefined)
      problems.push({
        path: `yards[${i}].heatingValueKcalPerKg`,
        ...message('problems.check.heatingValueTwice', { id: y.id }),
      });
  });
  return problems;
}

/** An hour's flow cannot exceed the whole day's capacity or rate (most likely m³/day typed as m³/h). */
function checkGasHourly(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  s.gas.supplyPoints.forEach((p, i) => {
    if (p.maxM3PerHour !== undefined && p.maxM3PerHour > p.capacityM3PerDay)
      problems.push({
        path: `gas.supplyPoints[${i}].maxM3PerHour`,
        ...message('problems.check.hourAboveDay', {
          id: p.id,
          hour: String(p.maxM3PerHour),
          day: String(p.capacityM3PerDay),
        }),
      });
  });
  const st = s.gas.storage;
  if (st) {
    const rates = [
      ['maxWithdrawalM3PerHour', st.maxWithdrawalM3PerHour, 'maxWithdrawalM3PerDay', st.maxWithdrawalM3PerDay],
      ['maxInjectionM3PerHour', st.maxInjectionM3PerHour, 'maxInjectionM3PerDay', st.maxInjectionM3PerDay],
    ] as const;
    for (const [field, hour, dayField, day] of rates)
      if (hour !== undefined && hour > day)
        problems.push({
          path: `gas.storage.${field}`,
          ...message('problems.check.storageHourAboveDay', { field, hour: String(hour), dayField, day: String(day) }),
        });
  }
  return problems;
}

function checkGasStorage(s: Scenario): Problem[] {
  const st = s.gas.storage;
  if (!st) return [];
  if (st.minInventoryM3 > st.maxInventoryM3)
    return [
      {
        path: 'gas.storage.minInventoryM3',
        ...message('problems.check.cushionAboveCapacity'),
      },
    ];
  if (st.openingInventoryM3 < st.minInventoryM3 || st.openingInventoryM3 > st.maxInventoryM3)
    return [
      {
        path: 'gas.storage.openingInventoryM3',
        ...message('problems.check.openingInventory', {
          min: String(st.minInventoryM3),
          max: String(st.maxInventoryM3),
        }),
      },
    ];
  return [];
}

function checkPolicy(s: Scenario): Problem[] {
  const order = s.policy.protectOrder;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  order.forEach((item, i) => {
    if (seen.has(item))
      problems.push({
        path: `policy.protectOrder[${i}]`,
        ...message('problems.check.protectTwice', { item }),
      });
    seen.add(item);
  });
  const missing = DEFAULT_PROTECT_ORDER.filter((item) => !seen.has(item));
  if (missing.length > 0)
    problems.push({
      path: 'policy.protectOrder',
      ...message('problems.check.protectMissing', { missing: missing.map((m) => `\`${m}\``).join(', ') }),
    });
  return problems;
}

function checkRiskRates(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['coalDisruptions', 'gasDisruptions'] as const) {
    const r = s.risk[key];
    if (r.minDays > r.maxDays)
      problems.push({
        path: `risk.${key}.maxDays`,
        ...message('problems.check.riskDays', { max: String(r.maxDays), min: String(r.minDays) }),
      });
    if (r.minCutFraction > r.maxCutFraction)
      problems.push({
        path: `risk.${key}.maxCutFraction`,
        ...message('problems.check.riskCut', { max: String(r.maxCutFraction), min: String(r.minCutFraction) }),
      });
  }
  return problems;
}

function checkTariff(s: Scenario): Problem[] {
  const hours = s.electricity.tariff.reduce((sum, b) => sum + b.hours, 0);
  if (Math.abs(hours - 24) > TARIFF_HOURS_TOL_H)
    return [{ path: 'electricity.tariff', ...message('problems.check.tariffHours', { hours: String(hours) }) }];
  return [];
}

function checkBlocks(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const n = s.dispatch.blocksPerDay;
  if (!(BLOCKS_PER_DAY as readonly number[]).includes(n))
    problems.push({ path: 'dispatch.blocksPerDay', ...message('problems.check.blocksPerDay', { n: String(n) }) });
  const { tariff, sellTariff, hourlyBlocks } = s.electricity;
  const priced = new Set(tariff.map((t) => t.block));
  const sold = sellTariff && new Set(sellTariff.map((t) => t.block));
  (hourlyBlocks ?? []).forEach((block, hour) => {
    const params = { hour: String(hour), block };
    if (!priced.has(block))
      problems.push({
        path: `electricity.hourlyBlocks[${hour}]`,
        ...message('problems.check.hourlyBlockUnpriced', params),
      });
    if (sold && !sold.has(block))
      problems.push({
        path: `electricity.hourlyBlocks[${hour}]`,
        ...message('problems.check.sellTariffUnpriced', params),
      });
  });
  if (sellTariff && !hourlyBlocks)
    problems.push({ path: 'electricity.sellTariff', ...message('problems.check.sellTariffNoHours', {}) });
  return problems;
}

function checkExtractionChp(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  s.sources.forEach((src, i) => {
    if (src.kind !== 'coal-chp' || src.type !== 'extraction') return;
    if (src.maxPowerMW === undefined) {
      problems.push({
        path: `sources[${i}].maxPowerMW`,
        ...message('problems.check.extractionNoMaxPower', { id: src.id }),
      });
      return;
    }
    for (const field of ['minPowerMW', 'mustRunPowerMW'] as const)
      if (src[field] > src.maxPowerMW)
        problems.push({
          path: `sources[${i}].${field}`,
          ...message('problems.check.extractionPowerOrder', {
            id: src.id,
            field,
            value: String(src[field]),
            max: String(src.maxPowerMW),
          }),
        });
  });
  return problems;
}

function checkInlineWeather(s: Scenario): Problem[] {
  if (s.weather.kind !== 'inline') return [];
  const have = new Set(s.weather.days.map((d) => d.date));
  for (let d = dayNumber(s.horizon.start); d <= dayNumber(s.horizon.end); d++) {
    const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
    if (!have.has(date))
      return [
        {
          path: 'weather.days',
          ...message('problems.check.inlineGap', { date }),
        },
      ];
  }
  return [];
}

/** All cross-field checks, in the order their messages are reported. */
export const SCENARIO_CHECKS: ReadonlyArray<Check> = [
  checkHorizon,
  checkUniqueIds,
  checkSourceReferences,
  checkLinks,
  checkWindows,
  checkYards,
  checkGasHourly,
  checkGasStorage,
  checkPolicy,
  checkTariff,
  checkBlocks,
  checkExtractionChp,
  checkInlineWeather,
  checkRiskRates,
];

export function runScenarioChecks(s: Scenario): Problem[] {
  return SCENARIO_CHECKS.flatMap((check) => check(s));
}

/**
 * Cross-field rules of a scenario, one small named check each (after PyPSA's consistency
 * checks). Each returns the problems it finds, every one with a JSON path and a message that
 * says how to fix it. They run after the zod schema, on a scenario with defaults filled.
 */
import type { Problem } from '../errors.ts';
import { DEFAULT_PROTECT_ORDER, type Scenario } from './schema.ts';
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
        message: `horizon ends (${s.horizon.end}) before it starts (${s.horizon.start}); swap them or fix the dates`,
      },
    ];
  if (days > MAX_HORIZON_DAYS)
    return [
      {
        path: 'horizon.end',
        message: `horizon is ${days} days long; at most ${MAX_HORIZON_DAYS} days are simulated in one run — split it into seasons`,
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
          message: `id \`${item.id}\` is used twice under ${path}; give each entry its own id`,
        });
      seen.add(item.id);
    });
  }
  const cats = new Set<string>();
  s.gas.categories.forEach((c, i) => {
    if (cats.has(c.category))
      problems.push({
        path: `gas.categories[${i}].category`,
        message: `category \`${c.category}\` appears twice; merge the two entries into one`,
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
        message: `source \`${src.id}\` names zone \`${src.zone}\`, which does not exist; add it under \`zones\` or fix the id`,
      });
    if ((src.kind === 'coal-chp' || src.kind === 'coal-boiler') && !yards.has(src.yard))
      problems.push({
        path: `sources[${i}].yard`,
        message: `coal source \`${src.id}\` names yard \`${src.yard}\`, which does not exist; add it under \`yards\` or fix the id`,
      });
    if (src.minOutputMW > src.capacityMW)
      problems.push({
        path: `sources[${i}].minOutputMW`,
        message: `source \`${src.id}\` must run at ${src.minOutputMW} MW but can only give ${src.capacityMW} MW; lower minOutputMW or raise capacityMW`,
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
          message: `link \`${l.id}\` names zone \`${l[end]}\`, which does not exist; add it under \`zones\` or fix the id`,
        });
    if (l.from === l.to)
      problems.push({
        path: `links[${i}].to`,
        message: `link \`${l.id}\` joins zone \`${l.from}\` to itself; name two different zones`,
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
        message: `window ends (${w.end}) before it starts (${w.start}); swap the dates`,
      });
    else if (dayNumber(w.start) < h0 || dayNumber(w.end) > h1)
      problems.push({
        path: `${path}.start`,
        message: `window ${w.start}..${w.end} lies outside the horizon ${s.horizon.start}..${s.horizon.end}; move it inside or widen the horizon`,
      });
  }
  s.coldWaves.forEach((c, i) => {
    const d = dayNumber(c.start);
    if (d < h0 || d > h1)
      problems.push({
        path: `coldWaves[${i}].start`,
        message: `cold wave starts ${c.start}, outside the horizon ${s.horizon.start}..${s.horizon.end}; move it inside`,
      });
    if (c.grade === undefined && c.dropC === undefined)
      problems.push({
        path: `coldWaves[${i}].grade`,
        message: 'give the cold wave a grade (cold-wave, strong, extreme) or a dropC in °C',
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
        message: `yard \`${y.id}\` opens with ${y.openingStockT} t but holds at most ${y.maxStockT} t; lower the stock or raise maxStockT`,
      });
    if (y.heatingValueGJPerT !== undefined && y.heatingValueKcalPerKg !== undefined)
      problems.push({
        path: `yards[${i}].heatingValueKcalPerKg`,
        message: `yard \`${y.id}\` gives its heating value twice; keep either heatingValueGJPerT or heatingValueKcalPerKg`,
      });
  });
  return problems;
}

function checkGasStorage(s: Scenario): Problem[] {
  const st = s.gas.storage;
  if (!st) return [];
  if (st.minInventoryM3 > st.maxInventoryM3)
    return [
      {
        path: 'gas.storage.minInventoryM3',
        message: 'cushion gas exceeds the storage capacity; lower minInventoryM3 or raise maxInventoryM3',
      },
    ];
  if (st.openingInventoryM3 < st.minInventoryM3 || st.openingInventoryM3 > st.maxInventoryM3)
    return [
      {
        path: 'gas.storage.openingInventoryM3',
        message: `opening inventory must lie between minInventoryM3 (${st.minInventoryM3}) and maxInventoryM3 (${st.maxInventoryM3}); adjust it`,
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
        message: `\`${item}\` is listed twice; each item appears once`,
      });
    seen.add(item);
  });
  const missing = DEFAULT_PROTECT_ORDER.filter((item) => !seen.has(item));
  if (missing.length > 0)
    problems.push({
      path: 'policy.protectOrder',
      message: `the order leaves out ${missing.map((m) => `\`${m}\``).join(', ')}; list every item once, most protected first`,
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
        message: `maxDays (${r.maxDays}) is below minDays (${r.minDays}); raise maxDays or lower minDays`,
      });
    if (r.minCutFraction > r.maxCutFraction)
      problems.push({
        path: `risk.${key}.maxCutFraction`,
        message: `maxCutFraction (${r.maxCutFraction}) is below minCutFraction (${r.minCutFraction}); swap them`,
      });
  }
  return problems;
}

function checkTariff(s: Scenario): Problem[] {
  const hours = s.electricity.tariff.reduce((sum, b) => sum + b.hours, 0);
  if (Math.abs(hours - 24) > TARIFF_HOURS_TOL_H)
    return [{ path: 'electricity.tariff', message: `tariff blocks cover ${hours} h; make their hours add up to 24` }];
  return [];
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
          message: `inline weather has no record for ${date}; give one record for every day of the horizon`,
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
  checkGasStorage,
  checkPolicy,
  checkTariff,
  checkInlineWeather,
  checkRiskRates,
];

export function runScenarioChecks(s: Scenario): Problem[] {
  return SCENARIO_CHECKS.flatMap((check) => check(s));
}

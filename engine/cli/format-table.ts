/**
 * The human-readable day table and season summary printed by `baogong run --format table`,
 * in English or Chinese. Units in every header; thousands where the raw figure would not fit.
 * English keeps ids, t, 10³ m³ and k¥/M¥; Chinese names sources and yards by their `name`,
 * writes dates as 2013年1月20日 and counts in 万吨, 万 m³ and 万元/亿元 (engine/i18n/format.ts).
 */
import {
  displayUnit,
  formatDate,
  formatNumber,
  formatQuantity,
  isBelowFloor,
  labelOf,
  runWarnings,
  scenarioTitle,
  t,
  tryT,
  type Lang,
  type RunResult,
} from '../index.ts';
import { pad, table } from './text-table.ts';

const num = (x: number | null | undefined, digits = 0) => formatNumber('en', x, digits);
/** Between the gas categories cut on a day: a space in English (as before), the enumeration comma in Chinese. */
const LIST_SEP: Record<Lang, string> = { en: ' ', zh: '、' };

/** A domain word (a cold-wave grade, a gas category, a dispatch mode) in `lang`; English keeps the key. */
export function domainWord(lang: Lang, group: string, key: string): string {
  return lang === 'en' ? key : (tryT(lang, `domain.${group}.${key}`) ?? key);
}

/** A source's, yard's or zone's name for people: the id in English (as before), its `name` in Chinese. */
export function itemName(
  lang: Lang,
  r: Parameters<typeof labelOf>[0],
  kind: Parameters<typeof labelOf>[1],
  id: string,
): string {
  return lang === 'en' ? id : labelOf(r, kind, id);
}

export function formatDayTable(r: RunResult, lang: Lang = 'en'): string {
  const first = r.days[0];
  const sourceIds = Object.keys(first?.sources ?? {});
  const yardIds = Object.keys(first?.yards ?? {});
  const gas = displayUnit(lang, 'gas');
  const money = displayUnit(lang, 'money');
  const stock = displayUnit(lang, 'coal');
  const tonnes = t(lang, 'cli.units.tonnes');
  const heat = displayUnit(lang, 'heat').label;
  const h = (key: string, params: Record<string, string> = {}) => t(lang, `cli.dayTable.${key}` as never, params);
  const headers = [
    h('date'),
    h('temperature', { unit: displayUnit(lang, 'temperature').label }),
    h('coldWave'),
    h('demand', { unit: heat }),
    h('unserved', { unit: heat }),
    ...sourceIds.map((s) => h('source', { name: itemName(lang, r, 'sources', s), unit: heat })),
  ];
  for (const y of yardIds) {
    const name = itemName(lang, r, 'yards', y);
    headers.push(
      h('yardBurn', { name, unit: tonnes }),
      h('yardStock', { name, unit: stock.label }),
      h('yardFloor', { name, unit: stock.label }),
      h('yardCover', { name, unit: displayUnit(lang, 'days').label }),
    );
  }
  headers.push(
    h('gasSupply', { unit: gas.label }),
    h('gasCut', { unit: gas.label }),
    h('cutCategories'),
    h('supplyCost', { unit: money.label }),
    h('shortageCost', { unit: money.label }),
    h('cost', { unit: money.label }),
  );
  const stockDigits = stock.divisor === 1 ? 0 : 2;
  const rows = r.days.map((d) => {
    const cats = Object.entries(d.gas.categories)
      .filter(([, c]) => (c?.cutM3 ?? 0) > 1)
      .map(([k]) => domainWord(lang, 'gasCategory', k));
    const cut = Object.values(d.gas.categories).reduce((s, c) => s + (c?.cutM3 ?? 0), 0);
    const supply = Object.values(d.gas.supplyM3).reduce((a, b) => a + b, 0) + d.gas.withdrawalM3;
    const row = [
      formatDate(lang, d.date),
      num(d.outdoorTempC, 1),
      d.coldWave === 'none' ? '' : domainWord(lang, 'coldWaveGrade', d.coldWave),
      num(d.demandMWh),
      num(d.unservedMWh),
      ...sourceIds.map((s) => num(d.sources[s].heatMWh)),
    ];
    for (const y of yardIds) {
      const yd = d.yards[y];
      row.push(
        num(yd.burnT),
        num(yd.stockT / stock.divisor, stockDigits),
        num(yd.floorT / stock.divisor, stockDigits),
        num(yd.daysOfCover, 1) + (isBelowFloor(yd.stockT, yd.floorT) ? ' !' : ''),
      );
    }
    row.push(
      num(supply / gas.divisor, lang === 'en' ? 0 : 1),
      num(cut / gas.divisor, lang === 'en' ? 0 : 1),
      cats.join(LIST_SEP[lang]),
      num(d.supplyCostYuan / money.divisor),
      num(d.shortageCostYuan / money.divisor),
      num(d.costYuan / money.divisor),
    );
    return row;
  });
  return table(headers, rows);
}

/** One figure as the summary prints it: the bare number in English (the unit is in the text), with its unit in Chinese. */
function figure(lang: Lang, quantity: Parameters<typeof formatQuantity>[1], value: number, enDivisor = 1, digits = 0) {
  return lang === 'en' ? num(value / enDivisor, digits) : formatQuantity(lang, quantity, value);
}

export function formatSummary(r: RunResult, lang: Lang = 'en'): string {
  const s = r.summary;
  const say = (key: string, params: Record<string, string | number> = {}) =>
    t(lang, `cli.summary.${key}` as never, params);
  const line = (label: string, value: string, params: Record<string, string> = {}) =>
    `  ${pad(say(`label.${label}`, params), 21)} ${value}`;
  const none = t(lang, 'cli.common.none');
  const cuts = Object.entries(s.gasCutM3ByCategory)
    .map(([k, v]) => `${domainWord(lang, 'gasCategory', k)} ${figure(lang, 'gas', v ?? 0, 1000)}`)
    .join(t(lang, 'cli.common.itemSep'));
  const lines = [
    say('title', { id: r.scenarioId, name: lang === 'en' ? r.scenarioName : scenarioTitle(r, lang) }),
    line(
      'season',
      say('season', {
        from: formatDate(lang, r.days[0]?.date),
        to: formatDate(lang, r.days.at(-1)?.date),
        days: s.days,
        coldWaveDays: s.coldWaveDays,
        coldSpellDays: s.coldSpellDays,
      }),
    ),
    line(
      'heatDemand',
      say('heatDemand', {
        demand: num(s.heatDemandMWh),
        peak: num(s.peakDemandMW),
        date: formatDate(lang, s.peakDate),
        design: num(s.designLoadMW),
      }),
    ),
    line('unserved', say('unserved', { all: num(s.unservedHeatMWh, 1), homes: num(s.unservedResidentialHeatMWh, 1) })),
    line(
      'coal',
      say('coal', {
        coal: figure(lang, 'coal', s.coalBurnT),
        tce: lang === 'en' ? num(s.coalBurnTce) : formatQuantity(lang, 'coal', s.coalBurnTce),
      }),
    ),
    line(
      'minCover',
      say('minCover', {
        days: num(s.minDaysOfCover, 1),
        date: s.minDaysOfCoverDate ? formatDate(lang, s.minDaysOfCoverDate) : '—',
        breach: s.firstReserveBreach ? formatDate(lang, s.firstReserveBreach) : none,
      }),
    ),
    ...Object.entries(s.yards).map(([id, y]) =>
      line(
        'yard',
        say('yard', {
          floor: figure(lang, 'coal', y.floorT),
          maxDaily: num(y.maxDailyBurnT),
          basis: t(lang, `cli.summary.basis.${y.basis}` as never),
          minStock: figure(lang, 'coal', y.minStockT),
          designDay: num(y.maxDailyBurnByBasisT['design-day']),
          seasonMax: y.maxDailyBurnByBasisT['season-max'] === null ? '—' : num(y.maxDailyBurnByBasisT['season-max']),
          capacity: num(y.maxDailyBurnByBasisT.capacity),
        }),
        { id: itemName(lang, r, 'yards', id) },
      ),
    ),
    line(
      'gasSupplied',
      say('gasSupplied', {
        supplied: figure(lang, 'gas', s.gasSuppliedM3, 1000),
        heat: figure(lang, 'gas', s.gasHeatSourcesM3, 1000),
      }),
    ),
    line('gasCut', cuts ? say('gasCut', { cuts }) : say('gasCut', { cuts: none })),
    line('homes', s.homesProtected ? t(lang, 'cli.common.yes') : t(lang, 'cli.common.NO')),
    line('electricity', say('electricity', { mwh: num(s.electricityMWh) })),
    line(
      'cost',
      say('cost', {
        total: lang === 'en' ? num(s.costYuan / 1e6, 1) : formatQuantity(lang, 'money', s.costYuan),
        supply: lang === 'en' ? num(s.supplyCostYuan / 1e6, 1) : formatQuantity(lang, 'money', s.supplyCostYuan),
        shortage: lang === 'en' ? num(s.shortageCostYuan / 1e6, 1) : formatQuantity(lang, 'money', s.shortageCostYuan),
      }),
    ),
    line(
      'solver',
      say('solver', {
        name: r.solver.name,
        mode: domainWord(lang, 'dispatchMode', r.solver.mode),
        lpCount: r.solver.lpCount,
        lexi: r.solver.lexicographicSolves,
        ms: num(r.solver.solveMs),
        status: r.solver.status,
      }),
    ),
  ];
  const warnings = runWarnings(r, lang);
  if (warnings.length > 0) lines.push(say('warnings'), ...warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}

/** One line per dispatch mode, so the price of myopia is visible. */
export function formatModeLine(r: RunResult, lang: Lang = 'en'): string {
  const s = r.summary;
  const cut = Object.values(s.gasCutM3ByCategory).reduce((a, b) => a + (b ?? 0), 0);
  const money = (x: number) => (lang === 'en' ? (x / 1e6).toFixed(1) : formatQuantity(lang, 'money', x));
  const mode = domainWord(lang, 'dispatchMode', r.solver.mode);
  return `  ${pad(mode, lang === 'en' ? 7 : 12)} ${t(lang, 'cli.modeLine', {
    cost: money(s.costYuan),
    supply: money(s.supplyCostYuan),
    shortage: money(s.shortageCostYuan),
    unserved: lang === 'en' ? s.unservedHeatMWh.toFixed(0) : num(s.unservedHeatMWh),
    gasCut: figure(lang, 'gas', cut, 1000),
    breach: s.firstReserveBreach ? formatDate(lang, s.firstReserveBreach) : t(lang, 'cli.common.none'),
    cover: s.minDaysOfCover?.toFixed(1) ?? '—',
    lps: r.solver.lpCount,
    cols: r.solver.columns,
    rows: r.solver.rows,
    ms: r.solver.solveMs.toFixed(0),
  })}`;
}

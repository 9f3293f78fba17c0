/**
 * The human-readable day table and season summary printed by `baogong run --format table`.
 * Units in every header; thousands where the raw figure would not fit.
 */
import { isBelowFloor, type RunResult } from '../index.ts';

const num = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined
    ? '—'
    : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatDayTable(r: RunResult): string {
  const first = r.days[0];
  const sourceIds = Object.keys(first?.sources ?? {});
  const yardIds = Object.keys(first?.yards ?? {});
  const headers = ['date', 'T °C', 'cold wave', 'demand MWh', 'unserved MWh', ...sourceIds.map((s) => `${s} MWh`)];
  for (const y of yardIds) headers.push(`${y} burn t`, `${y} stock t`, `${y} floor t`, `${y} cover d`);
  headers.push('gas supply 10³ m³', 'gas cut 10³ m³', 'cut categories', 'supply k¥', 'shortage k¥', 'cost k¥');
  const rows = r.days.map((d) => {
    const cats = Object.entries(d.gas.categories)
      .filter(([, c]) => (c?.cutM3 ?? 0) > 1)
      .map(([k]) => k);
    const cut = Object.values(d.gas.categories).reduce((s, c) => s + (c?.cutM3 ?? 0), 0);
    const supply = Object.values(d.gas.supplyM3).reduce((a, b) => a + b, 0) + d.gas.withdrawalM3;
    const row = [
      d.date,
      num(d.outdoorTempC, 1),
      d.coldWave === 'none' ? '' : d.coldWave,
      num(d.demandMWh),
      num(d.unservedMWh),
      ...sourceIds.map((s) => num(d.sources[s].heatMWh)),
    ];
    for (const y of yardIds) {
      const yd = d.yards[y];
      row.push(
        num(yd.burnT),
        num(yd.stockT),
        num(yd.floorT),
        num(yd.daysOfCover, 1) + (isBelowFloor(yd.stockT, yd.floorT) ? ' !' : ''),
      );
    }
    row.push(
      num(supply / 1000),
      num(cut / 1000),
      cats.join(' '),
      num(d.supplyCostYuan / 1000),
      num(d.shortageCostYuan / 1000),
      num(d.costYuan / 1000),
    );
    return row;
  });
  return table(headers, rows);
}

export function formatSummary(r: RunResult): string {
  const s = r.summary;
  const cuts = Object.entries(s.gasCutM3ByCategory)
    .map(([k, v]) => `${k} ${num((v ?? 0) / 1000)}`)
    .join(', ');
  const lines = [
    `Scenario ${r.scenarioId} — ${r.scenarioName}`,
    `  season                ${r.days[0]?.date} .. ${r.days.at(-1)?.date} (${s.days} days, ${s.coldWaveDays} GB/T 21987 cold-wave days, ${s.coldSpellDays} cold-spell days)`,
    `  heat demand           ${num(s.heatDemandMWh)} MWh, peak ${num(s.peakDemandMW)} MW on ${s.peakDate} (design load ${num(s.designLoadMW)} MW)`,
    `  unserved heat         ${num(s.unservedHeatMWh, 1)} MWh (homes ${num(s.unservedResidentialHeatMWh, 1)} MWh)`,
    `  coal burned           ${num(s.coalBurnT)} t (${num(s.coalBurnTce)} tce)`,
    `  min days of cover     ${num(s.minDaysOfCover, 1)} d on ${s.minDaysOfCoverDate ?? '—'}; first reserve breach ${s.firstReserveBreach ?? 'none'}`,
    ...Object.entries(s.yards).map(
      ([id, y]) =>
        `  yard ${id.padEnd(16)} floor ${num(y.floorT)} t = ${num(y.maxDailyBurnT)} t/day (${y.basis}) × reserve days; lowest stock ${num(y.minStockT)} t; t/day by basis: design-day ${num(y.maxDailyBurnByBasisT['design-day'])}, season-max ${y.maxDailyBurnByBasisT['season-max'] === null ? '—' : num(y.maxDailyBurnByBasisT['season-max'])}, capacity ${num(y.maxDailyBurnByBasisT.capacity)}`,
    ),
    `  gas supplied          ${num(s.gasSuppliedM3 / 1000)} 10³ m³ (heat sources ${num(s.gasHeatSourcesM3 / 1000)} 10³ m³)`,
    `  gas cut by category   ${cuts || 'none'} (10³ m³)`,
    `  homes protected       ${s.homesProtected ? 'yes' : 'NO'}`,
    `  electricity for heat  ${num(s.electricityMWh)} MWh`,
    `  cost                  ${num(s.costYuan / 1e6, 1)} M¥ = supply ${num(s.supplyCostYuan / 1e6, 1)} M¥ + shortage ${num(s.shortageCostYuan / 1e6, 1)} M¥ (unserved heat and gas cuts valued)`,
    `  solver                ${r.solver.name}, ${r.solver.mode} mode, ${r.solver.lpCount} LPs (${r.solver.lexicographicSolves} needed the full policy sequence), ${num(r.solver.solveMs)} ms solving, status ${r.solver.status}`,
  ];
  if (r.warnings.length > 0) lines.push('Warnings:', ...r.warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}

/** One line per dispatch mode, so the price of myopia is visible. */
export function formatModeLine(r: RunResult): string {
  const s = r.summary;
  const cut = Object.values(s.gasCutM3ByCategory).reduce((a, b) => a + (b ?? 0), 0);
  return `  ${r.solver.mode.padEnd(7)} cost ${(s.costYuan / 1e6).toFixed(1)} M¥ (supply ${(s.supplyCostYuan / 1e6).toFixed(1)} + shortage ${(s.shortageCostYuan / 1e6).toFixed(1)}), unserved ${s.unservedHeatMWh.toFixed(0)} MWh, gas cut ${num(cut / 1000)} 10³ m³, first breach ${s.firstReserveBreach ?? 'none'}, min cover ${s.minDaysOfCover?.toFixed(1) ?? '—'} d; ${r.solver.lpCount} LPs, ${r.solver.columns} × ${r.solver.rows} largest, ${r.solver.solveMs.toFixed(0)} ms solving`;
}

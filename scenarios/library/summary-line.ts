/** One line per run, for `npm run scenarios` (run-all.ts). */
import type { RunResult } from '../../engine/index.ts';

const fmt = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The season in one line: id, heat, unserved, coal, min days of cover, first breach, gas cut, homes protected, cost. */
export function summaryLine(r: RunResult): string {
  const s = r.summary;
  const gasCut = Object.values(s.gasCutM3ByCategory).reduce((a: number, b) => a + (b ?? 0), 0);
  return [
    r.scenarioId.padEnd(18),
    `heat ${fmt(s.heatDemandMWh)} MWh`,
    `unserved ${fmt(s.unservedHeatMWh)} MWh`,
    `coal ${fmt(s.coalBurnT)} t`,
    `min cover ${s.minDaysOfCover === null ? '—' : `${fmt(s.minDaysOfCover, 1)} d`}`,
    `first breach ${s.firstReserveBreach ?? 'none'}`,
    `gas cut ${fmt(gasCut / 1000)} 10³ m³`,
    `homes protected ${s.homesProtected ? 'yes' : 'NO'}`,
    `cost ${fmt(s.costYuan / 1e6, 1)} M¥`,
  ].join(' | ');
}

/**
 * Zhucheng: coal of at least 30 days of the maximum daily use. A scenario with more opening coal
 * (to verify the engine's coal to hold the floor by a re-run) and a yard's days of cover through
 * the season. Pure: no I/O and no solving; imports only the public engine API.
 */
import type { RunResult, Scenario } from '../../engine/index.ts';
import { cloneScenario } from './shared.ts';

/** The same scenario with `extraT[yard]` more coal in each named yard on the first day. */
export function withExtraOpeningStock(s: Scenario, extraT: Readonly<Record<string, number>>): Scenario {
  const c = cloneScenario(s);
  for (const [id, t] of Object.entries(extraT)) {
    const y = c.yards.find((yy) => yy.id === id);
    if (!y) throw new Error(`withExtraOpeningStock: no yard ${id}`);
    y.openingStockT += t;
    y.maxStockT = Math.max(y.maxStockT, y.openingStockT);
  }
  return c;
}

export interface CoverDay {
  date: string;
  stockT: number;
  floorT: number;
  daysOfCover: number | null;
  belowFloor: boolean;
}

/** A yard's stock, floor and days of cover through the season. */
export function coverSeries(r: RunResult, yardId: string): CoverDay[] {
  return r.days.map((d) => {
    const y = d.yards[yardId];
    return {
      date: d.date,
      stockT: y.stockT,
      floorT: y.floorT,
      daysOfCover: y.daysOfCover,
      belowFloor: y.stockT < y.floorT * (1 - 1e-9) - 1e-6,
    };
  });
}

/**
 * The P–Q region of each extraction-condensing CHP, per day or per block (docs/design.md#extraction-chp).
 * With P its power and Q its heat over the period (MWh), h the period's hours and the day's
 * available limits (MW):
 * `chp-max-line`:     P + Cv·Q ≤ P_max·h           (the condensing limit, less Cv per MWh of heat)
 * `chp-min-line`:     P + Cv·Q + slack ≥ P_min·h   (the least steam flow through the turbine)
 * `chp-back-pressure`: P − Cb·Q ≥ 0                (no more heat than the back-pressure line allows)
 * `chp-must-run-power`: P + slack ≥ mustRun·h      (the grid's electrical minimum)
 * Q ≤ Q_max·h is the heat column's bound. The slack (penalised like a broken must-run) opens
 * only when the unit cannot run, e.g. its yard is empty. Coal = (P + Cv·Q) × 3.6/(η_e·LHV):
 * the heat's share is on the heat column (coalTPerMWh = Cv × that), the power's on the power column.
 */
import type { BuildContext } from '../context.ts';
import { tag } from '../context.ts';
import { HOURS_PER_DAY } from '../../units.ts';

interface Period {
  readonly heat: readonly number[];
  readonly power: readonly number[];
  readonly chpSlack: readonly number[];
  readonly hours: number;
  readonly name: string;
}

function periodRows(ctx: BuildContext, d: number, p: Period): void {
  const { b, plan } = ctx;
  plan.sources.forEach((s, si) => {
    const x = s.extraction;
    if (!x) return;
    const P = p.power[si];
    const Q = p.heat[si];
    const slack = p.chpSlack[si];
    const at = `${s.id}:${p.name}`;
    b.addRow(`chp-max-line:${at}`, -Infinity, x.maxPowerMW[d] * p.hours, [
      [P, 1],
      [Q, x.cv],
    ]);
    b.addRow(`chp-back-pressure:${at}`, 0, Infinity, [
      [P, 1],
      [Q, -x.cb],
    ]);
    if (slack < 0) return;
    if (x.minPowerMW[d] > 0)
      b.addRow(`chp-min-line:${at}`, x.minPowerMW[d] * p.hours, Infinity, [
        [P, 1],
        [Q, x.cv],
        [slack, 1],
      ]);
    if (x.mustRunPowerMW[d] > 0)
      b.addRow(`chp-must-run-power:${at}`, x.mustRunPowerMW[d] * p.hours, Infinity, [
        [P, 1],
        [slack, 1],
      ]);
  });
}

export function buildChpRegion(ctx: BuildContext): void {
  if (!ctx.plan.sources.some((s) => s.extraction)) return;
  const blocks = ctx.plan.blocks;
  for (let k = 0; k < ctx.count; k++) {
    const d = ctx.first + k;
    const v = ctx.vars.days[k];
    if (blocks === null) periodRows(ctx, d, { ...v, hours: HOURS_PER_DAY, name: tag(ctx, k) });
    else
      v.blocks.forEach((bv, bi) => periodRows(ctx, d, { ...bv, hours: blocks.hours, name: `${tag(ctx, k)}:b${bi}` }));
  }
}

/**
 * Cold-wave events: the maximal runs of consecutive days that `detectColdWaves` labels
 * (GB/T 21987), each with its grade (the highest in the run), its length and the drop that
 * triggered it, expressed as the 24 h drop that meets the same grade. The 48 h and 72 h
 * thresholds exceed the 24 h ones by 2 and 4 °C for every grade, so
 *   drop24-equivalent = max(d24, d48 − 2, d72 − 4).
 */
import { gradeRank, type ColdWaveGrade } from './cold-wave.ts';

export interface ColdWaveEvent {
  readonly start: string;
  readonly grade: Exclude<ColdWaveGrade, 'none'>;
  readonly dropC: number;
  readonly days: number;
}

/** Events of a consecutive daily series given its labels (from `detectColdWaves`). */
export function coldWaveEvents(series: readonly { date: string; tMinC: number }[], labels: readonly ColdWaveGrade[]): ColdWaveEvent[] {
  const out: ColdWaveEvent[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 'none' || (i > 0 && labels[i - 1] !== 'none')) continue;
    let j = i;
    let grade = labels[i];
    while (j + 1 < labels.length && labels[j + 1] !== 'none') {
      j++;
      if (gradeRank(labels[j]) > gradeRank(grade)) grade = labels[j];
    }
    const t = (k: number) => series[k]?.tMinC ?? -Infinity;
    const drop = Math.max(t(i - 1) - t(i), t(i - 2) - t(i) - 2, t(i - 3) - t(i) - 4);
    out.push({ start: series[i].date, grade: grade as ColdWaveEvent['grade'], dropC: Number.isFinite(drop) ? drop : 0, days: j - i + 1 });
  }
  return out;
}

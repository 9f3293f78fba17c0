/**
 * Cold-wave events: the maximal runs of consecutive cold-spell days (each run begins on a
 * GB/T 21987 graded day, see `detectColdSpells` for the project's spell rule), each with its
 * grade (the highest graded day in the run), its length in days and the drop that triggered
 * it, expressed as the 24 h drop that meets the same grade. The 48 h and 72 h thresholds
 * exceed the 24 h ones by 2 and 4 °C for every grade, so
 *   drop24-equivalent = max(d24, d48 − 2, d72 − 4).
 * The length counts the spell (the cold that the synthetic generator re-injects), not only
 * the graded days.
 */
import { detectColdSpells, gradeRank, type ColdWaveGrade } from './cold-wave.ts';

export interface ColdWaveEvent {
  readonly start: string;
  readonly grade: Exclude<ColdWaveGrade, 'none'>;
  readonly dropC: number;
  /** Days of the event's cold spell, its graded first day included. */
  readonly days: number;
}

/**
 * Events of a consecutive daily series given its grades (from `detectColdWaves`) and, when
 * already at hand, its spells (from `detectColdSpells`; worked out here otherwise).
 */
export function coldWaveEvents(
  series: readonly { date: string; tMinC: number }[],
  grades: readonly ColdWaveGrade[],
  spells: readonly boolean[] = detectColdSpells(series, grades),
): ColdWaveEvent[] {
  const out: ColdWaveEvent[] = [];
  for (let i = 0; i < spells.length; i++) {
    if (!spells[i] || (i > 0 && spells[i - 1])) continue;
    let j = i;
    let grade = grades[i];
    while (j + 1 < spells.length && spells[j + 1]) {
      j++;
      if (gradeRank(grades[j]) > gradeRank(grade)) grade = grades[j];
    }
    // a run with no graded day: only with spells cut from a longer series (begins mid-spell)
    if (grade === 'none') continue;
    const t = (k: number) => series[k]?.tMinC ?? -Infinity;
    const drop = Math.max(t(i - 1) - t(i), t(i - 2) - t(i) - 2, t(i - 3) - t(i) - 4);
    out.push({
      start: series[i].date,
      grade: grade as ColdWaveEvent['grade'],
      dropC: Number.isFinite(drop) ? drop : 0,
      days: j - i + 1,
    });
  }
  return out;
}

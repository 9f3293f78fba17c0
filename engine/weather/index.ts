/** Weather inputs: daily temperature series, GB/T 21987 cold-wave grading and the project's cold spells. */
export {
  type DayWeather,
  parseTemperatureCsv,
  sliceHorizon,
  leadInDays,
  constantSeries,
  monthlyNormalsSeries,
  shiftSeries,
  datesBetween,
  addDays,
} from './series.ts';
export {
  type ColdWaveGrade,
  type InjectColdWaveOptions,
  type ColdWaveCriterion,
  COLD_WAVE_CRITERIA,
  GRADE_LOOKBACK_DAYS,
  LEAD_IN_DAYS,
  MAX_SPELL_DAYS,
  SPELL_HOLD_BAND_C,
  gradeRank,
  gradeCriterion,
  triggerGrade,
  detectColdWaves,
  detectColdSpells,
  gradeWithLeadIn,
  injectColdWave,
} from './cold-wave.ts';

/** Weather inputs: daily temperature series and GB/T 21987 cold-wave grading. */
export {
  type DayWeather,
  parseTemperatureCsv,
  sliceHorizon,
  constantSeries,
  monthlyNormalsSeries,
  shiftSeries,
  datesBetween,
  addDays,
} from './series.ts';
export {
  type ColdWaveGrade,
  type InjectColdWaveOptions,
  COLD_WAVE_CRITERIA,
  MAX_WAVE_DAYS,
  WAVE_HOLD_BAND_C,
  gradeRank,
  triggerGrade,
  detectColdWaves,
  injectColdWave,
} from './cold-wave.ts';

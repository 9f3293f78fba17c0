/** The weather-ensemble validation report (notebooks/ensemble-validation.ts) in English. */
export const ensemble = {
  title: 'Weather ensembles against the Beijing record',
  label: {
    meanC: 'season mean of the daily mean (°C)',
    sdC: 'spread: standard deviation of the daily mean (°C)',
    lag1: 'lag-1 autocorrelation of the daily mean',
    coldWaveEvents: 'cold-wave events a season (GB/T 21987)',
    coldWaveDays: 'GB/T 21987 cold-wave (graded) days a season',
    coldSpellDays: 'cold-spell days a season (project rule)',
    coldestDayC: 'coldest daily mean (°C)',
  },
  intro:
    'The Monte Carlo draws its weather from one of three ensembles built on the shipped series (Beijing Capital Airport, 2010–2014, UCI "Beijing PM2.5", CC BY 4.0): the {{n}} historical seasons themselves ({{labels}}), a matched block bootstrap of them, and a synthetic generator. This page compares {{runs}} synthetic and {{runs}} bootstrap seasons (seed {{seed}}) with the record, season by season, on the horizon of the demo scenario (15 Nov – 15 Mar, 121 days).',
  modelHeading: 'The synthetic model as fitted',
  cycle:
    'annual cycle of the daily mean: three harmonics fitted by least squares to all {{first}}..{{last}} days; annual mean {{annualMean}} °C, {{jan15}} °C on 15 Jan, and the winter residual mean μ = {{mu}} °C',
  anomalies:
    'daily anomalies: AR(1) with φ = {{phi}}, innovations σ = {{sigma}} °C (simple-statistics linearRegression of each day on the day before, {{windowDays}} window days)',
  offset:
    "season-to-season offset of the mean: s = {{s}} °C (the record's variance of season means less the AR(1)'s own; Katz & Parlange 1998 overdispersion correction)",
  gaps: 'minimum = mean − gap: gap {{gapMean}} °C + {{beta}} × anomaly, AR(1) φ = {{gapPhi}}, σ = {{gapSigma}} °C; maximum likewise ({{maxGap}} °C)',
  coldWaves:
    "cold waves: {{count}} events in the record's window days ({{events}}) = {{observed}} a season; the AR(1) alone makes {{base}}, so {{injected}} a season are injected ({{note}})",
  coldWaveEvent: '{{start}} {{grade}}, {{drop}} °C, {{days}} d',
  noneInjected: 'none: the Gaussian process already reaches the observed frequency',
  copies: 'copies of the recorded events',
  statsHeading: 'Season statistics',
  statistic: 'statistic',
  record: 'record: mean (min … max of {{n}})',
  synthetic: 'synthetic: mean (P5 … P95 of {{runs}})',
  bootstrap: 'bootstrap: mean (P5 … P95 of {{runs}})',
  meanCheck: 'mean within 1 °C of the record: {{ok}} ({{diff}} °C)',
  spreadCheck: 'spread within 20 %: {{ok}} ({{diff}} %)',
  lagCheck: 'lag-1 autocorrelation within 0.06: {{ok}} ({{diff}})',
  bandCheck: 'every recorded season mean inside the synthetic P5–P95 band: {{ok}}',
  frequencyCheck:
    'cold-wave frequency: {{drawn}} a season against {{observed}} observed (3 events: the exact Poisson 95 % interval is {{low}}–{{high}} a season)',
  climatologyCaption:
    'Daily mean temperature by day of the season: synthetic P5–P95 band and median, and the four recorded seasons.',
  climatologyTitle: 'Daily mean temperature through the season',
  climatologySubtitle: '{{runs}} synthetic seasons (band P5–P95, line P50) against the record 2010–2014',
  dayOfSeason: 'Day of the season (0 = 15 Nov)',
  dailyMean: 'Daily mean outdoor temperature (°C)',
  recordedSeason: 'Recorded season',
  distributionSubtitle: '{{runs}} synthetic and {{runs}} bootstrap seasons; red rules: the recorded seasons',
  seasons: 'Seasons',
  ensemble: 'Ensemble',
  syntheticName: 'synthetic',
  bootstrapName: 'bootstrap',
  meanCaption: 'Season mean temperature: the ensembles against the four recorded seasons.',
  spreadCaption: 'Spread of the daily mean within a season.',
  lagCaption: 'Lag-1 autocorrelation of the daily mean within a season.',
  coldWaveCaption: 'GB/T 21987 cold-wave events a season.',
  readingHeading: 'Reading it',
  reading:
    'The synthetic generator reproduces the record\u2019s mean, spread and persistence and, through the season offset, its year-to-year variation; it also produces seasons colder than any of the four recorded ones (the coldest day reaches below −13 °C one season in twenty), which is what a risk study needs and a four-season bootstrap cannot give: the bootstrap never leaves the range of its four seasons. The cold-wave frequency rests on three recorded events, so it is uncertain by a factor of three either way; `--cold-waves` sets it explicitly for stress runs.',
} as const;

/** The cold-wave study's report (notebooks/cold-wave-study.ts) in English. */
export const coldWave = {
  title: 'Cold-wave study: the demo city in an extreme cold wave, with and without a gas cut',
  running: 'running {{label}}…',
  cases: {
    baseline: 'baseline',
    extreme: 'extreme cold wave',
    extremeCut: 'extreme cold wave + 30 % gas cut',
  },
  intro:
    "Scenario `{{id}}` ({{name}}), {{days}} days, daily dispatch (one LP a day, the operator sees today only). The cold wave is injected with the engine's `injectColdWave`: from {{start}} the daily temperatures drop so that the detector grades the first day **extreme** (GB/T 21987: a 24 h drop of the minimum of at least 12 °C to 0 °C or below), held {{waveDays}} days, then {{recoveryDays}} days of linear recovery. The gas cut removes {{cutPercent}} % of every supply point's capacity from {{cutStart}} to {{cutEnd}} (storage untouched).",
  casesHeading: 'The three cases',
  table: {
    case: 'case',
    coldestDay: 'coldest day °C',
    coldWaveDays: 'cold-wave days (graded)',
    coldSpellDays: 'cold-spell days',
    peak: 'peak demand MW',
    unserved: 'unserved heat MWh (homes)',
    coal: 'coal burned t',
    minCover: 'min days of cover',
    breach: 'first floor breach',
    gasCut: 'gas cut 10³ m³ (homes)',
    homes: 'homes protected',
    cost: 'cost M¥',
  },
  peakLine:
    "the cold wave raises the peak heat demand from {{from}} to {{to}} MW; the season's coal burn {{coal}}; the lowest days of cover go from {{coverFrom}} to {{coverTo}} d",
  coalSame:
    'is the same over the season: the extra coal burned during the wave is made up later by burning less while the yard climbs back to its floor (coal-stock chart)',
  coalChanges: 'changes by {{tonnes}} t',
  gasLine:
    'gas cut over the season: {{base}} 10³ m³ baseline, {{wave}} 10³ m³ in the cold wave, {{both}} 10³ m³ with the gas cut as well; homes (residential and heating-residential gas) lose {{homes}} 10³ m³ in the worst case — the priority order (压非保民) cuts interruptible, industrial, vehicles and commercial users first',
  unservedLine:
    'unserved heat: {{base}} → {{wave}} → {{both}} MWh, of it for homes {{homesBase}} → {{homesWave}} → {{homesBoth}} MWh',
  charts: {
    temperature: 'Outdoor temperature of the cold-wave case, cold-wave days shaded by GB/T 21987 grade (engine chart).',
    coalStockCaption: 'Coal stock of the yard in the three cases against its 30-day reserve floor (dashed).',
    coalStockTitle: 'Coal stock against the 30-day reserve floor',
    coalStockSubtitle: 'All yards; the floor (dashed) is 30 × the design-day burn',
    coalStockAxis: 'Coal stock (t)',
    floor: 'floor',
    gasDailyCaption: 'Gas cut each day, all categories, in the three cases.',
    gasDailyTitle: 'Gas cut each day',
    gasDailySubtitle: 'All consumer categories together',
    gasDailyAxis: 'Gas cut (m³/day)',
    gasCategoryCaption: 'Gas cut over the season by category: the priority order protects homes last-cut.',
    gasCategoryTitle: 'Gas cut over the season by consumer category',
    gasCategorySubtitle: 'Categories in the default cut order (first cut first)',
    gasCategoryAxis: 'Gas cut (10³ m³)',
    unservedCaption: 'Unserved heat each day in the three cases.',
    unservedTitle: 'Unserved heat each day',
    unservedSubtitle: 'All zones, homes and other buildings',
    unservedAxis: 'Unserved heat (MWh/day)',
  },
} as const;

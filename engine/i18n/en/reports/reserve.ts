/** The reserve-sizing report (notebooks/reserve-sizing.ts) in English. */
export const reserve = {
  title: 'Coal reserve sizing: the demo yard \u2018{{yard}}\u2019',
  rule: 'Rule (the heating plans: 储备量不得少于30天的日最大耗煤量): the yard must hold floor = 30 × the maximum daily burn, here {{maxDaily}} t/day (the larger of its design-day burn and its largest daily burn in a floor-free run of the season; the demo CHP yard runs flat out on both), so {{floor}} t. Question: what opening stock on {{start}} keeps the stock at or above the floor on every day of the season in at least {{target}} of seasons?',
  seasons:
    "Seasons: {{runs}} Monte Carlo seasons (seed {{seed}}) of {{weather}} weather × random coal-delivery disruptions ({{events}} a season, {{minDays}}–{{maxDays}} days, {{minCut}}–{{maxCut}} of deliveries lost) and gas-supply disruptions ({{gasEvents}} a season), each dispatched day by day ({{mode}} mode). The scenario's own dated what-if disruptions are replaced by the sampled ones.",
  atScenario: 'At the scenario\u2019s own opening stock',
  openingStock: 'opening stock {{stock}} t, deliveries {{deliveries}} t/day',
  floorBroken: 'the floor is broken in {{share}} of seasons (95 % interval {{low}}–{{high}})',
  lowestCover: 'lowest days of cover in a season: P50 {{p50}} d, P10 {{p10}} d, P1 {{p1}} d',
  homesCut: 'any cut to homes in {{share}} of seasons; unserved heat P95 {{p95}} MWh',
  histogramCaption:
    'Lowest days of coal cover in each Monte Carlo season at the scenario\u2019s opening stock (30 d = the floor).',
  answers: 'The answers',
  notReached: 'not reached up to {{upper}} {{unit}}',
  answer:
    "**{{answer}} {{unit}}** (at most {{tol}} {{unit}} above the exact threshold of these seasons); the floor then holds in {{atAnswer}} of seasons, against {{atScenario}} at the scenario's {{value}} {{unit}}; {{evaluations}} seasons solved",
  unitT: 't',
  unitTPerDay: 't/day',
  smallestStock: 'smallest opening stock: {{line}}',
  smallestRate:
    "smallest steady delivery rate with the scenario's opening stock (schedule windows replaced by one steady rate): {{line}}",
  method:
    'Method: bracketing and bisection over the same seasons for every candidate value (common random numbers), assuming a season that holds at some stock also holds at any larger stock; each season is solved again only where that does not already decide it. The first guess is each season\u2019s linear estimate (stock plus the extra coal that would just have held the floor if the dispatch did not react) at the target quantile; the runs then correct it, because the daily dispatch does react: below the floor it may burn gas instead of coal, since the default policy ranks the coal floor above commercial, vehicle, industrial and interruptible gas.',
  curveStockCaption:
    'Share of seasons whose floor holds all season against the opening stock; every value the search tried.',
  curveRateCaption: 'Share of seasons whose floor holds all season against a steady delivery rate.',
  curveStock: 'opening stock t',
  curveHeld: 'floor held all season',
  closedFormHeading: 'Closed-form check',
  closedForm:
    'One coal boiler, 1 Mm² of homes at 50 W/m², constant −3 °C (design −10 °C), η 0.8, 20 GJ/t, deliveries 100 t/day, 30 days: burn b = 900 MWh × 3.6 / (0.8 × 20) = 202.5 t/day, floor F = 30 × 270 = 8 100 t; the end-of-day stock on day n is S0 + n(r − b), so the floor holds all season iff S0 ≥ F + N(b − r) = 11 175 t, or, with S0 = 10 000 t, r ≥ b − (S0 − F)/N = 139.17 t/day. The search finds {{stock}} t (tolerance {{stockTol}} t) and {{rate}} t/day (tolerance {{rateTol}} t/day).',
} as const;

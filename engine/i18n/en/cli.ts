/**
 * The command line's texts in English: help, error lines, the run's day table and summary,
 * validate, and the risk commands' tables. The English here is exactly what the CLI printed
 * before it spoke Chinese (test/cli pins it).
 */
export const cli = {
  help: {
    usage: 'usage:',
    options: 'options:',
    example: 'example:',
    thisText: 'this text',
    commandHelp:
      "baogong <command> --help     (or baogong help <command>): a command's options, defaults and an example",
    keys: 'baogong keys create --role reader|runner|admin --name NAME [--expires YYYY-MM-DD | --expires-in-days N] | keys list | keys revoke ID     API keys of the HTTP server (its database: BAOGONG_DATA_DIR or BAOGONG_DB)',
    globalLang:
      'Every command takes --lang zh|en: the language of the tables and messages a person reads (default from LC_ALL, LC_MESSAGES or LANG, else en). JSON and CSV keep their English keys and SI figures in both languages.',
    lang: 'language of the tables and messages a person reads: zh (Chinese: 万吨, 万 m³, 万元, dates as 2013年1月20日, sources by their names) or en (default from LC_ALL, LC_MESSAGES or LANG, else en); JSON and CSV keep their English keys and SI figures in both languages',
    run: {
      description:
        "Runs one heating season of a scenario: each day's heat demand, dispatch of the sources, coal stocks against the 30-day reserve floor and the gas balance. Prints the day table (units in every header) and the season summary; or the whole RunResult as JSON, the day table as CSV, or the result workbook. Plausibility warnings are listed with the summary; progress goes to stderr.",
      options: {
        format:
          'table (the day table and the summary), json (the RunResult and nothing else on stdout), csv (the day table, units in the headers) or xlsx (the result workbook, written to --out) (default table)',
        out: 'a folder that gets result.json and days.csv (with --format xlsx: a FILE.xlsx, or a folder that gets result.xlsx; default ./result.xlsx) (default: nothing written)',
        mode: "dispatch mode: {{modes}} (default the scenario's dispatch.mode)",
        solver: "LP solver: {{solvers}} (default the scenario's dispatch.solver)",
        'with-season':
          'with the table, also run season mode (perfect foresight) and print both one-line summaries (default off)',
      },
    },
    validate: {
      description:
        'Checks a scenario file without running it: the JSON syntax (line and column), the schema (every problem by its JSON path, an unknown key with the closest known one) and the cross-field rules (ids that must exist). A valid scenario gets a one-line description and any plausibility warnings (allowed, but worth a look: oversized sources, short capacity, an unusual heat index). Exit status 0 when valid, 2 when not.',
      options: {
        format:
          'text, or json: one object { ok, problems, warnings } (each problem and warning { path, message }; when not ok also the error code and message) and nothing else on stdout (default text)',
      },
    },
    worker: {
      description:
        "Runs queue jobs: takes chunks of seasons of any study submitted with --queue (baogong risk … --queue) from the Redis at the URL and runs them on this machine's worker threads, storing each chunk's rows in Redis. Start one per machine; stop it with SIGTERM or Ctrl-C (the jobs in hand finish; a second signal drops them for other workers to take over). A worker killed outright loses nothing: its job goes to another worker once its lock lapses (--lock-ms).",
      options: {
        queue: 'the Redis of the queue, redis://[:password@]host:port[/db] (required; no default)',
        concurrency: 'chunk jobs in hand at once (default: the threads, at least 2)',
        threads: 'worker threads of the local pool, a whole number ≥ 1 (default: the available cores)',
        'lock-ms':
          "how long a job's lock lasts without renewal before another worker may take the job over, ms (default 30000); a dead worker's job restarts after about this long",
        'stalled-ms': 'how often this worker looks for jobs whose lock lapsed, ms (default 15000)',
        name: "this worker's name in logs and in the study record (default host:pid)",
      },
    },
    study: {
      description:
        'A study submitted to the queue (baogong risk … --queue): status prints its state and chunks done, failed and in total; result prints its result as the submitting command would have (table, json or csv), once every chunk is in; cancel removes its waiting chunks and makes the workers skip the rest.',
      options: {
        queue: 'the Redis of the queue, redis://[:password@]host:port[/db] (required; no default)',
        format:
          'status: table or json; result: table, json (the whole result, nothing else on stdout) or csv (default table)',
      },
    },
    risk: {
      description:
        'Monte Carlo risk study: simulates many seasons of the scenario with sampled weather, cold waves and coal- and gas-supply disruptions, and prints the probability of breaking the 30-day coal reserve floor, of cutting homes, of unserved heat and of any gas cut (with 95 % intervals), and the percentiles of the days of cover, unserved heat (MWh), gas cut (10³ m³) and cost (M¥) per season. --format csv prints one row per season instead. Progress goes to stderr.',
      options: {
        runs: 'seasons to simulate, a whole number 1..1000000 (default 200)',
        seed: 'seed of the whole experiment, a whole number 0..4294967295 (default 1); the same seed gives the same seasons',
        workers: 'worker threads, 0 runs in this thread (default: the available cores, at most one per season)',
        mode: "dispatch mode of each season: {{modes}} (default the scenario's dispatch.mode)",
        solver: 'LP solver: {{solvers}} (default auto: picked by model size)',
        weather: 'weather ensemble: {{weathers}} (default synthetic for CSV weather, else scenario)',
        'cold-waves': 'cold waves injected into synthetic seasons, 1/season (default: as observed in the series)',
        'coal-events':
          'coal-delivery disruptions per yard, expected events/season (default the scenario risk block, else 1)',
        'coal-days': 'length of a coal disruption, MIN-MAX days (default 3-10)',
        'coal-cut': 'share of coal deliveries lost, MIN-MAX fractions 0..1 (default 0.3-0.8)',
        'gas-events': 'gas-supply disruptions city-wide, expected events/season (default 0.5)',
        'gas-days': 'length of a gas disruption, MIN-MAX days (default 2-7)',
        'gas-cut': 'share of the supply point lost, MIN-MAX fractions 0..1 (default 0.1-0.4)',
        'keep-disruptions': "keep the scenario's own dated disruptions as well as the sampled ones (default: replaced)",
        queue:
          'run the seasons on the BullMQ queue in the Redis at this URL, redis://[:password@]host:port[/db], on the workers (baogong worker, each with its own --threads; --workers is then ignored) instead of here; the result is the same (default: none, run on this machine)',
        chunk: 'with --queue: seasons per job (default: as many as take about 1 s here, one season timed first)',
        detach:
          'with --queue: print the study id and return at once; fetch the result later with baogong study result ID (default: wait for the result)',
        progress: 'show the progress bar on stderr even when it is not a terminal (default: only on a terminal)',
        format: 'table, json (the whole result, nothing else on stdout) or csv (default table)',
      },
    },
    province: {
      description:
        "Province study: runs the cities of a study file season by season with one weather draw for the whole province (each city shifted to its design temperature) and one disruption draw for each shared gas supply point and coal route, and prints the probability that some city cuts homes' gas, cuts homes at all, breaches a yard's floor or fails (with 95 % intervals), the province's unserved heat and gas cut per season (mean, P50, P90, P99), and for each city its probabilities and the share of seasons it fails first. --format csv prints one row per season and city. Progress goes to stderr.",
      options: {
        runs: "seasons to simulate, a whole number 1..1000000 (default the study's runs, else 200)",
        seed: "seed of the whole study, a whole number 0..4294967295 (default the study's seed, else 1); the same seed gives the same seasons",
        workers: 'worker threads, 0 runs in this thread (default: the available cores, at most one per season)',
        mode: "dispatch mode of every city's season: {{modes}} (default each scenario's dispatch.mode)",
        solver: 'LP solver: {{solvers}} (default auto: picked by model size)',
        format:
          'table, json (the whole result, nothing else on stdout) or csv (one row per season and city; city * is the province) (default table)',
      },
    },
    'size-reserve': {
      description:
        "Sizes a coal yard's reserve: searches, over the same sampled seasons as risk, for the smallest opening stock (t) and the smallest steady delivery rate (t/day) that keep the 30-day reserve floor every day in at least the target share of seasons, and prints each answer with the curve of share held against the value tried. --format csv prints the curve points.",
    },
    'gas-n1': {
      description:
        "Gas security after EU Regulation 2017/1938: the N-1 infrastructure indicator (the city's gas entry, production, storage and LNG with its largest supply point out, against the peak day's demand, in %; ≥ 100 % passes) and the three supply-standard tests (a 7-day peak, 30 days of high demand, 30 days with the largest point out), each asking whether homes and other protected users keep their gas and heat. --format csv prints one row per test.",
    },
    'heat-n1': {
      description:
        'Heat N-1: one design day per outage, links counted. For each zone, its design demand (MW) against its own and imported capacity, whether it is still met with its largest source out, and the share of its demand served with each source in turn out. --format csv prints one row per zone.',
    },
    init: {
      description:
        "Starts your own city: writes scenario.json from a template, weather.csv (Beijing's daily temperatures for the template's horizon, with their attribution), scenario.schema.json (so an editor checks the fields as you type) and a README.md with the next commands, into the folder. Never overwrites: if any of the four files exists, nothing is written.",
    },
    'compare-modes': {
      description:
        "Runs the same scenario in each dispatch mode (daily, season, rolling) and prints one line per mode: the season's cost (M¥, supply + shortage), unserved heat (MWh), gas cut (10³ m³), first reserve breach, lowest days of cover (d) and the LPs solved. The difference between daily or rolling and season (perfect foresight) is the price of myopia. Progress goes to stderr.",
    },
    'export-lp': {
      description:
        'Writes the exact linear program the engine solves for a window of the scenario to stdout, with the row names of the model builders (`{concern}:{id}:{date}`), to read or to solve with another solver (glpsol, clp, HiGHS). Where the policy needs several LPs in turn, stderr lists them and --stage picks one.',
    },
    serve: {
      description:
        'Starts the HTTP server (the JSON API under /v1 and the page) in the foreground, as npm start does; PORT and HOST in the environment work too. Stop it with Ctrl-C.',
    },
    bench: {
      description:
        'Runs the solver benchmark (bench/run.ts, as npm run bench does): every solver on a ladder of LPs from one day to a whole season, timed, with the results written under bench/results/ and, with --compare, set against an earlier run.',
    },
    xlsx: {
      description:
        'Scenarios as spreadsheets. export writes the scenario as a workbook, one sheet per table with the unit in each header and a drop-down list for every choice; import reads a workbook back to scenario JSON, naming each problem by its cell (sources!E3) and writing nothing then. Every shipped scenario comes back byte for byte.',
    },
  },
  usageErrors: {
    queueNeeded: '{{command}} needs --queue redis://host:port: the Redis of the study queue',
    withUsage: '$t({{detail}})\nusage: {{usage}}',
    parse: '{{message}}',
    lang: '--lang must be {{allowed}}; got {{got}}',
    choice: '--{{name}} must be {{allowed}}; got {{got}}',
    needs: '{{command}} needs {{names}}',
    unexpected: 'unexpected arguments: {{args}}',
    unknownCommand: 'unknown command `{{name}}`\n{{help}}',
    helpOne: 'help takes one command name; got {{args}}',
    dayOrSeason: 'give --day or --season, not both',
    stage: '--stage must be 0..{{last}} or last; got {{got}}',
    number: '--{{name}} must be $t(cli.usageErrors.kind.{{kind}})$t(cli.usageErrors.bounds.{{bounds}}); got {{got}}',
    kind: { integer: 'a whole number', number: 'a number' },
    bounds: { both: ' ≥ {{min}} and ≤ {{max}}', min: ' ≥ {{min}}', max: ' and ≤ {{max}}' },
    numberPlain: '--{{name}} must be $t(cli.usageErrors.kind.{{kind}}); got {{got}}',
    range: '--{{name}} must be MIN-MAX, e.g. 3-10; got {{got}}',
    studyAction: 'study needs status, result or cancel; got {{got}}',
    xlsxAction: 'xlsx needs export or import; got {{got}}',
  },
  error: {
    headline: 'error {{code}}: {{message}}',
    document: '(document)',
    pathSep: ': ',
    unexpected: 'error: {{message}}',
  },
  common: {
    none: 'none',
    yes: 'yes',
    NO: 'NO',
    itemSep: ', ',
  },
  units: {
    tonnes: 't',
    tonnesPerDay: 't/day',
  },
  queue: {
    progress: 'seasons on the queue',
    submitted: 'study {{id}}: {{runs}} seasons in {{chunks}} jobs of {{chunk}} on {{url}}',
    detached: 'follow it with: baogong study status {{id}} --queue {{url}}',
    workerStarted:
      'worker {{name}} on {{url}}: {{threads}} threads, {{concurrency}} jobs at once, lock {{lockMs}} ms, stalled check every {{stalledMs}} ms; waiting for jobs (SIGTERM or Ctrl-C to stop)',
    workerChunk: 'study {{study}} chunk {{chunk}}: {{seasons}} seasons in {{seconds}} s',
    workerSkipped: 'study {{study}} chunk {{chunk}}: skipped ({{why}})',
    workerStopping: 'stopping: finishing the jobs in hand (signal again to drop them for other workers)',
    workerStopped: 'worker {{name}} stopped',
    status:
      'study {{id}} ({{kind}}): {{state}}; {{done}} of {{chunks}} chunks done ({{seasons}} of {{runs}} seasons, {{chunk}} a chunk), {{failed}} failed; {{seconds}} s since submission',
    statusError: 'error {{code}}: {{message}}',
    state: { running: 'running', done: 'done', cancelled: 'cancelled', failed: 'failed' },
    cancelled:
      'study {{id}} cancelled: {{removed}} waiting chunks removed; chunks already running finish and are not used',
    notRunning: 'study {{id}} is {{state}}: nothing to cancel',
  },
  progress: {
    solvingDay: 'solving day',
    seasons: 'seasons',
  },
  dayTable: {
    date: 'date',
    temperature: 'T {{unit}}',
    coldWave: 'cold wave',
    demand: 'demand {{unit}}',
    unserved: 'unserved {{unit}}',
    source: '{{name}} {{unit}}',
    yardBurn: '{{name}} burn {{unit}}',
    yardStock: '{{name}} stock {{unit}}',
    yardFloor: '{{name}} floor {{unit}}',
    yardCover: '{{name}} cover {{unit}}',
    gasSupply: 'gas supply {{unit}}',
    gasCut: 'gas cut {{unit}}',
    cutCategories: 'cut categories',
    supplyCost: 'supply {{unit}}',
    shortageCost: 'shortage {{unit}}',
    cost: 'cost {{unit}}',
  },
  summary: {
    title: 'Scenario {{id}} — {{name}}',
    label: {
      season: 'season',
      heatDemand: 'heat demand',
      unserved: 'unserved heat',
      coal: 'coal burned',
      minCover: 'min days of cover',
      yard: 'yard {{id}}',
      gasSupplied: 'gas supplied',
      gasCut: 'gas cut by category',
      homes: 'homes protected',
      electricity: 'electricity for heat',
      cost: 'cost',
      solver: 'solver',
    },
    season:
      '{{from}} .. {{to}} ({{days}} days, {{coldWaveDays}} GB/T 21987 cold-wave days, {{coldSpellDays}} cold-spell days)',
    heatDemand: '{{demand}} MWh, peak {{peak}} MW on {{date}} (design load {{design}} MW)',
    unserved: '{{all}} MWh (homes {{homes}} MWh)',
    coal: '{{coal}} t ({{tce}} tce)',
    minCover: '{{days}} d on {{date}}; first reserve breach {{breach}}',
    yard: 'floor {{floor}} t = {{maxDaily}} t/day ({{basis}}) × reserve days; lowest stock {{minStock}} t; t/day by basis: design-day {{designDay}}, season-max {{seasonMax}}, capacity {{capacity}}',
    basis: {
      'max-of-design-and-season': 'max-of-design-and-season',
      'design-day': 'design-day',
      'season-max': 'season-max',
      capacity: 'capacity',
    },
    gasSupplied: '{{supplied}} 10³ m³ (heat sources {{heat}} 10³ m³)',
    gasCut: '{{cuts}} (10³ m³)',
    electricity: '{{mwh}} MWh',
    cost: '{{total}} M¥ = supply {{supply}} M¥ + shortage {{shortage}} M¥ (unserved heat and gas cuts valued)',
    solver:
      '{{name}}, {{mode}} mode, {{lpCount}} LPs ({{lexi}} needed the full policy sequence), {{ms}} ms solving, status {{status}}',
    warnings: 'Warnings:',
  },
  modeLine:
    'cost {{cost}} M¥ (supply {{supply}} + shortage {{shortage}}), unserved {{unserved}} MWh, gas cut {{gasCut}} 10³ m³, first breach {{breach}}, min cover {{cover}} d; {{lps}} LPs, {{cols}} × {{rows}} largest, {{ms}} ms solving',
  run: {
    seasonMode: 'Same scenario in season mode (one LP, perfect foresight):',
    wroteTwo: 'wrote {{a}} and {{b}}',
    wrote: 'wrote {{file}}',
  },
  init: {
    wrote: 'wrote {{files}} (template {{template}})',
    next: 'next: npx baogong validate {{file}}',
    exists: '{{path}} already exists; init never overwrites a file: choose a new folder or move the file away',
  },
  validate: {
    valid:
      '{{file}}: valid scenario `{{id}}` ({{zones}} zones, {{sources}} sources, {{yards}} yards, {{start}}..{{end}})',
    warning: 'warning {{path}}: {{message}}',
    warningsOne: '1 warning: allowed, but check it (baogong run lists it too)',
    warningsMany: '{{n}} warnings: allowed, but check them (baogong run lists them too)',
  },

  weather: {
    synthetic: 'synthetic',
    bootstrap: 'bootstrap',
    historical: 'historical',
    scenario: 'scenario',
  },
  risk: {
    header:
      'Monte Carlo: {{id}}, {{runs}} seasons ({{weather}} weather, {{mode}} dispatch, seed {{seed}}); {{workers}} workers, {{seconds}} s ({{rate}} seasons/min)',
    disruptions: "Disruptions: coal {{coal}}; gas {{gas}}; the scenario's own dated disruptions {{own}}",
    ratesOne: '{{n}} event/season {{per}}, {{minDays}}–{{maxDays}} d, {{minCut}}–{{maxCut}} lost',
    ratesMany: '{{n}} events/season {{per}}, {{minDays}}–{{maxDays}} d, {{minCut}}–{{maxCut}} lost',
    perYard: 'per yard',
    cityWide: 'city-wide',
    kept: 'kept',
    replaced: 'replaced',
    probability: 'probability',
    share: 'share',
    interval: '95 % interval',
    seasons: 'seasons',
    reserveBreach: '30-day reserve floor broken',
    homesCut: 'any cut to homes (gas or heat)',
    unservedHeat: 'any unserved heat',
    anyGasCut: 'any gas cut',
    figure: 'figure per season',
    mean: 'mean',
    minCover: 'min days of cover ({{unit}})',
    unserved: 'unserved heat ({{unit}})',
    gasCutAll: 'gas cut, all ({{unit}})',
    gasCutCategory: '  {{category}} ({{unit}})',
    cost: 'cost, total ({{unit}})',
    shortage: 'of it, shortage ({{unit}})',
    costUnit: 'M¥',
  },
  province: {
    header:
      'Province study: {{id}}, {{runs}} seasons ({{weather}} weather drawn once a season from {{reference}}, seed {{seed}}); {{workers}} workers, {{seconds}} s',
    headerUntimed:
      'Province study: {{id}}, {{runs}} seasons ({{weather}} weather drawn once a season from {{reference}}, seed {{seed}})',
    shared: 'Shared {{id}} → {{members}}: {{events}} events/season, disrupted in {{share}} of seasons',
    probability: 'probability (some city …)',
    share: 'share',
    interval: '95 % interval',
    seasons: 'seasons',
    anyHomesGasCut: "cuts homes' gas",
    anyHomesCut: 'cuts homes (gas or heat)',
    anyReserveBreach: "breaches a yard's reserve floor",
    anyUnservedHeat: 'leaves heat unserved',
    anyFailure: 'fails (cuts homes or breaches a floor)',
    figure: 'province, per season',
    mean: 'mean',
    max: 'max',
    unserved: 'unserved heat ({{unit}})',
    unservedHomes: "of it, homes' ({{unit}})",
    gasCut: 'gas cut ({{unit}})',
    city: 'city',
    homesGas: "homes' gas cut",
    homesCut: 'homes cut',
    reserve: 'floor breached',
    fails: 'fails',
    failsFirst: 'fails first',
    unservedP90: 'unserved heat P90 ({{unit}})',
    gasCutP90: 'gas cut P90 ({{unit}})',
    failsFirstNote:
      "A city fails on the first day it cuts homes' gas, leaves homes without heat or has a yard below its floor; fails first: the share of seasons in which it is the first city to fail (a tie of k cities counts 1/k each).",
  },
  sizing: {
    header: 'Reserve sizing: yard {{yard}} of {{id}}; floor {{floor}} t = reserve days × {{maxDaily}} t/day',
    runs: '{{runs}} seasons ({{weather}} weather, {{mode}} dispatch, seed {{seed}}); target: floor held every day in ≥ {{target}} of seasons; {{seconds}} s on {{workers}} workers',
    openingStock: 'opening stock',
    steadyDelivery: 'steady delivery',
    notReached: 'not reached up to {{upper}} {{unit}}',
    answer: '{{answer}} {{unit}} (within +{{tol}} {{unit}})',
    answerLine:
      "{{ans}}; the scenario's {{value}} {{unit}} holds in {{share}} of seasons; {{evaluations}} seasons solved",
    curveHeader: '{{name}} ({{unit}})',
    held: 'floor held all season',
  },
  gasN1: {
    header: 'Gas security of {{id}} (EU Reg. 2017/1938); {{climate}}',
    ensemble: '1-in-20 temperatures from {{seasons}} synthetic seasons (seed {{seed}})',
    design: 'the outdoor design temperature (GB 50736) for the peak day, 7 and 30 days',
    temperatures:
      '  peak day {{peak}} °C, coldest 7 days {{week}} °C, coldest 30 days {{month}} °C, average winter {{winter}} °C',
    rate: '{{value}} 10³ m³/d',
    formula: 'N-1 = (EP {{ep}} + P {{p}} + S {{s}} + LNG {{liquefied}} − I {{i}} [{{largest}}]) / D_max {{dmax}}',
    result: '    = {{percent}} %  → {{verdict}}',
    pass: 'PASS (≥ 100 %)',
    fail: 'FAIL (< 100 %)',
    dmax: '  D_max at {{temp}} °C: categories {{categories}} + heat sources {{heat}}',
    test: 'supply-standard test',
    days: 'days',
    temp: 'T {{unit}}',
    without: 'without',
    protectedSupplied: 'protected supplied',
    protectedCut: 'protected cut {{unit}}',
    homesUnserved: 'homes unserved {{unit}}',
    otherCut: 'other gas cut {{unit}}',
    tests: {
      'a-7-day-peak': 'a-7-day-peak',
      'b-30-day-high-demand': 'b-30-day-high-demand',
      'c-30-day-largest-out': 'c-30-day-largest-out',
    },
    protectedUsers:
      '  protected users: residential, heating-residential and public-welfare gas, and heat for homes; start {{start}}',
    passing: '  {{share}} of the tests pass',
  },
  heatN1: {
    header: 'Heat N-1 of {{id}}: one day at {{temp}} °C ({{date}}), links counted; {{verdict}}',
    pass: 'every zone is met with its largest source out',
    fail: 'NOT every zone is met with its largest source out',
    zone: 'zone',
    design: 'design {{unit}}',
    own: 'own {{unit}}',
    largest: 'largest',
    largestMW: 'largest {{unit}}',
    import: 'import {{unit}}',
    margin: 'margin {{unit}}',
    served: 'largest out: served',
    unserved: 'unserved {{unit}}',
    homesUnserved: 'homes unserved {{unit}}',
    met: 'met',
    sharesTitle: 'Served share of each zone with one source out:',
    sourceOut: '{{name}} out',
    worst: 'worst',
  },
} as const;

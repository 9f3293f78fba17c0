/**
 * The problems texts in English: each problem of a scenario or workbook (by JSON path or
 * cell), each plausibility warning and each warning of a run. The engine builds them with
 * `message(key, params)`, so these texts are the English the engine prints, to the letter.
 */
export const problems = {
  check: {
    horizonReversed: 'horizon ends ({{end}}) before it starts ({{start}}); swap them or fix the dates',
    horizonTooLong:
      'horizon is {{days}} days long; at most {{max}} days are simulated in one run — split it into seasons',
    duplicateId: 'id `{{id}}` is used twice under {{list}}; give each entry its own id',
    duplicateCategory: 'category `{{category}}` appears twice; merge the two entries into one',
    sourceZone: 'source `{{id}}` names zone `{{zone}}`, which does not exist; add it under `zones` or fix the id',
    sourceYard: 'coal source `{{id}}` names yard `{{yard}}`, which does not exist; add it under `yards` or fix the id',
    minAboveCapacity:
      'source `{{id}}` must run at {{min}} MW but can only give {{capacity}} MW; lower minOutputMW or raise capacityMW',
    linkZone: 'link `{{id}}` names zone `{{zone}}`, which does not exist; add it under `zones` or fix the id',
    linkSelf: 'link `{{id}}` joins zone `{{zone}}` to itself; name two different zones',
    windowReversed: 'window ends ({{end}}) before it starts ({{start}}); swap the dates',
    windowOutside:
      'window {{start}}..{{end}} lies outside the horizon {{from}}..{{to}}; move it inside or widen the horizon',
    coldWaveOutside: 'cold wave starts {{start}}, outside the horizon {{from}}..{{to}}; move it inside',
    coldWaveNoGrade: 'give the cold wave a grade (cold-wave, strong, extreme) or a dropC in °C',
    openingAboveMax:
      'yard `{{id}}` opens with {{opening}} t but holds at most {{max}} t; lower the stock or raise maxStockT',
    heatingValueTwice:
      'yard `{{id}}` gives its heating value twice; keep either heatingValueGJPerT or heatingValueKcalPerKg',
    hourAboveDay:
      'supply point `{{id}}` may deliver {{hour}} m³ in one hour but only {{day}} m³ in a day; maxM3PerHour is per hour (m³/h): check its unit or raise capacityM3PerDay',
    storageHourAboveDay:
      'the gas storage may move {{hour}} m³ in one hour ({{field}}) but only {{day}} m³ in a day ({{dayField}}); {{field}} is per hour (m³/h): check its unit or raise {{dayField}}',
    cushionAboveCapacity: 'cushion gas exceeds the storage capacity; lower minInventoryM3 or raise maxInventoryM3',
    openingInventory:
      'opening inventory must lie between minInventoryM3 ({{min}}) and maxInventoryM3 ({{max}}); adjust it',
    protectTwice: '`{{item}}` is listed twice; each item appears once',
    protectMissing: 'the order leaves out {{missing}}; list every item once, most protected first',
    riskDays: 'maxDays ({{max}}) is below minDays ({{min}}); raise maxDays or lower minDays',
    riskCut: 'maxCutFraction ({{max}}) is below minCutFraction ({{min}}); swap them',
    tariffHours: 'tariff blocks cover {{hours}} h; make their hours add up to 24',
    inlineGap: 'inline weather has no record for {{date}}; give one record for every day of the horizon',
    blocksPerDay: 'a day cannot be split into {{n}} equal blocks of whole hours here; use 1, 2, 4, 6, 8, 12 or 24',
    hourlyBlockUnpriced:
      'hour {{hour}} is in the `{{block}}` period, which `tariff` does not price; add a `{{block}}` entry to the tariff or name a priced period',
    sellTariffUnpriced:
      'hour {{hour}} is in the `{{block}}` period, which `sellTariff` does not price; add a `{{block}}` entry to it',
    sellTariffNoHours:
      'sellTariff prices tariff periods, but no `hourlyBlocks` places them in the day; give hourlyBlocks',
    extractionNoMaxPower:
      'extraction CHP `{{id}}` needs maxPowerMW, its most power with no heat extracted; give it, or make the unit back-pressure',
    extractionPowerOrder:
      'extraction CHP `{{id}}`: {{field}} ({{value}} MW) is above maxPowerMW ({{max}} MW); lower it or raise maxPowerMW',
  },
  plausibility: {
    oversized:
      "source `{{id}}` can give {{capacity}}, {{ratio}} × the {{load}} design load of its zone `{{zone}}`; check the number and its unit, or the zone's buildings",
    shortTotal:
      "the sources give {{total}} together, below the city's design load of {{load}}: on design days heat will go unserved; add capacity or check the buildings",
    shortZone:
      'zone `{{id}}` can get {{have}} (its own sources {{own}}, links {{links}}), below its design load of {{load}}; add a source or a link, or check the buildings',
    heatIndex:
      'a {{type}} heat index of {{value}} W/m² is outside the usual {{lo}}–{{hi}} W/m² (CJJ 34); check the number',
    flatPipelines:
      'the gas storage has an hourly rate ({{field}}) but no supply point has maxM3PerHour: within the day the supply points then deliver flat and only the storage follows demand, so gas left over in a warm block is burnt for nothing; give a pipeline that can follow demand its maxM3PerHour',
  },
  schema: {
    unknownField: 'unknown field `{{key}}`: fix the spelling or remove it',
    unknownFieldList: 'unknown field `{{key}}`: fix the spelling or remove it; the fields here are {{fields}}',
    unknownFieldNear: 'unknown field `{{key}}` (did you mean `{{near}}`?): fix the spelling or remove it',
    unknownFieldNearList:
      'unknown field `{{key}}` (did you mean `{{near}}`?): fix the spelling or remove it; the fields here are {{fields}}',
    unknownFields: 'unknown fields {{keys}}: fix the spelling or remove it',
    unknownFieldsList: 'unknown fields {{keys}}: fix the spelling or remove it; the fields here are {{fields}}',
    didYouMean: '`{{key}}` (did you mean `{{near}}`?)',
    requiredBare: '`{{name}}` is required here',
    required: '`{{name}}` is required here ($t(problems.takes.{{takes}}))',
    requiredDescribed: '`{{name}}` is required here: {{description}} ($t(problems.takes.{{takes}}))',
    kindMissing: '`{{field}}` is required here: one of {{options}}',
    kindUnknown: '`{{field}}` `{{given}}` is not known (one of {{options}})',
    kindUnknownNear: '`{{field}}` `{{given}}` is not known; did you mean `{{near}}`? (one of {{options}})',
  },
  takes: {
    enum: 'one of {{options}}',
    numberRange: 'a number from {{min}} to {{max}}',
    integerRange: 'a whole number from {{min}} to {{max}}',
    numberMin: 'a number of at least {{min}}',
    integerMin: 'a whole number of at least {{min}}',
    number: 'a number',
    integer: 'a whole number',
    list: 'a list',
    object: 'an object',
    string: 'a string',
    boolean: 'a boolean',
    value: 'a value',
  },
  zod: {
    invalidType: 'Invalid input: expected {{expected}}, received {{received}}',
    invalidTypeNamed: 'Invalid input: expected $t(problems.type.{{expected}}), received $t(problems.type.{{received}})',
    invalidOption: 'Invalid option: expected one of {{values}}',
    invalidLiteral: 'Invalid input: expected {{value}}',
    tooSmallNumber: 'Too small: expected number to be {{op}}{{limit}}',
    tooBigNumber: 'Too big: expected number to be {{op}}{{limit}}',
    tooSmallString: 'Too small: expected string to have {{op}}{{limit}} characters',
    tooBigString: 'Too big: expected string to have {{op}}{{limit}} characters',
    tooSmallArray: 'Too small: expected array to have {{op}}{{limit}} items',
    tooBigArray: 'Too big: expected array to have {{op}}{{limit}} items',
    invalid: 'Invalid input',
    isoDate: 'use an ISO date, YYYY-MM-DD',
    calendarDate: 'not a calendar date',
    idPattern: 'ids start with a letter and use letters, digits and _ (at most 40)',
    unitLimit: 'at most {{max}} {{unit}} ($t(problems.unitWhy.{{unitKey}})); check the number and its unit',
    other: '{{detail}}',
  },
  type: {
    string: 'string',
    number: 'number',
    boolean: 'boolean',
    object: 'object',
    array: 'array',
    null: 'null',
    undefined: 'undefined',
    NaN: 'NaN',
    date: 'date',
  },
  unitWhy: {
    degC: 'a daily temperature range',
    m2: '10 000 km² of heated floor, ten times a capital city',
    MW: '100 GW, more than the heat or grid capacity of any city',
    MWh: '10 TWh of heat storage',
    MWhPerMWh: 'a CHP plant co-produces at most a few MWh of power per MWh of heat',
    yuanPerMWh: 'a hundred times the peak power price',
    t: '100 Mt of coal, more than any port stockpile',
    yuanPerT: 'a hundred times the price of thermal coal',
    tPerDay: 'a million tonnes a day, the throughput of several coal ports',
    m3PerDay: 'a billion m³ a day, the winter gas use of a whole country',
    m3: '100 bcm, more working gas than a country stores',
    yuanPerM3: 'a hundred times the price of gas',
    m3PerKDay: 'a tenth of the gas of a whole country per degree-day',
  },
  study: {
    duplicateCity: 'city id `{{id}}` appears twice; give each city its own id',
    duplicateShared: 'shared id `{{id}}` appears twice; give each shared supply point and coal route its own id',
    unknownCity: 'no city `{{city}}` in this study (its cities: {{known}}); add it under `cities` or fix the id',
    noSupplyPoint:
      'city `{{city}}` (scenario `{{scenario}}`) has no gas supply point `{{id}}` (it has: {{known}}); fix the id or remove this entry',
    noYard:
      'city `{{city}}` (scenario `{{scenario}}`) has no yard `{{id}}` (it has: {{known}}); fix the id or remove this entry',
    sharedTwice:
      '`{{id}}` of city `{{city}}` is already fed by shared `{{other}}`; a supply point or yard hangs on one shared item only: remove one of the two entries under `{{owner}}` or `{{other}}`',
    referenceWeather:
      "the reference city `{{city}}` has `{{kind}}` weather, but the province's seasons are drawn from a daily series: set `shared.weather.referenceCity` to a city whose weather is a CSV file",
    horizonSpan:
      "the cities' horizons span {{days}} days ({{from}} to {{to}}); a province study covers one heating season (at most {{max}} days): give the cities horizons in the same winter",
    cutOrder: 'the cut ends ({{end}}) before it starts ({{start}}); swap the dates',
    cutOutside:
      "the cut {{start}}..{{end}} lies outside the province's season {{from}}..{{to}} (the earliest city start to the latest city end); give dates inside it",
    rateDays: 'maxDays ({{max}}) is below minDays ({{min}}); make maxDays ≥ minDays',
    rateCut: 'maxCutFraction ({{max}}) is below minCutFraction ({{min}}); make the largest share ≥ the smallest',
    scenarioFile:
      'cannot read the scenario `{{scenario}}` (looked at {{file}}); give a path relative to the study file (`../zhucheng.json`) or the id of a shipped scenario ({{known}})',
  },
  json: {
    syntaxAt: 'not valid JSON at line {{line}}, column {{column}}:\n    {{excerpt}}\n    {{caret}}',
  },
  weather: {
    cannotReadRelative: 'cannot read {{file}}; give a path relative to the scenario file',
    cannotRead: 'cannot read {{file}}',
    useScenarioWeather: 'use weather "scenario" for this scenario, or give it a CSV series',
    longerSeries: 'use a longer series or the synthetic ensemble',
    notCovered:
      '{{source}}: weather series does not cover the horizon {{start}}..{{end}}; first missing date is {{date}}',
    duplicateDate: '{{source}}: date {{date}} appears more than once',
    horizonReversed: '{{source}}: horizon end {{end}} is before start {{start}}',
    emptyFile: '{{source}}: empty file, expected header {{header}}',
    badHeader:
      '{{source}}: header must be "{{expected}}" (optionally followed by ",hours") or "{{hourly}}" for hourly readings, got "{{got}}"',
    malformed: '{{source}}: malformed CSV',
    invalidDate: '{{source}} column "{{column}}": invalid date "{{date}}"',
    notAfter: '{{source}} column "{{column}}": date {{date}} is not after the previous row\'s {{prev}}',
    notNumber: '{{source}} column "{{column}}": not a number: "{{raw}}"',
    hours: '{{source}} column "{{column}}": must be an integer 1..24, got {{got}}',
    hourRange: '{{source}} column "{{column}}": must be a whole hour 0..23, got "{{got}}"',
    hourMissing:
      '{{source}} column "{{column}}": hour {{hour}} of {{date}} is missing; an hourly file needs all 24 hours (0..23) of every day, in order',
    hourDuplicate: '{{source}} column "{{column}}": hour {{hour}} of {{date}} appears more than once',
    hourOrder:
      '{{source}} column "{{column}}": hour {{hour}} of {{date}} comes after hour {{prev}}; give each day\'s hours in order 0..23',
    minAboveMean: '{{source}} column "{{column}}": minimum {{min}} exceeds mean {{mean}}',
    maxBelowMean: '{{source}} column "{{column}}": maximum {{max}} is below mean {{mean}}',
    coldWaveOutside: 'injectColdWave: start {{start}} is outside the series ({{span}})',
    coldWaveFirstDay: 'injectColdWave: start {{start}} is the first day of the series; a drop needs a preceding day',
    other: '{{detail}}',
  },
  run: {
    unserved: '{{total}} MWh of heat demand went unserved ({{homes}} MWh of it for homes)',
    yardBreach: 'yard {{id}} falls below its {{floor}} t reserve floor from {{date}}',
    yardBreachExtra:
      'yard {{id}} falls below its {{floor}} t reserve floor from {{date}}; about {{extra}} t more on the first day would have held it',
    yardZeroFloor: 'yard {{id}} has a floor of 0 t: its sources burn nothing on the {{basis}} basis',
    gasCut: 'gas to {{category}} cut by {{m3}} m³ over the season',
    slowSolver: 'javascript-lp-solver on a season LP is very slow; it is meant as a cross-check on small models',
    atPath: '{{path}}: $t({{nested}})',
    notFinite: 'not a finite number',
  },
  xlsx: {
    needsRow: '{{field}} needs at least {{min}} row',
    needsRows: '{{field}} needs at least {{min}} rows',
    notEmpty: '{{field}} must not be empty',
    bound: '{{field}} must be {{op}} {{limit}} (got {{got}})',
    boundWhy: '{{field}} must be {{op}} {{limit}} (got {{got}}); $t({{nested}})',
    tooManyRows: '{{field}} has more than {{max}} rows; at most {{max}}',
    required: '{{field}} is required; fill the cell',
    mustBeNumber: '{{field}} must be a number (got {{got}})',
    mustBeText: '{{field}} must be text (got {{got}})',
    mustBeType: '{{field}} must be {{expected}} (got {{got}})',
    mustBeWhole: '{{field}} must be a whole number (got {{got}})',
    mustBeBoolean: '{{field}} must be TRUE or FALSE (got {{got}})',
    mustBeDate: '{{field}} must be a date, YYYY-MM-DD (got {{got}})',
    oneOf: '{{field}} must be one of {{options}} (got {{got}})',
    kindList: '{{field}} must be one of the kinds in the drop-down list (got {{got}})',
    other: '{{field}}: $t({{nested}}) (got {{got}})',
    notAFieldOf: '{{key}} is not a field of a {{kind}} row; leave the cell empty',
    notAFieldHere: '{{key}} is not a field here; leave the cell empty',
    unknownColumn: 'unknown column "{{name}}"; the columns of sheet {{sheet}} are {{columns}}',
    columnTwice: 'column {{name}} appears twice; keep one',
    noScenarioSheet: 'the workbook has no sheet `scenario`; export a scenario with `baogong xlsx export` to start from',
    unknownSetting: 'unknown setting "{{path}}"; the settings are listed on a freshly exported workbook',
    settingTwice: 'setting {{path}} appears twice; keep one',
    singleRow: 'sheet {{sheet}} holds one row at most; remove this one or merge it into row 2',
    parentEmpty: '{{column}} is empty; name the id of a row on sheet {{sheet}}',
    parentUnknown: '{{column}} "{{id}}" is not an id on sheet {{sheet}}; add it there or fix the id',
    textEmpty: 'text is empty; write the text or clear the row',
    listOneOf: 'list must be one of {{lists}} (got {{got}})',
    unreadable: 'not a readable .xlsx workbook',
  },
} as const;

/**
 * The errors texts in English: what each error code means and how to fix it (engine codes,
 * `ERROR_CODES` in engine/errors.ts, and server codes, `SERVER_ERROR_CODES` in
 * server/errors.ts, read them from here), and the headline message of each error.
 */
export const errors = {
  code: {
    SCENARIO_JSON: 'the scenario is not valid JSON; fix the syntax at the position given',
    SCENARIO_SCHEMA: 'a field has the wrong type, range or name; fix the value at the JSON path given',
    SCENARIO_CHECK:
      'fields disagree with each other (an unknown id, a window outside the horizon …); follow the message',
    SCENARIO_XLSX:
      'a scenario workbook (.xlsx) has a cell of the wrong type or a value the scenario refuses; fix the cell named (sheet!cell, e.g. sources!E7)',
    SCENARIO_FILE: 'the scenario or a file it names cannot be read; check the path',
    WEATHER_DATA: 'the weather series is malformed or does not cover the horizon; fix the file or the horizon',
    SOLVER_FAILED:
      'the LP solver could not settle a day (the message names the day, the step and the inputs to check); try another solver (`auto`, `glpk`), raise dispatch.timeLimitS, or report the scenario',
    RESULT_NOT_FINITE:
      'a figure of the result came out infinite or not a number (the message names it); check the prices and capacities it is made of',
    BAD_OPTION: 'an option given to the engine is out of range or unknown; the message names it and the allowed values',
    CLI_USAGE: 'the command line is incomplete or has an unknown option; run `baogong --help`',
    STUDY_SCHEMA:
      'the province study file is not valid JSON, or a field has the wrong type, range or name; fix the value at the JSON path given',
    STUDY_CHECK:
      'the province study names a city, supply point or yard that does not exist, or its cities cannot share one season; follow the message',
    QUEUE_UNREACHABLE:
      'no Redis answers at the queue URL (--queue); start Redis there (`redis-server --port 6379`, or `docker compose -f deploy/compose.yaml up -d redis`), or fix the host, port or password in the URL',
    STUDY_NOT_FOUND:
      "the queue's Redis holds no study with this id; check the id (`baogong risk --queue … --detach` prints it) and that --queue names the same Redis",
    STUDY_NOT_DONE:
      'the study is still running (or was cancelled), so its result is not complete; follow it with `baogong study status <id>` and ask again when it is done',
    STUDY_FAILED:
      'a chunk of the study failed on a worker (the message gives its error); fix the input it names and submit the study again',
  },
  server: {
    BAD_REQUEST: 'a parameter, query or body field is malformed; fix the value at the path given',
    FORBIDDEN_KEY: 'the body holds a `__proto__` or `constructor.prototype` key; remove it',
    FILE_NOT_ALLOWED:
      'a posted scenario may only name weather files inside the shipped scenarios/ folder; use a relative path such as `data/…csv` or inline weather',
    UNAUTHORIZED:
      'this server needs an API key and the request has none, or one it does not know (revoked?); send `Authorization: Bearer <key>` with a key from `baogong keys create`; a key past its expiry date is refused likewise (the answer says when it expired)',
    FORBIDDEN:
      "the API key's role may not do this (reader < runner < admin), or the run or saved scenario is another key's; ask an admin for a key with a higher role",
    SCENARIO_NOT_FOUND: 'no scenario in the library has this id; list them with GET /v1/scenarios',
    RUN_NOT_FOUND: 'no stored run has this id (it may have been deleted); list them with GET /v1/runs',
    CHART_NOT_FOUND:
      'no chart has this name or format; ask for `<name>.json`, `.svg` or `.png` with a name from GET /v1/charts',
    SAVED_NOT_FOUND: 'no saved scenario has this id (it may have been deleted); list them with GET /v1/saved',
    TEMPLATE_NOT_FOUND: 'no template has this name; the templates are blank, county and city',
    KEY_NOT_FOUND: 'no live API key has this id (revoked already?); list them with GET /v1/keys',
    LAST_ADMIN_KEY:
      'this is the last live admin key: revoking it would leave nobody to manage keys; create another admin key first (or use `baogong keys revoke` on the server)',
    ROUTE_NOT_FOUND: 'no route answers this method and URL; see the API at /docs',
    BODY_TOO_LARGE: 'the body is larger than the server accepts; send a smaller scenario',
    UNSUPPORTED_MEDIA_TYPE: 'send the body as JSON with `content-type: application/json`',
    RATE_LIMITED: 'too many requests from this address; wait the seconds given in Retry-After',
    QUEUE_FULL: 'every solver is busy and the queue is full; retry after the seconds given in Retry-After',
    RUN_TOO_LARGE:
      'the run is too large for the server (its estimated day table or LP is over the limit); shorten the horizon, use dispatch.mode "daily" or "rolling", or run it with the CLI',
    TOO_MANY_RUNS:
      'this client already has as many runs queued or solving as the server allows at once; wait for one to finish (Retry-After)',
    RUN_CANCELLED: 'the run was cancelled because its client disconnected; post it again to solve it',
    RUN_TIMEOUT:
      'the run took longer than the server allows and was stopped; shorten the horizon, use dispatch.mode "season", or run it with the CLI',
    STORAGE_READ_ONLY:
      "the run store cannot be written (its file or file system is read-only); nothing was stored; tell the server's operator, and retry once /healthz says ok",
    STORAGE_FULL:
      "the run store's disk is full (or the database at its size limit); nothing was stored; delete old runs (DELETE /v1/runs/:id) or ask the operator to free space, then retry",
    STUDIES_NEED_QUEUE:
      'studies run on a queue and this server has none; start Redis, start the server with BAOGONG_QUEUE=redis://host:port, and run `baogong worker --queue redis://host:port` on one or more machines (or BAOGONG_QUEUE_WORKER=1 for a worker inside the server)',
    STUDY_TOO_LARGE:
      'the study asks for more seasons than this server allows (BAOGONG_MAX_STUDY_RUNS); ask for fewer runs, or submit it with `baogong risk --queue`, which has no such limit',
    LIBRARY_STUDY_NOT_FOUND:
      'no shipped province study has this id; list them with GET /v1/studies/library (the studies in scenarios/studies/)',
    INTERNAL: 'the server failed unexpectedly; report the request (the log has the details)',
  },
  headline: {
    scenario: { one: 'scenario has {{n}} problem', many: 'scenario has {{n}} problems' },
    workbook: { one: 'workbook has {{n}} problem', many: 'workbook has {{n}} problems' },
    runRequest: { one: 'the run request has {{n}} problem', many: 'the run request has {{n}} problems' },
    request: {
      one: 'the $t(errors.where.{{where}}) has {{n}} problem',
      many: 'the $t(errors.where.{{where}}) has {{n}} problems',
    },
    withOverrides: {
      one: 'scenario `{{id}}` with its overrides has {{n}} problem',
      many: 'scenario `{{id}}` with its overrides has {{n}} problems',
    },
    savedWithOverrides: {
      one: 'saved scenario `{{id}}` with its overrides has {{n}} problem',
      many: 'saved scenario `{{id}}` with its overrides has {{n}} problems',
    },
    notJson: '{{source}}:{{line}}:{{column}}: not valid JSON',
    cannotRead: 'cannot read {{file}}: {{reason}}',
    study: { one: 'the province study has {{n}} problem', many: 'the province study has {{n}} problems' },
    cityScenario: 'the scenario of city `{{city}}` ({{file}}) has {{n}} problem(s), listed under its entry',
    weatherFileMissing: 'weather file {{file}} not found (looked in {{dir}})',
    ensembleNeedsSeries:
      "a {{kind}} weather ensemble needs a daily series, but the scenario's weather is `{{weather}}`",
    noCompleteSeason: 'the weather series holds no complete season of {{days}} days from {{from}}',
    notFinite:
      '{{at}} came out infinite or not a number; check the prices, capacities and efficiencies behind it (a price or capacity near the largest number a computer holds overflows when multiplied)',
    exportDay: 'day {{day}} is not in the horizon {{first}}..{{last}}; give a date inside it',
    notXlsx: 'not a readable .xlsx workbook',
  },
  where: { body: 'body', URL: 'URL', 'query string': 'query string', headers: 'headers', request: 'request' },
  http: {
    keyExpired: 'the API key sent expired on {{date}}; ask an admin for a new key',
    contentLength: 'the content-length does not match the body',
    emptyBody: 'the body is empty; send a JSON document',
    routeNotFound: 'no route answers {{method}} {{url}}; see the API at /docs',
    fileOutside:
      'weather.file `{{file}}` leads outside the scenarios/ folder (a link) or is not a regular file; copy the series into scenarios/data/ and name it there',
    scenarioOutside:
      'the city scenario `{{file}}` leads outside the scenarios/ folder (a link, or a path out of it) or is not a regular file; put the scenario in scenarios/ and name it by its id or as `../<file>.json`',
  },
  queue: {
    unreachable:
      'no Redis answers at {{url}} ({{reason}}); start Redis there (`redis-server --port 6379`, or `docker compose -f deploy/compose.yaml up -d redis`), or fix the URL',
    refused:
      'Redis at {{url}} refuses the connection: {{reason}}; put the right password (and user) in the URL: redis://:PASSWORD@host:port',
    badUrl:
      'the queue URL `{{url}}` is not a Redis URL; write redis://host:port (redis://:password@host:port/db, rediss:// for TLS)',
    noStudy:
      'no study `{{id}}` on the queue at {{url}}; check the id and that --queue names the Redis it was submitted to',
    running:
      'study `{{id}}` is still running: {{done}} of {{chunks}} chunks done; wait (baogong study status {{id}}) and ask again',
    cancelled:
      'study `{{id}}` was cancelled with {{done}} of {{chunks}} chunks done; it has no result; submit it again to run it',
    failed: 'study `{{id}}` failed: {{code}}: {{reason}}',
    chunk: 'the chunk size must be a whole number of seasons from 1 to {{max}}, got {{got}}',
    unknownKind: 'unknown study kind `{{kind}}`; known: {{known}}',
  },
  studies: {
    notFound: 'this server submitted no study `{{id}}`; list them with GET /v1/studies',
    libraryNotFound: 'no shipped study has id `{{id}}`; known: {{known}} (GET /v1/studies/library lists them)',
    cityNotInLibrary:
      'city `{{city}}` names the scenario `{{scenario}}`, which is not in the scenario library; name a library scenario by its id (GET /v1/scenarios) or as `../<file>.json`',
    tooLarge:
      'a study of {{runs}} seasons is more than this server allows ({{max}}, BAOGONG_MAX_STUDY_RUNS); ask for fewer runs, or submit it with `baogong risk --queue`, which has no such limit',
    unreachable:
      'the study queue at {{url}} does not answer ({{reason}}); start its Redis again or fix BAOGONG_QUEUE; studies already submitted go on once it is back',
    notDone:
      'study `{{id}}` is {{state}} with {{done}} of {{runs}} seasons in; its result comes when every season is in',
    failed: 'study `{{id}}` failed: {{code}}: {{reason}}',
  },
  option: {
    what: { coal: 'coal', gas: 'gas' },
    eventsPerSeason: '$t(errors.option.what.{{what}}) events per season must be a number ≥ 0, got {{got}}',
    disruptionDays:
      '$t(errors.option.what.{{what}}) disruption days must be whole days with 1 ≤ min ≤ max, got {{min}}..{{max}}',
    cutFractions: '$t(errors.option.what.{{what}}) cut fractions must satisfy 0 ≤ min ≤ max ≤ 1, got {{min}}..{{max}}',
    runs: 'runs must be a whole number from 1 to 1000000, got {{got}}',
    seed: 'seed must be a whole number from 0 to 4294967295, got {{got}}',
    target: 'target must be a share in (0, 1], got {{got}}',
    noSuchYard: 'no yard `{{yard}}`; the scenario has {{yards}}',
    noSuchYardNone: 'no yard `{{yard}}`; the scenario has no yards',
    noYard: 'the scenario has no coal yard to size',
    zeroFloor: 'yard `{{yard}}` has a floor of 0 t (its sources burn nothing at design); there is nothing to size',
    solverTooLarge:
      '{{solver}} solves windows of at most {{max}} columns (a dense tableau: larger ones take minutes); this scenario\'s window has {{columns}}; set dispatch.solver to "highs" or "auto", or a shorter dispatch window (dispatch.mode "daily")',
    unknownSolver: 'Unknown LP solver "{{name}}"; known solvers: {{known}}',
    glpkMissing:
      'the glpk solver needs the optional package glpk.js (GPL-3.0); install it with `npm install glpk.js` or choose another solver',
  },
  solver: {
    failed:
      '{{solver}} could not settle {{days}} at $t(errors.solver.step.{{step}}): it $t(errors.solver.said.{{said}}). Check $t(errors.solver.check.{{check}}); or try another solver (--solver auto or glpk) and report the scenario.',
    step: {
      fastPath: 'the first try, with no shortfall allowed',
      money: 'the least-cost dispatch with every shortfall held at its least',
      stage1: 'minimising $t(errors.solver.item.{{i0}})',
      stage2: 'minimising $t(errors.solver.item.{{i0}}) and $t(errors.solver.item.{{i1}})',
      stage3:
        'minimising $t(errors.solver.item.{{i0}}) and $t(errors.solver.item.{{i1}}) and $t(errors.solver.item.{{i2}})',
      stage4:
        'minimising $t(errors.solver.item.{{i0}}) and $t(errors.solver.item.{{i1}}) and $t(errors.solver.item.{{i2}}) and $t(errors.solver.item.{{i3}})',
      stage5:
        'minimising $t(errors.solver.item.{{i0}}) and $t(errors.solver.item.{{i1}}) and $t(errors.solver.item.{{i2}}) and $t(errors.solver.item.{{i3}}) and $t(errors.solver.item.{{i4}})',
      stage6:
        'minimising $t(errors.solver.item.{{i0}}) and $t(errors.solver.item.{{i1}}) and $t(errors.solver.item.{{i2}}) and $t(errors.solver.item.{{i3}}) and $t(errors.solver.item.{{i4}}) and $t(errors.solver.item.{{i5}})',
      stage7:
        'minimising $t(errors.solver.item.{{i0}}) and $t(errors.solver.item.{{i1}}) and $t(errors.solver.item.{{i2}}) and $t(errors.solver.item.{{i3}}) and $t(errors.solver.item.{{i4}}) and $t(errors.solver.item.{{i5}}) and $t(errors.solver.item.{{i6}})',
      stage8:
        'minimising $t(errors.solver.item.{{i0}}) and $t(errors.solver.item.{{i1}}) and $t(errors.solver.item.{{i2}}) and $t(errors.solver.item.{{i3}}) and $t(errors.solver.item.{{i4}}) and $t(errors.solver.item.{{i5}}) and $t(errors.solver.item.{{i6}}) and $t(errors.solver.item.{{i7}})',
      other: '{{label}}',
    },
    item: {
      'heat-residential': 'unserved heat for homes',
      'heat-nonresidential': 'unserved heat for other buildings',
      'coal-reserve-floor': 'coal below the reserve floor',
      'gas-pro-rata': 'the pro-rata gas cut',
      'gas-residential': 'the gas cut to residential',
      'gas-heating-residential': 'the gas cut to heating-residential',
      'gas-public-welfare': 'the gas cut to public-welfare',
      'gas-heating-nonresidential': 'the gas cut to heating-nonresidential',
      'gas-commercial': 'the gas cut to commercial',
      'gas-cng-vehicles': 'the gas cut to cng-vehicles',
      'gas-industrial': 'the gas cut to industrial',
      'gas-interruptible': 'the gas cut to interruptible',
    },
    said: {
      infeasible:
        'found no dispatch, although the model has slack for unserved heat, gas cuts and coal below the floor, so one always exists: numerical trouble',
      error: 'stopped with an internal error',
      unbounded: 'found that cost could fall without limit',
      timeLimit: 'ran out of its {{timeLimitS}} s limit',
      other: 'returned {{status}}',
    },
    check: {
      numbers:
        'numbers that differ by many orders of magnitude or cancel almost exactly: source capacities and must-run minimums (minOutputMW), outages, coal deliveries and yard capacity (maxStockT), gas supply capacities and storage limits',
      prices:
        'prices that pay for unlimited output: a CHP power price × power-to-heat above its coal and O&M cost, or a stored-gas value (heldValueYuanPerM3) above the price of gas',
      size: 'the size of the LP: raise dispatch.timeLimitS, or use daily mode for a long horizon with many sources',
      inputs: 'the inputs of that day',
    },
  },
} as const;

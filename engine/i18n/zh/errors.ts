import type { errors as en } from '../en/errors.ts';
import type { Mirror } from '../mirror.ts';

/** The errors texts in Chinese. */
export const errors = {
  code: {
    SCENARIO_JSON: '情景文件不是有效的 JSON；请按所给位置修正语法',
    SCENARIO_SCHEMA: '某字段的类型、取值范围或名称有误；请按所给 JSON 路径修正该值',
    SCENARIO_CHECK: '字段之间相互矛盾（编号不存在、时段超出模拟期等）；请按提示修改',
    SCENARIO_XLSX:
      '情景工作簿（.xlsx）中有单元格类型不对或取值不被接受；请修改所指单元格（工作表!单元格，如 sources!E7）',
    SCENARIO_FILE: '无法读取情景文件或其引用的文件；请检查路径',
    WEATHER_DATA: '气象序列格式有误或未覆盖整个模拟期；请修正文件或调整模拟期',
    SOLVER_FAILED:
      '线性规划求解器未能求解某一天（提示中写明日期、求解步骤和应检查的输入）；可换用其他求解器（`auto`、`glpk`）、调大 dispatch.timeLimitS，或报告该情景',
    RESULT_NOT_FINITE: '结果中某个数值为无穷大或非数值（提示中写明是哪一项）；请检查构成它的价格和容量',
    BAD_OPTION: '传给引擎的某个选项超出范围或无法识别；提示中写明该选项及允许的取值',
    CLI_USAGE: '命令行参数不完整或含有无法识别的选项；请运行 `baogong --help`',
    STUDY_SCHEMA: '省级研究文件不是有效的 JSON，或某字段的类型、取值范围或名称有误；请按所给 JSON 路径修正该值',
    STUDY_CHECK: '省级研究中引用的城市、气源或煤场不存在，或各城市无法共用一个采暖季；请按提示修改',
    QUEUE_UNREACHABLE:
      '队列地址（--queue）上没有 Redis 应答；请在该处启动 Redis（`redis-server --port 6379`，或 `docker compose -f deploy/compose.yaml up -d redis`），或修正地址中的主机、端口或密码',
    STUDY_NOT_FOUND:
      '队列所在的 Redis 中没有该编号的研究；请核对编号（`baogong risk --queue … --detach` 会输出）以及 --queue 是否指向同一个 Redis',
    STUDY_NOT_DONE:
      '该研究仍在运行（或已取消），结果尚不完整；请用 `baogong study status <编号>` 查看进度，完成后再取结果',
    STUDY_FAILED: '该研究的某个分块在计算节点上失败（提示中给出其错误）；请修正所指的输入后重新提交',
  },
  server: {
    BAD_REQUEST: '某个参数、查询字段或请求体字段格式有误；请按所给路径修正该值',
    FORBIDDEN_KEY: '请求体中含有 `__proto__` 或 `constructor.prototype` 键；请删除',
    FILE_NOT_ALLOWED:
      '提交的情景只能引用随附 scenarios/ 目录中的气象文件；请使用 `data/…csv` 这样的相对路径，或直接内嵌气象数据',
    UNAUTHORIZED:
      '本服务器需要 API 密钥，而该请求未携带密钥，或所带密钥无法识别（可能已被吊销）；请用 `Authorization: Bearer <密钥>` 发送由 `baogong keys create` 创建的密钥；已过有效期的密钥同样被拒绝（回答会说明其过期时间）',
    FORBIDDEN:
      '该 API 密钥的角色无权执行此操作（reader < runner < admin），或该运行、已存情景属于其他密钥；请向管理员申请更高角色的密钥',
    SCENARIO_NOT_FOUND: '情景库中没有这个编号的情景；可用 GET /v1/scenarios 列出全部情景',
    RUN_NOT_FOUND: '没有这个编号的已存运行（可能已被删除）；可用 GET /v1/runs 列出全部运行',
    CHART_NOT_FOUND: '没有这个名称或格式的图表；请用 GET /v1/charts 中的名称请求 `<名称>.json`、`.svg` 或 `.png`',
    SAVED_NOT_FOUND: '没有这个编号的已存情景（可能已被删除）；可用 GET /v1/saved 列出全部已存情景',
    TEMPLATE_NOT_FOUND: '没有这个名称的模板；模板有 blank、county 和 city 三种',
    KEY_NOT_FOUND: '没有这个编号的有效 API 密钥（可能已被吊销）；可用 GET /v1/keys 列出全部密钥',
    LAST_ADMIN_KEY:
      '这是最后一个有效的 admin 密钥：吊销后将无人能管理密钥；请先创建另一个 admin 密钥（或在服务器上用 `baogong keys revoke`）',
    ROUTE_NOT_FOUND: '没有与该请求方法和地址对应的接口；请查阅 /docs 中的接口说明',
    BODY_TOO_LARGE: '请求体超过服务器允许的大小；请提交较小的情景',
    UNSUPPORTED_MEDIA_TYPE: '请以 JSON 格式提交请求体，并设置 `content-type: application/json`',
    RATE_LIMITED: '该地址的请求过于频繁；请等待 Retry-After 所示秒数后再试',
    QUEUE_FULL: '所有求解器都在忙且排队已满；请在 Retry-After 所示秒数后重试',
    RUN_TOO_LARGE:
      '运行规模超过服务器上限（估算的逐日结果表或线性规划过大）；请缩短计算期，改用 dispatch.mode "daily" 或 "rolling"，或使用命令行工具运行',
    TOO_MANY_RUNS: '该客户端排队或正在求解的运行已达服务器允许的上限；请等其中一个完成后再提交（见 Retry-After）',
    RUN_CANCELLED: '客户端已断开连接，运行已取消；如需结果请重新提交',
    RUN_TIMEOUT: '运行时间超过服务器上限，已被中止；请缩短模拟期、使用 dispatch.mode "season"，或改用命令行运行',
    STORAGE_READ_ONLY:
      '运行记录库无法写入（其文件或文件系统为只读）；本次未保存任何内容；请告知服务器管理员，待 /healthz 显示 ok 后重试',
    STORAGE_FULL:
      '运行记录库所在磁盘已满（或数据库已达容量上限）；本次未保存任何内容；请删除旧的运行（DELETE /v1/runs/:id）或请管理员腾出空间后重试',
    STUDIES_NEED_QUEUE:
      '研究在队列上运行，而本服务器未配置队列；请启动 Redis，以 BAOGONG_QUEUE=redis://主机:端口 启动服务器，并在一台或多台机器上运行 `baogong worker --queue redis://主机:端口`（或设 BAOGONG_QUEUE_WORKER=1，在服务器内运行一个计算节点）',
    STUDY_TOO_LARGE:
      '该研究要求的采暖期数超过本服务器上限（BAOGONG_MAX_STUDY_RUNS）；请减少运行次数，或用没有此上限的 `baogong risk --queue` 提交',
    LIBRARY_STUDY_NOT_FOUND:
      '没有这个 id 的内置省级研究；可用 GET /v1/studies/library 列出（scenarios/studies/ 中的研究）',
    INTERNAL: '服务器发生意外故障；请报告该请求（日志中有详细信息）',
  },
  headline: {
    scenario: { one: '情景有 {{n}} 处问题', many: '情景有 {{n}} 处问题' },
    workbook: { one: '工作簿有 {{n}} 处问题', many: '工作簿有 {{n}} 处问题' },
    runRequest: { one: '运行请求有 {{n}} 处问题', many: '运行请求有 {{n}} 处问题' },
    request: {
      one: '$t(errors.where.{{where}})有 {{n}} 处问题',
      many: '$t(errors.where.{{where}})有 {{n}} 处问题',
    },
    withOverrides: {
      one: '情景 `{{id}}` 加上改动后有 {{n}} 处问题',
      many: '情景 `{{id}}` 加上改动后有 {{n}} 处问题',
    },
    savedWithOverrides: {
      one: '已存情景 `{{id}}` 加上改动后有 {{n}} 处问题',
      many: '已存情景 `{{id}}` 加上改动后有 {{n}} 处问题',
    },
    notJson: '{{source}}:{{line}}:{{column}}：不是有效的 JSON',
    cannotRead: '无法读取 {{file}}：{{reason}}',
    study: { one: '省级研究有 {{n}} 处问题', many: '省级研究有 {{n}} 处问题' },
    cityScenario: '城市 `{{city}}` 的情景（{{file}}）有 {{n}} 处问题，列在该城市条目下',
    weatherFileMissing: '找不到气象文件 {{file}}（查找目录：{{dir}}）',
    ensembleNeedsSeries: '{{kind}} 气象集合需要逐日气象序列，但该情景的气象为 `{{weather}}`',
    noCompleteSeason: '气象序列中没有一个从 {{from}} 起、长 {{days}} 天的完整采暖季',
    notFinite:
      '{{at}} 算出为无穷大或非数值；请检查其背后的价格、容量和效率（价格或容量接近计算机能表示的最大数时，相乘会溢出）',
    exportDay: '{{day}} 不在模拟期 {{first}}..{{last}} 之内；请给出模拟期内的日期',
    notXlsx: '不是可读取的 .xlsx 工作簿',
  },
  where: { body: '请求体', URL: 'URL 参数', 'query string': '查询参数', headers: '请求头', request: '请求' },
  http: {
    keyExpired: '所发送的 API 密钥已于 {{date}} 过期；请向管理员申请新密钥',
    contentLength: 'content-length 与请求体长度不符',
    emptyBody: '请求体为空；请提交一个 JSON 文档',
    routeNotFound: '没有接口响应 {{method}} {{url}}；请查阅 /docs 中的接口说明',
    fileOutside:
      'weather.file `{{file}}` 指向 scenarios/ 目录之外（符号链接）或不是普通文件；请把气象序列复制到 scenarios/data/ 下并引用该文件',
    scenarioOutside:
      '城市情景 `{{file}}` 指向 scenarios/ 目录之外（符号链接或越出该目录的路径）或不是普通文件；请把情景放进 scenarios/，并用其 id 或 `../<文件>.json` 引用',
  },
  queue: {
    unreachable:
      '{{url}} 上没有 Redis 应答（{{reason}}）；请在该处启动 Redis（`redis-server --port 6379`，或 `docker compose -f deploy/compose.yaml up -d redis`），或修正地址',
    refused: '{{url}} 上的 Redis 拒绝连接：{{reason}}；请在地址中写入正确的密码（及用户名）：redis://:密码@主机:端口',
    badUrl:
      '队列地址 `{{url}}` 不是 Redis 地址；请写作 redis://主机:端口（redis://:密码@主机:端口/库号，TLS 用 rediss://）',
    noStudy: '{{url}} 的队列中没有研究 `{{id}}`；请核对编号，并确认 --queue 指向提交时所用的 Redis',
    running: '研究 `{{id}}` 仍在运行：已完成 {{done}}/{{chunks}} 个分块；请稍候（baogong study status {{id}}）再取结果',
    cancelled: '研究 `{{id}}` 已在完成 {{done}}/{{chunks}} 个分块时取消，没有结果；如需结果请重新提交',
    failed: '研究 `{{id}}` 失败：{{code}}：{{reason}}',
    chunk: '分块大小必须是 1 到 {{max}} 之间的整数个采暖期，实际为 {{got}}',
    unknownKind: '未知的研究类型 `{{kind}}`；可用类型：{{known}}',
  },
  studies: {
    notFound: '本服务器没有提交过研究 `{{id}}`；可用 GET /v1/studies 列出全部研究',
    libraryNotFound: '没有 id 为 `{{id}}` 的内置研究；已有：{{known}}（GET /v1/studies/library 可列出）',
    cityNotInLibrary:
      '城市 `{{city}}` 引用的情景 `{{scenario}}` 不在情景库中；请用情景库中情景的 id（GET /v1/scenarios）或 `../<文件>.json` 引用',
    tooLarge:
      '{{runs}} 个采暖期的研究超过本服务器上限（{{max}}，BAOGONG_MAX_STUDY_RUNS）；请减少运行次数，或用没有此上限的 `baogong risk --queue` 提交',
    unreachable:
      '{{url}} 的研究队列没有应答（{{reason}}）；请重新启动其 Redis 或修正 BAOGONG_QUEUE；已提交的研究会在队列恢复后继续',
    notDone: '研究 `{{id}}` 状态为 {{state}}，已完成 {{done}}/{{runs}} 个采暖期；全部完成后才有结果',
    failed: '研究 `{{id}}` 失败：{{code}}：{{reason}}',
  },
  option: {
    what: { coal: '煤炭', gas: '天然气' },
    eventsPerSeason: '$t(errors.option.what.{{what}})每季中断次数须为 ≥ 0 的数，实际为 {{got}}',
    disruptionDays: '$t(errors.option.what.{{what}})中断天数须为整数且 1 ≤ 最小值 ≤ 最大值，实际为 {{min}}..{{max}}',
    cutFractions: '$t(errors.option.what.{{what}})削减比例须满足 0 ≤ 最小值 ≤ 最大值 ≤ 1，实际为 {{min}}..{{max}}',
    runs: '运行次数须为 1 到 1000000 之间的整数，实际为 {{got}}',
    seed: '随机种子须为 0 到 4294967295 之间的整数，实际为 {{got}}',
    target: '目标须为 (0, 1] 之间的比例，实际为 {{got}}',
    noSuchYard: '没有煤场 `{{yard}}`；该情景的煤场有 {{yards}}',
    noSuchYardNone: '没有煤场 `{{yard}}`；该情景没有煤场',
    noYard: '该情景没有可测算储量的煤场',
    zeroFloor: '煤场 `{{yard}}` 的$t(domain.term.reserveFloor)为 0 吨（按设计工况其热源不耗煤），无需测算',
    solverTooLarge:
      '{{solver}} 只能求解不超过 {{max}} 列的窗口（稠密单纯形表，更大的模型要算几分钟）；本情景的窗口有 {{columns}} 列；请将 dispatch.solver 设为 "highs" 或 "auto"，或改用更短的调度窗口（dispatch.mode "daily"）',
    unknownSolver: '未知的线性规划求解器“{{name}}”；可用的求解器：{{known}}',
    glpkMissing: 'glpk 求解器需要可选软件包 glpk.js（GPL-3.0）；请用 `npm install glpk.js` 安装，或换用其他求解器',
  },
  solver: {
    failed:
      '{{solver}} 未能求解 {{days}}，出错步骤：$t(errors.solver.step.{{step}})；求解器$t(errors.solver.said.{{said}})。请检查$t(errors.solver.check.{{check}})；也可换用其他求解器（--solver auto 或 glpk），并报告该情景。',
    step: {
      fastPath: '首次试算（不允许任何缺口）',
      money: '在各项缺口均保持最小的前提下求最低成本调度',
      stage1: '最小化$t(errors.solver.item.{{i0}})',
      stage2: '最小化$t(errors.solver.item.{{i0}})和$t(errors.solver.item.{{i1}})',
      stage3: '最小化$t(errors.solver.item.{{i0}})、$t(errors.solver.item.{{i1}})和$t(errors.solver.item.{{i2}})',
      stage4:
        '最小化$t(errors.solver.item.{{i0}})、$t(errors.solver.item.{{i1}})、$t(errors.solver.item.{{i2}})和$t(errors.solver.item.{{i3}})',
      stage5:
        '最小化$t(errors.solver.item.{{i0}})、$t(errors.solver.item.{{i1}})、$t(errors.solver.item.{{i2}})、$t(errors.solver.item.{{i3}})和$t(errors.solver.item.{{i4}})',
      stage6:
        '最小化$t(errors.solver.item.{{i0}})、$t(errors.solver.item.{{i1}})、$t(errors.solver.item.{{i2}})、$t(errors.solver.item.{{i3}})、$t(errors.solver.item.{{i4}})和$t(errors.solver.item.{{i5}})',
      stage7:
        '最小化$t(errors.solver.item.{{i0}})、$t(errors.solver.item.{{i1}})、$t(errors.solver.item.{{i2}})、$t(errors.solver.item.{{i3}})、$t(errors.solver.item.{{i4}})、$t(errors.solver.item.{{i5}})和$t(errors.solver.item.{{i6}})',
      stage8:
        '最小化$t(errors.solver.item.{{i0}})、$t(errors.solver.item.{{i1}})、$t(errors.solver.item.{{i2}})、$t(errors.solver.item.{{i3}})、$t(errors.solver.item.{{i4}})、$t(errors.solver.item.{{i5}})、$t(errors.solver.item.{{i6}})和$t(errors.solver.item.{{i7}})',
      other: '{{label}}',
    },
    item: {
      'heat-residential': '居民供热缺口',
      'heat-nonresidential': '其他建筑供热缺口',
      'coal-reserve-floor': '低于$t(domain.term.reserveFloor)的存煤',
      'gas-pro-rata': '按比例压减气量',
      'gas-residential': '$t(domain.gasCategory.residential)压减气量',
      'gas-heating-residential': '$t(domain.gasCategory.heating-residential)压减气量',
      'gas-public-welfare': '$t(domain.gasCategory.public-welfare)压减气量',
      'gas-heating-nonresidential': '$t(domain.gasCategory.heating-nonresidential)压减气量',
      'gas-commercial': '$t(domain.gasCategory.commercial)压减气量',
      'gas-cng-vehicles': '$t(domain.gasCategory.cng-vehicles)压减气量',
      'gas-industrial': '$t(domain.gasCategory.industrial)压减气量',
      'gas-interruptible': '$t(domain.gasCategory.interruptible)压减气量',
    },
    said: {
      infeasible: '找不到可行调度。模型对供热缺口、限气和存煤低于下限都留有松弛，本应总有解，说明出现了数值问题',
      error: '因内部错误而中止',
      unbounded: '发现成本可以无限下降',
      timeLimit: '用完了 {{timeLimitS}} 秒的时间上限',
      other: '返回了 {{status}}',
    },
    check: {
      numbers:
        '相差多个数量级或几乎完全抵消的数值：热源容量和最小出力（minOutputMW）、检修停运、来煤和煤场容量（maxStockT）、气源供应能力和储气上下限',
      prices:
        '会让无限出力有利可图的价格：热电联产的上网电价 × 热电比高于其煤耗和运维成本，或储气价值（heldValueYuanPerM3）高于气价',
      size: '线性规划的规模：调大 dispatch.timeLimitS，或对热源多、模拟期长的情景改用逐日模式',
      inputs: '当天的各项输入',
    },
  },
} as const satisfies Mirror<typeof en>;

import type { cli as en } from '../en/cli.ts';
import type { Mirror } from '../mirror.ts';

/** 命令行用语：帮助、错误提示、逐日表与采暖期汇总、校验，以及风险分析各命令的表格。 */
export const cli = {
  help: {
    usage: '用法：',
    options: '选项：',
    example: '示例：',
    thisText: '显示本帮助',
    commandHelp: 'baogong <命令> --help     （或 baogong help <命令>）：查看该命令的选项、默认值和示例',
    keys: 'baogong keys create --role reader|runner|admin --name 名称 [--expires YYYY-MM-DD | --expires-in-days 天数] | keys list | keys revoke 编号     HTTP 服务器的 API 密钥（其数据库由 BAOGONG_DATA_DIR 或 BAOGONG_DB 指定）',
    globalLang:
      '所有命令均可加 --lang zh|en：选择表格和提示信息的语言（默认取 LC_ALL、LC_MESSAGES 或 LANG，均未设置时为 en）。JSON 和 CSV 在两种语言下均保留英文字段名和国际单位制数值。',
    lang: '表格和提示信息的语言：zh（中文：万吨、万 m³、万元，日期写作 2013年1月20日，热源按名称显示）或 en（默认取 LC_ALL、LC_MESSAGES 或 LANG，均未设置时为 en）；JSON 和 CSV 在两种语言下均保留英文字段名和国际单位制数值',
    run: {
      description:
        '模拟一个采暖期：逐日计算热负荷、各热源调度、煤场存煤与30天储煤下限的对比，以及燃气供需平衡。默认输出逐日表（表头均注明单位）和采暖期汇总；也可输出完整的 RunResult（JSON）、逐日表（CSV）或结果工作簿（xlsx）。合理性提示列在汇总之后；进度信息输出到 stderr。',
      options: {
        format:
          'table（逐日表和汇总）、json（仅在 stdout 输出 RunResult）、csv（逐日表，表头含单位）或 xlsx（结果工作簿，写入 --out）（默认 table）',
        out: '写出 result.json 和 days.csv 的文件夹（--format xlsx 时为一个 FILE.xlsx，或写出 result.xlsx 的文件夹；默认 ./result.xlsx）（默认：不写文件）',
        mode: '调度方式：{{modes}}（默认取情景的 dispatch.mode）',
        solver: '线性规划求解器：{{solvers}}（默认取情景的 dispatch.solver）',
        'with-season': '输出表格时，另按全采暖期调度（完全预知）运行一次，并列出两种方式的一行汇总（默认不运行）',
      },
    },
    validate: {
      description:
        '只校验、不运行情景文件：JSON 语法（给出行号和列号）、数据结构（逐条按 JSON 路径列出问题，未知字段给出最接近的已知字段）和字段间的一致性（引用的编号必须存在）。校验通过时输出一行情景概况及合理性提示（允许，但值得核对：热源容量过大、供热能力不足、热指标异常等）。通过时退出码为 0，不通过时为 2。',
      options: {
        format:
          'text，或 json：在 stdout 只输出一个对象 { ok, problems, warnings }（每条问题和提示为 { path, message }；不通过时另含错误代码和说明）（默认 text）',
      },
    },
    worker: {
      description:
        '运行队列作业：从该地址的 Redis 领取以 --queue 提交的研究（baogong risk … --queue）的采暖期分块，用本机的工作线程计算，并把每个分块的结果行写回 Redis。每台机器启动一个；用 SIGTERM 或 Ctrl-C 停止（手头的作业会做完；再发一次信号则放下作业，由其他节点接手）。被强行终止的节点不会丢失任何结果：其锁失效后（--lock-ms），作业由其他节点接手。',
      options: {
        queue: '队列所在的 Redis，redis://[:密码@]主机:端口[/库号]（必填；无默认值）',
        concurrency: '同时领取的分块作业数（默认等于线程数，至少 2）',
        threads: '本机线程池的工作线程数，≥ 1 的整数（默认：可用的处理器核数）',
        'lock-ms':
          '作业的锁在不续期时的有效时长，超过后其他节点可接手该作业，毫秒（默认 30000）；失效节点的作业约在此时长后重新开始',
        'stalled-ms': '本节点检查锁已失效作业的间隔，毫秒（默认 15000）',
        name: '本节点在日志和研究记录中的名称（默认 主机名:进程号）',
      },
    },
    study: {
      description:
        '查看已提交到队列的研究（baogong risk … --queue）：status 输出其状态以及已完成、失败和全部分块数；result 在所有分块完成后按提交命令的格式（table、json 或 csv）输出结果；cancel 移除尚在等待的分块，其余分块由各节点跳过。',
      options: {
        queue: '队列所在的 Redis，redis://[:密码@]主机:端口[/库号]（必填；无默认值）',
        format: 'status：table 或 json；result：table、json（仅在 stdout 输出完整结果）或 csv（默认 table）',
      },
    },
    risk: {
      description:
        '蒙特卡洛风险分析：按抽样的气温、寒潮以及煤炭和燃气供应中断模拟多个采暖期，输出低于30天储煤下限、居民用户被压减、出现缺供热量和出现压减气量的概率（含95%置信区间），以及每个采暖期可用天数、缺供热量（MWh）、压减气量（万 m³）和成本（万元）的分位数。--format csv 改为每个采暖期输出一行。进度信息输出到 stderr。',
      options: {
        runs: '模拟的采暖期数，1 至 1000000 的整数（默认 200）',
        seed: '整个试验的随机种子，0 至 4294967295 的整数（默认 1）；种子相同，抽样的采暖期也相同',
        workers: '工作线程数，0 表示在本线程内运行（默认：可用的 CPU 核数，且不多于采暖期数）',
        mode: '每个采暖期的调度方式：{{modes}}（默认取情景的 dispatch.mode）',
        solver: '线性规划求解器：{{solvers}}（默认 auto：按模型规模选择）',
        weather: '气温集合：{{weathers}}（气温为 CSV 序列时默认 synthetic，否则为 scenario）',
        'cold-waves': '向合成采暖期注入的寒潮次数，次/采暖期（默认：按气温序列中的实测频率）',
        'coal-events': '每个煤场的到煤中断，期望次数/采暖期（默认取情景的 risk 设置，未设置时为 1）',
        'coal-days': '一次到煤中断的持续天数，MIN-MAX 天（默认 3-10）',
        'coal-cut': '到煤量损失比例，MIN-MAX，取 0 至 1（默认 0.3-0.8）',
        'gas-events': '全市燃气供应中断，期望次数/采暖期（默认 0.5）',
        'gas-days': '一次燃气中断的持续天数，MIN-MAX 天（默认 2-7）',
        'gas-cut': '气源点能力损失比例，MIN-MAX，取 0 至 1（默认 0.1-0.4）',
        'keep-disruptions': '除抽样中断外，保留情景自带的定日中断（默认：以抽样中断代替）',
        queue:
          '在此地址的 Redis 上用 BullMQ 队列计算，由各计算节点（baogong worker，线程数各由其 --threads 决定，此时 --workers 不起作用）完成而不在本机运行，地址写作 redis://[:密码@]主机:端口[/库号]；结果与本机计算相同（默认：无，在本机计算）',
        chunk: '与 --queue 同用：每个作业包含的采暖期数（默认：先在本机计时一个采暖期，取约 1 秒的量）',
        detach: '与 --queue 同用：输出研究编号后立即返回，之后用 baogong study result 编号 取结果（默认：等待结果）',
        progress: '即使 stderr 不是终端也显示进度条（默认：仅在终端上显示）',
        format: 'table、json（完整结果，stdout 不输出其他内容）或 csv（默认 table）',
      },
    },
    province: {
      description:
        '省级研究：按研究文件逐个采暖期模拟各城市，全省每个采暖季只抽一次天气（各城市按其供暖室外计算温度平移），每条共用气源和运煤线路每个采暖季只抽一次中断，输出“有城市压减居民用气”“有城市居民停气或停暖”“有煤场跌破储备下限”“有城市失守”的概率（含95%区间），全省每个采暖季缺供热量和压减气量（均值、P50、P90、P99），以及各城市的概率和最先失守的采暖季占比。--format csv 按采暖季和城市逐行输出。进度输出到 stderr。',
      options: {
        runs: '模拟的采暖季数，1..1000000 的整数（默认取研究文件的 runs，未设置时为 200）',
        seed: '整个研究的随机种子，0..4294967295 的整数（默认取研究文件的 seed，未设置时为 1）；种子相同则各采暖季相同',
        workers: '工作线程数，0 表示在本线程中运行（默认：可用核数，且不超过采暖季数）',
        mode: '各城市每个采暖季的调度方式：{{modes}}（默认取各情景的 dispatch.mode）',
        solver: '线性规划求解器：{{solvers}}（默认 auto：按模型规模选择）',
        format:
          'table、json（完整结果，stdout 上不输出其他内容）或 csv（按采暖季和城市逐行输出，城市 * 表示全省）（默认 table）',
      },
    },
    'size-reserve': {
      description:
        '测算煤场储备：在与 risk 相同的抽样采暖期上，搜索使目标比例以上的采暖期每天都不低于30天储煤下限所需的最小期初存煤（吨）和最小均衡到煤量（吨/日），并输出每个答案及“守住下限的比例—试算值”曲线。--format csv 输出曲线各点。',
    },
    'gas-n1': {
      description:
        '按欧盟第 2017/1938 号条例评估燃气供应安全：N-1 基础设施指标（最大气源点失效时，全市管道入口、本地气源、储气和 LNG 能力与高峰日需求之比，%；≥ 100% 为合格），以及三项供应标准测试（7天高峰、30天高需求、30天最大气源点失效），分别检验居民等受保护用户能否保住用气和供热。--format csv 每项测试输出一行。',
    },
    'heat-n1': {
      description:
        '供热 N-1：每种停运情形计算一个设计日，计入联络线。对每个管网分区，比较设计热负荷（MW）与自有及输入能力，检验最大热源停运时能否满足需求，并列出依次停运每个热源时的供热满足率。--format csv 每个分区输出一行。',
    },
    init: {
      description:
        '为本市新建情景：在指定文件夹中按模板写出 scenario.json、weather.csv（模板时段内北京逐日气温，附数据出处）、scenario.schema.json（编辑器可据此随输随查字段）和列出后续命令的 README.md。从不覆盖：四个文件中任何一个已存在时，不写入任何文件。',
    },
    'compare-modes': {
      description:
        '用每种调度方式（逐日、全采暖期、滚动）运行同一情景，每种方式输出一行：采暖期成本（供应成本 + 缺供损失）、缺供热量（MWh）、压减气量、首次低于储煤下限的日期、最少可用天数和求解的线性规划数。逐日或滚动调度与全采暖期调度（完全预知）之差，即“短视”的代价。进度信息输出到 stderr。',
    },
    'export-lp': {
      description:
        '将引擎对情景某一时段求解的线性规划原样写到 stdout，行名沿用建模代码的命名（`{concern}:{id}:{date}`），便于阅读或用其他求解器（glpsol、clp、HiGHS）求解。优先序列需要依次求解多个线性规划时，stderr 会列出它们，用 --stage 选择其一。',
    },
    serve: {
      description:
        '在前台启动 HTTP 服务（/v1 下的 JSON 接口和网页），与 npm start 相同；也可用环境变量 PORT 和 HOST 设置。按 Ctrl-C 停止。',
    },
    bench: {
      description:
        '运行求解器基准测试（bench/run.ts，与 npm run bench 相同）：各求解器依次求解从一天到整个采暖期的一组线性规划并计时，结果写入 bench/results/；加 --compare 时与以前的结果对比。',
    },
    xlsx: {
      description:
        '以电子表格编辑情景。export 将情景写成工作簿，每张表一个工作表，表头注明单位，每个选项都有下拉列表；import 将工作簿读回情景 JSON，每个问题按单元格（如 sources!E3）指出，有问题时不写入任何文件。随附的每个情景都能逐字节还原。',
    },
  },
  usageErrors: {
    queueNeeded: '{{command}} 需要 --queue redis://主机:端口：研究队列所在的 Redis',
    withUsage: '$t({{detail}})\n用法：{{usage}}',
    parse: '命令行参数有误：{{message}}',
    lang: '--lang 只能是 {{allowed}}；收到的是 {{got}}',
    choice: '--{{name}} 只能是 {{allowed}} 之一；收到的是 {{got}}',
    needs: '{{command}} 需要给出 {{names}}',
    unexpected: '多余的参数：{{args}}',
    unknownCommand: '没有 `{{name}}` 这个命令\n{{help}}',
    helpOne: 'help 只接受一个命令名；收到的是 {{args}}',
    dayOrSeason: '--day 与 --season 只能给一个',
    stage: '--stage 应为 0..{{last}} 或 last；收到的是 {{got}}',
    number: '--{{name}} 应为$t(cli.usageErrors.kind.{{kind}})$t(cli.usageErrors.bounds.{{bounds}})；收到的是 {{got}}',
    kind: { integer: '整数', number: '数值' },
    bounds: { both: '，≥ {{min}} 且 ≤ {{max}}', min: '，≥ {{min}}', max: '，≤ {{max}}' },
    numberPlain: '--{{name}} 应为$t(cli.usageErrors.kind.{{kind}})；收到的是 {{got}}',
    range: '--{{name}} 应写作 最小值-最大值，例如 3-10；收到的是 {{got}}',
    studyAction: 'study 后面应为 status、result 或 cancel；收到的是 {{got}}',
    xlsxAction: 'xlsx 后面应为 export 或 import；收到的是 {{got}}',
  },
  error: {
    headline: '错误 {{code}}：{{message}}',
    document: '（整个文件）',
    pathSep: '：',
    unexpected: '错误：{{message}}',
  },
  common: {
    none: '无',
    yes: '是',
    NO: '否',
    itemSep: '；',
  },
  units: {
    tonnes: '吨',
    tonnesPerDay: '吨/日',
  },
  queue: {
    progress: '队列中的采暖期',
    submitted: '研究 {{id}}：{{runs}} 个采暖期，分为 {{chunks}} 个作业，每个 {{chunk}} 个，队列 {{url}}',
    detached: '查看进度：baogong study status {{id}} --queue {{url}}',
    workerStarted:
      '计算节点 {{name}}，队列 {{url}}：{{threads}} 个线程，同时 {{concurrency}} 个作业，锁 {{lockMs}} 毫秒，每 {{stalledMs}} 毫秒检查一次失效作业；等待作业中（SIGTERM 或 Ctrl-C 停止）',
    workerChunk: '研究 {{study}} 分块 {{chunk}}：{{seasons}} 个采暖期，用时 {{seconds}} 秒',
    workerSkipped: '研究 {{study}} 分块 {{chunk}}：跳过（{{why}}）',
    workerStopping: '正在停止：先做完手头的作业（再发一次信号则放下作业，交由其他节点）',
    workerStopped: '计算节点 {{name}} 已停止',
    status:
      '研究 {{id}}（{{kind}}）：{{state}}；已完成 {{done}}/{{chunks}} 个分块（{{seasons}}/{{runs}} 个采暖期，每块 {{chunk}} 个），失败 {{failed}} 个；自提交起 {{seconds}} 秒',
    statusError: '错误 {{code}}：{{message}}',
    state: { running: '运行中', done: '已完成', cancelled: '已取消', failed: '失败' },
    cancelled: '研究 {{id}} 已取消：移除了 {{removed}} 个等待中的分块；正在计算的分块会做完但不计入结果',
    notRunning: '研究 {{id}} {{state}}：无需取消',
  },
  progress: {
    solvingDay: '逐日求解',
    seasons: '采暖期',
  },
  dayTable: {
    date: '日期',
    temperature: '日均气温（{{unit}}）',
    coldWave: '寒潮等级',
    demand: '需热量（{{unit}}）',
    unserved: '缺供热量（{{unit}}）',
    source: '{{name}}供热量（{{unit}}）',
    yardBurn: '{{name}}耗煤量（{{unit}}）',
    yardStock: '{{name}}存煤量（{{unit}}）',
    yardFloor: '{{name}}储煤下限（{{unit}}）',
    yardCover: '{{name}}可用天数（{{unit}}）',
    gasSupply: '供气量（{{unit}}）',
    gasCut: '压减气量（{{unit}}）',
    cutCategories: '压减用户类别',
    supplyCost: '供应成本（{{unit}}）',
    shortageCost: '缺供损失（{{unit}}）',
    cost: '总成本（{{unit}}）',
  },
  summary: {
    title: '情景：{{name}}（{{id}}）',
    label: {
      season: '采暖期',
      heatDemand: '需热量',
      unserved: '缺供热量',
      coal: '耗煤量',
      minCover: '最少可用天数',
      yard: '{{id}}',
      gasSupplied: '供气量',
      gasCut: '分类压减气量',
      homes: '居民是否保供',
      electricity: '供热用电量',
      cost: '成本',
      solver: '求解器',
    },
    season:
      '{{from}}至{{to}}（共 {{days}} 天，其中 GB/T 21987 寒潮日 {{coldWaveDays}} 天，持续低温日 {{coldSpellDays}} 天）',
    heatDemand: '{{demand}} MWh；最大负荷 {{peak}} MW，出现在{{date}}（设计热负荷 {{design}} MW）',
    unserved: '{{all}} MWh（其中居民 {{homes}} MWh）',
    coal: '{{coal}}（折标准煤 {{tce}}）',
    minCover: '{{days}} 天，出现在{{date}}；首次低于储煤下限：{{breach}}',
    yard: '储煤下限 {{floor}} = 日最大耗煤量 {{maxDaily}} 吨/日（{{basis}}）× 储备天数；最低存煤 {{minStock}}；各口径日最大耗煤量（吨/日）：设计日 {{designDay}}，采暖期实际最大 {{seasonMax}}，锅炉额定能力 {{capacity}}',
    basis: {
      'max-of-design-and-season': '取设计日与采暖期实际最大之大者',
      'design-day': '按设计日',
      'season-max': '按采暖期实际最大',
      capacity: '按锅炉额定能力',
    },
    gasSupplied: '{{supplied}}（其中热源用气 {{heat}}）',
    gasCut: '{{cuts}}（按用户类别）',
    electricity: '{{mwh}} MWh',
    cost: '{{total}} = 供应成本 {{supply}} + 缺供损失 {{shortage}}（缺供热量和压减气量按价折算）',
    solver:
      '{{name}}，{{mode}}，共求解 {{lpCount}} 个线性规划（其中 {{lexi}} 个需按完整优先序列求解），求解耗时 {{ms}} ms，状态 {{status}}',
    warnings: '提示：',
  },
  modeLine:
    '总成本 {{cost}}（供应 {{supply}} + 缺供 {{shortage}}），缺供热量 {{unserved}} MWh，压减气量 {{gasCut}}，首次低于储煤下限 {{breach}}，最少可用天数 {{cover}} 天；线性规划 {{lps}} 个，最大 {{cols}} 列 × {{rows}} 行，求解 {{ms}} ms',
  run: {
    seasonMode: '同一情景按全采暖期调度（一个线性规划，完全预知）：',
    wroteTwo: '已写出 {{a}} 和 {{b}}',
    wrote: '已写出 {{file}}',
  },
  init: {
    wrote: '已写出 {{files}}（模板 {{template}}）',
    next: '下一步：npx baogong validate {{file}}',
    exists: '{{path}} 已存在；init 从不覆盖文件：请换一个文件夹，或先移走该文件',
  },
  validate: {
    valid:
      '{{file}}：情景 `{{id}}` 校验通过（{{zones}} 个管网分区、{{sources}} 个热源、{{yards}} 个煤场，{{start}}至{{end}}）',
    warning: '提示 {{path}}：{{message}}',
    warningsOne: '1 条提示：允许，但请核对（baogong run 也会列出）',
    warningsMany: '{{n}} 条提示：允许，但请逐条核对（baogong run 也会列出）',
  },

  weather: {
    synthetic: '合成气温序列',
    bootstrap: '历史年份重抽样',
    historical: '历史逐年气温',
    scenario: '情景气温',
  },
  risk: {
    header:
      '蒙特卡洛模拟：{{id}}，{{runs}} 个采暖期（气温：{{weather}}；{{mode}}；随机种子 {{seed}}）；{{workers}} 个工作线程，用时 {{seconds}} 秒（每分钟 {{rate}} 个采暖期）',
    disruptions: '供应中断：煤炭 {{coal}}；燃气 {{gas}}；情景自带的定日中断{{own}}',
    ratesOne: '每个采暖期 {{n}} 次（{{per}}），每次 {{minDays}}–{{maxDays}} 天，损失 {{minCut}}–{{maxCut}}',
    ratesMany: '每个采暖期 {{n}} 次（{{per}}），每次 {{minDays}}–{{maxDays}} 天，损失 {{minCut}}–{{maxCut}}',
    perYard: '每个煤场',
    cityWide: '全市',
    kept: '予以保留',
    replaced: '由抽样中断代替',
    probability: '概率',
    share: '比例',
    interval: '95% 置信区间',
    seasons: '采暖期数',
    reserveBreach: '低于30天储煤下限',
    homesCut: '居民用户被压减（用气或供热）',
    unservedHeat: '出现缺供热量',
    anyGasCut: '出现压减气量',
    figure: '每个采暖期的指标',
    mean: '均值',
    minCover: '最少可用天数（{{unit}}）',
    unserved: '缺供热量（{{unit}}）',
    gasCutAll: '压减气量合计（{{unit}}）',
    gasCutCategory: '  其中{{category}}（{{unit}}）',
    cost: '总成本（{{unit}}）',
    shortage: '其中缺供损失（{{unit}}）',
    costUnit: '万元',
  },
  province: {
    header:
      '省级研究：{{id}}，{{runs}} 个采暖季（天气每季从 {{reference}} 的序列中抽取一次，方法 {{weather}}，随机种子 {{seed}}）；{{workers}} 个工作线程，用时 {{seconds}} 秒',
    headerUntimed:
      '省级研究：{{id}}，{{runs}} 个采暖季（天气每季从 {{reference}} 的序列中抽取一次，方法 {{weather}}，随机种子 {{seed}}）',
    shared: '共用项 {{id}} → {{members}}：每采暖季平均 {{events}} 次中断，{{share}} 的采暖季受到中断',
    probability: '概率（有城市……）',
    share: '占比',
    interval: '95%区间',
    seasons: '采暖季数',
    anyHomesGasCut: '压减居民用气',
    anyHomesCut: '居民停气或停暖',
    anyReserveBreach: '煤场跌破储备下限',
    anyUnservedHeat: '出现缺供热量',
    anyFailure: '失守（居民停气停暖或煤场跌破下限）',
    figure: '全省，每个采暖季',
    mean: '均值',
    max: '最大值',
    unserved: '缺供热量（{{unit}}）',
    unservedHomes: '其中居民（{{unit}}）',
    gasCut: '压减气量（{{unit}}）',
    city: '城市',
    homesGas: '压减居民用气',
    homesCut: '居民停气或停暖',
    reserve: '跌破储备下限',
    fails: '失守',
    failsFirst: '最先失守',
    unservedP90: '缺供热量 P90（{{unit}}）',
    gasCutP90: '压减气量 P90（{{unit}}）',
    failsFirstNote:
      '城市失守之日：首次压减居民用气、居民停暖或煤场跌破储备下限的那一天；最先失守：该城市在全省最先失守的采暖季占比（k 个城市同日失守时各计 1/k）。',
  },
  sizing: {
    header: '储煤测算：{{id}}，煤场 {{yard}}；储煤下限 {{floor}} = 储备天数 × 日最大耗煤量 {{maxDaily}}',
    runs: '{{runs}} 个采暖期（气温：{{weather}}；{{mode}}；随机种子 {{seed}}）；目标：≥ {{target}} 的采暖期每天都不低于储煤下限；{{workers}} 个工作线程，用时 {{seconds}} 秒',
    openingStock: '期初存煤',
    steadyDelivery: '均衡到煤量',
    notReached: '试算至 {{upper}} {{unit}} 仍未达到',
    answer: '{{answer}} {{unit}}（精度 +{{tol}} {{unit}}）',
    answerLine: '{{ans}}；情景现值 {{value}} {{unit}} 可使 {{share}} 的采暖期守住下限；共求解 {{evaluations}} 个采暖期',
    curveHeader: '{{name}}（{{unit}}）',
    held: '全期守住下限的采暖期比例',
  },
  gasN1: {
    header: '{{id}} 燃气供应安全评估（参照欧盟第 2017/1938 号条例）；{{climate}}',
    ensemble: '二十年一遇气温取自 {{seasons}} 个合成采暖期（随机种子 {{seed}}）',
    design: '高峰日、7天和30天均取供暖室外计算温度（GB 50736）',
    temperatures: '  高峰日 {{peak}} °C，最冷7天 {{week}} °C，最冷30天 {{month}} °C，冬季平均 {{winter}} °C',
    rate: '{{value}} 万 m³/日',
    formula: 'N-1 =（EP {{ep}} + P {{p}} + S {{s}} + LNG {{liquefied}} − I {{i}} [{{largest}}]）/ D_max {{dmax}}',
    result: '    = {{percent}}%  → {{verdict}}',
    pass: '合格（≥ 100%）',
    fail: '不合格（< 100%）',
    dmax: '  D_max（{{temp}} °C）：各类用户 {{categories}} + 热源 {{heat}}',
    test: '供应标准测试',
    days: '天数',
    temp: '气温（{{unit}}）',
    without: '失效设施',
    protectedSupplied: '受保护用户足额供应',
    protectedCut: '受保护用户压减（{{unit}}）',
    homesUnserved: '居民缺供热量（{{unit}}）',
    otherCut: '其他用户压减（{{unit}}）',
    tests: {
      'a-7-day-peak': 'a 7天高峰',
      'b-30-day-high-demand': 'b 30天高需求',
      'c-30-day-largest-out': 'c 30天最大设施失效',
    },
    protectedUsers: '  受保护用户：居民生活、居民采暖和公共服务用气，以及居民供热；起始日 {{start}}',
    passing: '  {{share}} 的测试合格',
  },
  heatN1: {
    header: '{{id}} 供热 N-1 校核：按日均气温 {{temp}} °C 计算一天（{{date}}），计入联络线；{{verdict}}',
    pass: '最大热源停运时各管网分区均能满足',
    fail: '最大热源停运时并非所有管网分区都能满足',
    zone: '管网分区',
    design: '设计热负荷（{{unit}}）',
    own: '自有能力（{{unit}}）',
    largest: '最大热源',
    largestMW: '最大热源能力（{{unit}}）',
    import: '输入能力（{{unit}}）',
    margin: '能力裕度（{{unit}}）',
    served: '最大热源停运时满足率',
    unserved: '缺供负荷（{{unit}}）',
    homesUnserved: '居民缺供负荷（{{unit}}）',
    met: '是否满足',
    sharesTitle: '依次停运一个热源时各分区的供热满足率：',
    sourceOut: '{{name}}停运',
    worst: '影响最大的热源',
  },
} as const satisfies Mirror<typeof en>;

import type { coldWave as en } from '../../en/reports/cold-wave.ts';
import type { Mirror } from '../../mirror.ts';

/** 寒潮分析报告（notebooks/cold-wave-study.ts）。 */
export const coldWave = {
  title: '寒潮分析：演示城市遭遇特强寒潮，有无燃气减供两种情况',
  running: '正在计算：{{label}}…',
  cases: {
    baseline: '基准情景',
    extreme: '特强寒潮',
    extremeCut: '特强寒潮 + 燃气减供30%',
  },
  intro:
    '情景 `{{id}}`（{{name}}），共 {{days}} 天，逐日调度（每天求解一个线性规划，调度人员只掌握当天情况）。寒潮用引擎的 `injectColdWave` 注入：自{{start}}起日气温下降，使寒潮判别将首日定为**特强寒潮**（GB/T 21987：日最低气温24小时内降幅不小于12 °C，且降至0 °C及以下），持续 {{waveDays}} 天，其后 {{recoveryDays}} 天线性回升。燃气减供：自{{cutStart}}至{{cutEnd}}，每个气源点的供气能力减少 {{cutPercent}}%（储气不受影响）。',
  casesHeading: '三种情形',
  table: {
    case: '情形',
    coldestDay: '最低日均气温（°C）',
    coldWaveDays: '寒潮日（定级）',
    coldSpellDays: '持续低温日',
    peak: '最大热负荷（MW）',
    unserved: '缺供热量（MWh，括号内为居民）',
    coal: '耗煤量（吨）',
    minCover: '最少可用天数',
    breach: '首次低于储煤下限',
    gasCut: '压减气量（万 m³，括号内为居民）',
    homes: '居民是否保供',
    cost: '总成本（万元）',
  },
  peakLine:
    '寒潮使最大热负荷由 {{from}} MW 升至 {{to}} MW；采暖期耗煤量{{coal}}；最少可用天数由 {{coverFrom}} 天变为 {{coverTo}} 天',
  coalSame: '全期不变：寒潮期间多烧的煤，在煤场存煤回升到储煤下限的过程中以少烧补回（见存煤量图）',
  coalChanges: '变化 {{tonnes}} 吨',
  gasLine:
    '采暖期压减气量：基准情景 {{base}} 万 m³，寒潮 {{wave}} 万 m³，寒潮叠加燃气减供 {{both}} 万 m³；最不利情形下居民（居民生活和居民采暖用气）被压减 {{homes}} 万 m³——按“压非保民”的优先序列，先压减可中断用户、工业、CNG 汽车和商业用户',
  unservedLine:
    '缺供热量：{{base}} → {{wave}} → {{both}} MWh，其中居民 {{homesBase}} → {{homesWave}} → {{homesBoth}} MWh',
  charts: {
    temperature: '寒潮情形的室外气温，寒潮日按 GB/T 21987 等级着色（引擎图表）。',
    coalStockCaption: '三种情形下煤场存煤量与30天储煤下限（虚线）。',
    coalStockTitle: '存煤量与30天储煤下限',
    coalStockSubtitle: '全部煤场合计；储煤下限（虚线）为设计日耗煤量的30倍',
    coalStockAxis: '存煤量（吨）',
    floor: '储煤下限',
    gasDailyCaption: '三种情形下的每日压减气量（全部用户类别）。',
    gasDailyTitle: '每日压减气量',
    gasDailySubtitle: '全部用户类别合计',
    gasDailyAxis: '压减气量（m³/日）',
    gasCategoryCaption: '采暖期分用户类别压减气量：按优先序列，居民最后压减。',
    gasCategoryTitle: '采暖期分用户类别压减气量',
    gasCategorySubtitle: '用户类别按默认压减顺序排列（先压减者在前）',
    gasCategoryAxis: '压减气量（万 m³）',
    unservedCaption: '三种情形下的每日缺供热量。',
    unservedTitle: '每日缺供热量',
    unservedSubtitle: '全部管网分区，含居民及其他建筑',
    unservedAxis: '缺供热量（MWh/日）',
  },
} as const satisfies Mirror<typeof en>;

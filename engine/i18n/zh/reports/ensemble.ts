import type { ensemble as en } from '../../en/reports/ensemble.ts';
import type { Mirror } from '../../mirror.ts';

/** 气温集合检验报告（notebooks/ensemble-validation.ts）。 */
export const ensemble = {
  title: '气温集合与北京实测记录的对比',
  label: {
    meanC: '采暖期日均气温的平均值（°C）',
    sdC: '离散程度：日均气温的标准差（°C）',
    lag1: '日均气温的一阶自相关系数',
    coldWaveEvents: '每个采暖期的寒潮过程数（GB/T 21987）',
    coldWaveDays: '每个采暖期的 GB/T 21987 寒潮日（定级）数',
    coldSpellDays: '每个采暖期的持续低温日数（本项目规则）',
    coldestDayC: '最低日均气温（°C）',
  },
  intro:
    '蒙特卡洛模拟的气温取自基于随附气温序列（北京首都国际机场，2010—2014年，UCI “Beijing PM2.5” 数据集，CC BY 4.0）构建的三种集合之一：{{n}} 个历史采暖期本身（{{labels}}）、对其作匹配分块重抽样（bootstrap）得到的采暖期，以及合成气温生成器。本页在演示情景的时段（11月15日至次年3月15日，共121天）上，将 {{runs}} 个合成采暖期和 {{runs}} 个重抽样采暖期（随机种子 {{seed}}）逐季与实测记录对比。',
  modelHeading: '合成气温模型的拟合结果',
  cycle:
    '日均气温的年循环：用最小二乘法对 {{first}} 至 {{last}} 的全部日数据拟合三阶谐波；年平均 {{annualMean}} °C，1月15日为 {{jan15}} °C，冬季残差均值 μ = {{mu}} °C',
  anomalies:
    '日距平：AR(1) 模型，φ = {{phi}}，新息标准差 σ = {{sigma}} °C（用 simple-statistics 的 linearRegression 将每天对前一天回归，窗口内共 {{windowDays}} 天）',
  offset:
    '各采暖期平均值的年际偏移：s = {{s}} °C（实测各采暖期均值的方差减去 AR(1) 自身产生的方差；Katz & Parlange 1998 过离散修正）',
  gaps: '日最低气温 = 日均气温 − 温差：温差 {{gapMean}} °C + {{beta}} × 距平，AR(1) φ = {{gapPhi}}，σ = {{gapSigma}} °C；日最高气温同理（{{maxGap}} °C）',
  coldWaves:
    '寒潮：实测窗口期内共 {{count}} 次寒潮过程（{{events}}），即每个采暖期 {{observed}} 次；仅 AR(1) 可产生 {{base}} 次，故每个采暖期注入 {{injected}} 次（{{note}}）',
  coldWaveEvent: '{{start}}{{grade}}，降温 {{drop}} °C，持续 {{days}} 天',
  noneInjected: '无需注入：高斯过程已达到实测频率',
  copies: '复制实测寒潮过程',
  statsHeading: '采暖期统计量',
  statistic: '统计量',
  record: '实测：均值（{{n}} 季中最小 … 最大）',
  synthetic: '合成：均值（{{runs}} 季的 P5 … P95）',
  bootstrap: '重抽样：均值（{{runs}} 季的 P5 … P95）',
  meanCheck: '均值与实测相差不超过1 °C：{{ok}}（{{diff}} °C）',
  spreadCheck: '离散程度相差不超过20%：{{ok}}（{{diff}}%）',
  lagCheck: '一阶自相关系数相差不超过0.06：{{ok}}（{{diff}}）',
  bandCheck: '每个实测采暖期的均值都落在合成集合的 P5—P95 区间内：{{ok}}',
  frequencyCheck:
    '寒潮频率：合成集合每个采暖期 {{drawn}} 次，实测 {{observed}} 次（仅3次过程：泊松分布精确95%置信区间为每个采暖期 {{low}}–{{high}} 次）',
  climatologyCaption: '采暖期逐日日均气温：合成集合的 P5—P95 区间和中位数，以及四个实测采暖期。',
  climatologyTitle: '采暖期内的日均气温',
  climatologySubtitle: '{{runs}} 个合成采暖期（阴影为 P5—P95，线为 P50）与2010—2014年实测对比',
  dayOfSeason: '采暖期第几天（0 = 11月15日）',
  dailyMean: '室外日均气温（°C）',
  recordedSeason: '实测采暖期',
  distributionSubtitle: '{{runs}} 个合成采暖期和 {{runs}} 个重抽样采暖期；红线为实测采暖期',
  seasons: '采暖期数',
  ensemble: '集合',
  syntheticName: '合成',
  bootstrapName: '重抽样',
  meanCaption: '采暖期平均气温：两种集合与四个实测采暖期对比。',
  spreadCaption: '采暖期内日均气温的离散程度。',
  lagCaption: '采暖期内日均气温的一阶自相关系数。',
  coldWaveCaption: '每个采暖期的 GB/T 21987 寒潮过程数。',
  readingHeading: '解读',
  reading:
    '合成气温生成器再现了实测的均值、离散程度和持续性，并通过采暖期偏移再现了年际变化；它还会产生比四个实测采暖期都更冷的采暖期（二十年一遇的最冷日低于−13 °C），这正是风险分析所需要而四季重抽样给不出的：重抽样永远不会超出其四个采暖期的范围。寒潮频率仅依据三次实测过程，上下可差三倍；压力测试时可用 `--cold-waves` 明确指定。',
} as const satisfies Mirror<typeof en>;

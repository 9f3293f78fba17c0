/** 省级研究报告（notebooks/province-study.ts）的中文。 */
import type { province as en } from '../../en/reports/province.ts';
import type { Mirror } from '../../mirror.ts';

export const province = {
  title: '省级研究：{{name}}',
  intro:
    '{{description}} 采暖季数：{{runs}}（随机种子 {{seed}}）；每个采暖季全省只抽一次天气（{{weather}}，取自 {{reference}} 的气象序列），再按各城市的供暖室外计算温度平移，因此寒潮在同样的日子到达每个城市；每条共用气源和运煤线路每个采暖季只抽一次中断，并同时影响其供应的所有城市。',
  provinceHeading: '全省',
  anyHomesGasCut: '有城市压减居民用气的采暖季占 {{share}}（95%区间 {{low}}–{{high}}）',
  anyHomesCut: '有城市居民停气或停暖的采暖季占 {{share}}',
  anyReserveBreach: '有煤场跌破储备下限的采暖季占 {{share}}',
  anyFailure: '有城市失守的采暖季占 {{share}}',
  unserved: '全省每个采暖季缺供热量：P50 {{p50}} MWh，P90 {{p90}} MWh，P99 {{p99}} MWh',
  gasCut: '全省每个采暖季压减气量：P50 {{p50}}，P90 {{p90}}，P99 {{p99}}（{{unit}}）',
  unservedCaption: '全省每个采暖季的缺供热量（各城市之和），并标出 P50、P90 和 P99。',
  citiesHeading: '各城市，以及哪个城市最先失守',
  failureCaption: '各城市失守（居民停气停暖或煤场跌破储备下限）的采暖季占比，以及在全省最先失守的采暖季占比。',
  failsFirstHow:
    '城市失守之日，是它首次压减居民用气、居民停暖或煤场跌破储备下限的那一天。在有城市失守的采暖季里，失守日最早的城市即“最先失守”（k 个城市同日失守时各计 1/k），因此各城市的占比之和等于全省有城市失守的概率。若某个煤场在采暖季开始时就低于下限，该城市会在模拟期第一天失守：此时“最先”反映的是哪个规划一开始就储备不足，而不是寒潮先击垮哪个城市。',
  colCity: '城市',
  colShift: '气温平移 °C',
  colHomesGas: '压减居民用气',
  colFloor: '跌破储备下限',
  colFails: '失守',
  colFirst: '最先失守',
  colUnserved: '缺供热量 P90 MWh',
  sharedHeading: '各城市共用的设施',
  shared: '{{id}} → {{members}}：每个采暖季平均 {{events}} 次中断；{{share}} 的采暖季受到中断',
  timing: '{{runs}} 个采暖季，{{workers}} 个工作线程，用时 {{seconds}} 秒。',
} as const satisfies Mirror<typeof en>;

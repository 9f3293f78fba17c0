import type { reserve as en } from '../../en/reports/reserve.ts';
import type { Mirror } from '../../mirror.ts';

/** 储煤测算报告（notebooks/reserve-sizing.ts）。 */
export const reserve = {
  title: '储煤测算：演示城市煤场“{{yard}}”',
  rule: '规则（各地供热规划：储备量不得少于30天的日最大耗煤量）：煤场存煤不得低于储煤下限，储煤下限 = 30 × 日最大耗煤量；此处日最大耗煤量为 {{maxDaily}} 吨/日（取设计日耗煤量与不设下限的全采暖期模拟中最大日耗煤量之大者；演示城市热电厂煤场两者均为满负荷），故储煤下限为 {{floor}} 吨。问题：{{start}}的期初存煤至少为多少，才能在不少于 {{target}} 的采暖期中每天存煤都不低于储煤下限？',
  seasons:
    '采暖期样本：{{runs}} 个蒙特卡洛采暖期（随机种子 {{seed}}），气温取{{weather}}，叠加随机的到煤中断（每个采暖期 {{events}} 次，每次 {{minDays}}–{{maxDays}} 天，到煤量损失 {{minCut}}–{{maxCut}}）和燃气供应中断（每个采暖期 {{gasEvents}} 次），每个采暖期均按{{mode}}求解。情景自带的定日假设中断由抽样中断代替。',
  atScenario: '按情景现有期初存煤',
  openingStock: '期初存煤 {{stock}} 吨，到煤量 {{deliveries}} 吨/日',
  floorBroken: '{{share}} 的采暖期出现存煤低于储煤下限（95% 置信区间 {{low}}–{{high}}）',
  lowestCover: '每个采暖期的最少可用天数：P50 {{p50}} 天，P10 {{p10}} 天，P1 {{p1}} 天',
  homesCut: '{{share}} 的采暖期出现居民用户被压减；缺供热量 P95 为 {{p95}} MWh',
  histogramCaption: '按情景期初存煤，各蒙特卡洛采暖期的最少可用天数（30天即储煤下限）。',
  answers: '测算结果',
  notReached: '试算至 {{upper}} {{unit}} 仍未达到',
  answer:
    '**{{answer}} {{unit}}**（比这些采暖期的精确临界值至多高 {{tol}} {{unit}}）；此时 {{atAnswer}} 的采暖期守住下限，而按情景现值 {{value}} {{unit}} 为 {{atScenario}}；共求解 {{evaluations}} 个采暖期',
  unitT: '吨',
  unitTPerDay: '吨/日',
  smallestStock: '最小期初存煤：{{line}}',
  smallestRate: '按情景期初存煤所需的最小均衡到煤量（以一个均衡日到煤量代替分时段到煤计划）：{{line}}',
  method:
    '方法：对每个试算值使用同一组采暖期（公共随机数），先划定区间再二分搜索，并假定在某一存煤下守住下限的采暖期，在更大的存煤下也能守住；只有这一假定不能直接判定时，才重新求解该采暖期。初值取各采暖期线性估计值（存煤加上调度不作调整时恰好守住下限所需的追加煤量）在目标分位处的值；随后以模拟结果修正，因为逐日调度会作出调整：存煤低于下限时可能改烧燃气、少烧煤，因为默认优先序列将储煤下限排在商业、CNG 汽车、工业和可中断用户用气之前。',
  curveStockCaption: '全期守住储煤下限的采暖期比例与期初存煤的关系；含搜索试算过的全部取值。',
  curveRateCaption: '全期守住储煤下限的采暖期比例与均衡到煤量的关系。',
  curveStock: '期初存煤（吨）',
  curveHeld: '全期守住下限的采暖期比例',
  closedFormHeading: '解析解校核',
  closedForm:
    '一台燃煤锅炉，住宅100万 m²、热指标50 W/m²，室外气温恒为−3 °C（设计温度−10 °C），锅炉效率0.8，煤热值20 GJ/t，到煤量100吨/日，共30天：日耗煤量 b = 900 MWh × 3.6 / (0.8 × 20) = 202.5 吨/日，储煤下限 F = 30 × 270 = 8 100 吨；第 n 天日终存煤为 S0 + n(r − b)，故全期守住下限当且仅当 S0 ≥ F + N(b − r) = 11 175 吨，或在 S0 = 10 000 吨时 r ≥ b − (S0 − F)/N = 139.17 吨/日。搜索结果为 {{stock}} 吨（精度 {{stockTol}} 吨）和 {{rate}} 吨/日（精度 {{rateTol}} 吨/日）。',
} as const satisfies Mirror<typeof en>;

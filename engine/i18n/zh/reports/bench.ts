import type { bench as en } from '../../en/reports/bench.ts';
import type { Mirror } from '../../mirror.ts';

/** 求解器基准测试报告（notebooks/solver-benchmark.ts）。 */
export const bench = {
  title: '求解器基准测试与蒙特卡洛模拟速度',
  noSolver:
    'bench/results/*.json 中没有求解器基准测试结果。请先运行 `npm run bench`（或 `npm run bench -- --quick`），再运行本 notebook。',
  from: '数据来自 `{{file}}`：{{cpus}} × {{cpu}}，Node {{node}}，{{date}} UTC；共 {{rungs}} 级模型，规模从 {{fromColumns}} 列到 {{toColumns}} 列，每格限时 {{cap}} 秒。',
  solveTimeCaption: '各求解器求解一个线性规划的耗时（中位数，含最小—最大范围）与列数的关系；双对数坐标。',
  solveTimeTitle: '求解耗时与模型规模',
  solveTimeSubtitle: '每个线性规划的中位耗时，竖线为最小—最大范围；超时或崩溃的格子未画出（见下表）',
  columns: '线性规划列数',
  solveTime: '求解耗时（ms）',
  solver: '求解器',
  agreementCaption: '各求解器目标函数值与 HiGHS 的相对差，按模型规模（1e-16 表示完全一致）。',
  agreementTitle: '与 HiGHS 的一致性',
  agreementSubtitle: '|目标函数值 − HiGHS 目标函数值| / max(1, |HiGHS 目标函数值|)',
  relativeDifference: '相对差',
  memoryCaption: '各求解器求解进程的峰值常驻内存，按模型规模。',
  memoryTitle: '单次求解的峰值内存',
  memorySubtitle: '求解该格的进程的常驻内存',
  peakRss: '峰值常驻内存（MB）',
  rung: '模型级别',
  size: '列数 × 行数',
  failed: '有 {{n}} 格未在限时内得到最优解（超时或崩溃），表中以状态标出。',
  throughputHeading: '蒙特卡洛模拟速度（目标：2 核每分钟 10 000 个采暖期）',
  noRisk: 'bench/results/risk/ 中没有蒙特卡洛模拟速度结果。请先运行 `npx tsx bench/risk.bench.ts`，再运行本 notebook。',
  riskFrom:
    '数据来自 `{{file}}`：{{cpus}} × {{cpu}}，{{workers}} 个工作线程，{{date}} UTC；测试前平均负载 {{before}}，测试后 {{after}}（其他进程共用这些核）。',
  configuration: '配置',
  seasonP50: '单个采暖期中位耗时（ms）',
  oneCore: '每分钟采暖期数（单核）',
  endToEnd: '每分钟采暖期数（线程池，端到端）',
  steady: '每分钟采暖期数（线程池，稳定段）',
  oneCoreBar: '单核',
  poolBar: '{{workers}} 个线程，稳定段',
  throughputCaption: '演示情景每分钟模拟的采暖期数与每分钟 10 000 个的目标（红线）。',
  throughputTitle: '蒙特卡洛模拟速度（演示情景）',
  throughputSubtitle: '每分钟模拟的121天采暖期数；目标为 2 核每分钟 10 000 个',
  seasonsPerMinute: '每分钟采暖期数',
  measuredOn: '测试条件',
  closing:
    '每个采暖期为121个线性规划（逐日调度，供应不足的日子另加优先序列各阶段）或一个含各阶段的线性规划（全采暖期调度），均经完整的 `runScenario` 流程求解：校验、规范化、设计日线性规划、逐日记录和汇总。此处没有用专门的调度方法（按经济顺序）代替线性规划，因此未达到目标；差距见上表。',
} as const satisfies Mirror<typeof en>;

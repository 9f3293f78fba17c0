/** The solver-benchmark report (notebooks/solver-benchmark.ts) in English. */
export const bench = {
  title: 'Solver benchmark and Monte Carlo throughput',
  noSolver:
    'No solver benchmark results found in bench/results/*.json. Run `npm run bench` (or `npm run bench -- --quick`) and run this notebook again.',
  from: 'From `{{file}}`: {{cpus}} × {{cpu}}, Node {{node}}, {{date}} UTC; {{rungs}} rungs from {{fromColumns}} to {{toColumns}} columns, time cap {{cap}} s a cell.',
  solveTimeCaption: 'Solve time (p50, with min–max) of one LP against its number of columns, per solver; log–log.',
  solveTimeTitle: 'Solve time against model size',
  solveTimeSubtitle: 'p50 per LP, bars min–max; cells that timed out or crashed are left out (see the table)',
  columns: 'LP columns',
  solveTime: 'Solve time (ms)',
  solver: 'Solver',
  agreementCaption:
    'Relative objective difference from HiGHS per solver and model size (1e-16 stands for exact agreement).',
  agreementTitle: 'Agreement with HiGHS',
  agreementSubtitle: '|objective − HiGHS objective| / max(1, |HiGHS objective|)',
  relativeDifference: 'Relative difference',
  memoryCaption: 'Peak resident memory of the solving process per solver and model size.',
  memoryTitle: 'Peak memory of one solve',
  memorySubtitle: 'Resident set size of the process that solved the cell',
  peakRss: 'Peak RSS (MB)',
  rung: 'rung',
  size: 'columns × rows',
  failed: '{{n}} cells did not return an optimum within the cap (timeout or crash), shown by status in the table.',
  throughputHeading: 'Monte Carlo throughput (target: 10 000 seasons a minute on 2 cores)',
  noRisk:
    'No Monte Carlo throughput results found in bench/results/risk/. Run `npx tsx bench/risk.bench.ts` and run this notebook again.',
  riskFrom:
    'From `{{file}}`: {{cpus}} × {{cpu}}, {{workers}} workers, {{date}} UTC; load average {{before}} before and {{after}} after (other processes shared the cores).',
  configuration: 'configuration',
  seasonP50: 'one season p50 ms',
  oneCore: 'seasons/min, 1 core',
  endToEnd: 'seasons/min, pool end to end',
  steady: 'seasons/min, pool steady',
  oneCoreBar: '1 core',
  poolBar: 'pool of {{workers}}, steady',
  throughputCaption: 'Monte Carlo seasons a minute for the demo scenario against the 10 000 a minute target (red).',
  throughputTitle: 'Monte Carlo throughput, demo scenario',
  throughputSubtitle: 'Seasons of 121 days a minute; the target is 10 000 a minute on 2 cores',
  seasonsPerMinute: 'Seasons a minute',
  measuredOn: 'Measured on',
  closing:
    'Each season is 121 LPs (daily mode, plus the policy stages on days with a shortfall) or one LP with its stages (season mode), solved through the full `runScenario` path: validation, normalisation, the design-day LP, the day records and the summary. No special-case dispatch (merit order) replaces the LP here, so the target is not met; the table shows by how much.',
} as const;

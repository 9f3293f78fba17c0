/** 各分析报告的中文，每个 notebook 一个文件（reports/）。 */
import type { reports as en } from '../en/reports.ts';
import type { Mirror } from '../mirror.ts';
import { bench } from './reports/bench.ts';
import { coldWave } from './reports/cold-wave.ts';
import { common } from './reports/common.ts';
import { ensemble } from './reports/ensemble.ts';
import { gas } from './reports/gas.ts';
import { province } from './reports/province.ts';
import { reserve } from './reports/reserve.ts';

export const reports = { common, coldWave, reserve, gas, ensemble, bench, province } as const satisfies Mirror<
  typeof en
>;

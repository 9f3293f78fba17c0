/** The notebooks' reports in English, one file per notebook under reports/ (the English they always wrote). */
import { bench } from './reports/bench.ts';
import { coldWave } from './reports/cold-wave.ts';
import { common } from './reports/common.ts';
import { ensemble } from './reports/ensemble.ts';
import { gas } from './reports/gas.ts';
import { province } from './reports/province.ts';
import { reserve } from './reports/reserve.ts';

export const reports = { common, coldWave, reserve, gas, ensemble, bench, province } as const;

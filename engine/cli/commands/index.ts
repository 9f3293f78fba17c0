/** Every `baogong` command, in the order `--help` lists them. Add a command: one file, one line here. */
import type { Command } from '../command.ts';
import { runCommand } from './run.ts';
import { validateCommand } from './validate.ts';
import { compareModesCommand } from './compare-modes.ts';
import { exportLpCommand } from './export-lp.ts';
import { benchCommand } from './bench.ts';
import { serveCommand } from './serve.ts';
import { riskCommand } from './risk.ts';
import { provinceCommand } from './province.ts';
import { sizeReserveCommand } from './size-reserve.ts';
import { gasN1Command } from './gas-n1.ts';
import { heatN1Command } from './heat-n1.ts';
import { initCommand } from './init.ts';
import { xlsxCommand } from './xlsx.ts';
import { workerCommand } from './worker.ts';
import { studyCommand } from './study.ts';

export const COMMANDS: readonly Command[] = [
  initCommand,
  runCommand,
  validateCommand,
  compareModesCommand,
  exportLpCommand,
  serveCommand,
  benchCommand,
  riskCommand,
  provinceCommand,
  sizeReserveCommand,
  gasN1Command,
  heatN1Command,
  xlsxCommand,
  workerCommand,
  studyCommand,
];

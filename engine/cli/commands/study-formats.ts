/**
 * How `baogong study result` prints a study of each kind: as the command that submits that kind
 * prints it. One entry per kind of engine/queue/study-kinds.ts; an unknown kind fails loudly.
 */
import { BaogongError, message, type Lang, type MonteCarloResult, type ProvinceStudyResult } from '../../index.ts';
import { formatProvince, provinceToCsv } from './province.ts';
import { formatRisk, riskToCsv } from './risk.ts';

export interface StudyFormat {
  table(result: unknown, lang: Lang): string;
  csv(result: unknown): string;
}

const FORMATS: Record<string, StudyFormat> = {
  risk: {
    table: (r, lang) => formatRisk(r as MonteCarloResult, lang),
    csv: (r) => riskToCsv(r as MonteCarloResult),
  },
  province: {
    table: (r, lang) => formatProvince(r as ProvinceStudyResult, lang),
    csv: (r) => provinceToCsv(r as ProvinceStudyResult),
  },
};

export function studyFormat(kind: string): StudyFormat {
  if (!Object.hasOwn(FORMATS, kind))
    throw new BaogongError(
      'BAD_OPTION',
      message('errors.queue.unknownKind', { kind, known: Object.keys(FORMATS).join(', ') }),
    );
  return FORMATS[kind];
}

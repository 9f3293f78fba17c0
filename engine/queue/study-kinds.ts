/**
 * The kinds of study the queue runs, by the name a study record carries. Add a kind: one
 * `StudyKind` (study-kind.ts) and one line here; the submitter, the workers and the result
 * reader find it through `studyKind`, which fails loudly on a name it does not know.
 */
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { provinceStudy } from './province-study.ts';
import { riskStudy } from './risk-study.ts';
import type { StudyKind } from './study-kind.ts';

// biome-ignore lint/suspicious/noExplicitAny: each kind has its own setup and row types; the registry only names them
type AnyStudyKind = StudyKind<any, any, unknown>;

export const studyKinds = {
  risk: riskStudy,
  province: provinceStudy,
} as const satisfies Record<string, AnyStudyKind>;

export type StudyKindName = keyof typeof studyKinds;
export const STUDY_KINDS = Object.keys(studyKinds) as StudyKindName[];

export function studyKind(name: string): StudyKind {
  if (!Object.hasOwn(studyKinds, name))
    throw new BaogongError(
      'BAD_OPTION',
      message('errors.queue.unknownKind', { kind: name, known: STUDY_KINDS.join(', ') }),
    );
  return studyKinds[name as StudyKindName] as unknown as StudyKind;
}

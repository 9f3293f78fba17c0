/**
 * Saying an error or a run's warnings in the user's language. The code and every JSON path
 * stay as they are; only the words change. Items without a catalogue key (an older stored
 * run, a message from a library) keep their English text.
 */
import type { Problem } from '../errors.ts';
import type { Lang } from './lang.ts';
import { type Message, say } from './message.ts';

export interface ErrorLike {
  readonly code: string;
  readonly message: string;
  readonly problems?: readonly Problem[];
  readonly text?: Message;
}

export interface LocalizedError {
  readonly code: string;
  readonly message: string;
  readonly problems: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}

/** An error (a BaogongError or its JSON) with its message and each problem's message in `lang`. */
export function localizeError(err: ErrorLike, lang: Lang): LocalizedError {
  return {
    code: err.code,
    message: say(lang, err),
    problems: (err.problems ?? []).map((p) => ({ path: p.path, message: say(lang, p) })),
  };
}

/** A run's warnings in `lang` (`warningTexts` runs beside `warnings`, item for item). */
export function runWarnings(
  r: { readonly warnings: readonly string[]; readonly warningTexts?: ReadonlyArray<Message | null> },
  lang: Lang,
): string[] {
  return r.warnings.map((w, i) => {
    const text = r.warningTexts?.[i];
    return say(lang, text ? { message: w, text } : { message: w });
  });
}

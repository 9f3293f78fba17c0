/**
 * A text that can be said in either language: a catalogue key and its parameters. Problems,
 * errors and run warnings carry one beside their English `message`, so a front end (the
 * CLI with `--lang zh`, the server with `?lang=zh`) says them in the user's language while
 * the JSON path, the code and the English text stay as they were.
 */
import type { MessageKey } from './catalogue.ts';
import type { Lang } from './lang.ts';
import { t, type MessageParams } from './translate.ts';

export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** A `Message` and its English text, for code that builds a problem or warning. */
export function message(key: MessageKey, params?: MessageParams): { text: Message; message: string } {
  return { text: params === undefined ? { key } : { key, params }, message: t('en', key, params) };
}

/** The text of something that carries an English `message` and maybe a `Message`, in `lang`. */
export function say(lang: Lang, item: { readonly message: string; readonly text?: Message }): string {
  if (lang === 'en' || item.text === undefined) return item.message;
  return t(lang, item.text.key, item.text.params);
}

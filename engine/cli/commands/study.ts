/**
 * `baogong study status|result|cancel <id> --queue redis://…`: a study submitted with
 * `--queue`, from any machine. The result is printed as the submitting command prints it
 * (study-formats.ts, by the study's kind).
 */
import { cancelStudy, openQueue, studyResult, studyStatus, t, type Lang, type StudyStatus } from '../../index.ts';
import { choice, positionals, type Command, usageError, writeResult } from '../command.ts';
import { studyFormat } from './study-formats.ts';

const ACTIONS = ['status', 'result', 'cancel'] as const;

function statusText(s: StudyStatus, lang: Lang): string {
  const lines = [
    t(lang, 'cli.queue.status', {
      id: s.id,
      kind: s.kind,
      state: t(lang, `cli.queue.state.${s.state}`),
      done: s.chunksDone,
      chunks: s.chunks,
      seasons: s.seasonsDone,
      runs: s.runs,
      chunk: s.chunkSize,
      failed: s.chunksFailed,
      seconds: s.elapsedS.toFixed(1),
    }),
  ];
  if (s.error) lines.push(t(lang, 'cli.queue.statusError', { code: s.error.code, message: s.error.message }));
  return lines.join('\n');
}

export const studyCommand: Command = {
  name: 'study',
  usage: 'baogong study status|result|cancel <id> --queue redis://host:port [--format table|json|csv]',
  description: t('en', 'cli.help.study.description'),
  options: { queue: { type: 'string' }, format: { type: 'string' } },
  optionHelp: {
    queue: t('en', 'cli.help.study.options.queue'),
    format: t('en', 'cli.help.study.options.format'),
  },
  example:
    'baogong study status risk-m3k2x1-a1b2c3 --queue redis://10.0.0.5:6379\nbaogong study result risk-m3k2x1-a1b2c3 --queue redis://10.0.0.5:6379 --format csv > seasons.csv',
  async run(args, values, { lang }) {
    const [action, id] = positionals(this, args, ['status, result or cancel', 'a study id']);
    if (!(ACTIONS as readonly string[]).includes(action)) usageError(['studyAction', { got: action }], this);
    if (typeof values.queue !== 'string') usageError(['queueNeeded', { command: `study ${action}` }], this);
    const formats = action === 'result' ? (['table', 'json', 'csv'] as const) : (['table', 'json'] as const);
    const format = choice(this, 'format', values.format, formats, 'table');
    const q = await openQueue(values.queue);
    try {
      if (action === 'status') {
        const s = await studyStatus(q, id);
        process.stdout.write(format === 'json' ? `${JSON.stringify(s)}\n` : `${statusText(s, lang)}\n`);
      } else if (action === 'cancel') {
        const c = await cancelStudy(q, id);
        const said =
          c.state === 'cancelled' && c.removed >= 0
            ? t(lang, 'cli.queue.cancelled', { id, removed: c.removed })
            : t(lang, 'cli.queue.notRunning', { id, state: t(lang, `cli.queue.state.${c.state}`) });
        process.stdout.write(format === 'json' ? `${JSON.stringify({ id, ...c })}\n` : `${said}\n`);
      } else {
        const status = await studyStatus(q, id);
        const result = await studyResult(q, id);
        const f = studyFormat(status.kind);
        writeResult(format, result, f.csv, (r) => f.table(r, lang));
      }
    } finally {
      await q.close();
    }
  },
};

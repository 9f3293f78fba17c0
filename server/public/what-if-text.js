/**
 * A run's stored what-if (GET /v1/runs → `whatIf`) as one line of text in the page's language,
 * every number with its unit. `tr` is `{ lang, t, word }` (i18n.js).
 */

/** An ISO date as a person reads it in the language (2013年1月20日 in Chinese). */
function date(tr, iso) {
  const m = tr.lang === 'zh' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '') : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

function cuts(list, what, tr) {
  if (list.length === 0) return [];
  // The page cuts every point (yard) alike: one phrase per distinct window and depth.
  const groups = new Map();
  for (const c of list) {
    const key = `${c.start}|${c.end}|${c.cutFraction}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((g) =>
    tr.t('page.whatIf.cut', {
      what: tr.t(`page.whatIf.${what}`),
      percent: Math.round(g[0].cutFraction * 100),
      where: g.map((c) => c.at).join(tr.t('page.whatIf.listSeparator')),
      start: date(tr, g[0].start),
      days: g[0].days,
    }),
  );
}

/** `null` (a run posted as a full scenario) and an empty what-if read as such. */
export function describeWhatIf(w, tr) {
  if (!w) return tr.t('page.whatIf.full');
  const parts = [
    ...w.coldWaves.map((c) =>
      tr.t('page.whatIf.coldWave', {
        start: date(tr, c.start),
        days: c.days,
        grade:
          c.grade !== undefined
            ? tr.word('coldWaveGrade', c.grade)
            : c.dropC !== undefined
              ? tr.t('page.whatIf.depth', { drop: c.dropC })
              : tr.word('coldWaveGrade', 'strong'),
      }),
    ),
    ...cuts(w.gasCuts, 'gas', tr),
    ...cuts(w.coalCuts, 'coal', tr),
  ];
  if (parts.length === 0) parts.push(tr.t('page.whatIf.baseline'));
  if (w.setpointC !== undefined) parts.push(tr.t('page.whatIf.setpoint', { setpoint: w.setpointC }));
  if (w.mode) parts.push(tr.t('page.whatIf.mode', { mode: tr.word('dispatchMode', w.mode) }));
  if (w.other?.length) parts.push(tr.t('page.whatIf.other', { list: w.other.join(tr.t('page.whatIf.listSeparator')) }));
  return parts.join(tr.t('page.whatIf.separator'));
}

/** A run's stored what-if (GET /v1/runs → `whatIf`) as one line of text, every number with its unit. */

const pct = (f) => `${Math.round(f * 100)} %`;

function cuts(list, what) {
  if (list.length === 0) return [];
  // The page cuts every point (yard) alike: one phrase per distinct window and depth.
  const groups = new Map();
  for (const c of list) {
    const key = `${c.start}|${c.end}|${c.cutFraction}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map(
    (g) => `${what} cut ${pct(g[0].cutFraction)} at ${g.map((c) => c.at).join(', ')}, ${g[0].start} for ${g[0].days} d`,
  );
}

/** `null` (a run posted as a full scenario) and an empty what-if read as such. */
export function describeWhatIf(w) {
  if (!w) return 'full scenario (no what-if recorded)';
  const parts = [
    ...w.coldWaves.map(
      (c) =>
        `cold wave ${c.start} for ${c.days} d, ${c.grade ?? (c.dropC !== undefined ? `−${c.dropC} °C` : 'strong')}`,
    ),
    ...cuts(w.gasCuts, 'gas'),
    ...cuts(w.coalCuts, 'coal delivery'),
  ];
  if (parts.length === 0) parts.push('baseline');
  if (w.setpointC !== undefined) parts.push(`setpoint ${w.setpointC} °C`);
  if (w.mode) parts.push(`${w.mode} dispatch`);
  if (w.other?.length) parts.push(`also changes ${w.other.join(', ')}`);
  return parts.join('; ');
}

/**
 * A small memo for pure results that the same process asks for again and again (a weather
 * file's rows, a horizon's dates, a design day's burn): at most `kept` entries, the oldest
 * dropped first. Callers store values they never mutate and hand out copies where the caller
 * may change them.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly kept: number) {}

  /** The value for `key`, made by `make` the first time (and again after it was dropped). */
  get(key: string, make: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make();
      if (this.entries.size >= this.kept) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, value);
    }
    return value;
  }
}

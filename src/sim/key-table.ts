/**
 * Lists of integers found by (row, key) — "the events with this key right after this
 * node". A dense index when rows × keys is small enough (one array read per lookup),
 * a Map otherwise; either way the replay loop never searches.
 */
const DENSE_LIMIT = 1 << 22;

export class KeyTable {
  /** Blocks `[count, item, item, …]`; offset 0 is never a block, so 0 means "none". */
  readonly pool: Int32Array;
  private readonly dense: Int32Array | null;
  private readonly sparse: Map<number, number> | null;

  constructor(lists: Map<number, readonly number[]>, slots: number) {
    let size = 1;
    for (const list of lists.values()) size += list.length + 1;
    this.pool = new Int32Array(size);
    this.dense = slots <= DENSE_LIMIT ? new Int32Array(slots) : null;
    this.sparse = this.dense ? null : new Map();
    let at = 1;
    for (const [slot, list] of lists) {
      if (this.dense) this.dense[slot] = at;
      else this.sparse!.set(slot, at);
      this.pool[at] = list.length;
      this.pool.set(list, at + 1);
      at += list.length + 1;
    }
  }

  /** Offset of the block for `slot` in `pool` (its count, then the items), or 0 for none. */
  find(slot: number): number {
    return this.dense !== null ? this.dense[slot]! : (this.sparse!.get(slot) ?? 0);
  }

}

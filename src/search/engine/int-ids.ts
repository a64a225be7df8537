/**
 * Dense ids for non-negative integer keys (packed CJK bigrams): open addressing over typed
 * arrays. Most index tokens are such bigrams, and a JS Map spends most of the build hashing
 * and boxing them; this table does neither and allocates only when it doubles.
 */

const EMPTY = -1;
/** Fibonacci hashing multiplier (2^32 / golden ratio). */
const MULTIPLIER = 0x9e3779b1;

export class IntIds {
  private keys: Int32Array<ArrayBuffer>;
  private ids: Int32Array<ArrayBuffer>;
  private shift: number;
  private count = 0;

  constructor(initialBits = 16) {
    this.keys = new Int32Array(1 << initialBits).fill(EMPTY);
    this.ids = new Int32Array(1 << initialBits);
    this.shift = 32 - initialBits;
  }

  /** A table with `keys[i]` → `ids[i]`, sized once: for rebuilding the table from a snapshot. */
  static of(keys: ArrayLike<number>, ids: ArrayLike<number>): IntIds {
    let bits = 4;
    while (1 << bits < keys.length * 2 + 2) bits++;
    const table = new IntIds(bits);
    for (let i = 0; i < keys.length; i++) {
      const id = ids[i]!;
      table.idOf(keys[i]!, () => id);
    }
    return table;
  }

  get size(): number {
    return this.count;
  }

  /** The id of `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, MULTIPLIER) >>> this.shift;
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key) return this.ids[slot]!;
      if (found === EMPTY) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** The id of `key`, or `create()`'s value stored for it when it is new. */
  idOf(key: number, create: () => number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, MULTIPLIER) >>> this.shift;
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key) return this.ids[slot]!;
      if (found === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    const id = create();
    this.keys[slot] = key;
    this.ids[slot] = id;
    if (++this.count * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    this.ids = new Int32Array(oldKeys.length * 2);
    this.shift -= 1;
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i]!;
      if (key === EMPTY) continue;
      let slot = Math.imul(key, MULTIPLIER) >>> this.shift;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.ids[slot] = oldIds[i]!;
    }
  }
}

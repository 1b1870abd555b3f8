/**
 * A set of 64-bit hashes of strings, in two typed arrays (open addressing,
 * linear probing): remembers 2 million keys in 32 MB where a `Set<string>`
 * would take several hundred. `add` may take a new key for a seen one (a hash
 * collision, about 1 in 10¹¹ for 2 million keys), never the reverse — callers
 * send "seen" keys down a slower, exact path.
 */
export class SeenKeys {
  private high: Uint32Array;
  private low: Uint32Array;
  private mask: number;
  size = 0;

  constructor(initialCapacityLog2 = 16) {
    this.high = new Uint32Array(1 << initialCapacityLog2);
    this.low = new Uint32Array(1 << initialCapacityLog2);
    this.mask = (1 << initialCapacityLog2) - 1;
  }

  /** Adds the key; false when it (or a key of the same hash) was already there. */
  add(key: string): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x050c5d1f;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = (h1 ^ (h1 >>> 16)) >>> 0;
    h2 = (h2 ^ (h2 >>> 13)) >>> 0;
    // (0, 0) marks an empty slot.
    if (h1 === 0 && h2 === 0) h2 = 1;
    return this.insert(h1, h2);
  }

  private insert(h1: number, h2: number): boolean {
    for (let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const a = this.high[slot];
      const b = this.low[slot];
      if (a === 0 && b === 0) {
        this.high[slot] = h1;
        this.low[slot] = h2;
        if (++this.size > this.mask * 0.7) this.grow();
        return true;
      }
      if (a === h1 && b === h2) return false;
    }
  }

  private grow(): void {
    const { high, low } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    this.mask = this.high.length - 1;
    this.size = 0;
    for (let i = 0; i < high.length; i++) {
      const a = high[i] ?? 0;
      const b = low[i] ?? 0;
      if (a !== 0 || b !== 0) this.insert(a, b);
    }
  }
}

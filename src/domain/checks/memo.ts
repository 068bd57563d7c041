// A small bounded cache for per-text work (narrative parsing, similarity). The checks run on
// every keystroke over narratives that mostly did not change; the same string objects come back,
// and V8 caches a string's hash, so a lookup is cheap. Cleared whole when full — simpler than LRU,
// and a miss only costs one recomputation.
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K, compute: (key: K) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

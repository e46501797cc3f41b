// CacheService: document, script and per-user caches with the real size and time limits.
import { ServiceObject } from '../counter';

export class FakeCache extends ServiceObject {
  readonly serviceName = 'Cache';
  private readonly data = new Map<string, { value: string; expires: number }>();
  constructor(private readonly now: () => Date) {
    super();
  }
  get(key: string): string | null {
    const e = this.data.get(key);
    if (!e || e.expires <= this.now().getTime()) return null;
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, ttlSeconds = 600): void {
    if (key.length > 250) throw new Error('Exception: Argument too large: key');
    if (Buffer.byteLength(String(value)) > 100 * 1024) throw new Error('Exception: Argument too large: value');
    const ttl = Math.min(Math.max(1, ttlSeconds), 21600);
    this.data.set(key, { value: String(value), expires: this.now().getTime() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, ttlSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, ttlSeconds);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}

export class FakeCacheService extends ServiceObject {
  readonly serviceName = 'CacheService';
  private readonly doc: FakeCache;
  private readonly script: FakeCache;
  private readonly users: Map<string, FakeCache>;
  /**
   * `stores`: the caches themselves, which outlive an execution on Google (an entry lives until
   * it expires or is evicted): an Environment passes the same stores to every execution of a
   * document (cachesOf). Without them, this service's caches are new.
   */
  constructor(
    private readonly now: () => Date,
    private readonly user: () => string,
    stores: CacheStores = newCacheStores(now),
    /** A web app (no containing document): getDocumentCache() answers null, as Google's does. */
    private readonly documentless = false,
  ) {
    super();
    this.doc = stores.doc;
    this.script = stores.script;
    this.users = stores.users;
  }
  getDocumentCache(): FakeCache | null {
    return this.documentless ? null : this.doc;
  }
  getScriptCache(): FakeCache {
    return this.script;
  }
  getUserCache(): FakeCache {
    const u = this.user();
    if (!this.users.has(u)) this.users.set(u, new FakeCache(this.now));
    return this.users.get(u)!;
  }
}

export interface CacheStores {
  doc: FakeCache;
  script: FakeCache;
  users: Map<string, FakeCache>;
}

export function newCacheStores(now: () => Date): CacheStores {
  return { doc: new FakeCache(now), script: new FakeCache(now), users: new Map() };
}

const stores = new WeakMap<object, CacheStores>();

/** The caches of one document (its spreadsheet), shared by every execution over it. */
export function cachesOf(document: object, now: () => Date): CacheStores {
  let s = stores.get(document);
  if (!s) {
    s = newCacheStores(now);
    stores.set(document, s);
  }
  return s;
}

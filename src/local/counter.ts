// Counts every Apps Script service call made through the emulation, so tests and the
// benchmark can prove that an operation's call count does not grow with the sheet.

export class CallCounter {
  total = 0;
  readonly byMethod = new Map<string, number>();
  /** Fault injection: when it returns an error, the call throws it instead of running. */
  fault: ((name: string, nthOfMethod: number, total: number) => Error | null) | null = null;
  count(name: string): void {
    this.total++;
    if (this.fault) {
      const err = this.fault(name, (this.byMethod.get(name) ?? 0) + 1, this.total);
      if (err) {
        this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
        throw err;
      }
    }
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
  }
  reset(): void {
    this.total = 0;
    this.byMethod.clear();
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.byMethod.entries()].sort());
  }
}

/** Marker base class: instances handed to the script are wrapped so their calls are counted. */
export abstract class ServiceObject {
  abstract readonly serviceName: string;
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** Unwraps a counted proxy back to the fake it stands for (arguments passed back to a fake). */
export function unwrap<T>(x: T): T {
  if (x !== null && typeof x === 'object' && targets.has(x as object)) return targets.get(x as object) as T;
  return x;
}

/**
 * Wraps a fake service object so every method call is counted as `Service.method`. Methods run
 * on the unwrapped target, so a fake calling its own methods internally is not counted.
 */
export function counted<T extends object>(target: T, counter: CallCounter, name?: string): T {
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const label = name ?? (target as unknown as ServiceObject).serviceName ?? 'Object';
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver);
      if (typeof v !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return wrapValue(v, counter);
      return (...args: unknown[]) => {
        counter.count(`${label}.${prop}`);
        const out = (v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
        return wrapValue(out, counter);
      };
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}

function wrapValue(v: unknown, counter: CallCounter): unknown {
  if (v instanceof ServiceObject) return counted(v, counter);
  if (Array.isArray(v) && v.length > 0 && v[0] instanceof ServiceObject) return v.map((x) => wrapValue(x, counter));
  return v;
}

// PropertiesService, with the real size limits per value and per store.
import { ServiceObject } from '../counter';
import type { PersistedState } from './state';

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties extends ServiceObject {
  readonly serviceName = 'Properties';
  constructor(readonly data: Record<string, string>) {
    super();
  }
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.data, key) ? this.data[key] : null;
  }
  getProperties(): Record<string, string> {
    return { ...this.data };
  }
  getKeys(): string[] {
    return Object.keys(this.data);
  }
  setProperty(key: string, value: unknown): this {
    return this.setProperties({ [key]: value });
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): this {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.data };
    for (const [k, v] of Object.entries(props)) {
      const s = String(v);
      if (Buffer.byteLength(k) + Buffer.byteLength(s) > PROPERTY_VALUE_LIMIT)
        throw new Error('Exception: Argument too large: value');
      next[k] = s;
    }
    const size = Object.entries(next).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    if (size > PROPERTY_STORE_LIMIT)
      throw new Error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    for (const k of Object.keys(this.data)) delete this.data[k];
    Object.assign(this.data, next);
    return this;
  }
  deleteProperty(key: string): this {
    delete this.data[key];
    return this;
  }
  deleteAllProperties(): this {
    for (const k of Object.keys(this.data)) delete this.data[k];
    return this;
  }
}

export class FakePropertiesService extends ServiceObject {
  readonly serviceName = 'PropertiesService';
  constructor(
    private readonly state: PersistedState,
    private readonly user: () => string,
  ) {
    super();
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.state.documentProperties);
  }
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.state.scriptProperties);
  }
  getUserProperties(): FakeProperties {
    const u = this.user();
    this.state.userProperties[u] ??= {};
    return new FakeProperties(this.state.userProperties[u]);
  }
}

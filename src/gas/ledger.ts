// The email ledger: every email the add-on sends is claimed here, under the document lock,
// before it is sent, and released only when sending fails. A second run, a quota running out
// or a run that dies half way therefore never sends anything twice.
//
// Storage: document properties, one group of shards per scope (`lembar.mail.<scope>.<n>`, each
// a JSON list of keys under 8 KB), because one property holds at most 9 KB and a team of 200
// owners outgrows a single value. A day's digests use the day as scope (older days are
// pruned); the audit summary uses its audit's scope until every manager has it.
import { withDocumentLock, type Crm } from './services';
import { documentProperties } from './execution';

const PREFIX = 'lembar.mail.';
const WAITING = 'lembar.mailWaiting.';
/** Bytes per shard: under Apps Script's 9 KB per property value. */
const SHARD_BYTES = 8000;
/** The single-property ledger of earlier versions, removed on first use. */
const LEGACY = 'lembar.reminders.sent';

type Props = GoogleAppsScript.Properties.Properties;
export type Claim = 'claimed' | 'already' | 'noQuota';

/** UTF-8 length, without Utilities (a property's limit is in bytes). */
export function bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}

export function shardsOf(all: Record<string, string>, prefix: string): { name: string; keys: string[] }[] {
  return Object.keys(all)
    .filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)))
    .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
    .map((name) => {
      try {
        const keys = JSON.parse(all[name]) as unknown;
        return { name, keys: Array.isArray(keys) ? keys.map(String) : [] };
      } catch (_e) {
        return { name, keys: [] };
      }
    });
}

/** Writes a list of keys as shards under `prefix`, removing shards it no longer needs. */
export function writeShards(props: Props, all: Record<string, string>, prefix: string, keys: string[]): void {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 2;
  for (const k of keys) {
    const add = bytes(JSON.stringify(k)) + 1;
    if (current.length > 0 && size + add > SHARD_BYTES) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(k);
    size += add;
  }
  if (current.length > 0) chunks.push(current);
  const values: Record<string, string> = {};
  chunks.forEach((c, i) => (values[`${prefix}${i}`] = JSON.stringify(c)));
  if (chunks.length > 0) props.setProperties(values);
  for (const s of shardsOf(all, prefix)) if (!(s.name in values)) props.deleteProperty(s.name);
}

export const scopePrefix = (scope: string) => `${PREFIX}${scope}.`;

/**
 * Claims `key` in `scope` (or says it was sent already, or that the quota is spent). `checkQuota`:
 * false for no check, or how much the caller knows is left (a batch asks Google once).
 */
export function claimMail(crm: Crm, scope: string, key: string, checkQuota: boolean | (() => number) = true): Claim {
  return withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all = props.getProperties();
    const prefix = scopePrefix(scope);
    const shards = shardsOf(all, prefix);
    if (shards.some((s) => s.keys.includes(key))) return 'already';
    const left = typeof checkQuota === 'function' ? checkQuota : () => MailApp.getRemainingDailyQuota();
    if (checkQuota !== false && left() < 1) return 'noQuota';
    const last = shards[shards.length - 1];
    if (last && bytes(JSON.stringify([...last.keys, key])) <= SHARD_BYTES)
      props.setProperty(last.name, JSON.stringify([...last.keys, key]));
    else props.setProperty(`${prefix}${shards.length}`, JSON.stringify([key]));
    return 'claimed';
  });
}

/** Every key claimed in `scope` (one read of the properties). */
export function claimedKeys(scope: string): Set<string> {
  const all = documentProperties().getProperties();
  return new Set(shardsOf(all, scopePrefix(scope)).flatMap((s) => s.keys));
}

/** Gives a claim back after a failed send, so the next run tries again. */
export function releaseMail(crm: Crm, scope: string, key: string): void {
  withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all = props.getProperties();
    for (const s of shardsOf(all, scopePrefix(scope))) {
      if (s.keys.includes(key)) props.setProperty(s.name, JSON.stringify(s.keys.filter((k) => k !== key)));
    }
  });
}

/** Removes every scope for which `keep` is false (yesterday's digests, a finished summary). */
export function pruneMail(crm: Crm, keep: (scope: string) => boolean): void {
  withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all = props.getProperties();
    for (const name of Object.keys(all)) {
      if (name === LEGACY) props.deleteProperty(name);
      if (!name.startsWith(PREFIX)) continue;
      const scope = name.slice(PREFIX.length, name.lastIndexOf('.'));
      if (!keep(scope)) props.deleteProperty(name);
    }
  });
}

/** The keys that waited for quota last time, in order: they go first next time. */
export function readWaiting(): string[] {
  const all = documentProperties().getProperties();
  return shardsOf(all, WAITING).flatMap((s) => s.keys);
}

export function writeWaiting(crm: Crm, keys: string[]): void {
  withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    writeShards(props, props.getProperties(), WAITING, keys);
  });
}

/** Who waited goes first; the rest keep their order. */
export function waitingFirst<T extends { key: string }>(items: T[], waiting: string[]): T[] {
  const rank = new Map(waiting.map((k, i) => [k, i]));
  const first = items.filter((x) => rank.has(x.key)).sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
  return [...first, ...items.filter((x) => !rank.has(x.key))];
}

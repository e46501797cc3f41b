// Shared test helpers: an emulated Apps Script execution environment over the built bundle.
import * as path from 'node:path';
import { Environment, type EnvironmentOptions } from '../src/local/environment';
import type { FakeSpreadsheet } from '../src/local/spreadsheet';

export const DIST = path.join(__dirname, '..', 'dist');
export const NOW = '2026-11-24T09:00:00+07:00';

export function env(options: EnvironmentOptions = {}): Environment {
  return new Environment({ distDir: DIST, now: NOW, ...options });
}

/** An environment with setupCrm already run. */
export function setUpEnv(options: EnvironmentOptions = {}): Environment {
  const e = env(options);
  e.call('setupCrm');
  return e;
}

/** Every cell of every tab (value, formula, format), for "nothing changed" assertions. */
export function snapshot(ss: FakeSpreadsheet): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const s of ss.sheets) {
    out[s.name] = s.cells.map((line) =>
      (line ?? []).map((c) =>
        c
          ? {
              v:
                c.v instanceof Date || Object.prototype.toString.call(c.v) === '[object Date]'
                  ? (c.v as Date).toISOString()
                  : c.v,
              f: c.f,
              fmt: c.fmt,
              dv: c.dv?.values.join('|'),
            }
          : null,
      ),
    );
  }
  return out;
}

/** A tab as records keyed by header (values as getValues returns them). */
export function records(ss: FakeSpreadsheet, tab: string): Record<string, unknown>[] {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const values = sheet.getDataRange().getValues();
  const [header, ...rows] = values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

export function iso(v: unknown): string {
  return Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : String(v);
}

export const FIXTURES = path.join(__dirname, 'fixtures');
export const SHARED = path.join(__dirname, '..', '..', 'shared');

/**
 * A call that must have worked (`ok: true`): the test fails otherwise, and the result is read as
 * the ok branch of its union (submitLead's leadId, say).
 */
export function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (r.ok !== true) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

/** A refused call's errors by field: the test fails when the result carries none. */
export function errorsOf<T extends { ok: boolean }>(r: T): Extract<T, { errors: unknown }>['errors'] {
  if (r.ok !== false || !('errors' in r)) throw new Error(`expected errors, got ${JSON.stringify(r)}`);
  return r.errors as Extract<T, { errors: unknown }>['errors'];
}

/** The error Apps Script stops a run with: a test kills a run by making a service call throw it. */
export const KILL = 'Exceeded maximum execution time';

/** Runs `fn`, killed at its n-th service call; true when it was killed. */
export function killedAt(e: Environment, n: number, fn: () => unknown): boolean {
  const start = e.counter.total;
  e.counter.fault = (_name, _k, total) => (total - start === n ? new Error(KILL) : null);
  try {
    fn();
    return false;
  } catch (err) {
    if (!String(err).includes(KILL)) throw err;
    return true;
  } finally {
    e.counter.fault = null;
  }
}

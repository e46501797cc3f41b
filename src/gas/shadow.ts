// The last accepted status of every lead, kept in a hidden, protected tab.
//
// Why: Sheets gives onEdit an `oldValue` only for a single-cell edit. For a paste or fill over
// many Status cells, the previous statuses are already overwritten when onEdit runs, so to
// judge (and undo) each change we need our own record of them. It is keyed by Lead ID, not by
// row, so sorting, inserting or deleting rows cannot misalign it. Reads and writes are blocks:
// the service calls do not depend on the number of leads, and a change writes only the span of
// entries it touches.
import { ROOM_AHEAD, TAB } from '../core/schema';
import type { Ss } from './services';
import { cellText } from './services';
import { deleteSheetRows, intoGrid } from './table';
import { sheetNamed, forgetTabs } from './execution';

export const SHADOW_TAB = '_lembar_status';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function entries(sheet: Sheet, offset: number): [string, string][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet
    .getSheetValues(2, 1, last - 1, 2)
    .map(([id, status]) => [cellText(id, offset).trim(), cellText(status, offset).trim()]);
}

export function readShadow(ss: Ss, offset: number): Map<string, string> {
  const sheet = sheetNamed(ss, SHADOW_TAB);
  const map = new Map<string, string>();
  if (sheet) for (const [id, status] of entries(sheet, offset)) if (id !== '') map.set(id, status);
  return map;
}

/** Replaces the whole shadow (setupCrm's rebuild). */
export function writeShadow(ss: Ss, map: Map<string, string>): void {
  const sheet = sheetNamed(ss, SHADOW_TAB) ?? createShadow(ss);
  // Sized to its content and the room kept ahead, written in one block with that room blank, so
  // no stale entry stays below.
  const rows: [string, string][] = [
    ...map.entries(),
    ...Array.from({ length: ROOM_AHEAD }, (): [string, string] => ['', '']),
  ];
  const want = rows.length + 1;
  const max = sheet.getMaxRows();
  if (want > max) {
    sheet.insertRowsAfter(max, want - max);
    forgetTabs(); // sizes an open Table took are stale now
  } else if (want < max) deleteSheetRows(sheet, want + 1, max - want, max);
  writeBlock(sheet, 2, rows);
}

/** Sets some leads' statuses: rewrites only the span of existing entries touched, appends new ones. */
export function updateShadow(ss: Ss, changes: [string, string][], offset: number): void {
  const wanted = changes.filter(([id]) => id !== '');
  if (wanted.length === 0) return;
  const sheet = sheetNamed(ss, SHADOW_TAB) ?? createShadow(ss);
  const current = entries(sheet, offset);
  const at = new Map(current.map(([id], i) => [id, i]));
  const fresh: [string, string][] = [];
  let lo = Infinity;
  let hi = -1;
  for (const [id, status] of wanted) {
    const i = at.get(id);
    if (i === undefined) {
      at.set(id, current.length + fresh.length);
      fresh.push([id, status]);
    } else {
      current[i] = [id, status];
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
  }
  // Entries already there were written as plain text (every write below sets it): values only.
  if (hi >= 0) sheet.getRange(lo + 2, 1, hi - lo + 1, 2).setValues(current.slice(lo, hi + 1));
  if (fresh.length > 0) {
    const start = current.length + 2;
    intoGrid(
      true,
      () => writeBlock(sheet, start, fresh),
      () => grow(sheet, start + fresh.length - 1),
    );
  }
}

/** Adds entries for brand-new leads (their IDs are never reused, so no lookup is needed). */
export function appendShadow(ss: Ss, rows: [string, string][]): void {
  if (rows.length === 0) return;
  const sheet = sheetNamed(ss, SHADOW_TAB) ?? createShadow(ss);
  const start = sheet.getLastRow() + 1;
  intoGrid(
    true,
    () => writeBlock(sheet, start, rows),
    () => grow(sheet, start + rows.length - 1),
  );
}

/**
 * Inserts rows up to sheet row `last` (and room ahead: the record grows with every new lead, as
 * Leads does); false when the sheet reaches it already.
 */
function grow(sheet: Sheet, last: number): boolean {
  const max = sheet.getMaxRows();
  if (last <= max) return false;
  sheet.insertRowsAfter(max, last - max + ROOM_AHEAD);
  forgetTabs(); // sizes an open Table took are stale now
  return true;
}

function writeBlock(sheet: Sheet, row: number, rows: [string, string][]): void {
  const range = sheet.getRange(row, 1, rows.length, 2);
  range.setNumberFormat('@');
  range.setValues(rows);
}

function createShadow(ss: Ss): Sheet {
  const sheet = ss.insertSheet(SHADOW_TAB);
  sheet.getRange(1, 1, 1, 2).setValues([['Lead ID', 'Status']]);
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  sheet.protect().setDescription(`Lembar CRM: last accepted statuses (${TAB.leads})`).setWarningOnly(true);
  return sheet;
}

// The merge journal: a hidden, protected tab where each merge writes its whole plan before it
// changes anything, and marks when it is done or undone.
//
// Why: Apps Script stops a run at 6 minutes or on a quota error, anywhere. A merge touches four
// tabs; a run that dies between two writes must not leave rows in both Leads and Archive or
// activities pointing at a removed lead. With the plan recorded first, the next merge, undo or
// audit finishes what was started (every step checks what is already done), and undo never
// depends on what survived of the Archive.
import { isDate } from '../core/dates';
import type { ActivityRecord, LeadRecord } from '../core/schema';
import { cellText, type Crm } from './services';
import { forgetTabs } from './execution';

export const MERGES_TAB = '_lembar_merges';
/** The last merge (or link) number issued: `M-000001`. */
export const MERGE_SEQ = 'lembar.lastMergeNumber';
/** When the last duplicate audit ran (document property, ISO date-time). */
export const LAST_AUDIT = 'lembar.lastAudit';
const HEADERS = ['Merge ID', 'Kind', 'Lead ID', 'Part', 'Value'];
/** A cell holds at most 50,000 characters: a plan is written in parts below that. */
const PART = 40000;

/** A value as JSON (a Date as `{ $date }`), so a copy reads back equal in value and type. */
export const encode = (v: unknown): unknown => (isDate(v) ? { $date: v.toISOString() } : v === undefined ? null : v);
export const decode = (v: unknown): unknown =>
  v !== null && typeof v === 'object' && '$date' in (v as object) ? new Date((v as { $date: string }).$date) : v;

/** What one merge does, recorded before it does it. Values are encoded. */
export interface MergePlanRecord {
  mergeId: string;
  group: string;
  primary: string;
  /** When and by whom: the Archive rows and the Note activities carry these. */
  at: string;
  by: string;
  /** Header -> value the merge fills into the primary's empty cells. */
  filled: Record<string, unknown>;
  /** The archived leads, in full (every header, the team's own too) with their number formats. */
  others: { leadId: string; row: LeadRecord; formats: Record<string, string> }[];
  /** Activities of the others, by their content (not their row, which sorting may move). */
  repoint: { from: string; key: string }[];
  /** The Note activities the merge adds to the primary (one per archived lead). */
  notes: string[];
  /** A link (SPEC §4) keeps every row and its deal, and gives them one Client ID and contact facts. */
  kind?: 'merge' | 'link';
  /** A link's rows: every lead of the group, and the Client ID they share. */
  leadIds?: string[];
  clientId?: string;
  /** A link's changes: each changed row's cells before and after (encoded), and the Note it gets. */
  linked?: LinkedRow[];
}

export interface LinkedRow {
  leadId: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  note: string;
}

/** The leads a plan acts on, sorted: a group the plan came from, as the Duplicates tab lists it. */
export const planKey = (p: MergePlanRecord): string =>
  (p.kind === 'link' ? [...(p.leadIds ?? [])] : [p.primary, ...p.others.map((o) => o.leadId)]).sort().join(',');

export type JournalState = 'planned' | 'done' | 'undoing' | 'undone';

export interface Journal {
  plans: Map<string, MergePlanRecord>;
  state: Map<string, JournalState>;
  /** The journal tab; null until the first merge creates it (reading never creates it). */
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  crm: Crm;
}

/** An activity's identity without its Lead ID: what a repoint looks for. */
export function activityKey(row: ActivityRecord, offset: number): string {
  return JSON.stringify([
    encode(row['Timestamp']),
    cellText(row['Type'], offset),
    cellText(row['Summary'], offset),
    cellText(row['By'], offset),
  ]);
}

function createSheet(crm: Crm): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = crm.ss.insertSheet(MERGES_TAB);
  sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  sheet.protect().setDescription('Lembar CRM: merge records for undo').setWarningOnly(true);
  return sheet;
}

/** Reads every plan and its state (one block read). */
export function readJournal(crm: Crm): Journal {
  const sheet = crm.ss.getSheetByName(MERGES_TAB);
  const last = sheet ? sheet.getLastRow() : 0;
  const rows = sheet && last > 1 ? sheet.getSheetValues(2, 1, last - 1, HEADERS.length) : [];
  const parts = new Map<string, string[]>();
  const state = new Map<string, JournalState>();
  for (const r of rows) {
    const id = cellText(r[0], crm.offset);
    const kind = cellText(r[1], crm.offset);
    if (kind === 'plan') {
      const list = parts.get(id) ?? [];
      list[Number(r[3]) || 0] = cellText(r[4], crm.offset);
      parts.set(id, list);
      if (!state.has(id)) state.set(id, 'planned');
    } else if (kind === 'done' || kind === 'undoing' || kind === 'undone') state.set(id, kind);
  }
  const plans = new Map<string, MergePlanRecord>();
  for (const [id, list] of parts) {
    try {
      plans.set(id, JSON.parse(list.join('')) as MergePlanRecord);
    } catch (_e) {
      // A plan cut short (its run died while writing it) was never acted on: forget it.
      state.delete(id);
    }
  }
  return { plans, state, sheet, crm };
}

/** Appends journal rows (one block write, as plain text). */
export function writeJournal(journal: Journal, rows: unknown[][]): void {
  if (rows.length === 0) return;
  journal.sheet ??= createSheet(journal.crm);
  const sheet = journal.sheet;
  // A run that died right after creating the tab left it without its header row.
  const last = sheet.getLastRow();
  if (last === 0) sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  const start = Math.max(last, 1) + 1;
  const max = sheet.getMaxRows();
  if (start + rows.length - 1 > max) {
    sheet.insertRowsAfter(max, start + rows.length - 1 - max);
    forgetTabs(); // sizes an open Table took are stale now
  }
  const range = sheet.getRange(start, 1, rows.length, HEADERS.length);
  range.setNumberFormat('@');
  range.setValues(rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v))));
}

/** The rows that record a plan: its JSON in parts a cell can hold. */
export function planRows(plan: MergePlanRecord): unknown[][] {
  const json = JSON.stringify(plan);
  const rows: unknown[][] = [];
  for (let i = 0, part = 0; i < json.length || part === 0; i += PART, part++)
    rows.push([plan.mergeId, 'plan', plan.primary, part, json.slice(i, i + PART)]);
  return rows;
}

export const stateRow = (plan: MergePlanRecord, state: JournalState): unknown[] => [
  plan.mergeId,
  state,
  plan.primary,
  '',
  '',
];

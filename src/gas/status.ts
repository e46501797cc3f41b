// Status changes (SPEC §2): onEdit for edits in the sheet (one cell, a paste, a fill) and
// setLeadStatus for the sidebar. Both apply the same core rules and write under the lock.
import { gridMessage } from '../core/change-text';
import {
  ACTIVITY_COLUMNS,
  LEAD_COLUMNS,
  TAB,
  type ActivityRecord,
  type LeadHeader,
  type LeadRecord,
} from '../core/schema';
import type { HeaderMap } from '../core/headers';
import { judgeTransition, statusEffects, statusChangeSummary, type Verdict } from '../core/pipeline';
import { t, labelRef, ref, userText, CrmError, type Lang, type Message, type MessageKey } from '../core/i18n';
import * as F from '../core/fields';
import { parseYmd } from '../core/dates';
import { describeChanges } from '../core/lead-edit';
import { changeText } from '../core/change-text';
import { Table } from './table';
import { cardAfterWrite, type CardUpdate } from './card';
import { getPipelineBoard, type BoardFilter, type PipelineBoard } from './board';
import { activeSpreadsheet, useSpreadsheet } from './execution';
import { readShadow, updateShadow } from './shadow';
import { alertBigDealNow } from './bigdeal';
import {
  openCrm,
  forgetSettings,
  renderErrors,
  currentUser,
  editorEmail,
  cellText,
  withDocumentLock,
  EDIT_LOCK_WAIT_MS,
  type Crm,
} from './services';
import { findLead, statusRule } from './leads';
import { shareConsent, type SheetEdit } from './consent-edit';
import { noteOwnerEdit } from './owner-edit';

type EditEvent = {
  authMode?: unknown;
  range?: GoogleAppsScript.Spreadsheet.Range;
  value?: string;
  oldValue?: string;
  user?: { getEmail(): string };
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
};

/** How many rejected rows a toast lists before "…and N more". */
const TOAST_LINES = 3;

export function onEdit(e?: EditEvent): void {
  // AuthMode.NONE: the add-on is installed but not used in this document, which it may not read
  // (reference/script/auth-mode). It is not our CRM yet: nothing to judge.
  if (e?.authMode === ScriptApp.AuthMode.NONE) return;
  const range = e?.range;
  if (!range) return;
  useSpreadsheet(e?.source);
  const sheet = range.getSheet();
  const tab = sheet.getName();
  // Settings, Team and Templates are kept between executions (services.ts): an edit there makes them stale.
  if (tab === TAB.settings || tab === TAB.team || tab === TAB.templates) forgetSettings();
  if (tab !== TAB.leads) return;
  const row = range.getRow();
  const numRows = range.getNumRows();
  const col = range.getColumn();
  const numCols = range.getNumColumns();
  const lastRow = row + numRows - 1;
  // Header edits are left alone: setupCrm reports and repairs headers.
  if (lastRow < 2) return;
  const header = Table.headerOf(activeSpreadsheet(), TAB.leads, sheet) as HeaderMap<LeadHeader>;
  const index = header.index as Partial<Record<LeadHeader, number>>;
  const covers = (h: LeadHeader) => index[h] !== undefined && index[h] + 1 >= col && index[h] + 1 <= col + numCols - 1;
  const statusCol = (header.index['Status'] ?? -1) + 1;
  const status = covers('Status');
  // Consent always applies to every row of the client (SPEC §3): typed in the grid as in the sidebar.
  const consent = covers('Consent');
  // An Owner typed as a Team name is that person's email, and a handover leaves a Note.
  const owner = covers('Owner');
  if (!status && !consent && !owner) return;

  const crm = openCrm();
  const first = Math.max(row, 2);
  const span = lastRow - first + 1;
  const single = numRows === 1 && numCols === 1;
  // The status a row had before this edit. Sheets sends `oldValue` only for a typed single-cell
  // edit of a cell that had content; a paste, a fill or a drag (even of one cell) has none. So
  // `oldValue` is used only when the event has it; otherwise the shadow answers (keyed by Lead
  // ID; '' for a row without an ID, a new row; null when it cannot be known).
  const typedOld = single && e !== undefined && typeof e.oldValue === 'string' ? e.oldValue : undefined;
  const needShadow = typedOld === undefined;
  const previousOf = (id: string, shadow: Map<string, string>): string | null =>
    typedOld !== undefined ? typedOld : id === '' ? '' : (shadow.get(id) ?? null);
  // Someone else is writing (or there is no document lock): put every known previous status back
  // (a single-cell edit and a paste alike) and ask the user to try again.
  const putBack = (err: CrmError): void => {
    const ids = sheet.getSheetValues(first, header.index['Lead ID'] + 1, span, 1);
    const statuses = sheet.getSheetValues(first, statusCol, span, 1);
    const shadow = needShadow ? readShadow(crm.ss, crm.offset) : new Map<string, string>();
    const back = statuses.map(([now], i) => previousOf(cellText(ids[i][0], crm.offset).trim(), shadow) ?? now);
    writeStatusColumn(sheet.getRange(first, statusCol, span, 1), back, crm.settings.statuses, crm.offset);
    const text = err.msg.key === 'error.busy' ? t(crm.lang, 'pipeline.busy') : t(crm.lang, err.msg.key, err.msg.params);
    crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
  };
  // Made when first needed: a Status-only edit asks no editor's address for it.
  let side: SheetEdit | null = null;
  const sheetEdit = (): SheetEdit =>
    (side ??= {
      first,
      span,
      single,
      oldValue: single && typeof e?.oldValue === 'string' ? e.oldValue : undefined,
      by: editorEmail(e) || t(crm.lang, 'pipeline.editedInSheet'),
    });
  let judged = false;
  if (status)
    try {
      // A simple trigger has 30 seconds: each lock waits at most 10.
      withDocumentLock(
        crm.lang,
        () => {
          judged = true;
          judgeEdit();
        },
        EDIT_LOCK_WAIT_MS,
      );
    } catch (err) {
      if (judged || !(err instanceof CrmError)) throw err;
      putBack(err);
    }
  // Consent and Owner without Status: one lock of their own. With Status in the same paste, they
  // go in the Status's lock (judgeEdit).
  if ((consent || owner) && !status) sideEdits();

  function sideEdits(): void {
    try {
      withDocumentLock(crm.lang, () => sideEditsLocked(), EDIT_LOCK_WAIT_MS);
    } catch (err) {
      if (!(err instanceof CrmError)) throw err;
      crm.ss.toast(
        err.msg.key === 'error.busy' ? t(crm.lang, 'edit.sideBusy') : t(crm.lang, err.msg.key, err.msg.params),
        t(crm.lang, 'menu.title'),
        15,
      );
    }
  }
  function sideEditsLocked(): void {
    if (owner) noteOwnerEdit(crm, sheetEdit());
    if (consent) shareConsent(crm, sheetEdit());
  }

  function judgeEdit(): void {
    try {
      const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
      const block = sheet.getSheetValues(first, 1, span, leads.headers.width);
      const shadow = needShadow ? readShadow(crm.ss, crm.offset) : new Map<string, string>();
      const by = editorEmail(e) || t(crm.lang, 'pipeline.editedInSheet');
      const rejected: { row: number; reason: Message }[] = [];
      const statuses: unknown[] = [];
      const changedAt: unknown[] = [];
      const nextFollowUp: unknown[] = [];
      const followUps: unknown[] = [];
      const activities: ActivityRecord[] = [];
      const shadowChanges: [string, string][] = [];
      block.forEach((cells, i) => {
        const lead = leads.toRecord(cells);
        const id = cellText(lead['Lead ID'], crm.offset).trim();
        const to = cellText(lead['Status'], crm.offset).trim();
        const from = previousOf(id, shadow);
        const verdict = judgeTransition(from, to, lead, crm.settings, crm.offset);
        statuses.push(cells[leads.indexOf('Status')]);
        changedAt.push(cells[leads.indexOf('Status Changed At')]);
        nextFollowUp.push(cells[leads.indexOf('Next Follow-up')]);
        followUps.push(cells[leads.indexOf('Follow-ups')]);
        if (!verdict.ok && from !== null) {
          rejected.push({ row: first + i, reason: verdict.reason });
          statuses[i] = from;
          return;
        }
        if (!verdict.ok) rejected.push({ row: first + i, reason: verdict.reason }); // unknown previous: kept, but told
        if (verdict.ok && !verdict.change) return;
        const fx = statusEffects(from ?? '', to, lead, crm.now, crm.settings, crm.offset);
        changedAt[i] = fx['Status Changed At'];
        if (fx['Next Follow-up'] !== undefined) nextFollowUp[i] = fx['Next Follow-up'];
        if (fx['Follow-ups'] !== undefined) followUps[i] = fx['Follow-ups'];
        if (id !== '') {
          activities.push({
            Timestamp: crm.now,
            'Lead ID': id,
            Type: 'Status Change',
            Summary: statusChangeSummary(from ?? '', to),
            By: by,
            'Next Follow-up': fx['Next Follow-up'] ?? '',
          });
          shadowChanges.push([id, to]);
        }
      });
      if (rejected.length > 0)
        writeStatusColumn(
          leads.sheet.getRange(first, leads.col('Status'), span, 1),
          statuses,
          crm.settings.statuses,
          crm.offset,
        );
      if (activities.length > 0) {
        // Next Follow-up, Follow-ups and Status Changed At are neighbours: one block with Last
        // Contact between them written back as read (Table.updateRows).
        leads.updateRows(first - 2, block, {
          'Status Changed At': changedAt,
          'Next Follow-up': nextFollowUp,
          'Follow-ups': followUps,
        });
        Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(activities);
        updateShadow(crm.ss, shadowChanges, crm.offset);
      }
      if (rejected.length > 0) crm.ss.toast(rejectionText(crm.lang, rejected, span), t(crm.lang, 'menu.title'), 15);
      sideEditsLocked();
    } catch (err) {
      if (!(err instanceof CrmError)) throw err;
      crm.ss.toast(t(crm.lang, err.msg.key, err.msg.params), t(crm.lang, 'menu.title'), 15);
    }
  }
}

/**
 * Writes the Status column back (reverted cells get their previous status). A previous status
 * that the dropdown does not list (a legacy value) is restored too: the rule is lifted for the
 * write and put back, so nothing a user had is lost.
 */
function writeStatusColumn(
  range: GoogleAppsScript.Spreadsheet.Range,
  values: unknown[],
  statuses: string[],
  offset: number,
): void {
  const legacy = values.some((v) => cellText(v, offset) !== '' && !statuses.includes(cellText(v, offset)));
  if (legacy) range.clearDataValidations();
  range.setValues(values.map((v) => [v]));
  if (legacy) range.setDataValidation(statusRule(statuses));
}

function rejectionText(lang: Lang, rejected: { row: number; reason: Message }[], total: number): string {
  if (rejected.length === 1 && total === 1)
    return t(lang, 'pipeline.reverted', {
      row: rejected[0].row,
      reason: gridMessage(lang, rejected[0].reason),
    });
  const lines = rejected
    .slice(0, TOAST_LINES)
    .map((r) => t(lang, 'pipeline.reverted', { row: r.row, reason: gridMessage(lang, r.reason) }));
  if (rejected.length > TOAST_LINES) lines.push(t(lang, 'pipeline.more', { count: rejected.length - TOAST_LINES }));
  return [t(lang, 'pipeline.revertedMany', { count: rejected.length, total }), ...lines].join('\n');
}

// ------------------------------------------------------------------ sidebar

export interface StatusInput {
  leadId?: unknown;
  status?: unknown;
  fields?: Record<string, unknown>;
  /** The status the caller saw (the board): refused with `changed` when the lead has moved since. */
  expectedStatus?: unknown;
}

/** The fields setLeadStatus accepts (SPEC §6), keyed by the camelCase of their Leads header. */
const FIELDS: readonly LeadHeader[] = [
  'Deal Value',
  'Expected Close',
  'Lost Reason',
  'Contract Value',
  'Product',
  'Completed On',
];
const FIELD_HEADERS: Record<string, LeadHeader> = Object.fromEntries(
  LEAD_COLUMNS.filter((c) => FIELDS.includes(c.header)).map((c) => [c.key, c.header]),
);

/** Validates the fields the sidebar sends, as lead entry does; values ready for the sheet. */
function validateFields(
  fields: Record<string, unknown>,
  crm: Crm,
): { values: LeadRecord; errors: Record<string, Message> } {
  const values: LeadRecord = {};
  const errors: Record<string, Message> = {};
  for (const [key, raw] of Object.entries(fields)) {
    // Only own, known keys: `constructor` or `__proto__` must never reach a header lookup.
    if (!Object.prototype.hasOwnProperty.call(FIELD_HEADERS, key)) continue;
    const header = FIELD_HEADERS[key];
    if (raw === null || raw === undefined || (typeof raw === 'string' && F.cleanText(raw) === '')) continue; // blank means "leave as it is"
    let r: F.FieldResult<unknown>;
    if (key === 'dealValue' || key === 'contractValue') r = F.money(key, raw, false);
    else if (key === 'expectedClose' || key === 'completedOn') {
      const d = F.ymd(key, raw, false);
      r = d.ok ? { ok: true, value: parseYmd(d.value, crm.offset) } : d;
    } else r = F.text(key as 'lostReason' | 'product', raw, false);
    if (r.ok) values[header] = r.value;
    else errors[key] = r.error;
  }
  return { values, errors };
}

export type SetStatusResult =
  /** `changed`: the fields saved (a status unchanged may still come with new field values). */
  | {
      ok: true;
      leadId: string;
      status: string;
      changed?: number;
      /** The selected-lead card after the write: the sidebar redraws from it, no second call. */
      card: CardUpdate;
    }
  | { ok: false; errors: Record<string, string>; changed?: boolean };

/** Writes the fields that differ from the lead's, and a Note saying what changed (old → new). */
function saveFields(
  crm: Crm,
  leads: Table<LeadHeader>,
  index: number,
  leadId: string,
  status: string,
  stored: LeadRecord,
  values: LeadRecord,
): { changes: LeadRecord; count: number; note: ActivityRecord | null } {
  const changes: LeadRecord = {};
  const log: { header: string; from: string; to: string }[] = [];
  for (const [h, v] of Object.entries(values) as [LeadHeader, unknown][]) {
    const from = cellText(stored[h], crm.offset);
    const to = cellText(v, crm.offset);
    if (from === to || (typeof v === 'number' && from !== '' && Number(stored[h]) === v)) continue;
    changes[h] = v;
    log.push({ header: h, from, to });
  }
  if (log.length === 0) return { changes, count: 0, note: null };
  leads.update(index, changes);
  const note: ActivityRecord = {
    Timestamp: crm.now,
    'Lead ID': leadId,
    Type: 'Note',
    Summary: t(crm.lang, 'pipeline.fieldsNote', {
      status: labelRef('status', status),
      changes: describeChanges(log, changeText(crm.lang, crm.settings.currency)),
    }),
    By: currentUser(),
    'Next Follow-up': '',
  };
  Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append([note]);
  return { changes, count: log.length, note };
}

/**
 * `board` (the board's filter): a move on the board answers with the board as it now is, so the
 * board redraws from the answer (one round trip).
 */
export function setLeadStatus(
  input: StatusInput & { board?: BoardFilter },
): SetStatusResult | (SetStatusResult & { ok: true; board: PipelineBoard }) {
  const result = changeStatus(input);
  const board = input !== null && typeof input === 'object' ? input.board : undefined;
  return result.ok && board && typeof board === 'object' ? { ...result, board: getPipelineBoard(board) } : result;
}

function changeStatus(input: StatusInput): SetStatusResult {
  const crm = openCrm();
  const arg: StatusInput = input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {};
  const leadId = typeof arg.leadId === 'string' ? F.cleanText(arg.leadId) : '';
  const to = typeof arg.status === 'string' ? F.cleanText(arg.status) : '';
  const fields = arg.fields !== null && typeof arg.fields === 'object' && !Array.isArray(arg.fields) ? arg.fields : {};
  const { values, errors } = validateFields(fields, crm);
  if (leadId === '') errors.leadId = { key: 'valid.required', params: { field: ref('field.leadId') } };
  if (to === '') errors.status = { key: 'valid.required', params: { field: ref('field.status') } };
  if (Object.keys(errors).length > 0) return { ok: false, errors: renderErrors(crm.lang, errors) };
  let saved: LeadRecord | null = null;
  const result = withDocumentLock(crm.lang, (): SetStatusResult => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const index = findLead(leads, leadId, crm.offset);
    if (index < 0)
      return {
        ok: false,
        errors: renderErrors(crm.lang, { leadId: { key: 'error.unknownLead', params: { leadId: userText(leadId) } } }),
      };
    const stored = leads.readRow(index);
    const lead = { ...stored, ...values };
    const from = cellText(lead['Status'], crm.offset).trim();
    // The board says which status it saw: a lead moved by someone else since is not moved again.
    const expected = typeof arg.expectedStatus === 'string' ? F.cleanText(arg.expectedStatus) : '';
    if (expected !== '' && expected !== from)
      return {
        ok: false,
        changed: true,
        errors: renderErrors(crm.lang, {
          status: { key: 'board.changed', params: { status: labelRef('status', from) } },
        }),
      };
    const verdict: Verdict = judgeTransition(from, to, lead, crm.settings, crm.offset);
    if (!verdict.ok) {
      const out: Record<string, Message> = { status: verdict.reason };
      for (const h of verdict.missing ?? []) {
        const key = Object.keys(FIELD_HEADERS).find((k) => FIELD_HEADERS[k] === h) ?? h;
        out[key] = { key: 'valid.required', params: { field: ref(`field.${key}` as MessageKey) } };
      }
      return { ok: false, errors: renderErrors(crm.lang, out) };
    }
    if (!verdict.change) {
      // The same status with new values (a Deal Value, an Expected Close): saved like an edit,
      // with a Note of what changed, never answered ok and dropped.
      const kept = saveFields(crm, leads, index, leadId, from, stored, values);
      if (kept.changes['Deal Value'] !== undefined) saved = { ...stored, ...kept.changes };
      return {
        ok: true,
        leadId,
        status: to,
        changed: kept.count,
        card: cardAfterWrite(crm, leads, index, kept.note ? [kept.note] : []),
      };
    }
    const fx = statusEffects(from, to, lead, crm.now, crm.settings, crm.offset);
    leads.update(index, { ...values, Status: to, ...fx });
    const logged: ActivityRecord = {
      Timestamp: crm.now,
      'Lead ID': leadId,
      Type: 'Status Change',
      Summary: statusChangeSummary(from, to),
      By: currentUser(),
      'Next Follow-up': fx['Next Follow-up'] ?? '',
    };
    Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append([logged]);
    updateShadow(crm.ss, [[leadId, to]], crm.offset);
    saved = { ...lead, Status: to };
    return { ok: true, leadId, status: to, card: cardAfterWrite(crm, leads, index, [logged]) };
  });
  if (saved) alertBigDealNow(crm, saved);
  return result;
}

// updateLead (SPEC §3): a lead's details corrected from the sidebar, with the same
// validation and storage as entry, under the lock; each change logged as a Note (old → new).
// A client's contact facts and consent are one set: they may go to its other rows too.
import {
  ACTIVITY_COLUMNS,
  LEAD_COLUMNS,
  TAB,
  type ActivityRecord,
  type LeadHeader,
  type LeadRecord,
} from '../core/schema';
import { emailKeys } from '../core/email';
import { canonicalEmail } from '../core/match';
import { validateEdit, describeChanges, EDITABLE } from '../core/lead-edit';
import { changeText } from '../core/change-text';
import { parseYmd, toYmd, isDate } from '../core/dates';
import { pastFollowUp } from '../core/activity';
import { cleanText } from '../core/fields';
import { t, userText, type Message } from '../core/i18n';
import { Table } from './table';
import { cardAfterWrite, type CardUpdate } from './card';
import { getMyDay, type TodayList } from './day';
import { alertBigDealNow } from './bigdeal';
import { findLead, ownerOf } from './leads';
import { openCrm, withDocumentLock, renderErrors, currentUser, cellText, type Crm } from './services';

/** updateLead's answer: errors by field (empty when it worked) and how many fields changed. */
export interface UpdateLeadResult {
  ok: boolean;
  errors: Record<string, string>;
  changed?: number;
  /** Other rows that got the change too: the client's (contact facts, consent) and the address's (consent). */
  applied?: number;
  /** When it worked: the selected-lead card after the write (the page redraws from it, no second call). */
  card?: CardUpdate;
  /** With `day` asked (the Today tab moved a follow-up): the list as it now is, for the same reason. */
  day?: TodayList;
}

/** The edited fields stored as dates (the form sends them as YYYY-MM-DD). */
const DATE_HEADERS: readonly LeadHeader[] = ['Expected Close', 'Next Follow-up', 'Completed On'];

/**
 * A lead's details changed from the sidebar. A client's contact facts are one set (SPEC §3): with
 * `applyToClient`, a new Name, Company, Phone or Email goes to every row of the client too; a new
 * Consent always goes to every row of the client and every row with the same address.
 */
export function updateLead(arg?: {
  leadId?: string;
  fields?: Record<string, unknown>;
  applyToClient?: boolean;
  /** The Today tab's: the list (whose, as getMyDay takes it) comes back with the answer. */
  day?: { owner?: string };
}): UpdateLeadResult {
  const result = saveEdit(arg);
  return result.ok && arg && typeof arg === 'object' && arg.day ? { ...result, day: getMyDay(arg.day) } : result;
}

function saveEdit(arg?: {
  leadId?: string;
  fields?: Record<string, unknown>;
  applyToClient?: boolean;
}): UpdateLeadResult {
  const crm = openCrm();
  const a = arg && typeof arg === 'object' ? arg : {};
  const leadId = cleanText(typeof a.leadId === 'string' ? a.leadId : '');
  // An Owner written as a Team member's name is theirs, as at entry (leads.ts ownerOf).
  const given = a.fields && typeof a.fields === 'object' && !Array.isArray(a.fields) ? a.fields : undefined;
  const owner = given && 'owner' in given ? ownerOf(crm, given.owner) : ({ ok: true, owner: undefined } as const);
  const fields = given && owner.ok && 'owner' in given ? { ...given, owner: owner.owner } : given;
  const ownerError: Record<string, Message> = owner.ok ? {} : { owner: owner.error };
  const valid = validateEdit(owner.ok ? fields : { ...fields, owner: '' }, crm.settings);
  if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, { ...valid.errors, ...ownerError }) };
  if (!owner.ok) return { ok: false, errors: renderErrors(crm.lang, ownerError) };
  const past = pastFollowUp(valid.values.nextFollowUp, toYmd(crm.now, crm.offset));
  if (past) return { ok: false, errors: renderErrors(crm.lang, { nextFollowUp: past }) };
  let saved: LeadRecord | null = null;
  const result = withDocumentLock(crm.lang, (): UpdateLeadResult => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const index = leadId ? findLead(leads, leadId, crm.offset) : -1;
    if (index < 0)
      return {
        ok: false,
        errors: renderErrors(crm.lang, {
          leadId: { key: 'edit.unknown', params: { leadId: userText(leadId || '?') } },
        }),
      };
    const lead = leads.readRow(index);
    const shown = (v: unknown) => (isDate(v) ? toYmd(v, crm.offset) : cellText(v, crm.offset));
    const changes: LeadRecord = {};
    const log: { header: LeadHeader; from: string; to: string }[] = [];
    for (const [key, value] of Object.entries(valid.values)) {
      const header = EDITABLE[key];
      const from = shown(lead[header]);
      const to = String(value);
      if (from === to || (typeof value === 'number' && Number(lead[header]) === value && from !== '')) continue;
      changes[header] =
        /^\d{4}-\d{2}-\d{2}$/.test(to) && DATE_HEADERS.includes(header) ? parseYmd(to, crm.offset) : value;
      log.push({ header, from, to });
    }
    const changed = (h: LeadHeader) => h in changes;
    // A lead keeps a way to reach it: a phone or an email.
    const phone = changed('Phone') ? String(changes['Phone']) : shown(lead['Phone']);
    const email = changed('Email') ? String(changes['Email']) : shown(lead['Email']);
    if (phone === '' && email === '')
      return {
        ok: false,
        errors: renderErrors(crm.lang, { phone: { key: 'valid.phoneOrEmail' }, email: { key: 'valid.phoneOrEmail' } }),
      };
    if (log.length === 0) return { ok: true, errors: {}, changed: 0, card: cardAfterWrite(crm, leads, index, []) };
    leads.update(index, changes);
    const by = currentUser();
    const show = changeText(crm.lang, crm.settings.currency);
    const notes: ActivityRecord[] = [
      {
        Timestamp: crm.now,
        'Lead ID': leadId,
        Type: 'Note',
        Summary: t(crm.lang, 'edit.note', { changes: describeChanges(log, show) }),
        By: by,
        'Next Follow-up': '',
      },
    ];
    const shared = shareFacts(crm, leads, index, { ...lead, ...changes }, changes, a.applyToClient === true);
    for (const s of shared)
      notes.push({
        Timestamp: crm.now,
        'Lead ID': s.leadId,
        Type: 'Note',
        Summary: t(crm.lang, 'edit.noteShared', { leadId, changes: describeChanges(s.log, show) }),
        By: by,
        'Next Follow-up': '',
      });
    Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(notes);
    if (changed('Deal Value')) saved = { ...lead, ...changes };
    return {
      ok: true,
      errors: {},
      changed: log.length,
      ...(shared.length > 0 ? { applied: shared.length } : {}),
      card: cardAfterWrite(crm, leads, index, [notes[0]]),
    };
  });
  if (saved) alertBigDealNow(crm, saved);
  return result;
}

/** The contact facts a client's rows share (Consent apart: it always goes to all of them). */
const FACTS: readonly LeadHeader[] = ['Name', 'Company', 'Phone', 'Email'];

/**
 * Gives other rows the edited lead's shared facts: its client's rows the new contact facts (when
 * asked) and Consent; rows with the same address (as mail compares them) the Consent. One read
 * of Leads, one write per row that changes. Returns those rows and what changed on each.
 */
function shareFacts(
  crm: Crm,
  leads: Table<LeadHeader>,
  index: number,
  lead: LeadRecord,
  changes: LeadRecord,
  toClient: boolean,
): { leadId: string; log: { header: LeadHeader; from: string; to: string }[] }[] {
  const facts = toClient ? FACTS.filter((h) => h in changes) : [];
  const consent = 'Consent' in changes;
  if (facts.length === 0 && !consent) return [];
  const text = (v: unknown) => cellText(v, crm.offset).trim();
  const clientId = text(lead['Client ID']);
  const address = new Set(emailKeys(text(lead['Email'])).map(canonicalEmail));
  const out: { leadId: string; log: { header: LeadHeader; from: string; to: string }[] }[] = [];
  leads.allRows().forEach((row, i) => {
    if (i === index) return;
    const r = leads.toRecord(row);
    const sameClient = clientId !== '' && text(r['Client ID']) === clientId;
    const sameAddress = consent && emailKeys(text(r['Email'])).some((e) => address.has(canonicalEmail(e)));
    if (!sameClient && !sameAddress) return;
    const set: LeadRecord = {};
    const log: { header: LeadHeader; from: string; to: string }[] = [];
    for (const h of [...(sameClient ? facts : []), ...(consent ? (['Consent'] as const) : [])]) {
      if (text(r[h]) === text(changes[h])) continue;
      set[h] = changes[h];
      log.push({ header: h, from: text(r[h]), to: text(changes[h]) });
    }
    if (log.length === 0) return;
    leads.update(i, set);
    out.push({ leadId: text(r['Lead ID']), log });
  });
  return out;
}

// Lead intake (SPEC §4): each response of the lead form becomes a lead through the form-submit
// trigger (onLeadFormSubmit), and the daily run sweeps what arrived while no trigger ran.
//
// Nothing twice: under the document lock, a response is first marked Pending (or Joining) with the
// Lead ID and owner it will get, in the same write as every other response of the batch; then the
// leads are appended, then the marks become final. A run killed anywhere is finished by the next
// one with the same Lead ID (a Pending row whose lead exists is only marked). Nothing lost: a
// response that cannot be a lead is marked Review with the reason, for a person. Service calls per
// run do not grow with the responses: one read of the tab, of Leads, of the Team, a few writes.
import { contactFacts } from '../core/deals';
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type ActivityRecord, type LeadRecord } from '../core/schema';
import { FORM_AUTHOR, INTAKE, decide, ownerByRule, type LeadRow, type Question } from '../core/intake';
import { formatLeadId, newLeadRecord, nextLeadNumber, validateLeadForm, type NewLead } from '../core/lead';
import { formatClientId, nextClientNumber } from '../core/client';
import { isDate } from '../core/dates';
import { t, type Message } from '../core/i18n';
import { sourceOf } from '../core/intake';
import { Table } from './table';
import {
  asJob,
  openCrm,
  withDocumentLock,
  currentUser,
  cellText,
  message,
  LAST_ID_PROPERTY,
  type Crm,
} from './services';
import { LAST_CLIENT_PROPERTY } from './clients';
import { giveStatusDropdown } from './leads';
import { appendShadow } from './shadow';
import { readTeam } from './team';
import { appendRunLog } from './runlog';
import { answersFromEvent, answersOf, formTabs, hasAnswers, openResponses, sentAt, writeMarks } from './intake-tab';
import type { ResponsesTab } from './intake-tab';
import { tellOwners, type Seen } from './intake-mail';
import { documentProperties } from './execution';
import { forgetRows } from './daily-run';

export interface IntakeResult {
  /** Responses handled by this run (made leads, joined, or set aside for review). */
  responses: number;
  created: number;
  joined: number;
  review: number;
  told: number;
  waitingForQuota: number;
  errors: string[];
}

/** The form-submit event as Google sends it for a spreadsheet (guides/triggers/events). */
export interface FormSubmitEvent {
  authMode?: unknown;
  triggerUid?: string;
  range?: GoogleAppsScript.Spreadsheet.Range;
  namedValues?: Record<string, string[]>;
  values?: string[];
}

const empty = (): IntakeResult => ({
  responses: 0,
  created: 0,
  joined: 0,
  review: 0,
  told: 0,
  waitingForQuota: 0,
  errors: [],
});

/** The form-submit trigger: the response's tab (and any response it missed before) becomes leads. */
export function onLeadFormSubmit(e?: FormSubmitEvent): IntakeResult {
  const crm = openCrm();
  // Only Google's event names a range; anything else (a call by hand, a retry without one) sweeps.
  const given = e !== null && typeof e === 'object' ? (e.range as unknown) : undefined;
  const range =
    given !== null && typeof given === 'object' && typeof (given as { getSheet?: unknown }).getSheet === 'function'
      ? (given as GoogleAppsScript.Spreadsheet.Range)
      : undefined;
  const sheets = range ? [range.getSheet()] : formTabs(crm.ss);
  const event = range ? { row: range.getRow() - 2, named: e?.namedValues } : null;
  // No one waits on a trigger: it waits for a busy document as a job does, not a person's 20 s.
  // Still busy past that, it fails and the response waits for the next response or the daily sweep.
  return asJob(Date.now() + TRIGGER_WAIT_MS, () => runAndLog(crm, sheets, event, 'onLeadFormSubmit'));
}

/** How long the form's trigger waits for the document lock (well within Apps Script's 6 minutes). */
const TRIGGER_WAIT_MS = 4 * 60 * 1000;

/** The daily run's sweep: every response of every lead form not yet made a lead, every owner not yet told. */
export function runLeadIntake(): IntakeResult {
  const crm = openCrm();
  return runAndLog(crm, formTabs(crm.ss), null, 'runLeadIntake');
}

function runAndLog(
  crm: Crm,
  sheets: GoogleAppsScript.Spreadsheet.Sheet[],
  event: { row: number; named: unknown } | null,
  job: string,
): IntakeResult {
  const total = empty();
  for (const sheet of sheets) {
    const r = intakeTab(crm, sheet, event);
    total.responses += r.responses;
    total.created += r.created;
    total.joined += r.joined;
    total.review += r.review;
    total.told += r.told;
    total.waitingForQuota += r.waitingForQuota;
    total.errors.push(...r.errors);
  }
  if (total.responses > 0 || total.told > 0 || total.errors.length > 0)
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      job,
      total.errors.length > 0 || total.waitingForQuota > 0 ? 'partial' : 'ok',
      t(crm.lang, 'run.intakeDetail', {
        responses: total.responses,
        created: total.created,
        joined: total.joined,
        review: total.review,
        told: total.told,
        waiting: total.waitingForQuota,
      }) + (total.errors.length > 0 ? ` — ${total.errors.join('; ')}` : ''),
    );
  return total;
}

/** One responses tab: its new responses made leads under the lock, then their owners told. */
function intakeTab(
  crm: Crm,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  event: { row: number; named: unknown } | null,
): IntakeResult {
  const result = empty();
  let seen: Seen | null = null;
  const tab = withDocumentLock(crm.lang, () => {
    const opened = openResponses(sheet);
    if (opened) seen = processResponses(crm, opened, event, result);
    return opened;
  });
  if (!tab) return result;
  const told = tellOwners(crm, tab, seen);
  result.told = told.told;
  result.waitingForQuota = told.waiting;
  result.errors.push(...told.errors);
  return result;
}

type Mark = Partial<Record<'Lead ID' | 'Owner' | 'Intake' | 'Owner Told' | 'Intake Note', unknown>>;

/** Makes the tab's new responses leads; returns what it read (Leads as now written, the Team) for telling the owners. */
function processResponses(
  crm: Crm,
  tab: ResponsesTab,
  event: { row: number; named: unknown } | null,
  result: IntakeResult,
): Seen | null {
  const todo = tab.rows
    .map((row, i) => ({ row, i, state: cellText(row[tab.col['Intake']], crm.offset).trim() }))
    .filter(
      (r) => (r.state === '' && hasAnswers(tab, r.row)) || r.state === INTAKE.pending || r.state === INTAKE.joining,
    );
  if (todo.length === 0) return null;
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const all = leads.allRows().map((r) => leads.toRecord(r));
  const text = (v: unknown) => cellText(v, crm.offset).trim();
  const rows: LeadRow[] = all.map((r) => ({
    leadId: text(r['Lead ID']),
    clientId: text(r['Client ID']),
    name: r['Name'],
    company: r['Company'],
    phone: r['Phone'],
    email: r['Email'],
    status: text(r['Status']),
    owner: text(r['Owner']),
    createdAt: isDate(r['Created At']) ? r['Created At'].getTime() : 0,
  }));
  const known = new Set(rows.map((r) => r.leadId));
  const team = readTeam(crm);
  const sales = [...team.values()].filter((m) => m.role.toLowerCase() === 'sales').map((m) => m.email);
  const props = documentProperties();
  const stored = props.getProperties();
  const lastLead = Number(stored[LAST_ID_PROPERTY] ?? 0) || 0;
  const lastClient = Number(stored[LAST_CLIENT_PROPERTY] ?? 0) || 0;
  let turn = lastTurn(crm, tab, sales);
  let nextLead = nextLeadNumber(
    lastLead,
    rows.map((r) => r.leadId),
  );
  let nextClient = nextClientNumber(
    lastClient,
    rows.map((r) => r.clientId),
  );
  const fallbackOwner = currentUser();
  // A joined deal's note, found again after a run killed before its mark became final.
  const joining = todo.some((r) => r.state === INTAKE.joining);
  const notes = joining ? formNotes(crm) : new Set<string>();

  const pending = new Map<number, Mark>();
  const final = new Map<number, Mark>();
  const newLeads: LeadRecord[] = [];
  const newNotes: ActivityRecord[] = [];
  for (const { row, i, state } of todo) {
    const at = sentAt(row) ?? crm.now;
    const answers =
      (event && event.row === i && state === '' ? answersFromEvent(tab, event.named) : null) ??
      answersOf(tab, row, crm.offset);
    const reserved = text(row[tab.col['Lead ID']]);
    if (state !== '' && reserved !== '' && known.has(reserved)) {
      // Written by a run that died before its final mark: only the mark (and a missing note) is left.
      const joined = state === INTAKE.joining;
      const note = noteOf(crm, reserved, at, answers);
      if (joined && !notes.has(noteKey(reserved, at, String(note.Summary)))) newNotes.push(note);
      const clientRows = rows.filter((r) => r.clientId === rows.find((x) => x.leadId === reserved)?.clientId);
      final.set(i, { Intake: joined ? INTAKE.joined : clientRows.length > 1 ? INTAKE.newDeal : INTAKE.newLead });
      if (joined) result.joined++;
      else result.created++;
      result.responses++;
      continue;
    }
    const d = decide(answers, crm.settings, rows);
    result.responses++;
    if (d.kind === 'review') {
      result.review++;
      final.set(i, { Intake: INTAKE.review, 'Intake Note': reviewNote(crm, d.errors, d.spam) });
      pending.set(i, final.get(i)!);
      continue;
    }
    if (d.kind === 'join') {
      result.joined++;
      pending.set(i, { 'Lead ID': d.leadId, Owner: d.owner, Intake: INTAKE.joining, 'Intake Note': '' });
      newNotes.push(noteOf(crm, d.leadId, at, answers));
      final.set(i, { Intake: INTAKE.joined });
      continue;
    }
    // A new row: the Lead ID and owner a killed run reserved are kept.
    const leadId = state === INTAKE.pending && reserved !== '' ? reserved : formatLeadId(nextLead++);
    const clientId = d.clientId || formatClientId(nextClient++);
    let owner = state === INTAKE.pending ? text(row[tab.col['Owner']]) : '';
    // A known client's new deal goes to the salesperson who had their last one, while on the Team.
    if (!owner && d.clientOwner && team.has(d.clientOwner.toLowerCase())) owner = d.clientOwner;
    if (!owner) {
      owner = ownerByRule(d.lead.source, crm.settings, sales, turn);
      if (owner !== '' && owner !== crm.settings.leadFormOwners[d.lead.source]) turn = owner;
    }
    owner = owner || fallbackOwner;
    result.created++;
    pending.set(i, { 'Lead ID': leadId, Owner: owner, Intake: INTAKE.pending, 'Intake Note': '' });
    final.set(i, { Intake: d.clientId ? INTAKE.newDeal : INTAKE.newLead });
    // A known client's consent is the person's (SPEC §3): their new deal carries it, opted out included.
    const consent = d.clientId ? clientConsent(crm, all, d.clientId) : '';
    newLeads.push(
      newLeadRecord(d.lead, { leadId, clientId }, owner, at, crm.settings.firstContactSlaHours, crm.offset, consent),
    );
    rows.push({ ...toLeadRow(d.lead, leadId, clientId, owner), createdAt: at.getTime() });
    known.add(leadId);
  }
  // The numbers first: a run that dies after this never hands them out twice.
  if (nextLead - 1 > lastLead || nextClient - 1 > lastClient)
    props.setProperties({
      [LAST_ID_PROPERTY]: String(Math.max(nextLead - 1, lastLead)),
      [LAST_CLIENT_PROPERTY]: String(Math.max(nextClient - 1, lastClient)),
    });
  writeMarks(tab, pending);
  if (newLeads.length > 0) {
    const first = leads.append(newLeads);
    giveStatusDropdown(leads, first, newLeads.length, crm.settings.statuses);
    appendShadow(
      crm.ss,
      newLeads.map((r) => [String(r['Lead ID']), 'Lead']),
    );
  }
  if (newNotes.length > 0) Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(newNotes);
  // The daily run's next jobs read the leads and notes just written.
  if (newLeads.length > 0 || newNotes.length > 0) forgetRows(TAB.leads, TAB.activities);
  writeMarks(tab, final);
  // Appended below the rows read, so a record's index still gives its row.
  return { leads: [...all, ...newLeads], leadsSheetId: leads.sheet.getSheetId(), team };
}

/**
 * Whose turn it was last: the owner of the latest new client's response given by turn (a Sales
 * person, not Settings' owner for its source). Read from the marks, which are written before any
 * lead, so a run killed half way and its retry give the same turns.
 */
function lastTurn(crm: Crm, tab: ResponsesTab, sales: readonly string[]): string {
  for (let i = tab.rows.length - 1; i >= 0; i--) {
    const row = tab.rows[i];
    const state = cellText(row[tab.col['Intake']], crm.offset).trim();
    const owner = cellText(row[tab.col['Owner']], crm.offset).trim().toLowerCase();
    if (state !== INTAKE.newLead && state !== INTAKE.pending) continue;
    if (!sales.includes(owner)) continue;
    if (crm.settings.leadFormOwners[sourceOf(answersOf(tab, row, crm.offset).source, crm.settings)]) continue;
    return owner;
  }
  return '';
}

/** A note of the form on a deal: its lead, its time and its text (two in one second still differ). */
const noteKey = (leadId: string, at: Date, summary: string) => `${leadId}@${at.getTime()}@${summary}`;

/** The notes the form left on deals (Lead ID and time), to find a killed run's work. One read. */
function formNotes(crm: Crm): Set<string> {
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const cols = acts.columnsOf(['Lead ID', 'Timestamp', 'By', 'Summary']);
  const out = new Set<string>();
  cols['By'].forEach((by, i) => {
    const at = cols['Timestamp'][i];
    if (String(by) === FORM_AUTHOR && isDate(at))
      out.add(noteKey(cellText(cols['Lead ID'][i], crm.offset).trim(), at, String(cols['Summary'][i])));
  });
  return out;
}

function noteOf(crm: Crm, leadId: string, at: Date, answers: Record<Question, string>): ActivityRecord {
  return {
    Timestamp: at,
    'Lead ID': leadId,
    Type: 'Note',
    Summary: t(crm.lang, 'intake.note', { needs: answers.needs || answers.name }),
    By: FORM_AUTHOR,
    'Next Follow-up': '',
  };
}

/** The client's consent as its contact facts hold it (the one rule of core/deals.ts). */
function clientConsent(crm: Crm, all: readonly LeadRecord[], clientId: string): string {
  const text = (v: unknown) => cellText(v, crm.offset);
  const mine = all.filter((r) => text(r['Client ID']).trim() === clientId);
  return mine.length > 0 ? contactFacts(mine, text, crm.offset).consent : '';
}

function reviewNote(crm: Crm, errors: Record<string, Message>, spam: Message | null): string {
  const reasons = [...(spam ? [spam] : []), ...Object.values(errors)].map((m) => message(crm.lang, m));
  return t(crm.lang, 'intake.review', { reasons: [...new Set(reasons)].join(' ') });
}

function toLeadRow(lead: NewLead, leadId: string, clientId: string, owner: string): Omit<LeadRow, 'createdAt'> {
  return {
    leadId,
    clientId,
    name: lead.name,
    company: lead.company,
    phone: lead.phone,
    email: lead.email,
    status: 'Lead',
    owner,
  };
}

/** A response's lead as entry would clean it (the owner's email says what the form said). */
export function cleanAnswers(crm: Crm, answers: Record<Question, string>): NewLead | null {
  const v = validateLeadForm({ ...answers, source: sourceOf(answers.source, crm.settings) }, crm.settings);
  return v.ok ? v.lead : null;
}

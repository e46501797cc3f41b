// The duplicate audit (SPEC §4): groups of the same client, shared contacts between different
// people, data-quality problems; written to the Duplicates tab and summarised to the managers.
import { LEAD_COLUMNS, TAB, type DuplicateHeader, type RecordOf } from '../core/schema';
import { findDuplicates, type Reason } from '../core/match';
import { findProblems } from '../core/quality';
import { suggestPrimary, fingerprint } from '../core/merge';
import { clientActions, linkChanges, moneyOf } from '../core/deals';
import { formatMoney } from '../core/money';
import { labelRef, t, type Lang, type MessageKey } from '../core/i18n';
import { formatDateTime, formatDay, formatPhone } from '../core/format';
import { addMonths, toYmd, localDateTime } from '../core/dates';
import { managersOf } from '../core/team';
import { readTeam } from './team';
import { escapeHtml } from '../core/html';
import { forgetRows, freshRows, inDailyRun } from './daily-run';
import { openCrm, withDocumentLock, cellText, type Crm } from './services';
import { appendRunLog } from './runlog';
import { finishUnfinishedMerges, openDuplicates } from './merge';
import { LAST_AUDIT } from './merge-log';
import { sendUnderLedger, spreadsheetUrl, type Outgoing, type SendResult } from './mail';
import { pruneMail } from './ledger';
import { documentProperties } from './execution';

/** One group of the audit: rows of one client and what ticking it does (SPEC §4). */
export interface AuditGroup {
  leadIds: string[];
  score: number;
  reasons: string[];
  /** merge: the row the others go into; link: the row whose contact facts come first. */
  primary: string;
  /** merge: the same deal entered twice; link: the client's other deals, each kept. */
  action: 'merge' | 'link';
  /** The Client ID the rows will share ('' when none has one yet: a link then takes a new one). */
  clientId: string;
}

export interface AuditJson {
  groups: AuditGroup[];
  sharedContacts: { leadIds: string[]; contact: string; kind: string }[];
  problems: { leadId: string; field: string; problem: string; value: string }[];
}

const LEAD_HEADERS = LEAD_COLUMNS.map((c) => c.header);

const reasonText = (lang: Lang, reasons: Reason[]) =>
  reasons.map((r) => t(lang, `reason.${r}` as MessageKey)).join(', ');

/** A proposal of the audit, by row of Leads. */
interface Proposal {
  action: 'merge' | 'link';
  members: number[];
  primary: number;
  score: number;
  reasons: Reason[];
}

export function audit(crm: Crm): AuditJson {
  // Read under the audit's lock: the Duplicates tab it writes is what a merge checks.
  const { raw, records: rows } = freshRows(crm, TAB.leads, LEAD_COLUMNS);
  const text = (v: unknown) => cellText(v, crm.offset);
  const id = (i: number) => text(rows[i]['Lead ID']).trim();
  const result = findDuplicates(
    rows.map((r, i) => ({
      leadId: id(i),
      name: r['Name'],
      company: r['Company'],
      phone: r['Phone'],
      email: r['Email'],
    })),
  );
  // Each client's rows: a merge for a deal entered twice, a link for the client's deals.
  const proposals: Proposal[] = result.groups.flatMap((g) =>
    clientActions(
      g.members.map((m) => rows[m]),
      (rs) => suggestPrimary(rs, LEAD_HEADERS),
      text,
      crm.offset,
    ).map((a) => ({
      action: a.action,
      members: a.members.map((k) => g.members[k]),
      primary: g.members[a.primary],
      score: g.score,
      reasons: g.reasons,
    })),
  );
  const links = proposals.map((p) =>
    p.action === 'link'
      ? linkChanges(
          p.members.map((m) => rows[m]),
          p.members.indexOf(p.primary),
          text,
          crm.offset,
        )
      : null,
  );
  const problems = findProblems(rows);
  const json: AuditJson = {
    groups: proposals.map((p, pi) => ({
      leadIds: p.members.map(id),
      score: p.score,
      reasons: p.reasons.map((r) => t(crm.lang, `reason.${r}` as MessageKey)),
      primary: id(p.primary),
      action: p.action,
      clientId: links[pi]?.clientId ?? text(rows[p.primary]['Client ID']).trim(),
    })),
    sharedContacts: result.sharedContacts.map((s) => ({
      leadIds: s.members.map(id),
      contact: s.contact,
      kind: s.kind,
    })),
    problems: problems.map((p) => ({
      leadId: id(p.index),
      field: p.field,
      problem: t(crm.lang, p.problem),
      value: p.value,
    })),
  };

  // The Duplicates tab: groups (with the Merge checkbox on each group's first row), then the
  // shared contacts, then the problems. Everything is one block write.
  const dup = openDuplicates(crm);
  const records: RecordOf<DuplicateHeader>[] = [];
  const checkbox: boolean[] = [];
  const push = (rec: RecordOf<DuplicateHeader>, box = false) => {
    records.push(rec);
    checkbox.push(box);
  };
  const leadCells = (i: number): RecordOf<DuplicateHeader> => ({
    'Lead ID': id(i),
    Name: rows[i]['Name'],
    Company: rows[i]['Company'],
    Phone: text(rows[i]['Phone']),
    Email: rows[i]['Email'],
    Owner: rows[i]['Owner'],
    Status: rows[i]['Status'],
  });
  // A column in the reader's language with the header the reviewer meets in the sheet beside it.
  const columnName = (header: string): string => {
    const col = LEAD_COLUMNS.find((c) => c.header === header);
    const name = col ? t(crm.lang, `field.${col.key}` as MessageKey) : header;
    return name.toLowerCase() === header.toLowerCase() ? header : `${name} (${header})`;
  };
  /** What a row will become when its group is ticked, in words. */
  const becomes = (p: Proposal, pi: number, k: number): string => {
    const m = p.members[k];
    if (p.action === 'merge') {
      const others = p.members.filter((x) => x !== p.primary).map(id);
      return m === p.primary
        ? t(crm.lang, 'audit.becomes.kept', { others: others.join(', ') })
        : t(crm.lang, 'audit.becomes.merged', { primary: id(p.primary) });
    }
    const link = links[pi]!;
    const value = moneyOf(rows[m]['Deal Value']);
    const changes = Object.entries(link.changes[k])
      .filter(([h]) => h !== 'Client ID')
      .map(
        ([h, v]) =>
          `${columnName(h)}: ${text((rows[m] as Record<string, unknown>)[h]) || t(crm.lang, 'change.empty')} → ${text(v) || t(crm.lang, 'change.empty')}`,
      )
      .join('; ');
    // What the reviewer checks, in full (data, never read as a message).
    return t(crm.lang, changes ? 'audit.becomes.linked' : 'audit.becomes.linkedSame', {
      status: labelRef('status', text(rows[m]['Status'])),
      value: value === null ? '–' : formatMoney(value, crm.settings.currency),
      clientId: link.clientId || t(crm.lang, 'audit.newClientId'),
      changes,
    });
  };
  push({ Group: t(crm.lang, 'audit.groupsTitle') });
  proposals.forEach((p, gi) => {
    const reason = reasonText(crm.lang, p.reasons);
    p.members.forEach((m, k) => {
      push(
        {
          Group: `G${gi + 1}`,
          Action: p.action,
          ...leadCells(m),
          Reason: reason,
          Score: p.score.toFixed(2),
          Primary: json.groups[gi].primary,
          Becomes: becomes(p, gi, k),
          Merge: k === 0 ? false : '',
          Check: fingerprint(raw[m]),
        },
        k === 0,
      );
    });
  });
  push({});
  push({ Group: t(crm.lang, 'audit.sharedTitle') });
  json.sharedContacts.forEach((s, si) => {
    const reason = t(crm.lang, 'audit.sharedReason', {
      kind: t(crm.lang, s.kind === 'phone' ? 'field.phone' : 'field.email').toLowerCase(),
      // A phone as people dial it (the cell beside it keeps what was typed).
      contact: s.kind === 'phone' ? formatPhone(s.contact) : s.contact,
    });
    result.sharedContacts[si].members.forEach((m) => push({ Group: `S${si + 1}`, ...leadCells(m), Reason: reason }));
  });
  push({});
  push({ Group: t(crm.lang, 'audit.problemsTitle') });
  problems.forEach((p, pi) =>
    push({
      Group: `Q${pi + 1}`,
      ...leadCells(p.index),
      Reason: `${t(crm.lang, `field.${LEAD_COLUMNS.find((c) => c.header === p.field)!.key}` as MessageKey)}: ${t(crm.lang, p.problem)}${p.value ? ` (${p.value})` : ''}`,
    }),
  );
  withDocumentLock(crm.lang, () => {
    dup.clearData();
    // The tab is generated: sized to what it shows, so no old row lingers below.
    dup.fitRows(records.length);
    const start = dup.append(records);
    const rule = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    dup.sheet
      .getRange(start, dup.col('Merge'), records.length, 1)
      .setDataValidations(checkbox.map((b) => [b ? rule : null]));
  });
  return json;
}

/** The last audit's summary, until every manager has had it (the quota may delay it). */
const PENDING_SUMMARY = 'lembar.audit.summary';

interface PendingSummary {
  id: string;
  params: Record<string, string | number>;
}

/**
 * What an audit found, as its messages count it: the same deal entered twice (merge) apart from
 * a client's several deals not tied yet (link), which are no duplicates.
 */
function countsOf(json: AuditJson) {
  const merges = json.groups.filter((g) => g.action === 'merge');
  const links = json.groups.filter((g) => g.action === 'link');
  return {
    groups: merges.length,
    rows: merges.reduce((n, g) => n + g.leadIds.length, 0),
    links: links.length,
    linkRows: links.reduce((n, g) => n + g.leadIds.length, 0),
    shared: json.sharedContacts.length,
    problems: json.problems.length,
  };
}

/**
 * Records that the audit ran, and its summary for the managers (sent now, or by a later run):
 * both in one write.
 */
function queueAuditSummary(crm: Crm, json: AuditJson): void {
  const params = { ...countsOf(json), date: formatDay(toYmd(crm.now, crm.offset), crm.lang, 'long') };
  const pending: PendingSummary = { id: crm.now.toISOString(), params };
  documentProperties().setProperties({
    [LAST_AUDIT]: crm.now.toISOString(),
    [PENDING_SUMMARY]: JSON.stringify(pending),
  });
}

/**
 * Sends the pending audit summary to each manager who has not had it, under the ledger (scope:
 * that audit); when all have it, the pending summary and its ledger scope are dropped.
 */
export function sendPendingAuditSummary(crm: Crm): SendResult {
  const none: SendResult = { sent: 0, alreadySent: 0, waiting: [], errors: [], sentKeys: [] };
  const props = documentProperties();
  let pending: PendingSummary;
  try {
    pending = JSON.parse(props.getProperty(PENDING_SUMMARY) ?? '') as PendingSummary;
  } catch (_e) {
    return none;
  }
  if (!pending || typeof pending.id !== 'string') return none;
  const scope = `audit-${pending.id.replace(/[^0-9]/g, '')}`;
  // A summary queued by an older version has no link counts: none are said.
  const params = { links: 0, linkRows: 0, ...pending.params };
  const subject = t(crm.lang, 'audit.subject', params);
  const body = t(crm.lang, 'audit.body', params);
  const url = spreadsheetUrl(crm);
  // Managers: the Team's Manager rows and Settings' Manager emails.
  const items: Outgoing[] = managersOf(readTeam(crm), crm.settings.managerEmails).map((to) => ({
    key: to,
    email: {
      to,
      subject,
      text: `${body}\n\n${url}`,
      html: `<p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url)}">${TAB.duplicates}</a></p>`,
    },
  }));
  const result = sendUnderLedger(crm, scope, items);
  if (result.waiting.length === 0 && result.errors.length === 0) {
    props.deleteProperty(PENDING_SUMMARY);
    pruneMail(crm, (s) => s !== scope);
  }
  return result;
}

function runAudit(crm: Crm): AuditJson {
  // A merge or undo left half done by a run that died is finished before rows are judged.
  if (finishUnfinishedMerges(crm).length > 0) forgetRows(TAB.leads, TAB.activities);
  const json = audit(crm);
  // The audit is written whatever happens to the summary email; what the quota does not
  // allow now is sent by the next run, and a mail failure is logged.
  queueAuditSummary(crm, json);
  let mail: SendResult = { sent: 0, alreadySent: 0, waiting: [], errors: [], sentKeys: [] };
  try {
    mail = sendPendingAuditSummary(crm);
  } catch (e) {
    mail.errors.push(e instanceof Error ? e.message : String(e));
  }
  const detail = t(crm.lang, 'audit.detail', { ...countsOf(json), emails: mail.sent });
  const problems = [
    ...mail.errors,
    ...(mail.waiting.length ? [t(crm.lang, 'audit.summaryWaits', { count: mail.waiting.length })] : []),
  ];
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    'runDuplicateAudit',
    problems.length ? 'partial' : 'ok',
    problems.length ? `${detail} — ${problems.join('; ')}` : detail,
  );
  // A clock trigger has nobody to show a toast to: the Run Log line says the same.
  if (!inDailyRun()) crm.ss.toast(t(crm.lang, 'audit.done', countsOf(json)), t(crm.lang, 'menu.title'), 10);
  return json;
}

/** Menu: the audit now. */
export function runDuplicateAuditNow(): AuditJson {
  return runAudit(openCrm());
}

/** The trigger's answer when the audit is not due yet. */
export interface AuditNotDue {
  skipped: true;
  /** ISO date-times. */
  lastAudit: string;
  nextAudit: string;
}

/**
 * Trigger: the audit only when the interval has passed since the last one (the first call always
 * runs). Not due (most days), it says so in the Run Log without taking the lock; due, it holds the
 * lock from start to end (and asks again under it: another run may have audited meanwhile).
 */
export function runDuplicateAudit(): AuditJson | AuditNotDue {
  const crm = openCrm();
  return notDue(crm) ?? withDocumentLock(crm.lang, () => notDue(crm) ?? runAudit(crm));
}

/** The Run Log's line and the answer when the audit is not due (as the last properties read saw them). */
function notDue(crm: Crm): AuditNotDue | null {
  const last = documentProperties().getProperty(LAST_AUDIT);
  if (!last) return null;
  const next = addMonths(new Date(last), crm.settings.auditIntervalMonths, crm.offset);
  if (crm.now >= next) return null;
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    'runDuplicateAudit',
    'skipped',
    t(crm.lang, 'run.notDue', {
      last: formatDateTime(localDateTime(new Date(last), crm.offset), crm.lang),
      next: formatDay(toYmd(next, crm.offset), crm.lang, 'long'),
    }),
  );
  return { skipped: true, lastAudit: last, nextAudit: next.toISOString() };
}

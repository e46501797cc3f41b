// A campaign's email ledger: who has the campaign, kept under the campaign's Campaign
// ID (a rename never sends it again), with a journal of the sends in flight, so that a run killed
// at any point leaves nothing silently dropped, counted as sent unsent, or sent twice.
//
// Per recipient, under the document lock, with one read and one write of the properties: the
// previous recipient, whose send returned, moves from "sending" to "sent", and this one is claimed
// as "sending"; then it is sent. A run killed between a claim and that move leaves the address in
// "sending": once no run can still be at it, it is "uncertain" (it may or may not have gone out):
// never sent again, not counted as sent, reported on the Campaigns tab and in the Run Log, and
// noted on the lead. A sent address stays in the journal until its Email activity is appended; a
// run killed in between has a later run append what is missing, once.
import { readTeam } from './team';
import { displayName } from '../core/team';
import { ACTIVITY_COLUMNS, TAB, type CampaignHeader } from '../core/schema';
import { t, userText } from '../core/i18n';
import { headerText, mailboxKey } from '../core/email';
import type { Recipient } from '../core/campaign';
import { escapeHtml } from '../core/html';
import { Table } from './table';
import { cellText, isDate, withDocumentLock, type Crm } from './services';
import { bytes, scopePrefix, shardsOf, writeShards } from './ledger';
import { appendRunLogNow } from './runlog';
import { documentProperties } from './execution';

/** The mail-ledger scope of a campaign's sent addresses (legacy scopes were `campaign-<name>`). */
export const sentScope = (id: string) => `cmp-${id}`;
const journalName = (id: string) => `lembar.campaignJournal.${id}`;
const uncertainPrefix = (id: string) => `lembar.campaignUncertain.${id}.`;
/** No run is still at a send claimed this long ago: Apps Script stops an execution after 30 minutes at most. */
const IN_FLIGHT_MS = 45 * 60000;
/** The journal is one property (9 KB at most): sent addresses are logged before it grows past this. */
const JOURNAL_BYTES = 4000;
const BY = 'Lembar CRM';

/** One send: the address key, the lead, when it was claimed, the Email activity's summary, the run. */
interface Entry {
  k: string;
  l: string;
  at: number;
  sm: string;
  r: string;
}

interface Journal {
  /** Claimed, not yet known to be sent. */
  sending: Entry[];
  /** Sent, their Email activity not yet appended. */
  sent: Entry[];
}

export interface LedgerState {
  sent: Set<string>;
  uncertain: Set<string>;
  journal: Journal;
}

function parseJournal(v: string | undefined): Journal {
  try {
    const j = JSON.parse(v ?? '') as Partial<Journal>;
    return { sending: Array.isArray(j.sending) ? j.sending : [], sent: Array.isArray(j.sent) ? j.sent : [] };
  } catch (_e) {
    return { sending: [], sent: [] };
  }
}

function stateOf(all: Record<string, string>, id: string): LedgerState {
  return {
    sent: new Set(shardsOf(all, scopePrefix(sentScope(id))).flatMap((s) => s.keys)),
    uncertain: new Set(shardsOf(all, uncertainPrefix(id)).flatMap((s) => s.keys)),
    journal: parseJournal(all[journalName(id)]),
  };
}

/** The campaign's ledger as it stands (one read of the properties). */
export function readLedger(id: string): LedgerState {
  return stateOf(documentProperties().getProperties(), id);
}

/** The campaigns whose journal holds a send (one read of the properties), whatever their state. */
export function journaled(): Set<string> {
  const all = documentProperties().getProperties();
  const prefix = journalName('');
  return new Set(
    Object.keys(all)
      .filter((k) => k.startsWith(prefix))
      .filter((k) => {
        const j = parseJournal(all[k]);
        return j.sending.length + j.sent.length > 0;
      })
      .map((k) => k.slice(prefix.length)),
  );
}

/** Whether an address is decided or in someone's hands: sent, uncertain, or being sent. */
export function handled(s: LedgerState, key: string): boolean {
  return s.sent.has(key) || s.uncertain.has(key) || s.journal.sending.some((e) => e.k === key);
}

/** The property value that adds `key` to the sent scope (to its last shard, or a new one). */
function addSent(all: Record<string, string>, id: string, key: string, out: Record<string, string>): void {
  const prefix = scopePrefix(sentScope(id));
  const shards = shardsOf(all, prefix);
  const last = shards[shards.length - 1];
  if (last && bytes(JSON.stringify([...last.keys, key])) <= 8000) out[last.name] = JSON.stringify([...last.keys, key]);
  else out[`${prefix}${shards.length}`] = JSON.stringify([key]);
}

const runId = () => `${Date.now()}-${Math.floor(Math.random() * 1e9)}`;

function activity(e: Entry, type: 'Email' | 'Note', summary: string): Record<string, unknown> {
  return { Timestamp: new Date(e.at), 'Lead ID': e.l, Type: type, Summary: summary, By: BY, 'Next Follow-up': '' };
}

/** Appends Activities under the lock, leaving out any that a killed run had appended already. */
function appendActivities(crm: Crm, records: Record<string, unknown>[], checkExisting: boolean): void {
  if (records.length === 0) return;
  withDocumentLock(crm.lang, () => {
    const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    let todo = records;
    if (checkExisting) {
      const cols = acts.columnsOf(['Lead ID', 'Type', 'Summary', 'Timestamp']);
      const keyOf = (id: unknown, type: unknown, summary: unknown) =>
        `${cellText(id, crm.offset)}\u0000${cellText(type, crm.offset)}\u0000${cellText(summary, crm.offset)}`;
      const times = new Map<string, number[]>();
      cols['Lead ID'].forEach((id, i) => {
        const when = cols['Timestamp'][i];
        const k = keyOf(id, cols['Type'][i], cols['Summary'][i]);
        if (isDate(when)) times.set(k, [...(times.get(k) ?? []), when.getTime()]);
      });
      todo = records.filter(
        (r) =>
          !(times.get(keyOf(r['Lead ID'], r['Type'], r['Summary'])) ?? []).some(
            (at) => Math.abs(at - (r['Timestamp'] as Date).getTime()) < 120000,
          ),
      );
    }
    acts.append(todo);
  });
}

/**
 * Settles what killed runs left: a send claimed by a run that can no longer be at it becomes
 * uncertain (a Note on the lead, a line in the Run Log); a send whose Email activity is missing
 * gets it. Returns the ledger as it stands afterwards.
 */
export function settleLedger(crm: Crm, id: string, name: string): LedgerState {
  const before = readLedger(id);
  const cutoff = Date.now() - IN_FLIGHT_MS;
  const dead = (e: Entry) => e.at < cutoff;
  const lost = before.journal.sending.filter(dead);
  const unlogged = before.journal.sent.filter(dead);
  if (lost.length === 0 && unlogged.length === 0) return before;
  const note = (e: Entry) => t(crm.lang, 'campaign.uncertainNote', { name: userText(name), summary: userText(e.sm) });
  appendActivities(
    crm,
    [...unlogged.map((e) => activity(e, 'Email', e.sm)), ...lost.map((e) => activity(e, 'Note', note(e)))],
    true,
  );
  // Reported before the journal lets go of them: a run killed in between reports them again, never not at all.
  if (lost.length > 0) {
    const leads = lost.map((e) => e.l).join(', ');
    appendRunLogNow(
      crm.ss,
      crm.lang,
      crm.now,
      'runCampaigns',
      'partial',
      t(crm.lang, 'campaign.uncertain', { name: userText(name), count: lost.length, leads: userText(leads) }),
    );
  }
  const after = withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all = props.getProperties();
    const s = stateOf(all, id);
    const gone = new Set([...lost, ...unlogged].map((e) => `${e.r}\u0000${e.k}`));
    const keep = (e: Entry) => !gone.has(`${e.r}\u0000${e.k}`);
    const journal: Journal = { sending: s.journal.sending.filter(keep), sent: s.journal.sent.filter(keep) };
    for (const e of lost) s.uncertain.add(e.k);
    writeShards(props, all, uncertainPrefix(id), [...s.uncertain]);
    props.setProperty(journalName(id), JSON.stringify(journal));
    return { ...s, journal };
  });
  return after;
}

export interface BatchResult {
  sent: number;
  /** Keys not sent because the quota ran out (or another run has them in hand). */
  waiting: string[];
  errors: string[];
}

const QUOTA_ERROR = /too many times|quota/i;

/**
 * Sends a campaign's emails under its ledger and journal (see the top of this file): each
 * claimed before it is sent, confirmed after, its Email activity appended in batches.
 */
export function sendCampaignBatch(crm: Crm, id: string, name: string, items: Recipient[]): BatchResult {
  const out: BatchResult = { sent: 0, waiting: [], errors: [] };
  const run = runId();
  const mine = (k: string) => (e: Entry) => e.r === run && e.k === k;
  /** This run's last send that returned, not yet confirmed in the journal. */
  let confirm: Entry | null = null;
  /** This run's last claim whose send failed, not yet given back. */
  let release: Entry | null = null;
  /** Confirmed in the journal, their Email activity not yet appended. */
  let durable: Entry[] = [];
  /** Their Email activity appended, still to be taken out of the journal. */
  let logged: Entry[] = [];
  /** One lock: applies what this run knows (confirmed, released, logged), then maybe claims `next`. */
  const step = (next: Entry | null): 'claimed' | 'already' | 'noQuota' | 'done' =>
    withDocumentLock(crm.lang, () => {
      const props = documentProperties();
      const all = props.getProperties();
      const s = stateOf(all, id);
      const values: Record<string, string> = {};
      const j = s.journal;
      if (confirm) {
        const c = confirm;
        j.sending = j.sending.filter((e) => !mine(c.k)(e));
        j.sent.push(c);
        if (!s.sent.has(c.k)) addSent(all, id, c.k, values);
        s.sent.add(c.k);
      }
      if (release) {
        const r = release;
        j.sending = j.sending.filter((e) => !mine(r.k)(e));
      }
      for (const e of logged) j.sent = j.sent.filter((x) => !mine(e.k)(x));
      let outcome: 'claimed' | 'already' | 'noQuota' | 'done' = 'done';
      if (next) {
        if (handled(s, next.k)) outcome = 'already';
        else if (MailApp.getRemainingDailyQuota() < 1) outcome = 'noQuota';
        else {
          j.sending.push(next);
          outcome = 'claimed';
        }
      }
      values[journalName(id)] = JSON.stringify(j);
      props.setProperties(values);
      if (confirm) durable.push(confirm);
      confirm = null;
      release = null;
      logged = [];
      return outcome;
    });
  /** Appends the Email activities of confirmed sends (never of a send not yet confirmed). */
  const flush = () => {
    if (confirm || release) step(null);
    appendActivities(
      crm,
      durable.map((e) => activity(e, 'Email', e.sm)),
      false,
    );
    logged = durable;
    durable = [];
  };
  const team = readTeam(crm);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (bytes(JSON.stringify(durable)) > JOURNAL_BYTES) flush();
    const entry: Entry = { k: x.key, l: x.leadId, at: Date.now(), sm: `${name}: ${x.subject}`.slice(0, 300), r: run };
    const claim = step(entry);
    if (claim === 'already') continue;
    if (claim === 'noQuota') {
      out.waiting.push(...items.slice(i).map((y) => y.key));
      break;
    }
    try {
      MailApp.sendEmail({
        to: x.to,
        subject: headerText(x.subject),
        body: x.text,
        htmlBody: `<p>${escapeHtml(x.text).replace(/\n/g, '<br>')}</p>`,
        // From the lead's owner as the Team names them (Reply-To is theirs): a client is written
        // to by a person, not by "Lembar CRM". Without a name, Gmail shows the account's own.
        ...(displayName(team, x.owner) ? { name: displayName(team, x.owner) } : {}),
        ...(x.owner ? { replyTo: x.owner } : {}),
      });
      out.sent++;
      confirm = entry;
    } catch (e) {
      release = entry;
      const msg = e instanceof Error ? e.message : String(e);
      if (QUOTA_ERROR.test(msg)) {
        out.waiting.push(...items.slice(i).map((y) => y.key));
        break;
      }
      out.errors.push(`${x.to}: ${msg}`);
    }
  }
  flush();
  if (logged.length > 0) step(null);
  return out;
}

/** The last campaign number given (document property): numbers are never reused. */
const LAST_CAMPAIGN = 'lembar.lastCampaignNumber';
const ID_RE = /^CMP-(\d+)$/;
const formatCampaignId = (n: number) => `CMP-${String(n).padStart(4, '0')}`;

/**
 * Gives every named campaign without a Campaign ID its own, the caller holding the document lock.
 * A campaign of an earlier version kept its ledger under its name: that ledger is copied under the
 * new ID before the ID is written, so nobody gets the campaign again after the upgrade; the old
 * one is removed after. Returns how many campaigns got an ID.
 */
export function giveCampaignIds(table: Table<CampaignHeader>, offset: number): number {
  if (table.rowCount === 0) return 0;
  const ids = table.column('Campaign ID').map((v) => cellText(v, offset).trim());
  const names = table.column('Campaign').map((v) => cellText(v, offset).trim());
  const missing = names.map((n, i) => (n !== '' && ids[i] === '' ? i : -1)).filter((i) => i >= 0);
  if (missing.length === 0) return 0;
  const props = documentProperties();
  const all = props.getProperties();
  let n = Number(all[LAST_CAMPAIGN] ?? 0) || 0;
  for (const id of ids) {
    const m = ID_RE.exec(id);
    if (m && Number(m[1]) > n) n = Number(m[1]);
  }
  const legacy = new Set<string>();
  const given: { index: number; id: string }[] = [];
  for (const i of missing) {
    const id = formatCampaignId(++n);
    const old = scopePrefix(`campaign-${names[i]}`);
    const keys = shardsOf(all, old).flatMap((s) => s.keys);
    if (keys.length > 0) {
      // Addresses are compared as mail compares them now (Gmail dots and +tags).
      writeShards(props, all, scopePrefix(sentScope(id)), [
        ...new Set(keys.map((k) => (k.includes('@') ? mailboxKey(k) : k))),
      ]);
      legacy.add(old);
    }
    given.push({ index: i, id });
  }
  // Taken before they are written: a run that dies here never hands a number out twice.
  props.setProperty(LAST_CAMPAIGN, String(n));
  for (const g of given) table.update(g.index, { 'Campaign ID': g.id });
  for (const old of legacy) for (const s of shardsOf(all, old)) props.deleteProperty(s.name);
  return given.length;
}

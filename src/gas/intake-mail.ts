// The owner of a lead from the form is told at once, by email (SPEC §4): a new inbound lead cannot
// wait for tomorrow's digest. Every email goes through the mail ledger (claimed before it is
// sent), and the response's Owner Told cell records it, so a retried trigger, a killed run or the
// daily sweep never sends it twice; when the quota is spent the rest wait for the next run.
import { INTAKE } from '../core/intake';
import { intakeEmail, type IntakeNews } from '../core/intake-email';
import { normalizeEmail } from '../core/email';
import { displayName, type Team } from '../core/team';
import { LEAD_COLUMNS, TAB, type LeadRecord } from '../core/schema';
import { Table } from './table';
import { cellText, withDocumentLock, type Crm } from './services';
import { claimedKeys, scopePrefix, shardsOf, writeShards } from './ledger';
import { sendUnderLedger, type Outgoing } from './mail';
import { readTeam } from './team';
import { answersOf, openResponses, sentAt, writeMarks, type ResponsesTab } from './intake-tab';
import { digest } from '../core/intake';
import { documentProperties } from './execution';

const SCOPE = 'intake';
const TOLD: readonly string[] = [INTAKE.newLead, INTAKE.newDeal, INTAKE.joined];

/**
 * The ledger key of a response: its lead, when it was sent and a digest of its answers (rows may
 * be sorted, these stay; two responses for one deal in the same second still differ).
 */
const keyOf = (tab: ResponsesTab, row: readonly unknown[], crm: Crm) =>
  `${cellText(row[tab.col['Lead ID']], crm.offset).trim()}@${(sentAt(row) ?? new Date(0)).getTime()}#${digest(
    Object.values(answersOf(tab, row, crm.offset)).join('\u0001'),
  )}`;

const waitsForTelling = (tab: ResponsesTab, row: readonly unknown[], crm: Crm) =>
  TOLD.includes(cellText(row[tab.col['Intake']], crm.offset).trim()) &&
  cellText(row[tab.col['Owner Told']], crm.offset).trim() === '' &&
  cellText(row[tab.col['Lead ID']], crm.offset).trim() !== '';

/** What the intake run read under the lock (Leads with the rows it appended, the Team): not read twice. */
export interface Seen {
  leads: LeadRecord[];
  leadsSheetId: number;
  team: Team;
}

/** Emails the owners of the tab's responses not told yet (those of this run and any that waited for quota). */
export function tellOwners(
  crm: Crm,
  tab: ResponsesTab,
  seen: Seen | null,
): { told: number; waiting: number; errors: string[] } {
  const rows = tab.rows.filter((r) => waitsForTelling(tab, r, crm));
  if (rows.length === 0) return { told: 0, waiting: 0, errors: [] };
  const read = seen ?? readLeadsAndTeam(crm);
  const text = (v: unknown) => cellText(v, crm.offset).trim();
  const at = new Map<string, { rec: LeadRecord; row: number }>();
  read.leads.forEach((rec, i) => at.set(text(rec['Lead ID']), { rec, row: i + 2 }));
  const team = read.team;
  const base = `${crm.ss.getUrl()}#gid=${read.leadsSheetId}&range=A`;
  const items: Outgoing[] = [];
  for (const row of rows) {
    const owner = normalizeEmail(row[tab.col['Owner']]);
    const lead = at.get(text(row[tab.col['Lead ID']]));
    if (!owner.ok || !lead) continue;
    const state = text(row[tab.col['Intake']]);
    const news: IntakeNews = {
      kind: state === INTAKE.joined ? 'joined' : state === INTAKE.newDeal ? 'newDeal' : 'new',
      leadId: text(lead.rec['Lead ID']),
      name: text(lead.rec['Name']),
      company: text(lead.rec['Company']),
      phone: text(lead.rec['Phone']),
      email: text(lead.rec['Email']),
      // A joined deal's needs are the deal's; what the client asked this time is the response's.
      needs: state === INTAKE.joined ? answersOf(tab, row, crm.offset).needs : text(lead.rec['Needs']),
      source: text(lead.rec['Source']),
      due: text(lead.rec['Next Follow-up']),
      link: `${base}${lead.row}`,
    };
    const lang = team.get(owner.email)?.language || crm.lang;
    items.push({
      key: keyOf(tab, row, crm),
      email: intakeEmail(lang, owner.email, displayName(team, owner.email), news),
    });
  }
  const sent = sendUnderLedger(crm, SCOPE, items);
  const claimed = claimedKeys(SCOPE);
  const told = new Set(items.map((x) => x.key).filter((k) => claimed.has(k)));
  if (told.size > 0) markTold(crm, tab, told);
  return { told: sent.sent, waiting: sent.waiting.length, errors: sent.errors };
}

function readLeadsAndTeam(crm: Crm): Seen {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  return {
    leads: leads.allRows().map((r) => leads.toRecord(r)),
    leadsSheetId: leads.sheet.getSheetId(),
    team: readTeam(crm),
  };
}

/**
 * Records Owner Told on the rows told (read again under the lock: another run may have written
 * the tab since), then drops their keys from the ledger: the cell now says it, and the ledger
 * would otherwise grow with every lead.
 */
function markTold(crm: Crm, tab: ResponsesTab, told: Set<string>): void {
  withDocumentLock(crm.lang, () => {
    const fresh = openResponses(tab.sheet);
    if (!fresh) return;
    const marks = new Map<number, { 'Owner Told': Date }>();
    fresh.rows.forEach((r, i) => {
      if (waitsForTelling(fresh, r, crm) && told.has(keyOf(fresh, r, crm))) marks.set(i, { 'Owner Told': crm.now });
    });
    writeMarks(fresh, marks);
    const props = documentProperties();
    const all = props.getProperties();
    const keys = shardsOf(all, scopePrefix(SCOPE)).flatMap((s) => s.keys);
    writeShards(
      props,
      all,
      scopePrefix(SCOPE),
      keys.filter((k) => !told.has(k)),
    );
  });
}

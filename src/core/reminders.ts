// Follow-up reminders (SPEC §4): which leads each owner must act on today, from plain rows.
// A lead is listed once, in the first section that applies, so a digest never repeats itself;
// a past client is re-contacted once, not through each of its deals, and not while it has an open one.
import type { Settings } from './settings';
import type { LeadHeader, LeadRecord } from './schema';
import { CLOSED_STATUSES, recontactAfter } from './activity';
import { addDays, addHours, cellDate, cellText, toYmd } from './dates';
import { normalizeEmail } from './email';
import { normalizePhone } from './phone';

export const SECTIONS = [
  'slaBreached',
  'maxFollowUps',
  'pastExpectedClose',
  'followUpDue',
  'noNextStep',
  'recontact',
  'stale',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface ReminderLead {
  row: number;
  leadId: string;
  name: string;
  company: string;
  needs: string;
  phoneE164: string;
  status: string;
  /**
   * The date this line is about (YYYY-MM-DD): the SLA deadline, follow-up, close or re-contact
   * date; '' for an open deal with no next follow-up planned (noNextStep).
   */
  due: string;
  followUps: number;
}

export interface OwnerDigest {
  owner: string;
  sections: Record<Section, ReminderLead[]>;
}

export interface ReminderPlan {
  today: string;
  owners: OwnerDigest[];
  /** Owner cells that are not e-mail addresses (legacy first names): reported, not mailed. */
  invalidOwners: { owner: string; leads: number }[];
  unowned: ReminderLead[];
  listed: number;
  /** New leads past the first-contact SLA, whoever owns them. */
  slaBreached: number;
}

const emptySections = (): Record<Section, ReminderLead[]> => ({
  slaBreached: [],
  maxFollowUps: [],
  pastExpectedClose: [],
  followUpDue: [],
  noNextStep: [],
  recontact: [],
  stale: [],
});

export function planReminders(rows: LeadRecord[], settings: Settings, now: Date, offset: number): ReminderPlan {
  const today = toYmd(now, offset);
  const byOwner = new Map<string, Record<Section, ReminderLead[]>>();
  const invalid = new Map<string, number>();
  const unowned: ReminderLead[] = [];
  let listed = 0;
  let slaBreached = 0;
  const firstStatus = settings.statuses[0];
  const recontactOf = recontactRows(rows, offset);
  rows.forEach((r, i) => {
    const status = cellText(r['Status']);
    const id = cellText(r['Lead ID']);
    if (id === '' && cellText(r['Name']) === '') return;
    const ymd = (h: LeadHeader) => {
      const d = cellDate(r[h], offset);
      return d ? toYmd(d, offset) : '';
    };
    const created = cellDate(r['Created At'], offset);
    const contacted = cellDate(r['Last Contact'], offset) !== null;
    const followUps = Number(r['Follow-ups']) || 0;
    const nextFollowUp = ymd('Next Follow-up');
    const open = status !== '' && !CLOSED_STATUSES.has(status);
    let section: Section | null = null;
    let due = '';
    if (
      open &&
      status === firstStatus &&
      !contacted &&
      created &&
      addHours(created, settings.firstContactSlaHours) < now
    ) {
      section = 'slaBreached';
      due = toYmd(addHours(created, settings.firstContactSlaHours), offset);
    } else if (open && followUps >= settings.maxFollowUps) {
      section = 'maxFollowUps';
      due = nextFollowUp;
    } else if (open && ymd('Expected Close') !== '' && ymd('Expected Close') < today) {
      section = 'pastExpectedClose';
      due = ymd('Expected Close');
    } else if (open && nextFollowUp !== '' && nextFollowUp <= today) {
      section = 'followUpDue';
      due = nextFollowUp;
    } else if (status === 'Past Client' && recontactOf(i)) {
      const completed = cellDate(r['Completed On'], offset);
      const recontact = nextFollowUp || (completed ? toYmd(recontactAfter(completed, settings, offset), offset) : '');
      if (recontact !== '' && recontact <= today) {
        section = 'recontact';
        due = recontact;
      }
    }
    // A deal that has sat in its stage longer than Settings allows (and is listed for nothing else).
    const changed = cellDate(r['Status Changed At'], offset);
    const staleAfter = settings.staleDays[status] ?? 0;
    if (!section && open && staleAfter > 0 && changed && addDays(changed, staleAfter) < now) {
      section = 'stale';
      due = toYmd(addDays(changed, staleAfter), offset);
    }
    // An open deal with no next step (an import or a paste that brought none, a date cleared by
    // hand) would otherwise sit in nobody's list. Left to others: a new lead not yet contacted that
    // has its Created At (the SLA's clock runs for it), and a status the team parks deals in (its
    // Stale after days is 0: never chased).
    if (!section && open && nextFollowUp === '' && staleAfter > 0 && (status !== firstStatus || contacted || !created))
      section = 'noNextStep';
    if (!section) return;
    const phone = normalizePhone(r['Phone']);
    const lead: ReminderLead = {
      row: i + 2,
      leadId: id,
      name: String(r['Name'] ?? ''),
      company: String(r['Company'] ?? ''),
      needs: String(r['Needs'] ?? ''),
      phoneE164: phone.ok ? phone.e164 : '',
      status,
      due,
      followUps,
    };
    listed++;
    if (section === 'slaBreached') slaBreached++;
    const ownerCell = cellText(r['Owner']);
    if (ownerCell === '') {
      unowned.push(lead);
      return;
    }
    const email = normalizeEmail(ownerCell);
    if (!email.ok) {
      invalid.set(ownerCell, (invalid.get(ownerCell) ?? 0) + 1);
      return;
    }
    if (!byOwner.has(email.email)) byOwner.set(email.email, emptySections());
    byOwner.get(email.email)![section].push(lead);
  });
  const byDue = (a: ReminderLead, b: ReminderLead) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.row - b.row);
  const owners = [...byOwner.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([owner, sections]) => {
      for (const s of SECTIONS) sections[s].sort(byDue);
      return { owner, sections };
    });
  return {
    today,
    owners,
    invalidOwners: [...invalid.entries()].map(([owner, leads]) => ({ owner, leads })).sort((a, b) => b.leads - a.leads),
    unowned,
    listed,
    slaBreached,
  };
}

/**
 * Which Past Client rows stand for their client's re-contact (SPEC §4): one per client, and none
 * while the client has an open deal. It is the deal last touched, by its completion or a contact
 * logged on it: a call logged on an older project of the client plans the client's next
 * re-contact (its Next Follow-up), so the newer project's earlier date no longer lists the client
 * as due. A row without a Client ID is a client of its own.
 */
function recontactRows(rows: readonly LeadRecord[], offset: number): (index: number) => boolean {
  const clientOf = (r: LeadRecord) => cellText(r['Client ID']);
  const open = new Set<string>();
  const latest = new Map<string, { index: number; at: number }>();
  rows.forEach((r, i) => {
    const c = clientOf(r);
    if (c === '') return;
    const status = cellText(r['Status']);
    if (status !== '' && !CLOSED_STATUSES.has(status)) open.add(c);
    if (status !== 'Past Client') return;
    const time = (h: 'Completed On' | 'Last Contact') => cellDate(r[h], offset)?.getTime() ?? 0;
    const at =
      Math.max(time('Completed On'), time('Last Contact')) || (cellDate(r['Created At'], offset)?.getTime() ?? 0);
    const best = latest.get(c);
    if (!best || at >= best.at) latest.set(c, { index: i, at });
  });
  return (i) => {
    const c = clientOf(rows[i]);
    return c === '' || (!open.has(c) && latest.get(c)?.index === i);
  };
}

export function countOf(d: OwnerDigest): number {
  return SECTIONS.reduce((n, s) => n + d.sections[s].length, 0);
}

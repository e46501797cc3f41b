// The scorecard per sales person: what the sales SOP measures each week or month, from
// plain rows. Every figure is computed here once, for the Summary tab, getCrmSummary and the
// weekly report.
import type { Settings } from './settings';
import type { Team } from './team';
import { CLOSED_STATUSES } from './activity';
import { isContactType, type ActivityRecord, type LeadRecord } from './schema';
import { addDays, cellDate, cellText, toYmd } from './dates';
import { phoneKeys } from './phone';
import { slaOutcome } from './sla';
import { emailKeys } from './email';

export interface Scorecard {
  owner: string;
  name: string;
  /** Average over the last 4 full weeks and this one so far (5 weeks counted as 4 + part). */
  newLeadsPerWeek: number;
  /** Null when none of the person's leads has had its first contact judged yet (no data, not 0%). */
  firstContactWithinSlaRate: number | null;
  /** Null when none of the person's leads has a first contact on record. */
  medianHoursToFirstContact: number | null;
  leadsOverMaxFollowUps: number;
  /** Null before the person has any deal won or lost. */
  winRate: number | null;
  /** Null before the person has won a deal with a value (never a Rp 0 that reads as a result). */
  averageDealValue: number | null;
  openValue: number;
  weightedValue: number;
  /** Won clients (Won or Past Client) who came back with a new lead. */
  repeatClients: number;
  /** Null before the person has won a client. */
  retentionRate: number | null;
  activitiesPerWeek: number;
  /** This month's figures against the Team tab's monthly targets (null: no target). */
  targets: {
    newLeads: { target: number | null; actual: number };
    won: { target: number | null; actual: number };
    value: { target: number | null; actual: number };
  };
}

const round = (n: number, d = 4) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : 0);
/** A rate over nothing is no figure at all: shown as '–', never as 0%. */
const rateOf = (a: number, b: number): number | null => (b > 0 ? round(a / b) : null);
const text = cellText;
const median = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return round(s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, 1);
};
const WEEKS = 4;

export function scorecards(
  leads: LeadRecord[],
  activities: ActivityRecord[],
  settings: Settings,
  team: Team,
  now: Date,
  offset: number,
): Scorecard[] {
  const since = addDays(now, -7 * WEEKS);
  // Instants compared as numbers (a Date compared with `<` converts through Symbol.toPrimitive).
  const sinceMs = since.getTime();
  const month = toYmd(now, offset).slice(0, 7);
  const firstContact = new Map<string, Date>();
  const actsBy = new Map<string, number>();
  for (const a of activities) {
    const type = text(a['Type']);
    const at = cellDate(a['Timestamp'], offset);
    if (!at || !isContactType(type)) continue;
    const id = text(a['Lead ID']);
    const prev = firstContact.get(id);
    if (!prev || at.getTime() < prev.getTime()) firstContact.set(id, at);
    if (at.getTime() >= sinceMs) {
      const by = text(a['By']).toLowerCase();
      actsBy.set(by, (actsBy.get(by) ?? 0) + 1);
    }
  }
  // Who came back: a won client's Client ID (a row without one: its phone or email) on a lead
  // created after it.
  const created = leads.map((r) => cellDate(r['Created At'], offset));
  const keysOf = (r: LeadRecord) => {
    const client = text(r['Client ID']);
    if (client !== '') return [`c${client}`];
    return [...phoneKeys(r['Phone']).map((k) => `p${k}`), ...emailKeys(r['Email']).map((k) => `e${k}`)];
  };
  const latest = new Map<string, number>();
  leads.forEach((r, i) => {
    const t = created[i]?.getTime() ?? 0;
    // Read as `latest.get(k) ?? 0`: a key is kept only when it is later than that.
    for (const k of keysOf(r)) if (t > (latest.get(k) ?? 0)) latest.set(k, t);
  });

  type Acc = {
    leads4w: number;
    sla: number;
    slaBase: number;
    hours: number[];
    overMax: number;
    won: number;
    lost: number;
    wonValue: number;
    wonValueN: number;
    open: number;
    weighted: number;
    /** Clients (a Client ID, else the lead) this owner won, and those of them who came back. */
    wonClients: Set<string>;
    repeat: Set<string>;
    monthLeads: number;
    monthWon: number;
    monthValue: number;
  };
  const acc = new Map<string, Acc>();
  const get = (o: string) =>
    acc.get(o) ??
    acc
      .set(o, {
        leads4w: 0,
        sla: 0,
        slaBase: 0,
        hours: [],
        overMax: 0,
        won: 0,
        lost: 0,
        wonValue: 0,
        wonValueN: 0,
        open: 0,
        weighted: 0,
        wonClients: new Set(),
        repeat: new Set(),
        monthLeads: 0,
        monthWon: 0,
        monthValue: 0,
      })
      .get(o)!;
  leads.forEach((r, i) => {
    const owner = text(r['Owner']).toLowerCase();
    if (!owner.includes('@')) return;
    const a = get(owner);
    const status = text(r['Status']);
    const c = created[i];
    const deal = typeof r['Deal Value'] === 'number' ? (r['Deal Value'] as number) : null;
    const contract = typeof r['Contract Value'] === 'number' ? (r['Contract Value'] as number) : null;
    if (c && c.getTime() >= sinceMs) a.leads4w++;
    if (c && toYmd(c, offset).slice(0, 7) === month) a.monthLeads++;
    if (c) {
      const first = firstContact.get(text(r['Lead ID'])) ?? cellDate(r['Last Contact'], offset);
      const outcome = slaOutcome(
        c,
        first,
        status,
        cellDate(r['Status Changed At'], offset),
        settings.statuses[0],
        settings.firstContactSlaHours,
        now,
      );
      if (outcome === 'within' || outcome === 'breached') a.slaBase++;
      if (outcome === 'within') a.sla++;
      if (first && first.getTime() >= c.getTime()) a.hours.push((first.getTime() - c.getTime()) / 3600000);
    }
    const open = status !== '' && !CLOSED_STATUSES.has(status);
    if (open && (Number(r['Follow-ups']) || 0) >= settings.maxFollowUps) a.overMax++;
    if (open && deal !== null) {
      a.open += deal;
      a.weighted += deal * (settings.probabilities[status] ?? 0);
    }
    if (status === 'Lost') a.lost++;
    if (status === 'Won' || status === 'Past Client') {
      a.won++;
      const client = text(r['Client ID']) || `lead:${text(r['Lead ID'])}`;
      a.wonClients.add(client);
      const v = contract ?? deal;
      if (v !== null) {
        a.wonValue += v;
        a.wonValueN++;
      }
      const t = c?.getTime() ?? 0;
      if (keysOf(r).some((k) => (latest.get(k) ?? 0) > t)) a.repeat.add(client);
      const changed = cellDate(r['Status Changed At'], offset);
      if (status === 'Won' && changed && toYmd(changed, offset).slice(0, 7) === month) {
        a.monthWon++;
        a.monthValue += v ?? 0;
      }
    }
  });
  // Everyone who owns leads or logged contacts, and the Team's sales people who have neither yet;
  // a manager or a project admin with none of either is not a row of zeros.
  const sellers = [...team.entries()].filter(([, m]) => m.role === '' || m.role.toLowerCase() === 'sales');
  const logged = [...actsBy.keys()].filter((by) => team.has(by));
  const owners = [...new Set([...acc.keys(), ...logged, ...sellers.map(([email]) => email)])].sort();
  return owners.map((owner) => {
    const a = acc.get(owner) ?? get(owner);
    const m = team.get(owner);
    return {
      owner,
      name: m?.name ?? '',
      newLeadsPerWeek: round(a.leads4w / WEEKS, 2),
      firstContactWithinSlaRate: rateOf(a.sla, a.slaBase),
      medianHoursToFirstContact: a.hours.length > 0 ? median(a.hours) : null,
      leadsOverMaxFollowUps: a.overMax,
      winRate: rateOf(a.won, a.won + a.lost),
      averageDealValue: a.wonValueN > 0 ? round(a.wonValue / a.wonValueN, 2) : null,
      openValue: round(a.open, 2),
      weightedValue: round(a.weighted, 2),
      repeatClients: a.repeat.size,
      retentionRate: rateOf(a.repeat.size, a.wonClients.size),
      activitiesPerWeek: round((actsBy.get(owner) ?? 0) / WEEKS, 2),
      targets: {
        newLeads: { target: m?.targets.newLeads ?? null, actual: a.monthLeads },
        won: { target: m?.targets.won ?? null, actual: a.monthWon },
        value: { target: m?.targets.value ?? null, actual: round(a.monthValue, 2) },
      },
    };
  });
}

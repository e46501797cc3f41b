// The manager's figures (SPEC §5), from plain rows. Legacy values never produce NaN: what cannot
// be read is counted in `skipped` and left out.
import { slaOutcome } from './sla';
import type { Settings } from './settings';
import { CLOSED_STATUSES } from './activity';
import { isContactType, type ActivityRecord, type LeadRecord } from './schema';
import { addDays, cellDate, cellText, dayYmd, localDay, mondayOf, parseYmd, toYmd } from './dates';
import { parseMoney } from './money';
import { clientFigures, type ClientFigures } from './deals';

export interface CrmSummary {
  generatedAt: string;
  totals: { leads: number; open: number; won: number; lost: number; pastClients: number };
  byStatus: { status: string; count: number; value: number }[];
  bySource: {
    source: string;
    leads: number;
    won: number;
    conversionRate: number;
    expected: { min: number; max: number } | null;
    verdict: Verdict;
  }[];
  /** New leads this week (Monday on) and the whole of last week; the open pipeline's Deal Value. */
  thisWeek: { newLeads: number; lastWeekNewLeads: number; openValue: number };
  winRate: number;
  averageDealValue: number;
  weightedForecast: number;
  lostReasons: { reason: string; count: number }[];
  leadsPerWeek: { weekStart: string; count: number }[];
  firstContactSla: { withinSla: number; breached: number; pending: number; rate: number };
  byOwner: { owner: string; leads: number; won: number; value: number }[];
  funnel: { status: string; reached: number }[];
  firstContactDays: { owner: string; leads: number; medianDays: number }[];
  /** Repeat business, counted per client (Client ID). */
  clients: ClientFigures;
  skipped: { unknownStatus: number; badNumber: number; noCreatedAt: number; noContactDate: number };
}

const WEEKS = 12;
const round = (n: number, d = 4) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : 0);
const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : 0);

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return round(s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, 2);
}

/** Monday (local) of the week an instant falls in, as YYYY-MM-DD. */
export function weekStart(d: Date, offset: number): string {
  // Day numbers, not Dates and strings: it runs once per lead for the weekly counts.
  return dayYmd(mondayOf(localDay(d.getTime(), offset)));
}

/** SPEC §5's verdicts (`too few` as written there), and `no benchmark` for a source without an expected range. */
export type Verdict = 'below' | 'within' | 'above' | 'too few' | 'no benchmark';

/** Fewer leads than this from a source say nothing about its conversion. */
export const MIN_LEADS_FOR_VERDICT = 10;

function verdictOf(
  rate: number,
  leads: number,
  expected: { min: number; max: number } | null,
): CrmSummary['bySource'][number]['verdict'] {
  if (!expected) return 'no benchmark';
  if (leads < MIN_LEADS_FOR_VERDICT) return 'too few';
  return rate < expected.min ? 'below' : rate > expected.max ? 'above' : 'within';
}

export function computeSummary(
  leads: LeadRecord[],
  activities: ActivityRecord[],
  settings: Settings,
  now: Date,
  offset: number,
): CrmSummary {
  const skipped = { unknownStatus: 0, badNumber: 0, noCreatedAt: 0, noContactDate: 0 };
  const text = cellText;
  const num = (v: unknown): number | null => {
    if (v === '' || v === null || v === undefined) return null;
    const n = typeof v === 'number' ? v : parseMoney(v);
    if (n === null || !Number.isFinite(n)) {
      skipped.badNumber++;
      return null;
    }
    return n;
  };
  const rows = leads.filter((r) => text(r['Lead ID']) !== '' || text(r['Name']) !== '');
  const known = new Set(settings.statuses);
  const isWon = (s: string) => s === 'Won' || s === 'Past Client';

  // First contact per lead from the activity log (the earliest contact activity).
  const firstContact = new Map<string, Date>();
  const reachedByActivity = new Map<string, Set<string>>();
  for (const a of activities) {
    const id = text(a['Lead ID']);
    if (id === '') continue;
    const type = text(a['Type']);
    const at = cellDate(a['Timestamp'], offset);
    if (isContactType(type) && at) {
      const prev = firstContact.get(id);
      // getTime, not `<` on Dates: a Date compared converts through Symbol.toPrimitive, per activity.
      if (!prev || at.getTime() < prev.getTime()) firstContact.set(id, at);
    }
    if (type === 'Status Change') {
      // Both sides: a lead that left Negotiation for Won had reached Negotiation (imported there,
      // or set by a paste whose own change is not in the log).
      const [from, to] = text(a['Summary'])
        .split('→')
        .map((x) => x?.trim());
      const got = reachedByActivity.get(id) ?? reachedByActivity.set(id, new Set()).get(id)!;
      if (to) got.add(to);
      if (from && from !== '–') got.add(from);
    }
  }

  const totals = { leads: rows.length, open: 0, won: 0, lost: 0, pastClients: 0 };
  const byStatus = new Map(settings.statuses.map((s) => [s, { status: s, count: 0, value: 0 }]));
  const bySource = new Map<string, { source: string; leads: number; won: number }>();
  const sourceName = new Map(settings.sources.map((s) => [s.toLowerCase(), s]));
  const lostReasons = new Map<string, number>();
  const byOwner = new Map<string, { owner: string; leads: number; won: number; value: number }>();
  const weeks = new Map<string, number>();
  const thisWeek = parseYmd(weekStart(now, offset), offset)!;
  for (let w = WEEKS - 1; w >= 0; w--) weeks.set(toYmd(addDays(thisWeek, -7 * w), offset), 0);
  const sla = { withinSla: 0, breached: 0, pending: 0 };
  const reached = new Map(settings.statuses.map((s) => [s, 0]));
  const funnelStatuses = [...reached.keys()];
  const funnelCounts = funnelStatuses.map(() => 0);
  const firstStatus = settings.statuses[0];
  const contactDays = new Map<string, number[]>();
  let wonEver = 0;
  let wonValueSum = 0;
  let wonValueCount = 0;
  let forecast = 0;
  let openValue = 0;

  for (const r of rows) {
    const status = text(r['Status']);
    const deal = num(r['Deal Value']);
    const contract = num(r['Contract Value']);
    if (!known.has(status)) skipped.unknownStatus++;
    else {
      const s = byStatus.get(status)!;
      s.count++;
      s.value += deal ?? 0;
      if (!CLOSED_STATUSES.has(status)) {
        totals.open++;
        forecast += (deal ?? 0) * (settings.probabilities[status] ?? 0);
        openValue += deal ?? 0;
      }
    }
    if (status === 'Won') totals.won++;
    if (status === 'Lost') totals.lost++;
    if (status === 'Past Client') totals.pastClients++;
    if (isWon(status)) {
      wonEver++;
      const v = contract ?? deal;
      if (v !== null) {
        wonValueSum += v;
        wonValueCount++;
      }
    }
    if (status === 'Lost') {
      const reason = text(r['Lost Reason']) || '—';
      lostReasons.set(reason, (lostReasons.get(reason) ?? 0) + 1);
    }
    const rawSource = text(r['Source']) || '—';
    const source = sourceName.get(rawSource.toLowerCase()) ?? rawSource;
    const src = bySource.get(source) ?? bySource.set(source, { source, leads: 0, won: 0 }).get(source)!;
    src.leads++;
    if (isWon(status)) src.won++;
    const owner = text(r['Owner']) || '—';
    const o = byOwner.get(owner) ?? byOwner.set(owner, { owner, leads: 0, won: 0, value: 0 }).get(owner)!;
    o.leads++;
    if (isWon(status)) o.won++;
    o.value += deal ?? 0;

    const created = cellDate(r['Created At'], offset);
    if (!created) skipped.noCreatedAt++;
    else {
      const wk = weekStart(created, offset);
      if (weeks.has(wk)) weeks.set(wk, weeks.get(wk)! + 1);
      const id = text(r['Lead ID']);
      const first = firstContact.get(id) ?? cellDate(r['Last Contact'], offset);
      const outcome = slaOutcome(
        created,
        first,
        status,
        cellDate(r['Status Changed At'], offset),
        settings.statuses[0],
        settings.firstContactSlaHours,
        now,
      );
      if (outcome === 'within') sla.withinSla++;
      else if (outcome === 'breached') sla.breached++;
      else if (outcome === 'pending') sla.pending++;
      else skipped.noContactDate++;
      if (first) {
        const days = (first.getTime() - created.getTime()) / 86400000;
        if (days >= 0) (contactDays.get(owner) ?? contactDays.set(owner, []).get(owner)!).push(days);
      }
    }

    // Statuses this lead reached: its current one, those its Status Change activities record,
    // the first (every lead starts there) and Won for a Past Client.
    // Counted per status, not through a Set made per lead.
    const got = reachedByActivity.get(text(r['Lead ID']));
    for (let k = 0; k < funnelStatuses.length; k++) {
      const s = funnelStatuses[k];
      if (s === status || s === firstStatus || (s === 'Won' && status === 'Past Client') || got?.has(s))
        funnelCounts[k]++;
    }
  }
  funnelStatuses.forEach((s, k) => reached.set(s, funnelCounts[k]));

  return {
    generatedAt: now.toISOString(),
    totals,
    byStatus: [...byStatus.values()].map((s) => ({ ...s, value: round(s.value, 2) })),
    bySource: [...bySource.values()]
      .sort((a, b) => b.leads - a.leads || (a.source < b.source ? -1 : 1))
      .map((s) => {
        const conversionRate = ratio(s.won, s.leads);
        const expected = settings.expectedConversion[s.source] ?? null;
        return { ...s, conversionRate, expected, verdict: verdictOf(conversionRate, s.leads, expected) };
      }),
    thisWeek: {
      newLeads: weeks.get(toYmd(thisWeek, offset)) ?? 0,
      lastWeekNewLeads: weeks.get(toYmd(addDays(thisWeek, -7), offset)) ?? 0,
      openValue: round(openValue, 2),
    },
    winRate: ratio(wonEver, wonEver + totals.lost),
    averageDealValue: wonValueCount > 0 ? round(wonValueSum / wonValueCount, 2) : 0,
    weightedForecast: round(forecast, 2),
    lostReasons: [...lostReasons.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    leadsPerWeek: [...weeks.entries()].map(([weekStart, count]) => ({ weekStart, count })),
    firstContactSla: { ...sla, rate: ratio(sla.withinSla, sla.withinSla + sla.breached) },
    byOwner: [...byOwner.values()]
      .sort((a, b) => b.leads - a.leads || (a.owner < b.owner ? -1 : 1))
      .map((o) => ({ ...o, value: round(o.value, 2) })),
    funnel: settings.statuses.map((s) => ({ status: s, reached: reached.get(s)! })),
    firstContactDays: [...contactDays.entries()]
      .map(([owner, xs]) => ({ owner, leads: xs.length, medianDays: median(xs) }))
      .sort((a, b) => (a.owner < b.owner ? -1 : 1)),
    clients: clientFigures(rows),
    skipped,
  };
}

/** Google's limit on cells in one spreadsheet. */
export const CELL_LIMIT = 10_000_000;

export interface Capacity {
  cells: number;
  limit: number;
  share: number;
  /** Cells added per week over the last 12 weeks (new leads and activities, at their widths). */
  perWeek: number;
  /** The month the limit would be reached at that rate (YYYY-MM), or null when over 10 years away. */
  fullBy: string | null;
  /** SPEC §5: months until the limit at that rate (one decimal), or null when over 10 years away. */
  monthsToLimit: number | null;
}

export function capacityOf(
  cells: number,
  leadsLast12Weeks: number,
  leadWidth: number,
  activitiesLast12Weeks: number,
  activityWidth: number,
  now: Date,
  offset: number,
): Capacity {
  const perWeek = (leadsLast12Weeks * leadWidth + activitiesLast12Weeks * activityWidth) / 12;
  const weeks = perWeek > 0 ? Math.max(0, CELL_LIMIT - cells) / perWeek : Number.POSITIVE_INFINITY;
  const fullBy = weeks < 52 * 10 ? toYmd(addDays(now, Math.ceil(weeks * 7)), offset).slice(0, 7) : null;
  const monthsToLimit = weeks < 52 * 10 ? Math.round(((weeks * 7) / (365.25 / 12)) * 10) / 10 : null;
  return {
    cells,
    limit: CELL_LIMIT,
    share: ratio(cells, CELL_LIMIT),
    perWeek: Math.round(perWeek),
    fullBy,
    monthsToLimit,
  };
}

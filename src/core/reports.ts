// The manager's reports: yesterday's activity per sales person for the daily digest
// (the supervisor's daily report of the SOP), the weekly report with the scorecard and what
// changed since last week, and the big-deal alert. Plain data in, emails out; every value from
// the sheet is escaped in the HTML.
import { labelRef, t, type Lang, type MessageKey } from './i18n';
import { formatDay } from './format';
import { escapeHtml } from './html';
import { addDays, cellDate, cellText, localDay, mondayOf, parseYmd, toYmd } from './dates';
import { formatDecimal, formatMoney } from './money';
import type { Email } from './digest';
import type { Scorecard } from './scorecard';
import type { ActivityRecord, LeadRecord } from './schema';
import { weekStart } from './summary';

export interface DayActivity {
  by: string;
  calls: number;
  meetings: number;
  quotations: number;
  statusChanges: number;
  other: number;
}

const text = cellText;

/** What each person logged on one day (YYYY-MM-DD, local). */
export function activityOn(activities: ActivityRecord[], ymd: string, offset: number): DayActivity[] {
  const by = new Map<string, DayActivity>();
  // The day as a number, compared per activity (not a string made per activity).
  const start = parseYmd(ymd, offset);
  if (!start || toYmd(start, offset) !== ymd) return [];
  const day = localDay(start.getTime(), offset);
  for (const a of activities) {
    const at = cellDate(a['Timestamp'], offset);
    if (!at || localDay(at.getTime(), offset) !== day) continue;
    const who = text(a['By']).toLowerCase() || '—';
    const d =
      by.get(who) ??
      by.set(who, { by: who, calls: 0, meetings: 0, quotations: 0, statusChanges: 0, other: 0 }).get(who)!;
    const type = text(a['Type']);
    if (type === 'Follow-up Call') d.calls++;
    else if (type === 'Meeting' || type === 'Site Survey') d.meetings++;
    else if (type === 'Quotation Sent' || type === 'Revised Quotation') d.quotations++;
    else if (type === 'Status Change') d.statusChanges++;
    else d.other++;
  }
  return [...by.values()].sort((a, b) => (a.by < b.by ? -1 : 1));
}

export interface WeekChange {
  owner: string;
  newLeads: [number, number];
  won: [number, number];
  activities: [number, number];
}

/** Last week against the week before, per owner: new leads, deals won, activities logged. */
export function weekChanges(
  leads: LeadRecord[],
  activities: ActivityRecord[],
  now: Date,
  offset: number,
): { lastWeek: string; changes: WeekChange[] } {
  const thisWeek = parseYmd(weekStart(now, offset), offset)!;
  const last = toYmd(addDays(thisWeek, -7), offset);
  // Day numbers of the two Mondays: a row's week is found by comparing numbers, once per row.
  const lastMonday = mondayOf(localDay(thisWeek.getTime(), offset)) - 7;
  const slot = (d: Date | null): 0 | 1 | null => {
    if (!d) return null;
    const w = mondayOf(localDay(d.getTime(), offset));
    return w === lastMonday ? 1 : w === lastMonday - 7 ? 0 : null;
  };
  const by = new Map<string, WeekChange>();
  const get = (o: string) =>
    by.get(o) ?? by.set(o, { owner: o, newLeads: [0, 0], won: [0, 0], activities: [0, 0] }).get(o)!;
  for (const r of leads) {
    const owner = text(r['Owner']).toLowerCase();
    if (!owner.includes('@')) continue;
    const c = slot(cellDate(r['Created At'], offset));
    if (c !== null) get(owner).newLeads[c]++;
    const w = text(r['Status']) === 'Won' ? slot(cellDate(r['Status Changed At'], offset)) : null;
    if (w !== null) get(owner).won[w]++;
  }
  for (const a of activities) {
    const who = text(a['By']).toLowerCase();
    const s = slot(cellDate(a['Timestamp'], offset));
    if (s !== null && who.includes('@')) get(who).activities[s]++;
  }
  return { lastWeek: last, changes: [...by.values()].sort((a, b) => (a.owner < b.owner ? -1 : 1)) };
}

const table = (head: string[], rows: string[][]) =>
  `<table style="border-collapse:collapse;font-size:13px"><tr>${head.map((h) => `<th style="border:1px solid #dadce0;padding:4px;text-align:left">${escapeHtml(h)}</th>`).join('')}</tr>${rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td style="border:1px solid #dadce0;padding:4px">${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('')}</table>`;
/** A rate, or '–' where there is nothing yet to rate (scorecard.ts: null). */
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">${body}</body></html>`;

/** The weekly report to one manager: the scorecard, and last week against the week before. */
export function weeklyReportEmail(
  lang: Lang,
  to: string,
  cards: Scorecard[],
  week: { lastWeek: string; changes: WeekChange[] },
  currency: string,
  nameOf: (email: string) => string = (e) => e,
): Email {
  const m = (k: string, p = {}) => t(lang, k as MessageKey, p);
  const weekOf = formatDay(week.lastWeek, lang, 'long');
  const subject = m('report.weeklySubject', { date: weekOf });
  const head = [
    m('summary.col.owner'),
    m('summary.col.newPerWeek'),
    m('summary.col.slaRate'),
    m('summary.col.winRate'),
    m('summary.col.avgDeal'),
    m('summary.col.openValue'),
    m('summary.col.retention'),
    m('summary.col.actsPerWeek'),
  ];
  const rows = cards.map((c) => [
    c.name || c.owner,
    formatDecimal(c.newLeadsPerWeek, lang),
    pct(c.firstContactWithinSlaRate),
    pct(c.winRate),
    c.averageDealValue === null ? '–' : formatMoney(c.averageDealValue, currency),
    formatMoney(c.openValue, currency),
    pct(c.retentionRate),
    formatDecimal(c.activitiesPerWeek, lang),
  ]);
  const arrow = ([a, b]: [number, number]) => `${b} (${b > a ? '+' : ''}${b - a})`;
  const changeHead = [m('summary.col.owner'), m('report.newLeads'), m('report.won'), m('report.activities')];
  const changeRows = week.changes.map((c) => [nameOf(c.owner), arrow(c.newLeads), arrow(c.won), arrow(c.activities)]);
  const text = [
    m('report.weeklyIntro', { date: weekOf }),
    '',
    m('summary.scorecard'),
    // The plain text's tables with their header lines, so each figure says what it is.
    head.join(' · '),
    ...rows.map((r) => r.join(' · ')),
    '',
    m('report.changes'),
    changeHead.join(' · '),
    ...changeRows.map((r) => r.join(' · ')),
    '',
    m('digest.footer'),
  ];
  const html = `<p>${escapeHtml(m('report.weeklyIntro', { date: weekOf }))}</p><h3>${escapeHtml(m('summary.scorecard'))}</h3>${table(head, rows)}<h3>${escapeHtml(m('report.changes'))}</h3>${table(changeHead, changeRows)}`;
  return { to, subject, text: text.join('\n'), html: page(subject, html) };
}

export interface BigDeal {
  leadId: string;
  name: string;
  company: string;
  owner: string;
  value: number;
  status: string;
}

/** Leads whose Deal Value has reached the threshold (0: never). */
export function bigDeals(leads: LeadRecord[], threshold: number): BigDeal[] {
  if (!(threshold > 0)) return [];
  return leads
    .filter(
      (r) =>
        typeof r['Deal Value'] === 'number' &&
        (r['Deal Value'] as number) >= threshold &&
        text(r['Lead ID']) !== '' &&
        text(r['Status']) !== 'Lost',
    )
    .map((r) => ({
      leadId: text(r['Lead ID']),
      name: text(r['Name']),
      company: text(r['Company']),
      owner: text(r['Owner']),
      value: r['Deal Value'] as number,
      status: text(r['Status']),
    }));
}

export function bigDealLine(
  lang: Lang,
  d: BigDeal,
  currency: string,
  nameOf: (email: string) => string = (e) => e,
): string {
  return t(lang, 'report.bigDealLine', {
    leadId: d.leadId,
    name: d.name,
    company: d.company || '—',
    value: formatMoney(d.value, currency),
    owner: d.owner ? nameOf(d.owner) : '—',
    status: labelRef('status', d.status),
  });
}

export function bigDealEmail(
  lang: Lang,
  to: string,
  deals: BigDeal[],
  currency: string,
  nameOf: (email: string) => string = (e) => e,
): Email {
  const subject = t(lang, 'report.bigDealSubject', { count: deals.length });
  const lines = deals.map((d) => bigDealLine(lang, d, currency, nameOf));
  return {
    to,
    subject,
    text: lines.join('\n'),
    html: page(subject, `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`),
  };
}

export function yesterdayLines(
  lang: Lang,
  acts: DayActivity[],
  nameOf: (email: string) => string = (e) => e,
): string[] {
  return acts.map((a) =>
    t(lang, 'report.yesterdayLine', {
      by: nameOf(a.by),
      calls: a.calls,
      meetings: a.meetings,
      quotations: a.quotations,
      statusChanges: a.statusChanges,
    }),
  );
}

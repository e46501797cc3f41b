// The deals of one client (SPEC §3 and §4): which rows are the same deal entered twice and which
// are the client's other deals, the client's contact facts, its lifetime value.
import { CLOSED_STATUSES } from './activity';
import { cellDate, cellText } from './dates';
import { isBlank } from './fields';
import { parseMoney } from './money';
import { LEAD_COLUMNS, type LeadRecord } from './schema';
import { planMerge } from './merge';
import { commonClientId } from './client';

const LEAD_HEADERS = LEAD_COLUMNS.map((c) => c.header);

/** A status that is still in the pipeline (not Won, Lost or Past Client; not empty). */
export const isOpenStatus = (status: string): boolean => status !== '' && !CLOSED_STATUSES.has(status);

/** A money cell as a number (a number, or a typed amount); null when empty or not an amount. */
export function moneyOf(v: unknown): number | null {
  if (isBlank(v)) return null;
  return parseMoney(v);
}

/** What the deal rules read of a row. */
export interface DealFacts {
  status: string;
  createdAt: Date | null;
  /** When it left the pipeline (Won, Lost, Past Client); null while open or when unknown. */
  closedAt: Date | null;
  dealValue: number | null;
}

export function dealFacts(rec: LeadRecord, offset: number): DealFacts {
  const status = cellText(rec['Status']);
  const changed = cellDate(rec['Status Changed At'], offset);
  // A Past Client was won before it became one: the completion date, when earlier, is closer.
  const completed = status === 'Past Client' ? cellDate(rec['Completed On'], offset) : null;
  const closedAt = isOpenStatus(status)
    ? null
    : changed && completed
      ? new Date(Math.min(changed.getTime(), completed.getTime()))
      : (changed ?? completed);
  return { status, createdAt: cellDate(rec['Created At'], offset), closedAt, dealValue: moneyOf(rec['Deal Value']) };
}

/**
 * Whether two rows of one client are the same deal entered twice: the later was created while the
 * earlier was still open, and they are not two deals with values of their own. An open deal with
 * a value is never the same deal as a closed one (a merge must never take it out of the pipeline).
 * Without the dates to tell, only two open rows are taken for one deal.
 */
export function sameDeal(a: DealFacts, b: DealFacts): boolean {
  if (a.dealValue !== null && b.dealValue !== null && a.dealValue !== b.dealValue) return false;
  const openA = isOpenStatus(a.status);
  const openB = isOpenStatus(b.status);
  if (openA !== openB && ((openA && a.dealValue !== null) || (openB && b.dealValue !== null))) return false;
  if (!a.createdAt || !b.createdAt) return openA && openB;
  const [first, later] = a.createdAt.getTime() <= b.createdAt.getTime() ? [a, b] : [b, a];
  // Closed before the later one began: the later one is the client's next deal.
  if (!isOpenStatus(first.status)) {
    if (!first.closedAt) return false;
    if (first.closedAt.getTime() <= later.createdAt!.getTime()) return false;
  }
  return true;
}

/**
 * The deals among one client's rows: each a list of row indexes that are one deal (every pair in
 * it passes sameDeal), in the order the deals began. A row joins the first deal it fits wholly.
 */
export function splitDeals(rows: readonly DealFacts[]): number[][] {
  const order = rows
    .map((_, i) => i)
    .sort((x, y) => (rows[x].createdAt?.getTime() ?? 0) - (rows[y].createdAt?.getTime() ?? 0) || x - y);
  const deals: number[][] = [];
  for (const i of order) {
    const deal = deals.find((d) => d.every((j) => sameDeal(rows[i], rows[j])));
    if (deal) deal.push(i);
    else deals.push([i]);
  }
  return deals.map((d) => d.sort((x, y) => x - y));
}

/** A deal's worth to the client's lifetime value: Won and Past Client only, Contract Value else Deal Value. */
export function wonValue(rec: LeadRecord): number {
  const status = cellText(rec['Status']);
  if (status !== 'Won' && status !== 'Past Client') return 0;
  return moneyOf(rec['Contract Value']) ?? moneyOf(rec['Deal Value']) ?? 0;
}

/** The client's contact facts (section 3): one set over all its rows. */
export interface ContactFacts {
  name: string;
  company: string;
  phone: string;
  email: string;
  consent: string;
}

/** The contact facts the client card and the audit's link show. */
export const FACT_HEADERS = ['Name', 'Company', 'Phone', 'Email'] as const;

/**
 * One set of facts from a client's rows: each fact from the newest row that has it (`first`, when
 * given, before all others: the row a reviewer chose), and Consent `Opted out` when any row says
 * so (an opt-out is never outvoted), else the newest row's.
 */
export function contactFacts(
  rows: readonly LeadRecord[],
  text: (v: unknown) => string,
  offset: number,
  first = -1,
): ContactFacts {
  const order = rows
    .map((_, i) => i)
    .sort(
      (x, y) =>
        Number(y === first) - Number(x === first) ||
        (cellDate(rows[y]['Created At'], offset)?.getTime() ?? 0) -
          (cellDate(rows[x]['Created At'], offset)?.getTime() ?? 0) ||
        y - x,
    );
  const pick = (h: (typeof FACT_HEADERS)[number] | 'Consent') =>
    order.map((i) => text(rows[i][h]).trim()).find((v) => v !== '') ?? '';
  const optedOut = rows.some((r) => text(r['Consent']).trim() === 'Opted out');
  return {
    name: pick('Name'),
    company: pick('Company'),
    phone: pick('Phone'),
    email: pick('Email'),
    consent: optedOut ? 'Opted out' : pick('Consent'),
  };
}

/** What the audit proposes for rows of one client (indexes into the client's rows). */
export interface ClientAction {
  action: 'merge' | 'link';
  members: number[];
  /** merge: the row the others are merged into; link: the row whose contact facts come first. */
  primary: number;
}

/**
 * The audit's proposals for one client's rows (SPEC §4): a merge for each deal entered more than
 * once (into its most advanced row), and a link of the client's deals (one row each) when their
 * Client IDs or contact facts are not yet one. Nothing when the rows are already one client.
 */
export function clientActions(
  rows: readonly LeadRecord[],
  primaryOf: (rows: LeadRecord[]) => number,
  text: (v: unknown) => string,
  offset: number,
): ClientAction[] {
  const deals = splitDeals(rows.map((r) => dealFacts(r, offset)));
  const out: ClientAction[] = [];
  const heads: number[] = [];
  // Each deal's row as its merge will leave it (its empty cells filled from the others).
  const merged = new Map<number, LeadRecord>();
  for (const deal of deals) {
    const head = deal[primaryOf(deal.map((i) => rows[i]))];
    heads.push(head);
    if (deal.length === 1) continue;
    out.push({ action: 'merge', members: deal, primary: head });
    const others = deal.filter((i) => i !== head).map((i) => rows[i]);
    merged.set(head, { ...rows[head], ...planMerge(rows[head], others, LEAD_HEADERS).filled });
  }
  if (heads.length > 1) {
    const members = heads.sort((a, b) => a - b);
    const records = members.map((i) => merged.get(i) ?? rows[i]);
    const link = linkChanges(records, newestRow(records, offset), text, offset);
    // Rows that share no Client ID yet need the link even when their facts already agree (two
    // deals typed alike): it gives them one.
    if (link.clientId === '' || link.changes.some((c) => Object.keys(c).length > 0))
      out.push({ action: 'link', members, primary: members[newestRow(records, offset)] });
  }
  return out;
}

/** The most recently created of these rows (the last one when the dates do not tell). */
export function newestRow(rows: readonly LeadRecord[], offset: number): number {
  let best = 0;
  rows.forEach((r, i) => {
    const t = cellDate(r['Created At'], offset)?.getTime() ?? 0;
    if (t >= (cellDate(rows[best]['Created At'], offset)?.getTime() ?? 0)) best = i;
  });
  return best;
}

/** What a link writes on each row: one Client ID and the client's contact facts. */
export interface LinkPlan {
  /** '' when none of the rows has one yet (the link takes a new one). */
  clientId: string;
  facts: ContactFacts;
  /** Per row, the cells that change (header → value); empty when the row is already linked. */
  changes: LeadRecord[];
}

/** One Client ID (the one most rows have) and one set of contact facts (`primary`'s first). */
export function linkChanges(
  rows: readonly LeadRecord[],
  primary: number,
  text: (v: unknown) => string,
  offset: number,
): LinkPlan {
  const clientId = commonClientId(rows.map((r) => text(r['Client ID']).trim()));
  const facts = contactFacts(rows, text, offset, primary);
  const wanted: Record<string, string> = {
    ...(clientId ? { 'Client ID': clientId } : {}),
    Name: facts.name,
    Company: facts.company,
    Phone: facts.phone,
    Email: facts.email,
    Consent: facts.consent,
  };
  const changes = rows.map((r) => {
    const c: Record<string, unknown> = {};
    for (const [h, v] of Object.entries(wanted))
      if (v !== '' && text((r as Record<string, unknown>)[h]).trim() !== v) c[h] = v;
    return c as LeadRecord;
  });
  return { clientId, facts, changes };
}

/** SPEC §5's `clients`: repeat business counted per client (a row without a Client ID is a client of its own). */
export interface ClientFigures {
  total: number;
  /** Clients with at least one open deal. */
  withOpenDeal: number;
  /** Clients with two or more won deals (Won or Past Client). */
  repeat: number;
  /** Repeat clients among the clients who bought at least once. */
  repeatRate: number;
  /** The average lifetime value of a client who bought (won deals: Contract Value, else Deal Value). */
  lifetimeValue: number;
}

export function clientFigures(rows: readonly LeadRecord[]): ClientFigures {
  const clients = new Map<string, { open: boolean; won: number; value: number }>();
  for (const r of rows) {
    const id = cellText(r['Client ID']) || `lead:${cellText(r['Lead ID'])}`;
    const c = clients.get(id) ?? clients.set(id, { open: false, won: 0, value: 0 }).get(id)!;
    const status = cellText(r['Status']);
    if (isOpenStatus(status)) c.open = true;
    if (status === 'Won' || status === 'Past Client') {
      c.won++;
      c.value += wonValue(r);
    }
  }
  const all = [...clients.values()];
  const buyers = all.filter((c) => c.won > 0);
  const repeat = buyers.filter((c) => c.won >= 2).length;
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  return {
    total: all.length,
    withOpenDeal: all.filter((c) => c.open).length,
    repeat,
    repeatRate: buyers.length > 0 ? round(repeat / buyers.length, 4) : 0,
    lifetimeValue: buyers.length > 0 ? round(buyers.reduce((n, c) => n + c.value, 0) / buyers.length, 2) : 0,
  };
}

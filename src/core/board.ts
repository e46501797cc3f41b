// The pipeline board: every open deal by stage, in Settings' order, with each
// column's count, total Deal Value and weighted value (the stage's probability), and Won and
// Lost as drop zones at the end. Plain rows in, plain data out.
import type { Settings } from './settings';
import type { LeadHeader, LeadRecord } from './schema';
import { CLOSED_STATUSES } from './activity';
import { addDays, cellDate, toYmd } from './dates';
import { searchRows } from './search';

/** The owner filter meaning everyone's deals (a salesperson sees their own unless they ask for this). */
export const EVERYONE = '*';

export interface BoardFilter {
  /** Lower-cased email: only this owner's deals. */
  owner?: string;
  source?: string;
  query?: string;
}

export interface BoardCard {
  leadId: string;
  name: string;
  company: string;
  value: number | null;
  expectedClose: string;
  nextFollowUp: string;
  overdue: boolean;
  /** An open deal whose Expected Close has passed (the digest's "past expected close"). */
  closePast: boolean;
  owner: string;
  ownerInitials: string;
  daysInStage: number;
  stale: boolean;
  source: string;
  status: string;
}

export interface BoardColumn {
  status: string;
  count: number;
  value: number;
  weighted: number;
  /** Won and Lost: a place to drop a deal, not a list of them. */
  dropOnly: boolean;
  cards: BoardCard[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();

/** `rina.wulandari@x.id` → `RW`; a Team name when one is given. */
export function initials(owner: string, name = ''): string {
  const words = (name || owner.split('@')[0]).split(/[\s._-]+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');
}

export function buildBoard(
  rows: LeadRecord[],
  settings: Settings,
  now: Date,
  offset: number,
  filter: BoardFilter = {},
  names: (email: string) => string = () => '',
): BoardColumn[] {
  const today = toYmd(now, offset);
  const open = settings.statuses.filter((s) => !CLOSED_STATUSES.has(s));
  const drops = ['Won', 'Lost'].filter((s) => settings.statuses.includes(s));
  const wanted = filter.query
    ? new Set(
        searchRows(
          rows.map((r) => ({
            leadId: text(r['Lead ID']),
            name: r['Name'],
            company: r['Company'],
            phone: r['Phone'],
            email: r['Email'],
            status: text(r['Status']),
            owner: text(r['Owner']),
          })),
          filter.query,
          { limit: Number.MAX_SAFE_INTEGER },
        ).map((h) => h.index),
      )
    : null;
  const columns = new Map<string, BoardColumn>(
    open.map((s) => [s, { status: s, count: 0, value: 0, weighted: 0, dropOnly: false, cards: [] }]),
  );
  rows.forEach((r, i) => {
    const status = text(r['Status']);
    const column = columns.get(status);
    const leadId = text(r['Lead ID']);
    if (!column || leadId === '') return;
    const owner = text(r['Owner']).toLowerCase();
    if (filter.owner && owner !== filter.owner) return;
    if (filter.source && text(r['Source']) !== filter.source) return;
    if (wanted && !wanted.has(i)) return;
    const ymd = (h: LeadHeader) => {
      const d = cellDate(r[h], offset);
      return d ? toYmd(d, offset) : '';
    };
    const value =
      typeof r['Deal Value'] === 'number' && Number.isFinite(r['Deal Value']) ? (r['Deal Value'] as number) : null;
    const changed = cellDate(r['Status Changed At'], offset) ?? cellDate(r['Created At'], offset);
    const daysInStage = changed ? Math.max(0, Math.floor((now.getTime() - changed.getTime()) / 86400000)) : 0;
    const staleAfter = settings.staleDays[status] ?? 0;
    const nextFollowUp = ymd('Next Follow-up');
    column.cards.push({
      leadId,
      name: text(r['Name']),
      company: text(r['Company']),
      value,
      expectedClose: ymd('Expected Close'),
      nextFollowUp,
      overdue: nextFollowUp !== '' && nextFollowUp < today,
      closePast: !CLOSED_STATUSES.has(status) && ymd('Expected Close') !== '' && ymd('Expected Close') < today,
      owner,
      ownerInitials: initials(owner, names(owner)),
      daysInStage,
      stale: staleAfter > 0 && !!changed && addDays(changed, staleAfter) < now,
      source: text(r['Source']),
      status,
    });
    column.count++;
    if (value !== null) {
      column.value += value;
      column.weighted += value * (settings.probabilities[status] ?? 0);
    }
  });
  // Cards by Next Follow-up (soonest first; none last), then name.
  for (const c of columns.values()) {
    c.cards.sort(
      (a, b) => (a.nextFollowUp || '9999').localeCompare(b.nextFollowUp || '9999') || a.name.localeCompare(b.name),
    );
    c.weighted = Math.round(c.weighted);
  }
  return [
    ...columns.values(),
    ...drops.map((s) => ({ status: s, count: 0, value: 0, weighted: 0, dropOnly: true, cards: [] })),
  ];
}

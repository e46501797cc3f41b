// The Team and Templates tabs, read once per execution and kept in the document cache (a missing
// tab reads as empty: a CRM set up before these tabs existed keeps working until setupCrm adds them).
import {
  TAB,
  TEAM_COLUMNS,
  TEMPLATE_COLUMNS,
  type ColumnDef,
  type RecordOf,
  type TeamHeader,
  type TemplateHeader,
} from '../core/schema';
import { parseTeam, type Team } from '../core/team';
import { parseTemplates, type Template } from '../core/templates';
import { Table } from './table';
import { cellText, readCached, writeCached, TEAM_CACHE_PROPERTY, TEMPLATES_CACHE_PROPERTY, type Crm } from './services';
import { cacheRemove, sheetNamed } from './execution';

function rowsOf<H extends string>(crm: Crm, tab: string, columns: readonly ColumnDef<H>[]): RecordOf<H>[] {
  if (!sheetNamed(crm.ss, tab)) return [];
  const table = Table.open(crm.ss, tab, columns, crm.lang);
  return table.allRows().map((r) => table.toRecord(r));
}

let team: Team | null = null;

/**
 * The team, once per execution, and from a cached copy of the tab's rows while the tab is
 * unchanged (services.ts: forgotten when Team is edited or set up, or after SETTINGS_TTL_MS).
 */
export function readTeam(crm: Crm): Team {
  if (team) return team;
  const cached = readCached<{ at: number; rows: RecordOf<TeamHeader>[] }>(TEAM_CACHE_PROPERTY, crm.now);
  let rows = cached && Array.isArray(cached.rows) ? cached.rows : null;
  if (!rows) {
    // As text where a cell holds a date, so the copy reads back as the tab did.
    rows = textDates(crm, rowsOf(crm, TAB.team, TEAM_COLUMNS));
    writeCached(TEAM_CACHE_PROPERTY, { at: crm.now.getTime(), rows });
  }
  team = parseTeam(rows);
  return team;
}

/**
 * The add-on itself wrote Team (an import's new people, their undo, owners mapped to new people):
 * the copies of this execution and of the cache are stale, as after a person's edit of the tab.
 */
export function forgetTeam(): void {
  team = null;
  cacheRemove([TEAM_CACHE_PROPERTY]);
}

/** A tab's records with dates as text, so a cached copy reads back as the tab did. */
function textDates<H extends string>(crm: Crm, rows: RecordOf<H>[]): RecordOf<H>[] {
  return rows.map(
    (r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, v instanceof Date ? cellText(v, crm.offset) : v]),
      ) as RecordOf<H>,
  );
}

let templates: Template[] | null = null;

/**
 * The templates, once per execution, and from a cached copy of the tab's rows while the tab is
 * unchanged, as the Team (forgotten when Templates is edited, when setupCrm writes it, or after
 * SETTINGS_TTL_MS; a copy over the cache's size limit is not kept, and the tab is read).
 */
export function readTemplates(crm: Crm): Template[] {
  if (templates) return templates;
  const cached = readCached<{ at: number; rows: RecordOf<TemplateHeader>[] }>(TEMPLATES_CACHE_PROPERTY, crm.now);
  let rows = cached && Array.isArray(cached.rows) ? cached.rows : null;
  if (!rows) {
    rows = textDates(crm, rowsOf(crm, TAB.templates, TEMPLATE_COLUMNS));
    writeCached(TEMPLATES_CACHE_PROPERTY, { at: crm.now.getTime(), rows });
  }
  templates = parseTemplates(rows);
  return templates;
}

/** setupCrm writes Templates: the copies of this execution and of the cache are stale. */
export function forgetTemplates(): void {
  templates = null;
  cacheRemove([TEMPLATES_CACHE_PROPERTY]);
}

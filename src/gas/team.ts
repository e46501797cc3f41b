// The Team and Templates tabs, read once per execution (a missing tab reads as empty: a CRM set
// up before these tabs existed keeps working until setupCrm adds them).
import { TAB, TEAM_COLUMNS, TEMPLATE_COLUMNS, type ColumnDef, type RecordOf } from '../core/schema';
import { parseTeam, type Team } from '../core/team';
import { parseTemplates, type Template } from '../core/templates';
import { Table } from './table';
import type { Crm } from './services';

function rowsOf<H extends string>(crm: Crm, tab: string, columns: readonly ColumnDef<H>[]): RecordOf<H>[] {
  if (!crm.ss.getSheetByName(tab)) return [];
  const table = Table.open(crm.ss, tab, columns, crm.lang);
  return table.allRows().map((r) => table.toRecord(r));
}

export function readTeam(crm: Crm): Team {
  return parseTeam(rowsOf(crm, TAB.team, TEAM_COLUMNS));
}

export function readTemplates(crm: Crm): Template[] {
  return parseTemplates(rowsOf(crm, TAB.templates, TEMPLATE_COLUMNS));
}

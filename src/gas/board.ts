// The pipeline board (SPEC §3): showPipelineBoard opens it, getPipelineBoard reads
// every open deal by stage in one block (a constant number of service calls). A move on the
// board is a setLeadStatus call, with the rules of the Status column.
import { LEAD_COLUMNS, TAB } from '../core/schema';
import { buildBoard, EVERYONE, type BoardColumn } from '../core/board';
import { cleanText } from '../core/fields';
import { normalizeEmail } from '../core/email';
import { displayName, managersOf } from '../core/team';
import { t } from '../core/i18n';
import { Table } from './table';
import { openCrm, currentUser } from './services';
import { readTeam } from './team';

export function showPipelineBoard(): void {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile('Board').setWidth(1200).setHeight(720);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, 'board.title'));
}

/** The board: one column per open stage (Won and Lost as drop zones), for one owner or everyone. */
export interface PipelineBoard {
  columns: BoardColumn[];
  generatedAt: string;
  /** An owner's email, or EVERYONE. */
  owner: string;
  owners: string[];
  /** Team names by email, for the owners a person reads (an owner not in Team is shown by email). */
  ownerNames: Record<string, string>;
  sources: string[];
  currency: string;
}

/** Whose deals, from which source, matching what: the board's filter. */
export interface BoardFilter {
  owner?: string;
  source?: string;
  query?: string;
}

export function getPipelineBoard(arg?: BoardFilter): PipelineBoard {
  const crm = openCrm();
  const a = arg && typeof arg === 'object' ? arg : {};
  const me = currentUser().toLowerCase();
  const team = readTeam(crm);
  const manager = managersOf(team, crm.settings.managerEmails).includes(me);
  const asked = cleanText(typeof a.owner === 'string' ? a.owner : '');
  const email = normalizeEmail(asked);
  // By default a salesperson sees their own deals and a manager everyone's.
  const owner = asked === EVERYONE ? '' : email.ok ? email.email : manager ? '' : me;
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const columns = buildBoard(
    rows,
    crm.settings,
    crm.now,
    crm.offset,
    {
      owner: owner || undefined,
      source: cleanText(typeof a.source === 'string' ? a.source : '') || undefined,
      query: cleanText(typeof a.query === 'string' ? a.query : '').slice(0, 200) || undefined,
    },
    (e) => displayName(team, e),
  );
  const owners = [
    ...new Set(
      rows
        .map((r) =>
          String(r['Owner'] ?? '')
            .trim()
            .toLowerCase(),
        )
        .filter((o) => o.includes('@')),
    ),
  ].sort();
  return {
    columns,
    generatedAt: crm.now.toISOString(),
    owner: owner || EVERYONE,
    owners,
    ownerNames: Object.fromEntries(owners.map((o) => [o, displayName(team, o)]).filter(([, n]) => n !== '')),
    sources: crm.settings.sources,
    currency: crm.settings.currency,
  };
}

// The merge dialog's server side (issue 29 item 8): before a merge, what each ticked group's rows
// become (the fields the primary gets, the rows archived or linked, the values kept in a note),
// decided by the same code as the merge itself (merge-groups.ts); the dialog then confirms with
// the preview's signature (mergeDuplicates refuses when the ticked groups changed since) and
// offers Undo on each result at once (undoMerge with its merge ID).
import { CATALOG, label, t, type Lang } from '../core/i18n';
import { LABELLED } from '../core/change-text';
import { LEAD_COLUMNS, TAB, type LeadRecord } from '../core/schema';
import { linkChanges } from '../core/deals';
import { formatDay, formatPhone } from '../core/format';
import { isDate, toYmd } from '../core/dates';
import { isBlank } from '../core/fields';
import { Table } from './table';
import { cellText, openCrm, withDocumentLock, type Crm } from './services';
import { decideGroups, readTickedGroups, tickedSignature } from './merge-groups';
import { readJournal } from './merge-log';

export function showMergeDialog(): void {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile('Merge').setWidth(760).setHeight(620);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, 'mergeDialog.title'));
}

/** One field that changes on a row: its label in the user's language, the value before and after. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
  /** The row the value comes from (a merge's fill). */
  from?: string;
}

export interface MergePreviewRow {
  leadId: string;
  name: string;
  company: string;
  /** The Status by its label. */
  status: string;
  becomes: 'primary' | 'archived' | 'linked';
  changes: FieldChange[];
}

export interface MergePreviewGroup {
  group: string;
  action: 'merge' | 'link' | 'skip';
  primary: string;
  /** Why the group will be skipped ('' when it will be carried out). */
  skipped: string;
  /** A link's shared Client ID, '' when a new one will be given. */
  clientId: string;
  rows: MergePreviewRow[];
  /** A merge's values that differ from the primary's: kept in a note on it, never dropped. */
  kept: { leadId: string; field: string; value: string }[];
}

export interface MergePreview {
  lang: Lang;
  messages: Record<string, string>;
  /** What mergeDuplicates is given back, to refuse groups that changed since this preview. */
  signature: string;
  groups: MergePreviewGroup[];
}

const KEY_OF = new Map<string, string>(LEAD_COLUMNS.map((c) => [c.header, c.key]));

/** A column by its label in the user's language (a team's own column by its header). */
function fieldLabel(lang: Lang, header: string): string {
  const key = KEY_OF.get(header);
  const text = key ? (CATALOG[lang] as Record<string, string>)[`field.${key}`] : undefined;
  return text ?? header;
}

/** A cell as a person reads it: dates and phones the local way, data names by their labels. */
function shown(crm: Crm, header: string, v: unknown): string {
  if (isDate(v)) return formatDay(toYmd(v, crm.offset), crm.lang, 'medium');
  const text = cellText(v, crm.offset).trim();
  if (header === 'Phone') return formatPhone(text);
  const kind = LABELLED[header];
  return kind ? label(crm.lang, kind, text) : text;
}

export function getMergePreview(): MergePreview {
  const crm = openCrm();
  // Read under the lock: one consistent look at Duplicates and Leads (nothing is written).
  return withDocumentLock(crm.lang, () => {
    const journal = readJournal(crm);
    const { ticked } = readTickedGroups(crm, journal);
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
    const raw = ticked.length > 0 ? leads.allRows() : [];
    const byId = new Map<string, LeadRecord>();
    for (const r of raw) {
      const rec = leads.toRecord(r);
      byId.set(cellText(rec['Lead ID'], crm.offset).trim(), rec);
    }
    const row = (leadId: string, becomes: MergePreviewRow['becomes'], changes: FieldChange[] = []): MergePreviewRow => {
      const rec = byId.get(leadId) ?? {};
      return {
        leadId,
        name: cellText(rec['Name'], crm.offset),
        company: cellText(rec['Company'], crm.offset),
        status: shown(crm, 'Status', rec['Status']),
        becomes,
        changes,
      };
    };
    const groups = decideGroups(crm, journal, leads, raw, ticked).map((d): MergePreviewGroup => {
      const base = { group: d.name, primary: d.g.primary, skipped: '', clientId: '', kept: [] };
      if (d.kind === 'skip')
        return {
          ...base,
          action: 'skip',
          skipped: d.reason,
          rows: d.g.ids.map((id) => row(id, id === d.g.primary ? 'primary' : 'archived')),
        };
      if (d.kind === 'link') {
        const recs = d.g.ids.map((id) => byId.get(id) ?? {});
        const plan = linkChanges(recs, d.g.ids.indexOf(d.g.primary), (v) => cellText(v, crm.offset), crm.offset);
        return {
          ...base,
          action: 'link',
          clientId: plan.clientId,
          rows: d.g.ids.map((id, k) =>
            row(
              id,
              'linked',
              Object.entries(plan.changes[k] as Record<string, unknown>).map(([h, v]) => ({
                field: fieldLabel(crm.lang, h),
                before: shown(crm, h, (recs[k] as Record<string, unknown>)[h]),
                after: shown(crm, h, v),
              })),
            ),
          ),
        };
      }
      // Which row each filled value comes from: the first other that has it (planMerge's order).
      const source = (h: string, v: unknown) =>
        d.others[
          d.otherRecords.findIndex(
            (o) =>
              !isBlank((o as Record<string, unknown>)[h]) &&
              shown(crm, h, (o as Record<string, unknown>)[h]) === shown(crm, h, v),
          )
        ] ?? '';
      const fills = Object.entries(d.merge.filled as Record<string, unknown>).map(([h, v]) => ({
        field: fieldLabel(crm.lang, h),
        before: '',
        after: shown(crm, h, v),
        from: source(h, v),
      }));
      return {
        ...base,
        action: 'merge',
        rows: d.g.ids.map((id) => (id === d.g.primary ? row(id, 'primary', fills) : row(id, 'archived'))),
        kept: d.merge.conflicts.map((c) => ({
          leadId: c.leadId,
          field: fieldLabel(crm.lang, c.header),
          value: shown(crm, c.header, c.value),
        })),
      };
    });
    return { lang: crm.lang, messages: CATALOG[crm.lang], signature: tickedSignature(ticked), groups };
  });
}

// What the import dialog and `lembar import` show of a plan: bounded whatever the file holds,
// in the user's language (columns, statuses and dates by their label), with every guess the
// import made so each can be seen and changed.
import { CATALOG, t, userText, type Lang, type Message, type MessageKey } from '../core/i18n';
import { LEAD_COLUMNS, camelKey, type LeadHeader } from '../core/schema';
import { cut, type ImportPlan, type SourceTable } from '../core/import';
import { IMPORTABLE, suggestMapping } from '../core/import-map';
import type { DupAction } from '../core/import-dups';
import type { OwnerHow, Person } from '../core/people';
import { formatDay, formatPhone } from '../core/format';
import { formatMoney } from '../core/money';
import { cellText, isDate, message, type Crm } from './services';
import { toYmd } from '../core/dates';

/** The most problems and duplicates a report lists (it says how many there are in all). */
const REPORT_MAX = 1000;
/** The rows the preview shows, as they will be written. */
const PREVIEW_ROWS = 5;

/** One side of a duplicate: an existing lead (its ID) or an earlier row of the file. */
export interface DuplicateSide {
  leadId: string;
  row: number | null;
  name: string;
  company: string;
  status: string;
}

export interface ImportReport {
  ok: boolean;
  /** Why nothing can be imported yet: values to answer, values to fix, or the file or mapping itself. */
  waitingFor: 'answers' | 'fixes' | 'other' | null;
  dryRun: boolean;
  importId: string | null;
  imported: number;
  /** Rows of the file that hold anything. */
  rows: number;
  /** Rows not written: duplicates skipped, or whose values went into another (fill). */
  skipped: number;
  /** Existing leads whose empty fields the import fills. */
  filled: number;
  headers: string[];
  mapping: Record<string, string>;
  /** What the import guessed for each column before any answer. */
  suggested: Record<string, string>;
  statusMap: Record<string, string>;
  sourceMap: Record<string, string>;
  ownerMap: Record<string, string>;
  /** Every Status and Source value with its rows (the guesses shown beside the questions). */
  values: { kind: 'status' | 'source'; value: string; rows: number }[];
  /** Every written owner once: who it is now, and how that was found. */
  owners: { value: string; rows: number; email: string; name: string; how: OwnerHow | 'answer'; newMember: boolean }[];
  /** Duplicate actions by file row, as they are now (answers included). */
  duplicateActions: Record<string, DupAction>;
  teamColumns: string[];
  /** The first REPORT_MAX problems, those that stop the import first. */
  problems: { row: number; column: string; value: string; message: string; blocking: boolean }[];
  problemCount: number;
  questions: {
    kind: 'status' | 'source' | 'owner';
    value: string;
    rows: number;
    candidates: string[];
    message: string;
  }[];
  duplicates: {
    row: number;
    name: string;
    company: string;
    status: string;
    sameClient: boolean;
    matchedOn: string[];
    action: DupAction;
    others: DuplicateSide[];
    /** What the action does, in a sentence. */
    message: string;
  }[];
  duplicateCount: number;
  /** About the file as a whole (the encoding it was read in). */
  warnings: string[];
  /** What the dialog offers: the Leads headers, Settings' statuses and sources, the Team. */
  choices: { headers: string[]; statuses: string[]; sources: string[]; team: Person[] };
  /** Leads headers and statuses by their label in the user's language. */
  labels: Record<string, string>;
  /** A few rows as read. */
  sample: string[][];
  /** The first rows as they will be written (dates and phones as a person reads them). */
  preview: { headers: string[]; rows: string[][] };
  message: string;
}

/** A catalog entry when there is one ('' else). */
const known = (lang: Lang, key: string) =>
  Object.prototype.hasOwnProperty.call(CATALOG[lang], key) ? CATALOG[lang][key as MessageKey] : '';

export function labelsOf(
  lang: Lang,
  statuses: readonly string[],
  sources: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of LEAD_COLUMNS) out[c.header] = known(lang, `field.${camelKey(c.header)}`) || c.header;
  for (const s of statuses) out[`status:${s}`] = known(lang, `status.${s}`) || s;
  for (const s of sources) out[`source:${s}`] = known(lang, `source.${s}`) || s;
  return out;
}

/** A planned value as a person reads it: a date in words, a phone in its local form. */
function shownValue(lang: Lang, currency: string, header: LeadHeader, v: unknown): string {
  if ((header === 'Deal Value' || header === 'Contract Value') && typeof v === 'number')
    return formatMoney(v, currency);
  if (header === 'Status' && typeof v === 'string') return known(lang, `status.${v}`) || v;
  if (header === 'Source' && typeof v === 'string') return known(lang, `source.${v}`) || v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDay(v, lang, 'medium');
  if (header === 'Phone' && typeof v === 'string' && v.startsWith('+')) return formatPhone(v);
  return cut(String(v ?? ''), 80);
}

export function reportOf(
  crm: Crm,
  table: SourceTable,
  plan: ImportPlan,
  existing: Partial<Record<LeadHeader, unknown[]>>,
  team: readonly Person[],
  opts: { dryRun: boolean; warnings: string[] },
): ImportReport {
  const lang = crm.lang;
  const m = (msg: Message) => message(lang, msg);
  // A date a tab typed is shown as a person reads it, never as ISO.
  const text = (v: unknown) =>
    isDate(v) ? formatDay(toYmd(v, crm.offset), lang, 'medium') : cellText(v ?? '', crm.offset);
  // Those that stop the import first, so a long list never hides one.
  const problems = [...plan.problems.filter((p) => p.blocking), ...plan.problems.filter((p) => !p.blocking)].slice(
    0,
    REPORT_MAX,
  );
  const nameOf = (email: string) => team.find((p) => p.email === email)?.name ?? '';
  // Read only for the rows a duplicate names (a file's other rows are never turned to text here).
  const col = (row: number, target: LeadHeader) => {
    const from = Object.keys(plan.mapping).find((h) => plan.mapping[h] === target);
    if (from === undefined) return '';
    return text(table.rows[row - 2]?.[plan.sources[plan.headers.indexOf(from)]]);
  };
  const side = (row: number): DuplicateSide => ({
    leadId: '',
    row,
    name: col(row, 'Name'),
    company: col(row, 'Company'),
    status: col(row, 'Status'),
  });
  const lead = (i: number): DuplicateSide => ({
    leadId: text(existing['Lead ID']?.[i]),
    row: null,
    name: text(existing.Name?.[i]),
    company: text(existing.Company?.[i]),
    status: text(existing.Status?.[i]),
  });
  const shownHeaders = IMPORTABLE.filter((h) => Object.values(plan.mapping).includes(h));
  return {
    ok: false,
    waitingFor: null,
    dryRun: opts.dryRun,
    importId: null,
    imported: 0,
    rows: plan.leads.length + plan.skipped,
    skipped: plan.skipped,
    filled: plan.fills.length,
    headers: plan.headers,
    mapping: plan.mapping,
    suggested: suggestMapping(plan.headers),
    statusMap: plan.statusMap,
    sourceMap: plan.sourceMap,
    ownerMap: plan.ownerMap,
    values: plan.values,
    owners: plan.owners.map((o) => ({ ...o, name: nameOf(o.email) })),
    duplicateActions: Object.fromEntries(plan.duplicates.map((d) => [String(d.row), d.action])),
    teamColumns: plan.teamColumns,
    problems: problems.map((p) => ({
      row: p.row,
      column: p.column,
      value: p.value,
      message: m(p.message),
      blocking: p.blocking === true,
    })),
    problemCount: plan.problems.length,
    questions: plan.questions.map((q) => ({
      kind: q.kind,
      value: q.value,
      rows: q.rows,
      candidates: q.candidates ?? [],
      message: t(
        lang,
        q.kind === 'owner' && (q.candidates ?? []).length > 1
          ? 'import.question.ownerAmbiguous'
          : `import.question.${q.kind}`,
        {
          value: userText(q.value),
          rows: q.rows,
          names: userText((q.candidates ?? []).map((e) => nameOf(e) || e).join(', ')),
        },
      ),
    })),
    duplicates: plan.duplicates.slice(0, REPORT_MAX).map((d) => {
      const others = [...d.existing.map(lead), ...d.rows.map(side)];
      const me = side(d.row);
      const first = others[0];
      return {
        row: d.row,
        name: me.name,
        company: me.company,
        status: me.status,
        sameClient: d.sameClient,
        matchedOn: d.matchedOn,
        action: d.action,
        others,
        message: first.leadId
          ? t(lang, d.sameClient ? 'import.dup.same' : 'import.dup.shared', {
              row: d.row,
              other: first.leadId,
              name: userText(first.name || '—'),
            })
          : t(lang, d.sameClient ? 'import.dup.repeat' : 'import.dup.sharedRow', {
              row: d.row,
              other: first.row ?? 0,
              name: userText(first.name || '—'),
            }),
      };
    }),
    duplicateCount: plan.duplicates.length,
    warnings: opts.warnings,
    choices: { headers: IMPORTABLE, statuses: crm.settings.statuses, sources: crm.settings.sources, team: [...team] },
    labels: labelsOf(lang, crm.settings.statuses, crm.settings.sources),
    sample: table.rows.slice(0, 5).map((r) => plan.sources.map((i) => cut(text(r[i])))),
    preview: {
      headers: shownHeaders,
      rows: plan.leads
        .slice(0, PREVIEW_ROWS)
        .map((l) => shownHeaders.map((h) => shownValue(lang, crm.settings.currency, h, l.values[h]))),
    },
    message: '',
  };
}

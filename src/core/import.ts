// An import planned before anything is written: each source column mapped to a Leads header
// (or kept as the team's own column), Status and Source values mapped to Settings' lists, every
// value cleaned by the same normalisers as the sidebar, and a report of what needs attention.
// The plan is plain data; the gas layer writes it in one block, or not at all.
import { userText, type Message } from './i18n';
import type { Settings } from './settings';
import { cleanText } from './fields';
import { normalizePhone, stripPhoneLabels } from './phone';
import { normalizeEmail } from './email';
import { parseMoney } from './money';
import { dayOrderOf, parseTypedDate, type DayOrder } from './import-dates';
import { isImportable, suggestMapping, suggestValues } from './import-map';
import { contactIndex, indexedMatches, type ContactColumns } from './lead';
import type { LeadHeader } from './schema';

/** A source table: headers and rows as read (text from a CSV; typed values from a tab). */
export interface SourceTable {
  headers: string[];
  rows: unknown[][];
}

export interface ImportAnswers {
  /** Source header → Leads header ('' = keep as the team's own column). */
  mapping?: Record<string, string>;
  /** Source Status value → a Settings status. */
  statusMap?: Record<string, string>;
  /** Source Source value → a Settings source, or KEEP to store it as it is. */
  sourceMap?: Record<string, string>;
}

/** A Source value kept as the team wrote it (a legacy value the dropdown warns about). */
export const KEEP = '(keep)';
/** The team column that receives a cell's second and further phone numbers. */
export const OTHER_PHONES = 'Other Phones';

export interface ImportProblem {
  /** The source row: 2 is the first row under the header, as a spreadsheet numbers it. */
  row: number;
  column: string;
  value: string;
  message: Message;
}

export interface ImportQuestion {
  kind: 'status' | 'source';
  value: string;
  rows: number;
}

export interface ImportDuplicate {
  row: number;
  /** Existing leads (indexes into the contact columns given) or earlier rows of the file. */
  existing: number[];
  rows: number[];
  matchedOn: ('phone' | 'email')[];
}

export interface PlannedLead {
  row: number;
  /** Leads header → value: text, a number, or a `YYYY-MM-DD` date for date columns. */
  values: { [K in LeadHeader]?: string | number };
  /** The team's own columns (source header → value as read). */
  extra: Record<string, unknown>;
}

export interface ImportPlan {
  mapping: Record<string, string>;
  statusMap: Record<string, string>;
  sourceMap: Record<string, string>;
  /** Team columns the import adds to Leads (unmapped source columns, Other Phones). */
  teamColumns: string[];
  leads: PlannedLead[];
  problems: ImportProblem[];
  questions: ImportQuestion[];
  duplicates: ImportDuplicate[];
  /** Why nothing can be imported at all (no Name column, an empty file, a bad answer). */
  fatal: Message | null;
}

const DATE_COLUMNS: LeadHeader[] = ['Created At', 'Expected Close', 'Next Follow-up', 'Completed On'];
const MONEY_COLUMNS: LeadHeader[] = ['Deal Value', 'Contract Value'];
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
const shown = (v: unknown) => (isDate(v) ? v.toISOString() : String(v ?? ''));

/** The rows that hold anything (a sheet's trailing empty rows are not leads). */
const filled = (row: unknown[]) => row.some((v) => cleanText(v) !== '');

export function planImport(table: SourceTable, answers: ImportAnswers, settings: Settings, existing: ContactColumns, offsetMinutes: number): ImportPlan {
  const headers = table.headers.map((h) => cleanText(h));
  const rows = table.rows.map((r, i) => ({ row: i + 2, cells: r })).filter((r) => filled(r.cells));
  const mapping = { ...suggestMapping(headers) };
  for (const [h, target] of Object.entries(answers.mapping ?? {})) if (headers.includes(h)) mapping[h] = target ?? '';
  const plan: ImportPlan = { mapping, statusMap: {}, sourceMap: {}, teamColumns: [], leads: [], problems: [], questions: [], duplicates: [], fatal: null };

  // The mapping must be one a write can follow.
  const used = new Map<LeadHeader, string[]>();
  for (const h of headers) {
    const target = mapping[h];
    if (!target) continue;
    if (!isImportable(target)) return { ...plan, fatal: { key: 'import.badTarget', params: { column: userText(h), target: userText(target) } } };
    used.set(target, [...(used.get(target) ?? []), h]);
  }
  for (const [target, from] of used) if (from.length > 1) return { ...plan, fatal: { key: 'import.twice', params: { target, columns: userText(from.join(', ')) } } };
  if (rows.length === 0) return { ...plan, fatal: { key: 'import.empty' } };
  if (!used.has('Name')) return { ...plan, fatal: { key: 'import.noName' } };
  const col = (target: LeadHeader) => headers.indexOf([...used.get(target)!][0]);
  const at = (cells: unknown[], target: LeadHeader) => (used.has(target) ? cells[col(target)] : undefined);

  // Status and Source values: suggested, then the person's answers.
  const distinct = (target: LeadHeader) => (used.has(target) ? [...new Set(rows.map((r) => cleanText(at(r.cells, target))).filter((v) => v !== ''))] : []);
  plan.statusMap = { ...suggestValues('status', distinct('Status'), settings.statuses), ...pick(answers.statusMap, distinct('Status')) };
  plan.sourceMap = { ...suggestValues('source', distinct('Source'), settings.sources), ...pick(answers.sourceMap, distinct('Source')) };
  for (const [value, target] of Object.entries(plan.statusMap))
    if (target && !settings.statuses.includes(target)) return { ...plan, fatal: { key: 'import.badStatus', params: { value: userText(value), target: userText(target) } } };
  for (const [value, target] of Object.entries(plan.sourceMap))
    if (target && target !== KEEP && !settings.sources.includes(target)) return { ...plan, fatal: { key: 'import.badSource', params: { value: userText(value), target: userText(target) } } };
  const count = (target: LeadHeader, value: string) => rows.filter((r) => cleanText(at(r.cells, target)) === value).length;
  for (const [value, target] of Object.entries(plan.statusMap)) if (!target) plan.questions.push({ kind: 'status', value, rows: count('Status', value) });
  for (const [value, target] of Object.entries(plan.sourceMap)) if (!target) plan.questions.push({ kind: 'source', value, rows: count('Source', value) });

  // Day-month order per date column, from the values that can only be read one way.
  const orders = new Map<LeadHeader, { order: DayOrder; conflict: boolean }>();
  for (const target of DATE_COLUMNS) if (used.has(target)) orders.set(target, dayOrderOf(rows.map((r) => at(r.cells, target))));

  const kept = headers.filter((h) => h !== '' && !mapping[h]);
  const idHeader: LeadHeader = 'Lead ID';
  const extraName = (h: string) => (isImportable(h) || h === idHeader ? `${h} (imported)` : h);
  plan.teamColumns = kept.map(extraName);
  const problem = (row: number, column: string, value: unknown, message: Message) => plan.problems.push({ row, column, value: shown(value), message });

  for (const { row, cells } of rows) {
    const values: PlannedLead['values'] = {};
    const extra: Record<string, unknown> = {};
    for (const h of kept) extra[extraName(h)] = cells[headers.indexOf(h)] ?? '';
    for (const target of used.keys()) {
      const source = used.get(target)![0];
      const raw = cells[col(target)];
      const text = cleanText(isDate(raw) ? '' : raw);
      if (target === 'Phone') {
        const phone = phoneCell(raw);
        if (phone.problem) problem(row, source, raw, phone.problem);
        values.Phone = phone.phone;
        if (phone.others) {
          extra[OTHER_PHONES] = phone.others;
          if (!plan.teamColumns.includes(OTHER_PHONES)) plan.teamColumns.push(OTHER_PHONES);
        }
      } else if (target === 'Email' || target === 'Owner') {
        if (text === '') continue;
        const e = normalizeEmail(text);
        if (e.ok) values[target] = e.email;
        else {
          values[target] = text;
          problem(row, source, raw, { key: target === 'Email' ? 'import.emailInvalid' : 'import.ownerNotEmail' });
        }
      } else if (MONEY_COLUMNS.includes(target)) {
        if (text === '' && typeof raw !== 'number') continue;
        const negative = typeof raw === 'number' ? raw < 0 : /^\s*(-|\(.*\)\s*$)/.test(text);
        const n = negative ? null : parseMoney(typeof raw === 'number' ? raw : text);
        if (n === null) {
          values[target] = typeof raw === 'number' ? raw : text;
          problem(row, source, raw, { key: negative ? 'import.moneyNegative' : 'import.moneyInvalid' });
        } else values[target] = n;
      } else if (DATE_COLUMNS.includes(target)) {
        if (isDate(raw)) {
          values[target] = new Date(raw.getTime() + offsetMinutes * 60000).toISOString().slice(0, 10);
          continue;
        }
        if (text === '' && typeof raw !== 'number') continue;
        const { order, conflict } = orders.get(target)!;
        const d = parseTypedDate(typeof raw === 'number' ? raw : text, order);
        if (d.ok) {
          values[target] = d.ymd;
          const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]/.exec(text);
          if (conflict && m && Number(m[1]) <= 12 && Number(m[2]) <= 12) problem(row, source, raw, { key: 'import.dateAmbiguous', params: { date: d.ymd } });
        } else {
          values[target] = text;
          problem(row, source, raw, { key: d.reason === 'impossible' ? 'import.dateImpossible' : 'import.dateInvalid' });
        }
      } else if (target === 'Status') {
        values.Status = text === '' ? 'Lead' : plan.statusMap[text] || text;
      } else if (target === 'Source') {
        if (text === '') continue;
        const mapped = plan.sourceMap[text];
        values.Source = mapped && mapped !== KEEP ? mapped : text;
      } else if (text !== '') values[target] = text;
    }
    if (!values.Name) problem(row, used.get('Name')![0], '', { key: 'import.nameMissing' });
    values.Status ??= 'Lead';
    plan.leads.push({ row, values, extra });
  }
  plan.duplicates = findImportDuplicates(plan.leads, existing);
  return plan;
}

/** Only the answers about values the file holds. */
function pick(given: Record<string, string> | undefined, values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) if (given && Object.prototype.hasOwnProperty.call(given, v) && typeof given[v] === 'string') out[v] = given[v];
  return out;
}

/**
 * A phone cell: the first number in E.164, the others kept as written. A number the
 * spreadsheet already made numeric (or scientific, `6.28123E+12`) is flagged, never guessed.
 */
function phoneCell(raw: unknown): { phone: string; others?: string; problem?: Message } {
  if (typeof raw === 'number' || /^\s*\d+(?:[.,]\d+)?e\+?\d+\s*$/i.test(String(raw ?? ''))) {
    return { phone: String(raw), problem: { key: 'import.phoneAsNumber' } };
  }
  const text = cleanText(raw);
  if (text === '') return { phone: '' };
  const parts = stripPhoneLabels(text)
    .split(/\s*(?:[/,;|&\n]|\bdan\b|\bor\b|\batau\b)\s*/i)
    .filter((p) => p.trim() !== '');
  const first = parts.findIndex((p) => normalizePhone(p).ok);
  if (first < 0) return { phone: text, problem: { key: 'import.phoneInvalid' } };
  const e164 = (normalizePhone(parts[first]) as { e164: string }).e164;
  const others = parts
    .filter((_, i) => i !== first)
    .map((p) => {
      const r = normalizePhone(p);
      return r.ok ? r.e164 : p.trim();
    });
  return others.length > 0 ? { phone: e164, others: others.join(' / ') } : { phone: e164 };
}

/** Possible duplicates, by the same rule as lead entry: against existing leads and earlier rows of the file. */
function findImportDuplicates(leads: PlannedLead[], existing: ContactColumns): ImportDuplicate[] {
  const old = contactIndex(existing);
  const own = contactIndex({ phone: leads.map((l) => l.values.Phone ?? ''), email: leads.map((l) => l.values.Email ?? '') });
  const out: ImportDuplicate[] = [];
  leads.forEach((l, i) => {
    const phone = typeof l.values.Phone === 'string' && l.values.Phone.startsWith('+') ? l.values.Phone : '';
    const email = typeof l.values.Email === 'string' && l.values.Email.includes('@') ? l.values.Email : '';
    if (!phone && !email) return;
    const ex = indexedMatches({ phone, email }, old);
    const earlier = indexedMatches({ phone, email }, own).filter((m) => m.index < i);
    if (ex.length === 0 && earlier.length === 0) return;
    const on = new Set([...ex, ...earlier].flatMap((m) => m.matchedOn));
    out.push({ row: l.row, existing: ex.map((m) => m.index), rows: earlier.map((m) => leads[m.index].row), matchedOn: [...on] });
  });
  return out;
}

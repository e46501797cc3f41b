// An import planned before anything is written: each source column mapped to a Leads header
// (or kept as the team's own column), Status and Source values mapped to Settings' lists, every
// value cleaned by the same normalisers as the sidebar, and a report of what needs attention.
// The plan is plain data; the gas layer writes it in one block, or not at all.
import { ref, t, userText, type Lang, type Message } from './i18n';
import type { Settings } from './settings';
import { cleanText } from './fields';
import { isDate } from './dates';
import { normalizePhone, stripPhoneLabels } from './phone';
import { normalizeEmail } from './email';
import { parseMoney } from './money';
import { dayOrderOf, parseTypedDate, type DayOrder } from './import-dates';
import { isImportable, suggestMapping, suggestValues } from './import-map';
import { contactIndex, indexedMatches, type ContactColumns } from './lead';
import { LEAD_COLUMNS, type LeadHeader } from './schema';
import { CELL_LIMIT, dict, nameColumns, own, textLimit, uniqueName } from './import-columns';

/** A source table: headers and rows as read (text from a CSV; typed values from a tab). */
export interface SourceTable {
  headers: string[];
  rows: unknown[][];
}

export interface ImportAnswers {
  /** Source column, as the report names it (`Kota (2)`) → Leads header ('' = keep as the team's own column). */
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
  /** Nothing is imported until this is fixed (a value a write would refuse). */
  blocking?: boolean;
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
  /** The team's own columns (team column name → value as read). */
  extra: Record<string, unknown>;
}

export interface ImportPlan {
  /** The source's columns, each named once (`Kota (2)`, `Column D`): what the mapping and the answers key on. */
  headers: string[];
  /** Where each named column is in the source rows (0-based). */
  sources: number[];
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

const DATE_COLUMNS: LeadHeader[] = [
  'Created At',
  'Expected Close',
  'Next Follow-up',
  'Completed On',
  'Last Contact',
  'Status Changed At',
];
const MONEY_COLUMNS: LeadHeader[] = ['Deal Value', 'Contract Value'];
/** The largest amount lead entry takes. */
const MAX_MONEY = 1e15;
/** The CRM's own Leads headers: a team column of the same name is renamed. */
const CRM_HEADERS = new Set<string>(LEAD_COLUMNS.map((c) => c.header));
/** A value as a report quotes it: long text cut (the report stays small whatever the file holds). */
export const cut = (s: string, max = 200) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const shown = (v: unknown) => (isDate(v) ? v.toISOString() : String(v ?? ''));

/** The rows that hold anything (a sheet's trailing empty rows are not leads). */
const filled = (row: unknown[]) => row.some((v) => cleanText(v) !== '');

export function planImport(
  table: SourceTable,
  answers: ImportAnswers,
  settings: Settings,
  existing: ContactColumns,
  offsetMinutes: number,
  lang: Lang = 'en',
): ImportPlan {
  // Every column named once; the rows hold the named columns, in their order.
  const named = nameColumns(table.headers, table.rows, (letter) => t(lang, 'import.unnamedColumn', { letter }));
  const headers = named.names;
  const rows = table.rows
    .map((r, i) => ({ row: i + 2, cells: named.sources.map((k) => r[k]) }))
    .filter((r) => filled(r.cells));
  const suggested = suggestMapping(headers);
  const mapping = dict<string>();
  for (const h of headers) {
    const answer = own(answers.mapping, h);
    mapping[h] = typeof answer === 'string' ? answer : (suggested[h] ?? '');
  }
  const plan: ImportPlan = {
    headers,
    sources: named.sources,
    mapping,
    statusMap: dict(),
    sourceMap: dict(),
    teamColumns: [],
    leads: [],
    problems: [],
    questions: [],
    duplicates: [],
    fatal: null,
  };
  const problem = (row: number, column: string, value: unknown, message: Message, blocking = false) =>
    plan.problems.push({ row, column, value: cut(shown(value)), message, ...(blocking ? { blocking } : {}) });
  for (const r of named.renamed)
    problem(
      1,
      r.name,
      r.header,
      r.header === ''
        ? { key: 'import.headerEmpty', params: { name: userText(r.name) } }
        : { key: 'import.headerDuplicate', params: { header: userText(r.header), name: userText(r.name) } },
    );

  // The mapping must be one a write can follow.
  const used = new Map<LeadHeader, string[]>();
  for (const h of headers) {
    const target = mapping[h];
    if (!target) continue;
    if (!isImportable(target))
      return { ...plan, fatal: { key: 'import.badTarget', params: { column: userText(h), target: userText(target) } } };
    used.set(target, [...(used.get(target) ?? []), h]);
  }
  for (const [target, from] of used)
    if (from.length > 1)
      return { ...plan, fatal: { key: 'import.twice', params: { target, columns: userText(from.join(', ')) } } };
  if (rows.length === 0) return { ...plan, fatal: { key: 'import.empty' } };
  if (!used.has('Name')) return { ...plan, fatal: { key: 'import.noName' } };
  const index = new Map([...used].map(([target, from]) => [target, headers.indexOf(from[0])]));
  const at = (cells: unknown[], target: LeadHeader) => (index.has(target) ? cells[index.get(target)!] : undefined);

  // Status and Source values: suggested, then the person's answers.
  const distinct = (target: LeadHeader) =>
    used.has(target) ? [...new Set(rows.map((r) => cleanText(at(r.cells, target))).filter((v) => v !== ''))] : [];
  plan.statusMap = Object.assign(
    dict<string>(),
    suggestValues('status', distinct('Status'), settings.statuses),
    pick(answers.statusMap, distinct('Status')),
  );
  plan.sourceMap = Object.assign(
    dict<string>(),
    suggestValues('source', distinct('Source'), settings.sources),
    pick(answers.sourceMap, distinct('Source')),
  );
  for (const [value, target] of Object.entries(plan.statusMap))
    if (target && !settings.statuses.includes(target))
      return {
        ...plan,
        fatal: { key: 'import.badStatus', params: { value: userText(value), target: userText(target) } },
      };
  for (const [value, target] of Object.entries(plan.sourceMap))
    if (target && target !== KEEP && !settings.sources.includes(target))
      return {
        ...plan,
        fatal: { key: 'import.badSource', params: { value: userText(value), target: userText(target) } },
      };
  const count = (target: LeadHeader, value: string) =>
    rows.filter((r) => cleanText(at(r.cells, target)) === value).length;
  for (const [value, target] of Object.entries(plan.statusMap))
    if (!target) plan.questions.push({ kind: 'status', value, rows: count('Status', value) });
  for (const [value, target] of Object.entries(plan.sourceMap))
    if (!target) plan.questions.push({ kind: 'source', value, rows: count('Source', value) });

  // Day-month order per date column, from the values that can only be read one way.
  const orders = new Map<LeadHeader, { order: DayOrder; conflict: boolean }>();
  for (const target of DATE_COLUMNS)
    if (used.has(target)) orders.set(target, dayOrderOf(rows.map((r) => at(r.cells, target))));

  // The team's own columns: a name of the CRM's own is taken by the CRM, so the file's is renamed.
  const kept = headers.map((h, i) => ({ h, i })).filter(({ h }) => !mapping[h]);
  const teamNames = new Set<string>();
  const teamName = kept.map(({ h }) => {
    const name = uniqueName(CRM_HEADERS.has(h) ? `${h} (imported)` : h, teamNames);
    teamNames.add(name);
    if (name.length > CELL_LIMIT)
      problem(1, h, h, { key: 'import.cellTooLong', params: { length: name.length, max: CELL_LIMIT } }, true);
    return name;
  });
  plan.teamColumns = [...teamName];
  const sourceOf = new Map(kept.map(({ h }, k) => [teamName[k], h]));

  for (const { row, cells } of rows) {
    const values: Record<string, string | number> = dict();
    const extra: Record<string, unknown> = dict();
    kept.forEach(({ i }, k) => (extra[teamName[k]] = cells[i] ?? ''));
    for (const target of used.keys()) {
      const source = used.get(target)![0];
      const raw = at(cells, target);
      const text = cleanText(isDate(raw) ? '' : raw);
      if (target === 'Phone') {
        const phone = phoneCell(raw);
        if (phone.problem) problem(row, source, raw, phone.problem);
        values.Phone = phone.phone;
        if (phone.others) {
          // A file's own Other Phones column keeps its numbers too.
          const before = cleanText(own(extra, OTHER_PHONES));
          extra[OTHER_PHONES] = before ? `${before} / ${phone.others}` : phone.others;
          if (!sourceOf.has(OTHER_PHONES)) sourceOf.set(OTHER_PHONES, source);
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
        if (n === null || n > MAX_MONEY) {
          values[target] = typeof raw === 'number' ? raw : text;
          problem(row, source, raw, { key: negative ? 'import.moneyNegative' : 'import.moneyInvalid' });
        } else values[target] = n;
      } else if (target === 'Follow-ups') {
        if (text === '' && typeof raw !== 'number') continue;
        const n = typeof raw === 'number' ? raw : /^\d{1,6}$/.test(text) ? Number(text) : NaN;
        if (Number.isInteger(n) && n >= 0 && n <= 999999) values[target] = n;
        else {
          values[target] = typeof raw === 'number' ? raw : text;
          problem(row, source, raw, { key: 'import.countInvalid' });
        }
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
          if (conflict && m && Number(m[1]) <= 12 && Number(m[2]) <= 12)
            problem(row, source, raw, { key: 'import.dateAmbiguous', params: { date: d.ymd } });
        } else {
          values[target] = text;
          problem(row, source, raw, {
            key: d.reason === 'impossible' ? 'import.dateImpossible' : 'import.dateInvalid',
          });
        }
      } else if (target === 'Status') {
        values.Status = text === '' ? 'Lead' : own(plan.statusMap, text) || text;
      } else if (target === 'Source') {
        if (text === '') continue;
        const mapped = own(plan.sourceMap, text);
        values.Source = mapped && mapped !== KEEP ? mapped : text;
      } else if (text !== '') values[target] = text;
    }
    if (!values.Name) problem(row, used.get('Name')![0], '', { key: 'import.nameMissing' });
    values.Status ??= 'Lead';
    // What a write would refuse: text over entry's limit for the field, or over a cell's.
    for (const target of used.keys()) {
      const v = values[target];
      if (typeof v !== 'string') continue;
      const limit = textLimit(target);
      if (v.length <= limit.max) continue;
      const params = { length: v.length, max: limit.max };
      problem(
        row,
        used.get(target)![0],
        v,
        limit.field
          ? { key: 'import.tooLong', params: { ...params, field: ref(`field.${limit.field}`) } }
          : { key: 'import.cellTooLong', params },
        true,
      );
    }
    for (const [name, v] of Object.entries(extra))
      if (typeof v === 'string' && v.length > CELL_LIMIT)
        problem(
          row,
          sourceOf.get(name) ?? name,
          v,
          { key: 'import.cellTooLong', params: { length: v.length, max: CELL_LIMIT } },
          true,
        );
    plan.leads.push({ row, values, extra });
  }
  plan.duplicates = findImportDuplicates(plan.leads, existing);
  return plan;
}

/** Only the answers about values the file holds. */
function pick(given: Record<string, string> | undefined, values: string[]): Record<string, string> {
  const out = dict<string>();
  for (const v of values) if (typeof own(given, v) === 'string') out[v] = given![v];
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
  const own = contactIndex({
    phone: leads.map((l) => l.values.Phone ?? ''),
    email: leads.map((l) => l.values.Email ?? ''),
  });
  const out: ImportDuplicate[] = [];
  leads.forEach((l, i) => {
    const phone = typeof l.values.Phone === 'string' && l.values.Phone.startsWith('+') ? l.values.Phone : '';
    const email = typeof l.values.Email === 'string' && l.values.Email.includes('@') ? l.values.Email : '';
    if (!phone && !email) return;
    const ex = indexedMatches({ phone, email }, old);
    const earlier = indexedMatches({ phone, email }, own).filter((m) => m.index < i);
    if (ex.length === 0 && earlier.length === 0) return;
    const on = new Set([...ex, ...earlier].flatMap((m) => m.matchedOn));
    out.push({
      row: l.row,
      existing: ex.map((m) => m.index),
      rows: earlier.map((m) => leads[m.index].row),
      matchedOn: [...on],
    });
  });
  return out;
}

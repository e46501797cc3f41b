// An import planned before anything is written: each source column mapped to a Leads header
// (or kept as the team's own column), Status and Source values mapped to Settings' lists, every
// value cleaned by the same normalisers as the sidebar, and a report of what needs attention.
// The plan is plain data; the gas layer writes it in one block, or not at all.
import { ref, t, userText, type Lang, type Message } from './i18n';
import type { Settings } from './settings';
import { cleanText } from './fields';
import { isDate, toYmd } from './dates';
import { formatDay } from './format';
import { normalizeEmail } from './email';
import { parseMoney } from './money';
import { dayOrderOf, parseTypedDate, type DayOrder } from './import-dates';
import {
  NOTE_COLUMN,
  combinedTargets,
  isImportable,
  isRowNumberColumn,
  suggestMapping,
  suggestValues,
} from './import-map';
import { phoneCell, routeCells } from './import-cells';
import { LEAD_COLUMNS, type LeadHeader } from './schema';
import { findImportDuplicates, type DupAction, type ImportDuplicate } from './import-dups';
import { NOTE_LIMIT, gateGaps, joinNotes, remarksOf, type GateGap } from './import-notes';
import { answerFor, NO_OWNER, ownerValues, readOwnerAnswer, type OwnerHow, type Person } from './people';
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
  /** Source Owner value → a Team member's email, a new Team row's email, or NO_OWNER. */
  ownerMap?: Record<string, string>;
  /** File row number → what to do with a row already in the CRM or earlier in the file. */
  duplicates?: Record<string, string>;
}

/** What the CRM already holds: Leads' columns (data rows, in order) and the Team. */
export interface ImportCrm {
  leads: Partial<Record<LeadHeader, unknown[]>>;
  team: readonly Person[];
  /** Every header Leads has now, the team's own columns too (a file imported again keeps to them). */
  columns?: readonly string[];
}

/** A mapping answer meaning "do not import this column at all". */
export const SKIP_COLUMN = '(skip)';
export { NOTE_COLUMN };

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
  kind: 'status' | 'source' | 'owner';
  value: string;
  rows: number;
  /** An owner value's Team members it could mean (more than one). */
  candidates?: string[];
}

/** One written owner: the rows holding it and who it is now (a guess or an answer). */
export interface ImportOwner {
  value: string;
  rows: number;
  /** The owner's email, NO_OWNER, or '' (unanswered). */
  email: string;
  how: OwnerHow | 'answer';
  /** The answer names an email not in Team: a Team row is added for it. */
  newMember: boolean;
}

/** An existing lead's empty fields that an import row fills. */
export interface ImportFill {
  row: number;
  /** Index of the lead in Leads' data rows. */
  index: number;
  values: { [K in LeadHeader]?: string | number };
  /** The file row's remarks (its NOTE_COLUMN cells), for the Note that says what came. */
  note?: string;
}

export type { DupAction, ImportDuplicate };

export interface PlannedLead {
  row: number;
  /** Leads header → value: text, a number, or a `YYYY-MM-DD` date for date columns. */
  values: { [K in LeadHeader]?: string | number };
  /** The team's own columns (team column name → value as read). */
  extra: Record<string, unknown>;
  /** The row's remarks (`Keterangan: sudah kirim sampel`), written in the lead's import Note. */
  note?: string;
  /** A new deal for this existing lead's client (its index in Leads' data rows). */
  clientOf?: number;
  /** A new deal for the client of this earlier row of the file. */
  clientOfRow?: number;
}

export interface ImportPlan {
  /** The source's columns, each named once (`Kota (2)`, `Column D`): what the mapping and the answers key on. */
  headers: string[];
  /** Where each named column is in the source rows (0-based). */
  sources: number[];
  mapping: Record<string, string>;
  statusMap: Record<string, string>;
  sourceMap: Record<string, string>;
  ownerMap: Record<string, string>;
  /** Every Status and Source value of the file, with its rows: the guesses the dialog shows. */
  values: { kind: 'status' | 'source'; value: string; rows: number }[];
  owners: ImportOwner[];
  /** Team rows the answers add (an owner given a new email). */
  newTeam: Person[];
  /** Team columns the import adds to Leads (unmapped source columns, Other Phones). */
  teamColumns: string[];
  /** The rows to write as new leads (duplicates skipped or filled in are not among them). */
  leads: PlannedLead[];
  /** Existing leads' empty fields filled from rows of the file. */
  fills: ImportFill[];
  /** Rows left out: skipped duplicates, or rows whose values went into another (fill). */
  skipped: number;
  problems: ImportProblem[];
  questions: ImportQuestion[];
  duplicates: ImportDuplicate[];
  /** Why nothing can be imported at all (no Name column, an empty file, a bad answer). */
  fatal: Message | null;
  /** Rows written at a stage without the fields its gate asks for (Won without a Deal Value). */
  gateGaps: GateGap[];
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
/** A cell as a report quotes it: a date a tab typed as the day a person reads (never ISO). */
const shown = (v: unknown, offset: number, lang: Lang) =>
  isDate(v) ? formatDay(toYmd(v, offset), lang, 'medium') : String(v ?? '');

/** The rows that hold anything (a sheet's trailing empty rows are not leads). */
const filled = (row: unknown[]) => row.some((v) => cleanText(v) !== '');

export function planImport(
  table: SourceTable,
  answers: ImportAnswers,
  settings: Settings,
  crm: ImportCrm,
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
  headers.forEach((h, i) => {
    if (
      suggested[h] === '' &&
      isRowNumberColumn(
        h,
        rows.map((r) => r.cells[i]),
      )
    )
      suggested[h] = SKIP_COLUMN;
  });
  // A remarks column Leads already keeps (last month's import of the same sheet) stays a column:
  // the same file does not change where its remarks go.
  for (const h of headers) if (suggested[h] === NOTE_COLUMN && crm.columns?.includes(h)) suggested[h] = '';
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
    ownerMap: dict(),
    values: [],
    owners: [],
    newTeam: [],
    teamColumns: [],
    leads: [],
    fills: [],
    skipped: 0,
    problems: [],
    questions: [],
    duplicates: [],
    fatal: null,
    gateGaps: [],
  };
  const problem = (row: number, column: string, value: unknown, message: Message, blocking = false) =>
    plan.problems.push({
      row,
      column,
      value: cut(shown(value, offsetMinutes, lang)),
      message,
      ...(blocking ? { blocking } : {}),
    });
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
    if (!target || target === SKIP_COLUMN || target === NOTE_COLUMN) continue;
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
  const tally = new Map<string, number>();
  for (const target of ['Status', 'Source'] as const)
    if (used.has(target))
      for (const r of rows) {
        const k = `${target}\u0000${cleanText(at(r.cells, target))}`;
        tally.set(k, (tally.get(k) ?? 0) + 1);
      }
  const count = (target: LeadHeader, value: string) => tally.get(`${target}\u0000${value}`) ?? 0;
  for (const value of Object.keys(plan.statusMap))
    plan.values.push({ kind: 'status', value, rows: count('Status', value) });
  for (const value of Object.keys(plan.sourceMap))
    plan.values.push({ kind: 'source', value, rows: count('Source', value) });
  for (const [value, target] of Object.entries(plan.statusMap))
    if (!target) plan.questions.push({ kind: 'status', value, rows: count('Status', value) });
  for (const [value, target] of Object.entries(plan.sourceMap))
    if (!target) plan.questions.push({ kind: 'source', value, rows: count('Source', value) });

  // Owners: each written value once, matched to the Team by the one rule (people.ts), then the answers.
  const ownerOfRow = new Map<number, string>();
  const ownerCells = used.has('Owner') ? rows.map((r) => ({ row: r.row, value: cleanText(at(r.cells, 'Owner')) })) : [];
  const people = knownPeople(crm, ownerCells);
  for (const o of ownerValues(ownerCells, people)) {
    const answer = answerFor(answers.ownerMap, o.value);
    let email = o.match.email;
    let how: ImportOwner['how'] = o.match.how;
    let newMember = false;
    if (typeof answer === 'string' && answer.trim() !== '') {
      const a = readOwnerAnswer(answer, people);
      if (a.kind === 'bad')
        return {
          ...plan,
          fatal: { key: 'import.badOwner', params: { value: userText(o.value), answer: userText(answer) } },
        };
      email = a.kind === 'none' ? NO_OWNER : a.email;
      how = 'answer';
      newMember = a.kind === 'new';
      if (newMember && !plan.newTeam.some((p) => p.email === email)) plan.newTeam.push({ email, name: o.value });
    }
    plan.ownerMap[o.value] = email;
    plan.owners.push({ value: o.value, rows: o.rows.length, email, how, newMember });
    for (const r of o.rows) ownerOfRow.set(r, email);
    if (!email)
      plan.questions.push({
        kind: 'owner',
        value: o.value,
        rows: o.rows.length,
        ...(o.match.candidates.length > 1 ? { candidates: o.match.candidates } : {}),
      });
  }

  // A combined column (`Email / HP`, `Nama/Perusahaan`) also fills what its header names, when no other column does.
  const spill = new Map<LeadHeader, LeadHeader[]>();
  for (const [target, from] of used) {
    const more = combinedTargets(from[0]).filter((x): x is LeadHeader => isImportable(x) && !used.has(x));
    if (more.length > 0) spill.set(target, more);
  }

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
  const noteColumns = headers.map((h, i) => ({ h, i })).filter(({ h }) => mapping[h] === NOTE_COLUMN);

  for (const { row, cells } of rows) {
    const values: Record<string, string | number> = dict();
    const extra: Record<string, unknown> = dict();
    kept.forEach(({ i }, k) => (extra[teamName[k]] = cells[i] ?? ''));
    const inputs = routeCells(used, spill, (target) => at(cells, target));
    for (const [target, { raw, source }] of inputs) {
      const text = cleanText(isDate(raw) ? '' : raw);
      if (target === 'Owner') {
        if (text === '') continue;
        const email = ownerOfRow.get(row) ?? '';
        // No owner is an empty cell; an unanswered value stays as written (the import waits for its answer).
        values.Owner = email === NO_OWNER ? '' : email || text;
      } else if (target === 'Phone') {
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
      } else if (target === 'Email') {
        if (text === '') continue;
        const e = normalizeEmail(text);
        if (e.ok) values[target] = e.email;
        else {
          values[target] = text;
          problem(row, source, raw, { key: 'import.emailInvalid' });
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
            problem(row, source, raw, {
              key: 'import.dateAmbiguous',
              params: { date: formatDay(d.ymd, lang, 'long') },
            });
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
    for (const [target, { source }] of inputs) {
      const v = values[target];
      if (typeof v !== 'string') continue;
      const limit = textLimit(target);
      if (v.length <= limit.max) continue;
      const params = { length: v.length, max: limit.max };
      problem(
        row,
        source,
        v,
        limit.field
          ? { key: 'import.tooLong', params: { ...params, field: ref(`field.${limit.field}`) } }
          : { key: 'import.cellTooLong', params },
        true,
      );
    }
    const note = remarksOf(
      noteColumns.map(({ h, i }) => ({
        header: h,
        text: cleanText(isDate(cells[i]) ? shown(cells[i], offsetMinutes, lang) : cells[i]),
      })),
    );
    if (note.length > NOTE_LIMIT)
      problem(
        row,
        noteColumns.map(({ h }) => h).join(', '),
        note,
        { key: 'import.cellTooLong', params: { length: note.length, max: NOTE_LIMIT } },
        true,
      );
    for (const [name, v] of Object.entries(extra))
      if (typeof v === 'string' && v.length > CELL_LIMIT)
        problem(
          row,
          sourceOf.get(name) ?? name,
          v,
          { key: 'import.cellTooLong', params: { length: v.length, max: CELL_LIMIT } },
          true,
        );
    plan.leads.push({ row, values, extra, ...(note ? { note } : {}) });
  }
  applyDuplicates(plan, crm, answers.duplicates);
  plan.gateGaps = gateGaps(plan.leads, settings, offsetMinutes);
  return plan;
}

/**
 * Who an owner may be: the Team, and the owners already written as emails (in Leads, in the
 * file): a file with `sari@contoh.id` on one row and `Sari` on the next means one person.
 */
function knownPeople(crm: ImportCrm, cells: readonly { value: unknown }[]): Person[] {
  const out = [...crm.team];
  const seen = new Set(out.map((p) => p.email));
  for (const v of [...(crm.leads.Owner ?? []), ...cells.map((c) => c.value)]) {
    if (typeof v !== 'string' || !v.includes('@')) continue;
    const e = normalizeEmail(v);
    if (e.ok && !seen.has(e.email)) {
      seen.add(e.email);
      out.push({ email: e.email, name: '' });
    }
  }
  return out;
}

/** Leads headers a fill never writes: the record keeping of the lead, and its status (a status has gates). */
const NOT_FILLED = new Set<string>(['Lead ID', 'Client ID', 'Status', 'Status Changed At', 'Created At']);

const emptyCell = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * The rows that are already in the CRM or earlier in the file, and what happens to each: a
 * skipped row is not written; a filled one gives its values to the existing lead's (or the
 * earlier row's) empty fields; a new deal keeps its client.
 */
function applyDuplicates(plan: ImportPlan, crm: ImportCrm, answers: Record<string, string> | undefined): void {
  const ex = crm.leads;
  const count = Math.max(0, ...Object.values(ex).map((c) => c?.length ?? 0));
  const existing = Array.from({ length: count }, (_, i) => ({
    name: ex.Name?.[i],
    company: ex.Company?.[i],
    phone: ex.Phone?.[i],
    email: ex.Email?.[i],
    deal: [ex.Needs?.[i], ex.Product?.[i], ex['Deal Value']?.[i]],
  }));
  const incoming = plan.leads.map((l) => ({
    row: l.row,
    name: l.values.Name ?? '',
    company: l.values.Company ?? '',
    phone: l.values.Phone ?? '',
    email: l.values.Email ?? '',
    deal: [l.values.Needs, l.values.Product, l.values['Deal Value']],
  }));
  plan.duplicates = findImportDuplicates(incoming, existing, answers);
  const byRow = new Map(plan.leads.map((l) => [l.row, l]));
  const gone = new Set<number>();
  const fillOf = new Map<number, ImportFill>();
  /** The existing lead a filled row went into, by file row. */
  const filledInto = new Map<number, number>();
  for (const d of plan.duplicates) {
    const lead = byRow.get(d.row)!;
    if (d.action === 'skip') gone.add(d.row);
    else if (d.action === 'newDeal') {
      if (d.existing.length > 0) lead.clientOf = d.existing[0];
      else lead.clientOfRow = d.rows[0];
    } else if (d.action === 'fill') {
      gone.add(d.row);
      const earlier = d.existing.length === 0 ? byRow.get(d.rows[0]) : undefined;
      if (earlier && !gone.has(earlier.row)) {
        // The earlier row is written: its empty values take this row's.
        for (const [h, v] of Object.entries(lead.values) as [LeadHeader, string | number][])
          if (!NOT_FILLED.has(h) && emptyCell(earlier.values[h])) earlier.values[h] = v;
        if (lead.note) earlier.note = joinNotes(earlier.note, lead.note);
        continue;
      }
      const index = d.existing[0] ?? filledInto.get(d.rows[0] ?? -1);
      if (index === undefined) continue;
      filledInto.set(d.row, index);
      const fill = fillOf.get(index) ?? { row: d.row, index, values: {} };
      for (const [h, v] of Object.entries(lead.values) as [LeadHeader, string | number][])
        if (!NOT_FILLED.has(h) && emptyCell(ex[h]?.[index]) && emptyCell(fill.values[h]) && !emptyCell(v))
          fill.values[h] = v;
      // The row's remarks reach the lead it went into, even when no field was empty.
      if (lead.note) fill.note = joinNotes(fill.note, lead.note);
      if (!fillOf.has(index) && (Object.keys(fill.values).length > 0 || fill.note)) {
        fillOf.set(index, fill);
        plan.fills.push(fill);
      }
    }
  }
  plan.leads = plan.leads.filter((l) => !gone.has(l.row));
  plan.skipped = gone.size;
  // A row not written has no problem to fix.
  const skipped = new Set(plan.duplicates.filter((d) => d.action === 'skip').map((d) => d.row));
  plan.problems = plan.problems.filter((p) => !skipped.has(p.row));
}

/** Only the answers about values the file holds. */
function pick(given: Record<string, string> | undefined, values: string[]): Record<string, string> {
  const out = dict<string>();
  for (const v of values) if (typeof own(given, v) === 'string') out[v] = given![v];
  return out;
}

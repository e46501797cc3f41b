// The responses tab of the lead form (the "Form Responses 1" tab Google Forms writes to when a
// form's responses go to this spreadsheet): finding it, reading it in one block, and the add-on's
// columns right of the questions (Lead ID, Owner, Intake, Owner Told, Intake Note), which record
// what became of each response so nothing is made twice and nothing is dropped.
import { INTAKE_COLUMNS, isLeadForm, mapQuestions, type IntakeHeader, type Question } from '../core/intake';
import { cleanText } from '../core/fields';
import { isDate } from '../core/dates';
import { appendHeaders } from './table';
import { cellText, type Ss } from './services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ResponsesTab {
  sheet: Sheet;
  /** Data rows (sheet row = index + 2), full width, as read; marks written update them too. */
  rows: unknown[][];
  /** 0-based column of each of the add-on's headers. */
  col: Record<IntakeHeader, number>;
  questions: Partial<Record<Question, number>>;
  titles: string[];
}

/**
 * Tabs that receive a form's responses (Sheet.getFormUrl() is the form's address, null for any
 * other tab): one call per tab, whatever the rows. Linking a form is done in Google Forms and
 * needs no scope of ours; creating one would need the forms scope (see the README).
 */
export function formTabs(ss: Ss): Sheet[] {
  // No form sends responses to this spreadsheet (the usual case): one call, not one per tab.
  if (ss.getFormUrl() === null) return [];
  return ss.getSheets().filter((s) => s.getFormUrl() !== null);
}

/**
 * Reads a responses tab (one read) and gives it the add-on's columns when it lacks them; null
 * when its questions are not a lead form's (a name and a phone or email). The answers' columns
 * that hold phones are kept as plain text, so the next responses keep their leading 0.
 */
export function openResponses(sheet: Sheet): ResponsesTab | null {
  const values = sheet.getDataRange().getValues();
  const titles = (values[0] ?? []).map((h) => String(h ?? '').trim());
  const questions = mapQuestions(titles);
  if (!isLeadForm(questions)) return null;
  const missing = INTAKE_COLUMNS.map((c) => c.header).filter((h) => !titles.includes(h));
  if (missing.length > 0) {
    // Right of every question; a question added to the form later gets a column of its own.
    appendHeaders(sheet, missing);
    titles.push(...missing);
    if (questions.phone !== undefined)
      sheet.getRange(2, questions.phone + 1, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
  }
  const width = titles.length;
  const rows = values.slice(1).map((r) => {
    const row = r.slice(0, width);
    while (row.length < width) row.push('');
    return row;
  });
  const col = Object.fromEntries(INTAKE_COLUMNS.map((c) => [c.header, titles.indexOf(c.header)])) as Record<
    IntakeHeader,
    number
  >;
  return { sheet, rows, col, questions, titles };
}

/** A row's answers as text (a number Sheets made of a typed answer, as typed). */
export function answersOf(tab: ResponsesTab, row: readonly unknown[], offset: number): Record<Question, string> {
  const at = (q: Question) => {
    const i = tab.questions[q];
    return i === undefined ? '' : cleanText(cellText(row[i], offset));
  };
  return {
    name: at('name'),
    company: at('company'),
    phone: at('phone'),
    email: at('email'),
    needs: at('needs'),
    source: at('source'),
  };
}

/**
 * The answers Google sent with the event (`namedValues`: each question's title to its answers),
 * exactly as the person typed them: a phone keeps its leading 0 even where the sheet's cell
 * turned it into a number. Null when the event carries none.
 */
export function answersFromEvent(tab: ResponsesTab, named: unknown): Record<Question, string> | null {
  if (named === null || typeof named !== 'object') return null;
  const byTitle = named as Record<string, unknown>;
  const at = (q: Question) => {
    const i = tab.questions[q];
    if (i === undefined) return '';
    const v = byTitle[tab.titles[i]];
    return cleanText(Array.isArray(v) ? v.join(', ') : v);
  };
  return {
    name: at('name'),
    company: at('company'),
    phone: at('phone'),
    email: at('email'),
    needs: at('needs'),
    source: at('source'),
  };
}

/** When the response was sent (Google's Timestamp, the first column); null when it is not a date. */
export function sentAt(row: readonly unknown[]): Date | null {
  return isDate(row[0]) ? row[0] : null;
}

/** Whether a data row holds a response at all (a row a person emptied is not one). */
export function hasAnswers(tab: ResponsesTab, row: readonly unknown[]): boolean {
  return Object.values(tab.questions).some((i) => i !== undefined && String(row[i] ?? '').trim() !== '');
}

/**
 * Writes the add-on's columns of the given rows (0-based data index → values by header): one
 * block per run of adjacent columns over the rows from the first to the last marked, so the
 * number of calls never depends on the rows. Columns between them (the form's) are not written.
 */
export function writeMarks(tab: ResponsesTab, marks: Map<number, Partial<Record<IntakeHeader, unknown>>>): void {
  if (marks.size === 0) return;
  const indices = [...marks.keys()];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  for (const [i, m] of marks) for (const [h, v] of Object.entries(m)) tab.rows[i][tab.col[h as IntakeHeader]] = v;
  const cols = Object.values(tab.col).sort((a, b) => a - b);
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const block = tab.rows.slice(first, last + 1).map((r) => run.map((c) => r[c] ?? ''));
    tab.sheet.getRange(first + 2, run[0] + 1, block.length, run.length).setValues(block);
    run = [];
  };
  for (const c of cols) {
    if (run.length > 0 && c !== run[run.length - 1] + 1) flush();
    run.push(c);
  }
  flush();
}

/**
 * Set up's part (SPEC §4, Lead intake): the tab of the team's lead form, given the add-on's
 * columns; null when no form with a lead's questions sends its responses here yet.
 */
export function connectLeadForm(ss: Ss): { tab: string; formUrl: string; missing: Question[] } | null {
  for (const sheet of formTabs(ss)) {
    const tab = openResponses(sheet);
    if (!tab) continue;
    // Questions a lead needs that the form does not ask (Set up names them).
    const missing = QUESTIONS.filter((q) => tab.questions[q] === undefined);
    return { tab: sheet.getName(), formUrl: sheet.getFormUrl() ?? '', missing };
  }
  return null;
}

const QUESTIONS: Question[] = ['name', 'company', 'phone', 'email', 'needs', 'source'];

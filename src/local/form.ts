// The lead form as Google Forms runs it, for the emulation, the CLI and the playground: a form
// linked to the spreadsheet writes each response as a new row of its tab ("Form Responses 1":
// Timestamp, then one column per question) and then runs every form-submit trigger installed on
// the spreadsheet, each as the user who installed it, with Google's event object
// (guides/triggers/events, "Form submit"): authMode, namedValues, range, triggerUid, values.
import type { FakeSpreadsheet, FakeSheet } from './spreadsheet';
import type { Lang } from '../core/i18n';
import { wallClock } from './format-date';

export const FORM_TAB = 'Form Responses 1';
export const LOCAL_FORM_URL = 'https://docs.google.com/forms/d/local-lead-form/viewform';

/** The questions of the lead form the README suggests, in the team's language. */
export const LEAD_FORM_QUESTIONS: Record<Lang, string[]> = {
  en: ['Name', 'Company', 'Phone / WhatsApp', 'Email', 'What do you need?', 'How did you hear about us?'],
  id: [
    'Nama',
    'Perusahaan',
    'Nomor telepon / WhatsApp',
    'Email',
    'Apa kebutuhan Anda?',
    'Dari mana Anda tahu tentang kami?',
  ],
};

/** Google's title of the first column of a responses tab, in the spreadsheet's language. */
const TIMESTAMP: Record<Lang, string> = { en: 'Timestamp', id: 'Stempel waktu' };

/**
 * Links a lead form to the spreadsheet, as choosing it under a form's Responses does: a new tab
 * with the Timestamp and the questions, whose getFormUrl() is the form's. An existing linked tab
 * is kept as it is.
 */
export function linkLeadForm(ss: FakeSpreadsheet, lang: Lang = 'en', questions = LEAD_FORM_QUESTIONS[lang]): FakeSheet {
  const linked = ss.sheets.find((s) => s.formUrl !== null);
  if (linked) return linked;
  let n = 1;
  while (ss.getSheetByName(`Form Responses ${n}`)) n++;
  // Google puts the tab first; here it goes last, so the CRM's tabs keep their places in the grid.
  const sheet = ss.insertSheet(`Form Responses ${n}`);
  sheet.getRange(1, 1, 1, questions.length + 1).setValues([[TIMESTAMP[lang], ...questions]]);
  sheet.setFrozenRows(1);
  sheet.formUrl = LOCAL_FORM_URL;
  return sheet;
}

/** The tab a form writes to (the first linked one), or null when no form is linked. */
export function formTab(ss: FakeSpreadsheet): FakeSheet | null {
  return ss.sheets.find((s) => s.formUrl !== null) ?? null;
}

/** The questions of the linked form: its tab's titles after the Timestamp, up to the add-on's columns. */
export function formQuestions(sheet: FakeSheet): string[] {
  const titles = sheet
    .getRange(1, 1, 1, Math.max(1, sheet.getLastColumn()))
    .getValues()[0]
    .map((v) => String(v ?? '').trim());
  const ours = new Set(['Lead ID', 'Owner', 'Intake', 'Owner Told', 'Intake Note']);
  return titles.slice(1).filter((t) => t !== '' && !ours.has(t));
}

export interface FormResponse {
  /** The response's row (1-based) in the form's tab. */
  row: number;
  event: {
    authMode: string;
    namedValues: Record<string, string[]>;
    values: string[];
    range: unknown;
    triggerUid?: string;
  };
}

/**
 * Writes a response as Google Forms does: the next row of the tab, the Timestamp a date and each
 * answer as the person typed it (Sheets reads it as typed input, so `0812…` in a column not kept as
 * text becomes a number, as it does on Google); the event carries the answers exactly as typed.
 * Answers are given by question title; a question not answered is ''.
 */
export function writeResponse(sheet: FakeSheet, now: Date, answers: Record<string, string>): FormResponse {
  const titles = sheet
    .getRange(1, 1, 1, Math.max(1, sheet.getLastColumn()))
    .getValues()[0]
    .map((v) => String(v ?? '').trim());
  const questions = formQuestions(sheet);
  const unknown = Object.keys(answers).filter((k) => !questions.includes(k));
  if (unknown.length > 0)
    throw new Error(`The form has no question "${unknown[0]}" (it asks: ${questions.join(', ')}).`);
  const row = sheet.getLastRow() + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
  // Google's first column is the response's time; then the answers, where their questions are.
  sheet.getRange(row, 1).setValue(now);
  const namedValues: Record<string, string[]> = { [titles[0]]: [stamp(now, sheet.parent.timeZone)] };
  for (const q of questions) {
    const v = String(answers[q] ?? '');
    namedValues[q] = [v];
    const col = titles.indexOf(q) + 1;
    if (v !== '') sheet.getRange(row, col).setValue(v);
  }
  const values = [namedValues[titles[0]][0], ...questions.map((q) => namedValues[q][0])];
  return {
    row,
    event: { authMode: 'FULL', namedValues, values, range: sheet.getRange(row, 1, 1, questions.length + 1) },
  };
}

/** Google's text of the Timestamp in the event (`12/7/2026 10:03:21`, the spreadsheet's time). */
function stamp(d: Date, tz: string): string {
  const w = wallClock(d, tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.month}/${w.day}/${w.year} ${w.hour}:${p(w.minute)}:${p(w.second)}`;
}

// `lembar intake RESPONSES.csv`: replays lead-form responses (a Google Forms export, or any CSV
// whose header row is the form's questions, with an optional Timestamp column first) through the
// form as Google runs it: each becomes the next row of the form's tab and fires onLeadFormSubmit.
// A workbook with no form linked yet gets one whose questions are the CSV's columns.
import type { Environment } from './environment';
import { formQuestions, formTab, linkLeadForm } from './form';
import { parseCsv, CsvError } from './csv';
import { fromWallClock } from './format-date';

export interface ReplayReport {
  tab: string;
  responses: number;
  created: number;
  joined: number;
  review: number;
  told: number;
  waitingForQuota: number;
  rows: { row: number; result: unknown }[];
}

const TIMESTAMP = /^(timestamp|stempel waktu|cap waktu)$/i;

export function replayResponses(env: Environment, text: string): ReplayReport {
  const [header = [], ...lines] = parseCsv(text).filter((r) => r.some((c) => c.trim() !== ''));
  const titles = header.map((h) => h.trim());
  const hasTime = titles.length > 0 && TIMESTAMP.test(titles[0]);
  const questions = hasTime ? titles.slice(1) : titles;
  if (questions.length === 0) throw new CsvError('The CSV has no header row of questions.');
  const sheet = formTab(env.spreadsheet) ?? linkLeadForm(env.spreadsheet, 'en', questions);
  const asked = formQuestions(sheet);
  const unknown = questions.filter((q) => !asked.includes(q));
  if (unknown.length > 0)
    throw new CsvError(`The form has no question "${unknown[0]}" (it asks: ${asked.join(', ')}).`);
  const report: ReplayReport = {
    tab: sheet.getName(),
    responses: 0,
    created: 0,
    joined: 0,
    review: 0,
    told: 0,
    waitingForQuota: 0,
    rows: [],
  };
  lines.forEach((line, i) => {
    const answers = Object.fromEntries(questions.map((q, c) => [q, line[hasTime ? c + 1 : c] ?? '']));
    const at = hasTime ? stampOf(line[0] ?? '', env.spreadsheet.getSpreadsheetTimeZone()) : null;
    if (hasTime && (line[0] ?? '').trim() !== '' && !at)
      throw new CsvError(`CSV row ${i + 2}: "${line[0]}" is not a time (11/24/2026 9:03:04, or ISO).`);
    const sent = env.submitForm(answers, { at: at ?? undefined, replay: true });
    for (const r of sent.results as Record<string, number>[]) {
      for (const k of ['responses', 'created', 'joined', 'review', 'told', 'waitingForQuota'] as const)
        report[k] += Number(r?.[k] ?? 0);
    }
    report.rows.push({ row: sent.row, result: sent.results[0] ?? null });
  });
  return report;
}

/** A Google Forms export's time (`11/24/2026 9:03:04`, the spreadsheet's zone) or an ISO date-time. */
function stampOf(s: string, tz: string): Date | null {
  const v = s.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (m) return fromWallClock(tz, +m[3], +m[1], +m[2], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (/^\d{4}-\d{2}-\d{2}T/.test(v) && Number.isFinite(Date.parse(v))) return new Date(Date.parse(v));
  return null;
}

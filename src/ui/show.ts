// Dates, data names and activity text as the page's reader reads them (issue 29): the cells
// keep ISO dates and English data names; the page shows `Senin, 7 Des` and `Menang`.
import { formatDateTime, formatDay, type DayStyle } from '../core/format';
import { activitySummaryIn, labelIn, type LabelKind } from '../core/data-labels';
import { ctx } from './context';

/** A `YYYY-MM-DD` day in the user's language ('' and non-dates as they are). */
export const showDay = (ymd: unknown, style: DayStyle = 'medium'): string =>
  formatDay(String(ymd ?? ''), ctx.lang, style);

/** A day to act on: `Senin, 7 Des` this year, `7 Des 2027` another year (never a weekday without its year far off). */
export const showDue = (ymd: unknown): string =>
  showDay(ymd, String(ymd ?? '').startsWith(String(new Date().getFullYear())) ? 'weekday' : 'medium');

/** A local `YYYY-MM-DD HH:mm` (the spreadsheet's time zone) in the user's language. */
export const showDateTime = (local: unknown): string => formatDateTime(String(local ?? ''), ctx.lang);

/** An owner (an email address) by their Team name, or as the cell has it. */
export const showOwner = (email: string): string => ctx.teamNames?.[email.trim().toLowerCase()] || email;

/** A status, source, activity type, campaign state or consent by its label ('' stays ''). */
export const showLabel = (kind: LabelKind, name: string): string => (name ? labelIn(ctx.messages, kind, name) : '');

/** An activity's summary, a status change named by the statuses' labels. */
export const showSummary = (type: string, summary: string): string => activitySummaryIn(ctx.messages, type, summary);

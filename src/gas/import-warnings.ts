// What an import says before it writes, as notes beside its report (amber, not errors): what
// the file lacks that the figures read, and the rows that will look wrong in Today or the Summary
// until someone fills them in. Each from the plan the core made; nothing here decides a row.
import { label, ref, refs, t, type MessageKey } from '../core/i18n';
import { camelKey } from '../core/schema';
import { OTHER_PHONES, type ImportPlan } from '../core/import';
import { cleanText } from '../core/fields';
import { own } from '../core/import-columns';
import { parseYmd } from '../core/dates';
import { slaOutcome } from '../core/sla';
import type { Crm } from './services';

/** File rows as a note names them: the first eight, then an ellipsis. */
const rowList = (rows: readonly number[]) => (rows.length > 8 ? `${rows.slice(0, 8).join(', ')}, …` : rows.join(', '));

export function importWarnings(crm: Crm, plan: ImportPlan, windows1252: boolean): string[] {
  const warnings = windows1252 ? [t(crm.lang, 'import.encoding1252')] : [];
  // History is never invented: leads without a date are said to be left out of the figures.
  const undated = plan.leads.filter((l) => !/^\d{4}-\d{2}-\d{2}$/.test(String(l.values['Created At'] ?? ''))).length;
  if (undated > 0) warnings.push(t(crm.lang, 'import.noDates', { count: undated }));
  // A column the figures read that the file does not have: said before anything is written.
  const mapped = new Set(Object.values(plan.mapping));
  if (plan.leads.length > 0 && !mapped.has('Status'))
    warnings.push(
      t(crm.lang, 'import.noStatusColumn', {
        count: plan.leads.length,
        status: label(crm.lang, 'status', 'Lead'),
      }),
    );
  if (plan.leads.length > 0 && !mapped.has('Source'))
    warnings.push(t(crm.lang, 'import.noSourceColumn', { count: plan.leads.length }));
  // Old leads still at the first stage with no contact on record: the SLA's rule (core/sla.ts)
  // calls them missed, and Today lists them as overdue; said, with the way to give their contact day.
  const first = crm.settings.statuses[0] ?? 'Lead';
  const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseYmd(v, crm.offset) : null);
  const overdue = plan.leads.filter((l) => {
    const created = day(l.values['Created At']);
    // A contact the file gives (even a late one) is on record: only those with none are said.
    if (!created || String(l.values.Status ?? first) !== first || l.values['Last Contact']) return false;
    const outcome = slaOutcome(
      created,
      day(l.values['Last Contact']),
      first,
      day(l.values['Status Changed At']),
      first,
      crm.settings.firstContactSlaHours,
      crm.now,
    );
    return outcome === 'breached';
  });
  if (overdue.length > 0)
    warnings.push(
      t(crm.lang, 'import.slaOverdue', {
        count: overdue.length,
        status: label(crm.lang, 'status', first),
        hours: crm.settings.firstContactSlaHours,
        rows: rowList(overdue.map((l) => l.row)),
      }),
    );
  // A second number in a phone cell is kept, but not where the card looks: said.
  const second = plan.leads.filter((l) => cleanText(own(l.extra, OTHER_PHONES)) !== '');
  if (second.length > 0)
    warnings.push(
      t(crm.lang, 'import.otherPhones', {
        count: second.length,
        column: OTHER_PHONES,
        rows: rowList(second.map((l) => l.row)),
      }),
    );
  for (const g of plan.gateGaps)
    warnings.push(
      t(crm.lang, 'import.gateMissing', {
        count: g.rows.length,
        status: ref(`status.${g.status}` as MessageKey),
        fields: refs(g.fields.map((h) => `field.${camelKey(h)}` as MessageKey)),
        rows: rowList(g.rows),
      }),
    );
  return warnings;
}

// An Owner typed or pasted in the grid (the way a manager hands a leaver's leads over): a Team
// member's name (`Rina`) is written as their email, as the sidebar's edit and the import do
// (people.ts, one rule), so the lead is in the new owner's Today and digest; each row changed gets
// a Note saying who had it, so a handover leaves its trace. A name that fits no one, or two
// people, is kept as typed and said in a toast.
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type ActivityRecord } from '../core/schema';
import { describeChanges } from '../core/lead-edit';
import { changeText } from '../core/change-text';
import { t, type Message } from '../core/i18n';
import { displayName } from '../core/team';
import { Table } from './table';
import { cellText, message, type Crm } from './services';
import { ownerOf } from './leads';
import { readTeam } from './team';
import type { SheetEdit } from './consent-edit';

/** Maps and notes the edit's Owner cells; the caller holds the lock. */
export function noteOwnerEdit(crm: Crm, edit: SheetEdit): void {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const lo = edit.first - 2;
  const height = Math.min(edit.span, leads.rowCount - lo);
  if (lo < 0 || height <= 0) return;
  const text = (v: unknown) => cellText(v, crm.offset).trim();
  const owners = leads.sheet.getSheetValues(edit.first, leads.col('Owner'), height, 1).map((r) => r[0]);
  const ids = leads.sheet.getSheetValues(edit.first, leads.col('Lead ID'), height, 1).map((r) => text(r[0]));
  const team = readTeam(crm);
  const refused: Message[] = [];
  const written = owners.map((v) => {
    const o = ownerOf(crm, typeof v === 'string' ? v : text(v));
    if (!o.ok) refused.push(o.error);
    return o.ok ? text(o.owner) : null;
  });
  const mapped = written.map((w, i) => (w === null ? owners[i] : w));
  if (mapped.some((w, i) => w !== owners[i])) leads.writeColumn('Owner', lo, mapped);
  const show = changeText(crm.lang, crm.settings.currency);
  const who = (email: string) => (email ? displayName(team, email) || email : '');
  const notes: ActivityRecord[] = [];
  mapped.forEach((w, i) => {
    const now = text(w);
    const before = height === 1 && edit.oldValue !== undefined ? edit.oldValue.trim() : null;
    if (ids[i] === '' || now === '' || (before !== null && before === now)) return;
    notes.push({
      Timestamp: crm.now,
      'Lead ID': ids[i],
      Type: 'Note',
      Summary:
        before === null
          ? t(crm.lang, 'owner.noteSheet', { owner: who(now) })
          : t(crm.lang, 'owner.noteSheetFrom', {
              changes: describeChanges([{ header: 'Owner', from: who(before), to: who(now) }], show),
            }),
      By: edit.by,
      'Next Follow-up': '',
    });
  });
  if (notes.length > 0) Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(notes);
  if (refused.length > 0) crm.ss.toast(message(crm.lang, refused[0]), t(crm.lang, 'menu.title'), 15);
}

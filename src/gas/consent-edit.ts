// Consent typed or pasted in the grid (SPEC §3: Consent always applies to every row of the
// client). The sidebar's edit shares it (edit.ts shareFacts); an edit in the sheet must too, or a
// client who opted out on one deal reads as subscribed on the others. Same rows: the client's and
// those with the same address (as mail compares them), each change a Note on the row it reached.
// What is shared is core/consent.ts's rule (an opt-out always; a subscription only when one cell
// was changed to it).
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type ActivityRecord } from '../core/schema';
import { emailKeys } from '../core/email';
import { canonicalEmail } from '../core/match';
import { consentOf, consentToShare } from '../core/consent';
import { describeChanges } from '../core/lead-edit';
import { changeText } from '../core/change-text';
import { t } from '../core/i18n';
import { Table } from './table';
import { cellText, type Crm } from './services';

/**
 * An edit of the Leads grid: its first sheet row and height; `single` when it was one cell (with
 * its old value, when Sheets gave one: a typed edit of a filled cell). The Owner edit takes it too.
 */
export interface SheetEdit {
  first: number;
  span: number;
  single: boolean;
  oldValue?: string;
  by: string;
}

/**
 * Shares an edit's Consent; the caller holds the lock. Four column reads and one block write of
 * the Consent column, whatever the sheet's width; the Notes go in the same pass.
 */
export function shareConsent(crm: Crm, edit: SheetEdit): void {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  if (leads.rowCount === 0) return;
  const text = (v: unknown) => cellText(v, crm.offset).trim();
  const ids = leads.column('Lead ID').map(text);
  const clients = leads.column('Client ID').map(text);
  const consents = leads.column('Consent');
  const addresses = leads.column('Email').map((v) => emailKeys(text(v)).map(canonicalEmail));
  const edited: number[] = [];
  for (let i = edit.first - 2; i < Math.min(edit.first - 2 + edit.span, leads.rowCount); i++) edited.push(i);
  const inEdit = new Set(edited);
  // Rows by client and by address, made once: a paste of many rows looks each up, never rescans.
  const byClient = new Map<string, number[]>();
  const byAddress = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, j: number) => {
    const list = map.get(key);
    if (list) list.push(j);
    else map.set(key, [j]);
  };
  ids.forEach((_, j) => {
    if (clients[j] !== '') add(byClient, clients[j], j);
    for (const a of addresses[j]) add(byAddress, a, j);
  });
  // What each other row becomes, and from which edited row: an opt-out wins over a subscription.
  const reach = new Map<number, { consent: 'Subscribed' | 'Opted out'; from: number }>();
  for (const i of edited) {
    const consent = consentToShare(consents[i], edit.single, edit.oldValue);
    if (consent === null) continue;
    const others = [
      ...(clients[i] === '' ? [] : (byClient.get(clients[i]) ?? [])),
      ...addresses[i].flatMap((a) => byAddress.get(a) ?? []),
    ];
    for (const j of others) {
      if (inEdit.has(j) || reach.get(j)?.consent === 'Opted out') continue;
      reach.set(j, { consent, from: i });
    }
  }
  const changed = [...reach]
    .filter(([j, r]) => consentOf(consents[j]) !== consentOf(r.consent))
    .sort(([a], [b]) => a - b);
  if (changed.length === 0) return;
  // One write: the Consent column from the first row reached to the last, the rows between as read.
  const lo = changed[0][0];
  const block = consents.slice(lo, changed[changed.length - 1][0] + 1);
  for (const [j, r] of changed) block[j - lo] = r.consent;
  leads.writeColumn('Consent', lo, block);
  const show = changeText(crm.lang, crm.settings.currency);
  const notes: ActivityRecord[] = changed
    .filter(([j]) => ids[j] !== '') // a row typed without an ID has no timeline to note it on
    .map(([j, r]) => ({
      Timestamp: crm.now,
      'Lead ID': ids[j],
      Type: 'Note',
      Summary: t(crm.lang, 'edit.noteShared', {
        leadId: ids[r.from] || t(crm.lang, 'edit.sheetRow', { row: r.from + 2 }),
        changes: describeChanges([{ header: 'Consent', from: text(consents[j]), to: r.consent }], show),
      }),
      By: edit.by,
      'Next Follow-up': '',
    }));
  if (notes.length > 0) Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(notes);
}

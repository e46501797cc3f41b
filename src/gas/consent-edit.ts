// Consent typed or pasted in the grid (SPEC §3: Consent always applies to every row of the
// client). The sidebar's edit shares it (edit.ts shareFacts); an edit in the sheet must too, or a
// client who opted out on one deal reads as subscribed on the others. Same rule: the client's rows
// and rows with the same address (as mail compares them), each change a Note on the row it reached.
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type ActivityRecord } from '../core/schema';
import { emailKeys } from '../core/email';
import { canonicalEmail } from '../core/match';
import { describeChanges } from '../core/lead-edit';
import { changeText } from '../core/change-text';
import { CrmError, t } from '../core/i18n';
import { Table } from './table';
import { cellText, withDocumentLock, EDIT_LOCK_WAIT_MS, type Crm } from './services';

/** The values that are a decision of the person: an empty cell (not asked) is not shared. */
const DECIDED = new Set(['Subscribed', 'Opted out']);

/**
 * Gives the Consent of Leads rows `first`..`first + span - 1` (sheet rows, just edited) to the
 * other rows of their clients and addresses. Busy (someone else is writing): the edited cells
 * stay as typed, and a toast says the other rows were not reached.
 */
export function shareConsentEdit(crm: Crm, first: number, span: number, by: string): void {
  try {
    withDocumentLock(crm.lang, () => share(crm, first, span, by), EDIT_LOCK_WAIT_MS);
  } catch (err) {
    if (!(err instanceof CrmError)) throw err;
    crm.ss.toast(t(crm.lang, 'edit.consentNotShared'), t(crm.lang, 'menu.title'), 15);
  }
}

function share(crm: Crm, first: number, span: number, by: string): void {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  if (leads.rowCount === 0) return;
  const cols = leads.columnsOf(['Lead ID', 'Client ID', 'Email', 'Consent']);
  const text = (v: unknown) => cellText(v, crm.offset).trim();
  const edited = new Set<number>();
  for (let i = first - 2; i < Math.min(first - 2 + span, leads.rowCount); i++) edited.add(i);
  // Rows by client and by address, made once: a paste of many rows looks each up, never rescans.
  const byClient = new Map<string, number[]>();
  const byAddress = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, j: number) => {
    const list = map.get(key);
    if (list) list.push(j);
    else map.set(key, [j]);
  };
  const addresses = cols.Email.map((v) => emailKeys(text(v)).map(canonicalEmail));
  cols['Lead ID'].forEach((_, j) => {
    const client = text(cols['Client ID'][j]);
    if (client !== '') add(byClient, client, j);
    for (const a of addresses[j]) add(byAddress, a, j);
  });
  // What each other row becomes, and from which edited row (the last one of a paste wins).
  const reach = new Map<number, { consent: string; from: string }>();
  for (const i of edited) {
    const consent = text(cols.Consent[i]);
    if (!DECIDED.has(consent)) continue;
    const client = text(cols['Client ID'][i]);
    const others = [
      ...(client === '' ? [] : (byClient.get(client) ?? [])),
      ...addresses[i].flatMap((a) => byAddress.get(a) ?? []),
    ];
    for (const j of others) if (!edited.has(j)) reach.set(j, { consent, from: text(cols['Lead ID'][i]) });
  }
  const show = changeText(crm.lang, crm.settings.currency);
  const notes: ActivityRecord[] = [];
  for (const [j, { consent, from }] of reach) {
    const was = text(cols.Consent[j]);
    if (was === consent) continue;
    leads.update(j, { Consent: consent });
    const id = text(cols['Lead ID'][j]);
    if (id === '') continue; // a row typed without an ID: changed, with no timeline to note it on
    notes.push({
      Timestamp: crm.now,
      'Lead ID': id,
      Type: 'Note',
      Summary: t(crm.lang, 'edit.noteShared', {
        leadId: from,
        changes: describeChanges([{ header: 'Consent', from: was, to: consent }], show),
      }),
      By: by,
      'Next Follow-up': '',
    });
  }
  if (notes.length > 0) Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(notes);
}

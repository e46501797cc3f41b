// The selected-lead card as the sidebar draws it, built from a Leads row already in hand: by
// getSelectedLead when a view opens, and by every write the sidebar makes (logActivity,
// setLeadStatus, updateLead, sendTemplateEmail), which hands back the card as it now is so the
// page redraws without a second round trip. A row's version lets the sidebar, following the
// grid's selection, fetch the card again only when the row changed.
import { LEAD_COLUMNS, type ActivityRecord, type LeadHeader, type LeadRecord } from '../core/schema';
import { isDate, toYmd, cellDate, localDateTime } from '../core/dates';
import { normalizePhone, whatsappLink } from '../core/phone';
import { formatPhone } from '../core/format';
import { situationOfStatus, type Situation } from '../core/templates';
import type { Table } from './table';
import { cellText, type Crm } from './services';

/** The Leads columns (LEAD_COLUMNS) by their camelCase keys; test/unit/api.test.ts keeps the two the same. */
export type LeadColumnKey =
  | 'leadId'
  | 'clientId'
  | 'createdAt'
  | 'name'
  | 'company'
  | 'phone'
  | 'email'
  | 'source'
  | 'needs'
  | 'status'
  | 'owner'
  | 'dealValue'
  | 'expectedClose'
  | 'nextFollowUp'
  | 'followUps'
  | 'lastContact'
  | 'statusChangedAt'
  | 'lostReason'
  | 'contractValue'
  | 'product'
  | 'completedOn'
  | 'consent';

/**
 * A lead's columns under their camelCase keys (`Next Follow-up` as nextFollowUp): a number as
 * the cell holds it, a date as YYYY-MM-DD, a date-time as an ISO string, anything else as text;
 * and the phone in E.164 ('' when it is not a valid number).
 */
export type LeadValues = Record<LeadColumnKey, string | number> & { leadId: string; phoneE164: string };

/** One of a lead's recent activities, newest first. */
export interface RecentActivity {
  timestamp: string;
  /** In the spreadsheet's time zone, not the browser's. */
  when: string;
  type: string;
  summary: string;
  by: string;
}

/** The lead part of the card: its columns and what the sidebar shows besides. */
export type LeadCard = LeadValues & {
  row: number;
  /** The row's version (rowVersion): the same as getActiveLead answers while the row is unchanged. */
  version: string;
  /** A wa.me link when the phone is a mobile, else ''. */
  whatsapp: string;
  /** A tel: link when there is a phone, else ''. */
  tel: string;
  /** The phone as people read it (`0812-3456-7890`), or the cell as it is when not a number. */
  phoneText: string;
  lastContactLocal: string;
  situation: Situation;
};

/**
 * What a write hands back for the card: the lead as the write left it (read back from the sheet)
 * and the activities it logged on it, newest first, for the page to put above the ones it shows.
 */
export interface CardUpdate {
  lead: LeadCard;
  logged: RecentActivity[];
}

const DATE_ONLY = new Set<LeadHeader>(LEAD_COLUMNS.filter((c) => c.kind === 'date').map((c) => c.header));

/**
 * A short fingerprint of a Leads row (our columns, by header): it changes when any of them does.
 * Computed from the values as the sheet returns them, by getActiveLead and by the card alike.
 */
export function rowVersion(rec: LeadRecord): string {
  let h = 0x811c9dc5;
  for (const c of LEAD_COLUMNS) {
    const v = rec[c.header];
    const s = `${isDate(v) ? `d${v.getTime()}` : `${typeof v}:${v === null || v === undefined ? '' : String(v)}`}\u0001`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(36);
}

function values(rec: LeadRecord, crm: Crm): LeadValues {
  const out: Record<string, string | number> = {};
  for (const c of LEAD_COLUMNS) {
    const v = rec[c.header];
    out[c.key] = isDate(v)
      ? DATE_ONLY.has(c.header)
        ? toYmd(v, crm.offset)
        : v.toISOString()
      : typeof v === 'number'
        ? v
        : cellText(v, crm.offset);
  }
  const p = normalizePhone(rec['Phone']);
  // The keys are LEAD_COLUMNS' (a unit test holds LeadColumnKey to them).
  return {
    ...(out as Record<LeadColumnKey, string | number>),
    leadId: cellText(rec['Lead ID'], crm.offset).trim(),
    phoneE164: p.ok ? p.e164 : '',
  };
}

/** The card of the lead at data index `index`, from its record as read from the sheet. */
export function leadCard(crm: Crm, rec: LeadRecord, index: number): LeadCard {
  const lead = values(rec, crm);
  const phone = String(lead.phoneE164);
  return {
    ...lead,
    row: index + 2,
    version: rowVersion(rec),
    // WhatsApp only where it can work (a mobile); a landline is called.
    whatsapp: phone ? whatsappLink(phone) : '',
    tel: phone ? `tel:${phone}` : '',
    phoneText: phone ? formatPhone(phone) : String(lead.phone),
    lastContactLocal: isDate(rec['Last Contact'])
      ? localDateTime(rec['Last Contact'], crm.offset)
      : cellText(rec['Last Contact'], crm.offset),
    situation: situationOfStatus(
      cellText(rec['Status'], crm.offset),
      cellDate(rec['Last Contact'], crm.offset) !== null,
    ),
  };
}

/** An Activities row as the card lists it. */
export function recentActivity(r: ActivityRecord, crm: Crm): RecentActivity {
  const ts = r['Timestamp'];
  return {
    timestamp: isDate(ts) ? ts.toISOString() : cellText(ts, crm.offset),
    // Shown in the spreadsheet's time zone, not the browser's.
    when: isDate(ts) ? localDateTime(ts, crm.offset) : cellText(ts, crm.offset),
    type: cellText(r['Type'], crm.offset),
    summary: cellText(r['Summary'], crm.offset),
    by: cellText(r['By'], crm.offset),
  };
}

/**
 * The card after a write: the row as it stands (read under the lock and kept up to date by the
 * write, so its version is the one the sidebar will see when it asks), and the activities the
 * write appended for this lead.
 */
export function cardAfterWrite(
  crm: Crm,
  leads: Table<LeadHeader>,
  index: number,
  logged: readonly ActivityRecord[],
): CardUpdate {
  return {
    lead: leadCard(crm, leads.currentRow(index), index),
    logged: [...logged].reverse().map((a) => recentActivity(a, crm)),
  };
}

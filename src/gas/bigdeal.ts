// Big-deal alerts: the managers are told once per lead when its Deal Value reaches
// Settings' "Big deal threshold": by email at once when the sidebar saved it (if the quota
// allows), otherwise in the next daily digest. A document property per lead records it.
import { bigDealEmail, type BigDeal } from '../core/reports';
import { displayName, managersOf } from '../core/team';
import type { LeadRecord } from '../core/schema';
import { cellText, type Crm } from './services';
import { readTeam } from './team';
import { sendUnderLedger } from './mail';
import { documentProperties } from './execution';

const KEY = 'lembar.bigdeal.';

export function alreadyTold(props: Record<string, string>, leadId: string): boolean {
  return Object.prototype.hasOwnProperty.call(props, KEY + leadId);
}

export function markTold(crm: Crm, leadIds: string[]): void {
  if (leadIds.length === 0) return;
  documentProperties().setProperties(Object.fromEntries(leadIds.map((id) => [KEY + id, crm.now.toISOString()])));
}

/** After a save from the sidebar: tell the managers now, once. Never fails the save. */
export function alertBigDealNow(crm: Crm, lead: LeadRecord): void {
  try {
    const value = lead['Deal Value'];
    const threshold = crm.settings.bigDealThreshold;
    const leadId = cellText(lead['Lead ID'], crm.offset);
    if (
      !(threshold > 0) ||
      typeof value !== 'number' ||
      value < threshold ||
      !leadId ||
      cellText(lead['Status'], crm.offset) === 'Lost'
    )
      return;
    if (documentProperties().getProperty(KEY + leadId) !== null) return;
    const team = readTeam(crm);
    const managers = managersOf(team, crm.settings.managerEmails);
    if (managers.length === 0) return;
    const deal: BigDeal = {
      leadId,
      name: cellText(lead['Name'], crm.offset),
      company: cellText(lead['Company'], crm.offset),
      owner: cellText(lead['Owner'], crm.offset),
      value,
      status: cellText(lead['Status'], crm.offset),
    };
    const r = sendUnderLedger(
      crm,
      'bigdeal',
      managers.map((m) => ({
        key: `${leadId}:${m}`,
        email: bigDealEmail(crm.lang, m, [deal], crm.settings.currency, (e) => displayName(team, e) || e),
      })),
    );
    // Told when every manager has it; otherwise the next daily digest tells them.
    if (r.waiting.length === 0 && r.errors.length === 0) markTold(crm, [leadId]);
  } catch (_e) {
    /* an alert never costs the user their save: the daily digest will carry it */
  }
}

// The playground grid's frozen columns and column widths, by the CRM's own (typed) headers.
import type {
  ActivityHeader,
  CampaignHeader,
  DuplicateHeader,
  LeadHeader,
  SettingsHeader,
  TeamHeader,
  TemplateHeader,
} from '../../core/schema';

export const FROZEN: Record<string, readonly LeadHeader[]> = { Leads: ['Lead ID', 'Name'] };
/** A header of one of the CRM's tabs (typed, so a misspelt one fails the type check). */
type CrmHeader =
  | LeadHeader
  | ActivityHeader
  | SettingsHeader
  | DuplicateHeader
  | TeamHeader
  | TemplateHeader
  | CampaignHeader;
// Widths (px) that show Name, Status, Owner, Deal Value and Next Follow-up beside the sidebar
// on a 1366 px screen; a cut-off value shows whole on hover.
const WIDTHS: Partial<Record<CrmHeader, number>> = {
  'Lead ID': 66,
  'Client ID': 62,
  'Created At': 60,
  Name: 104,
  Company: 64,
  Phone: 84,
  Email: 64,
  Source: 48,
  Needs: 50,
  Status: 112,
  Owner: 84,
  'Deal Value': 80,
  'Expected Close': 66,
  'Next Follow-up': 80,
  'Follow-ups': 48,
  Timestamp: 120,
  Summary: 220,
  Type: 110,
  Setting: 200,
  Value: 180,
  Description: 320,
  Problem: 200,
  Group: 56,
  Reason: 200,
  Merge: 56,
  Check: 80,
};
export function widthOf(h: string): number {
  return WIDTHS[h as CrmHeader] || 110;
}

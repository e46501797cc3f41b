// What every view of the sidebar shares: the context the server sent (language, lists,
// templates), status names in the user's language, and a way to open a lead from any view.
import type { SidebarContext } from '../gas/sidebar';
import { labelIn, type LabelKind } from '../core/data-labels';

export let ctx: SidebarContext;
export function setContext(c: SidebarContext): void {
  ctx = c;
}

/** A status, source, activity type or campaign state as the user reads it (the sheet keeps the English name). */
export const label = (kind: LabelKind, name: string) => labelIn(ctx.messages, kind, name);

/** Stage colours for status badges: won green, lost red, open stages blue, past clients grey. */
export function badgeClass(status: string): string {
  if (status === 'Won') return 'badge won';
  if (status === 'Lost') return 'badge lost';
  if (status === 'Past Client') return 'badge past';
  if (status === 'Lead') return 'badge new';
  return 'badge open';
}

let opener: (leadId: string) => void = () => undefined;
/** Opens a lead in the Selected tab (set by the sidebar once its tabs exist). */
export function openLead(leadId: string): void {
  opener(leadId);
}
export function setOpener(f: (leadId: string) => void): void {
  opener = f;
}

/** A status the next opened lead's status form starts at (where Today advises Lost). */
let pendingStatus: { leadId: string; status: string } | null = null;
/** Opens a lead with its status form set to `status` (the reason fields it needs shown). */
export function openLeadAt(leadId: string, status: string): void {
  pendingStatus = { leadId, status };
  opener(leadId);
}
/** The status a lead's form should start at, once (then forgotten). */
export function takePendingStatus(leadId: string): string {
  const p = pendingStatus;
  if (!p || p.leadId !== leadId) return '';
  pendingStatus = null;
  return p.status;
}

let clientOpener: (clientId: string) => void = () => undefined;
/** Opens a client's card (in the Selected tab). */
export function openClient(clientId: string): void {
  clientOpener(clientId);
}
export function setClientOpener(f: (clientId: string) => void): void {
  clientOpener = f;
}

/** A client's contact facts, for a new deal of it. */
export interface NewDealFor {
  clientId: string;
  name: string;
  company: string;
  phone: string;
  email: string;
}
let dealStarter: (client: NewDealFor) => void = () => undefined;
/** Opens the lead form for a new deal of this client, its contact facts filled in. */
export function startNewDeal(client: NewDealFor): void {
  dealStarter(client);
}
export function setNewDealStarter(f: (client: NewDealFor) => void): void {
  dealStarter = f;
}

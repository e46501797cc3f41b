// What every view of the sidebar shares: the context the server sent (language, lists,
// templates), status names in the user's language, and a way to open a lead from any view.
export interface Ctx {
  lang: 'id' | 'en';
  messages: Record<string, string>;
  user: string;
  currency: string;
  sources: string[];
  statuses: string[];
  transitions: Record<string, string[]>;
  required: Record<string, string[]>;
  lostReasons: string[];
  activityTypes: string[];
  templates: { id: string; name: string; channel: string; language: string; situation: string }[];
  /** Running WhatsApp campaigns, whose queue the Today tab offers. */
  campaigns: string[];
}

export type Lead = Record<string, string | number> & {
  leadId: string;
  whatsapp: string;
  tel: string;
  situation: string;
  activities: { timestamp: string; when: string; type: string; summary: string; by: string }[];
};

export let ctx: Ctx;
export function setContext(c: Ctx): void {
  ctx = c;
}

/** A status or activity type as the user reads it (the sheet keeps the English name). */
export const label = (prefix: 'status' | 'type', name: string) => ctx.messages[`${prefix}.${name}`] ?? name;

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

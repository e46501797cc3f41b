// Which templates the sidebar offers for a lead, and in what order: the user's language, a
// WhatsApp template only where WhatsApp can work (a mobile), the lead's situation first. One rule
// for the server (the template getSelectedLead fills at once) and the page (the list it shows).
export interface OfferedTemplate {
  channel: string;
  language: string;
  situation: string;
}

export function templatesFor<T extends OfferedTemplate>(
  all: readonly T[],
  lang: string,
  situation: string,
  whatsapp: boolean,
): T[] {
  const mine = all.filter((t) => t.language === lang && (t.channel !== 'WhatsApp' || whatsapp));
  return [...mine.filter((t) => t.situation === situation), ...mine.filter((t) => t.situation !== situation)];
}

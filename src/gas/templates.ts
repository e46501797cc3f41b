// renderTemplate and sendTemplateEmail (SPEC §3): a template filled for one lead. The
// sidebar shows the text, opens WhatsApp with it (mobiles only) or sends it as an email; a
// placeholder without a value is never sent as `{nama}`, and placeholders are filled once: a
// lead's own data is never read as one.
import { isQuotationActivity } from '../core/pipeline';
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type LeadRecord } from '../core/schema';
import {
  leftoverPlaceholders,
  nameValues,
  renderTemplate as fill,
  type Template,
  type TemplateValues,
} from '../core/templates';
import { formatDay } from '../core/format';
import { templatesFor } from '../core/template-order';
import { headerText, normalizeEmail } from '../core/email';
import { whatsappLink, normalizePhone } from '../core/phone';
import { displayName } from '../core/team';
import { formatMoney } from '../core/money';
import { cleanText } from '../core/fields';
import { CrmError, ref, t, userText } from '../core/i18n';
import { isDate, toYmd } from '../core/dates';
import { Table } from './table';
import type { CardUpdate, LeadCard } from './card';
import { logActivity } from './activities';
import { findLead } from './leads';
import { openCrm, cellText, currentUser, type Crm } from './services';
import { readTeam, readTemplates } from './team';

function prepared(
  crm: Crm,
  arg: unknown,
): { template: Template; values: TemplateValues; lead: LeadRecord; leadId: string } {
  const a = (arg && typeof arg === 'object' ? arg : {}) as { templateId?: unknown; leadId?: unknown };
  const templateId = cleanText(typeof a.templateId === 'string' ? a.templateId : '');
  const leadId = cleanText(typeof a.leadId === 'string' ? a.leadId : '');
  const template = readTemplates(crm).find((x) => x.id === templateId);
  if (!template)
    throw new CrmError({ key: 'template.unknown', params: { templateId: userText(templateId || '?') } }, crm.lang);
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const index = leadId ? findLead(leads, leadId, crm.offset) : -1;
  if (index < 0)
    throw new CrmError({ key: 'error.unknownLead', params: { leadId: userText(leadId || '?') } }, crm.lang);
  const lead = leads.readRow(index);
  return { template, values: templateValues(crm, template, lead, leadId), lead, leadId };
}

/** What a template's placeholders are filled with, for one lead. */
/** `quotation`: the day of the last quotation when the caller read it already (YYYY-MM-DD, or ''). */
function templateValues(
  crm: Crm,
  template: Template,
  lead: LeadRecord,
  leadId: string,
  quotation?: string,
): TemplateValues {
  const team = readTeam(crm);
  const owner = cellText(lead['Owner'], crm.offset).trim().toLowerCase() || currentUser().toLowerCase();
  const value = typeof lead['Deal Value'] === 'number' ? formatMoney(lead['Deal Value'], crm.settings.currency) : '';
  // A date in a client's message as people write it, in the template's language: 7 Desember 2026.
  const quoted = (quotation ?? quotationDate(crm, leadId)) || statusDate(crm, lead);
  return {
    ...nameValues(cellText(lead['Name'], crm.offset), crm.settings.salutation, template.language),
    company: cellText(lead['Company'], crm.offset),
    needs: cellText(lead['Needs'], crm.offset),
    product: cellText(lead['Product'], crm.offset),
    sales: displayName(team, owner),
    salesPhone: team.get(owner)?.phone ?? '',
    value,
    quotationDate: quoted ? formatDay(quoted, template.language === 'en' ? 'en' : 'id', 'long') : '',
  };
}

/** When the last quotation was sent (the latest quotation activity), as YYYY-MM-DD: one read. */
function quotationDate(crm: Crm, leadId: string): string {
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const cols = acts.columnsOf(['Timestamp', 'Lead ID', 'Type', 'Summary']);
  const text = (v: unknown) => cellText(v, crm.offset);
  for (let i = cols['Lead ID'].length - 1; i >= 0; i--) {
    if (text(cols['Lead ID'][i]) !== leadId || !isQuotationActivity(text(cols['Type'][i]), text(cols['Summary'][i])))
      continue;
    const when = cols['Timestamp'][i];
    return isDate(when) ? toYmd(when, crm.offset) : '';
  }
  return '';
}

/**
 * A lead at Quotation Sent with no quotation on record (imported so): the day it moved there. A
 * later stage's date is not the quotation's, so Negotiation gives none.
 */
function statusDate(crm: Crm, lead: LeadRecord): string {
  const at = lead['Status Changed At'];
  return cellText(lead['Status'], crm.offset) === 'Quotation Sent' && isDate(at) ? toYmd(at, crm.offset) : '';
}

/** A template filled for one lead; `missing` names the placeholders the lead has no value for. */
export interface RenderedTemplate {
  templateId: string;
  channel: string;
  subject: string;
  text: string;
  missing: string[];
  /** Braces of the lead's own data, per token: text, not placeholders. */
  fromLead: Record<string, number>;
  /** The lead's email address. */
  to: string;
  /** Email only: who the email comes from (the team member's name and the user's address), else ''. */
  from: string;
  /** A wa.me link with the text, for a WhatsApp template, a mobile and nothing missing; else ''. */
  whatsapp: string;
}

export function renderTemplate(arg?: { templateId?: string; leadId?: string }): RenderedTemplate {
  const crm = openCrm();
  const { template, values, lead } = prepared(crm, arg);
  return rendered(crm, template, values, lead);
}

/**
 * The first template the sidebar offers for a lead (templatesFor), filled: the selected-lead view
 * opens with it in the same call (getSelectedLead). null when no template fits.
 */
export function firstTemplateFor(
  crm: Crm,
  lead: LeadRecord,
  card: LeadCard,
  quotation?: string,
): RenderedTemplate | null {
  const [first] = templatesFor(readTemplates(crm), crm.lang, card.situation, card.whatsapp !== '');
  return first ? rendered(crm, first, templateValues(crm, first, lead, card.leadId, quotation), lead) : null;
}

function rendered(crm: Crm, template: Template, values: TemplateValues, lead: LeadRecord): RenderedTemplate {
  const r = fill(template, values);
  const phone = normalizePhone(lead['Phone']);
  // What is unfilled is the server's to say (the page never re-reads braces in the lead's data).
  const missing = [...r.missing, ...r.unknown];
  return {
    templateId: template.id,
    channel: template.channel,
    subject: r.subject,
    text: r.text,
    missing,
    fromLead: r.fromLead,
    to: cellText(lead['Email'], crm.offset),
    from: template.channel === 'Email' ? sender(values) : '',
    whatsapp:
      template.channel === 'WhatsApp' && phone.ok && missing.length === 0 ? whatsappLink(phone.e164, r.text) : '',
  };
}

/** Who an email comes from as its reader sees it: the salesperson's name and the user's address. */
function sender(values: TemplateValues): string {
  const name = headerText(values.sales ?? '');
  const address = currentUser();
  return name && address ? `${name} <${address}>` : name || address;
}

/**
 * Sends an email template to the lead (quota checked first) and logs an Email activity. What is
 * sent is what the person saw: the text as filled once (or as they edited it), never filled
 * again; a placeholder still in it (beyond braces of the lead's own data) refuses the send.
 */
export interface TemplateEmailSent {
  ok: true;
  message: string;
  /** Whether the Email activity was logged. */
  logged: boolean;
  /** To whom it went (the address as sent). */
  to: string;
  /** The selected-lead card after the send and its Email activity (null when it could not be logged). */
  card: CardUpdate | null;
}

export function sendTemplateEmail(arg?: {
  templateId?: string;
  leadId?: string;
  subject?: string;
  text?: string;
}): TemplateEmailSent {
  const crm = openCrm();
  const { template, values, lead, leadId } = prepared(crm, arg);
  if (template.channel !== 'Email')
    throw new CrmError({ key: 'template.notEmail', params: { templateId: userText(template.id) } }, crm.lang);
  const cell = cellText(lead['Email'], crm.offset).trim();
  if (!cell) throw new CrmError({ key: 'template.noEmail' }, crm.lang);
  // One well-formed address, checked before MailApp (whose "Invalid email" names no field); a
  // cell with a line break or a second address is refused, naming the field.
  const address = normalizeEmail(cell);
  if (!address.ok)
    throw new CrmError(
      {
        key: 'template.badEmail',
        params: { field: ref('field.email'), leadId: userText(leadId), email: userText(cell.replace(/\s+/g, ' ')) },
      },
      crm.lang,
    );
  const to = address.email;
  // The person may have edited the text in the sidebar; what is sent is what they saw.
  const a = (arg ?? {}) as { subject?: unknown; text?: unknown };
  const r = fill(template, values);
  const subject = typeof a.subject === 'string' ? a.subject : r.subject;
  const text = typeof a.text === 'string' ? a.text : r.text;
  const left = leftoverPlaceholders(subject, text, r.fromLead);
  if (left.length > 0)
    throw new CrmError({ key: 'template.missing', params: { names: userText(left.join(', ')) } }, crm.lang);
  if (MailApp.getRemainingDailyQuota() < 1) throw new CrmError({ key: 'template.quota' }, crm.lang);
  MailApp.sendEmail({
    to,
    subject: headerText(subject),
    body: text,
    name: headerText(values.sales ?? '') || undefined,
  });
  const logged = logActivity({ leadId, type: 'Email', summary: `${subject}`.slice(0, 500) || template.name });
  return {
    ok: true,
    message: t(crm.lang, logged.ok ? 'mail.sent' : 'mail.sentNotLogged', { to: userText(to) }),
    logged: logged.ok,
    to,
    card: logged.ok ? logged.card : null,
  };
}

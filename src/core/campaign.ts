// Campaigns: who a campaign reaches and what each person gets, from plain rows. A
// segment is `Field=value; Field<date; Field>date; Created=from..to` over Status, Source, Owner,
// Product, Last Contact and Created. Consent is the person's: an address opted out on any row never
// receives a campaign; a lead never asked does only when Settings allows; one message per address
// (compared as mail compares them) however many leads share it; a lead missing a value the
// template needs is skipped with the reason, never sent `{nama}`.
import { ref, userText, type Message } from './i18n';
import type { Settings } from './settings';
import type { LeadHeader, LeadRecord } from './schema';
import { cellDate, parseYmd, toYmd } from './dates';
import { emailKeys, mailboxKey, normalizeEmail } from './email';
import { normalizePhone, isMobile } from './phone';
import { nameValues, renderTemplate, type Template, type TemplateValues } from './templates';
import { consentOf } from './consent';

const FIELDS: Record<string, LeadHeader> = {
  status: 'Status',
  source: 'Source',
  owner: 'Owner',
  product: 'Product',
  'last contact': 'Last Contact',
  created: 'Created At',
};
const DATE_FIELDS = new Set<LeadHeader>(['Last Contact', 'Created At']);

export interface SegmentRule {
  header: LeadHeader;
  op: '=' | '<' | '>' | 'between';
  values: string[];
}

export type SegmentResult = { ok: true; rules: SegmentRule[] } | { ok: false; error: Message };

export function parseSegment(segment: string, campaign: string): SegmentResult {
  const rules: SegmentRule[] = [];
  for (const part of segment
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([^=<>]+?)\s*(=|<|>)\s*(.+)$/.exec(part);
    const field = m ? m[1].trim() : part;
    const header = FIELDS[field.toLowerCase()];
    if (!m || !header)
      return {
        ok: false,
        error: { key: 'campaign.badSegment', params: { name: userText(campaign), field: userText(field) } },
      };
    const value = m[3].trim();
    if (DATE_FIELDS.has(header)) {
      const range = m[2] === '=' && value.includes('..') ? value.split('..').map((v) => v.trim()) : [value];
      for (const v of range)
        if (!parseYmd(v, 0))
          return {
            ok: false,
            error: {
              key: 'campaign.badValue',
              params: { name: userText(campaign), field: userText(field), value: userText(v) },
            },
          };
      rules.push({ header, op: range.length === 2 ? 'between' : (m[2] as SegmentRule['op']), values: range });
    } else rules.push({ header, op: '=', values: value.split(',').map((v) => v.trim().toLowerCase()) });
  }
  return { ok: true, rules };
}

function matches(r: LeadRecord, rules: SegmentRule[], offset: number): boolean {
  return rules.every((rule) => {
    if (!DATE_FIELDS.has(rule.header))
      return rule.values.includes(
        String(r[rule.header] ?? '')
          .trim()
          .toLowerCase(),
      );
    const d = cellDate(r[rule.header], offset);
    if (!d) return false;
    const day = toYmd(d, offset);
    if (rule.op === '<') return day < rule.values[0];
    if (rule.op === '>') return day > rule.values[0];
    if (rule.op === 'between') return day >= rule.values[0] && day <= rule.values[1];
    return day === rule.values[0];
  });
}

export interface Recipient {
  leadId: string;
  /** The lead's Name, so whoever works the WhatsApp queue sees who they are writing to. */
  name: string;
  /** Where it goes: an email address, or an E.164 mobile for WhatsApp. */
  to: string;
  /** The mailbox `to` reaches (`mailboxKey`), or the mobile: what "once per address" counts. */
  key: string;
  /** The Owner's address, for Reply-To ('' when the lead has no owner). */
  owner: string;
  subject: string;
  text: string;
}

export interface CampaignPlan {
  recipients: Recipient[];
  skipped: { leadId: string; reason: Message }[];
  /** Leads of the segment never asked for consent (Consent empty): sent only when Settings allows. */
  notAsked: number;
}

/** Every address a row's cell holds, as mail compares them (for consent, which is the person's). */
function addressKeys(r: Record<string, unknown>, whatsapp: boolean): string[] {
  if (whatsapp) {
    const p = normalizePhone(r['Phone']);
    return p.ok ? [p.e164] : [];
  }
  const cell = r['Email'];
  return emailKeys(typeof cell === 'string' ? cell : String(cell ?? '')).map(mailboxKey);
}

export function planCampaign(
  rows: LeadRecord[],
  template: Template,
  rules: SegmentRule[],
  settings: Settings,
  salesName: (owner: string) => string,
  offset: number,
  stopLine: string,
): CampaignPlan {
  const out: CampaignPlan = { recipients: [], skipped: [], notAsked: 0 };
  const seen = new Map<string, string>();
  const seenClient = new Map<string, string>();
  const whatsapp = template.channel === 'WhatsApp';
  // Consent is the person's, whichever row says it: an address opted out (or with a consent
  // nobody can read) on any row of the whole sheet, in the segment or not, is never sent to; an
  // address subscribed on one row is subscribed on its others.
  const refused = new Map<string, { leadId: string; unclear: boolean }>();
  const subscribed = new Set<string>();
  for (const r of rows) {
    const c = consentOf(r['Consent']);
    if (c === 'notAsked') continue;
    for (const k of addressKeys(r, whatsapp)) {
      if (c === 'subscribed') subscribed.add(k);
      else if (!refused.has(k))
        refused.set(k, { leadId: String(r['Lead ID'] ?? '').trim(), unclear: c !== 'optedOut' });
    }
  }
  const skip = (leadId: string, reason: Message) => out.skipped.push({ leadId, reason });
  for (const r of rows) {
    const leadId = String(r['Lead ID'] ?? '').trim();
    if (!leadId || !matches(r, rules, offset)) continue;
    const consent = consentOf(r['Consent']);
    if (consent === 'optedOut') {
      skip(leadId, { key: 'campaign.skip.optedOut' });
      continue;
    }
    if (consent === 'unclear') {
      skip(leadId, { key: 'campaign.skip.unclear', params: { value: userText(String(r['Consent'])) } });
      continue;
    }
    let to = '';
    let key = '';
    if (whatsapp) {
      const p = normalizePhone(r['Phone']);
      to = p.ok && isMobile(p.e164) ? p.e164 : '';
      key = to;
      if (!to) {
        skip(leadId, { key: 'campaign.skip.noPhone' });
        continue;
      }
    } else {
      // One address, spaces around it ignored; anything else (two addresses, a line break, a
      // display name) is refused by the one address rule, naming the field.
      const cell = String(r['Email'] ?? '').trim();
      const e = normalizeEmail(cell);
      if (!e.ok) {
        skip(
          leadId,
          cell === ''
            ? { key: 'campaign.skip.noEmail' }
            : { key: 'campaign.skip.badAddress', params: { field: ref('field.email'), value: userText(cell) } },
        );
        continue;
      }
      to = e.email;
      key = mailboxKey(to);
    }
    const refusedOn = refused.get(key);
    if (refusedOn !== undefined) {
      skip(leadId, {
        key: refusedOn.unclear ? 'campaign.skip.unclearElsewhere' : 'campaign.skip.optedOutElsewhere',
        params: { leadId: userText(refusedOn.leadId) },
      });
      continue;
    }
    if (consent === 'notAsked' && !subscribed.has(key)) {
      out.notAsked++;
      if (!settings.campaignsToUnasked) {
        skip(leadId, { key: 'campaign.skip.notAsked' });
        continue;
      }
    }
    const first = seen.get(key);
    if (first) {
      skip(leadId, { key: 'campaign.skip.sameAddress', params: { leadId: userText(first) } });
      continue;
    }
    // Once per client (SPEC §4): its other deals are the same person.
    const client = String(r['Client ID'] ?? '').trim();
    const firstOfClient = client ? seenClient.get(client) : undefined;
    if (firstOfClient) {
      skip(leadId, { key: 'campaign.skip.sameClient', params: { leadId: userText(firstOfClient) } });
      continue;
    }
    const ownerCell = String(r['Owner'] ?? '').trim();
    const ownerEmail = normalizeEmail(ownerCell);
    // The Owner becomes the email's Reply-To: only an address by the one rule may.
    if (!whatsapp && ownerCell !== '' && !ownerEmail.ok) {
      skip(leadId, {
        key: 'campaign.skip.badAddress',
        params: { field: ref('field.owner'), value: userText(ownerCell) },
      });
      continue;
    }
    const owner = ownerEmail.ok ? ownerEmail.email : '';
    const values: TemplateValues = {
      ...nameValues(String(r['Name'] ?? ''), settings.salutation, template.language),
      company: String(r['Company'] ?? ''),
      needs: String(r['Needs'] ?? ''),
      product: String(r['Product'] ?? ''),
      sales: salesName(owner),
    };
    const rendered = renderTemplate(template, values);
    if (rendered.missing.length > 0 || rendered.unknown.length > 0) {
      skip(leadId, {
        key: 'campaign.skip.missing',
        params: { names: userText([...rendered.missing, ...rendered.unknown].join(', ')) },
      });
      continue;
    }
    seen.set(key, leadId);
    if (client) seenClient.set(client, leadId);
    // Every campaign message says how to stop receiving them (UU PDP: the choice is honoured).
    out.recipients.push({
      leadId,
      name: String(r['Name'] ?? ''),
      to,
      key,
      owner,
      subject: rendered.subject,
      text: `${rendered.text}\n\n${stopLine}`,
    });
  }
  return out;
}

// Campaigns: who a campaign reaches and what each person gets, from plain rows. A
// segment is `Field=value; Field<date; Field>date; Created=from..to` over Status, Source, Owner,
// Product, Last Contact and Created. Opted-out people never receive a campaign; a lead never asked
// does only when Settings allows; one message per address however many leads share it; a lead
// missing a value the template needs is skipped with the reason, never sent `{nama}`.
import { userText, type Message } from './i18n';
import type { Settings } from './settings';
import type { LeadHeader, LeadRecord } from './schema';
import { cellDate, parseYmd, toYmd } from './dates';
import { normalizeEmail } from './email';
import { normalizePhone, isMobile } from './phone';
import { renderTemplate, type Template, type TemplateValues } from './templates';

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
  owner: string;
  subject: string;
  text: string;
}

export interface CampaignPlan {
  recipients: Recipient[];
  skipped: { leadId: string; reason: Message }[];
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
  const out: CampaignPlan = { recipients: [], skipped: [] };
  const seen = new Map<string, string>();
  const seenClient = new Map<string, string>();
  const whatsapp = template.channel === 'WhatsApp';
  for (const r of rows) {
    const leadId = String(r['Lead ID'] ?? '').trim();
    if (!leadId || !matches(r, rules, offset)) continue;
    const consent = String(r['Consent'] ?? '')
      .trim()
      .toLowerCase();
    if (consent === 'opted out') {
      out.skipped.push({ leadId, reason: { key: 'campaign.skip.optedOut' } });
      continue;
    }
    if (consent === '' && !settings.campaignsToUnasked) {
      out.skipped.push({ leadId, reason: { key: 'campaign.skip.notAsked' } });
      continue;
    }
    let to = '';
    if (whatsapp) {
      const p = normalizePhone(r['Phone']);
      to = p.ok && isMobile(p.e164) ? p.e164 : '';
      if (!to) {
        out.skipped.push({ leadId, reason: { key: 'campaign.skip.noPhone' } });
        continue;
      }
    } else {
      const e = normalizeEmail(String(r['Email'] ?? '').split(/[\s,;/]+/)[0] ?? '');
      to = e.ok ? e.email : '';
      if (!to) {
        out.skipped.push({ leadId, reason: { key: 'campaign.skip.noEmail' } });
        continue;
      }
    }
    const first = seen.get(to);
    if (first) {
      out.skipped.push({ leadId, reason: { key: 'campaign.skip.sameAddress', params: { leadId: userText(first) } } });
      continue;
    }
    // Once per client (SPEC §4): its other deals are the same person.
    const client = String(r['Client ID'] ?? '').trim();
    const firstOfClient = client ? seenClient.get(client) : undefined;
    if (firstOfClient) {
      out.skipped.push({
        leadId,
        reason: { key: 'campaign.skip.sameClient', params: { leadId: userText(firstOfClient) } },
      });
      continue;
    }
    const owner = String(r['Owner'] ?? '')
      .trim()
      .toLowerCase();
    const values: TemplateValues = {
      name: String(r['Name'] ?? ''),
      company: String(r['Company'] ?? ''),
      needs: String(r['Needs'] ?? ''),
      product: String(r['Product'] ?? ''),
      sales: salesName(owner),
    };
    const rendered = renderTemplate(template, values);
    if (rendered.missing.length > 0 || rendered.unknown.length > 0) {
      out.skipped.push({
        leadId,
        reason: {
          key: 'campaign.skip.missing',
          params: { names: userText([...rendered.missing, ...rendered.unknown].join(', ')) },
        },
      });
      continue;
    }
    seen.set(to, leadId);
    if (client) seenClient.set(client, leadId);
    // Every campaign message says how to stop receiving them (UU PDP: the choice is honoured).
    out.recipients.push({
      leadId,
      name: String(r['Name'] ?? ''),
      to,
      owner,
      subject: rendered.subject,
      text: `${rendered.text}\n\n${stopLine}`,
    });
  }
  return out;
}

// Lead intake (SPEC §4): what a response of the team's lead form becomes. The questions are found
// by their titles (English or Indonesian, as a team writes them in Google Forms), the answer to
// "how did you hear about us" becomes one of Settings' sources, and each response is judged by
// entry's rules (validateLeadForm) and matched by the audit's rule (match.ts): a new lead, a new
// deal for a known client, or a note on the client's open deal. Pure: the adapter reads and writes.
import { validateLeadForm, findContactMatches, type Errors, type NewLead } from './lead';
import { explainPair, findSameClient } from './match';
import { isOpenStatus } from './deals';
import { cleanText } from './fields';
import type { Settings } from './settings';
import type { ColumnDef } from './schema';
import type { Message } from './i18n';

/** What the add-on adds to the responses tab, right of the form's questions (English data names). */
export const INTAKE_COLUMNS: readonly ColumnDef<IntakeHeader>[] = [
  { header: 'Lead ID', key: 'leadId', kind: 'text' },
  { header: 'Owner', key: 'owner', kind: 'text' },
  { header: 'Intake', key: 'intake', kind: 'text' },
  { header: 'Owner Told', key: 'ownerTold', kind: 'datetime' },
  { header: 'Intake Note', key: 'intakeNote', kind: 'text' },
];
export type IntakeHeader = 'Lead ID' | 'Owner' | 'Intake' | 'Owner Told' | 'Intake Note';

/**
 * A response's state in the Intake column. Pending and Joining are written (with the Lead ID and
 * owner) before the lead or the note is, so a run killed in between is finished by the next one
 * with the same Lead ID; Review waits for a person (clearing the cell sends it through again).
 */
export const INTAKE = {
  pending: 'Pending',
  joining: 'Joining',
  newLead: 'New lead',
  newDeal: 'New deal',
  joined: 'Joined',
  review: 'Review',
} as const;
export type IntakeState = (typeof INTAKE)[keyof typeof INTAKE];
/** Who the add-on writes as in Activities (a data name, like a status). */
export const FORM_AUTHOR = 'Lead form';

export type Question = 'name' | 'company' | 'phone' | 'email' | 'needs' | 'source';

/** Title words per question, in the order they are tried ("Nama perusahaan" is a company, not a name). */
const QUESTION_WORDS: [Question, RegExp][] = [
  ['company', /\b(company|perusahaan|instansi|usaha|bisnis|organi[sz]ation|organisasi|kantor)\b/],
  ['source', /\b(hear|heard|tahu|mengetahui|sumber|source|referensi)\b|dari mana/],
  ['email', /\b(e ?mail|surel)\b/],
  ['phone', /\b(phone|telepon|telpon|telp|hp|handphone|whatsapp|wa|mobile|ponsel|nomor)\b/],
  ['needs', /\b(needs?|kebutuhan|keperluan|message|pesan|requirements?|inquiry|pertanyaan|keterangan)\b/],
  ['name', /\b(name|nama)\b/],
];

const words = (h: string) =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The column of each question among the responses tab's headers (0-based), the first title that
 * names it; the add-on's own columns and the Timestamp (always Google's first column) are skipped.
 */
export function mapQuestions(headers: readonly unknown[]): Partial<Record<Question, number>> {
  const ours = new Set<string>(INTAKE_COLUMNS.map((c) => c.header));
  const out: Partial<Record<Question, number>> = {};
  headers.forEach((h, i) => {
    const title = String(h ?? '').trim();
    if (i === 0 || title === '' || ours.has(title)) return;
    const w = words(title);
    const q = QUESTION_WORDS.find(([name, re]) => out[name] === undefined && re.test(w));
    if (q) out[q[0]] = i;
  });
  return out;
}

/** Whether the tab can hold lead responses: a name and a way to reach the person. */
export const isLeadForm = (q: Partial<Record<Question, number>>): boolean =>
  q.name !== undefined && (q.phone !== undefined || q.email !== undefined);

/** Words in an answer that point to a source (kept to the default source names a team has). */
const SOURCE_WORDS: [string, RegExp][] = [
  ['Google Ads', /\b(google ads|iklan google|adwords|google)\b/],
  ['Referral', /\b(referral|referensi|teman|friend|kenalan|rekomendasi|recommend|saudara|keluarga|colleague|rekan)\b/],
  ['Social Media', /\b(instagram|ig|facebook|fb|tiktok|linkedin|twitter|youtube|social|sosial|medsos)\b/],
  ['WhatsApp', /\b(whatsapp|wa)\b/],
  ['Event', /\b(event|pameran|expo|acara|seminar|exhibition)\b/],
  ['Walk-in', /\b(walk in|datang langsung|toko|showroom)\b/],
  ['Email', /\b(email|newsletter)\b/],
  ['Phone', /\b(phone|telepon|telpon)\b/],
  ['Website', /\b(website|web|situs|internet|online|search)\b/],
];

/** The Source for an answer: one of Settings' sources by name or by its words, else the form's default. */
export function sourceOf(answer: string, settings: Settings): string {
  const a = cleanText(answer).toLowerCase();
  const exact = settings.sources.find((s) => s.toLowerCase() === a);
  if (exact) return exact;
  const w = words(a);
  for (const [source, re] of SOURCE_WORDS) {
    const known = settings.sources.find((s) => s.toLowerCase() === source.toLowerCase());
    if (known && re.test(w)) return known;
  }
  return settings.leadFormSource;
}

const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|ru|xyz|top|info|biz|io|click|site)\b)/gi;

/** Why a response looks like spam rather than a person (null: it does not). */
export function spamReason(answers: Record<Question, string>): Message | null {
  const all = Object.values(answers).join(' ');
  if (/<\s*a\s|<\s*script|\[url[=\]]/i.test(all)) return { key: 'intake.spamMarkup' };
  if ((answers.name.match(LINK) ?? []).length > 0) return { key: 'intake.spamLinkInName' };
  if ((answers.needs.match(LINK) ?? []).length >= 3) return { key: 'intake.spamLinks' };
  if (answers.name !== '' && !/\p{L}/u.test(answers.name)) return { key: 'intake.spamName' };
  return null;
}

/** A row of Leads as intake reads it. */
export interface LeadRow {
  leadId: string;
  clientId: string;
  name: unknown;
  company: unknown;
  phone: unknown;
  email: unknown;
  status: string;
  owner: string;
  /** Created At in milliseconds (0 when unknown): the newest open deal is the one joined. */
  createdAt: number;
}

export type Decision =
  | { kind: 'review'; errors: Errors; spam: Message | null }
  /** A new row: for a known client (its ID and latest owner) or a new client (clientId ''). */
  | { kind: 'new'; lead: NewLead; clientId: string; clientOwner: string }
  /** The client's open deal: a note on it, its owner told. */
  | { kind: 'join'; lead: NewLead; leadId: string; owner: string };

/** What one response becomes, against the rows of Leads (those added earlier in the batch too). */
export function decide(answers: Record<Question, string>, settings: Settings, leads: readonly LeadRow[]): Decision {
  const checked = validateLeadForm(
    {
      name: answers.name,
      company: answers.company,
      phone: answers.phone,
      email: answers.email,
      needs: answers.needs,
      source: sourceOf(answers.source, settings),
    },
    settings,
  );
  const spam = spamReason(answers);
  if (!checked.ok || spam) return { kind: 'review', errors: checked.ok ? {} : checked.errors, spam };
  const lead = checked.lead;
  const rows = leads.filter((r) => r.clientId !== '');
  const me = { leadId: '', name: lead.name, company: lead.company, phone: lead.phone, email: lead.email };
  // The audit's rule decides who is the same client: a shared contact alone is not (an office line,
  // an info@ mailbox), so contact matches are judged as the audit judges them.
  const contact = findContactMatches(lead, { phone: rows.map((r) => r.phone), email: rows.map((r) => r.email) })
    .map((m) => m.index)
    .filter((i) => explainPair(me, rows[i]).verdict !== null);
  const named = findSameClient(me, rows).map((m) => m.index);
  const hits = [...new Set([...contact, ...named])];
  if (hits.length === 0) return { kind: 'new', lead, clientId: '', clientOwner: '' };
  // The best-evidenced client: a contact match first, then the matcher's order.
  const clientId = rows[hits[0]].clientId;
  const deals = rows.filter((r) => r.clientId === clientId).sort((a, b) => b.createdAt - a.createdAt);
  const open = deals.find((r) => isOpenStatus(r.status));
  if (open) return { kind: 'join', lead, leadId: open.leadId, owner: open.owner };
  return { kind: 'new', lead, clientId, clientOwner: deals[0]?.owner ?? '' };
}

/** A short, stable digest of a text (FNV-1a, base 36): a response's part of a key, never its content. */
export function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * The owner of a new lead from the form: Settings' owner for its source, else the next of the
 * Team's Sales after the one who had the last turn, else '' (the caller's default).
 */
export function ownerByRule(source: string, settings: Settings, sales: readonly string[], lastTurn: string): string {
  const bySource = settings.leadFormOwners[source];
  if (bySource) return bySource;
  if (sales.length === 0) return '';
  const at = sales.indexOf(lastTurn);
  return sales[(at + 1) % sales.length];
}

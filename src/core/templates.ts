// Message templates (SPEC §1 Templates): WhatsApp and email texts with placeholders in braces,
// in Indonesian and English, for each situation of the sales SOP. A placeholder without a value
// is reported, never sent as `{nama}`; placeholders are filled once, never in a lead's own data.
import type { TemplateRecord } from './schema';
import { addressee, type SalutationSetting } from './salutation';
import type { Lang } from './i18n/entry';

export const CHANNELS = ['WhatsApp', 'Email'] as const;
export const SITUATIONS = ['First Contact', 'Follow-up', 'Quotation Sent', 'Re-contact', 'Greeting', 'Other'] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface Template {
  id: string;
  name: string;
  channel: string;
  language: string;
  situation: string;
  subject: string;
  text: string;
}

/** What a placeholder can name, under its Indonesian and English names. */
export const PLACEHOLDERS: Record<string, string> = {
  nama: 'name',
  name: 'name',
  sapaan: 'greeting',
  salutation: 'greeting',
  perusahaan: 'company',
  company: 'company',
  kebutuhan: 'needs',
  needs: 'needs',
  sales: 'sales',
  salesperson: 'sales',
  telepon_sales: 'salesPhone',
  sales_phone: 'salesPhone',
  nilai: 'value',
  value: 'value',
  tanggal_penawaran: 'quotationDate',
  quotation_date: 'quotationDate',
  produk: 'product',
  product: 'product',
};

export type TemplateValues = Partial<
  Record<
    'name' | 'greeting' | 'company' | 'needs' | 'sales' | 'salesPhone' | 'value' | 'quotationDate' | 'product',
    string
  >
>;

/**
 * A client's name as a message uses it: `{nama}` without the titles and degrees the Name cell
 * carries, `{sapaan}` with the salutation Settings allows (`Pak Agus Salim`), in the template's
 * language (a template in neither language is taken as Indonesian).
 */
export function nameValues(
  rawName: string,
  salutation: SalutationSetting,
  language: string,
): Pick<TemplateValues, 'name' | 'greeting'> {
  const a = addressee(rawName, salutation, (language === 'en' ? 'en' : 'id') as Lang);
  return { name: a.name, greeting: a.greeting };
}

export interface Rendered {
  subject: string;
  text: string;
  /** Placeholders with no value (as written, e.g. `{perusahaan}`): the user is told before sending. */
  missing: string[];
  /** Placeholders no field has (a typo in the template). */
  unknown: string[];
  /**
   * Braces that came in with the lead's own data (a lead named `Toko {Maju}`), counted per token:
   * text, never a placeholder, so they neither block a send nor are ever filled.
   */
  fromLead: Record<string, number>;
}

const PLACEHOLDER = /\{([a-z_]+)\}/gi;

/** Each `{word}` in a text, counted. */
function braces(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of s.match(PLACEHOLDER) ?? []) out.set(m, (out.get(m) ?? 0) + 1);
  return out;
}

/**
 * Fills the placeholders in one pass: a value is inserted as text and never read again, so a
 * lead's data can never be taken for a placeholder (`Eka {perusahaan}` stays as it is).
 */
export function renderTemplate(t: Pick<Template, 'subject' | 'text'>, values: TemplateValues): Rendered {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const fromLead: Record<string, number> = {};
  const fill = (s: string) =>
    String(s ?? '').replace(PLACEHOLDER, (m, raw: string) => {
      const key = PLACEHOLDERS[raw.toLowerCase()];
      if (!key) {
        unknown.add(m);
        return m;
      }
      const v = String(values[key as keyof TemplateValues] ?? '').trim();
      if (v === '') {
        missing.add(m);
        return m;
      }
      for (const [b, n] of braces(v)) fromLead[b] = (fromLead[b] ?? 0) + n;
      return v;
    });
  return { subject: fill(t.subject), text: fill(t.text), missing: [...missing], unknown: [...unknown], fromLead };
}

/**
 * Placeholders left in a message as it will be sent (`subject` and `text`, maybe edited by the
 * person): every `{word}` the lead's own data does not account for. Nothing is filled here.
 */
export function leftoverPlaceholders(subject: string, text: string, fromLead: Record<string, number>): string[] {
  return [...braces(`${subject}\n${text}`)].filter(([b, n]) => n > (fromLead[b] ?? 0)).map(([b]) => b);
}

/** The situation a Today section calls for. */
export function situationOf(section: string): Situation {
  return section === 'slaBreached'
    ? 'First Contact'
    : section === 'recontact'
      ? 'Re-contact'
      : section === 'pastExpectedClose'
        ? 'Quotation Sent'
        : 'Follow-up';
}

/** The situation a lead's status calls for when it is opened in the sidebar. */
export function situationOfStatus(status: string, contacted: boolean): Situation {
  if (status === 'Past Client') return 'Re-contact';
  if (status === 'Quotation Sent' || status === 'Negotiation') return 'Quotation Sent';
  return contacted ? 'Follow-up' : 'First Contact';
}

/** The defaults setupCrm writes into an empty Templates tab. */
export function defaultTemplates(): Template[] {
  const t = (
    id: string,
    name: string,
    channel: string,
    language: string,
    situation: Situation,
    subject: string,
    text: string,
  ): Template => ({ id, name, channel, language, situation, subject, text });
  return [
    t(
      'T-001',
      'Kontak pertama (WA)',
      'WhatsApp',
      'id',
      'First Contact',
      '',
      'Selamat siang {sapaan}, saya {sales} dari tim kami. Terima kasih sudah menghubungi kami soal {kebutuhan}. Kapan waktu yang nyaman untuk kami jelaskan pilihannya?',
    ),
    t(
      'T-002',
      'Kontak pertama (email A)',
      'Email',
      'id',
      'First Contact',
      'Kebutuhan {kebutuhan} untuk {perusahaan}',
      'Yth. {sapaan},\n\nTerima kasih atas minat Anda pada {kebutuhan}. Saya {sales}, yang akan membantu Anda. Boleh kami jadwalkan survei atau panggilan singkat minggu ini?\n\nSalam,\n{sales}',
    ),
    t(
      'T-003',
      'Tindak lanjut (WA)',
      'WhatsApp',
      'id',
      'Follow-up',
      '',
      'Halo {sapaan}, saya {sales}. Menindaklanjuti pembicaraan kita soal {kebutuhan}: apakah ada yang bisa saya bantu jelaskan lagi?',
    ),
    t(
      'T-004',
      'Penawaran terkirim (WA)',
      'WhatsApp',
      'id',
      'Quotation Sent',
      '',
      'Halo {sapaan}, penawaran untuk {kebutuhan} sudah kami kirim pada {tanggal_penawaran}. Apakah sudah sempat dilihat? Saya {sales}, siap menjawab pertanyaan.',
    ),
    t(
      'T-005',
      'Menghubungi lagi klien lama (WA)',
      'WhatsApp',
      'id',
      'Re-contact',
      '',
      'Halo {sapaan}, saya {sales}. Sudah setahun sejak pemasangan {produk}. Bagaimana kabarnya? Kami siap membantu perawatan atau kebutuhan baru.',
    ),
    t(
      'T-006',
      'Salam hari raya (WA)',
      'WhatsApp',
      'id',
      'Greeting',
      '',
      'Selamat hari raya, {sapaan}. Terima kasih atas kepercayaan Anda. Salam hangat dari {sales} dan tim.',
    ),
    t(
      'T-007',
      'Salam hari raya (email)',
      'Email',
      'id',
      'Greeting',
      'Selamat hari raya, {nama}',
      'Yth. {sapaan},\n\nSelamat hari raya. Terima kasih atas kepercayaan Anda selama ini; semoga kita terus bekerja sama.\n\nSalam hangat,\n{sales}',
    ),
    t(
      'T-101',
      'First contact (WhatsApp)',
      'WhatsApp',
      'en',
      'First Contact',
      '',
      'Good afternoon {salutation}, this is {sales} from our team. Thank you for asking about {needs}. When would be a good time to walk you through the options?',
    ),
    t(
      'T-102',
      'First contact (email A)',
      'Email',
      'en',
      'First Contact',
      '{needs} for {company}',
      'Dear {salutation},\n\nThank you for your interest in {needs}. I am {sales} and will be helping you. Could we schedule a site survey or a short call this week?\n\nBest regards,\n{sales}',
    ),
    t(
      'T-103',
      'Follow-up (WhatsApp)',
      'WhatsApp',
      'en',
      'Follow-up',
      '',
      'Hello {salutation}, this is {sales}. Following up on {needs}: is there anything I can explain further?',
    ),
    t(
      'T-104',
      'Quotation sent (WhatsApp)',
      'WhatsApp',
      'en',
      'Quotation Sent',
      '',
      'Hello {salutation}, we sent the quotation for {needs} on {quotation_date}. Have you had a chance to look at it? I am {sales}, happy to answer any questions.',
    ),
    t(
      'T-105',
      'Past client re-contact (WhatsApp)',
      'WhatsApp',
      'en',
      'Re-contact',
      '',
      'Hello {salutation}, this is {sales}. It has been a year since we installed {product}. How is it going? We are here for maintenance or anything new.',
    ),
    t(
      'T-107',
      'Holiday greeting (email)',
      'Email',
      'en',
      'Greeting',
      "Season's greetings, {name}",
      "Dear {salutation},\n\nSeason's greetings, and thank you for your trust this year. We look forward to working with you again.\n\nWarm regards,\n{sales}",
    ),
    t(
      'T-106',
      'Holiday greeting (WhatsApp)',
      'WhatsApp',
      'en',
      'Greeting',
      '',
      'Happy holidays, {salutation}. Thank you for your trust. Warm regards from {sales} and the team.',
    ),
  ];
}

/** Templates as read from the tab: the rows with an ID and a text. */
export function parseTemplates(rows: TemplateRecord[]): Template[] {
  return rows
    .map((r) => ({
      id: String(r['Template ID'] ?? '').trim(),
      name: String(r['Name'] ?? '').trim(),
      channel: String(r['Channel'] ?? '').trim(),
      language: String(r['Language'] ?? '')
        .trim()
        .toLowerCase(),
      situation: String(r['Situation'] ?? '').trim(),
      subject: String(r['Subject'] ?? ''),
      text: String(r['Text'] ?? ''),
    }))
    .filter((t) => t.id !== '' && t.text.trim() !== '');
}

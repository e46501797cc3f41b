// Message templates filled for a lead.
import type { Entries } from './entry';

export const template = {
  'template.unknown': { en: 'There is no template {templateId}.', id: 'Tidak ada template {templateId}.' },
  'template.missing': {
    en: 'These placeholders are not filled for this lead: {names}. Fill in the lead, or write the text in their place first.',
    id: 'Placeholder ini belum terisi untuk prospek ini: {names}. Lengkapi data prospeknya, atau tulis teksnya sebagai gantinya dulu.',
  },
  'template.noEmail': { en: 'This lead has no email address.', id: 'Prospek ini tidak punya alamat email.' },
  'template.badEmail': {
    en: 'The {field} of {leadId} is not one valid address ("{email}"): correct it in the Leads tab, then send again.',
    id: '{field} prospek {leadId} bukan satu alamat yang valid ("{email}"): perbaiki di tab Leads, lalu kirim lagi.',
  },
  'template.notEmail': {
    en: 'Template {templateId} is not an email template.',
    id: 'Template {templateId} bukan template email.',
  },
  'template.quota': {
    en: 'The daily email quota is used up; try again tomorrow.',
    id: 'Kuota email hari ini sudah habis; coba lagi besok.',
  },
} satisfies Entries;

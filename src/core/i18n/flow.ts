// The sidebar's flow: an email shown before it is sent and confirmed after, the lead followed
// from the grid, and the add-on menu's groups.
import type { Entries } from './entry';

export const flow = {
  'mail.to': { en: 'To', id: 'Kepada' },
  'mail.from': { en: 'From', id: 'Dari' },
  'mail.subject': { en: 'Subject', id: 'Subjek' },
  'mail.sending': { en: 'Sending to {to}…', id: 'Mengirim ke {to}…' },
  'mail.sent': {
    en: 'Sent to {to} and logged as an Email activity.',
    id: 'Terkirim ke {to} dan dicatat sebagai aktivitas Email.',
  },
  'mail.sentNotLogged': {
    en: 'Sent to {to}, but the Email activity could not be logged: log it by hand.',
    id: 'Terkirim ke {to}, tetapi aktivitas Email tidak bisa dicatat: catat secara manual.',
  },
  'mail.failed': { en: 'Not sent: {error}', id: 'Tidak terkirim: {error}' },
  'mail.noAddress': {
    en: 'This lead has no email address yet: add it to its details first.',
    id: 'Prospek ini belum punya alamat email: tambahkan dulu ke datanya.',
  },
  'board.stages': { en: 'Stages', id: 'Tahap' },
  'menu.admin': { en: 'Admin', id: 'Admin' },
  'menu.campaigns': { en: 'Campaigns', id: 'Kampanye' },
  'menu.duplicates': { en: 'Duplicates', id: 'Duplikat' },
} satisfies Entries;

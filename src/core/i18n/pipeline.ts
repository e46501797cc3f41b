// Status changes and the statuses by name.
import type { Entries } from './entry';

export const pipeline = {
  'pipeline.cleared': {
    en: 'The status cannot be emptied (it was {from}).',
    id: 'Status tidak boleh dikosongkan (sebelumnya {from}).',
  },
  'pipeline.fieldsNote': {
    en: 'Status stays {status}; saved: {changes}',
    id: 'Status tetap {status}; disimpan: {changes}',
  },
  'pipeline.unknownStatus': {
    en: '"{to}" is not a status. Choose one of: {statuses}.',
    id: '"{to}" bukan status. Pilih salah satu: {statuses}.',
  },
  'pipeline.newMustStart': {
    en: 'A new lead starts as {first}, not {to}.',
    id: 'Prospek baru dimulai dengan status {first}, bukan {to}.',
  },
  'pipeline.notAllowed': {
    en: '{from} → {to} is not allowed. From {from} a lead can go to: {allowed}.',
    id: '{from} → {to} tidak diizinkan. Dari {from} hanya bisa ke: {allowed}.',
  },
  'pipeline.final': {
    en: '{from} → {to} is not allowed: {from} is final. Repeat business is a new lead.',
    id: '{from} → {to} tidak diizinkan: {from} adalah status akhir. Order ulang dicatat sebagai prospek baru.',
  },
  'pipeline.missingFields': { en: 'Before {to}, fill in: {fields}.', id: 'Sebelum {to}, isi dulu: {fields}.' },
  'pipeline.reverted': {
    en: 'Status change undone in row {row}: {reason}',
    id: 'Perubahan status di baris {row} dibatalkan: {reason}',
  },
  'pipeline.revertedMany': {
    en: '{count} of {total} status changes {count|was|were} undone:',
    id: '{count} dari {total} perubahan status dibatalkan:',
  },
  'pipeline.more': { en: '…and {count} more.', id: '…dan {count} lainnya.' },
  'pipeline.busy': {
    en: 'Another person is saving right now; your status change was undone. Please try again.',
    id: 'Orang lain sedang menyimpan; perubahan status Anda dibatalkan. Silakan coba lagi.',
  },
  'pipeline.editedInSheet': { en: 'edited in the sheet', id: 'diubah langsung di sheet' },
  'status.Lead': { en: 'Lead', id: 'Prospek' },
  'status.Quotation Sent': { en: 'Quotation Sent', id: 'Penawaran terkirim' },
  'status.Negotiation': { en: 'Negotiation', id: 'Negosiasi' },
  'status.Won': { en: 'Won', id: 'Menang' },
  'status.Lost': { en: 'Lost', id: 'Kalah' },
  'status.Past Client': { en: 'Past Client', id: 'Klien lama' },
} satisfies Entries;

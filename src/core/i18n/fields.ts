// Field names and the validation of what people type into them.
import type { Entries } from './entry';

export const fields = {
  'field.name': { en: 'Name', id: 'Nama' },
  'field.company': { en: 'Company', id: 'Perusahaan' },
  'field.phone': { en: 'Phone', id: 'Telepon' },
  'field.email': { en: 'Email', id: 'Email' },
  'field.source': { en: 'Source', id: 'Sumber' },
  'field.needs': { en: 'Needs', id: 'Kebutuhan' },
  'field.owner': { en: 'Owner', id: 'Penanggung jawab' },
  'field.dealValue': { en: 'Deal value', id: 'Nilai deal' },
  'field.expectedClose': { en: 'Expected close', id: 'Perkiraan closing' },
  'field.nextFollowUp': { en: 'Next follow-up', id: 'Tindak lanjut berikutnya' },
  'field.lostReason': { en: 'Lost reason', id: 'Alasan kalah' },
  'field.contractValue': { en: 'Contract value', id: 'Nilai kontrak' },
  'field.product': { en: 'Product', id: 'Produk' },
  'field.completedOn': { en: 'Completed on', id: 'Tanggal selesai (BAST)' },
  'field.type': { en: 'Type', id: 'Jenis' },
  'field.summary': { en: 'Summary', id: 'Ringkasan' },
  'field.status': { en: 'Status', id: 'Status' },
  'field.leadId': { en: 'Lead', id: 'Prospek' },
  'field.clientId': { en: 'Client', id: 'Klien' },
  'field.createdAt': { en: 'Created at', id: 'Tanggal masuk' },
  'field.followUps': { en: 'Follow-ups', id: 'Jumlah tindak lanjut' },
  'field.lastContact': { en: 'Last contact', id: 'Kontak terakhir' },
  'field.statusChangedAt': { en: 'Status changed at', id: 'Status berubah' },
  'valid.required': { en: '{field} is required.', id: '{field} wajib diisi.' },
  'valid.phoneOrEmail': { en: 'Enter a phone number or an email address.', id: 'Isi nomor telepon atau alamat email.' },
  'valid.phone': {
    en: 'Not a valid phone number. Use e.g. 0812-3456-7890, (021) 555-1234 or +65 6123 4567.',
    id: 'Nomor telepon tidak valid. Contoh: 0812-3456-7890, (021) 555-1234 atau +65 6123 4567.',
  },
  'valid.email': {
    en: 'Not a valid email address (e.g. budi@contoh.co.id).',
    id: 'Alamat email tidak valid (mis. budi@contoh.co.id).',
  },
  'valid.pastFollowUp': {
    en: '{field} cannot be a day already gone: choose today or later.',
    id: '{field} tidak bisa hari yang sudah lewat: pilih hari ini atau sesudahnya.',
  },
  'valid.ownerUnknown': {
    en: '"{value}" is neither an email nor the name of a Team member: write their email (e.g. budi@contoh.co.id) or their name as the Team tab has it.',
    id: '"{value}" bukan email dan bukan nama anggota Team: tulis emailnya (mis. budi@contoh.co.id) atau namanya seperti di tab Team.',
  },
  'valid.ownerAmbiguous': {
    en: '"{value}" could be {names}: write their email.',
    id: '"{value}" bisa {names}: tulis emailnya.',
  },
  'valid.tooLong': {
    en: '{field} is too long (at most {max} characters).',
    id: '{field} terlalu panjang (maksimal {max} karakter).',
  },
  'valid.source': { en: 'Choose a source from the list.', id: 'Pilih sumber dari daftar.' },
  'valid.consent': {
    en: 'Consent is Subscribed, Opted out, or empty (not asked).',
    id: 'Persetujuan (Consent) berisi "Subscribed" (bersedia menerima), "Opted out" (menolak menerima), atau kosong (belum ditanya).',
  },
  'field.consent': { en: 'Consent', id: 'Persetujuan' },
  'valid.number': { en: '{field} must be a number of 0 or more.', id: '{field} harus berupa angka 0 atau lebih.' },
  'valid.date': {
    en: '{field} must be a date (e.g. 28/11/2026).',
    id: '{field} harus berupa tanggal (misalnya 28/11/2026).',
  },
  'valid.dateImpossible': { en: '{field}: there is no such date.', id: '{field}: tanggal itu tidak ada.' },
  'valid.text': { en: '{field} must be text.', id: '{field} harus berupa teks.' },
} satisfies Entries;

// Setting the CRM up, and errors any entry point may give.
import type { Entries } from './entry';

export const setup = {
  'setup.templates': {
    en: 'Templates: {count} default {count|message|messages} added.',
    id: 'Templates: {count} pesan bawaan ditambahkan.',
  },
  'setup.numbered': {
    en: '{count} {count|row|rows} of Leads had a name but no Lead ID and {count|was|were} numbered.',
    id: '{count} baris Leads punya nama tetapi belum punya Lead ID, dan sudah diberi nomor.',
  },
  'error.missingTab': {
    en: 'The tab "{tab}" is missing. Run "Set up / repair CRM" from the Lembar CRM menu.',
    id: 'Tab "{tab}" tidak ada. Jalankan "Siapkan / perbaiki CRM" dari menu Lembar CRM.',
  },
  'error.missingHeader': {
    en: 'The tab "{tab}" has no column "{header}". Run "Set up / repair CRM" from the Lembar CRM menu to repair it.',
    id: 'Tab "{tab}" tidak punya kolom "{header}". Jalankan "Siapkan / perbaiki CRM" dari menu Lembar CRM untuk memperbaikinya.',
  },
  'error.busy': {
    en: 'Another person is saving right now. Please try again in a moment.',
    id: 'Orang lain sedang menyimpan. Silakan coba lagi sebentar lagi.',
  },
  'error.noDocument': {
    en: 'Lembar CRM works inside its spreadsheet: open the spreadsheet and use Extensions › Lembar CRM (there is no document to lock here).',
    id: 'Lembar CRM bekerja di dalam spreadsheet-nya: buka spreadsheet itu lalu pakai Ekstensi › Lembar CRM (di sini tidak ada dokumen yang bisa dikunci).',
  },
  'error.unknownLead': { en: 'There is no lead with ID "{leadId}".', id: 'Tidak ada prospek dengan ID "{leadId}".' },
  'error.notManager': {
    en: "Only a manager (Team tab, or Settings' Manager emails) can open a teammate's list.",
    id: 'Hanya manajer (tab Team, atau Manager emails di Settings) yang bisa membuka daftar rekan.',
  },
  'error.unknownType': {
    en: '"{type}" is not an activity type. Choose one of: {types}.',
    id: '"{type}" bukan jenis aktivitas. Pilih salah satu: {types}.',
  },
  'setup.done': {
    en: 'Lembar CRM is set up: {created} {created|tab|tabs} created, {repaired} {repaired|header|headers} added.',
    id: 'Lembar CRM siap: {created} tab dibuat, {repaired} kolom ditambahkan.',
  },
  'setup.teamBadEmail': {
    en: 'Team, row {row}: Email "{value}" is not one email address; the row is left out until it is corrected.',
    id: 'Team, baris {row}: Email "{value}" bukan satu alamat email; baris itu tidak dipakai sampai diperbaiki.',
  },
  'setup.settingsProblems': {
    en: '{count} {count|setting|settings} {count|is|are} invalid; defaults are used. See the Problem column in Settings.',
    id: '{count} pengaturan tidak valid; nilai bawaan dipakai. Lihat kolom Problem di Settings.',
  },
} satisfies Entries;

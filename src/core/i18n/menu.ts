// The add-on menu and the sidebar title.
import type { Entries } from './entry';

export const menu = {
  'menu.campaignPreview': { en: 'Preview campaign (selected row)', id: 'Pratinjau kampanye (baris terpilih)' },
  'menu.campaignStart': { en: 'Start campaign (selected row)', id: 'Mulai kampanye (baris terpilih)' },
  'menu.campaignStop': { en: 'Stop campaign (selected row)', id: 'Hentikan kampanye (baris terpilih)' },
  'menu.board': { en: 'Pipeline board', id: 'Papan pipeline' },
  'menu.import': { en: 'Import leads…', id: 'Impor prospek…' },
  'menu.archive': { en: 'Archive old activities…', id: 'Arsipkan aktivitas lama…' },
  'menu.title': { en: 'Lembar CRM', id: 'Lembar CRM' },
  'menu.sidebar': { en: 'Open lead sidebar', id: 'Buka panel prospek' },
  'menu.setup': { en: 'Set up / repair CRM', id: 'Siapkan / perbaiki CRM' },
  'menu.triggers': { en: 'Install daily automation', id: 'Pasang otomatisasi harian' },
  'menu.auditNow': { en: 'Run duplicate audit now', id: 'Jalankan audit duplikat sekarang' },
  'menu.merge': { en: 'Merge ticked duplicates', id: 'Gabungkan duplikat yang dicentang' },
  'menu.summary': { en: 'Refresh summary', id: 'Perbarui ringkasan' },
  'sidebar.title': { en: 'Lembar CRM', id: 'Lembar CRM' },
  'menu.undoMerge': {
    en: 'Undo merge or link (selected row)',
    id: 'Batalkan penggabungan atau tautan (baris terpilih)',
  },
  'menu.authorize': { en: '⚠ Give Lembar CRM permission', id: '⚠ Beri izin Lembar CRM' },
  'auth.toast': {
    en: 'Lembar CRM needs your permission for what its new version does. Until you give it, the automatic runs under your account (daily digests, reports, campaigns) stop. Choose Extensions › Lembar CRM › Give Lembar CRM permission.',
    id: 'Lembar CRM perlu izin Anda untuk fitur versi barunya. Sampai izin diberikan, otomatisasi atas nama Anda (ringkasan harian, laporan, kampanye) berhenti. Pilih Ekstensi › Lembar CRM › Beri izin Lembar CRM.',
  },
  'auth.banner': {
    en: 'Lembar CRM lacks permissions its new version needs. Until you grant them, the automatic runs under your account (daily digests, reports, campaigns) stop.',
    id: 'Lembar CRM belum punya izin yang dibutuhkan versi barunya. Sampai izin diberikan, otomatisasi atas nama Anda (ringkasan harian, laporan, kampanye) berhenti.',
  },
  'auth.link': { en: 'Grant permissions', id: 'Beri izin' },
  'auth.runLog': {
    en: 'Permissions missing: whoever installed the daily automation must open {url} and grant them; until then, what needs them fails.',
    id: 'Izin belum lengkap: yang memasang otomatisasi harian harus membuka {url} dan memberi izin; sampai itu, yang membutuhkannya gagal.',
  },
  'menu.nextRun': { en: 'When is the next automatic run?', id: 'Kapan otomatisasi berikutnya berjalan?' },
} satisfies Entries;

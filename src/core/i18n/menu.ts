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
  'menu.undoMerge': { en: 'Undo merge (selected Archive row)', id: 'Batalkan penggabungan (baris Archive terpilih)' },
  'menu.nextRun': { en: 'When is the next automatic run?', id: 'Kapan otomatisasi berikutnya berjalan?' },
} satisfies Entries;

// Archiving old activities: the dialog and the refusals.
import type { Entries } from './entry';

export const archive = {
  'archive.title': { en: 'Archive old activities', id: 'Arsipkan aktivitas lama' },
  'archive.noService': {
    en: 'Archiving needs the Google Sheets API service of this add-on, which is not enabled. Ask whoever installed Lembar CRM to enable it.',
    id: 'Pengarsipan memerlukan layanan Google Sheets API untuk add-on ini, yang belum diaktifkan. Minta orang yang memasang Lembar CRM untuk mengaktifkannya.',
  },
  'archive.badYear': {
    en: 'Year: "{value}" is not a year (e.g. 2025).',
    id: 'Tahun: "{value}" bukan tahun (mis. 2025).',
  },
  'archive.yearRange': {
    en: 'Year: choose a year from 1900 to {max} (the Summary still counts the last 12 weeks).',
    id: 'Tahun: pilih tahun dari 1900 sampai {max} (Ringkasan masih menghitung 12 minggu terakhir).',
  },
  'archive.nothing': {
    en: 'There are no activities before 1 January {year}.',
    id: 'Tidak ada aktivitas sebelum 1 Januari {year}.',
  },
  'archive.fileTitle': { en: '{name}: activities before {year}', id: '{name}: aktivitas sebelum {year}' },
  'archive.restoredTitle': {
    en: '{name}: activities before {year} (put back in the CRM; this copy may be deleted)',
    id: '{name}: aktivitas sebelum {year} (sudah dikembalikan ke CRM; salinan ini boleh dihapus)',
  },
  'archive.verifyFailed': {
    en: 'The copy in the new spreadsheet did not read back the same, so nothing was removed from Activities. The incomplete copy is at {url}; it may be deleted.',
    id: 'Salinan di spreadsheet baru tidak terbaca sama, jadi tidak ada yang dihapus dari Activities. Salinan yang belum lengkap ada di {url}; boleh dihapus.',
  },
  'archive.done': {
    en: '{count} {count|activity|activities} before {year} moved to a new spreadsheet.',
    id: '{count} aktivitas sebelum {year} dipindahkan ke spreadsheet baru.',
  },
  'archive.unknown': { en: 'There is no archive {id}.', id: 'Tidak ada arsip {id}.' },
  'archive.cannotUndo': {
    en: 'Archive {id} cannot be undone: its activities never left the CRM, or they are already back.',
    id: 'Arsip {id} tidak bisa dibatalkan: aktivitasnya tidak pernah keluar dari CRM, atau sudah kembali.',
  },
  'archive.narrower': {
    en: 'Archive {id} has more columns than Activities has now; restore the removed column first.',
    id: 'Arsip {id} punya lebih banyak kolom daripada Activities sekarang; kembalikan dulu kolom yang dihapus.',
  },
  'archive.onlyOwner': {
    en: 'Only {by} can put back archive {id}: its file is in their Drive, and Lembar CRM opens only the files it made for the person using it. Ask {by} to choose Put back.',
    id: 'Hanya {by} yang bisa mengembalikan arsip {id}: filenya ada di Drive mereka, dan Lembar CRM hanya membuka file yang dibuatnya untuk orang yang memakainya. Minta {by} memilih Kembalikan.',
  },
  'archive.waitOwner': {
    en: 'Archive {id} by {by} stopped while removing activities, and only {by} can finish it (its file is in their Drive). Nothing was archived now: ask {by} to open Archive old activities and archive or put it back, then try again.',
    id: 'Arsip {id} oleh {by} berhenti saat menghapus aktivitas, dan hanya {by} yang bisa menyelesaikannya (filenya ada di Drive mereka). Belum ada yang diarsipkan sekarang: minta {by} membuka Arsipkan aktivitas lama lalu mengarsipkan atau mengembalikannya, kemudian coba lagi.',
  },
  'archive.cannotOpen': {
    en: 'The file of archive {id} cannot be opened: it may have been deleted (restore it from the Drive trash), or it is in the Drive of {by}, who alone can open it. Nothing was changed.',
    id: 'File arsip {id} tidak bisa dibuka: mungkin sudah dihapus (pulihkan dari sampah Drive), atau ada di Drive {by}, yang hanya bisa dibuka olehnya. Tidak ada yang diubah.',
  },
  'archive.blocked': {
    en: 'Archive {id} stopped while removing activities and must be finished before another archive, but its file cannot be opened. If it was deleted, restore it from the Drive trash, then try again. Nothing was archived now.',
    id: 'Arsip {id} berhenti saat menghapus aktivitas dan harus diselesaikan sebelum arsip lain, tetapi filenya tidak bisa dibuka. Jika sudah dihapus, pulihkan dari sampah Drive, lalu coba lagi. Belum ada yang diarsipkan sekarang.',
  },
  'archive.someone': { en: 'the person who made it', id: 'orang yang membuatnya' },
  'archive.undone': {
    en: '{count} {count|activity is|activities are} back in Activities.',
    id: '{count} aktivitas sudah kembali di Activities.',
  },
  'ui.archive.intro': {
    en: 'Old activities take up space: Google allows 10 million cells per spreadsheet. This moves the activities before the year you choose to a new spreadsheet in your Drive, where they stay readable. The Summary stops counting them. You can put them back at any time.',
    id: 'Aktivitas lama memakan tempat: Google membatasi 10 juta sel per spreadsheet. Ini memindahkan aktivitas sebelum tahun yang Anda pilih ke spreadsheet baru di Drive Anda, dan di sana tetap bisa dibaca. Ringkasan tidak lagi menghitungnya. Anda bisa mengembalikannya kapan saja.',
  },
  'ui.archive.year': { en: 'Move activities before 1 January of', id: 'Pindahkan aktivitas sebelum 1 Januari' },
  'ui.archive.yearOption': {
    en: '{year} ({count} {count|activity|activities}, {cells} {cells|cell|cells})',
    id: '{year} ({count} aktivitas, {cells} sel)',
  },
  'ui.archive.none': {
    en: 'There is nothing to archive yet: only activities from before {year} can be archived, so the Summary keeps the last 12 weeks.',
    id: 'Belum ada yang bisa diarsipkan: hanya aktivitas sebelum {year} yang bisa diarsipkan, agar Ringkasan tetap punya 12 minggu terakhir.',
  },
  'ui.archive.go': { en: 'Archive', id: 'Arsipkan' },
  'ui.archive.working': {
    en: 'Copying, checking the copy, then removing…',
    id: 'Menyalin, memeriksa salinan, lalu menghapus…',
  },
  'ui.archive.open': { en: 'Open the archive', id: 'Buka arsip' },
  'ui.archive.undo': { en: 'Put back', id: 'Kembalikan' },
  'ui.archive.undoing': { en: 'Putting the activities back…', id: 'Mengembalikan aktivitas…' },
  'ui.archive.history': { en: 'Archives made so far', id: 'Arsip yang sudah dibuat' },
  'ui.archive.entry': {
    en: '{id}: {count} {count|activity|activities} before {year}, {date}',
    id: '{id}: {count} aktivitas sebelum {year}, {date}',
  },
  'ui.archive.state.done': { en: 'archived', id: 'diarsipkan' },
  'ui.archive.state.undone': { en: 'put back', id: 'sudah dikembalikan' },
  'ui.archive.state.removing': {
    en: 'not finished: the next archive finishes it, or put it back',
    id: 'belum selesai: arsip berikutnya menyelesaikannya, atau kembalikan',
  },
  'ui.archive.state.removingOther': {
    en: 'not finished: only {by} can finish it or put it back',
    id: 'belum selesai: hanya {by} yang bisa menyelesaikan atau mengembalikannya',
  },
  'ui.archive.state.restoring': {
    en: 'being put back: the next archive or put back finishes it',
    id: 'sedang dikembalikan: arsip atau pengembalian berikutnya menyelesaikannya',
  },
  'ui.archive.onlyOwner': {
    en: 'only {by} can open it or put it back: the file is in their Drive',
    id: 'hanya {by} yang bisa membuka atau mengembalikannya: filenya ada di Drive mereka',
  },
  'ui.archive.state.copying': {
    en: 'not finished: nothing was removed; the file may be deleted',
    id: 'belum selesai: tidak ada yang dihapus; filenya boleh dihapus',
  },
  'ui.archive.state.failed': {
    en: 'the copy did not check out: nothing was removed; the file may be deleted',
    id: 'salinan tidak lolos pemeriksaan: tidak ada yang dihapus; filenya boleh dihapus',
  },
  'ui.archive.close': { en: 'Close', id: 'Tutup' },
} satisfies Entries;

// Merging duplicates and undoing a merge.
import type { Entries } from './entry';

export const merge = {
  'merge.none': {
    en: 'No group is ticked in the Duplicates tab.',
    id: 'Tidak ada grup yang dicentang di tab Duplicates.',
  },
  'merge.changed': {
    en: 'Group {group} was skipped: its rows changed since the audit. Run the audit again.',
    id: 'Grup {group} dilewati: barisnya berubah sejak audit. Jalankan audit lagi.',
  },
  'merge.badPrimary': {
    en: 'Group {group} was skipped: Primary {primary} is not one of its leads.',
    id: 'Grup {group} dilewati: Primary {primary} bukan anggota grup.',
  },
  'merge.done': {
    en: '{merged} {merged|group|groups} merged ({rows} {rows|lead|leads} archived).',
    id: '{merged} grup digabung ({rows} prospek diarsipkan).',
  },
  'merge.skippedCount': {
    en: '{skipped} {skipped|group|groups} skipped.',
    id: '{skipped} grup dilewati.',
  },
  'merge.nothingDone': { en: 'Nothing was merged or linked.', id: 'Tidak ada yang digabung atau ditautkan.' },
  'merge.note': {
    en: 'Merge {mergeId}: {leadId} merged into this lead; differing values kept here: {values}',
    id: 'Penggabungan {mergeId}: {leadId} digabung ke prospek ini; nilai berbeda disimpan di sini: {values}',
  },
  'merge.noteNoConflict': {
    en: 'Merge {mergeId}: {leadId} merged into this lead.',
    id: 'Penggabungan {mergeId}: {leadId} digabung ke prospek ini.',
  },
  'merge.unknown': {
    en: 'There is no merge "{mergeId}" in the Archive.',
    id: 'Tidak ada penggabungan "{mergeId}" di Archive.',
  },
  'merge.undone': {
    en: 'Merge {mergeId} undone: {rows} {rows|lead|leads} restored.',
    id: 'Penggabungan {mergeId} dibatalkan: {rows} prospek dikembalikan.',
  },
  'merge.pickArchive': {
    en: 'Select a row of the merge to undo in the Archive tab (or the note of a merge or link in Activities), then choose Undo merge again.',
    id: 'Pilih baris penggabungan yang akan dibatalkan di tab Archive (atau catatan penggabungan atau tautan di Activities), lalu pilih Batalkan penggabungan lagi.',
  },
  'merge.recovered': {
    en: 'A merge or undo that was interrupted has been completed: {ids}.',
    id: 'Penggabungan atau pembatalan yang sempat terputus telah diselesaikan: {ids}.',
  },
  'merge.alreadyUndone': {
    en: 'Merge {mergeId} has already been undone.',
    id: 'Penggabungan {mergeId} sudah dibatalkan.',
  },
} satisfies Entries;

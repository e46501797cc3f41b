// The merge dialog (issue 29 item 8): what each ticked group's rows become, the confirmation,
// and Undo offered at once.
import type { Entries } from './entry';

export const mergeDialog = {
  'mergeDialog.title': { en: 'Merge duplicates', id: 'Gabungkan duplikat' },
  'mergeDialog.intro': {
    en: 'What the merge will do with each group ticked in the Duplicates tab. Nothing is lost: archived rows keep every value, and each merge can be undone.',
    id: 'Yang akan dilakukan pada setiap grup yang dicentang di tab Duplicates. Tidak ada yang hilang: baris yang diarsipkan menyimpan semua nilainya, dan setiap penggabungan bisa dibatalkan.',
  },
  'mergeDialog.none': {
    en: 'No group is ticked in the Duplicates tab. Tick Merge on the groups to merge, then open this again.',
    id: 'Tidak ada grup yang dicentang di tab Duplicates. Centang Merge pada grup yang akan digabung, lalu buka ini lagi.',
  },
  'mergeDialog.group.merge': { en: 'Group {group}: merge into {leadId}', id: 'Grup {group}: gabung ke {leadId}' },
  'mergeDialog.group.link': {
    en: 'Group {group}: link as one client',
    id: 'Grup {group}: tautkan sebagai satu klien',
  },
  'mergeDialog.group.skip': { en: 'Group {group}: will be skipped', id: 'Grup {group}: akan dilewati' },
  'mergeDialog.row.primary': { en: 'stays: the merged lead', id: 'tetap: prospek hasil gabungan' },
  'mergeDialog.row.archived': {
    en: 'moves to the Archive tab; its activities move to {leadId}',
    id: 'pindah ke tab Archive; aktivitasnya pindah ke {leadId}',
  },
  'mergeDialog.row.linked': {
    en: 'stays a deal of its own, under Client ID {clientId}',
    id: 'tetap deal tersendiri, dengan Client ID {clientId}',
  },
  'mergeDialog.newClientId': { en: 'a new one', id: 'yang baru' },
  'mergeDialog.row.unchanged': { en: 'nothing in it changes', id: 'tidak ada yang berubah' },
  'mergeDialog.gets': { en: 'gets', id: 'mendapat' },
  'mergeDialog.from': { en: 'from {leadId}', id: 'dari {leadId}' },
  'mergeDialog.kept': {
    en: 'Different values, kept in a note on {leadId}:',
    id: 'Nilai yang berbeda, disimpan dalam catatan di {leadId}:',
  },
  'mergeDialog.empty': { en: '(empty)', id: '(kosong)' },
  'mergeDialog.confirm': { en: 'Carry out {count} {count|group|groups}', id: 'Jalankan {count} grup' },
  'mergeDialog.cancel': { en: 'Cancel', id: 'Batal' },
  'mergeDialog.close': { en: 'Close', id: 'Tutup' },
  'mergeDialog.working': { en: 'Merging…', id: 'Menggabungkan…' },
  'mergeDialog.results': { en: 'Done', id: 'Selesai' },
  'mergeDialog.merged': {
    en: '{group}: {archived} merged into {primary} ({mergeId}).',
    id: '{group}: {archived} digabung ke {primary} ({mergeId}).',
  },
  'mergeDialog.linked': {
    en: '{leadIds} linked as client {clientId} ({mergeId}).',
    id: '{leadIds} ditautkan sebagai klien {clientId} ({mergeId}).',
  },
  'mergeDialog.undo': { en: 'Undo', id: 'Batalkan' },
  'mergeDialog.undoing': { en: 'Undoing…', id: 'Membatalkan…' },
  'mergeDialog.changed': {
    en: 'The ticked groups in the Duplicates tab changed since this preview, so nothing was merged. Look at the new preview, then confirm again.',
    id: 'Grup yang dicentang di tab Duplicates berubah sejak pratinjau ini, jadi tidak ada yang digabung. Lihat pratinjau yang baru, lalu konfirmasi lagi.',
  },
} satisfies Entries;

// The pipeline board.
import type { Entries } from './entry';

export const board = {
  'board.title': { en: 'Pipeline board', id: 'Papan pipeline' },
  'board.changed': {
    en: 'This lead changed since the board was loaded (now {status}): the board has been refreshed.',
    id: 'Prospek ini berubah sejak papan dibuka (sekarang {status}): papan sudah dimuat ulang.',
  },
  'board.everyone': { en: 'Everyone', id: 'Semua' },
  'board.owner': { en: 'Owner', id: 'Penanggung jawab' },
  'board.source': { en: 'Source', id: 'Sumber' },
  'board.allSources': { en: 'All sources', id: 'Semua sumber' },
  'board.search': { en: 'Search', id: 'Cari' },
  'board.closePast': { en: 'past', id: 'lewat' },
  'board.count': { en: '{count} {count|deal|deals}', id: '{count} deal' },
  'board.weighted': { en: 'weighted {value}', id: 'tertimbang {value}' },
  'board.moveTo': { en: 'Move to…', id: 'Pindah ke…' },
  'board.dropHere': { en: 'Drop a deal here', id: 'Taruh deal di sini' },
  'board.stale': { en: 'stale', id: 'macet' },
  'board.days': { en: '{days} d in stage', id: '{days} hr di tahap' },
  'board.overdue': { en: 'overdue', id: 'terlambat' },
  'board.cancel': { en: 'Cancel', id: 'Batal' },
  'board.save': { en: 'Move', id: 'Pindahkan' },
  'board.fieldsFor': { en: 'Before {status}, fill in:', id: 'Sebelum {status}, isi dulu:' },
  'board.moved': { en: '{name} moved to {status}.', id: '{name} dipindah ke {status}.' },
  'board.refresh': { en: 'Refresh', id: 'Muat ulang' },
} satisfies Entries;

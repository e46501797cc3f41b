// The Summary tab's layout (issue 29 item 7): the words its paired figures, blanks, band and
// staleness line need. The tab's other labels are in summary.ts.
import type { Entries } from './entry';

export const summarySheet = {
  'summarySheet.noReason': { en: 'no reason given', id: 'tanpa alasan' },
  'summarySheet.noSource': { en: 'no source given', id: 'tanpa sumber' },
  'summarySheet.noOwner': { en: 'no owner', id: 'tanpa penanggung jawab' },
  'summarySheet.expectedFrom': { en: 'Expected from', id: 'Harapan dari' },
  'summarySheet.expectedTo': { en: 'Expected up to', id: 'Harapan sampai' },
  'summarySheet.openStages': { en: 'Open pipeline by stage', id: 'Pipeline terbuka per tahap' },
  'summarySheet.conversionBand': {
    en: 'Conversion by source, with the expected band',
    id: 'Konversi per sumber, dengan rentang harapan',
  },
  'summarySheet.stale': {
    en: 'These figures are from {date}, not today. To update them: Extensions ▸ {menu} ▸ {item}.',
    id: 'Angka ini dari {date}, bukan hari ini. Untuk memperbaruinya: Ekstensi ▸ {menu} ▸ {item}.',
  },
} satisfies Entries;

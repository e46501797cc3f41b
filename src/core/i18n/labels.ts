// The labels of data names a person reads: sources and lost reasons (the default Settings
// ones), campaign states and consents. Statuses and activity types have theirs beside their features (pipeline, lead). A
// name the catalog does not know (a team's own source) is shown as the team typed it.
import type { Entries } from './entry';

export const labels = {
  'source.Google Ads': { en: 'Google Ads', id: 'Google Ads' },
  'source.Website': { en: 'Website', id: 'Situs web' },
  'source.Referral': { en: 'Referral', id: 'Rekomendasi' },
  'source.Phone': { en: 'Phone', id: 'Telepon' },
  'source.Email': { en: 'Email', id: 'Email' },
  'source.WhatsApp': { en: 'WhatsApp', id: 'WhatsApp' },
  'source.Walk-in': { en: 'Walk-in', id: 'Datang langsung' },
  'source.Event': { en: 'Event', id: 'Acara' },
  'source.Social Media': { en: 'Social media', id: 'Media sosial' },
  'source.Other': { en: 'Other', id: 'Lainnya' },
  'state.Draft': { en: 'Draft', id: 'Draf' },
  'state.Running': { en: 'Running', id: 'Berjalan' },
  'state.Stopped': { en: 'Stopped', id: 'Dihentikan' },
  'state.Done': { en: 'Done', id: 'Selesai' },
  'lostReason.Price too high': { en: 'Price too high', id: 'Harga terlalu tinggi' },
  'lostReason.Chose a competitor': { en: 'Chose a competitor', id: 'Memilih pesaing' },
  'lostReason.No budget': { en: 'No budget', id: 'Tidak ada anggaran' },
  'lostReason.No response': { en: 'No response', id: 'Tidak ada tanggapan' },
  'lostReason.Project cancelled': { en: 'Project cancelled', id: 'Proyek dibatalkan' },
  'lostReason.Timing': { en: 'Timing', id: 'Waktunya belum tepat' },
  'lostReason.Other': { en: 'Other', id: 'Lainnya' },
  'consent.Subscribed': { en: 'Subscribed', id: 'Bersedia menerima' },
  'consent.Opted out': { en: 'Opted out', id: 'Menolak menerima' },
} satisfies Entries;

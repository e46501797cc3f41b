// The phone page (SPEC §3 "Phone page"): the web app a salesperson opens on the road.
import type { Entries } from './entry';

export const phone = {
  'phone.title': { en: 'Lembar CRM', id: 'Lembar CRM' },
  'phone.refusedTitle': { en: 'Not open to this account', id: 'Tidak terbuka untuk akun ini' },
  'phone.notMember': {
    en: '{email} is not on this CRM’s Team. Ask your manager to add you to the Team tab, then open this link again.',
    id: '{email} tidak ada di Tim CRM ini. Minta manajer Anda menambahkan Anda di tab Team, lalu buka tautan ini lagi.',
  },
  'phone.noEmail': {
    en: 'Google did not tell us who you are. Sign in with your Google account, then open this link again.',
    id: 'Google tidak memberi tahu siapa Anda. Masuk dengan akun Google Anda, lalu buka tautan ini lagi.',
  },
  'phone.noAccess': {
    en: 'The CRM spreadsheet is not shared with {email}. Ask its owner to share it with you (Editor), then open this link again.',
    id: 'Spreadsheet CRM belum dibagikan ke {email}. Minta pemiliknya membagikannya ke Anda (Editor), lalu buka tautan ini lagi.',
  },
  'phone.notSetUp': {
    en: 'The phone page is not ready yet: open the CRM spreadsheet and choose Extensions → Lembar CRM → Admin → Set up / repair CRM once.',
    id: 'Halaman ponsel belum siap: buka spreadsheet CRM dan pilih Ekstensi → Lembar CRM → Admin → Siapkan / perbaiki CRM sekali.',
  },
  'phone.signedInAs': { en: 'Signed in as {email}', id: 'Masuk sebagai {email}' },
  'phone.tabBoard': { en: 'Board', id: 'Papan' },
  'phone.back': { en: 'Back', id: 'Kembali' },
  'phone.outcome': { en: 'What happened?', id: 'Apa hasilnya?' },
  'phone.summary': { en: 'Note (optional)', id: 'Catatan (opsional)' },
  'phone.nextThen': { en: 'Save, next follow-up:', id: 'Simpan, tindak lanjut berikutnya:' },
  'phone.tomorrow': { en: 'Tomorrow', id: 'Besok' },
  'phone.inDays': { en: 'In {days} {days|day|days}', id: '{days} hari lagi' },
  'phone.nextWeek': { en: 'Next week', id: 'Minggu depan' },
  'phone.noFollowUp': { en: 'No follow-up', id: 'Tanpa tindak lanjut' },
  'phone.logged': { en: 'Logged: {type}.', id: 'Tercatat: {type}.' },
  'phone.loggedNext': {
    en: 'Logged: {type}. Next follow-up {date}.',
    id: 'Tercatat: {type}. Tindak lanjut berikutnya {date}.',
  },
  'phone.notSaved': {
    en: 'Not saved: the connection was lost. What you typed is kept here; tap again when you have signal (it will not be saved twice).',
    id: 'Belum tersimpan: koneksi terputus. Isian Anda tetap di sini; ketuk lagi saat ada sinyal (tidak akan tersimpan dua kali).',
  },
  'phone.stageOf': { en: 'Stage {n} of {count}', id: 'Tahap {n} dari {count}' },
  'phone.prevStage': { en: 'Previous stage', id: 'Tahap sebelumnya' },
  'phone.nextStage': { en: 'Next stage', id: 'Tahap berikutnya' },
  'phone.emptyStage': { en: 'No deals at this stage.', id: 'Tidak ada deal di tahap ini.' },
} satisfies Entries;

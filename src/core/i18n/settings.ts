// The Settings tab: what each setting means, and what is wrong with a value.
import type { Entries } from './entry';

export const settings = {
  'desc.campaignsToUnasked': {
    en: 'Whether leads never asked for consent (Consent empty) receive campaigns: yes or no (no: only Subscribed). An address Opted out on any row never does.',
    id: 'Apakah prospek yang belum pernah ditanya persetujuannya (Consent kosong) menerima kampanye: yes atau no (no: hanya yang Subscribed). Alamat yang menolak menerima (Opted out) di baris mana pun tidak pernah menerimanya.',
  },
  'settings.yesNo': {
    en: '"{value}" is not yes or no; the default is used.',
    id: '"{value}" bukan yes atau no; nilai bawaan dipakai.',
  },
  'settings.notNumber': {
    en: '"{value}" is not a number; using the default {default}.',
    id: '"{value}" bukan angka; memakai nilai bawaan {default}.',
  },
  'settings.outOfRange': {
    en: '{value} is outside {min}–{max}; using the default {default}.',
    id: '{value} di luar {min}–{max}; memakai nilai bawaan {default}.',
  },
  'settings.unknownStatus': {
    en: 'Unknown status "{value}"; using the default for this row.',
    id: 'Status "{value}" tidak dikenal; baris ini memakai nilai bawaan.',
  },
  'settings.unknownField': {
    en: 'Unknown field "{value}"; using the default for this row.',
    id: 'Kolom "{value}" tidak dikenal; baris ini memakai nilai bawaan.',
  },
  'settings.badEmail': {
    en: '"{value}" is not an email address; it is ignored.',
    id: '"{value}" bukan alamat email; diabaikan.',
  },
  'settings.badLanguage': {
    en: '"{value}" is not a language (auto, id, en); using auto.',
    id: '"{value}" bukan bahasa (auto, id, en); memakai auto.',
  },
  'settings.emptyList': { en: 'The list is empty; using the default.', id: 'Daftar kosong; memakai nilai bawaan.' },
  'settings.unknownSetting': {
    en: 'Lembar CRM does not know this setting; it is ignored.',
    id: 'Lembar CRM tidak mengenal pengaturan ini; diabaikan.',
  },
  'desc.salutation': {
    en: 'How messages to clients greet them ({sapaan} or {salutation} in a template): auto (Pak/Bu, or Mr/Ms in an English template, from the title in the Name such as "Bpk." or "Ibu"; no salutation without one) or none (the name alone). Titles and degrees in the Name are never repeated in a greeting.',
    id: 'Cara pesan ke klien menyapa ({sapaan} atau {salutation} di template): auto (Pak/Bu, atau Mr/Ms di template bahasa Inggris, dari gelar di Nama seperti "Bpk." atau "Ibu"; tanpa sapaan bila tidak ada) atau none (nama saja). Gelar di Nama tidak pernah diulang dalam sapaan.',
  },
  'settings.badSalutation': {
    en: '"{value}" is not a salutation setting (auto or none); auto is used.',
    id: '"{value}" bukan pilihan sapaan (auto atau none); auto yang dipakai.',
  },
  'desc.language': {
    en: 'Language of menus, sidebar and emails: auto (from the spreadsheet locale), id or en.',
    id: 'Bahasa menu, panel dan email: auto (dari lokal spreadsheet), id atau en.',
  },
  'desc.currency': {
    en: 'Currency of Deal Value and Contract Value (ISO code, e.g. IDR).',
    id: 'Mata uang Nilai deal (Deal Value) dan Nilai kontrak (Contract Value) (kode ISO, mis. IDR).',
  },
  'desc.statuses': {
    en: 'Pipeline statuses, comma-separated, in order.',
    id: 'Status pipeline, dipisah koma, berurutan.',
  },
  'desc.transition': {
    en: 'Statuses a lead may move to from "{status}", comma-separated.',
    id: 'Status tujuan yang boleh dari "{status}", dipisah koma.',
  },
  'desc.probability': {
    en: 'Chance of winning a deal in "{status}" (percent), for the weighted forecast.',
    id: 'Peluang menang untuk deal di "{status}" (persen), untuk perkiraan tertimbang.',
  },
  'desc.required': {
    en: 'Fields that must be filled before a lead enters "{status}".',
    id: 'Kolom yang wajib diisi sebelum prospek masuk ke "{status}".',
  },
  'desc.expected': {
    en: 'Expected conversion for leads from "{source}", as a range in percent (e.g. 15-25); empty: no benchmark.',
    id: 'Konversi yang diharapkan untuk prospek dari "{source}", sebagai rentang persen (misalnya 15-25); kosong: tanpa patokan.',
  },
  'desc.bigDeal': {
    en: 'A Deal Value from which the managers are told about the deal, once (0: never).',
    id: 'Nilai deal mulai dari mana manajer diberi tahu tentang deal itu, sekali (0: tidak pernah).',
  },
  'settings.badRange': {
    en: '"{value}" is not a range like 15-25 (percent); the default is used.',
    id: '"{value}" bukan rentang seperti 15-25 (persen); nilai bawaan dipakai.',
  },
  'desc.stale': {
    en: 'Days a deal may stay in "{status}" before it is marked stale on the board and in the digest (0: never).',
    id: 'Berapa hari deal boleh berada di "{status}" sebelum ditandai macet di papan dan di ringkasan harian (0: tidak pernah).',
  },
  'desc.sources': {
    en: 'Lead sources offered in the sidebar, comma-separated.',
    id: 'Sumber prospek di panel, dipisah koma.',
  },
  'desc.lostReasons': {
    en: 'Lost reasons offered when a deal is lost, comma-separated.',
    id: 'Alasan kalah yang ditawarkan saat deal kalah, dipisah koma.',
  },
  'desc.sla': {
    en: 'First contact with a new lead is due within this many hours.',
    id: 'Kontak pertama dengan prospek baru harus dalam sekian jam.',
  },
  'desc.followUpInterval': {
    en: 'Days until the next follow-up when none is given.',
    id: 'Jumlah hari sampai tindak lanjut berikutnya bila tidak diisi.',
  },
  'desc.maxFollowUps': {
    en: 'Follow-ups after which a deal without progress is flagged.',
    id: 'Jumlah tindak lanjut sebelum deal tanpa kemajuan ditandai.',
  },
  'desc.recontact': {
    en: 'Months after completion when a past client is due for re-contact.',
    id: 'Bulan setelah proyek selesai saat klien lama perlu dihubungi lagi.',
  },
  'desc.auditInterval': {
    en: 'Months between automatic duplicate audits.',
    id: 'Bulan antar audit duplikat otomatis.',
  },
  'desc.reminderHour': {
    en: 'Hour of the daily reminders (0–23, spreadsheet time zone).',
    id: 'Jam pengingat harian (0–23, zona waktu spreadsheet).',
  },
  'desc.managers': {
    en: 'Manager emails for team digests and audit summaries, comma-separated.',
    id: 'Email manajer untuk ringkasan tim dan audit, dipisah koma.',
  },
} satisfies Entries;

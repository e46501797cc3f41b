// The daily automation: triggers and the run log.
import type { Entries } from './entry';

export const automation = {
  'run.ok': { en: 'ok', id: 'berhasil' },
  'run.partial': { en: 'partial', id: 'sebagian' },
  'run.error': { en: 'error', id: 'gagal' },
  'run.skipped': { en: 'skipped', id: 'dilewati' },
  'run.leftForNext': {
    en: 'Someone kept the spreadsheet busy for {minutes} min, past the time this run may wait: left for the next run: {jobs}.',
    id: 'Spreadsheet dipakai orang lain selama {minutes} menit, melewati waktu tunggu jalan ini: ditunda ke jalan berikutnya: {jobs}.',
  },
  'run.remindersDetail': {
    en: 'emails sent {sent}, already sent today {already}, waiting for mail quota {waiting}, leads listed {listed}, errors {errors}',
    id: 'email terkirim {sent}, sudah terkirim hari ini {already}, menunggu kuota email {waiting}, prospek terdaftar {listed}, galat {errors}',
  },
  'run.notDue': {
    en: 'not due: last audit {last}, next after {next}',
    id: 'belum waktunya: audit terakhir {last}, berikutnya setelah {next}',
  },
  'triggers.installed': {
    en: 'Daily automation installed: every day between {hour}:00 and {hourEnd}:00 ({timeZone}); Apps Script picks the minute within that hour. Next run: {next}–{nextEnd}.',
    id: 'Otomatisasi harian terpasang: setiap hari antara pukul {hour}.00 dan {hourEnd}.00 ({timeZone}); Apps Script memilih menitnya dalam jam itu. Berikutnya: {next}–{nextEnd}.',
  },
  'triggers.none': {
    en: 'The daily automation is not installed. Use "Install daily automation".',
    id: 'Otomatisasi harian belum terpasang. Pilih "Pasang otomatisasi harian".',
  },
} satisfies Entries;

// My day: who to contact today, and why.
import type { Entries } from './entry';

export const day = {
  'day.reason.slaBreached': {
    en: 'New, not contacted yet: the {hours}-hour first contact was due {date}.',
    id: 'Baru, belum dihubungi: kontak pertama {hours} jam jatuh tempo {date}.',
  },
  'day.reason.slaBreachedLate': {
    en: 'New, not contacted yet: the {hours}-hour first contact was due {date}: {days} {days|day|days} late.',
    id: 'Baru, belum dihubungi: kontak pertama {hours} jam jatuh tempo {date}: terlambat {days} hari.',
  },
  'day.reason.maxFollowUps': {
    en: '{count} {count|follow-up|follow-ups} without progress since the last stage change (the maximum is {max}): mark {lost} or keep nurturing.',
    id: '{count} kali tindak lanjut tanpa kemajuan sejak tahap terakhir (maksimal {max}): tandai {lost} atau terus bina.',
  },
  'day.reason.pastExpectedClose': {
    en: 'Expected to close on {date}, {days} {days|day|days} ago.',
    id: 'Perkiraan closing {date}, sudah lewat {days} hari.',
  },
  'day.reason.recontact': {
    en: 'Past client: time to get in touch again (since {date}).',
    id: 'Klien lama: waktunya menghubungi lagi (sejak {date}).',
  },
  'day.reason.overdue': {
    en: 'Follow-up was due {date}: {days} {days|day|days} late.',
    id: 'Tindak lanjut jatuh tempo {date}: terlambat {days} hari.',
  },
  'day.reason.dueToday': { en: 'Follow-up due today.', id: 'Tindak lanjut jatuh tempo hari ini.' },
  'day.section.slaBreached': { en: 'New leads to contact', id: 'Prospek baru untuk dihubungi' },
  'day.section.maxFollowUps': { en: 'At the maximum follow-ups', id: 'Sudah maksimal tindak lanjut' },
  'day.section.pastExpectedClose': { en: 'Past expected close', id: 'Lewat perkiraan closing' },
  'day.section.followUpDue': { en: 'Follow-ups due', id: 'Tindak lanjut jatuh tempo' },
  'day.section.noNextStep': { en: 'No next follow-up planned', id: 'Belum ada jadwal tindak lanjut' },
  'day.reason.noNextStep': {
    en: 'Open deal ({status}) with no next follow-up: get in touch and plan the next one.',
    id: 'Deal terbuka ({status}) tanpa jadwal tindak lanjut: hubungi, lalu jadwalkan berikutnya.',
  },
  'day.section.recontact': { en: 'Past clients to re-contact', id: 'Klien lama untuk dihubungi lagi' },
  'day.empty': { en: 'Nothing due today. Well done.', id: 'Tidak ada yang jatuh tempo hari ini. Kerja bagus.' },
  'day.markLost': { en: 'Mark {lost}…', id: 'Tandai {lost}…' },
  'day.of': { en: 'List of', id: 'Daftar milik' },
  'day.section.stale': { en: 'Stuck deals', id: 'Deal macet' },
  'day.reason.stale': {
    en: 'In {status} too long: stale since {date}.',
    id: 'Terlalu lama di {status}: macet sejak {date}.',
  },
} satisfies Entries;

// The daily follow-up email (per owner and for the team).
import type { Entries } from './entry';

export const digest = {
  'digest.subject': {
    en: 'Lembar CRM: {count} {count|lead|leads} to follow up ({date})',
    id: 'Lembar CRM: {count} prospek perlu ditindaklanjuti ({date})',
  },
  'digest.greeting': { en: 'Hello {owner},', id: 'Halo {owner},' },
  'digest.intro': {
    en: 'These leads need your attention today.',
    id: 'Prospek berikut perlu perhatian Anda hari ini.',
  },
  'digest.section.slaBreached': {
    en: 'New leads not contacted within {hours} {hours|hour|hours}',
    id: 'Prospek baru belum dihubungi dalam {hours} jam',
  },
  'digest.section.maxFollowUps': {
    en: 'Reached {max} {max|follow-up|follow-ups} without progress: mark {lost} (from the lead in the sidebar) or keep nurturing',
    id: 'Sudah {max} kali tindak lanjut tanpa kemajuan: tandai {lost} (dari prospeknya di panel) atau terus bina',
  },
  'digest.section.pastExpectedClose': {
    en: 'Open deals past their expected close date',
    id: 'Deal terbuka yang melewati perkiraan closing',
  },
  'digest.section.followUpDue': {
    en: 'Follow-ups due today or overdue',
    id: 'Tindak lanjut jatuh tempo hari ini atau terlambat',
  },
  'digest.section.noNextStep': {
    en: 'Open deals with no next follow-up planned',
    id: 'Deal terbuka tanpa jadwal tindak lanjut',
  },
  'digest.section.recontact': { en: 'Past clients due for re-contact', id: 'Klien lama yang perlu dihubungi lagi' },
  'digest.section.stale': { en: 'Deals stuck in their stage (stale)', id: 'Deal yang macet di tahapnya' },
  'digest.due': { en: 'due {date}', id: 'jatuh tempo {date}' },
  'digest.openRow': { en: 'open row', id: 'buka baris' },
  'digest.chat': { en: 'WhatsApp', id: 'WhatsApp' },
  'digest.call': { en: 'Call', id: 'Telepon' },
  'digest.waGreeting': {
    en: 'Hello {name}, following up on your enquiry with us.',
    id: 'Halo {name}, kami ingin menindaklanjuti kebutuhan Anda.',
  },
  'digest.footer': {
    en: 'Sent once a day by Lembar CRM. Log every contact in the sidebar to keep this list true.',
    id: 'Dikirim sekali sehari oleh Lembar CRM. Catat setiap kontak di panel agar daftar ini tetap akurat.',
  },
  'digest.teamSubject': { en: 'Lembar CRM: team follow-ups ({date})', id: 'Lembar CRM: tindak lanjut tim ({date})' },
  'digest.teamIntro': { en: 'Follow-ups of the team on {date}.', id: 'Tindak lanjut tim pada {date}.' },
  'digest.owner': { en: 'Owner', id: 'Penanggung jawab' },
  'digest.total': { en: 'Total', id: 'Total' },
  'digest.slaTotal': { en: 'First-contact SLA breaches: {count}.', id: 'Pelanggaran SLA kontak pertama: {count}.' },
  'digest.unowned': { en: 'Leads without an owner: {count}', id: 'Prospek tanpa penanggung jawab: {count}' },
  'digest.invalidOwners': {
    en: 'Owners that are not email addresses (their leads are not mailed):',
    id: 'Penanggung jawab yang bukan alamat email (prospeknya tidak dikirimi email):',
  },
  'digest.invalidOwner': { en: '{owner}: {count} {count|lead|leads}', id: '{owner}: {count} prospek' },
  'digest.formerOwners': {
    en: 'Owners no longer on the Team tab (their digest is not sent; give their leads to someone on the Team):',
    id: 'Penanggung jawab yang tidak ada lagi di tab Team (ringkasannya tidak dikirim; serahkan prospeknya ke anggota Team):',
  },
} satisfies Entries;

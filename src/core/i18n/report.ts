// The weekly report and big-deal alerts.
import type { Entries } from './entry';

export const report = {
  'report.weeklySubject': {
    en: 'Lembar CRM: weekly report (week of {date})',
    id: 'Lembar CRM: laporan mingguan (minggu {date})',
  },
  'report.weeklyIntro': {
    en: "The team's week of {date}: the scorecard, and each person's week against the one before.",
    id: 'Minggu tim yang dimulai {date}: kinerja per sales, dan minggu tiap orang dibanding minggu sebelumnya.',
  },
  'report.changes': {
    en: 'Last week (change against the week before)',
    id: 'Minggu lalu (perubahan dibanding minggu sebelumnya)',
  },
  'report.newLeads': { en: 'New leads', id: 'Prospek baru' },
  'report.won': { en: 'Won', id: 'Menang' },
  'report.activities': { en: 'Activities', id: 'Aktivitas' },
  'report.yesterday': { en: 'Yesterday ({date}) per sales person', id: 'Kemarin ({date}) per sales' },
  'report.yesterdayLine': {
    en: '{by}: {calls} {calls|call|calls}, {meetings} {meetings|meeting|meetings}, {quotations} {quotations|quotation|quotations}, {statusChanges} status {statusChanges|change|changes}',
    id: '{by}: {calls} telepon, {meetings} pertemuan, {quotations} penawaran, {statusChanges} perubahan status',
  },
  'report.yesterdayNone': { en: 'Nothing was logged yesterday.', id: 'Tidak ada yang dicatat kemarin.' },
  'report.bigDeals': { en: 'Big deals ({count})', id: 'Deal besar ({count})' },
  'report.bigDealLine': {
    en: '{leadId} {name} ({company}): {value}, {status}, owner {owner}',
    id: '{leadId} {name} ({company}): {value}, {status}, penanggung jawab {owner}',
  },
  'report.bigDealSubject': { en: 'Lembar CRM: {count} big {count|deal|deals}', id: 'Lembar CRM: {count} deal besar' },
} satisfies Entries;

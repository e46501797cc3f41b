// Today in the sidebar (getMyDay): one person's part of the follow-up plan, the very plan the
// daily digest mails, so the list and the email never disagree.
import { labelRef, type Lang, type Message } from './i18n';
import { formatDay } from './format';
import { SECTIONS, type ReminderPlan, type Section } from './reminders';
import { parseYmd } from './dates';

export interface DayItem {
  leadId: string;
  name: string;
  company: string;
  needs: string;
  status: string;
  dueDate: string;
  /** Days past due (0: due today). */
  overdueDays: number;
  phone: string;
  reason: Message;
}

export interface MyDay {
  owner: string;
  date: string;
  sections: { key: Section; items: DayItem[] }[];
}

const days = (from: string, to: string) => {
  const a = parseYmd(from, 0);
  const b = parseYmd(to, 0);
  return a && b ? Math.max(0, Math.round((b.getTime() - a.getTime()) / 86400000)) : 0;
};

export function myDay(
  plan: ReminderPlan,
  owner: string,
  settings: { firstContactSlaHours: number; maxFollowUps: number },
  lang: Lang = 'id',
): MyDay {
  // Dates as people write them (`Senin, 7 Des`; with the year when it is not this year's).
  const thisYear = plan.today.slice(0, 4);
  const date = (ymd: string) => formatDay(ymd, lang, ymd.slice(0, 4) === thisYear ? 'weekday' : 'long');
  const mine = plan.owners.find((o) => o.owner === owner.toLowerCase());
  const sections = SECTIONS.map((key) => ({
    key,
    items: (mine?.sections[key] ?? []).map((l): DayItem => {
      const overdueDays = days(l.due, plan.today);
      const reason: Message =
        key === 'slaBreached'
          ? overdueDays > 0
            ? {
                key: 'day.reason.slaBreachedLate',
                params: { hours: settings.firstContactSlaHours, date: date(l.due), days: overdueDays },
              }
            : { key: 'day.reason.slaBreached', params: { hours: settings.firstContactSlaHours, date: date(l.due) } }
          : key === 'maxFollowUps'
            ? {
                key: 'day.reason.maxFollowUps',
                params: { count: l.followUps, max: settings.maxFollowUps, lost: labelRef('status', 'Lost') },
              }
            : key === 'pastExpectedClose'
              ? { key: 'day.reason.pastExpectedClose', params: { date: date(l.due), days: overdueDays } }
              : key === 'recontact'
                ? { key: 'day.reason.recontact', params: { date: date(l.due) } }
                : key === 'stale'
                  ? { key: 'day.reason.stale', params: { status: labelRef('status', l.status), date: date(l.due) } }
                  : key === 'noNextStep'
                    ? { key: 'day.reason.noNextStep', params: { status: labelRef('status', l.status) } }
                    : overdueDays > 0
                      ? { key: 'day.reason.overdue', params: { date: date(l.due), days: overdueDays } }
                      : { key: 'day.reason.dueToday' };
      return {
        leadId: l.leadId,
        name: l.name,
        company: l.company,
        needs: l.needs,
        status: l.status,
        dueDate: l.due,
        overdueDays,
        phone: l.phoneE164,
        reason,
      };
    }),
  })).filter((s) => s.items.length > 0);
  return { owner: owner.toLowerCase(), date: plan.today, sections };
}

// getMyDay (SPEC §3): the current user's Today list, from the same plan as the daily
// digest (planReminders), so the sidebar and the email never disagree. A manager may open a
// teammate's list.
import { LEAD_COLUMNS, TAB } from '../core/schema';
import { planReminders, type Section } from '../core/reminders';
import { myDay, type DayItem } from '../core/today';
import { CrmError, t } from '../core/i18n';
import { cleanText } from '../core/fields';
import { normalizeEmail } from '../core/email';
import { managersOf, displayName } from '../core/team';
import { nameValues, renderTemplate, situationOf } from '../core/templates';
import { whatsappLink } from '../core/phone';
import { formatDay } from '../core/format';
import { Table } from './table';
import { openCrm, currentUser, message } from './services';
import { readTeam, readTemplates } from './team';

/** One person's Today list, in sections (the digest's), each item with why it is listed. */
export interface TodayList {
  owner: string;
  ownerName: string;
  /** The day, ISO (data). */
  date: string;
  /** The day as the user reads it: `Senin, 7 Des`. */
  dateText: string;
  /** Team names of the lists a manager may open, by email. */
  ownerNames: Record<string, string>;
  /** Whether the user may open a teammate's list (a manager). */
  canSwitch: boolean;
  /** The lists a manager may open; [] for anyone else. */
  owners: string[];
  sections: TodaySection[];
}

export interface TodaySection {
  key: Section;
  title: string;
  items: TodayItem[];
}

/** One lead of the day as the page shows it: the plan's item, its reason in words, a WhatsApp link. */
export interface TodayItem extends Omit<DayItem, 'reason'> {
  /** A wa.me link (prefilled when a template fits), or '' without a phone. */
  whatsapp: string;
  reason: string;
}

export function getMyDay(arg?: { owner?: string }): TodayList {
  const crm = openCrm();
  const me = currentUser().toLowerCase();
  const asked = cleanText(arg && typeof arg === 'object' ? (arg as { owner?: unknown }).owner : '');
  const team = readTeam(crm);
  const managers = managersOf(team, crm.settings.managerEmails);
  let owner = me;
  if (asked !== '' && asked.toLowerCase() !== me) {
    const e = normalizeEmail(asked);
    if (!e.ok) throw new CrmError({ key: 'valid.email' }, crm.lang);
    // Only a manager reads a teammate's list.
    if (!managers.includes(me)) throw new CrmError({ key: 'error.notManager' }, crm.lang);
    owner = e.email;
  }
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const plan = planReminders(
    leads.allRows().map((r) => leads.toRecord(r)),
    crm.settings,
    crm.now,
    crm.offset,
  );
  const day = myDay(plan, owner, crm.settings, crm.lang);
  const templates = readTemplates(crm).filter((x) => x.channel === 'WhatsApp' && x.language === crm.lang);
  const sales = displayName(team, owner);
  const owners = [...new Set([...plan.owners.map((o) => o.owner), ...team.keys()])].sort();
  return {
    owner: day.owner,
    ownerName: sales,
    date: day.date,
    dateText: formatDay(day.date, crm.lang, 'weekday'),
    ownerNames: Object.fromEntries(
      (managers.includes(me) ? [day.owner, ...owners] : [day.owner]).map((o) => [o, displayName(team, o)]),
    ),
    canSwitch: managers.includes(me),
    owners: managers.includes(me) ? owners : [],
    sections: day.sections.map((s) => ({
      key: s.key,
      title: t(crm.lang, `day.section.${s.key}` as 'day.section.followUpDue'),
      items: s.items.map((i) => {
        const tpl = templates.find((x) => x.situation === situationOf(s.key));
        const text = tpl
          ? renderTemplate(tpl, {
              ...nameValues(i.name, crm.settings.salutation, tpl.language),
              company: i.company,
              needs: i.needs,
              sales,
            }).text
          : '';
        // A message with an unfilled placeholder is not pre-filled into WhatsApp.
        const ready = tpl && !/\{[a-z_]+\}/i.test(text) ? text : '';
        return {
          leadId: i.leadId,
          name: i.name,
          company: i.company,
          needs: i.needs,
          status: i.status,
          dueDate: i.dueDate,
          overdueDays: i.overdueDays,
          phone: i.phone,
          whatsapp: i.phone ? whatsappLink(i.phone, ready) : '',
          reason: message(crm.lang, i.reason),
        };
      }),
    })),
  };
}

// The reminder emails, as text and HTML. Every value from the sheet is escaped in the HTML.
import { label, labelRef, t, userText, type Lang, type MessageKey } from './i18n';
import { formatDay, formatPhone } from './format';
import { escapeHtml } from './html';
import { SECTIONS, countOf, type OwnerDigest, type ReminderLead, type ReminderPlan, type Section } from './reminders';
import type { Settings } from './settings';
import { whatsappLink } from './phone';
import { addressee } from './salutation';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
}

export interface DigestLinks {
  /** URL of a Leads row in the spreadsheet. */
  row(row: number): string;
}

const sectionTitle = (lang: Lang, s: Section, settings: Settings) =>
  t(lang, `digest.section.${s}` as MessageKey, {
    hours: settings.firstContactSlaHours,
    max: settings.maxFollowUps,
    lost: labelRef('status', 'Lost'),
  });

/** A due date as people write it (`Senin, 7 Des 2026` is long: `7 Desember 2026`). */
const dueText = (lang: Lang, ymd: string) => t(lang, 'digest.due', { date: ymd ? formatDay(ymd, lang, 'long') : '–' });

/** Phone: formatPhone remembered for one email, whose text and HTML both show every number. */
type Phone = (e164: string) => string;
function phoneMemo(): Phone {
  const seen = new Map<string, string>();
  return (e164) => {
    let s = seen.get(e164);
    if (s === undefined) {
      s = formatPhone(e164);
      seen.set(e164, s);
    }
    return s;
  };
}

function lineText(lang: Lang, l: ReminderLead, links: DigestLinks, phoneOf: Phone = formatPhone): string {
  const who = [l.leadId, l.name, l.company].filter(Boolean).join(' · ');
  // WhatsApp for a mobile only, as the sidebar and the phone offer it; a landline is a number to call.
  const wa = l.phoneE164 ? whatsappLink(l.phoneE164) : '';
  const phone = l.phoneE164 ? ` · ${phoneOf(l.phoneE164)}${wa ? ` (${wa})` : ''}` : '';
  const due = l.due ? ` · ${dueText(lang, l.due)}` : '';
  return `- ${who}${phone} · ${label(lang, 'status', l.status)}${due}\n  ${links.row(l.row)}`;
}

function lineHtml(
  lang: Lang,
  l: ReminderLead,
  links: DigestLinks,
  settings: Settings,
  phoneOf: Phone = formatPhone,
): string {
  // The WhatsApp greeting addresses the client as Settings says (Pak Agus Salim, never Bpk. Agus Salim).
  const greet = addressee(l.name, settings.salutation, lang).greeting;
  const wa = l.phoneE164 ? whatsappLink(l.phoneE164, t(lang, 'digest.waGreeting', { name: greet })) : '';
  const chat = wa
    ? ` · <a href="${escapeHtml(wa)}">${escapeHtml(t(lang, 'digest.chat'))} ${escapeHtml(phoneOf(l.phoneE164))}</a>`
    : l.phoneE164
      ? ` · <a href="${escapeHtml(`tel:${l.phoneE164}`)}">${escapeHtml(t(lang, 'digest.call'))} ${escapeHtml(phoneOf(l.phoneE164))}</a>`
      : '';
  return (
    `<li style="margin:4px 0"><strong>${escapeHtml(l.name)}</strong>` +
    (l.company ? ` · ${escapeHtml(l.company)}` : '') +
    ` <span style="color:#5f6368">(${escapeHtml(l.leadId)}, ${escapeHtml(label(lang, 'status', l.status))})</span>${chat}` +
    (l.due ? ` · ${escapeHtml(dueText(lang, l.due))}` : '') +
    ` · <a href="${escapeHtml(links.row(l.row))}">${escapeHtml(t(lang, 'digest.openRow'))}</a></li>`
  );
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124;max-width:680px">${body}</body></html>`;
}

/** `name` is the owner's display name from the Team tab ('' greets by email address). */
export function ownerDigestEmail(
  lang: Lang,
  plan: ReminderPlan,
  d: OwnerDigest,
  settings: Settings,
  links: DigestLinks,
  name = '',
): Email {
  const count = countOf(d);
  const subject = t(lang, 'digest.subject', { count, date: formatDay(plan.today, lang, 'long') });
  const greeting = t(lang, 'digest.greeting', { owner: name || d.owner });
  const text: string[] = [greeting, '', t(lang, 'digest.intro'), ''];
  let html = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(t(lang, 'digest.intro'))}</p>`;
  const phoneOf = phoneMemo();
  for (const s of SECTIONS) {
    const leads = d.sections[s];
    if (leads.length === 0) continue;
    const title = `${sectionTitle(lang, s, settings)} (${leads.length})`;
    text.push(title, ...leads.map((l) => lineText(lang, l, links, phoneOf)), '');
    html += `<h3 style="font-size:15px;margin:16px 0 4px;color:#188038">${escapeHtml(title)}</h3><ul style="padding-left:18px;margin:0">${leads.map((l) => lineHtml(lang, l, links, settings, phoneOf)).join('')}</ul>`;
  }
  text.push(t(lang, 'digest.footer'));
  html += `<p style="color:#5f6368;font-size:12px;margin-top:20px">${escapeHtml(t(lang, 'digest.footer'))}</p>`;
  return { to: d.owner, subject, text: text.join('\n'), html: page(subject, html) };
}

/** What the managers' digest adds to the owners' figures. */
export interface ManagerExtras {
  /** Yesterday's activity per sales person (the supervisor's daily report). */
  yesterday?: { date: string; lines: string[] };
  /** Big deals not told before. */
  bigDeals?: string[];
  /** An owner's Team name (the email address when Team has none). */
  nameOf?: (email: string) => string;
  /** Owners no longer on the Team (someone who left): their leads listed, their digest not sent. */
  formerOwners?: { owner: string; leads: number }[];
}

export function managerDigestEmail(
  lang: Lang,
  plan: ReminderPlan,
  settings: Settings,
  to: string,
  links: DigestLinks,
  extras: ManagerExtras = {},
): Email {
  const today = formatDay(plan.today, lang, 'long');
  const subject = t(lang, 'digest.teamSubject', { date: today });
  const nameOf = extras.nameOf ?? ((e: string) => e);
  const head = [
    t(lang, 'digest.owner'),
    ...SECTIONS.map((s) => sectionTitle(lang, s, settings)),
    t(lang, 'digest.total'),
  ];
  const rows = plan.owners.map((d) => [
    nameOf(d.owner),
    ...SECTIONS.map((s) => String(d.sections[s].length)),
    String(countOf(d)),
  ]);
  const sla = plan.slaBreached;
  const text: string[] = [
    t(lang, 'digest.teamIntro', { date: today }),
    '',
    t(lang, 'digest.slaTotal', { count: sla }),
    '',
  ];
  // The plain-text table: its header line first, so each number says what it counts.
  const line = (r: string[]) => `${r[0]}: ${r.slice(1, -1).join(' / ')} = ${r[r.length - 1]}`;
  text.push(line(head), ...rows.map(line), '');
  let html = `<p>${escapeHtml(t(lang, 'digest.teamIntro', { date: today }))}</p><p><strong>${escapeHtml(t(lang, 'digest.slaTotal', { count: sla }))}</strong></p>`;
  html += `<table style="border-collapse:collapse;font-size:13px"><tr>${head.map((h) => `<th style="border:1px solid #dadce0;padding:4px;text-align:left">${escapeHtml(h)}</th>`).join('')}</tr>`;
  html += `${rows.map((r) => `<tr>${r.map((c) => `<td style="border:1px solid #dadce0;padding:4px">${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  if (plan.unowned.length > 0) {
    const title = t(lang, 'digest.unowned', { count: plan.unowned.length });
    text.push(title, ...plan.unowned.map((l) => lineText(lang, l, links)), '');
    html += `<h3 style="font-size:15px">${escapeHtml(title)}</h3><ul>${plan.unowned.map((l) => lineHtml(lang, l, links, settings)).join('')}</ul>`;
  }
  if (plan.invalidOwners.length > 0) {
    const lines = plan.invalidOwners.map((o) =>
      t(lang, 'digest.invalidOwner', { owner: userText(o.owner), count: o.leads }),
    );
    text.push(t(lang, 'digest.invalidOwners'), ...lines.map((l) => `- ${l}`), '');
    html += `<h3 style="font-size:15px">${escapeHtml(t(lang, 'digest.invalidOwners'))}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  }
  if (extras.formerOwners && extras.formerOwners.length > 0) {
    const lines = extras.formerOwners.map((o) =>
      t(lang, 'digest.invalidOwner', { owner: userText(o.owner), count: o.leads }),
    );
    text.push(t(lang, 'digest.formerOwners'), ...lines.map((l) => `- ${l}`), '');
    html += `<h3 style="font-size:15px">${escapeHtml(t(lang, 'digest.formerOwners'))}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  }
  if (extras.bigDeals && extras.bigDeals.length > 0) {
    const title = t(lang, 'report.bigDeals', { count: extras.bigDeals.length });
    text.push(title, ...extras.bigDeals.map((l) => `- ${l}`), '');
    html += `<h3 style="font-size:15px;color:#b06000">${escapeHtml(title)}</h3><ul>${extras.bigDeals.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  }
  if (extras.yesterday) {
    const title = t(lang, 'report.yesterday', { date: formatDay(extras.yesterday.date, lang, 'long') });
    const lines = extras.yesterday.lines.length > 0 ? extras.yesterday.lines : [t(lang, 'report.yesterdayNone')];
    text.push(title, ...lines.map((l) => `- ${l}`), '');
    html += `<h3 style="font-size:15px">${escapeHtml(title)}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  }
  text.push(t(lang, 'digest.footer'));
  return { to, subject, text: text.join('\n'), html: page(subject, html) };
}

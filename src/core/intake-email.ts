// The email that tells an owner at once that the lead form brought them a lead (SPEC §4): who,
// how to reach them, what they need, by when. In the owner's language; phones and days as
// people write them (format.ts); every answer escaped in the HTML.
import { t, type Lang, type MessageKey } from './i18n';
import { escapeHtml } from './html';
import { formatDay, formatPhone } from './format';
import type { Email } from './digest';

export interface IntakeNews {
  kind: 'new' | 'newDeal' | 'joined';
  leadId: string;
  name: string;
  company: string;
  /** E.164 as stored ('' when none). */
  phone: string;
  email: string;
  needs: string;
  source: string;
  /** The first-contact due day (YYYY-MM-DD, local). */
  due: string;
  /** The lead's row in the spreadsheet. */
  link: string;
}

const INTRO: Record<IntakeNews['kind'], MessageKey> = {
  new: 'intake.introNew',
  newDeal: 'intake.introNewDeal',
  joined: 'intake.introJoined',
};

/** `greetAs`: the owner's Team name ('' greets by email address). */
export function intakeEmail(lang: Lang, to: string, greetAs: string, n: IntakeNews): Email {
  const subject = t(lang, n.kind === 'joined' ? 'intake.subjectJoined' : 'intake.subjectNew', { name: n.name });
  const greeting = t(lang, 'intake.greeting', { owner: greetAs || to });
  const intro = t(lang, INTRO[n.kind], { due: formatDay(n.due, lang, 'long'), leadId: n.leadId });
  const facts: [MessageKey, string][] = [
    ['field.name', n.name],
    ['field.company', n.company],
    ['field.phone', n.phone ? formatPhone(n.phone) : ''],
    ['field.email', n.email],
    ['field.needs', n.needs],
    ['field.source', n.source],
  ];
  const shown = facts.filter(([, v]) => v !== '');
  const open = t(lang, 'intake.openRow');
  const footer = t(lang, 'intake.footer');
  const text = [
    greeting,
    '',
    intro,
    '',
    ...shown.map(([k, v]) => `${t(lang, k)}: ${v}`),
    '',
    `${open} (${n.leadId}): ${n.link}`,
    '',
    footer,
  ].join('\n');
  const rows = shown
    .map(
      ([k, v]) =>
        `<tr><td style="color:#5f6368;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(t(lang, k))}</td><td style="white-space:pre-wrap">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:Arial,sans-serif;font-size:14px;color:#202124;max-width:680px">` +
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><table>${rows}</table>` +
    `<p><a href="${escapeHtml(n.link)}">${escapeHtml(open)} (${escapeHtml(n.leadId)})</a></p>` +
    `<p style="color:#5f6368;font-size:12px;margin-top:20px">${escapeHtml(footer)}</p></body></html>`;
  return { to, subject, text, html };
}

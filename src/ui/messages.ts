// Message templates for the selected lead: the server fills a template for the lead (the first
// one comes with the lead, getSelectedLead; another is renderTemplate); WhatsApp opens wa.me with
// the text (mobiles only) and offers to log it; Email shows To, From and Subject, sends through
// the server (quota checked), once, and says to whom it went and that it was logged, or why not.
// A placeholder without a value (as the server names it) is shown to the user first and never sent.
import { call, h, msg } from './client';
import { ctx } from './context';
import type { SelectedLead } from '../gas/sidebar';
import type { RenderedTemplate } from '../gas/templates';
import { templatesFor } from '../core/template-order';
import { status } from './status';
import type { CardDone } from './lead-forms';

export function messagesPanel(L: SelectedLead, done: CardDone): HTMLElement {
  const box = h(
    'section',
    { class: 'messages', 'aria-labelledby': 'messages-title' },
    h('h3', { id: 'messages-title', text: msg('ui.templates') }),
  );
  // The lead's situation first, in the user's language, then the rest.
  const ordered = templatesFor(ctx.templates, ctx.lang, L.situation, L.whatsapp !== '');
  if (ordered.length === 0) return box;
  const pick = h('select', { id: 'template-pick', 'aria-label': msg('ui.template') });
  for (const t of ordered) pick.append(h('option', { value: t.id, text: `${t.name} · ${t.channel}` }));
  // An email says who it goes to and from whom before it is sent.
  const to = h('dd', { id: 'email-to' });
  const from = h('dd', { id: 'email-from' });
  const subject = h('input', { id: 'template-subject' }) as HTMLInputElement;
  const head = h(
    'dl',
    { class: 'email-head', hidden: true },
    h('dt', { text: msg('mail.to') }),
    to,
    h('dt', { text: msg('mail.from') }),
    from,
    h('dt', {}, h('label', { for: 'template-subject', text: msg('mail.subject') })),
    h('dd', {}, subject),
  );
  const text = h('textarea', {
    id: 'template-text',
    rows: '5',
    'aria-label': msg('ui.template'),
  }) as HTMLTextAreaElement;
  const warn = h('div', { class: 'status error', role: 'alert' });
  const actions = h('div', { class: 'actions' });
  const result = h('div', { class: 'status', role: 'status' });
  box.append(pick, head, text, warn, actions, result);
  let current: RenderedTemplate | null = null;
  // An unfilled placeholder the server named, still in the text more often than the lead's own
  // data put it there (`Toko {Maju}` is a name, not a placeholder).
  const count = (s: string, token: string) => s.split(token).length - 1;
  const check = () => {
    const all = `${subject.value}\n${text.value}`;
    const left = (current?.missing ?? []).filter((m) => count(all, m) > (current?.fromLead[m] ?? 0));
    warn.textContent = left.length > 0 ? msg('ui.missing', { names: left.join(', ') }) : '';
    return left.length === 0;
  };
  const show = (t: RenderedTemplate) => {
    current = t;
    head.hidden = t.channel !== 'Email';
    to.textContent = t.to || msg('mail.noAddress');
    to.classList.toggle('error', !t.to);
    from.textContent = t.from;
    subject.value = t.subject;
    text.value = t.text;
    draw();
  };
  const load = async () => {
    status(result, msg('ui.loading'), 'info');
    try {
      show(await call('renderTemplate', { templateId: pick.value, leadId: L.leadId }));
      status(result, '', 'info');
    } catch (e) {
      status(result, msg('ui.failed', { error: (e as Error).message }), 'error');
    }
  };
  const draw = () => {
    actions.replaceChildren();
    if (!current) return;
    const ok = check();
    if (current.channel === 'WhatsApp' && L.whatsapp) {
      const href = `${String(L.whatsapp)}?text=${encodeURIComponent(text.value)}`;
      const wa = h('a', {
        class: 'button wa',
        id: 'whatsapp',
        href,
        target: '_blank',
        rel: 'noopener',
        text: msg('ui.whatsapp'),
        'aria-disabled': ok ? undefined : 'true',
      });
      wa.addEventListener('click', (ev) => {
        if (!check()) {
          ev.preventDefault();
          return;
        }
        const logIt = h('button', { type: 'button', id: 'wa-log', text: msg('ui.logWhatsapp') });
        logIt.addEventListener('click', async () => {
          const r = await call('logActivity', {
            leadId: L.leadId,
            type: 'WhatsApp',
            summary: text.value.slice(0, 2000),
          });
          if (r.ok) done(r.card, { form: '.messages', text: msg('activity.saved', { leadId: L.leadId }) });
          else status(result, Object.values(r.errors).join(' '), 'error');
        });
        result.replaceChildren(logIt);
      });
      actions.append(wa);
    }
    if (current.channel === 'Email') {
      const send = h('button', {
        type: 'button',
        class: 'primary',
        id: 'send-email',
        text: msg('ui.send'),
        disabled: !current.to || !ok,
      });
      // Sent once: the button stays off while sending and after it worked (editing the text or
      // picking another template draws a new one).
      send.addEventListener('click', async () => {
        if (!check() || send.disabled) return;
        send.disabled = true;
        status(result, msg('mail.sending', { to: current!.to }), 'info');
        try {
          const r = await call('sendTemplateEmail', {
            templateId: current!.templateId,
            leadId: L.leadId,
            subject: subject.value,
            text: text.value,
          });
          if (r.card) done(r.card, { form: '.messages', text: r.message });
          status(result, r.message, r.logged ? 'ok' : 'error');
        } catch (e) {
          status(result, msg('mail.failed', { error: (e as Error).message }), 'error');
          send.disabled = false;
        }
      });
      actions.append(send);
    }
  };
  pick.addEventListener('change', () => void load());
  text.addEventListener('input', draw);
  subject.addEventListener('input', draw);
  // The first template came with the lead (one call opens the view); another is asked for.
  if (L.template && L.template.templateId === pick.value) show(L.template);
  else void load();
  return box;
}

// Message templates for the selected lead: the server fills a template for the lead
// (renderTemplate); WhatsApp opens wa.me with the text (mobiles only) and offers to log it;
// Email sends through the server (quota checked) and is logged. A placeholder without a value (as
// the server names it) is shown to the user first and never sent.
import { call, h, msg } from './client';
import { ctx } from './context';
import type { SelectedLead } from '../gas/sidebar';
import type { RenderedTemplate } from '../gas/templates';
import { status } from './status';

export function messagesPanel(L: SelectedLead, reload: () => Promise<void>): HTMLElement {
  const box = h(
    'section',
    { class: 'messages', 'aria-labelledby': 'messages-title' },
    h('h3', { id: 'messages-title', text: msg('ui.templates') }),
  );
  // The lead's situation first, in the user's language, then the rest.
  const mine = ctx.templates.filter((t) => t.language === ctx.lang && (t.channel !== 'WhatsApp' || L.whatsapp));
  const ordered = [
    ...mine.filter((t) => t.situation === L.situation),
    ...mine.filter((t) => t.situation !== L.situation),
  ];
  if (ordered.length === 0) return box;
  const pick = h('select', { id: 'template-pick', 'aria-label': msg('ui.template') });
  for (const t of ordered) pick.append(h('option', { value: t.id, text: `${t.name} · ${t.channel}` }));
  const subject = h('input', { id: 'template-subject', 'aria-label': 'Subject', hidden: true }) as HTMLInputElement;
  const text = h('textarea', {
    id: 'template-text',
    rows: '5',
    'aria-label': msg('ui.template'),
  }) as HTMLTextAreaElement;
  const warn = h('div', { class: 'status error', role: 'alert' });
  const actions = h('div', { class: 'actions' });
  const result = h('div', { class: 'status', role: 'status' });
  box.append(pick, subject, text, warn, actions, result);
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
  const load = async () => {
    status(result, msg('ui.loading'), 'info');
    try {
      current = await call('renderTemplate', { templateId: pick.value, leadId: L.leadId });
      subject.hidden = current.channel !== 'Email';
      subject.value = current.subject;
      text.value = current.text;
      status(result, '', 'info');
      draw();
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
          if (r.ok) await reload();
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
      send.addEventListener('click', async () => {
        if (!check()) return;
        send.disabled = true;
        try {
          const r = await call('sendTemplateEmail', {
            templateId: current!.templateId,
            leadId: L.leadId,
            subject: subject.value,
            text: text.value,
          });
          await reload();
          status(document.querySelector('.messages .status[role=status]') as HTMLElement, r.message, 'ok');
        } catch (e) {
          status(result, (e as Error).message, 'error');
          send.disabled = false;
        }
      });
      actions.append(send);
    }
  };
  pick.addEventListener('change', () => void load());
  text.addEventListener('input', draw);
  subject.addEventListener('input', draw);
  void load();
  return box;
}

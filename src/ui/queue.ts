// The WhatsApp campaign queue (issue 19): WhatsApp has no sending API here, so the sidebar shows
// the next person of a running campaign with the prefilled wa.me message; "Sent" logs it as a
// WhatsApp activity and "Skip" passes; the queue is kept on the server, so it resumes where
// anyone stopped.
import { call, h, msg } from './client';
import { ctx } from './context';
import type { QueueContact } from '../gas/campaigns';

export function queuePanel(): HTMLElement {
  const box = h('section', { class: 'queue', 'aria-labelledby': 'queue-title' });
  if (!ctx.campaigns || ctx.campaigns.length === 0) return box;
  const pick = h('select', { 'aria-label': msg('queue.campaign') });
  for (const c of ctx.campaigns) pick.append(h('option', { value: c, text: c }));
  const body = h('div', { class: 'queue-body', 'aria-live': 'polite' });
  box.append(h('h4', { id: 'queue-title', text: msg('queue.title') }), pick, body);
  const show = (n: QueueContact) => {
    if (!n.leadId) {
      body.replaceChildren(h('p', { class: 'muted', text: msg('queue.empty') }));
      return;
    }
    const sent = h('button', { type: 'button', class: 'primary', text: msg('queue.sent') });
    const skip = h('button', { type: 'button', text: msg('queue.skip') });
    sent.addEventListener('click', () => void mark(n.leadId, 'sent'));
    skip.addEventListener('click', () => void mark(n.leadId, 'skip'));
    const who = n.leadName || n.leadId;
    body.replaceChildren(
      h('p', { class: 'muted', text: msg('queue.remaining', { count: n.remaining }) }),
      h('p', {}, h('strong', { text: who }), ` · ${n.leadId} · ${n.to ?? ''}`),
      h('p', { class: 'needs', text: n.text ?? '' }),
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'button wa', href: n.whatsapp ?? '#', target: '_blank', rel: 'noopener', text: msg('ui.whatsapp'), 'aria-label': `${msg('ui.whatsapp')} ${who}` }),
        sent,
        skip,
      ),
    );
  };
  const load = async () => show(await call('nextCampaignContact', { name: pick.value }).catch((e: Error) => ({ name: pick.value, leadId: '', remaining: 0, text: e.message })));
  const mark = async (leadId: string, outcome: 'sent' | 'skip') => show(await call('markCampaignContact', { name: pick.value, leadId, outcome }));
  pick.addEventListener('change', () => void load());
  void load();
  return box;
}

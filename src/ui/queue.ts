// The WhatsApp campaign queue: WhatsApp has no sending API here, so the sidebar shows
// the next person of a running campaign with the prefilled wa.me message; "Sent" logs it as a
// WhatsApp activity and "Skip" passes; the queue is kept on the server, so it resumes where
// anyone stopped.
import { call, h, msg } from './client';
import { ctx } from './context';
import { status } from './status';
import type { QueueContact } from '../gas/campaigns';

export function queuePanel(): HTMLElement {
  const box = h('section', { class: 'queue', 'aria-labelledby': 'queue-title' });
  if (!ctx.campaigns || ctx.campaigns.length === 0) return box;
  const pick = h('select', { 'aria-label': msg('queue.campaign') });
  for (const c of ctx.campaigns) pick.append(h('option', { value: c, text: c }));
  const body = h('div', { class: 'queue-body', 'aria-live': 'polite' });
  const line = h('p', { class: 'status', role: 'status' });
  box.append(h('h4', { id: 'queue-title', text: msg('queue.title') }), pick, body, line);
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
        h('a', {
          class: 'button wa',
          href: n.whatsapp ?? '#',
          target: '_blank',
          rel: 'noopener',
          text: msg('ui.whatsapp'),
          'aria-label': `${msg('ui.whatsapp')} ${who}`,
        }),
        sent,
        skip,
      ),
    );
  };
  // A refusal (the campaign stopped meanwhile, say) is said in the status line, not taken for an empty queue.
  const answer = async (next: Promise<QueueContact>, clear: boolean) => {
    try {
      show(await next);
      status(line, '');
    } catch (e) {
      if (clear) body.replaceChildren();
      status(line, msg('ui.failed', { error: (e as Error).message }), 'error');
    }
  };
  const load = () => answer(call('nextCampaignContact', { name: pick.value }), true);
  const mark = (leadId: string, outcome: 'sent' | 'skip') =>
    answer(call('markCampaignContact', { name: pick.value, leadId, outcome }), false);
  pick.addEventListener('change', () => void load());
  void load();
  return box;
}

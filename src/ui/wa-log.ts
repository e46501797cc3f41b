// Today's WhatsApp button, in the sidebar and on the phone: it opens the pre-filled message, and
// then offers to log it, as the lead's message panel does: the contact counts, and an open deal's
// follow-up moves on instead of staying late.
import { call, h, msg } from './client';
import { status } from './status';
import { entry, notSaved } from './phone-net';
import type { TodayItem, TodayList } from '../gas/day';

/** The message the wa.me link carries (its `text`), logged as the activity's summary. */
function prefilled(href: string): string {
  try {
    return new URL(href).searchParams.get('text') ?? '';
  } catch (_err) {
    return '';
  }
}

/**
 * The WhatsApp button of a Today item; once it is tapped, `slot` offers "Log this WhatsApp
 * message". `logged` gets the list as it now is when `owner` is given (the sidebar redraws from it).
 */
export function todayWhatsapp(
  i: TodayItem,
  slot: HTMLElement,
  logged: (day: TodayList | undefined) => void,
  owner?: string,
): HTMLAnchorElement {
  const who = i.name || i.leadId;
  const link = h('a', {
    class: 'button wa',
    href: i.whatsapp,
    target: '_blank',
    rel: 'noopener',
    text: msg('ui.whatsapp'),
    'aria-label': `${msg('ui.whatsapp')} ${who}`,
  }) as HTMLAnchorElement;
  // A retry after a lost answer carries the same request ID: the message is logged once.
  const once = entry();
  /** A save under way: another tap on the link keeps its button (and its request ID) in place. */
  let saving = false;
  link.addEventListener('click', () => {
    if (saving) return;
    const logIt = h('button', {
      type: 'button',
      class: 'primary',
      text: msg('ui.logWhatsapp'),
      'aria-label': `${msg('ui.logWhatsapp')} ${who}`,
    }) as HTMLButtonElement;
    const result = h('div', { class: 'status', role: 'status' });
    logIt.addEventListener('click', async () => {
      logIt.disabled = true;
      saving = true;
      try {
        const r = await call('logActivity', {
          leadId: i.leadId,
          type: 'WhatsApp',
          summary: prefilled(i.whatsapp).slice(0, 2000),
          requestId: once.id(),
          ...(owner === undefined ? {} : { day: { owner } }),
        });
        if (!r.ok) {
          status(result, Object.values(r.errors).join(' '), 'error');
          logIt.disabled = false;
          return;
        }
        once.done();
        logIt.remove();
        status(result, msg('activity.saved', { leadId: i.leadId }), 'ok');
        logged(r.day);
      } catch (e) {
        notSaved(result, e);
        logIt.disabled = false;
      } finally {
        saving = false;
      }
    });
    slot.replaceChildren(logIt, result);
  });
  return link;
}

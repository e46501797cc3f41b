// Advice and the way to follow it (issue 29 item 5): where Today or the digest advises Lost (a
// lead at the maximum follow-ups without progress), the lead's card offers it, and "Mark Lost"
// from Today opens the card with its status form already at Lost.
import { h, msg } from './client';
import { ctx, label, openLeadAt, takePendingStatus } from './context';
import type { SelectedLead } from '../gas/sidebar';

/** Sets the status form to `status` (its gate fields drawn) and brings it into view. */
export function statusFormAt(form: HTMLElement, status: string): boolean {
  const select = form.querySelector<HTMLSelectElement>('select[name="status"]');
  if (!select || ![...select.options].some((o) => o.value === status)) return false;
  select.value = status;
  select.dispatchEvent(new Event('change'));
  form.scrollIntoView?.({ block: 'nearest' });
  (form.querySelector<HTMLElement>('.gate-fields select, .gate-fields input') ?? select).focus();
  return true;
}

/** Whether the lead is where the daily list advises Lost: open, Lost allowed, at the maximum. */
export function advisesLost(L: SelectedLead): boolean {
  const open = (ctx.transitions[String(L.status)] ?? []).includes('Lost');
  return open && (Number(L.followUps) || 0) >= ctx.maxFollowUps;
}

/** Adds "Mark Lost…" to the card where the advice applies, and applies a status asked from Today. */
export function offerLost(L: SelectedLead, card: HTMLElement, statusForm: HTMLElement): void {
  if (advisesLost(L)) {
    const text = msg('day.markLost', { lost: label('status', 'Lost') });
    const b = h('button', { type: 'button', class: 'warn', id: 'mark-lost', text });
    b.addEventListener('click', () => statusFormAt(statusForm, 'Lost'));
    card.append(
      h(
        'div',
        { class: 'advice' },
        h('p', {
          class: 'muted',
          text: msg('ui.adviceLost', { count: Number(L.followUps) || 0, max: ctx.maxFollowUps }),
        }),
        b,
      ),
    );
  }
  const asked = takePendingStatus(String(L.leadId));
  if (asked) statusFormAt(statusForm, asked);
}

/**
 * Today's "Mark Lost…" for an item of its max-follow-ups section (sidebar and phone alike): it
 * opens the lead's card with the status form at Lost; null where the lead cannot go to Lost.
 */
export function markLostButton(i: { leadId: string; name: string; status: string }): HTMLElement | null {
  if (!(ctx.transitions[i.status] ?? []).includes('Lost')) return null;
  const lost = msg('day.markLost', { lost: label('status', 'Lost') });
  const mark = h('button', {
    type: 'button',
    class: 'warn',
    text: lost,
    'aria-label': `${lost} ${i.name || i.leadId}`,
  });
  mark.addEventListener('click', () => openLeadAt(i.leadId, 'Lost'));
  return mark;
}

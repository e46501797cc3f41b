// The board on a phone: one stage at a time (getPipelineBoard, the desktop board's own data),
// previous and next stage under the thumb; a deal opens its card, where its status changes.
import { formatMoney } from '../core/money';
import { formatDay } from '../core/format';
import { call, h, msg } from './client';
import { ctx, label, openLead } from './context';
import { status } from './status';
import type { PipelineBoard } from '../gas/board';

export function boardView(): HTMLElement & { load(): Promise<void> } {
  const view = h('section', { class: 'phone-board', 'aria-labelledby': 'board-title' }) as HTMLElement & {
    load(): Promise<void>;
  };
  const title = h('h2', { id: 'board-title', text: msg('phone.tabBoard') });
  const pick = h('select', { id: 'stage-pick', 'aria-label': msg('phone.stageOf', { n: '', count: '' }).trim() });
  const prev = h('button', { type: 'button', text: '‹', 'aria-label': msg('phone.prevStage') });
  const next = h('button', { type: 'button', text: '›', 'aria-label': msg('phone.nextStage') });
  const where = h('p', { class: 'meta', id: 'stage-where' });
  const list = h('ul', { class: 'items', id: 'stage-cards', 'aria-live': 'polite' });
  view.append(title, h('div', { class: 'stage-nav' }, prev, pick, next), where, list);
  let board: PipelineBoard | null = null;
  let at = 0;
  const stages = () => (board ? board.columns.filter((c) => !c.dropOnly) : []);
  const show = (i: number) => {
    const all = stages();
    if (all.length === 0) return list.replaceChildren(h('p', { class: 'muted', text: msg('phone.emptyStage') }));
    at = Math.max(0, Math.min(all.length - 1, i));
    const col = all[at];
    pick.value = col.status;
    prev.disabled = at === 0;
    next.disabled = at === all.length - 1;
    where.textContent = `${msg('phone.stageOf', { n: at + 1, count: all.length })} · ${msg('board.count', { count: col.count })} · ${formatMoney(col.value, ctx.currency)}`;
    list.replaceChildren(
      ...(col.cards.length === 0
        ? [h('p', { class: 'muted', text: msg('phone.emptyStage') })]
        : col.cards.map((c) => {
            const open = h('button', { type: 'button', class: 'link big-link', text: c.name || c.leadId });
            open.addEventListener('click', () => openLead(c.leadId));
            return h(
              'li',
              { class: 'item', 'data-lead': c.leadId },
              open,
              c.company ? h('div', { class: 'muted', text: c.company }) : '',
              h('div', {
                class: c.overdue ? 'meta late' : 'meta',
                text: [
                  c.value === null ? '' : formatMoney(c.value, ctx.currency),
                  c.nextFollowUp ? `${msg('ui.nextFollowUp')} ${formatDay(c.nextFollowUp, ctx.lang, 'weekday')}` : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
              }),
            );
          })),
    );
  };
  prev.addEventListener('click', () => show(at - 1));
  next.addEventListener('click', () => show(at + 1));
  pick.addEventListener('change', () => show(stages().findIndex((c) => c.status === pick.value)));
  view.load = async () => {
    status(where, msg('ui.loading'), 'info');
    try {
      board = await call('getPipelineBoard');
      pick.replaceChildren(...stages().map((c) => h('option', { value: c.status, text: label('status', c.status) })));
      where.className = 'meta';
      show(at);
    } catch (e) {
      status(where, msg('ui.failed', { error: (e as Error).message }), 'error');
    }
  };
  return view;
}

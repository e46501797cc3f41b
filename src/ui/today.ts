// The Today tab: the current user's list for the day, from getMyDay (the same plan as
// the digest). Each item: why it is listed, WhatsApp (mobiles only), call, log the result in
// place, or move the follow-up; a manager can switch to a teammate's list.
import { call, h, msg } from './client';
import { ctx, label, badgeClass, openLead } from './context';
import { markLostButton } from './advice';
import { todayWhatsapp } from './wa-log';
import { field, showErrors, values } from './form';
import { status } from './status';
import { queuePanel } from './queue';
import { showDue } from './show';
import type { TodayItem, TodayList } from '../gas/day';

export interface TodayPanel extends HTMLElement {
  load(owner?: string): Promise<void>;
  /** Draws a list the page already has (the one that came with the context when it opened). */
  show(day: TodayList): void;
}

export function todayPanel(): TodayPanel {
  const panel = h('section', { class: 'today' }) as TodayPanel;
  const head = h('div', { class: 'today-head' });
  const list = h('div', { class: 'today-list', 'aria-live': 'polite' });
  panel.append(head, list, queuePanel());
  let owner = '';
  panel.load = async (who?: string) => {
    if (who !== undefined) owner = who;
    status(list, msg('ui.loading'), 'info');
    try {
      const day = await call('getMyDay', owner ? { owner } : undefined);
      render(day);
    } catch (e) {
      status(list, msg('ui.failed', { error: (e as Error).message }), 'error');
    }
  };
  panel.show = (day: TodayList) => render(day);
  const render = (day: TodayList) => {
    head.replaceChildren(h('h3', { text: `${msg('ui.tabToday')} · ${day.dateText}` }));
    if (day.canSwitch) {
      const pick = h('select', { 'aria-label': msg('day.of') });
      for (const o of day.owners.includes(day.owner) ? day.owners : [day.owner, ...day.owners])
        pick.append(h('option', { value: o, text: day.ownerNames[o] || o }));
      pick.value = day.owner;
      pick.addEventListener('change', () => void panel.load(pick.value));
      head.append(h('label', { class: 'inline' }, msg('day.of'), ' ', pick));
    }
    list.className = 'today-list';
    if (day.sections.length === 0) {
      list.replaceChildren(h('p', { class: 'muted', text: msg('day.empty') }));
      return;
    }
    list.replaceChildren(
      ...day.sections.map((s) =>
        h(
          'section',
          { class: 'day-section', 'aria-label': s.title },
          h('h4', { text: `${s.title} (${s.items.length})` }),
          h('ul', { class: 'items' }, ...s.items.map((i) => item(i, s.key === 'maxFollowUps'))),
        ),
      ),
    );
  };
  const item = (i: TodayItem, advisesLost: boolean): HTMLElement => {
    const li = h('li', { class: 'item' });
    const open = h('button', {
      type: 'button',
      class: 'link',
      text: i.name || i.leadId,
      'aria-label': `${msg('ui.open')} ${i.name || i.leadId}`,
    });
    open.addEventListener('click', () => openLead(i.leadId));
    const actions = h('div', { class: 'actions' });
    const slot = h('div', { class: 'inline-form' });
    if (i.whatsapp) actions.append(todayWhatsapp(i, slot, (day) => (day ? render(day) : void panel.load()), owner));
    if (i.phone)
      actions.append(
        h('a', {
          class: 'button',
          href: `tel:${i.phone}`,
          text: msg('ui.call'),
          'aria-label': `${msg('ui.call')} ${i.name}`,
        }),
      );
    const log = h('button', {
      type: 'button',
      text: msg('ui.logResult'),
      'aria-label': `${msg('ui.logResult')} ${i.name}`,
    });
    const move = h('button', {
      type: 'button',
      text: msg('ui.moveFollowUp'),
      'aria-label': `${msg('ui.moveFollowUp')} ${i.name}`,
    });
    actions.append(log, move);
    // The list advises Lost here: the lead's status form opens at Lost (its reason asked there).
    const mark = advisesLost ? markLostButton(i) : null;
    if (mark) actions.append(mark);
    log.addEventListener('click', () => slot.replaceChildren(logForm(i)));
    move.addEventListener('click', () => slot.replaceChildren(moveForm(i)));
    li.append(
      h(
        'div',
        { class: 'card-head' },
        open,
        h('span', { class: badgeClass(i.status), text: label('status', i.status) }),
      ),
      i.company ? h('div', { class: 'muted', text: i.company }) : '',
      i.needs ? h('div', { class: 'needs', text: i.needs }) : '',
      h('div', { class: i.overdueDays > 0 ? 'reason late' : 'reason', text: i.reason }),
      actions,
      slot,
    );
    return li;
  };
  const logForm = (i: TodayItem): HTMLElement => {
    const id = `day-${i.leadId}`;
    const form = h('form', { class: 'log', novalidate: true });
    form.append(
      field(`${id}-act`, {
        name: 'type',
        type: 'select',
        required: true,
        options: ctx.activityTypes.map((t) => ({ value: t, label: label('type', t) })),
      }),
      field(`${id}-act`, { name: 'summary', type: 'textarea' }),
      field(`${id}-act`, { name: 'nextFollowUp', type: 'date' }),
    );
    const result = h('div', { class: 'status', role: 'status' });
    form.append(h('button', { type: 'submit', class: 'primary', text: msg('ui.log') }), result);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      // One round trip: the answer carries the list as it now is.
      const r = await call('logActivity', { ...values(form), leadId: i.leadId, day: { owner } }).catch((e: Error) => ({
        ok: false as const,
        errors: { summary: e.message },
      }));
      if (!r.ok) return showErrors(form, r.errors ?? {});
      if (r.day) render(r.day);
      else await panel.load();
    });
    return form;
  };
  const moveForm = (i: TodayItem): HTMLElement => {
    const form = h('form', { class: 'move', novalidate: true });
    form.append(field(`day-${i.leadId}-move`, { name: 'nextFollowUp', type: 'date', required: true }));
    const result = h('div', { class: 'status', role: 'status' });
    form.append(h('button', { type: 'submit', class: 'primary', text: msg('ui.moveFollowUp') }), result);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const date = values(form).nextFollowUp;
      if (!date.trim())
        return showErrors(form, { nextFollowUp: msg('valid.required', { field: msg('field.nextFollowUp') }) });
      const r = await call('updateLead', {
        leadId: i.leadId,
        fields: { nextFollowUp: date },
        day: { owner },
      }).catch((e: Error) => ({ ok: false, errors: { nextFollowUp: e.message }, day: undefined }));
      if (!r.ok) return showErrors(form, r.errors);
      status(result, msg('ui.moved', { date: showDue(date) }), 'ok');
      if (r.day) render(r.day);
      else await panel.load();
    });
    return form;
  };
  return panel;
}

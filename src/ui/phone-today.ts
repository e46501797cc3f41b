// The phone's Today: the digest's own plan for the signed-in person (getMyDay), drawn from the
// list doGet put into the page (no call for the first paint). Each item: why it is listed, a
// call and a WhatsApp message (pre-filled by the server), and the lead's card a tap away.
import { h, msg } from './client';
import { label, badgeClass, openLead } from './context';
import { markLostButton } from './advice';
import { todayWhatsapp } from './wa-log';
import type { TodayItem, TodayList } from '../gas/day';

export function todayView(day: TodayList, done: Set<string>): HTMLElement {
  const view = h('section', { class: 'phone-today', 'aria-labelledby': 'today-title' });
  view.append(h('h2', { id: 'today-title', text: `${msg('ui.tabToday')} · ${day.dateText}` }));
  if (day.sections.length === 0) {
    view.append(h('p', { class: 'muted', text: msg('day.empty') }));
    return view;
  }
  for (const s of day.sections)
    view.append(
      h(
        'section',
        { class: 'day-section', 'aria-label': s.title },
        h('h3', { text: `${s.title} (${s.items.length})` }),
        h('ul', { class: 'items' }, ...s.items.map((i) => item(i, done, s.key === 'maxFollowUps'))),
      ),
    );
  return view;
}

function item(i: TodayItem, done: Set<string>, advisesLost: boolean): HTMLElement {
  const name = i.name || i.leadId;
  const open = h('button', {
    type: 'button',
    class: 'link big-link',
    text: name,
    'aria-label': `${msg('ui.open')} ${name}`,
  });
  open.addEventListener('click', () => openLead(i.leadId));
  const actions = h('div', { class: 'actions big' });
  if (i.phone)
    actions.append(
      h('a', {
        class: 'button',
        href: `tel:${i.phone}`,
        text: msg('ui.call'),
        'aria-label': `${msg('ui.call')} ${name}`,
      }),
    );
  // A message logged from here marks the item done, as a contact logged from its card does.
  const slot = h('div', { class: 'inline-form' });
  const li = h('li', { class: done.has(i.leadId) ? 'item done' : 'item', 'data-lead': i.leadId });
  if (i.whatsapp)
    actions.append(
      todayWhatsapp(i, slot, () => {
        done.add(i.leadId);
        li.classList.add('done');
      }),
    );
  const log = h('button', {
    type: 'button',
    text: msg('ui.logResult'),
    'aria-label': `${msg('ui.logResult')} ${name}`,
  });
  log.addEventListener('click', () => openLead(i.leadId));
  actions.append(log);
  // Where the list advises Lost, as the sidebar's Today: the card opens with its form at Lost.
  const mark = advisesLost ? markLostButton(i) : null;
  if (mark) actions.append(mark);
  li.append(
    h('div', { class: 'card-head' }, open, h('span', { class: badgeClass(i.status), text: label('status', i.status) })),
    i.company ? h('div', { class: 'muted', text: i.company }) : '',
    h('div', { class: i.overdueDays > 0 ? 'reason late' : 'reason', text: i.reason }),
    actions,
    slot,
  );
  return li;
}

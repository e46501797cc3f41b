// The phone's lead card: call (tel:), a WhatsApp message or an email with the template filled by
// the server (the sidebar's messages view), the outcome logged in two taps (what happened, then the next
// follow-up, which saves), and a status change asking only for the fields its gate requires.
// Each tap is one call; the card is updated from the call's own answer, not read again.
import { formatMoney } from '../core/money';
import { formatDay, formatPhone } from '../core/format';
import { call, h, msg } from './client';
import { ctx, label, badgeClass, openClient } from './context';
import { field, showErrors, values } from './form';
import { status } from './status';
import { messagesPanel } from './messages';
import { recent, statusForm, type CardDone } from './lead-forms';
import { entry, notSaved } from './phone-net';
import { offerLost } from './advice';
import type { CardUpdate, SelectedLead } from '../gas/sidebar';

/** As many recent activities as the sidebar shows. */
const RECENT = 5;

/** Days from `ymd` (the spreadsheet's today), as YYYY-MM-DD. */
export function addDaysYmd(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Draws a lead into `body` (already loaded with getSelectedLead); `today` is the spreadsheet's day. */
export function leadCard(L: SelectedLead, today: string, onLogged: (leadId: string) => void): HTMLElement {
  const card = h('article', { class: 'phone-card', 'aria-label': String(L.name) });
  const facts = h('dl', { class: 'facts' });
  const fact = (key: string, term: string, value: string) =>
    facts.append(h('dt', { text: term }), h('dd', { class: key, text: value || '–' }));
  const draw = () => {
    facts.replaceChildren();
    fact('deal-value', msg('ui.value'), typeof L.dealValue === 'number' ? formatMoney(L.dealValue, ctx.currency) : '');
    fact(
      'next-follow-up',
      msg('ui.nextFollowUp'),
      L.nextFollowUp ? formatDay(String(L.nextFollowUp), ctx.lang, 'weekday') : '',
    );
    fact('follow-ups', msg('ui.followUps'), String(L.followUps === '' ? 0 : L.followUps));
  };
  draw();
  const badge = h('span', { class: badgeClass(String(L.status)), text: label('status', String(L.status)) });
  const reach = h('div', { class: 'actions big' });
  if (L.tel) reach.append(h('a', { class: 'button', id: 'call', href: String(L.tel), text: msg('ui.call') }));
  const waSlot = h('div', { class: 'wa-slot' });
  // Messages as the sidebar has them: WhatsApp for a mobile, else email templates for an address.
  if (L.whatsapp || L.email) {
    const wa = h('button', {
      type: 'button',
      class: L.whatsapp ? 'wa' : '',
      id: 'compose',
      text: msg(L.whatsapp ? 'ui.whatsapp' : 'ui.templates'),
    });
    // One tap, one call: the server fills the template for this lead (renderTemplate).
    wa.addEventListener('click', () => {
      wa.hidden = true;
      waSlot.replaceChildren(
        messagesPanel(L, (u, say) => {
          follow(u);
          const el = waSlot.querySelector<HTMLElement>(`${say.form} .status[role=status]`);
          if (el) status(el, say.text, 'ok');
          onLogged(L.leadId);
        }),
      );
    });
    reach.append(wa);
  }
  if (L.clientId && L.clientDeals > 1) {
    const c = h('button', {
      type: 'button',
      class: 'link',
      text: msg('ui.clientOf', { name: String(L.name), count: L.clientDeals }),
    });
    c.addEventListener('click', () => openClient(String(L.clientId)));
    reach.append(c);
  }
  // The sidebar's status form (one rule for gates and lost reasons), saving as a phone must.
  const statusSlot = h('div');
  const recentSlot = h('div');
  /** A write's answer is the new state: the card follows it without reading the lead again. */
  const follow = (u: CardUpdate) => {
    Object.assign(L, u.lead);
    L.activities = [...u.logged, ...L.activities].slice(0, RECENT);
    badge.className = badgeClass(String(L.status));
    badge.textContent = label('status', String(L.status));
    draw();
    recentSlot.replaceChildren(recent(L));
  };
  const changed: CardDone = (u, say) => {
    follow(u);
    redrawStatus();
    const el = statusSlot.querySelector<HTMLElement>(`${say.form} .status[role=status]`);
    if (el) status(el, say.text, 'ok');
  };
  const redrawStatus = () => statusSlot.replaceChildren(statusForm(L, changed, { retry: true }));
  redrawStatus();
  // The advice the sidebar's card gives (Lost at the maximum follow-ups), and a status asked
  // from Today; the form is found in its slot, which a save redraws.
  const advice = h('div');
  recentSlot.replaceChildren(recent(L));
  card.append(
    h('div', { class: 'card-head' }, h('h2', { class: 'lead-name', text: String(L.name) }), badge),
    L.company ? h('div', { class: 'muted', text: String(L.company) }) : '',
    h('div', {
      class: 'meta',
      text: [L.leadId, L.phoneE164 ? formatPhone(String(L.phoneE164)) : String(L.email || '')]
        .filter(Boolean)
        .join(' · '),
    }),
    L.needs ? h('p', { class: 'needs', text: String(L.needs) }) : '',
    facts,
    advice,
    reach,
    waSlot,
    logForm(L, today, (u) => {
      follow(u);
      onLogged(L.leadId);
    }),
    statusSlot,
    recentSlot,
  );
  offerLost(L, advice, statusSlot);
  return card;
}

/** Two taps: what happened (a type), then when to follow up (which saves). */
function logForm(L: SelectedLead, today: string, saved: (card: CardUpdate) => void): HTMLElement {
  const form = h('form', { class: 'phone-log', id: 'phone-log', novalidate: true, 'aria-labelledby': 'log-title' });
  const types = h('div', { class: 'chips', role: 'radiogroup', 'aria-labelledby': 'log-type-title' });
  let type = ctx.activityTypes.includes('Follow-up Call') ? 'Follow-up Call' : ctx.activityTypes[0];
  const pickType = (t: string) => {
    type = t;
    for (const b of types.querySelectorAll<HTMLElement>('[role=radio]'))
      b.setAttribute('aria-checked', String(b.dataset.type === t));
  };
  for (const t of ctx.activityTypes) {
    const b = h('button', { type: 'button', role: 'radio', 'data-type': t, text: label('type', t) });
    b.addEventListener('click', () => pickType(t));
    types.append(b);
  }
  pickType(type);
  const summary = field('phone-log', { name: 'summary', type: 'textarea' });
  summary.querySelector('label')!.textContent = msg('phone.summary');
  const result = h('div', { class: 'status', role: 'status' });
  const when = h('div', { class: 'chips next' });
  const once = entry();
  const save = async (next: string, button: HTMLButtonElement) => {
    const buttons = [...when.querySelectorAll('button')];
    buttons.forEach((b) => (b.disabled = true));
    status(result, msg('ui.saving'), 'info');
    try {
      const r = await call('logActivity', {
        leadId: L.leadId,
        type,
        summary: values(form).summary ?? '',
        nextFollowUp: next,
        requestId: once.id(),
      });
      if (!r.ok) {
        showErrors(form, r.errors);
        status(result, r.errors.leadId ?? r.errors.type ?? r.errors.nextFollowUp ?? '', 'error');
        return;
      }
      once.done();
      form.querySelector<HTMLTextAreaElement>('textarea')!.value = '';
      showErrors(form, {});
      status(
        result,
        r.nextFollowUp
          ? msg('phone.loggedNext', { type: label('type', type), date: formatDay(r.nextFollowUp, ctx.lang, 'weekday') })
          : msg('phone.logged', { type: label('type', type) }),
        'ok',
      );
      saved(r.card);
    } catch (e) {
      // Kept as typed: the same tap tries again with the same request ID.
      notSaved(result, e);
      button.focus();
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  };
  const choices: [string, string][] = [
    [msg('phone.tomorrow'), addDaysYmd(today, 1)],
    [msg('phone.inDays', { days: 3 }), addDaysYmd(today, 3)],
    [msg('phone.nextWeek'), addDaysYmd(today, 7)],
    [msg('phone.noFollowUp'), ''],
  ];
  for (const [text, ymd] of choices) {
    const b = h('button', { type: 'submit', class: ymd ? 'primary' : '', 'data-next': ymd, text });
    b.addEventListener('click', (ev) => {
      ev.preventDefault();
      void save(ymd, b);
    });
    when.append(b);
  }
  form.addEventListener('submit', (ev) => ev.preventDefault());
  form.append(
    h('h3', { id: 'log-title', text: msg('ui.logActivity') }),
    h('p', { id: 'log-type-title', class: 'label', text: msg('phone.outcome') }),
    types,
    summary,
    h('p', { class: 'label', text: msg('phone.nextThen') }),
    when,
    result,
  );
  return form;
}

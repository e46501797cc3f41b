// The phone's lead card: call (tel:), a WhatsApp message with the template filled by the server
// (the sidebar's messages view), the outcome logged in two taps (what happened, then the next
// follow-up, which saves), and a status change asking only for the fields its gate requires.
// Each tap is one call; the card is updated from the call's own answer, not read again.
import { formatMoney } from '../core/money';
import { formatDay, formatPhone } from '../core/format';
import { LEAD_COLUMNS } from '../core/schema';
import { call, h, msg, userText } from './client';
import { ctx, label, badgeClass, openClient } from './context';
import { field, showErrors, values, type FieldSpec } from './form';
import { status } from './status';
import { messagesPanel } from './messages';
import { recent } from './lead-forms';
import { entry, notSaved } from './phone-net';
import type { SelectedLead } from '../gas/sidebar';

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
  if (L.whatsapp) {
    const wa = h('button', { type: 'button', class: 'wa', id: 'wa-compose', text: msg('ui.whatsapp') });
    // One tap, one call: the server fills the template for this lead (renderTemplate).
    wa.addEventListener('click', () => {
      wa.hidden = true;
      waSlot.replaceChildren(messagesPanel(L, async () => onLogged(L.leadId)));
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
  const statusSlot = h('div');
  const redrawStatus = () => statusSlot.replaceChildren(statusForm(L, badge, redrawStatus));
  redrawStatus();
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
    reach,
    waSlot,
    logForm(L, today, (r) => {
      L.followUps = r.followUps;
      L.nextFollowUp = r.nextFollowUp;
      draw();
      onLogged(L.leadId);
    }),
    statusSlot,
    recent(L),
  );
  return card;
}

/** Two taps: what happened (a type), then when to follow up (which saves). */
function logForm(
  L: SelectedLead,
  today: string,
  saved: (r: { followUps: number; nextFollowUp: string }) => void,
): HTMLElement {
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
      saved(r);
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

/** A stage gate's header as a form field: its camelCase key, a date input for date columns. */
function gateField(header: string): { name: string; type?: FieldSpec['type'] } | null {
  const col = LEAD_COLUMNS.find((c) => c.header === header);
  return col ? { name: col.key, type: col.kind === 'date' ? 'date' : undefined } : null;
}

function statusForm(L: SelectedLead, badge: HTMLElement, redraw: () => void): HTMLElement {
  const current = String(L.status);
  const lead: Record<string, unknown> = L;
  const targets = ctx.transitions[current] ?? [];
  const form = h('form', { id: 'status-form', novalidate: true }, h('h3', { text: msg('ui.changeStatus') }));
  if (targets.length === 0) {
    form.append(
      h('p', { class: 'muted', text: msg('ui.noTransitions', { status: userText(label('status', current)) }) }),
    );
    return form;
  }
  const select = field('status', {
    name: 'status',
    type: 'select',
    required: true,
    options: targets.map((t) => ({ value: t, label: label('status', t) })),
  });
  const extra = h('div', { class: 'gate-fields' });
  const result = h('div', { class: 'status', role: 'status' });
  const btn = h('button', { type: 'submit', class: 'primary', text: msg('ui.apply') });
  form.append(select, extra, btn, result);
  const sel = select.querySelector('select')!;
  // Only the fields the target status requires (Settings' gate), prefilled with what the lead has.
  sel.addEventListener('change', () => {
    extra.replaceChildren();
    for (const header of ctx.required[sel.value] ?? []) {
      const spec = gateField(header);
      if (!spec) continue;
      const f =
        spec.name === 'lostReason'
          ? field('status', {
              name: 'lostReason',
              type: 'select',
              required: true,
              options: ctx.lostReasons.map((r) => ({ value: r, label: label('lostReason', r) })),
            })
          : field('status', { ...spec, required: true });
      const input = f.querySelector<HTMLInputElement | HTMLSelectElement>('input,select')!;
      const had = lead[spec.name];
      if (had !== undefined && had !== '') input.value = String(had);
      extra.append(f);
    }
  });
  const once = entry();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = values(form);
    const fields: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) if (k !== 'status') fields[k] = val;
    btn.disabled = true;
    status(result, msg('ui.saving'), 'info');
    try {
      const r = await call('setLeadStatus', { leadId: L.leadId, status: v.status, fields, requestId: once.id() });
      if (!r.ok) {
        showErrors(form, r.errors ?? {});
        const general = Object.entries(r.errors ?? {}).filter(([k]) => !form.querySelector(`[data-field="${k}"]`));
        status(result, general.map(([, m]) => m).join(' '), general.length ? 'error' : 'info');
        return;
      }
      once.done();
      // The answer is the new state: the card follows it without reading the lead again.
      for (const [k, val] of Object.entries(fields)) if (val !== '') lead[k] = val;
      L.status = r.status;
      badge.className = badgeClass(r.status);
      badge.textContent = label('status', r.status);
      redraw();
      status(
        document.querySelector('#status-form .status') as HTMLElement,
        msg('ui.statusChanged', { status: label('status', r.status) }),
        'ok',
      );
    } catch (e) {
      notSaved(result, e);
    } finally {
      btn.disabled = false;
    }
  });
  return form;
}

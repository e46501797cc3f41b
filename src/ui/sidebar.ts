// The sidebar's client script: lead form, duplicate confirmation, and for the selected lead an
// activity form, a status form and a WhatsApp button. All user text goes in with textContent,
// so nothing a user typed is ever read as HTML.
import { formatMoney, parseMoney } from '../core/money';
import { LEAD_COLUMNS } from '../core/schema';
import { call, h, msg, setMessages, userText } from './client';
import { offerLost } from './advice';
import { showDateTime, showDue, showSummary } from './show';
import {
  ctx,
  setContext,
  label,
  badgeClass,
  setOpener,
  setClientOpener,
  setNewDealStarter,
  openClient,
  startNewDeal,
  type NewDealFor,
} from './context';
import { field, showErrors, values, type FieldSpec } from './form';
import { status } from './status';
import { todayPanel } from './today';
import { searchPanel } from './search';
import { editForm } from './edit';
import { messagesPanel } from './messages';
import type { SelectedLead } from '../gas/sidebar';
import { showClient, showMatches } from './clients';

let selected: SelectedLead | null = null;

const app = () => document.getElementById('app')!;

// ------------------------------------------------------------------ fields

// ------------------------------------------------------------------ new lead

function leadForm(): HTMLFormElement & { prefill(c: NewDealFor): void } {
  const form = h('form', { id: 'lead-form', novalidate: true });
  form.append(
    field('lead', { name: 'name', required: true }),
    field('lead', { name: 'company' }),
    field('lead', { name: 'phone', type: 'tel', inputmode: 'tel' }),
    field('lead', { name: 'email', type: 'email' }),
    field('lead', {
      name: 'source',
      type: 'select',
      required: true,
      options: ctx.sources.map((x) => ({ value: x, label: label('source', x) })),
    }),
    field('lead', { name: 'needs', type: 'textarea', required: true }),
    field('lead', { name: 'owner', type: 'email', hint: msg('ui.ownerHint', { user: ctx.user }) }),
    field('lead', { name: 'dealValue', inputmode: 'numeric' }),
    field('lead', { name: 'expectedClose', type: 'date' }),
  );
  const money = h('div', { class: 'hint', id: 'deal-preview' });
  form.querySelector('[data-field="dealValue"]')!.append(money);
  const dealInput = form.querySelector<HTMLInputElement>('[name="dealValue"]')!;
  // The same parser as the server: `15 juta` previews Rp 15.000.000.
  dealInput.addEventListener('input', () => {
    const n = parseMoney(dealInput.value);
    money.textContent =
      dealInput.value.trim() === ''
        ? ''
        : n === null
          ? msg('valid.number', { field: msg('field.dealValue') })
          : formatMoney(n, ctx.currency);
  });
  const dupBox = h('div', {
    class: 'duplicates',
    id: 'duplicates',
    hidden: true,
    role: 'alertdialog',
    'aria-labelledby': 'dup-title',
  });
  // A new deal of a known client: its Client ID goes with the form, a banner says whose it is.
  const clientId = h('input', { type: 'hidden', name: 'clientId', id: 'lead-clientId' }) as HTMLInputElement;
  const banner = h('div', { class: 'new-deal-banner', id: 'new-deal-banner', hidden: true });
  const forClient = (c: NewDealFor | null) => {
    clientId.value = c?.clientId ?? '';
    banner.hidden = !c;
    if (!c) return banner.replaceChildren();
    const drop = h('button', { type: 'button', class: 'link', text: msg('ui.notThisClient') });
    drop.addEventListener('click', () => forClient(null));
    banner.replaceChildren(
      h('span', { text: msg('ui.newDealBanner', { name: c.name, clientId: c.clientId }) }),
      ' ',
      drop,
    );
  };
  form.prepend(banner, clientId);
  const result = h('div', { class: 'status', id: 'lead-status', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'primary', text: msg('ui.save') });
  form.append(submit, dupBox, result);

  const save = async (allowDuplicate: boolean, client?: NewDealFor) => {
    const typed = values(form);
    // A new deal for a matching client: its name and company, the contact typed or the client's.
    const data = client
      ? {
          ...typed,
          clientId: client.clientId,
          name: client.name || typed.name,
          company: client.company || typed.company,
          phone: typed.phone || client.phone,
          email: typed.email || client.email,
        }
      : { ...typed, allowDuplicate };
    submit.disabled = true;
    status(result, msg('ui.saving'), 'info');
    try {
      const r = await call('submitLead', data);
      dupBox.hidden = true;
      if (r.ok) {
        form.reset();
        forClient(null);
        money.textContent = '';
        showErrors(form, {});
        status(result, msg('lead.saved', { leadId: r.leadId }), 'ok');
        form.querySelector<HTMLInputElement>('[name="name"]')!.focus();
      } else if ('errors' in r) {
        showErrors(form, r.errors);
        status(result, r.errors.clientId ?? '', r.errors.clientId ? 'error' : 'info');
      } else if ('duplicates' in r) {
        showErrors(form, {});
        status(result, '', 'info');
        showMatches(dupBox, r.duplicates, r.clients, {
          saveAnyway: () => void save(true),
          newDeal: (c) => void save(false, c),
        });
      }
    } catch (e) {
      status(result, msg('ui.failed', { error: (e as Error).message }), 'error');
    } finally {
      submit.disabled = false;
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void save(false);
  });
  // "New deal" on a client card: the form with the client's contact facts filled in.
  const prefill = (c: NewDealFor) => {
    form.reset();
    money.textContent = '';
    showErrors(form, {});
    dupBox.hidden = true;
    status(result, '', 'info');
    for (const k of ['name', 'company', 'phone', 'email'] as const)
      form.querySelector<HTMLInputElement>(`[name="${k}"]`)!.value = c[k];
    forClient(c);
    form.querySelector<HTMLElement>('[name="needs"]')!.focus();
  };
  return Object.assign(form, { prefill });
}

// ------------------------------------------------------------------ selected lead

function selectedPanel(): HTMLElement {
  const panel = h('section', { id: 'selected' });
  const find = h('form', { class: 'find', id: 'find-form' });
  const idInput = h('input', {
    name: 'leadId',
    placeholder: msg('ui.leadIdPlaceholder'),
    'aria-label': msg('field.leadId'),
  });
  find.append(
    idInput,
    h('button', { type: 'submit', text: msg('ui.find') }),
    h('button', { type: 'button', id: 'refresh', text: msg('ui.refresh') }),
  );
  const body = h('div', { id: 'lead-card' });
  panel.append(find, body);
  let latest = 0;
  const load = async (leadId?: string) => {
    // Only the newest request renders: a slower earlier answer must not replace it.
    const mine = ++latest;
    status(body, msg('ui.loading'), 'info');
    try {
      const lead = await call('getSelectedLead', leadId ? { leadId } : undefined);
      if (mine !== latest) return;
      selected = lead;
      renderSelected(body);
    } catch (e) {
      if (mine === latest) status(body, msg('ui.failed', { error: (e as Error).message }), 'error');
    }
  };
  find.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load(idInput.value.trim());
  });
  find.querySelector('#refresh')!.addEventListener('click', () => void load());
  // A client's card takes the lead's place (the newest request wins here too).
  const loadClient = (clientId: string) => {
    const mine = ++latest;
    return showClient(body, clientId, startNewDeal, () => mine === latest);
  };
  Object.assign(panel, { load, loadClient });
  return panel;
}

function renderSelected(body: HTMLElement): void {
  body.className = '';
  if (!selected) {
    body.replaceChildren(h('p', { class: 'muted', text: msg('ui.noSelection') }));
    return;
  }
  const L = selected;
  const money = (v: unknown) => (typeof v === 'number' ? formatMoney(v, ctx.currency) : '–');
  const card = h(
    'div',
    { class: 'card' },
    h(
      'div',
      { class: 'card-head' },
      h('strong', { class: 'lead-name', text: String(L.name) }),
      h('span', { class: badgeClass(String(L.status)), text: label('status', String(L.status)) }),
    ),
    L.company ? h('div', { class: 'muted', text: String(L.company) }) : null,
    h('div', { class: 'meta', text: `${L.leadId} · ${L.phoneText || L.email || ''}` }),
    clientButton(L),
    h(
      'dl',
      {},
      h('dt', { text: msg('ui.value') }),
      h('dd', { class: 'deal-value', text: money(L.dealValue) }),
      h('dt', { text: msg('ui.nextFollowUp') }),
      h('dd', { class: 'next-follow-up', text: showDue(L.nextFollowUp) || '–' }),
      h('dt', { text: msg('ui.followUps') }),
      h('dd', { class: 'follow-ups', text: String(L.followUps === '' ? 0 : L.followUps) }),
      h('dt', { text: msg('ui.lastContact') }),
      h('dd', {
        class: 'last-contact',
        // In the spreadsheet's time zone (the server's text), not the browser's.
        text: showDateTime(L.lastContactLocal) || '–',
      }),
    ),
  );
  // A landline is called; WhatsApp only where it can work (the templates below open it).
  if (L.tel)
    card.append(
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'button', id: 'call', href: String(L.tel), text: msg('ui.call') }),
      ),
    );
  const reload = () =>
    (document.getElementById('selected') as HTMLElement & { load(id?: string): Promise<void> }).load(L.leadId);
  const statusEl = statusForm(L);
  body.replaceChildren(card, messagesPanel(L, reload), activityForm(L), statusEl, editForm(L, reload), recent(L));
  offerLost(L, card, statusEl);
}

/** The lead's client, its deals a tap away (the client card). */
function clientButton(L: SelectedLead): HTMLElement | null {
  if (!L.clientId) return null;
  const b = h('button', {
    type: 'button',
    class: 'link',
    id: 'open-client',
    text: msg('ui.clientOf', { name: String(L.name), count: L.clientDeals }),
  });
  b.addEventListener('click', () => openClient(String(L.clientId)));
  return h('div', { class: 'client-link' }, b);
}

function activityForm(L: SelectedLead): HTMLElement {
  const form = h('form', { id: 'activity-form', novalidate: true }, h('h3', { text: msg('ui.logActivity') }));
  form.append(
    field('act', {
      name: 'type',
      type: 'select',
      required: true,
      options: ctx.activityTypes.map((t) => ({ value: t, label: label('type', t) })),
    }),
    field('act', { name: 'summary', type: 'textarea' }),
    field('act', { name: 'nextFollowUp', type: 'date' }),
  );
  const result = h('div', { class: 'status', role: 'status' });
  const btn = h('button', { type: 'submit', class: 'primary', text: msg('ui.log') });
  form.append(btn, result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    btn.disabled = true;
    try {
      const r = await call('logActivity', { ...values(form), leadId: L.leadId });
      if (!r.ok) {
        showErrors(form, r.errors ?? {});
        if (r.errors?.leadId) status(result, r.errors.leadId, 'error');
        return;
      }
      const panel = document.getElementById('selected') as HTMLElement & { load(id?: string): Promise<void> };
      await panel.load(L.leadId);
      status(
        document.querySelector('#activity-form .status') as HTMLElement,
        msg('activity.saved', { leadId: L.leadId }),
        'ok',
      );
    } catch (e) {
      status(result, msg('ui.failed', { error: (e as Error).message }), 'error');
    } finally {
      btn.disabled = false;
    }
  });
  return form;
}

/** A stage gate's header as a form field: its camelCase key, a date input for date columns. */
function gateField(header: string): { name: string; type?: FieldSpec['type'] } | null {
  const col = LEAD_COLUMNS.find((c) => c.header === header);
  return col ? { name: col.key, type: col.kind === 'date' ? 'date' : undefined } : null;
}

function statusForm(L: SelectedLead): HTMLElement {
  const current = String(L.status);
  // A gate names its fields by header: the lead's values looked up by that column's key.
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
  // Ask only for the fields the target status requires, prefilled with what the lead has.
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
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = values(form);
    const fields: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) if (k !== 'status') fields[k] = val;
    btn.disabled = true;
    try {
      const r = await call('setLeadStatus', { leadId: L.leadId, status: v.status, fields });
      if (!r.ok) {
        showErrors(form, r.errors ?? {});
        const general = Object.entries(r.errors ?? {}).filter(([k]) => !form.querySelector(`[data-field="${k}"]`));
        status(result, general.map(([, m]) => m).join(' '), general.length ? 'error' : 'info');
        return;
      }
      const panel = document.getElementById('selected') as HTMLElement & { load(id?: string): Promise<void> };
      await panel.load(L.leadId);
      // Say it worked: the form is drawn again for the new status.
      status(
        document.querySelector('#status-form .status') as HTMLElement,
        msg('ui.statusChanged', { status: label('status', v.status) }),
        'ok',
      );
    } catch (e) {
      status(result, msg('ui.failed', { error: (e as Error).message }), 'error');
    } finally {
      btn.disabled = false;
    }
  });
  return form;
}

function recent(L: SelectedLead): HTMLElement {
  const items = L.activities.map((a) =>
    h(
      'li',
      {},
      h('span', { class: 'meta', text: `${showDateTime(a.when)} · ${label('type', a.type)}` }),
      a.summary ? h('div', { text: showSummary(a.type, a.summary) }) : null,
    ),
  );
  return h(
    'section',
    { class: 'recent' },
    h('h3', { text: msg('ui.recent') }),
    items.length ? h('ul', {}, ...items) : h('p', { class: 'muted', text: msg('ui.none') }),
  );
}

// ------------------------------------------------------------------ tabs and start

function tabs(
  panels: { id: string; title: string; el: HTMLElement; onShow?: () => void }[],
): HTMLElement & { showTab(id: string): void } {
  const list = h('div', { role: 'tablist', class: 'tabs' });
  const wrap = h('div', {}, list);
  const show = (i: number) => {
    panels.forEach((p, j) => {
      p.el.hidden = i !== j;
      const tab = list.children[j] as HTMLElement;
      tab.setAttribute('aria-selected', String(i === j));
      tab.tabIndex = i === j ? 0 : -1;
    });
    panels[i].onShow?.();
  };
  panels.forEach((p, i) => {
    const tab = h('button', { type: 'button', role: 'tab', id: `tab-${p.id}`, 'aria-controls': p.id, text: p.title });
    tab.addEventListener('click', () => show(i));
    tab.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
        const next = (i + (ev.key === 'ArrowRight' ? 1 : panels.length - 1)) % panels.length;
        show(next);
        (list.children[next] as HTMLElement).focus();
      }
    });
    list.append(tab);
    p.el.id = p.id;
    p.el.setAttribute('role', 'tabpanel');
    wrap.append(p.el);
  });
  show(0);
  return Object.assign(wrap, {
    showTab: (id: string) =>
      show(
        Math.max(
          0,
          panels.findIndex((p) => p.id === id),
        ),
      ),
  });
}

/**
 * Permissions a new version asks for and the user has not granted: their automatic runs stop
 * until they grant them, so the sidebar says so first, with Google's link.
 */
function authorizationBanner(): HTMLElement | null {
  const a = ctx.authorization;
  if (!a?.required) return null;
  const url = /^https:\/\//.test(a.url) ? a.url : '';
  return h(
    'div',
    { id: 'auth-banner', class: 'auth-banner', role: 'alert' },
    h('p', { text: msg('auth.banner') }),
    url ? h('a', { href: url, target: '_blank', rel: 'noopener', text: msg('auth.link') }) : null,
  );
}

async function start(): Promise<void> {
  try {
    setContext(await call('getSidebarContext'));
    setMessages(ctx.messages);
  } catch (e) {
    app().replaceChildren(h('p', { class: 'status error', text: (e as Error).message }));
    return;
  }
  document.documentElement.lang = ctx.lang;
  const form = leadForm();
  const newPanel = h('section', {}, form);
  const sel = selectedPanel() as HTMLElement & {
    load(id?: string): Promise<void>;
    loadClient(id: string): Promise<void>;
  };
  const today = todayPanel();
  // Opening a lead from Today, Search or a duplicate warning shows it in the Selected tab.
  let opening = '';
  const t = tabs([
    { id: 'today', title: msg('ui.tabToday'), el: today, onShow: () => void today.load() },
    { id: 'search', title: msg('ui.tabSearch'), el: searchPanel() },
    { id: 'new', title: msg('ui.tabNew'), el: newPanel },
    { id: 'selected', title: msg('ui.tabSelected'), el: sel, onShow: () => void sel.load(opening || undefined) },
  ]);
  setOpener((leadId) => {
    opening = leadId;
    t.showTab('selected');
    opening = '';
  });
  setClientOpener((clientId) => {
    t.showTab('selected');
    void sel.loadClient(clientId);
  });
  // "New deal" on a client card: the New tab, the form filled with the client's facts.
  setNewDealStarter((c) => {
    t.showTab('new');
    form.prefill(c);
  });
  const banner = authorizationBanner();
  app().replaceChildren(...(banner ? [banner] : []), t);
}

void start();

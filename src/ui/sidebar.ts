// The sidebar's client script: lead form, duplicate confirmation, and for the selected lead an
// activity form, a status form and a WhatsApp button. All user text goes in with textContent,
// so nothing a user typed is ever read as HTML.
import { call, h, msg, setMessages } from './client';
import { ctx, setContext, setOpener, setClientOpener, setNewDealStarter, type NewDealFor } from './context';
import { showErrors, values } from './form';
import { status } from './status';
import { todayPanel } from './today';
import type { TodayList } from '../gas/day';
import { searchPanel } from './search';
import { selectedPanel } from './selected';
import { showMatches } from './clients';
import { newLeadData, newLeadFields } from './lead-fields';

const app = () => document.getElementById('app')!;

// ------------------------------------------------------------------ fields

// ------------------------------------------------------------------ new lead

function leadForm(): HTMLFormElement & { prefill(c: NewDealFor): void } {
  const form = h('form', { id: 'lead-form', novalidate: true });
  form.append(...newLeadFields());
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
    // A new deal for a matching client: its name and company, the contact typed or the client's.
    const data = newLeadData(values(form), client, allowDuplicate);
    submit.disabled = true;
    status(result, msg('ui.saving'), 'info');
    try {
      const r = await call('submitLead', data);
      dupBox.hidden = true;
      if (r.ok) {
        form.reset();
        forClient(null);
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

// ------------------------------------------------------------------ tabs and start

function tabs(
  panels: { id: string; title: string; el: HTMLElement; onShow?: () => void; onHide?: () => void }[],
): HTMLElement & { showTab(id: string): void } {
  const list = h('div', { role: 'tablist', class: 'tabs' });
  const wrap = h('div', {}, list);
  let shown = -1;
  const show = (i: number) => {
    if (shown !== i) panels[shown]?.onHide?.();
    shown = i;
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
  let first: TodayList | undefined;
  try {
    // One call opens the page: the context and the Today list it opens on.
    const c = await call('getSidebarContext', { day: {} });
    setContext(c);
    setMessages(ctx.messages);
    first = c.day;
  } catch (e) {
    app().replaceChildren(h('p', { class: 'status error', text: (e as Error).message }));
    return;
  }
  document.documentElement.lang = ctx.lang;
  const form = leadForm();
  const newPanel = h('section', {}, form);
  const sel = selectedPanel();
  const today = todayPanel();
  // Opening a lead from Today, Search or a duplicate warning shows it in the Selected tab.
  let opening = '';
  const t = tabs([
    {
      id: 'today',
      title: msg('ui.tabToday'),
      el: today,
      // The list that came with the context is drawn once; shown again later, it is asked for.
      onShow: () => {
        if (first) today.show(first);
        else void today.load();
        first = undefined;
      },
    },
    { id: 'search', title: msg('ui.tabSearch'), el: searchPanel() },
    { id: 'new', title: msg('ui.tabNew'), el: newPanel },
    {
      id: 'selected',
      title: msg('ui.tabSelected'),
      el: sel,
      onShow: () => {
        void sel.load(opening || undefined);
        sel.follow(true);
      },
      onHide: () => sel.follow(false),
    },
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

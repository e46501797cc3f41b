// The phone page (SPEC §3 "Phone page"): a web app of the same script, for a 390 px screen and a
// thumb. It starts from what doGet put into it (the person's context and Today), so Today is drawn
// with no call; every tap after that is one call to the same global functions as the sidebar,
// through the one typed contract (client.ts `call`), and the sidebar's views where the job is the
// same (search, the client card, the answer to a matching lead, WhatsApp templates).
import { call, h, msg, setMessages } from './client';
import { ctx, setContext, setOpener, setClientOpener, setNewDealStarter, startNewDeal } from './context';
import { status } from './status';
import { searchPanel } from './search';
import { showClient } from './clients';
import { todayView } from './phone-today';
import { leadCard } from './phone-lead';
import { newLeadView } from './phone-new';
import { boardView } from './phone-board';
import type { PhoneBoot } from '../gas/webapp';

declare global {
  interface Window {
    __LEMBAR_BOOT__: PhoneBoot | null;
  }
}

const app = () => document.getElementById('app')!;

function start(boot: PhoneBoot): void {
  setContext(boot.context);
  setMessages(ctx.messages);
  document.documentElement.lang = ctx.lang;
  document.getElementById('phone-title')!.textContent = msg('phone.title');
  document.getElementById('phone-user')!.textContent = ctx.user;
  const today = boot.day.date;
  /** Leads logged from this page today: Today shows them as done without reading the list again. */
  const done = new Set<string>();
  const search = searchPanel();
  const fresh = newLeadView((leadId) => void openLead(leadId));
  const board = boardView();
  const detail = h('section', { class: 'phone-detail', id: 'detail' });
  const views: Record<string, { title: string; el: HTMLElement; show?: () => void }> = {
    today: {
      title: msg('ui.tabToday'),
      el: h('div'),
      show: () => views.today.el.replaceChildren(todayView(boot.day, done)),
    },
    search: { title: msg('ui.tabSearch'), el: h('div', {}, search) },
    new: { title: msg('ui.tabNew'), el: h('div', {}, fresh) },
    board: { title: msg('phone.tabBoard'), el: h('div', {}, board), show: () => void board.load() },
  };
  const nav = document.getElementById('phone-nav')!;
  let back = 'today';
  const show = (id: string) => {
    for (const [k, v] of Object.entries(views)) {
      v.el.hidden = k !== id;
      const tab = document.getElementById(`tab-${k}`)!;
      tab.setAttribute('aria-selected', String(k === id));
    }
    detail.hidden = true;
    back = id;
    views[id].show?.();
    window.scrollTo(0, 0);
  };
  for (const [k, v] of Object.entries(views)) {
    const tab = h('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${k}`,
      'aria-controls': `view-${k}`,
      text: v.title,
    });
    tab.addEventListener('click', () => show(k));
    nav.append(tab);
    v.el.id = `view-${k}`;
    v.el.setAttribute('role', 'tabpanel');
  }
  const backButton = () => {
    const b = h('button', { type: 'button', class: 'back', text: `‹ ${msg('phone.back')}` });
    b.addEventListener('click', () => show(back));
    return b;
  };
  const openDetail = () => {
    for (const v of Object.values(views)) v.el.hidden = true;
    detail.hidden = false;
    window.scrollTo(0, 0);
  };
  let latest = 0;
  // One tap, one call: the lead (getSelectedLead), drawn as the phone's card.
  const openLead = async (leadId: string) => {
    const mine = ++latest;
    openDetail();
    const body = h('div');
    detail.replaceChildren(backButton(), body);
    status(body, msg('ui.loading'), 'info');
    try {
      const lead = await call('getSelectedLead', { leadId });
      if (mine !== latest) return;
      if (!lead) return status(body, msg('ui.noSelection'), 'info');
      body.className = '';
      body.replaceChildren(leadCard(lead, today, (id) => done.add(id)));
    } catch (e) {
      if (mine === latest) status(body, msg('ui.failed', { error: (e as Error).message }), 'error');
    }
  };
  setOpener((leadId) => void openLead(leadId));
  setClientOpener((clientId) => {
    const mine = ++latest;
    openDetail();
    const body = h('div');
    detail.replaceChildren(backButton(), body);
    void showClient(body, clientId, startNewDeal, () => mine === latest);
  });
  setNewDealStarter((c) => {
    show('new');
    fresh.prefill(c);
  });
  app().replaceChildren(...Object.values(views).map((v) => v.el), detail);
  show('today');
  if (boot.open) void openLead(boot.open);
}

const boot = window.__LEMBAR_BOOT__;
if (boot) start(boot);
else
  app().replaceChildren(h('p', { class: 'status error', text: 'Lembar CRM: open this page from its web app link.' }));

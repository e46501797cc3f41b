// The Selected tab: the lead on the grid's selected row (followed while the tab is in view), or
// one opened from search, Today or a Lead ID, which moves the grid's selection to its row. It
// opens with one call (getSelectedLead: the card, its activities and its first template filled);
// every write in it answers with the card as it now is, so each action is one round trip.
import { formatMoney } from '../core/money';
import { call, callsInFlight, h, msg } from './client';
import { ctx, label, badgeClass, openClient, startNewDeal } from './context';
import { status } from './status';
import { editForm } from './edit';
import { messagesPanel } from './messages';
import { activityForm, statusForm, recent, type CardDone } from './lead-forms';
import { showClient } from './clients';
import { offerLost } from './advice';
import { showDateTime, showDue } from './show';
import type { ActiveLead, CardUpdate, SelectedLead } from '../gas/sidebar';

/** How often the grid's selection is asked for while the tab is in view (Sheets add-ons poll it). */
export const FOLLOW_MS = 1500;
/** Recent activities the card lists (as the server sends them). */
const RECENT = 5;

export interface SelectedPanel extends HTMLElement {
  /** Shows a lead: by its Lead ID (moving the grid's selection to it), else the grid's selected row. */
  load(leadId?: string): Promise<void>;
  loadClient(clientId: string): Promise<void>;
  /** Starts or stops following the grid's selection (the tab shown or left). */
  follow(on: boolean): void;
}

export function selectedPanel(): SelectedPanel {
  let selected: SelectedLead | null = null;
  /** The grid's selection as last seen: the card is fetched again only when it changes. */
  let seen: ActiveLead | null = null;
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
      const lead = await call('getSelectedLead', leadId ? { leadId, select: true } : undefined);
      if (mine !== latest) return;
      selected = lead;
      // A lead opened by its ID is now the grid's selection too.
      if (lead) seen = { leadId: lead.leadId, version: lead.version };
      draw(true);
    } catch (e) {
      if (mine === latest) status(body, msg('ui.failed', { error: (e as Error).message }), 'error');
    }
  };

  /** A write's answer: the lead as it now is, its new activities above the ones shown. */
  const done: CardDone = (u: CardUpdate, say) => {
    if (!selected || selected.leadId !== u.lead.leadId) return;
    selected = { ...selected, ...u.lead, activities: [...u.logged, ...selected.activities].slice(0, RECENT) };
    if (seen?.leadId === u.lead.leadId) seen = { leadId: u.lead.leadId, version: u.lead.version };
    draw(false);
    const el = body.querySelector<HTMLElement>(`${say.form} .status[role=status]`);
    if (el) status(el, say.text, 'ok');
  };

  let shownSituation: unknown = null;
  /** Draws the card; the message panel (and what the person typed in it) is kept unless the lead or its situation changed. */
  const draw = (fresh: boolean) => {
    body.className = '';
    if (!selected) {
      body.replaceChildren(h('p', { class: 'muted', text: msg('ui.noSelection') }));
      return;
    }
    const L = selected;
    // Kept while the lead's situation stays: a status that moves it (a quotation sent) brings the
    // templates for where it is now.
    const kept = fresh || L.situation !== shownSituation ? null : body.querySelector<HTMLElement>('section.messages');
    shownSituation = L.situation;
    const wasOpen = body.querySelector('details.edit')?.hasAttribute('open') ?? false;
    const edit = editForm(L, done);
    if (wasOpen) edit.setAttribute('open', '');
    const head = card(L);
    const statusEl = statusForm(L, done);
    body.replaceChildren(head, kept ?? messagesPanel(L, done), activityForm(L, done), statusEl, edit, recent(L));
    offerLost(L, head, statusEl);
  };

  // Following the grid: ask for its selection while the tab and the page are in view, cheaply
  // (getActiveLead), and never while a call is on its way (a write's answer redraws the card).
  let timer: ReturnType<typeof setTimeout> | null = null;
  let following = false;
  /** A client's card was asked for: the next look at the grid does not replace it. */
  let pinned = false;
  const tick = async () => {
    timer = null;
    if (!following || document.visibilityState !== 'visible') return;
    if (callsInFlight() === 0) {
      try {
        const asked = latest;
        const a = await call('getActiveLead');
        const changed = a !== null && (a.leadId !== seen?.leadId || a.version !== seen?.version);
        if (pinned || latest !== asked) {
          // A card the person asked for (a client, or a lead they opened) stays: the grid's
          // selection as it is now is only where following starts from, and a row they select
          // after it brings that lead.
          pinned = false;
          if (a !== null) seen = a;
        } else if (changed && following && callsInFlight() === 0) {
          seen = a;
          await load();
        }
      } catch {
        /* the next tick asks again */
      }
    }
    if (following && document.visibilityState === 'visible' && timer === null) timer = setTimeout(tick, FOLLOW_MS);
  };
  const follow = (on: boolean) => {
    following = on;
    if (!on && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (on && timer === null) timer = setTimeout(tick, FOLLOW_MS);
  };
  // A hidden sidebar (another browser tab, a minimised window) asks nothing; in view again, it resumes.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && following && timer === null) timer = setTimeout(tick, 0);
  });

  find.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load(idInput.value.trim());
  });
  find.querySelector('#refresh')!.addEventListener('click', () => void load());
  // A client's card takes the lead's place (the newest request wins here too).
  const loadClient = (clientId: string) => {
    const mine = ++latest;
    pinned = true;
    return showClient(body, clientId, startNewDeal, () => mine === latest);
  };
  return Object.assign(panel, { load, loadClient, follow });
}

function card(L: SelectedLead): HTMLElement {
  const money = (v: unknown) => (typeof v === 'number' ? formatMoney(v, ctx.currency) : '–');
  const el = h(
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
    el.append(
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'button', id: 'call', href: String(L.tel), text: msg('ui.call') }),
      ),
    );
  return el;
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

// The Search tab: as you type, by name, company, phone in any format, email or Lead
// ID (searchLeads); only mine, or one status; a clear "nothing found".
import { showDue, showOwner } from './show';
import { call, h, msg, userText } from './client';
import { ctx, label, badgeClass, openLead, openClient } from './context';
import type { SearchHit } from '../gas/search';

export function searchPanel(): HTMLElement {
  const panel = h('section', { class: 'search' });
  const input = h('input', {
    id: 'search-query',
    type: 'search',
    autocomplete: 'off',
    'aria-describedby': 'search-count',
  });
  const mine = h('input', { id: 'search-mine', type: 'checkbox' }) as HTMLInputElement;
  const statusSel = h('select', { id: 'search-status' });
  statusSel.append(
    h('option', { value: '', text: msg('ui.searchAll') }),
    ...ctx.statuses.map((s) => h('option', { value: s, text: label('status', s) })),
  );
  const results = h('ul', { class: 'results', id: 'search-results' });
  const count = h('p', { class: 'muted', id: 'search-count', role: 'status' });
  panel.append(
    h('label', { for: 'search-query', text: msg('ui.searchLabel') }),
    input,
    h(
      'div',
      { class: 'filters' },
      h('label', { class: 'inline', for: 'search-mine' }, mine, ' ', msg('ui.searchMine')),
      h('label', { class: 'inline', for: 'search-status' }, msg('ui.searchStatus'), ' ', statusSel),
    ),
    count,
    results,
  );
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const query = input.value.trim();
    const mineNow = ++latest;
    if (query === '') {
      results.replaceChildren();
      count.textContent = '';
      return;
    }
    try {
      const hits = await call('searchLeads', { query, mine: mine.checked, status: statusSel.value });
      if (mineNow !== latest) return; // an older answer never replaces a newer one
      count.textContent = hits.length === 0 ? msg('ui.nothingFound', { query: userText(query) }) : '';
      results.replaceChildren(...byClient(hits).map((g) => (g.length > 1 ? clientHit(g) : hit(g[0]))));
    } catch (e) {
      if (mineNow === latest) count.textContent = msg('ui.failed', { error: (e as Error).message });
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  };
  input.addEventListener('input', later);
  mine.addEventListener('change', later);
  statusSel.addEventListener('change', later);
  /** A deal found; under its client (`inClient`) it is named by its Lead ID, the client above. */
  const hit = (r: SearchHit, inClient = false): HTMLElement => {
    const name = inClient ? r.leadId : r.name || r.leadId;
    const open = h('button', {
      type: 'button',
      class: 'link',
      text: name,
      'aria-label': `${msg('ui.open')} ${name}`,
    });
    open.addEventListener('click', () => openLead(r.leadId));
    return h(
      'li',
      { class: 'item' },
      h(
        'div',
        { class: 'card-head' },
        open,
        h('span', { class: badgeClass(r.status), text: label('status', r.status) }),
      ),
      inClient
        ? null
        : h('div', { class: 'muted', text: [r.company, r.phoneText || r.email].filter(Boolean).join(' · ') }),
      h('div', {
        class: 'meta',
        text: [
          inClient ? '' : r.leadId,
          showOwner(r.owner),
          r.nextFollowUp ? `${msg('ui.nextFollowUp')} ${showDue(r.nextFollowUp)}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      }),
    );
  };
  /** A client found through several of its deals: once, its deals under it. */
  const clientHit = (deals: SearchHit[]): HTMLElement => {
    const c = deals[0];
    const open = h('button', {
      type: 'button',
      class: 'link open-client',
      text: c.name || c.clientId,
      'aria-label': `${msg('ui.openClient')} ${c.name || c.clientId}`,
    });
    open.addEventListener('click', () => openClient(c.clientId));
    return h(
      'li',
      { class: 'item client-hit', 'data-client': c.clientId },
      h(
        'div',
        { class: 'card-head' },
        open,
        h('span', { class: 'meta', text: msg('ui.clientDeals', { count: deals.length }) }),
      ),
      h('div', { class: 'muted', text: [c.company, c.phoneText || c.email].filter(Boolean).join(' · ') }),
      h('ul', { class: 'client-deals' }, ...deals.map((x) => hit(x, true))),
    );
  };
  return panel;
}

/** Hits grouped by client, in the order the first deal of each was found; a deal without a client alone. */
function byClient(hits: SearchHit[]): SearchHit[][] {
  const groups = new Map<string, SearchHit[]>();
  for (const x of hits) {
    const key = x.clientId || `lead:${x.leadId}`;
    const g = groups.get(key);
    if (g) g.push(x);
    else groups.set(key, [x]);
  }
  return [...groups.values()];
}

// Clients in the sidebar (SPEC §3, Clients): the client a new lead matches, with "a new deal for
// this client" beside "open this lead"; and the client card (getClient): contact facts, every
// deal, the history of all of them, lifetime value, "new deal" with the facts filled in.
import { formatMoney } from '../core/money';
import { call, h, msg } from './client';
import { CLOSED_STATUSES } from '../core/activity';
import { ctx, label, badgeClass, openLead } from './context';
import { fieldLabel } from './i18n';
import { status } from './status';
import { showDateTime, showDay, showOwner, showSummary } from './show';
import type { ClientCard, ClientDeal, ClientSummary } from '../gas/clients';
import type { PossibleDuplicate } from '../gas/leads';

const money = (v: number | '') => (typeof v === 'number' ? formatMoney(v, ctx.currency) : '–');

function openButton(leadId: string, text = msg('ui.openLead')): HTMLElement {
  const b = h('button', { type: 'button', class: 'link', text, 'aria-label': `${msg('ui.openLead')} ${leadId}` });
  b.addEventListener('click', () => openLead(leadId));
  return b;
}

/** What a possible duplicate matched on, as the person reads it: `Rina · Telepon sama`. */
const matchedText = (d: PossibleDuplicate) =>
  `${showOwner(d.owner)} · ${msg('ui.duplicateOn', {
    on: d.matchedOn
      .split(', ')
      .map((f) => fieldLabel(f))
      .join(', '),
  })}`;

/**
 * One deal of a client: status, value, what it is for, and a way to open it; at entry, the deal
 * the form matched says on what (it is listed once, here, not again below the client).
 */
export function dealItem(d: ClientDeal, match?: PossibleDuplicate): HTMLElement {
  return h(
    'li',
    { class: 'deal', 'data-lead': d.leadId },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: badgeClass(d.status), text: label('status', d.status) }),
      // A deal that was bought shows what was signed (its Contract Value), as the lifetime value counts it.
      h('span', { class: 'deal-value', text: money(d.contractValue !== '' ? d.contractValue : d.dealValue) }),
    ),
    d.needs ? h('div', { text: d.needs }) : null,
    h(
      'div',
      { class: 'meta' },
      `${d.leadId}${d.createdOn ? ` · ${showDay(d.createdOn)}` : ''} · `,
      match ? openButton(d.leadId) : openButton(d.leadId, msg('ui.open')),
    ),
    match ? h('div', { class: 'meta matched', text: matchedText(match) }) : null,
  );
}

/** A client's deals still in the pipeline (not Won, Lost or Past Client). */
const openDeals = (c: ClientSummary) => c.deals.filter((d) => !CLOSED_STATUSES.has(d.status));

/**
 * The answer to a save that matched existing leads: each matching client with its deals and
 * "a new deal for <client>" (`newDeal`), the matching leads with "open this lead", and "save
 * anyway" (a different person on a shared contact) or cancel.
 */
export function showMatches(
  box: HTMLElement,
  dups: PossibleDuplicate[],
  clients: ClientSummary[],
  actions: { saveAnyway: () => void; newDeal: (client: ClientSummary) => void },
): void {
  const matchOf = new Map(dups.map((d) => [d.leadId, d]));
  const clientBoxes = clients.map((c) => {
    const add = h('button', {
      type: 'button',
      class: 'primary new-deal',
      id: `new-deal-${c.clientId}`,
      text: msg('ui.newDealFor', { name: c.name || c.clientId }),
    });
    add.addEventListener('click', () => actions.newDeal(c));
    return h(
      'section',
      { class: 'client-match', 'data-client': c.clientId },
      h('strong', { text: c.name || c.clientId }),
      c.company ? h('span', { text: ` · ${c.company}` }) : null,
      h('div', {
        class: 'meta',
        // A client who never bought has no lifetime value to show (not "Rp 0").
        text: [
          c.clientId,
          msg('ui.clientDeals', { count: c.deals.length }),
          c.lifetimeValue > 0 ? `${msg('ui.lifetimeValue')} ${money(c.lifetimeValue)}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      }),
      h('ul', { class: 'deals' }, ...c.deals.map((d) => dealItem(d, matchOf.get(d.leadId)))),
      // A deal still open may be this very need: said before a second one is started.
      openDeals(c).length > 0
        ? h('p', {
            class: 'hint open-deal',
            text: msg('ui.clientOpenDeal', {
              deals: openDeals(c)
                .map((d) => `${d.leadId} (${label('status', d.status)})`)
                .join(', '),
            }),
          })
        : null,
      add,
    );
  });
  // A lead already listed among its client's deals is not listed again below.
  const shown = new Set(clients.flatMap((c) => c.deals.map((d) => d.leadId)));
  const others = dups.filter((d) => !shown.has(d.leadId));
  box.replaceChildren(
    h('p', { id: 'dup-title', class: 'dup-title', text: msg(clients.length ? 'ui.clientMatch' : 'lead.duplicates') }),
    ...clientBoxes,
    h(
      'ul',
      { class: 'dup-leads' },
      ...others.map((d) =>
        h(
          'li',
          {},
          h('strong', { text: `${d.leadId} · ${d.name}` }),
          d.company ? h('span', { text: ` · ${d.company}` }) : null,
          ' ',
          openButton(d.leadId),
          h('div', { class: 'meta', text: `${label('status', d.status)} · ${matchedText(d)}` }),
        ),
      ),
    ),
  );
  // What "save anyway" makes: a lead of its own, another client (a different person on a shared contact).
  const yes = h('button', {
    type: 'button',
    class: 'warn',
    id: 'save-anyway',
    text: msg('ui.saveAnyway'),
  });
  const no = h('button', { type: 'button', text: msg('ui.cancel') });
  yes.addEventListener('click', actions.saveAnyway);
  no.addEventListener('click', () => (box.hidden = true));
  box.append(
    h('p', { class: 'muted save-anyway-hint', text: msg('ui.saveAnywayHint') }),
    h('div', { class: 'actions' }, yes, no),
  );
  box.hidden = false;
  (box.querySelector<HTMLElement>('.new-deal') ?? yes).focus();
}

/** The client card, drawn into `body`: loaded by getClient; `newDeal` starts a deal for it. */
export async function showClient(
  body: HTMLElement,
  clientId: string,
  newDeal: (client: ClientSummary) => void,
  isLatest: () => boolean,
): Promise<void> {
  status(body, msg('ui.loading'), 'info');
  try {
    const card = await call('getClient', { clientId });
    if (!isLatest()) return;
    body.className = '';
    if (!card) {
      body.replaceChildren(h('p', { class: 'muted', text: msg('ui.clientNotFound', { clientId }) }));
      return;
    }
    body.replaceChildren(clientCard(card, newDeal));
  } catch (e) {
    if (isLatest()) status(body, msg('ui.failed', { error: (e as Error).message }), 'error');
  }
}

function clientCard(c: ClientCard, newDeal: (client: ClientSummary) => void): HTMLElement {
  const add = h('button', { type: 'button', class: 'primary', id: 'client-new-deal', text: msg('ui.newDeal') });
  add.addEventListener('click', () => newDeal(c));
  const reach = h('div', { class: 'actions' });
  if (c.tel) reach.append(h('a', { class: 'button', href: c.tel, text: msg('ui.call') }));
  if (c.whatsapp)
    reach.append(
      h('a', { class: 'button wa', href: c.whatsapp, target: '_blank', rel: 'noopener', text: msg('ui.whatsapp') }),
    );
  reach.append(add);
  const history = c.activities.map((a) =>
    h(
      'li',
      {},
      h('span', { class: 'meta', text: `${showDateTime(a.when)} · ${label('type', a.type)} · ${a.leadId}` }),
      a.summary ? h('div', { text: showSummary(a.type, a.summary) }) : null,
    ),
  );
  return h(
    'div',
    { class: 'client-card', id: 'client-card', 'data-client': c.clientId },
    h(
      'div',
      { class: 'card' },
      h(
        'div',
        { class: 'card-head' },
        h('strong', { class: 'client-name', text: c.name }),
        h('span', { class: 'meta', text: c.clientId }),
      ),
      c.company ? h('div', { class: 'muted', text: c.company }) : null,
      h('div', { class: 'meta', text: [c.phoneText, c.email].filter(Boolean).join(' · ') }),
      c.consent
        ? h('div', { class: 'meta consent', text: `${fieldLabel('consent')}: ${label('consent', c.consent)}` })
        : null,
      h(
        'dl',
        {},
        h('dt', { text: msg('ui.lifetimeValue') }),
        h('dd', { class: 'lifetime-value', text: money(c.lifetimeValue) }),
        h('dt', { text: msg('ui.deals') }),
        h('dd', { class: 'deal-count', text: String(c.deals.length) }),
      ),
      reach,
    ),
    h('h3', { text: msg('ui.clientDealsTitle') }),
    h('ul', { class: 'deals' }, ...[...c.deals].reverse().map((d) => dealItem(d))),
    h('h3', { text: msg('ui.clientHistory') }),
    c.activityCount > c.activities.length
      ? h('p', { class: 'muted', text: msg('ui.moreHistory', { shown: c.activities.length, count: c.activityCount }) })
      : null,
    history.length ? h('ul', { class: 'history' }, ...history) : h('p', { class: 'muted', text: msg('ui.none') }),
  );
}

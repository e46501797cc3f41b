// The pipeline board: one column per open stage, Won and Lost as drop zones. A card
// is moved by drag and drop (SortableJS, bundled into the page) or from its "Move to…" menu
// (the keyboard way); either calls setLeadStatus with the rules of the Status column. A gated
// move asks for its fields on the board; cancelling or a refusal puts the card back.
import Sortable from 'sortablejs';
import { call, h, msg, setMessages } from './client';
import { status, type StatusKind } from './status';
import { ctx, setContext, label } from './context';
import { formatMoney } from '../core/money';
import { asTyped } from './form';
import { fieldLabel } from './i18n';
import { showDay, showDue } from './show';
import { LEAD_COLUMNS } from '../core/schema';
import { EVERYONE, type BoardCard } from '../core/board';
import type { PipelineBoard } from '../gas/board';

// The board's shapes are the server's own (type-only: nothing of the server is bundled here).
type Card = BoardCard;

let board: PipelineBoard;
/** The stage a phone shows (one at a time; a wide screen shows them side by side). */
let stage = '';
const filter = { owner: '', source: '', query: '' };
const app = () => document.getElementById('app')!;
const money = (n: number | null) => (n === null ? '–' : formatMoney(n, board.currency));
const say = (text: string, kind?: StatusKind) => status(document.getElementById('board-status')!, text, kind);

/** The filter as the server takes it. */
const asked = () => ({ owner: filter.owner || undefined, source: filter.source, query: filter.query });

async function load(): Promise<void> {
  shown(await call('getPipelineBoard', asked()));
}

function shown(b: PipelineBoard): void {
  board = b;
  if (!filter.owner) filter.owner = board.owner;
  draw();
}

function toolbar(): HTMLElement {
  const owner = h('select', { id: 'board-owner', 'aria-label': msg('board.owner') });
  owner.append(
    h('option', { value: EVERYONE, text: msg('board.everyone') }),
    ...board.owners.map((o) => h('option', { value: o, text: board.ownerNames[o] || o })),
  );
  owner.value = board.owner;
  owner.addEventListener('change', () => {
    filter.owner = owner.value;
    void load();
  });
  const source = h('select', { id: 'board-source', 'aria-label': msg('board.source') });
  source.append(
    h('option', { value: '', text: msg('board.allSources') }),
    ...board.sources.map((s) => h('option', { value: s, text: label('source', s) })),
  );
  source.value = filter.source;
  source.addEventListener('change', () => {
    filter.source = source.value;
    void load();
  });
  const query = h('input', {
    id: 'board-query',
    type: 'search',
    'aria-label': msg('board.search'),
    placeholder: msg('board.search'),
  }) as HTMLInputElement;
  query.value = filter.query;
  let timer: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      filter.query = query.value.trim();
      void load();
    }, 300);
  });
  const refresh = h('button', { type: 'button', text: msg('board.refresh') });
  refresh.addEventListener('click', () => void load());
  return h('div', { class: 'toolbar' }, owner, source, query, refresh);
}

/**
 * On a phone the board shows one stage at a time, chosen from this bar (CSS shows it under 600 px);
 * a card moves by its "Move to…" list there.
 */
function stageBar(): HTMLElement {
  if (!board.columns.some((c) => c.status === stage)) stage = board.columns[0]?.status ?? '';
  const bar = h('div', { class: 'stages', role: 'tablist', 'aria-label': msg('board.stages') });
  for (const col of board.columns) {
    const tab = h('button', {
      type: 'button',
      role: 'tab',
      'aria-selected': String(col.status === stage),
      text: col.dropOnly ? label('status', col.status) : `${label('status', col.status)} (${col.count})`,
    });
    tab.addEventListener('click', () => {
      stage = col.status;
      draw();
    });
    bar.append(tab);
  }
  return bar;
}

function draw(): void {
  const focus = document.activeElement?.id;
  const columns = h('div', { class: 'columns' });
  for (const col of board.columns) {
    // An empty list shows its hint with CSS, so every child of a list is a card.
    const list = h('ul', {
      class: 'cards',
      'data-status': col.status,
      'data-hint': msg('board.dropHere'),
      'aria-label': label('status', col.status),
    });
    for (const card of col.cards) list.append(cardOf(card));
    columns.append(
      h(
        'section',
        {
          class: `column${col.dropOnly ? ' drop' : ''}${col.status === stage ? ' current' : ''}`,
          'aria-labelledby': `col-${col.status.replace(/\W/g, '')}`,
        },
        h(
          'header',
          {},
          h('h2', { id: `col-${col.status.replace(/\W/g, '')}`, text: label('status', col.status) }),
          col.dropOnly
            ? ''
            : h('div', {
                class: 'sums',
                text: `${msg('board.count', { count: col.count })} · ${money(col.value)} · ${msg('board.weighted', { value: money(col.weighted) })}`,
              }),
        ),
        list,
      ),
    );
    Sortable.create(list, {
      group: 'board',
      // Mouse and touch events rather than the browser's own drag: the same on every device.
      forceFallback: true,
      animation: 120,
      filter: 'select',
      preventOnFilter: false,
      onAdd: (evt) => {
        const leadId = (evt.item as HTMLElement).dataset.lead!;
        const from = (evt.from as HTMLElement).dataset.status!;
        void move(leadId, from, col.status);
      },
    });
  }
  const bar = stageBar();
  // The current stage's class is set now that stageBar has settled which one it is.
  for (const sec of columns.children)
    sec.classList.toggle('current', sec.querySelector('ul')?.getAttribute('data-status') === stage);
  app().replaceChildren(
    toolbar(),
    h('p', { id: 'board-status', class: 'status', role: 'status' }),
    bar,
    columns,
    h('div', { id: 'gate' }),
  );
  if (focus) document.getElementById(focus)?.focus();
}

function cardOf(c: Card): HTMLElement {
  const targets = ctx.transitions[c.status] ?? [];
  const moveTo = h('select', { 'aria-label': `${msg('board.moveTo')} ${c.name}` });
  moveTo.append(
    h('option', { value: '', text: msg('board.moveTo') }),
    ...targets.map((t) => h('option', { value: t, text: label('status', t) })),
  );
  moveTo.addEventListener('change', () => moveTo.value && void move(c.leadId, c.status, moveTo.value));
  return h(
    'li',
    { class: `card${c.stale ? ' stale' : ''}`, 'data-lead': c.leadId, 'aria-label': c.name },
    h(
      'div',
      { class: 'card-head' },
      h('strong', { text: c.name || c.leadId }),
      h('span', { class: 'who', title: c.owner, text: c.ownerInitials }),
    ),
    c.company ? h('div', { class: 'muted', text: c.company }) : '',
    h('div', { class: 'value', text: money(c.value) }),
    h(
      'div',
      { class: 'meta' },
      c.expectedClose
        ? h('span', {
            class: c.closePast ? 'overdue' : '',
            text: `⟶ ${showDay(c.expectedClose)}${c.closePast ? ` (${msg('board.closePast')})` : ''}`,
          })
        : '',
      c.nextFollowUp
        ? h('span', {
            class: c.overdue ? 'overdue' : '',
            text: `☎ ${showDue(c.nextFollowUp)}${c.overdue ? ` (${msg('board.overdue')})` : ''}`,
          })
        : '',
      h('span', { text: msg('board.days', { days: c.daysInStage }) }),
      c.stale ? h('span', { class: 'stale-mark', text: msg('board.stale') }) : '',
    ),
    moveTo,
  );
}

/** The same rules as the Status column; a gated move asks for its fields here. */
async function move(leadId: string, from: string, to: string): Promise<void> {
  if (from === to) return;
  const card = board.columns.flatMap((c) => c.cards).find((c) => c.leadId === leadId);
  const gate = await send(leadId, from, to, {}, card);
  // Nothing typed yet: the form opens without scolding for the empty fields.
  if (gate) askFields(leadId, from, to, gate.keys, card);
}

/**
 * One setLeadStatus round trip. Moved, refused or failed: the board is redrawn with the reason
 * (that closes a gate form). Refused for the gate's own fields: nothing is drawn and the answer's
 * errors come back, so the open form keeps what was typed and shows them.
 */
async function send(
  leadId: string,
  from: string,
  to: string,
  fields: Record<string, string>,
  card: Card | undefined,
): Promise<{ keys: string[]; errors: Record<string, string> } | null> {
  try {
    // One round trip: the answer carries the board as it now is.
    const r = await call('setLeadStatus', { leadId, status: to, fields, expectedStatus: from, board: asked() });
    if (r.ok) {
      if ('board' in r) {
        board = r.board;
        draw();
      } else await load();
      say(msg('board.moved', { name: card?.name ?? leadId, status: label('status', to) }), 'ok');
      return null;
    }
    const errors = r.errors ?? {};
    const keys = (ctx.required[to] ?? [])
      .map((h) => LEAD_COLUMNS.find((c) => c.header === h)?.key)
      .filter((k): k is string => !!k);
    if (!r.changed && keys.some((k) => errors[k])) return { keys, errors };
    // Refused: the card goes back, with the reason (drawn again from what the board had); moved
    // by someone else meanwhile: the board is asked for again.
    if (r.changed) await load();
    else draw();
    say(errors.status ?? Object.values(errors).join(' '), 'error');
  } catch (e) {
    await load();
    say((e as Error).message, 'error');
  }
  return null;
}

const DATE_FIELDS = ['expectedClose', 'completedOn'];

/**
 * A gate field: a list of reasons, or text; a date typed as people write it (28/11/2026), as the
 * sidebar's and the phone's gate fields take it and the server reads it (one rule, form.ts).
 */
function gateInput(k: string, id: string, card?: Card): HTMLInputElement | HTMLSelectElement {
  const common = { id, name: k, 'aria-describedby': `${id}-error` };
  if (k === 'lostReason') {
    const select = h('select', common);
    select.append(
      h('option', { value: '', text: msg('ui.choose') }),
      ...ctx.lostReasons.map((r) => h('option', { value: r, text: label('lostReason', r) })),
    );
    return select;
  }
  const day = DATE_FIELDS.includes(k);
  const input = h('input', {
    ...common,
    type: 'text',
    autocomplete: 'off',
    ...(day ? { inputmode: 'numeric', placeholder: msg('ui.dateHint') } : {}),
    ...(k === 'dealValue' ? { inputmode: 'numeric' } : {}),
  });
  // Prefilled from the card as people write money and days (and as the server's parser reads them back).
  if (k === 'dealValue' && card?.value !== null && card?.value !== undefined)
    input.value = asTyped(k, card.value, board.currency);
  if (k === 'expectedClose' && card?.expectedClose) input.value = asTyped(k, card.expectedClose, board.currency);
  return input;
}

/**
 * The fields a gated move needs, asked by the card. The form is built once: a refusal shows the
 * server's message under each bad field and focuses the first, leaving every typed value as it
 * was; Cancel puts the card back.
 */
function askFields(leadId: string, from: string, to: string, keys: string[], card?: Card): void {
  const box = document.getElementById('gate')!;
  const title = msg('board.fieldsFor', { status: label('status', to) });
  const form = h('form', {
    class: 'gate',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': title,
    novalidate: true,
  });
  form.append(h('p', { text: `${card?.name ?? leadId}: ${title}` }));
  const general = h('div', { class: 'error', role: 'alert' });
  const inputs = new Map<string, { input: HTMLInputElement | HTMLSelectElement; error: HTMLElement }>();
  for (const k of keys) {
    const id = `gate-${k}`;
    const input = gateInput(k, id, card);
    const error = h('div', { class: 'error', id: `${id}-error`, role: 'alert' });
    inputs.set(k, { input, error });
    form.append(h('label', { for: id, text: fieldLabel(k) }), input, error);
  }
  const cancel = h('button', { type: 'button', text: msg('board.cancel') });
  const ok = h('button', { type: 'submit', class: 'primary', text: msg('board.save') });
  form.append(general, h('div', { class: 'actions' }, cancel, ok));
  const close = () => {
    // While the fields are on their way, the move is the server's to answer: nothing to cancel.
    if (ok.disabled) return;
    box.replaceChildren();
    draw(); // the card goes back where it was (nothing changed: nothing to ask)
  };
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') close();
  });
  // Modal as it says (aria-modal): the board under it takes no drag and no click while this card
  // waits for its fields, so a second move can never leave this one drawn where it is not. A click
  // beside the form cancels it.
  const backdrop = h('div', { class: 'gate-backdrop' });
  backdrop.addEventListener('pointerdown', (ev) => {
    ev.preventDefault();
    close();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (ok.disabled) return;
    const fields: Record<string, string> = {};
    for (const [k, { input }] of inputs) fields[k] = input.value;
    ok.disabled = true;
    void send(leadId, from, to, fields, card).then((refused) => {
      ok.disabled = false;
      if (!refused) return; // moved, or refused for another reason: the board was drawn again
      let first: HTMLElement | null = null;
      for (const [k, { input, error }] of inputs) {
        const e = refused.errors[k] ?? '';
        error.textContent = e;
        input.setAttribute('aria-invalid', e ? 'true' : 'false');
        if (e && !first) first = input;
      }
      // A reason that is no field's is said under the fields (`status` only repeats the fields').
      general.textContent = Object.entries(refused.errors)
        .filter(([k]) => k !== 'status' && !inputs.has(k))
        .map(([, v]) => v)
        .join(' ');
      first?.focus();
    });
  });
  // The last move's message (a refusal) is not this card's: the form says what it needs.
  say('', 'info');
  box.replaceChildren(backdrop, form);
  placeNear(form, document.querySelector<HTMLElement>(`li.card[data-lead="${CSS.escape(leadId)}"]`));
  (form.querySelector('input,select') as HTMLElement | null)?.focus();
}

/** The gate form opens by the card that was dropped (under it, or above when there is no room), inside the window. */
function placeNear(form: HTMLElement, card: HTMLElement | null): void {
  if (!card) return;
  const r = card.getBoundingClientRect();
  const w = Math.min(form.offsetWidth, innerWidth - 16);
  const hgt = form.offsetHeight;
  const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
  const below = r.bottom + 6;
  const top = below + hgt <= innerHeight - 8 ? below : Math.max(8, r.top - hgt - 6);
  form.style.inset = `${top}px auto auto ${left}px`;
}

(async () => {
  try {
    // One call opens the board: its context and its first drawing.
    const c = await call('getSidebarContext', { board: asked() });
    setContext(c);
    setMessages(c.messages);
    document.documentElement.lang = c.lang;
    if (c.board) shown(c.board);
    else await load();
  } catch (e) {
    app().textContent = (e as Error).message;
  }
})();

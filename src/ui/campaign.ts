// The campaign dialog: a campaign made by choosing (a template, a segment from lists) with a live
// count, the preview (who receives it, who is skipped and why, the first message), a test send to
// oneself, Start that says what will happen and when, and each campaign's progress. The rules
// live on the server (campaign-dialog.ts); each view opens with one call.
import { call, closeDialog, h, msg, setMessages } from './client';
import { status as showStatus, type StatusKind } from './status';
import type { CampaignContext, CampaignSummary, DraftArg, DraftPreview } from '../gas/campaign-dialog';
import type { SegmentChoice } from '../core/campaign-draft';
import type { MessageKey } from '../core/i18n';

let ctx: CampaignContext;
let last: DraftPreview | null = null;
/** Answers to an older draft are dropped: only the latest choice's count is shown. */
let asked = 0;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string, kind?: StatusKind) => showStatus(byId('campaign-status'), text, kind);

const LISTS: [keyof CampaignContext['options'], MessageKey][] = [
  ['status', 'field.status' as MessageKey],
  ['source', 'field.source' as MessageKey],
  ['owner', 'field.owner' as MessageKey],
  ['product', 'field.product' as MessageKey],
];

function draft(): DraftArg {
  const segment: SegmentChoice = {};
  for (const [key] of LISTS)
    segment[key] = [...document.querySelectorAll<HTMLInputElement>(`input[name="seg-${key}"]:checked`)].map(
      (x) => x.value,
    );
  segment.createdFrom = byId<HTMLInputElement>('created-from').value;
  segment.createdTo = byId<HTMLInputElement>('created-to').value;
  segment.lastContactBefore = byId<HTMLInputElement>('last-contact').value;
  return {
    name: byId<HTMLInputElement>('campaign-name').value,
    templateId: byId<HTMLSelectElement>('campaign-template').value,
    segment,
  };
}

function form(): HTMLElement {
  const name = h('input', { id: 'campaign-name', type: 'text', autocomplete: 'off' });
  const template = h(
    'select',
    { id: 'campaign-template' },
    h('option', { value: '', text: msg('campaignDialog.pickTemplate') }),
  );
  for (const x of ctx.templates)
    template.append(
      h('option', { value: x.id, text: msg('campaignDialog.templateOption', { name: x.name, channel: x.channel }) }),
    );
  const lists = h('div', { class: 'lists' });
  for (const [key, label] of LISTS) {
    const options = ctx.options[key];
    if (options.length === 0) continue;
    const set = h('fieldset', {}, h('legend', { text: msg(label) }));
    for (const o of options)
      set.append(
        h(
          'label',
          { class: 'check' },
          h('input', { type: 'checkbox', name: `seg-${key}`, value: o.value }),
          ` ${o.label}`,
        ),
      );
    lists.append(set);
  }
  const date = (id: string, key: MessageKey) =>
    h('div', { class: 'date' }, h('label', { for: id, text: msg(key) }), h('input', { id, type: 'date' }));
  const segment = h(
    'fieldset',
    { class: 'segment' },
    h('legend', { text: msg('campaignDialog.segment') }),
    h('p', { class: 'muted', text: msg('campaignDialog.segmentHint') }),
    lists,
    h(
      'div',
      { class: 'dates' },
      date('created-from', 'campaignDialog.createdFrom'),
      date('created-to', 'campaignDialog.createdTo'),
      date('last-contact', 'campaignDialog.lastContactBefore'),
    ),
  );
  const section = h(
    'section',
    { 'aria-labelledby': 'new-title', class: 'new' },
    h('h2', { id: 'new-title', text: msg('campaignDialog.new') }),
    h('label', { for: 'campaign-name', text: msg('campaignDialog.name') }),
    name,
    h('label', { for: 'campaign-template', text: msg('campaignDialog.template') }),
    template,
    segment,
    h('p', { id: 'campaign-count', class: 'count', role: 'status', 'aria-live': 'polite' }),
    h('div', { id: 'campaign-preview' }),
  );
  let timer: number | undefined;
  section.addEventListener('change', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  });
  return section;
}

/** The live count and the preview of the current choice. */
async function refresh(): Promise<void> {
  const d = draft();
  const box = byId('campaign-preview');
  const count = byId('campaign-count');
  if (!d.templateId) {
    count.textContent = '';
    box.replaceChildren();
    last = null;
    return;
  }
  const mine = ++asked;
  count.textContent = msg('campaignDialog.counting');
  try {
    const p = await call('previewCampaignDraft', d);
    if (mine !== asked) return;
    last = p;
    count.className = 'count';
    count.textContent = msg('campaignDialog.count', {
      matched: p.matched,
      recipients: p.recipients,
      skipped: p.skipped.length,
    });
    drawPreview(p);
  } catch (err) {
    if (mine !== asked) return;
    last = null;
    count.className = 'count error';
    count.textContent = (err as Error).message;
    box.replaceChildren();
  }
}

function drawPreview(p: DraftPreview): void {
  const box = byId('campaign-preview');
  const who = h('ul', { class: 'people', 'aria-labelledby': 'recipients-title' });
  for (const r of p.list) who.append(h('li', { text: `${r.name} · ${r.to}` }));
  if (p.recipients > p.list.length)
    who.append(h('li', { class: 'muted', text: msg('campaignDialog.more', { count: p.recipients - p.list.length }) }));
  const skipped = h('table', { class: 'skipped', 'aria-labelledby': 'skipped-title' });
  for (const s of p.skipped)
    skipped.append(h('tr', {}, h('td', { text: s.leadId }), h('td', { text: s.name }), h('td', { text: s.reason })));
  const parts: HTMLElement[] = p.consent ? [h('p', { class: 'muted', text: p.consent })] : [];
  if (p.sample)
    parts.push(
      h(
        'section',
        { 'aria-labelledby': 'sample-title', class: 'sample' },
        h('h3', { id: 'sample-title', text: msg('campaignDialog.sample') }),
        h('p', { text: msg('campaignDialog.to', { to: p.sample.to }) }),
        p.sample.subject ? h('p', { text: msg('campaignDialog.subject', { subject: p.sample.subject }) }) : null,
        h('pre', { text: p.sample.text }),
      ),
    );
  parts.push(
    h(
      'section',
      { 'aria-labelledby': 'recipients-title' },
      h('h3', { id: 'recipients-title', text: `${msg('campaignDialog.recipients')} (${p.recipients})` }),
      who,
    ),
  );
  if (p.skipped.length > 0)
    parts.push(
      h(
        'section',
        { 'aria-labelledby': 'skipped-title' },
        h('h3', { id: 'skipped-title', text: `${msg('campaignDialog.skipped')} (${p.skipped.length})` }),
        skipped,
      ),
    );
  const test = h('button', {
    type: 'button',
    text: msg('campaignDialog.test'),
    disabled: p.channel !== 'Email' || p.recipients === 0,
  });
  test.addEventListener('click', async () => {
    test.disabled = true;
    try {
      const r = await call('sendCampaignDraftTest', draft());
      status(r.message, 'ok');
    } catch (err) {
      status((err as Error).message, 'error');
    } finally {
      test.disabled = false;
    }
  });
  const start = h('button', {
    type: 'button',
    class: 'primary',
    text: msg('campaignDialog.start'),
    disabled: p.recipients === 0,
  });
  start.addEventListener('click', () => confirmStart());
  parts.push(h('div', { class: 'actions' }, start, test), h('div', { id: 'campaign-confirm' }));
  box.replaceChildren(...parts);
}

/** Start says what will happen and when, then writes the campaign's row. */
function confirmStart(): void {
  if (!last) return;
  const box = byId('campaign-confirm');
  const go = h('button', { type: 'button', class: 'primary', text: msg('campaignDialog.confirmStart') });
  const back = h('button', { type: 'button', text: msg('campaignDialog.back') });
  back.addEventListener('click', () => box.replaceChildren());
  go.addEventListener('click', async () => {
    go.disabled = true;
    try {
      const r = await call('createCampaign', draft());
      status(r.message, 'ok');
      box.replaceChildren();
      drawCampaigns(r.campaigns);
    } catch (err) {
      status((err as Error).message, 'error');
      go.disabled = false;
    }
  });
  box.replaceChildren(
    h(
      'div',
      { role: 'group', 'aria-labelledby': 'confirm-text', class: 'confirm' },
      h('p', { id: 'confirm-text', text: last.when }),
      h('div', { class: 'actions' }, go, back),
    ),
  );
  go.focus();
}

function drawCampaigns(list: CampaignSummary[]): void {
  const section = byId('campaign-list');
  const items = h('ul', { class: 'campaigns' });
  for (const c of list) {
    const bar = h('progress', { max: String(Math.max(1, c.recipients)), value: String(c.sent), 'aria-label': c.name });
    const state = msg(`campaignDialog.state.${c.state}` as MessageKey);
    const figures = msg('campaignDialog.progress', {
      sent: c.sent,
      recipients: c.recipients,
      waiting: c.waiting,
      skipped: c.skipped,
    });
    const item = h(
      'li',
      {},
      h('strong', { text: c.name }),
      h('span', { text: ` · ${c.template} · ${state.startsWith('campaignDialog.') ? c.state : state}` }),
      h(
        'div',
        {},
        bar,
        h('span', {
          text: ` ${figures}${c.uncertain ? ` · ${msg('campaignDialog.uncertain', { count: c.uncertain })}` : ''}`,
        }),
      ),
    );
    if (c.state === 'Running') {
      const stop = h('button', {
        type: 'button',
        text: msg('campaignDialog.stop'),
        'aria-label': `${msg('campaignDialog.stop')} ${c.name}`,
      });
      stop.addEventListener('click', async () => {
        stop.disabled = true;
        try {
          const r = await call('stopCampaign', { id: c.id });
          status(r.message, 'ok');
          // One round trip: the answer says the campaign stopped; the rest of the list is as shown.
          drawCampaigns(list.map((x) => (x.id === c.id ? { ...x, state: r.state } : x)));
        } catch (err) {
          status((err as Error).message, 'error');
          stop.disabled = false;
        }
      });
      item.append(stop);
    }
    items.append(item);
  }
  const refreshList = h('button', { type: 'button', text: msg('campaignDialog.refresh') });
  refreshList.addEventListener('click', async () => drawCampaigns(await call('getCampaignProgress')));
  section.replaceChildren(
    h('h2', { id: 'list-title', text: msg('campaignDialog.list') }),
    list.length === 0 ? h('p', { class: 'muted', text: msg('campaignDialog.none') }) : items,
    h('div', { class: 'actions' }, refreshList),
  );
}

function draw(): void {
  const close = h('button', { type: 'button', text: msg('campaignDialog.close') });
  close.addEventListener('click', () => closeDialog());
  byId('app').replaceChildren(
    form(),
    h('p', { id: 'campaign-status', class: 'status', role: 'status' }),
    h('section', { id: 'campaign-list', 'aria-labelledby': 'list-title' }),
    h('div', { class: 'actions' }, close),
  );
  drawCampaigns(ctx.campaigns);
}

(async () => {
  try {
    ctx = await call('getCampaignContext');
    setMessages(ctx.messages);
    document.documentElement.lang = ctx.lang;
    draw();
  } catch (e) {
    byId('app').textContent = (e as Error).message;
  }
})();

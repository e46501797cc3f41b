// The merge dialog: what each ticked group of the Duplicates tab becomes (the fields the primary
// gets, the rows archived or linked, the values kept in a note), confirm, then Undo on each
// result at once. The rules live on the server (getMergePreview, mergeDuplicates, undoMerge).
import { call, closeDialog, h, msg, setMessages } from './client';
import { status as showStatus, type StatusKind } from './status';
import type { MergePreview, MergePreviewGroup, MergePreviewRow } from '../gas/merge-dialog';
import type { MergeResult } from '../gas/merge';

let ctx: MergePreview;

const app = () => document.getElementById('app')!;
const line = () =>
  document.getElementById('merge-status') ?? h('p', { id: 'merge-status', class: 'status', role: 'status' });
const status = (text: string, kind?: StatusKind) => showStatus(line(), text, kind);

function who(r: MergePreviewRow): string {
  return [r.leadId, r.name, r.company, r.status].filter(Boolean).join(' · ');
}

function rowItem(g: MergePreviewGroup, r: MergePreviewRow): HTMLElement {
  const fate =
    r.becomes === 'primary'
      ? msg('mergeDialog.row.primary')
      : r.becomes === 'archived'
        ? msg('mergeDialog.row.archived', { leadId: g.primary })
        : msg('mergeDialog.row.linked', { clientId: g.clientId || msg('mergeDialog.newClientId') });
  // A skipped group's rows stay as they are: only who they are is listed.
  const item = h(
    'li',
    { class: `row ${r.becomes}` },
    h('strong', { text: who(r) }),
    g.action === 'skip' ? null : h('span', { class: 'fate', text: ` — ${fate}` }),
  );
  if (r.changes.length > 0) {
    const list = h('ul', { class: 'changes', 'aria-label': `${r.leadId} ${msg('mergeDialog.gets')}` });
    for (const c of r.changes)
      list.append(
        h('li', {
          text: `${c.field}: ${c.before ? `${c.before} → ` : ''}${c.after || msg('mergeDialog.empty')}${c.from ? ` (${msg('mergeDialog.from', { leadId: c.from })})` : ''}`,
        }),
      );
    item.append(h('div', { class: 'muted', text: `${msg('mergeDialog.gets')}:` }), list);
  } else if (g.action === 'link') item.append(h('div', { class: 'muted', text: msg('mergeDialog.row.unchanged') }));
  return item;
}

function groupSection(g: MergePreviewGroup): HTMLElement {
  const id = `group-${g.group}`;
  const title =
    g.action === 'merge'
      ? msg('mergeDialog.group.merge', { group: g.group, leadId: g.primary })
      : g.action === 'link'
        ? msg('mergeDialog.group.link', { group: g.group })
        : msg('mergeDialog.group.skip', { group: g.group });
  const section = h('section', { class: `group ${g.action}`, 'aria-labelledby': id }, h('h3', { id, text: title }));
  if (g.skipped) section.append(h('p', { class: 'status error', text: g.skipped }));
  const rows = h('ul', { class: 'rows' });
  for (const r of g.rows) rows.append(rowItem(g, r));
  section.append(rows);
  if (g.kept.length > 0) {
    section.append(h('p', { class: 'muted', text: msg('mergeDialog.kept', { leadId: g.primary }) }));
    const kept = h('ul', { class: 'changes' });
    for (const k of g.kept)
      kept.append(h('li', { text: `${k.field}: ${k.value} (${msg('mergeDialog.from', { leadId: k.leadId })})` }));
    section.append(kept);
  }
  return section;
}

function drawPreview(): void {
  const close = h('button', { type: 'button', text: msg('mergeDialog.cancel') });
  close.addEventListener('click', () => closeDialog());
  if (ctx.groups.length === 0) {
    app().replaceChildren(h('p', { text: msg('mergeDialog.none') }), line(), h('div', { class: 'actions' }, close));
    return;
  }
  const count = ctx.groups.filter((g) => g.action !== 'skip').length;
  const go = h('button', {
    type: 'button',
    class: 'primary',
    text: msg('mergeDialog.confirm', { count }),
    disabled: count === 0,
  });
  go.addEventListener('click', () => confirm(go));
  app().replaceChildren(
    h('p', { class: 'muted', text: msg('mergeDialog.intro') }),
    ...ctx.groups.map(groupSection),
    line(),
    h('div', { class: 'actions' }, go, close),
  );
}

async function confirm(go: HTMLButtonElement): Promise<void> {
  go.disabled = true;
  status(msg('mergeDialog.working'));
  try {
    const r = await call('mergeDuplicates', { expect: ctx.signature });
    drawResults(r);
  } catch (err) {
    // The ticked groups changed since the preview: show the new one, keeping the message.
    const text = (err as Error).message;
    try {
      ctx = await call('getMergePreview');
      drawPreview();
    } catch (_e) {
      go.disabled = false;
    }
    status(text, 'error');
  }
}

/** What was done, each merge and link with its Undo, and what was skipped. */
function drawResults(r: MergeResult): void {
  const list = h('ul', { class: 'results' });
  const undoable = (text: string, mergeId: string, link: boolean) => {
    const undo = h('button', {
      type: 'button',
      text: msg('mergeDialog.undo'),
      'aria-label': `${msg('mergeDialog.undo')} ${mergeId}`,
    });
    const item = h('li', {}, h('span', { text }), ' ', undo);
    undo.addEventListener('click', async () => {
      undo.disabled = true;
      status(msg('mergeDialog.undoing'));
      try {
        const u = await call('undoMerge', { mergeId });
        const done = msg(link ? 'link.undone' : 'merge.undone', { mergeId, rows: u.restored.length });
        undo.replaceWith(h('em', { text: done }));
        status(done, 'ok');
      } catch (err) {
        status((err as Error).message, 'error');
        undo.disabled = false;
      }
    });
    list.append(item);
  };
  const groupOf = new Map(ctx.groups.map((g) => [g.primary, g.group]));
  for (const m of r.merged)
    undoable(
      msg('mergeDialog.merged', {
        group: groupOf.get(m.primary) ?? '',
        archived: m.archived.join(', '),
        primary: m.primary,
        mergeId: m.mergeId,
      }),
      m.mergeId,
      false,
    );
  for (const l of r.linked)
    undoable(
      msg('mergeDialog.linked', { leadIds: l.leadIds.join(', '), clientId: l.clientId, mergeId: l.mergeId }),
      l.mergeId,
      true,
    );
  for (const s of r.skipped) list.append(h('li', { class: 'status error', text: s }));
  const close = h('button', { type: 'button', text: msg('mergeDialog.close') });
  close.addEventListener('click', () => closeDialog());
  // The server's sentence: one rule for what a run says (gas/merge.ts).
  const summary = r.message ?? '';
  app().replaceChildren(
    h('h3', { id: 'merge-results', text: msg('mergeDialog.results') }),
    h('section', { 'aria-labelledby': 'merge-results' }, list),
    line(),
    h('div', { class: 'actions' }, close),
  );
  status(summary, r.skipped.length > 0 ? 'info' : 'ok');
}

(async () => {
  try {
    ctx = await call('getMergePreview');
    setMessages(ctx.messages);
    document.documentElement.lang = ctx.lang;
    drawPreview();
  } catch (e) {
    app().textContent = (e as Error).message;
  }
})();

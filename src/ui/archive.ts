// The "Archive old activities" dialog: choose a year, archive, open the archive or
// put it back. The rules live on the server (archiveActivities, undoArchive).
import { call, closeDialog, h, msg, setMessages } from './client';
import { status as showStatus, type StatusKind } from './status';
import { formatCount } from '../core/money';
import { formatDay } from '../core/format';
import type { ArchiveContext } from '../gas/archive';

let ctx: ArchiveContext;

const app = () => document.getElementById('app')!;
const status = (text: string, kind?: StatusKind) => showStatus(document.getElementById('archive-status')!, text, kind);
const number = (n: number) => formatCount(n, ctx.lang);

/** Years one can archive before: each option says how many activities and cells it moves. */
function choices(): { year: number; count: number }[] {
  const out: { year: number; count: number }[] = [];
  let before = 0;
  const years = ctx.years;
  for (let i = 0; i < years.length; i++) {
    before += years[i].count;
    const next = years[i].year + 1;
    if (next <= ctx.maxYear) out.push({ year: next, count: before });
  }
  return out.reverse();
}

function draw(): void {
  const options = choices();
  const form = h('form', { id: 'archive-form' }, h('p', { class: 'muted', text: msg('ui.archive.intro') }));
  if (options.length === 0) form.append(h('p', { text: msg('ui.archive.none', { year: ctx.maxYear }) }));
  else {
    const select = h('select', { id: 'archive-year' });
    for (const o of options)
      select.append(
        h('option', {
          value: String(o.year),
          text: msg('ui.archive.yearOption', {
            year: o.year,
            count: number(o.count),
            cells: number(o.count * ctx.cellsPerRow),
          }),
        }),
      );
    const go = h('button', { type: 'submit', class: 'primary', text: msg('ui.archive.go') });
    form.append(
      h('label', { for: 'archive-year', text: msg('ui.archive.year') }),
      select,
      h('div', { class: 'actions' }, go),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      go.disabled = true;
      status(msg('ui.archive.working'));
      try {
        const r = await call('archiveActivities', { beforeYear: select.value });
        if (r.ok) status(r.message, 'ok');
        else status(Object.values(r.errors).join(' '), 'error');
        await reload();
      } catch (err) {
        status((err as Error).message, 'error');
      } finally {
        go.disabled = false;
      }
    });
  }
  const close = h('button', { type: 'button', text: msg('ui.archive.close') });
  close.addEventListener('click', () => closeDialog());
  // Drawn again after an archive or an undo: the status line stays, with what it said.
  const line =
    document.getElementById('archive-status') ?? h('p', { id: 'archive-status', class: 'status', role: 'status' });
  app().replaceChildren(form, line, history(), h('div', { class: 'actions' }, close));
}

function history(): HTMLElement {
  const section = h('section', { 'aria-labelledby': 'archive-history' });
  if (ctx.archives.length === 0) return section;
  section.append(h('h3', { id: 'archive-history', text: msg('ui.archive.history') }));
  const list = h('ul', { class: 'archives' });
  for (const a of ctx.archives) {
    // An archive's file is its creator's: a teammate is told who can open it or put it back.
    const state =
      a.state === 'removing' && !a.mine
        ? msg('ui.archive.state.removingOther', { by: a.by })
        : msg(`ui.archive.state.${a.state}`);
    const item = h(
      'li',
      {},
      h('span', {
        text: `${msg('ui.archive.entry', { id: a.id, count: number(a.count), year: a.beforeYear, date: formatDay(a.day, ctx.lang, 'medium') })}${a.by ? ` · ${a.by}` : ''} · ${state}`,
      }),
    );
    if (!a.mine) {
      if (a.state === 'done')
        item.append(' · ', h('span', { class: 'muted', text: msg('ui.archive.onlyOwner', { by: a.by }) }));
    } else if (a.url)
      item.append(
        ' ',
        h('a', {
          href: a.url,
          target: '_blank',
          rel: 'noopener',
          text: msg('ui.archive.open'),
          'aria-label': `${msg('ui.archive.open')} ${a.id}`,
        }),
      );
    if (a.mine && (a.state === 'done' || a.state === 'removing')) {
      const undo = h('button', {
        type: 'button',
        text: msg('ui.archive.undo'),
        'aria-label': `${msg('ui.archive.undo')} ${a.id}`,
      });
      undo.addEventListener('click', async () => {
        undo.disabled = true;
        status(msg('ui.archive.undoing'));
        try {
          const r = await call('undoArchive', { archiveId: a.id });
          status(r.message, 'ok');
          await reload();
        } catch (err) {
          status((err as Error).message, 'error');
          undo.disabled = false;
        }
      });
      item.append(' ', undo);
    }
    list.append(item);
  }
  section.append(list);
  return section;
}

/** Fetches the years and archives again and redraws, keeping the last message. */
async function reload(): Promise<void> {
  ctx = await call('getArchiveContext');
  draw();
}

(async () => {
  try {
    ctx = await call('getArchiveContext');
    setMessages(ctx.messages);
    document.documentElement.lang = ctx.lang;
    draw();
  } catch (e) {
    app().textContent = (e as Error).message;
  }
})();

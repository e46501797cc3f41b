// The playground page: the add-on menu (from onOpen), an editable grid of the workbook's tabs
// whose edits go through the same path as a person's edit in Sheets, and the real sidebar.
// build.mjs inlines it, with playground.css, into playground.html (.local/page/).
import type { Chart as ChartJs } from 'chart.js';
import { FROZEN, widthOf } from './widths';
import { drawMenu, type MenuEntry } from './menu';
import { chartConfig, type ChartData } from './charts';
import { emptyRow } from './empty-row';

/** Chart.js, loaded by its own script tag (/vendor/chart.umd.min.js) before this page's script. */
declare const Chart: typeof ChartJs;

/** What a column's cells accept: a checkbox, a dropdown's list, or anything. */
type Kind = 'checkbox' | { list: string[] } | null;

/** A window of a tab (GET /api/sheet): the header and the display values of rows offset+2…. */
interface SheetWindow {
  file: string;
  name: string;
  rows: number;
  offset: number;
  header: string[];
  values: string[][];
  kinds: Kind[][];
  /** Sparse: [row index in the window, column index, text]. */
  notes?: [number, number, string][];
  frozenRows?: number;
  version: number;
}

interface Toast {
  title: string;
  message: string;
}

/** What a call (POST /api/run, /api/edit) answered, and what it showed in Sheets. */
interface Answer {
  ok?: boolean;
  error?: string;
  ui?: {
    toasts?: Toast[];
    alerts?: string[];
    dialogs?: { title: string; html: string; width: number; height: number }[];
  };
}

const ROW_H = 24;
const WINDOW = 200;
// A menu item or an edit waits for the selection made just before it (getActiveRange).
let selecting: Promise<unknown> = Promise.resolve();
let current = 'Leads';
let data: SheetWindow | null = null;
let cache: Record<number, SheetWindow> = {};
let sel: { row: number; col: number } | null = null;
let version = -1;
let drawn: ChartJs[] = [];
let loading = 0;
let editing: HTMLElement | null = null;

const byId = (id: string) => document.getElementById(id)!;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
function post(url: string, body: unknown): Promise<Answer> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json());
}

// ---- what a call showed: toasts, alerts, dialogs (as Sheets shows them)
function toast(t: Toast): void {
  const d = el('div', '', 'toast');
  if (t.title) d.append(el('strong', t.title));
  d.append(document.createTextNode(t.message));
  byId('toasts').append(d);
  setTimeout(() => d.remove(), 8000);
}
function modal(title: string, bodyNode: HTMLElement, role: string, size?: { width: number; height: number }): void {
  const m = el('div', '', 'modal');
  const box = el('div');
  box.setAttribute('role', role);
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-label', title);
  // The size the script asked for (setWidth/setHeight), within the window.
  if (size?.width) box.style.maxWidth = `min(96vw, ${size.width + 32}px)`;
  if (size?.height && bodyNode.tagName === 'IFRAME') bodyNode.style.height = `min(78vh, ${size.height}px)`;
  const ok = el('button', 'OK');
  ok.onclick = () => {
    m.remove();
    refresh(true);
  };
  box.append(el('h2', title), bodyNode, ok);
  m.append(box);
  document.body.append(m);
  ok.focus();
}
function show(r: Answer | null): void {
  const ui = r?.ui || {};
  (ui.toasts || []).forEach(toast);
  (ui.alerts || []).forEach((a) => modal('Lembar CRM', el('p', a), 'alertdialog'));
  (ui.dialogs || []).forEach((d) => {
    const f = el('iframe');
    f.title = d.title;
    f.srcdoc = d.html.replace('<head>', '<head><script src="/shim.js"></script>');
    modal(d.title, f, 'dialog', { width: d.width, height: d.height });
  });
  if (r && r.ok === false && r.error) toast({ title: 'Lembar CRM', message: r.error });
}

// ---- the add-on menu, from onOpen (with its submenus, as Sheets draws them)
async function loadMenu(): Promise<void> {
  const m: { title: string; entries: MenuEntry[] } = await (await fetch('/api/menu')).json();
  const menu = byId('menu');
  menu.replaceChildren(el('div', m.title, 'menu-title'));
  drawMenu(menu, m.entries, async (fn) => {
    closeMenu();
    await selecting;
    const r = await post('/api/run', { fn, args: [] });
    show(r);
    refresh(true);
    if (fn === 'showSidebar') document.body.dataset.view = 'sidebar';
  });
}
const ext = byId('ext');
function closeMenu(): void {
  byId('menu').hidden = true;
  byId('menu')
    .querySelectorAll<HTMLElement>('[role=menu]')
    .forEach((m) => {
      m.hidden = true;
    });
  ext.setAttribute('aria-expanded', 'false');
}
ext.onclick = () => {
  const m = byId('menu');
  m.hidden = !m.hidden;
  ext.setAttribute('aria-expanded', String(!m.hidden));
  if (!m.hidden) m.querySelector<HTMLElement>('[role=menuitem]')!.focus();
};
// The menu closes with Escape (back to Extensions) or a click elsewhere.
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !byId('menu').hidden) {
    closeMenu();
    ext.focus();
  }
});
document.addEventListener('mousedown', (e) => {
  if (!byId('menu').hidden && !(e.target as Element).closest('[role=menubar]')) closeMenu();
});

// ---- tabs and the grid (only the rows in view are drawn)
async function loadTabs(): Promise<void> {
  const tabs: { name: string; hidden: boolean }[] = await (await fetch('/api/sheets')).json();
  const nav = byId('tabs');
  nav.replaceChildren();
  tabs
    .filter((t) => !t.hidden)
    .forEach((t) => {
      const b = el('button', t.name);
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(t.name === current));
      b.onclick = () => {
        if (current !== t.name) {
          current = t.name;
          sel = null;
          cache = {};
          data = null;
          byId('grid').scrollTop = 0;
          loadTabs();
        }
      };
      nav.append(b);
    });
  await loadWindow(0, true);
}
async function loadWindow(offset: number, redraw?: boolean): Promise<void> {
  const mine = ++loading;
  const r: SheetWindow = await (
    await fetch(`/api/sheet?name=${encodeURIComponent(current)}&offset=${offset}&limit=${WINDOW}`)
  ).json();
  // An answer for a tab left meanwhile is dropped (its rows must never show under another tab's name).
  if (r.name !== current || (mine !== loading && !redraw)) return;
  data = r;
  cache[offset] = r;
  version = Math.max(version, r.version);
  byId('info').textContent = `${r.file} · ${current} · ${r.rows} rows`;
  draw();
  if (redraw) loadCharts();
}
function rowData(i: number): { values: string[]; kinds: Kind[]; notes: Record<number, string> } | null {
  const w = Math.floor(i / WINDOW) * WINDOW;
  const c = cache[w];
  // Past the data (the empty row under it) there is no row to read.
  if (!c?.values[i - w]) return null;
  const notes: Record<number, string> = {};
  (c.notes || []).forEach((n) => {
    if (n[0] === i - w) notes[n[1]] = n[2];
  });
  return { values: c.values[i - w], kinds: c.kinds[i - w], notes };
}
function draw(): void {
  if (!data) return;
  const shown = data;
  const grid = byId('grid');
  const header = shown.header;
  const top = Math.max(0, Math.floor((grid.scrollTop - 40) / ROW_H) - 10);
  const count = Math.ceil(grid.clientHeight / ROW_H) + 30;
  const end = Math.min(shown.rows, top + count);
  let missing = false;
  const table = el('table');
  table.id = 'grid-table';
  table.dataset.tab = shown.name;
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-label', shown.name);
  // The header, the data rows and the empty row under them (where a new row is typed, as in Sheets).
  table.setAttribute('aria-rowcount', String(shown.rows + 2));
  const thead = el('thead');
  const tbody = el('tbody');
  const head = el('tr');
  head.setAttribute('role', 'row');
  head.setAttribute('aria-rowindex', '1');
  head.append(el('th', '', 'rownum'));
  const frozen = (FROZEN[current] || []).map((h) => header.indexOf(h)).filter((i) => i >= 0);
  header.forEach((h, c) => {
    const th = el('th', h);
    th.title = h;
    th.setAttribute('role', 'columnheader');
    if (frozen.indexOf(c) >= 0) th.className = 'frozen';
    head.append(th);
  });
  thead.append(head);
  const cols = el('colgroup');
  let total = 34;
  cols.append(el('col'));
  (cols.lastChild as HTMLElement).style.width = '34px';
  header.forEach((h) => {
    const cl = el('col');
    cl.style.width = `${widthOf(h)}px`;
    total += widthOf(h);
    cols.append(cl);
  });
  table.style.width = `${total}px`;
  table.append(cols);
  if (top > 0) {
    const sp = el('tr');
    sp.style.height = `${top * ROW_H}px`;
    tbody.append(sp);
  }
  for (let i = top; i < end; i++) {
    const d = rowData(i);
    if (!d) {
      missing = true;
      continue;
    }
    const tr = el('tr');
    const row = i + 2;
    tr.dataset.row = String(row);
    tr.setAttribute('role', 'row');
    tr.setAttribute('aria-rowindex', String(row));
    if (sel && sel.row === row) tr.className = 'selected';
    const num = el('td', String(row), 'rownum');
    num.setAttribute('role', 'rowheader');
    num.dataset.row = String(row);
    tr.append(num);
    d.values.forEach((v, c) => {
      const kind = d.kinds[c];
      const td = el('td');
      td.setAttribute('role', 'gridcell');
      td.dataset.row = String(row);
      td.dataset.col = String(c + 1);
      td.title = v;
      if (frozen.indexOf(c) >= 0) td.className = 'frozen';
      if (kind === 'checkbox') {
        const box = el('input');
        box.type = 'checkbox';
        box.checked = v === 'TRUE';
        box.setAttribute('aria-label', `${header[c]} ${row}`);
        box.onchange = () => {
          edit(row, c + 1, [[box.checked]], 'typed');
        };
        td.append(box);
      } else {
        td.textContent = v;
        if (kind?.list) td.classList.add('list');
      }
      if (sel && sel.row === row && sel.col === c + 1) td.setAttribute('aria-selected', 'true');
      const note = d.notes?.[c];
      if (note) {
        td.classList.add('note');
        td.title = note;
        td.setAttribute('aria-description', `Note: ${note}`);
      }
      tr.append(td);
    });
    tbody.append(tr);
  }
  if (end < shown.rows) {
    const sp2 = el('tr');
    sp2.style.height = `${(shown.rows - end) * ROW_H}px`;
    tbody.append(sp2);
  } else tbody.append(emptyRow(shown.rows + 2, header.length, sel && sel.row === shown.rows + 2 ? sel.col : null));
  table.append(thead, tbody);
  byId('table').replaceChildren(table);
  // Sticky frozen columns: each starts where the previous ends.
  let left = table.querySelector<HTMLElement>('thead .rownum')!.offsetWidth;
  frozen.forEach((c) => {
    table.querySelectorAll<HTMLElement>(`tr > :nth-child(${c + 2})`).forEach((x) => {
      x.style.left = `${left}px`;
    });
    left += table.querySelector<HTMLElement>(`thead th:nth-child(${c + 2})`)!.offsetWidth;
  });
  if (missing) {
    const w = Math.floor(top / WINDOW) * WINDOW;
    if (!cache[w]) loadWindow(w);
    else if (!cache[w + WINDOW] && w + WINDOW < shown.rows) loadWindow(w + WINDOW);
  }
}
// Tab reaches the grid (it is in the tab order); arriving with nothing selected selects A2, so the
// arrows have a cell to move from.
byId('grid').tabIndex = 0;
byId('grid').addEventListener('focus', () => {
  if (!sel && data && data.rows > 0) select(2, 1);
});
let pending: number | null = null;
byId('grid').addEventListener('scroll', () => {
  if (!pending)
    pending = requestAnimationFrame(() => {
      pending = null;
      draw();
    });
});
async function loadCharts(): Promise<void> {
  const charts: ChartData[] = await (await fetch(`/api/charts?name=${encodeURIComponent(current)}`)).json();
  drawn.forEach((c) => c.destroy());
  drawn = [];
  const box = byId('charts');
  box.replaceChildren();
  // A tab that opens with label/value pairs (the Summary's "at a glance" rows) shows them as
  // tiles before its charts, as a manager reads them first.
  if (charts.length > 0 && data?.values) {
    const values = data.values;
    const tiles = el('div');
    tiles.id = 'tiles';
    tiles.setAttribute('role', 'list');
    // The figures start at the first row with a label and a value, under their heading; each
    // tile shows the figure read beside it ("· last week 14") under it.
    let i = values.findIndex((r) => r[0] && r[1]);
    tiles.setAttribute('aria-label', (values[i - 1] || [])[0] || '');
    for (; i >= 0 && i < values.length && values[i][0] && values[i][1]; i++) {
      const tile = el('div', '', 'tile');
      tile.setAttribute('role', 'listitem');
      tile.append(el('span', values[i][0]), el('strong', values[i][1]));
      if (values[i][2]) tile.append(el('small', values[i][2]));
      tiles.append(tile);
    }
    if (tiles.children.length > 0) box.append(tiles);
  }
  charts.forEach((c) => {
    const fig = el('figure');
    const canvas = el('canvas');
    canvas.setAttribute('aria-label', c.title);
    fig.append(canvas);
    box.append(fig);
    drawn.push(new Chart(canvas, chartConfig(c)));
  });
}

// ---- selecting and editing, through the same path as a person's edit in Sheets
// Selecting on mousedown, as Sheets does: a redraw between press and release cannot lose it.
byId('table').addEventListener('mousedown', (e) => {
  const td = (e.target as Element).closest<HTMLElement>('td[role=gridcell], td[role=rowheader]');
  if (!td || editing || e.button !== 0) return;
  select(Number(td.dataset.row), Number(td.dataset.col || 1));
});
byId('table').addEventListener('dblclick', (e) => {
  const td = (e.target as Element).closest<HTMLElement>('td[role=gridcell]');
  if (td) startEdit(td);
});
// Selecting marks the cell in place (no redraw, so a double-click lands on the same cell).
async function select(row: number, col: number): Promise<void> {
  sel = { row, col };
  document.querySelectorAll('#grid-table [aria-selected=true]').forEach((x) => x.removeAttribute('aria-selected'));
  document.querySelectorAll('#grid-table tr.selected').forEach((x) => {
    x.className = '';
  });
  const td = cellAt(row, col);
  if (td) {
    td.setAttribute('aria-selected', 'true');
    (td.parentNode as HTMLElement).className = 'selected';
    td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  // Keys go to the grid (not a sidebar field that took the focus meanwhile).
  byId('grid').focus({ preventScroll: true });
  selecting = post('/api/select', { sheet: current, row, col });
  await selecting;
}
function inField(e: Event): boolean {
  const target = e.target as Partial<Element> | null;
  // Keys on a button (Extensions, a tab, a dialog's OK) are that button's, not the grid's.
  return !!target?.closest?.('input,select,textarea,iframe,button,a,[role=menu]');
}
function cellAt(row: number, col: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`td[data-row="${row}"][data-col="${col}"]`);
}
function startEdit(cell: HTMLElement): void {
  const row = Number(cell.dataset.row);
  const col = Number(cell.dataset.col);
  const d = rowData(row - 2);
  const kind = d?.kinds[col - 1];
  if (kind === 'checkbox') return;
  select(row, col);
  const td = cellAt(row, col)!;
  editing = td;
  let input: HTMLElement & { value: string };
  if (kind?.list) {
    const list = el('select');
    list.append(el('option', ''));
    kind.list.forEach((v) => {
      const o = el('option', v);
      o.value = v;
      list.append(o);
    });
    list.value = td.title;
    input = list;
  } else {
    input = el('input');
    input.value = td.title;
  }
  input.setAttribute('aria-label', `${data!.header[col - 1]} ${row}`);
  td.replaceChildren(input);
  input.focus();
  let done = false;
  const commit = (save: boolean) => {
    if (done) return;
    done = true;
    editing = null;
    if (save && input.value !== td.title) edit(row, col, [[input.value]], 'typed');
    else draw();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') commit(true);
    if (e.key === 'Escape') commit(false);
  });
  input.addEventListener('change', () => {
    if (input.tagName === 'SELECT') commit(true);
  });
  input.addEventListener('blur', () => {
    commit(true);
  });
}
document.addEventListener('keydown', (e) => {
  if (!sel || editing || inField(e)) return;
  if (e.key === 'Enter' || e.key === 'F2') {
    const td = cellAt(sel.row, sel.col);
    if (td) {
      e.preventDefault();
      startEdit(td);
    }
  } else if (e.key === 'Delete' || e.key === 'Backspace') {
    e.preventDefault();
    edit(sel.row, sel.col, [['']], 'typed');
  } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd' && sel.row > 2) {
    // Fill down: the cell above, filled into the selected one.
    e.preventDefault();
    const above = rowData(sel.row - 3);
    if (above) edit(sel.row, sel.col, [[above.values[sel.col - 1]]], 'fill');
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    e.preventDefault();
    const r = sel.row + Number(e.key === 'ArrowDown') - Number(e.key === 'ArrowUp');
    const c = sel.col + Number(e.key === 'ArrowRight') - Number(e.key === 'ArrowLeft');
    if (r >= 2 && c >= 1 && c <= data!.header.length) select(r, c);
  }
});
// Pasting a block (tab-separated text, as Sheets and Excel copy it) at the selected cell.
document.addEventListener('paste', (e) => {
  if (!sel || editing || inField(e)) return;
  const text = (e.clipboardData || (window as unknown as { clipboardData: DataTransfer }).clipboardData).getData(
    'text',
  );
  if (!text) return;
  e.preventDefault();
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.split('\t'));
  const w = Math.max(...lines.map((r) => r.length));
  const rows = lines.map((r) => {
    while (r.length < w) r.push('');
    return r;
  });
  edit(sel.row, sel.col, rows, 'paste');
});
async function edit(row: number, col: number, values: unknown[][], how: 'typed' | 'paste' | 'fill'): Promise<void> {
  await selecting;
  const r = await post('/api/edit', { sheet: current, row, col, values, how });
  show(r);
  await refresh(true);
}

// ---- staying current: a change from another tab or the CLI shows up without a reload
let movedSeen = -1;
async function refresh(force: boolean): Promise<void> {
  const v: { version: number; selection: Moved | null } = await (await fetch('/api/version')).json();
  await followSelection(v.selection);
  if (!force && v.version === version) return;
  version = v.version;
  cache = {};
  const grid = byId('grid');
  const w = Math.floor(Math.max(0, grid.scrollTop / ROW_H - 10) / WINDOW) * WINDOW;
  await loadWindow(w, true);
  const side = byId('sidebar') as HTMLIFrameElement;
  try {
    side.contentWindow!.postMessage({ type: 'lembar:refresh' }, '*');
  } catch {
    /* the sidebar is not loaded yet */
  }
}
/** The selection as the server holds it; `moved` counts the times a script moved it. */
interface Moved {
  sheet: string;
  row: number;
  col: number;
  moved: number;
}
/** A lead opened in the sidebar (Range.activate on the server): the grid shows its row, selected. */
async function followSelection(s: Moved | null): Promise<void> {
  if (!s) return;
  const first = movedSeen < 0;
  if (s.moved <= movedSeen) return;
  movedSeen = s.moved;
  if (first && s.moved === 0) return;
  if (s.sheet !== current) {
    current = s.sheet;
    cache = {};
    data = null;
    await loadTabs();
  }
  sel = { row: s.row, col: s.col };
  const grid = byId('grid');
  const top = (s.row - 2) * ROW_H;
  if (top < grid.scrollTop || top > grid.scrollTop + grid.clientHeight - 3 * ROW_H)
    grid.scrollTop = Math.max(0, top - grid.clientHeight / 3);
  draw();
}
setInterval(() => {
  if (!editing && document.visibilityState === 'visible') refresh(false);
}, 2000);
window.addEventListener('message', (ev) => {
  // The sidebar following the grid asks for the selection every second or two: that changes nothing.
  if (ev.data && ev.data.type === 'lembar:ran' && ev.data.fn !== 'getActiveLead') refresh(true);
  // google.script.host.close() in a dialog closes it, as in Sheets.
  if (ev.data && ev.data.type === 'lembar:close') {
    const open = document.querySelectorAll('.modal');
    if (open.length) open[open.length - 1].remove();
    refresh(true);
  }
});

// ---- first visit, and phone-sized screens
if (!localStorage.getItem('lembar.banner')) byId('banner').hidden = false;
byId('banner-ok').onclick = () => {
  localStorage.setItem('lembar.banner', '1');
  byId('banner').hidden = true;
};
document.querySelectorAll<HTMLElement>('#views button').forEach((b) => {
  b.onclick = () => {
    document.body.dataset.view = b.dataset.v;
    document.querySelectorAll('#views button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
  };
});
loadMenu();
loadTabs();

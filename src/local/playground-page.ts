// The playground page: the add-on menu (from onOpen), an editable grid of the workbook's tabs
// whose edits go through the same path as a person's edit in Sheets, and the real sidebar.
export const PAGE_HTML = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lembar CRM · playground</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px Arial, sans-serif; display: flex; height: 100vh; color: #202124; }
  #sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  header { padding: 4px 10px; background: #188038; color: #fff; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
  header small { opacity: .9; margin-left: auto; }
  [role=menubar] { display: flex; gap: 4px; position: relative; }
  [role=menubar] > button, #views button { background: none; border: 1px solid transparent; color: #fff; font: inherit; padding: 4px 8px; cursor: pointer; border-radius: 4px; }
  [role=menubar] > button[aria-expanded=true], [role=menubar] > button:hover { border-color: #fff8; }
  [role=menu] { position: absolute; top: 100%; left: 0; background: #fff; color: #202124; box-shadow: 0 2px 8px #0004; border-radius: 4px; padding: 4px 0; z-index: 20; min-width: 260px; }
  [role=menu][hidden] { display: none; }
  [role=menuitem] { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 7px 14px; font: inherit; cursor: pointer; }
  [role=menuitem]:hover, [role=menuitem]:focus { background: #e8f0fe; outline: none; }
  #banner { background: #e6f4ea; border-bottom: 1px solid #ceead6; padding: 8px 10px; display: flex; gap: 10px; align-items: flex-start; }
  #banner p { margin: 0; flex: 1; line-height: 1.4; }
  #banner[hidden] { display: none; }
  #grid { flex: 1; overflow: auto; position: relative; outline: none; }
  table { border-collapse: separate; border-spacing: 0; font-size: 12px; }
  table { table-layout: fixed; }
  th, td { border-right: 1px solid #e0e0e0; border-bottom: 1px solid #e0e0e0; padding: 0 6px; height: 24px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; background: #fff; }
  td.note { background-image: linear-gradient(225deg, #f29900 5px, transparent 5px); }
  thead th { position: sticky; top: 0; background: #f1f3f4; z-index: 3; }
  .rownum { background: #f8f9fa; color: #5f6368; text-align: right; position: sticky; left: 0; z-index: 2; padding: 0 4px; }
  thead .rownum { z-index: 4; }
  .frozen { position: sticky; z-index: 2; }
  thead .frozen { z-index: 4; }
  td[aria-selected=true] { outline: 2px solid #1a73e8; outline-offset: -2px; }
  tr.selected td:not(.rownum) { background: #e8f0fe; }
  td input, td select { width: 100%; font: inherit; border: 0; padding: 0; height: 22px; }
  td.list::after { content: ' ▾'; color: #9aa0a6; }
  #tabs { display: flex; gap: 2px; border-top: 1px solid #dadce0; background: #f1f3f4; padding: 0 6px; overflow-x: auto; }
  #tabs button { border: 0; background: none; padding: 7px 12px; cursor: pointer; font: inherit; white-space: nowrap; }
  #tabs button[aria-selected="true"] { background: #fff; color: #188038; font-weight: bold; }
  aside { width: 300px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  aside h2 { margin: 0; padding: 8px 10px; font-size: 14px; border-bottom: 1px solid #dadce0; }
  aside iframe { border: 0; flex: 1; width: 300px; }
  #charts { display: flex; flex-wrap: wrap; gap: 12px; padding: 10px; border-bottom: 1px solid #dadce0; }
  #tiles { display: flex; flex-wrap: wrap; gap: 8px; width: 100%; }
  .tile { border: 1px solid #dadce0; border-radius: 6px; padding: 6px 10px; min-width: 150px; display: flex; flex-direction: column; }
  .tile span { color: #5f6368; font-size: 11px; }
  .tile strong { font-size: 18px; color: #188038; }
  #charts:empty { display: none; }
  #charts figure { margin: 0; width: 360px; height: 240px; }
  #toasts { position: fixed; right: 316px; bottom: 40px; display: flex; flex-direction: column; gap: 6px; z-index: 30; max-width: 380px; }
  .toast { background: #323232; color: #fff; padding: 10px 12px; border-radius: 4px; white-space: pre-line; box-shadow: 0 2px 6px #0005; }
  .toast strong { display: block; margin-bottom: 2px; }
  .modal { position: fixed; inset: 0; background: #0006; display: flex; align-items: center; justify-content: center; z-index: 40; }
  .modal > div { background: #fff; border-radius: 8px; padding: 16px; max-width: min(92vw, 900px); width: 100%; max-height: 90vh; display: flex; flex-direction: column; gap: 10px; }
  .modal h2 { margin: 0; font-size: 16px; }
  .modal iframe { border: 1px solid #dadce0; width: 100%; height: 60vh; }
  .modal p { white-space: pre-line; margin: 0; }
  .modal button { align-self: flex-end; padding: 6px 16px; font: inherit; }
  #views { display: none; }
  @media (max-width: 700px) {
    body { flex-direction: column; }
    #views { display: flex; gap: 4px; }
    aside { width: 100%; flex: 1; border-left: 0; }
    aside iframe { width: 100%; }
    /* The header (menu, the two views) stays in both views. */
    body[data-view=sheet] aside, body[data-view=sidebar] #sheet > :not(header) { display: none; }
    body[data-view=sidebar] #sheet { flex: 0 0 auto; }
    #toasts { right: 8px; left: 8px; }
  }
</style>
</head>
<body data-view="sheet">
<div id="sheet">
  <header>
    <div role="menubar" aria-label="Menu">
      <button id="ext" aria-haspopup="true" aria-expanded="false">Extensions</button>
      <div role="menu" id="menu" aria-label="Lembar CRM" hidden></div>
    </div>
    <nav id="views" aria-label="View"><button data-v="sheet" aria-pressed="true">Sheet</button><button data-v="sidebar" aria-pressed="false">Sidebar</button></nav>
    <small id="info"></small>
  </header>
  <div id="banner" role="note" hidden>
    <p><strong>Lembar CRM playground.</strong> This is the real add-on running on a local workbook (no Google account). Click a row to select a lead, then use the sidebar; double-click a cell to edit it as in Sheets (Status changes follow the pipeline rules); the add-on menu is under Extensions.</p>
    <button id="banner-ok">Got it</button>
  </div>
  <div id="grid" tabindex="-1"><div id="charts"></div><div id="table"></div></div>
  <nav id="tabs" role="tablist" aria-label="Tabs"></nav>
</div>
<aside><h2>Lembar CRM</h2><iframe id="sidebar" title="Lembar CRM sidebar" src="/sidebar"></iframe></aside>
<div id="toasts" role="status" aria-live="polite"></div>
<script src="/vendor/chart.umd.min.js"></script>
<script>
  var ROW_H = 24, WINDOW = 200;
  // A menu item or an edit waits for the selection made just before it (getActiveRange).
  var selecting = Promise.resolve();
  var current = 'Leads', data = null, cache = {}, sel = null, version = -1, drawn = [], loading = 0, editing = null;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function post(url, body) { return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(function (r) { return r.json(); }); }

  // ---- what a call showed: toasts, alerts, dialogs (as Sheets shows them)
  function toast(t) {
    var d = el('div', '', 'toast'); if (t.title) d.append(el('strong', t.title)); d.append(document.createTextNode(t.message));
    document.getElementById('toasts').append(d); setTimeout(function () { d.remove(); }, 8000);
  }
  function modal(title, bodyNode, role, size) {
    var m = el('div', '', 'modal'), box = el('div'); box.setAttribute('role', role); box.setAttribute('aria-modal', 'true'); box.setAttribute('aria-label', title);
    // The size the script asked for (setWidth/setHeight), within the window.
    if (size && size.width) { box.style.maxWidth = 'min(96vw, ' + (size.width + 32) + 'px)'; }
    if (size && size.height && bodyNode.tagName === 'IFRAME') { bodyNode.style.height = 'min(78vh, ' + size.height + 'px)'; }
    var ok = el('button', 'OK'); ok.onclick = function () { m.remove(); refresh(true); };
    box.append(el('h2', title), bodyNode, ok); m.append(box); document.body.append(m); ok.focus();
  }
  function show(r) {
    var ui = (r && r.ui) || {};
    (ui.toasts || []).forEach(toast);
    (ui.alerts || []).forEach(function (a) { modal('Lembar CRM', el('p', a), 'alertdialog'); });
    (ui.dialogs || []).forEach(function (d) {
      var f = el('iframe'); f.title = d.title; f.srcdoc = d.html.replace('<head>', '<head><script src="/shim.js"><' + '/script>'); modal(d.title, f, 'dialog', { width: d.width, height: d.height });
    });
    if (r && r.ok === false && r.error) toast({ title: 'Lembar CRM', message: r.error });
  }

  // ---- the add-on menu, from onOpen
  async function loadMenu() {
    var m = await (await fetch('/api/menu')).json(), menu = document.getElementById('menu');
    menu.replaceChildren(el('div', m.title, ''));
    menu.firstChild.style.cssText = 'padding:4px 14px;color:#5f6368;font-size:11px';
    m.items.forEach(function (it) {
      var b = el('button', it.caption); b.setAttribute('role', 'menuitem');
      b.onclick = async function () {
        closeMenu();
        await selecting;
        var r = await post('/api/run', { fn: it.fn, args: [] });
        show(r); refresh(true);
        if (it.fn === 'showSidebar') document.body.dataset.view = 'sidebar';
      };
      menu.append(b);
    });
  }
  var ext = document.getElementById('ext');
  function closeMenu() { document.getElementById('menu').hidden = true; ext.setAttribute('aria-expanded', 'false'); }
  ext.onclick = function () { var m = document.getElementById('menu'); m.hidden = !m.hidden; ext.setAttribute('aria-expanded', String(!m.hidden)); if (!m.hidden) m.querySelector('[role=menuitem]').focus(); };
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeMenu(); });

  // ---- tabs and the grid (only the rows in view are drawn)
  async function loadTabs() {
    var tabs = await (await fetch('/api/sheets')).json(), nav = document.getElementById('tabs');
    nav.replaceChildren();
    tabs.filter(function (t) { return !t.hidden; }).forEach(function (t) {
      var b = el('button', t.name); b.setAttribute('role', 'tab'); b.setAttribute('aria-selected', String(t.name === current));
      b.onclick = function () { if (current !== t.name) { current = t.name; sel = null; cache = {}; data = null; document.getElementById('grid').scrollTop = 0; loadTabs(); } };
      nav.append(b);
    });
    await loadWindow(0, true);
  }
  async function loadWindow(offset, redraw) {
    var mine = ++loading;
    var r = await (await fetch('/api/sheet?name=' + encodeURIComponent(current) + '&offset=' + offset + '&limit=' + WINDOW)).json();
    // An answer for a tab left meanwhile is dropped (its rows must never show under another tab's name).
    if (r.name !== current || (mine !== loading && !redraw)) return;
    data = r; cache[offset] = r; version = Math.max(version, r.version);
    document.getElementById('info').textContent = r.file + ' · ' + current + ' · ' + r.rows + ' rows';
    draw();
    if (redraw) loadCharts();
  }
  function rowData(i) {
    var w = Math.floor(i / WINDOW) * WINDOW, c = cache[w]; if (!c) return null;
    var notes = {}; (c.notes || []).forEach(function (n) { if (n[0] === i - w) notes[n[1]] = n[2]; });
    return { values: c.values[i - w], kinds: c.kinds[i - w], notes: notes };
  }
  var FROZEN = { Leads: ['Lead ID', 'Name'] };
  // Widths (px) that show Name, Status, Owner, Deal Value and Next Follow-up beside the sidebar
  // on a 1366 px screen; a cut-off value shows whole on hover.
  var WIDTHS = { 'Lead ID': 66, 'Created At': 64, Name: 110, Company: 72, Phone: 88, Email: 72, Source: 52, Needs: 56, Status: 112, Owner: 84, 'Deal Value': 80, 'Expected Close': 72, 'Next Follow-up': 80,
    'Follow-ups': 48, Timestamp: 120, Summary: 220, Type: 110, Setting: 200, Value: 180, Description: 320, Problem: 200, Group: 56, Reason: 200, Merge: 56, Check: 80, Metric: 220 };
  function widthOf(h) { return WIDTHS[h] || 110; }
  function draw() {
    if (!data) return;
    var grid = document.getElementById('grid'), header = data.header;
    var top = Math.max(0, Math.floor((grid.scrollTop - 40) / ROW_H) - 10), count = Math.ceil(grid.clientHeight / ROW_H) + 30;
    var end = Math.min(data.rows, top + count), missing = false;
    var table = el('table'); table.id = 'grid-table'; table.dataset.tab = data.name; table.setAttribute('role', 'grid'); table.setAttribute('aria-label', data.name); table.setAttribute('aria-rowcount', String(data.rows + 1));
    var thead = el('thead'), tbody = el('tbody'), head = el('tr'); head.setAttribute('role', 'row'); head.setAttribute('aria-rowindex', '1');
    head.append(el('th', '', 'rownum'));
    var frozen = (FROZEN[current] || []).map(function (h) { return header.indexOf(h); }).filter(function (i) { return i >= 0; });
    header.forEach(function (h, c) { var th = el('th', h); th.title = h; th.setAttribute('role', 'columnheader'); if (frozen.indexOf(c) >= 0) th.className = 'frozen'; head.append(th); });
    thead.append(head);
    var cols = el('colgroup'), total = 34; cols.append(el('col')); cols.lastChild.style.width = '34px';
    header.forEach(function (h) { var cl = el('col'); cl.style.width = widthOf(h) + 'px'; total += widthOf(h); cols.append(cl); });
    table.style.width = total + 'px'; table.append(cols);
    if (top > 0) { var sp = el('tr'); sp.style.height = (top * ROW_H) + 'px'; tbody.append(sp); }
    for (var i = top; i < end; i++) {
      var d = rowData(i); if (!d) { missing = true; continue; }
      var tr = el('tr'), row = i + 2; tr.dataset.row = String(row); tr.setAttribute('role', 'row'); tr.setAttribute('aria-rowindex', String(row));
      if (sel && sel.row === row) tr.className = 'selected';
      var num = el('td', String(row), 'rownum'); num.setAttribute('role', 'rowheader'); num.dataset.row = String(row); tr.append(num);
      d.values.forEach(function (v, c) {
        var kind = d.kinds[c], td = el('td');
        td.setAttribute('role', 'gridcell'); td.dataset.row = String(row); td.dataset.col = String(c + 1); td.title = v;
        if (frozen.indexOf(c) >= 0) td.className = 'frozen';
        if (kind === 'checkbox') {
          var box = el('input'); box.type = 'checkbox'; box.checked = v === 'TRUE'; box.setAttribute('aria-label', header[c] + ' ' + row);
          box.onchange = function (r, c2, b) { return function () { edit(r, c2, [[b.checked]], 'typed'); }; }(row, c + 1, box);
          td.append(box);
        } else { td.textContent = v; if (kind && kind.list) td.classList.add('list'); }
        if (sel && sel.row === row && sel.col === c + 1) td.setAttribute('aria-selected', 'true');
        var note = d.notes && d.notes[c];
        if (note) { td.classList.add('note'); td.title = note; td.setAttribute('aria-description', 'Note: ' + note); }
        tr.append(td);
      });
      tbody.append(tr);
    }
    if (end < data.rows) { var sp2 = el('tr'); sp2.style.height = ((data.rows - end) * ROW_H) + 'px'; tbody.append(sp2); }
    table.append(thead, tbody);
    document.getElementById('table').replaceChildren(table);
    // Sticky frozen columns: each starts where the previous ends.
    var left = table.querySelector('thead .rownum').offsetWidth;
    frozen.forEach(function (c) { table.querySelectorAll('tr > :nth-child(' + (c + 2) + ')').forEach(function (x) { x.style.left = left + 'px'; }); left += table.querySelector('thead th:nth-child(' + (c + 2) + ')').offsetWidth; });
    if (missing) { var w = Math.floor(top / WINDOW) * WINDOW; if (!cache[w]) loadWindow(w); else if (!cache[w + WINDOW] && w + WINDOW < data.rows) loadWindow(w + WINDOW); }
  }
  var pending = null;
  document.getElementById('grid').addEventListener('scroll', function () { if (!pending) pending = requestAnimationFrame(function () { pending = null; draw(); }); });
  // The value axis as the Sheets chart formats it: whole numbers, percent, or Rp in millions (jt).
  function valueAxis(c) {
    var ticks = { precision: 0 };
    if (c.axis === 'percent') ticks.callback = function (v) { return Math.round(v * 100) + '%'; };
    if (c.axis === 'idr') ticks.callback = function (v) { return 'Rp ' + (v / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 }) + ' jt'; };
    var axis = { beginAtZero: true, ticks: ticks };
    return c.type === 'BAR' ? { x: axis } : { y: axis };
  }
  async function loadCharts() {
    var charts = await (await fetch('/api/charts?name=' + encodeURIComponent(current))).json();
    drawn.forEach(function (c) { c.destroy(); }); drawn = [];
    var box = document.getElementById('charts'); box.replaceChildren();
    // A tab that opens with label/value pairs (the Summary's "at a glance" rows) shows them as
    // tiles before its charts, as a manager reads them first.
    if (charts.length > 0 && data && data.values) {
      var tiles = el('div'); tiles.id = 'tiles'; tiles.setAttribute('role', 'list'); tiles.setAttribute('aria-label', (data.values[1] || [])[0] || '');
      for (var i = 2; i < data.values.length && data.values[i][0]; i++) {
        for (var j = 0; j + 1 < data.values[i].length && data.values[i][j]; j += 2) {
          var tile = el('div', '', 'tile'); tile.setAttribute('role', 'listitem'); tile.append(el('span', data.values[i][j]), el('strong', data.values[i][j + 1])); tiles.append(tile);
        }
      }
      if (tiles.children.length > 0) box.append(tiles);
    }
    charts.forEach(function (c) {
      var fig = el('figure'), canvas = el('canvas'); canvas.setAttribute('aria-label', c.title); fig.append(canvas); box.append(fig);
      drawn.push(new Chart(canvas, {
        type: c.type === 'LINE' ? 'line' : c.type === 'PIE' ? 'pie' : 'bar',
        data: { labels: c.labels, datasets: c.series.map(function (s) { return { label: s.label, data: s.data, backgroundColor: '#34a853' }; }) },
        options: { animation: false, responsive: true, maintainAspectRatio: false, indexAxis: c.type === 'BAR' ? 'y' : 'x', plugins: { title: { display: true, text: c.title }, legend: { display: false } },
          scales: valueAxis(c) }
      }));
    });
  }

  // ---- selecting and editing, through the same path as a person's edit in Sheets
  // Selecting on mousedown, as Sheets does: a redraw between press and release cannot lose it.
  document.getElementById('table').addEventListener('mousedown', function (e) {
    var td = e.target.closest('td[role=gridcell], td[role=rowheader]'); if (!td || editing || e.button !== 0) return;
    select(Number(td.dataset.row), Number(td.dataset.col || 1));
  });
  document.getElementById('table').addEventListener('dblclick', function (e) { var td = e.target.closest('td[role=gridcell]'); if (td) startEdit(td); });
  // Selecting marks the cell in place (no redraw, so a double-click lands on the same cell).
  async function select(row, col) {
    sel = { row: row, col: col };
    document.querySelectorAll('#grid-table [aria-selected=true]').forEach(function (x) { x.removeAttribute('aria-selected'); });
    document.querySelectorAll('#grid-table tr.selected').forEach(function (x) { x.className = ''; });
    var td = cellAt(row, col); if (td) { td.setAttribute('aria-selected', 'true'); td.parentNode.className = 'selected'; }
    // Keys go to the grid (not a sidebar field that took the focus meanwhile).
    document.getElementById('grid').focus({ preventScroll: true });
    selecting = post('/api/select', { sheet: current, row: row, col: col });
    await selecting;
  }
  function inField(e) { return e.target && e.target.closest && e.target.closest('input,select,textarea,iframe,[role=menu]'); }
  function cellAt(row, col) { return document.querySelector('td[data-row="' + row + '"][data-col="' + col + '"]'); }
  function startEdit(td) {
    var row = Number(td.dataset.row), col = Number(td.dataset.col), d = rowData(row - 2), kind = d && d.kinds[col - 1];
    if (kind === 'checkbox') return;
    select(row, col);
    td = cellAt(row, col); editing = td;
    var input;
    if (kind && kind.list) { input = el('select'); input.append(el('option', '')); kind.list.forEach(function (v) { var o = el('option', v); o.value = v; input.append(o); }); input.value = td.title; }
    else { input = el('input'); input.value = td.title; }
    input.setAttribute('aria-label', data.header[col - 1] + ' ' + row);
    td.replaceChildren(input); input.focus();
    var done = false;
    function commit(save) {
      if (done) return; done = true; editing = null;
      if (save && input.value !== td.title) edit(row, col, [[input.value]], 'typed'); else draw();
    }
    input.addEventListener('keydown', function (e) { if (e.key === 'Enter') commit(true); if (e.key === 'Escape') commit(false); });
    input.addEventListener('change', function () { if (input.tagName === 'SELECT') commit(true); });
    input.addEventListener('blur', function () { commit(true); });
  }
  document.addEventListener('keydown', function (e) {
    if (!sel || editing || inField(e)) return;
    if (e.key === 'Enter' || e.key === 'F2') { var td = cellAt(sel.row, sel.col); if (td) { e.preventDefault(); startEdit(td); } }
    else if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); edit(sel.row, sel.col, [['']], 'typed'); }
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd' && sel.row > 2) {
      // Fill down: the cell above, filled into the selected one.
      e.preventDefault(); var above = rowData(sel.row - 3); if (above) edit(sel.row, sel.col, [[above.values[sel.col - 1]]], 'fill');
    }
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      var r = sel.row + (e.key === 'ArrowDown') - (e.key === 'ArrowUp'), c = sel.col + (e.key === 'ArrowRight') - (e.key === 'ArrowLeft');
      if (r >= 2 && c >= 1 && c <= data.header.length) select(r, c);
    }
  });
  // Pasting a block (tab-separated text, as Sheets and Excel copy it) at the selected cell.
  document.addEventListener('paste', function (e) {
    if (!sel || editing || inField(e)) return;
    var text = (e.clipboardData || window.clipboardData).getData('text'); if (!text) return;
    e.preventDefault();
    var rows = text.replace(/\\r\\n?/g, '\\n').replace(/\\n$/, '').split('\\n').map(function (l) { return l.split('\\t'); });
    var w = Math.max.apply(null, rows.map(function (r) { return r.length; }));
    rows = rows.map(function (r) { while (r.length < w) r.push(''); return r; });
    edit(sel.row, sel.col, rows, 'paste');
  });
  async function edit(row, col, values, how) {
    await selecting;
    var r = await post('/api/edit', { sheet: current, row: row, col: col, values: values, how: how });
    show(r); await refresh(true);
  }

  // ---- staying current: a change from another tab or the CLI shows up without a reload
  async function refresh(force) {
    var v = await (await fetch('/api/version')).json();
    if (!force && v.version === version) return;
    version = v.version; cache = {};
    var grid = document.getElementById('grid'), w = Math.floor(Math.max(0, grid.scrollTop / ROW_H - 10) / WINDOW) * WINDOW;
    await loadWindow(w, true);
    var side = document.getElementById('sidebar'); try { side.contentWindow.postMessage({ type: 'lembar:refresh' }, '*'); } catch (e) {}
  }
  setInterval(function () { if (!editing && document.visibilityState === 'visible') refresh(false); }, 2000);
  window.addEventListener('message', function (ev) {
    if (ev.data && ev.data.type === 'lembar:ran') refresh(true);
    // google.script.host.close() in a dialog closes it, as in Sheets.
    if (ev.data && ev.data.type === 'lembar:close') { var open = document.querySelectorAll('.modal'); if (open.length) open[open.length - 1].remove(); refresh(true); }
  });

  // ---- first visit, and phone-sized screens
  if (!localStorage.getItem('lembar.banner')) document.getElementById('banner').hidden = false;
  document.getElementById('banner-ok').onclick = function () { localStorage.setItem('lembar.banner', '1'); document.getElementById('banner').hidden = true; };
  document.querySelectorAll('#views button').forEach(function (b) { b.onclick = function () { document.body.dataset.view = b.dataset.v; document.querySelectorAll('#views button').forEach(function (x) { x.setAttribute('aria-pressed', String(x === b)); }); }; });
  loadMenu(); loadTabs();
</script>
</body>
</html>`;

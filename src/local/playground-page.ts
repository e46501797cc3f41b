// The playground page: a read-only grid of the workbook's tabs beside the real sidebar.
export const PAGE_HTML = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Lembar CRM · playground</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px Arial, sans-serif; display: flex; height: 100vh; color: #202124; }
  #sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  header { padding: 6px 10px; background: #188038; color: #fff; display: flex; justify-content: space-between; align-items: center; }
  header small { opacity: .85; }
  #grid { flex: 1; overflow: auto; }
  table { border-collapse: collapse; font-size: 12px; }
  th, td { border: 1px solid #e0e0e0; padding: 3px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
  thead th { position: sticky; top: 0; background: #f1f3f4; z-index: 1; }
  td.rownum, th.rownum { background: #f8f9fa; color: #5f6368; text-align: right; position: sticky; left: 0; }
  tr.selected td { background: #e8f0fe; }
  tbody tr { cursor: pointer; }
  #tabs { display: flex; gap: 2px; border-top: 1px solid #dadce0; background: #f1f3f4; padding: 0 6px; overflow-x: auto; }
  #tabs button { border: 0; background: none; padding: 7px 12px; cursor: pointer; font: inherit; }
  #tabs button[aria-selected="true"] { background: #fff; color: #188038; font-weight: bold; }
  aside { width: 300px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  aside h2 { margin: 0; padding: 8px 10px; font-size: 14px; border-bottom: 1px solid #dadce0; }
  iframe { border: 0; flex: 1; width: 300px; }
  #charts { display: flex; flex-wrap: wrap; gap: 12px; padding: 10px; border-bottom: 1px solid #dadce0; }
  #charts:empty { display: none; }
  #charts figure { margin: 0; width: 360px; height: 240px; }
</style>
</head>
<body>
<div id="sheet">
  <header><strong id="title">Lembar CRM</strong><small id="info"></small></header>
  <div id="grid" role="region" aria-label="sheet"><div id="charts"></div><div id="table"></div></div>
  <nav id="tabs" role="tablist"></nav>
</div>
<aside><h2>Lembar CRM</h2><iframe id="sidebar" title="Lembar CRM sidebar" src="/sidebar"></iframe></aside>
<script src="/vendor/chart.umd.min.js"></script>
<script>
  var current = 'Leads', selectedRow = null, drawn = [];
  // The Sheets chart types, drawn with Chart.js from the same description.
  async function loadCharts(mine) {
    var charts = await (await fetch('/api/charts?name=' + encodeURIComponent(current))).json();
    if (mine !== loading) return;
    drawn.forEach(function (c) { c.destroy(); }); drawn = [];
    var box = document.getElementById('charts'); box.replaceChildren();
    charts.forEach(function (c) {
      var fig = el('figure'); var canvas = el('canvas'); canvas.setAttribute('aria-label', c.title); fig.append(canvas); box.append(fig);
      drawn.push(new Chart(canvas, {
        type: c.type === 'LINE' ? 'line' : c.type === 'PIE' ? 'pie' : 'bar',
        data: { labels: c.labels, datasets: c.series.map(function (s) { return { label: s.label, data: s.data, backgroundColor: '#34a853' }; }) },
        options: { animation: false, responsive: true, maintainAspectRatio: false, indexAxis: c.type === 'BAR' ? 'y' : 'x', plugins: { title: { display: true, text: c.title }, legend: { display: false } } }
      }));
    });
  }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  async function loadTabs() {
    var tabs = await (await fetch('/api/sheets')).json();
    var nav = document.getElementById('tabs'); nav.replaceChildren();
    tabs.filter(function (t) { return !t.hidden; }).forEach(function (t) {
      var b = el('button', t.name); b.setAttribute('role', 'tab'); b.setAttribute('aria-selected', String(t.name === current)); b.dataset.tab = t.name;
      b.onclick = function () { current = t.name; selectedRow = null; loadTabs(); };
      nav.append(b);
    });
    await loadGrid();
  }
  var loading = 0;
  async function loadGrid() {
    // Only the newest load draws: a slower earlier answer must not replace it.
    var mine = ++loading;
    var r = await (await fetch('/api/sheet?name=' + encodeURIComponent(current))).json();
    if (mine !== loading) return;
    document.getElementById('info').textContent = r.file + ' · ' + current + ' · ' + r.rows + ' rows';
    var table = el('table'); table.id = 'grid-table'; table.dataset.tab = current;
    var thead = el('thead'), tbody = el('tbody');
    var head = el('tr'); head.append(el('th', '', 'rownum'));
    (r.values[0] || []).forEach(function (h) { head.append(el('th', h)); });
    thead.append(head);
    r.values.slice(1).forEach(function (row, i) {
      var tr = el('tr'); tr.dataset.row = String(i + 2);
      if (selectedRow === i + 2) tr.className = 'selected';
      tr.append(el('td', String(i + 2), 'rownum'));
      row.forEach(function (v) { var td = el('td', v); td.title = v; tr.append(td); });
      tr.onclick = async function () {
        selectedRow = i + 2;
        await fetch('/api/select', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sheet: current, row: selectedRow }) });
        document.querySelectorAll('tr.selected').forEach(function (x) { x.className = ''; });
        tr.className = 'selected';
      };
      tbody.append(tr);
    });
    table.append(thead, tbody);
    document.getElementById('table').replaceChildren(table);
    await loadCharts(mine);
  }
  window.addEventListener('message', function (ev) { if (ev.data && ev.data.type === 'lembar:ran') loadTabs(); });
  loadTabs();
</script>
</body>
</html>`;

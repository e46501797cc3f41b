// The empty row under a tab's data: Sheets always shows empty rows there, and typing in one adds
// a row (the server grows the grid when the data filled it). Its cells carry the same data
// attributes as a data row's, so selecting, double-clicking and pasting work on it alike.
export function emptyRow(row: number, width: number, selectedCol: number | null): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.className = 'empty';
  tr.dataset.row = String(row);
  tr.setAttribute('role', 'row');
  tr.setAttribute('aria-rowindex', String(row));
  const num = document.createElement('td');
  num.textContent = String(row);
  num.className = 'rownum';
  num.setAttribute('role', 'rowheader');
  num.dataset.row = String(row);
  tr.append(num);
  for (let c = 1; c <= width; c++) {
    const td = document.createElement('td');
    td.setAttribute('role', 'gridcell');
    td.dataset.row = String(row);
    td.dataset.col = String(c);
    td.title = '';
    if (selectedCol === c) td.setAttribute('aria-selected', 'true');
    tr.append(td);
  }
  return tr;
}

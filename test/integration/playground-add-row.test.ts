// The playground's grid has the empty row Sheets shows under the data: a value typed (or pasted)
// there lands in a new row, the grid growing when the data filled it; further down is refused
// as before (no row anyone can reach in Sheets).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startPlayground } from '../../src/local/playground';
import { DIST } from '../helpers';

test('typing in the row under the data adds a row to any tab, however full its grid', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-addrow-'));
  const pg = await startPlayground({
    workbook: path.join(dir, 'crm.xlsx'),
    port: 0,
    distDir: DIST,
    log: () => undefined,
  });
  const port = (pg.server.address() as { port: number }).port;
  const post = async (p: string, body: unknown) =>
    (
      await fetch(`http://localhost:${port}${p}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify(body),
      })
    ).json();
  try {
    await post('/api/run', { fn: 'setupCrm', args: [] });
    // A Campaigns tab whose grid ends with its data: no empty row left to type in.
    const before = await pg.workspace.run((env) => {
      const sheet = env.spreadsheet.getSheetByName('Campaigns')!;
      sheet.getRange(2, 1).setValue('Lebaran 2026');
      sheet.deleteRows(3, sheet.getMaxRows() - 2);
      return { last: sheet.getLastRow(), max: sheet.getMaxRows() };
    });
    expect(before).toEqual({ last: 2, max: 2 });
    const r = await post('/api/edit', { sheet: 'Campaigns', row: 3, col: 1, values: [['Natal 2026']], how: 'typed' });
    expect(r.ok).toBe(true);
    const paste = await post('/api/edit', {
      sheet: 'Campaigns',
      row: 4,
      col: 1,
      values: [['Imlek'], ['Lebaran']],
      how: 'paste',
    });
    expect(paste.ok).toBe(true);
    const after = await pg.workspace.run((env) => {
      const sheet = env.spreadsheet.getSheetByName('Campaigns')!;
      return { names: sheet.getRange(2, 1, 4, 1).getValues().flat(), max: sheet.getMaxRows() };
    });
    expect(after).toEqual({ names: ['Lebaran 2026', 'Natal 2026', 'Imlek', 'Lebaran'], max: 5 });
    // Two rows below the data is not the empty row: refused, nothing added.
    const far = await post('/api/edit', { sheet: 'Campaigns', row: 8, col: 1, values: [['x']], how: 'typed' });
    expect(far.ok).toBe(false);
    expect(await pg.workspace.run((env) => env.spreadsheet.getSheetByName('Campaigns')!.getMaxRows())).toBe(5);
  } finally {
    await pg.close();
  }
});

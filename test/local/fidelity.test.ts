// The local store loses nothing: a workbook edited in a spreadsheet program keeps what the
// emulation does not model (links, notes, widths, fonts, conditional formats, formula results,
// error values) through the add-on's saves; reading never writes; no character breaks the file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { withWorkbook } from '../../src/local/session';
import { loadWorkbook, saveWorkbook } from '../../src/local/workbook';
import { FakeSpreadsheet } from '../../src/local/spreadsheet';
import { Clock, emptyState } from '../../src/local/services';
import { seedDemo } from '../../src/local/demo';
import { DIST } from '../helpers';

jest.setTimeout(60000);
const clock = () => new Clock(Date.parse('2026-11-24T09:00:00+07:00'));
const ctx = { now: () => new Date('2026-11-24T02:00:00Z'), activeUser: () => 'a@x.id' };
const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-fid-')), 'crm.xlsx');
const open = { distDir: DIST, user: 'sari@contoh.id' };

/** The demo workbook, then edited "in Excel": a link, notes, widths, fonts, a rule, formulas with results, an error. */
async function teamWorkbook(): Promise<string> {
  const file = tmp();
  await withWorkbook(file, { ...open, clock: clock(), create: true }, (env) => seedDemo(env));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const leads = wb.getWorksheet('Leads')!;
  const header = (leads.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  const email = leads.getCell(3, col('Email'));
  email.value = { text: String(email.value), hyperlink: `mailto:${String(email.value)}` };
  leads.getCell(4, col('Name')).note = 'Met at the Surabaya expo';
  leads.getCell(5, col('Name')).note = 'Prefers WhatsApp';
  leads.getColumn(col('Name')).width = 31;
  const styled = leads.getCell(6, col('Name'));
  styled.style = { ...styled.style, font: { italic: true, color: { argb: 'FF336699' } } }; // exceljs shares style objects: replace, never edit
  leads.addConditionalFormatting({
    ref: 'A2:A200',
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: ['LEN(A2)>0'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFEEDDCC' } } },
      },
    ],
  });
  const team = wb.addWorksheet('Team notes');
  team.getCell('A1').value = 'Target';
  team.getCell('B1').value = { formula: 'SUM(C1:C2)', result: 150 } as ExcelJS.CellFormulaValue;
  team.getCell('C1').value = 100;
  team.getCell('C2').value = 50;
  team.getCell('A2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  // exceljs writes text as it is; a spreadsheet program escapes the underscore of a literal _x0041_.
  team.getCell('A3').value = 'literal _x005F_x0041_ stays';
  team.getColumn(1).width = 44;
  await wb.xlsx.writeFile(file);
  return file;
}

async function read(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

test('a run that only reads leaves the file untouched', async () => {
  const file = await teamWorkbook();
  const before = fs.readFileSync(file);
  const mtime = fs.statSync(file).mtimeMs;
  await withWorkbook(file, { ...open, clock: clock() }, (env) => {
    env.call('getSidebarContext');
    env.call('getCrmSummary');
    env.call('onOpen', { authMode: 'LIMITED' });
  });
  expect(fs.statSync(file).mtimeMs).toBe(mtime);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});

test('what a spreadsheet program added survives the add-on writing, and moves with its row', async () => {
  const file = await teamWorkbook();
  const orig = await read(file);
  const ol = orig.getWorksheet('Leads')!;
  const header = (ol.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  const nameOf = (r: number) => String(ol.getCell(r, col('Name')).value);
  const noted = nameOf(5);

  await withWorkbook(file, { ...open, clock: clock() }, (env) => {
    const r = env.call('submitLead', {
      name: 'Budi Fidelity',
      phone: '0812 7777 1234',
      source: 'Referral',
      needs: 'CCTV',
    });
    expect(r.ok).toBe(true);
    // A row above the noted one goes (as an archive or a merge does): the note goes with its lead.
    env.spreadsheet.getSheetByName('Leads')!.deleteRow(4);
  });

  const wb = await read(file);
  const leads = wb.getWorksheet('Leads')!;
  const cell = (r: number, name: string) => leads.getCell(r, col(name));
  expect((cell(3, 'Email').value as ExcelJS.CellHyperlinkValue).hyperlink).toMatch(/^mailto:/);
  expect(String(cell(4, 'Name').value)).toBe(noted);
  expect(cell(4, 'Name').note).toBe('Prefers WhatsApp');
  expect(cell(5, 'Name').font).toMatchObject({ italic: true, color: { argb: 'FF336699' } });
  expect(leads.getColumn(col('Name')).width).toBe(31);
  expect(JSON.stringify((leads as unknown as { conditionalFormattings: unknown }).conditionalFormattings)).toContain(
    'LEN(A2)>0',
  );
  expect(leads.getColumn(col('Name')).values.map(String)).toContain('Budi Fidelity');
  // Every other cell below the deleted row is the one above it before, value and style alike.
  for (let r = 5; r <= 9; r++)
    for (let c = 1; c <= header.length; c++) {
      const was = ol.getCell(r, c);
      const now = leads.getCell(r - 1, c);
      expect([r, c, JSON.stringify(now.value), JSON.stringify(now.style), now.note]).toEqual([
        r,
        c,
        JSON.stringify(was.value),
        JSON.stringify(was.style),
        was.note,
      ]);
    }
  const team = wb.getWorksheet('Team notes')!;
  expect(team.getCell('B1').value).toMatchObject({ formula: 'SUM(C1:C2)', result: 150 });
  expect(team.getCell('A2').value).toEqual({ error: '#N/A' });
  expect(team.getCell('A3').value).toBe('literal _x0041_ stays');
  expect(team.getColumn(1).width).toBe(44);

  // And the emulation reads them as Apps Script would: the link's text, the formula's result, the error's code.
  const back = await loadWorkbook(file, ctx);
  const t = back.spreadsheet.getSheetByName('Team notes')!;
  expect(t.getRange('B1').getValue()).toBe(150);
  expect(t.getRange('B1').getFormula()).toBe('=SUM(C1:C2)');
  expect(t.getRange('A2').getValue()).toBe('#N/A');
  expect(back.spreadsheet.getSheetByName('Leads')!.getRange(4, col('Name')).getNote()).toBe('Prefers WhatsApp');
});

test('no character breaks the workbook: XML-invalid text, CRLF, lone surrogates and _x0041_ read back exactly', async () => {
  const hostile = [
    'Sari \uFFFF',
    'ctl \u0001\u0008\u001F',
    'two\r\nlines\rand\nmore',
    'lone \uD800 high',
    'lone \uDC00 low',
    'pair 😀 ok',
    'literal _x0041_ and _X00e9_',
    '_x005F_x0041_',
    '\uFFFE',
  ];
  const ss = new FakeSpreadsheet(ctx, 'x');
  const sheet = ss.getSheets()[0];
  sheet.getRange(1, 1, hostile.length, 1).setValues(hostile.map((h) => [h]));
  // exceljs drops a note on a cell without a value, so the note sits on a filled cell.
  sheet.getRange(1, 1).setNote('note \uFFFF\r\n_x0041_');
  const file = tmp();
  await saveWorkbook(file, ss, emptyState());
  const back = await loadWorkbook(file, ctx);
  const s = back.spreadsheet.getSheets()[0];
  expect(
    s
      .getRange(1, 1, hostile.length, 1)
      .getValues()
      .map((r) => r[0]),
  ).toEqual(hostile);
  expect(s.getRange(1, 1).getNote()).toBe('note \uFFFF\r\n_x0041_');
  // Saved again untouched, and once more after a change: still exact.
  s.getRange(20, 1).setValue('x');
  await saveWorkbook(file, back.spreadsheet, back.state);
  const again = await loadWorkbook(file, ctx);
  expect(
    again.spreadsheet
      .getSheets()[0]
      .getRange(1, 1, hostile.length, 1)
      .getValues()
      .map((r) => r[0]),
  ).toEqual(hostile);
});

test('a name typed with U+FFFF through the sidebar does not make the workbook unreadable', async () => {
  const file = tmp();
  await withWorkbook(file, { ...open, clock: clock(), create: true }, (env) => seedDemo(env));
  await withWorkbook(file, { ...open, clock: clock() }, (env) => {
    const r = env.call('submitLead', {
      name: 'Toko \uFFFF Jaya\r\n',
      phone: '0812 7777 9999',
      source: 'Referral',
      needs: 'CCTV',
    });
    expect(r.ok).toBe(true);
  });
  for (let i = 0; i < 2; i++)
    await withWorkbook(file, { ...open, clock: clock() }, (env) => {
      const leads = env.spreadsheet.getSheetByName('Leads')!;
      const nameCol = leads.getRange(1, 1, 1, leads.getLastColumn()).getValues()[0].indexOf('Name') + 1;
      const names = leads
        .getRange(2, nameCol, leads.getLastRow() - 1, 1)
        .getValues()
        .map((r) => r[0]);
      expect(names).toContain('Toko \uFFFF Jaya');
      const r = env.call('logActivity', { leadId: 'L-000009', type: 'Follow-up Call', summary: `call ${i} \uFFFF` });
      expect(r.ok).toBe(true);
    });
});

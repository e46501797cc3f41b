// The Sheets advanced service emulation (src/local/sheets-api.ts) against what Google documents
// for the Sheets API v4 (conformance rows 24-27 and 28-30), and the local Drive's files beside a workbook.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeSheetsAdvanced, LocalDrive } from '../../src/local/sheets-api';
import { withWorkbook } from '../../src/local/session';
import { Environment } from '../../src/local/environment';
import { DIST, ok } from '../helpers';

const SCOPE = (s: string) => `https://www.googleapis.com/auth/${s}`;
const ctx = { now: () => new Date('2026-11-24T02:00:00Z'), activeUser: () => 'rina@firma.id' };

function api(scopes = [SCOPE('drive.file')], drive = new LocalDrive()) {
  const sheets = new FakeSheetsAdvanced(drive, ctx, scopes);
  const made = sheets.Spreadsheets.create({
    properties: { title: 'T', timeZone: 'Asia/Jakarta' },
    sheets: [
      { properties: { title: 'Activities', gridProperties: { rowCount: 5, columnCount: 4, frozenRowCount: 1 } } },
    ],
  });
  const id = made.spreadsheetId!;
  const sheetId = made.sheets![0].properties!.sheetId!;
  return { sheets, drive, id, sheetId };
}

describe('Sheets advanced service (emulation)', () => {
  test('values.get leaves out empty trailing cells and rows, and values itself when all is empty', () => {
    const { sheets, id, sheetId } = api();
    expect(
      sheets.Spreadsheets.Values.get(id, "'Activities'!A1:D5", { valueRenderOption: 'UNFORMATTED_VALUE' }).values,
    ).toBeUndefined();
    sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId, rowIndex: 1, columnIndex: 0 },
              rows: [
                { values: [{ userEnteredValue: { stringValue: 'a' } }, {}, { userEnteredValue: { numberValue: 2 } }] },
                { values: [{}, { userEnteredValue: { boolValue: true } }] },
                { values: [] },
              ],
              fields: 'userEnteredValue',
            },
          },
        ],
      },
      id,
    );
    expect(
      sheets.Spreadsheets.Values.get(id, "'Activities'!A1:D5", { valueRenderOption: 'UNFORMATTED_VALUE' }).values,
    ).toEqual([[], ['a', '', 2], ['', true]]);
    // Without UNFORMATTED_VALUE every value comes back as the text the cell shows.
    expect(sheets.Spreadsheets.Values.get(id, 'Activities!A2:D3').values).toEqual([
      ['a', '', '2'],
      ['', 'TRUE'],
    ]);
  });

  test('stringValue is never parsed; a date is a serial number, or its formatted text when asked', () => {
    const { sheets, drive, id, sheetId } = api();
    const serial = 45292.5; // 2024-01-01 12:00 on the sheet's clock
    sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId, rowIndex: 0, columnIndex: 0 },
              rows: [
                {
                  values: [
                    { userEnteredValue: { stringValue: '=1+1' } },
                    { userEnteredValue: { stringValue: '0812' } },
                    {
                      userEnteredValue: { numberValue: serial },
                      userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm:ss' } },
                    },
                  ],
                },
              ],
              fields: 'userEnteredValue,userEnteredFormat.numberFormat',
            },
          },
        ],
      },
      id,
    );
    const range = 'Activities!A1:C1';
    expect(sheets.Spreadsheets.Values.get(id, range, { valueRenderOption: 'UNFORMATTED_VALUE' }).values).toEqual([
      ['=1+1', '0812', serial],
    ]);
    expect(
      sheets.Spreadsheets.Values.get(id, range, {
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      }).values,
    ).toEqual([['=1+1', '0812', '2024-01-01 12:00:00']]);
    // Through SpreadsheetApp the cell is a Date at that wall-clock time in the file's zone.
    const value = drive.files.get(id)!.ss.getSheetByName('Activities')!.getRange(1, 3).getValue() as Date;
    expect(value.toISOString()).toBe('2024-01-01T05:00:00.000Z');
  });

  test('ranges and writes outside the grid are refused; a batch with one bad request changes nothing', () => {
    const { sheets, id, sheetId } = api();
    expect(() => sheets.Spreadsheets.Values.get(id, 'Activities!A1:E5')).toThrow(/exceeds grid limits/);
    expect(() => sheets.Spreadsheets.Values.get(id, 'Nope!A1')).toThrow(/Unable to parse range/);
    const good = {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
        fields: 'userEnteredValue',
      },
    };
    const tooLow = {
      updateCells: {
        start: { sheetId, rowIndex: 5, columnIndex: 0 },
        rows: [{ values: [{ userEnteredValue: { stringValue: 'y' } }] }],
        fields: 'userEnteredValue',
      },
    };
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [good, tooLow] }, id)).toThrow(/exceeds grid limits/);
    expect(sheets.Spreadsheets.Values.get(id, 'Activities!A1:D5').values).toBeUndefined();
    const noMask = { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: [] } };
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [noMask] }, id)).toThrow(/At least one field/);
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId } }] as never }, id)).toThrow(
      /not modelled/,
    );
  });

  test('scopes: drive.file sees only files this app created; no scope, no call; 10 million cells at most', () => {
    const drive = new LocalDrive();
    const { id } = api([SCOPE('drive.file')], drive);
    const other = api([SCOPE('spreadsheets')], drive);
    drive.files.get(other.id)!.byApp = false; // a file the user made, not this add-on
    const fileOnly = new FakeSheetsAdvanced(drive, ctx, [SCOPE('drive.file')]);
    expect(fileOnly.Spreadsheets.Values.get(id, 'Activities!A1').range).toBe('Activities!A1');
    expect(() => fileOnly.Spreadsheets.Values.get(other.id, 'Activities!A1')).toThrow(/Requested entity was not found/);
    const none = new FakeSheetsAdvanced(drive, ctx, [SCOPE('spreadsheets.currentonly')]);
    expect(() => none.Spreadsheets.create({ properties: { title: 'x' } })).toThrow(
      /insufficient authentication scopes/,
    );
    expect(() =>
      fileOnly.Spreadsheets.create({
        sheets: [{ properties: { title: 'big', gridProperties: { rowCount: 1_000_001, columnCount: 10 } } }],
      }),
    ).toThrow(/above the limit of 10000000 cells/);
  });

  test('a file is its creator’s: drive.file reaches only what this app made for the user, even once shared', () => {
    const { drive, id } = api(); // made by rina@firma.id's add-on
    expect(drive.ownerOf(id)).toBe('rina@firma.id');
    const as = (user: string, scope: string) =>
      new FakeSheetsAdvanced(drive, { ...ctx, activeUser: () => user }, [SCOPE(scope)]).Spreadsheets;
    expect(as('Rina@Firma.id', 'drive.file').Values.get(id, 'Activities!A1').range).toBe('Activities!A1');
    expect(() => as('andi@firma.id', 'drive.file').Values.get(id, 'Activities!A1')).toThrow(
      /Requested entity was not found/,
    );
    expect(() => as('andi@firma.id', 'drive').Values.get(id, 'Activities!A1')).toThrow(
      /The caller does not have permission/,
    );
    // Shared in Drive: Andi may open it himself, and an add-on with all of Drive may; drive.file still may not.
    drive.share(id, 'andi@firma.id');
    expect(as('andi@firma.id', 'drive').Values.get(id, 'Activities!A1').range).toBe('Activities!A1');
    expect(() => as('andi@firma.id', 'drive.file').batchUpdate({ requests: [] }, id)).toThrow(
      /Requested entity was not found/,
    );
  });

  test('a batchUpdate over 2 MB of JSON is refused and changes nothing', () => {
    const { sheets, id, sheetId } = api();
    const cell = (n: number) => ({
      updateCells: {
        start: { sheetId, rowIndex: 1, columnIndex: 0 },
        rows: [{ values: [{ userEnteredValue: { stringValue: 'é'.repeat(n) } }] }],
        fields: 'userEnteredValue',
      },
    });
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [cell(1_100_000)] }, id)).toThrow(/at most 2 MB/);
    expect(sheets.Spreadsheets.Values.get(id, 'Activities!A1:D5').values).toBeUndefined();
    sheets.Spreadsheets.batchUpdate({ requests: [cell(1_000_000)] }, id);
    expect(sheets.Spreadsheets.Values.get(id, 'Activities!A2').values?.[0][0]).toHaveLength(1_000_000);
  });

  test('the service exists only when the manifest enables it: without it, archiving says so and removes nothing', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-dist-'));
    for (const f of fs.readdirSync(DIST)) fs.copyFileSync(path.join(DIST, f), path.join(tmp, f));
    const manifest = JSON.parse(fs.readFileSync(path.join(tmp, 'appsscript.json'), 'utf8'));
    delete manifest.dependencies;
    fs.writeFileSync(path.join(tmp, 'appsscript.json'), JSON.stringify(manifest));
    const e = new Environment({ distDir: tmp, now: '2026-11-24T09:00:00+07:00' });
    e.call('setupCrm');
    e.spreadsheet
      .getSheetByName('Activities')!
      .getRange(2, 1, 1, 4)
      .setValues([[new Date('2024-01-01T02:00:00Z'), 'L-000001', 'Note', 'old']]);
    expect(() => e.call('archiveActivities', { beforeYear: 2025 })).toThrow(/Google Sheets API/);
    expect(e.spreadsheet.getSheetByName('Activities')!.getLastRow()).toBe(2);
  });
});

describe('spreadsheets.get of the grid sizes (conformance row 30, the Summary)', () => {
  const FIELDS = 'sheets.properties.gridProperties(rowCount,columnCount)';
  test('answers every tab of the bound spreadsheet with its grid size, and only the fields asked', () => {
    const e = new Environment({ distDir: DIST, now: '2026-11-24T09:00:00+07:00' });
    e.call('setupCrm');
    const home = e.spreadsheet;
    const sheets = new FakeSheetsAdvanced(new LocalDrive(), ctx, [SCOPE('spreadsheets')], home);
    const got = sheets.Spreadsheets.get(home.getId(), { fields: FIELDS });
    expect(got).toEqual({
      sheets: home.sheets.map((s) => ({
        properties: { gridProperties: { rowCount: s.getMaxRows(), columnCount: s.getMaxColumns() } },
      })),
    });
    // A field mask it does not model is refused, never answered with something else.
    expect(() => sheets.Spreadsheets.get(home.getId(), { fields: 'sheets.properties' })).toThrow(/only fields=/);
    expect(() => sheets.Spreadsheets.get(home.getId())).toThrow(/only fields=/);
  });

  test('drive.file alone does not reach the bound spreadsheet (the app did not create it); no read scope, nothing', () => {
    const e = new Environment({ distDir: DIST, now: '2026-11-24T09:00:00+07:00' });
    e.call('setupCrm');
    const home = e.spreadsheet;
    const fileOnly = new FakeSheetsAdvanced(new LocalDrive(), ctx, [SCOPE('drive.file')], home);
    expect(() => fileOnly.Spreadsheets.get(home.getId(), { fields: FIELDS })).toThrow(/Requested entity was not found/);
    const none = new FakeSheetsAdvanced(new LocalDrive(), ctx, [SCOPE('script.send_mail')], home);
    expect(() => none.Spreadsheets.get(home.getId(), { fields: FIELDS })).toThrow(/insufficient authentication scopes/);
    // A file the app made is read as values.get reads it.
    const { sheets, id } = api();
    expect(sheets.Spreadsheets.get(id, { fields: FIELDS }).sheets).toEqual([
      { properties: { gridProperties: { rowCount: 5, columnCount: 4 } } },
    ]);
  });
});

describe('the local Drive beside a workbook', () => {
  test('an archive is saved as its own .xlsx next to the workbook, and undo works in a later session', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-drive-'));
    const file = path.join(dir, 'crm.xlsx');
    const opts = { distDir: DIST, now: '2026-11-24T09:00:00+07:00' };
    await withWorkbook(file, { ...opts, create: true }, (env) => {
      env.call('setupCrm');
      env.spreadsheet
        .getSheetByName('Activities')!
        .getRange(2, 1, 2, 4)
        .setValues([
          [new Date('2024-01-01T02:00:00Z'), 'L-000001', 'Note', 'old one'],
          [new Date('2026-01-01T02:00:00Z'), 'L-000001', 'Note', 'new one'],
        ]);
    });
    const id = await withWorkbook(
      file,
      opts,
      (env) => ok(env.call('archiveActivities', { beforeYear: '2025' })).archiveId,
    );
    const folder = LocalDrive.folderOf(file);
    const saved = fs.readdirSync(folder).filter((f) => f.endsWith('.xlsx'));
    expect(saved).toHaveLength(1);
    await withWorkbook(file, opts, (env) => {
      const [fileId] = [...env.drive.files.keys()];
      // Its owner is kept with the file: the one who archived.
      expect(env.drive.ownerOf(fileId)).toBe(env.user);
      const archive = [...env.drive.files.values()][0].ss.getSheetByName('Activities')!;
      expect(archive.getRange(2, 4).getValue()).toBe('old one');
      expect(env.spreadsheet.getSheetByName('Activities')!.getRange(2, 4).getValue()).toBe('new one');
      env.call('undoArchive', { archiveId: id });
    });
    await withWorkbook(file, opts, (env) => {
      const acts = env.spreadsheet.getSheetByName('Activities')!;
      expect(acts.getRange(2, 4, 2, 1).getValues()).toEqual([['old one'], ['new one']]);
      expect(Object.prototype.toString.call(acts.getRange(2, 1).getValue())).toBe('[object Date]');
    });
  });
});

// Where Google Sheets is stricter than a kind model, through the built bundle over an
// emulation that behaves as Google does (docs/apps-script-conformance.md says where each rule
// comes from). Each test here failed on the code before the fix.
import { env, setUpEnv, records, iso, errorsOf } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import { Environment } from '../../src/local/environment';
import { emptyState } from '../../src/local/services';
import { FakeSpreadsheet } from '../../src/local/spreadsheet';

const col = (h: string) => LEAD_COLUMNS.findIndex((c) => c.header === h) + 1;
const STATUS = col('Status');

function lead(e: Environment, name: string, extra: Record<string, unknown> = {}): string {
  const r = e.call('submitLead', {
    name,
    phone: '0812-3456-7890',
    source: 'Website',
    needs: 'CCTV',
    allowDuplicate: true,
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.leadId;
}
const leadsSheet = (e: Environment) => e.spreadsheet.getSheetByName('Leads')!;
const rowOf = (e: Environment, id: string) =>
  leadsSheet(e)
    .getRange(1, 1, leadsSheet(e).getLastRow(), 1)
    .getValues()
    .findIndex((r) => r[0] === id) + 1;

function tickAll(e: Environment): void {
  const sheet = e.spreadsheet.getSheetByName('Duplicates')!;
  const values = sheet.getDataRange().getValues();
  const c = values[0].indexOf('Merge') + 1;
  values.forEach((r, i) => {
    if (/^G\d+$/.test(String(r[0])) && r[c - 1] === false) sheet.getRange(i + 1, c).setValue(true);
  });
}

describe('1. a pasted or filled Status cell has no oldValue', () => {
  function quoted(): Environment {
    const e = setUpEnv();
    lead(e, 'Budi Santoso');
    leadsSheet(e).getRange(2, col('Deal Value')).setValue(25000000);
    leadsSheet(e).getRange(2, col('Expected Close')).setValue('2026-12-20');
    e.call('setLeadStatus', { leadId: 'L-000001', status: 'Quotation Sent' });
    return e;
  }

  test('pasting Won over a Quotation Sent lead with its fields is kept', () => {
    const e = quoted();
    e.userEdit('Leads', 2, STATUS, [['Won']], 'paste');
    expect(leadsSheet(e).getRange(2, STATUS).getValue()).toBe('Won');
    expect(records(e.spreadsheet, 'Activities').at(-1)!.Summary).toBe('Quotation Sent → Won');
  });

  test('pasting or filling Lead over a Won lead is refused and Won is put back, never emptied', () => {
    for (const how of ['paste', 'fill'] as const) {
      const e = quoted();
      e.call('setLeadStatus', { leadId: 'L-000001', status: 'Won' });
      e.userEdit('Leads', 2, STATUS, [['Lead']], how);
      expect({ how, status: leadsSheet(e).getRange(2, STATUS).getValue() }).toEqual({ how, status: 'Won' });
      expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/Menang \(Won\) → Prospek \(Lead\) tidak diizinkan/);
    }
  });

  test('the emulation sends no oldValue or value for a paste of one cell', () => {
    const e = quoted();
    let seen: Record<string, unknown> = {};
    const call = e.callSimpleTrigger.bind(e);
    e.callSimpleTrigger = (fn: string, ev: unknown) => {
      seen = ev as Record<string, unknown>;
      return call(fn, ev);
    };
    e.userEdit('Leads', 2, STATUS, [['Negotiation']], 'paste');
    expect('oldValue' in seen || 'value' in seen).toBe(false);
    e.userEdit('Leads', 2, STATUS, [['Quotation Sent']]);
    expect([seen.oldValue, seen.value]).toEqual(['Negotiation', 'Quotation Sent']);
  });
});

describe("2, 13. a team's own columns keep their format, and copies read back equal", () => {
  function withOwnColumns(): Environment {
    const e = setUpEnv();
    const sheet = leadsSheet(e);
    const width = sheet.getLastColumn();
    sheet.getRange(1, width + 1, 1, 2).setValues([['Kode Pos', 'Telp Kantor']]);
    sheet.getRange(2, width + 1, sheet.getMaxRows() - 1, 2).setNumberFormat('@');
    return e;
  }

  test('a new lead leaves the plain-text format of a team column alone', () => {
    const e = withOwnColumns();
    lead(e, 'Budi');
    const c = leadsSheet(e).getLastColumn() - 1;
    expect(leadsSheet(e).getRange(2, c).getNumberFormat()).toBe('@');
    e.userEdit('Leads', 2, c, [['04110']]);
    expect(leadsSheet(e).getRange(2, c).getValue()).toBe('04110');
  });

  test('merge then undo: 04110 and +62 21 555 1234 come back as the same text, with the dropdown and formats', () => {
    const e = withOwnColumns();
    lead(e, 'Budi Santoso', { company: 'PT Maju' });
    lead(e, 'Budi Santoso', { company: 'PT Maju', email: 'budi@maju.co.id' });
    const c = leadsSheet(e).getLastColumn() - 1;
    leadsSheet(e)
      .getRange(3, c, 1, 2)
      .setValues([['04110', '+62 21 555 1234']]);
    const before = records(e.spreadsheet, 'Leads').map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [typeof v, iso(v)]])),
    );
    e.call('runDuplicateAuditNow');
    const dup = e.spreadsheet.getSheetByName('Duplicates')!;
    const pc = dup.getDataRange().getValues()[0].indexOf('Primary') + 1;
    dup.getRange(3, pc).setValue('L-000001');
    dup.getRange(4, pc).setValue('L-000001');
    tickAll(e);
    const merged = e.call('mergeDuplicates');
    expect(merged.merged).toHaveLength(1);
    const archived = records(e.spreadsheet, 'Archive')[0];
    expect([archived['Kode Pos'], archived['Telp Kantor']]).toEqual(['04110', '+62 21 555 1234']);
    e.call('undoMerge', { mergeId: merged.merged[0].mergeId });
    const after = records(e.spreadsheet, 'Leads').map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [typeof v, iso(v)]])),
    );
    expect(after).toEqual(before);
    const row = rowOf(e, 'L-000002');
    expect(leadsSheet(e).getRange(row, STATUS).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(leadsSheet(e).getRange(row, col('Deal Value')).getNumberFormat()).toBe('#,##0');
    expect(leadsSheet(e).getRange(row, c).getNumberFormat()).toBe('@');
  });
});

describe('3. calendar dates as text use the spreadsheet time zone', () => {
  test('the merge note gives Expected Close as 20 Des 2026, not the UTC day before', () => {
    const e = setUpEnv();
    lead(e, 'Budi Santoso', { company: 'PT Maju', dealValue: '1000000', expectedClose: '2026-12-21' });
    lead(e, 'Budi Santoso', { company: 'PT Maju', dealValue: '1000000', expectedClose: '2026-12-20' });
    e.call('runDuplicateAuditNow');
    const dup = e.spreadsheet.getSheetByName('Duplicates')!;
    const pc = dup.getDataRange().getValues()[0].indexOf('Primary') + 1;
    dup.getRange(3, pc, 2, 1).setValues([['L-000001'], ['L-000001']]);
    tickAll(e);
    e.call('mergeDuplicates');
    const note = records(e.spreadsheet, 'Activities').find((a) => a.Type === 'Note')!;
    // The day as people write it, in the spreadsheet's zone (20 Des), not the UTC day before.
    expect(String(note.Summary)).toContain('Perkiraan closing (Expected Close): 20 Des 2026');
  });
});

describe('4. Sheets will not delete every non-frozen row', () => {
  test('the emulation refuses it with Google\u2019s message', () => {
    const e = setUpEnv();
    const s = e.spreadsheet.insertSheet('T');
    s.setFrozenRows(1);
    expect(() => s.deleteRows(2, s.getMaxRows() - 1)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  test('set up / repair works when Leads has no Lead IDs but the status record has entries', () => {
    const e = setUpEnv();
    lead(e, 'Budi');
    lead(e, 'Sari');
    leadsSheet(e).getRange(2, 1, 2, 1).clearContent();
    expect(() => e.call('setupCrm')).not.toThrow();
  });

  test('undo empties an Archive sized to its content without an error', () => {
    const e = setUpEnv();
    lead(e, 'Budi Santoso', { company: 'PT Maju' });
    lead(e, 'Budi Santoso', { company: 'PT Maju' });
    e.call('runDuplicateAuditNow');
    tickAll(e);
    const m = e.call('mergeDuplicates');
    const archive = e.spreadsheet.getSheetByName('Archive')!;
    archive.deleteRows(3, archive.getMaxRows() - 2);
    expect(() => e.call('undoMerge', { mergeId: m.merged[0].mergeId })).not.toThrow();
    expect(records(e.spreadsheet, 'Archive').filter((r) => r['Lead ID'] !== '')).toEqual([]);
    expect(records(e.spreadsheet, 'Leads')).toHaveLength(2);
  });
});

describe('5. triggers belong to a user and a document', () => {
  test('installing the automation in a second CRM keeps the first one\u2019s trigger', () => {
    const store = emptyState();
    const a = new Environment({ distDir: 'dist', now: '2026-11-24T09:00:00+07:00', triggerStore: store });
    a.call('setupCrm');
    a.call('installTriggers');
    const second = new FakeSpreadsheet({ now: () => a.clock.now(), activeUser: () => a.user }, 'second-crm');
    const b = new Environment({
      distDir: 'dist',
      now: '2026-11-24T09:00:00+07:00',
      triggerStore: store,
      spreadsheet: second,
    });
    b.call('setupCrm');
    b.call('installTriggers');
    b.call('installTriggers');
    // Each CRM keeps its daily trigger and its lead form's trigger, one of each type per document.
    expect(store.triggers.map((t) => `${t.document} ${t.eventType}`).sort()).toEqual([
      'local-spreadsheet CLOCK',
      'local-spreadsheet ON_FORM_SUBMIT',
      'second-crm CLOCK',
      'second-crm ON_FORM_SUBMIT',
    ]);
    expect(a.call('showNextRun')).toMatchObject({ installed: true });
    expect(a.spreadsheetApp.ui.alerts.at(-1)).toMatch(/memilih menitnya dalam jam itu/);
  });
});

describe('6. a simple trigger runs without authorisation', () => {
  test('onEdit by a teammate who is not the owner: judged, logged "edited in the sheet", never throws', () => {
    const e = setUpEnv({ user: 'owner@gmail.com' });
    lead(e, 'Budi');
    e.user = 'teman@gmail.com';
    leadsSheet(e).getRange(2, col('Lost Reason')).setValue('Harga');
    e.userEdit('Leads', 2, STATUS, [['Lost']]);
    expect(leadsSheet(e).getRange(2, STATUS).getValue()).toBe('Lost');
    expect(records(e.spreadsheet, 'Activities').at(-1)!.By).toBe('diubah langsung di sheet');
    e.userEdit('Leads', 2, STATUS, [['Won']]);
    expect(leadsSheet(e).getRange(2, STATUS).getValue()).toBe('Lost');
  });

  test('the emulation refuses authorised services in a simple trigger', () => {
    const e = setUpEnv();
    expect(() => e.callSimpleTrigger('installTriggers', {})).toThrow(/You do not have permission to call ScriptApp/);
  });
});

describe('10. public functions never throw raw errors or write half a change', () => {
  test('hostile keys in setLeadStatus fields are ignored: the change is judged on the known fields alone', () => {
    for (const key of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      const e = setUpEnv();
      lead(e, 'Budi');
      const fields = JSON.parse(`{"${key}": "x", "lostReason": "Harga"}`);
      const r = e.call('setLeadStatus', { leadId: 'L-000001', status: 'Lost', fields });
      expect({ key, ok: r.ok, status: leadsSheet(e).getRange(2, STATUS).getValue() }).toEqual({
        key,
        ok: true,
        status: 'Lost',
      });
      expect(records(e.spreadsheet, 'Activities').map((a) => a.Summary)).toEqual(['Lead → Lost']);
    }
  });

  test('objects where text is expected get a clear message, not a TypeError', () => {
    const e = setUpEnv();
    lead(e, 'Budi');
    const hostile = { toString: 'x', valueOf: 1 };
    expect(e.call('setLeadStatus', { leadId: hostile, status: 'Lost' })).toMatchObject({ ok: false });
    expect(e.call('logActivity', { leadId: hostile, type: 'Note', summary: 'x' })).toMatchObject({ ok: false });
    expect(() => e.callRaw('undoMerge', { mergeId: hostile })).toThrow(/Tidak ada penggabungan/);
  });
});

describe('12. a user\u2019s text is never read as a message key', () => {
  test('a lead named @constructor is greeted by its name; long input is quoted as an excerpt', () => {
    const e = env({ now: '2026-11-26T09:00:00+07:00' });
    e.call('setupCrm');
    e.clock.advance(-2 * 86400000);
    lead(e, '@constructor');
    lead(e, '@Budi,Santoso');
    e.clock.advance(2 * 86400000);
    e.call('runFollowUpReminders');
    const text = e.mail.sent.map((m) => m.body).join('\n');
    expect(text).toContain('@constructor');
    expect(text).toContain('@Budi,Santoso');
    expect(text).not.toMatch(/native code|function Object/);
    const r = e.call('logActivity', { leadId: 'x'.repeat(100000), type: 'Note', summary: 'x' });
    expect(errorsOf(r).leadId.length).toBeLessThan(200);
  });
});

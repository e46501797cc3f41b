// The lead form as Google runs it (conformance rows 35–37): a form-submit trigger on the
// spreadsheet (one of each type per user and document for an add-on, only on its own document),
// the response written as the next row of the form's tab, and the event Google passes.
import { FakeSpreadsheet } from '../../src/local/spreadsheet';
import { FakeScriptApp, emptyState } from '../../src/local/services';
import { linkLeadForm, writeResponse, FORM_TAB, LOCAL_FORM_URL } from '../../src/local/form';

describe('form-submit triggers (add-on rules)', () => {
  test('forSpreadsheet(ss).onFormSubmit(): one per user and document; none on another document', () => {
    const state = emptyState();
    const ss = new FakeSpreadsheet({ now: () => new Date(), activeUser: () => 'a@x.id' });
    const app = new FakeScriptApp(
      state,
      () => 'a@x.id',
      () => ['onLeadFormSubmit'],
      ss.getId(),
    );
    const t = app.newTrigger('onLeadFormSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect([t.getEventType(), t.getTriggerSource(), t.getHandlerFunction()]).toEqual([
      'ON_FORM_SUBMIT',
      'SPREADSHEETS',
      'onLeadFormSubmit',
    ]);
    expect(() => app.newTrigger('onLeadFormSubmit').forSpreadsheet(ss.getId()).onFormSubmit().create()).toThrow(
      /too many triggers of this type in this document/,
    );
    // A clock trigger is another type: allowed beside it.
    app.newTrigger('onLeadFormSubmit').timeBased().everyDays(1).create();
    expect(() => app.newTrigger('onLeadFormSubmit').forSpreadsheet('another-doc').onFormSubmit().create()).toThrow(
      /only create triggers for the document it runs in/,
    );
    expect(() => app.newTrigger('onLeadFormSubmit').forSpreadsheet(ss).create()).toThrow(/needs an event/);
    // Another user may own their own.
    const other = new FakeScriptApp(
      state,
      () => 'b@x.id',
      () => ['onLeadFormSubmit'],
      ss.getId(),
    );
    other.newTrigger('onLeadFormSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect(state.triggers.filter((x) => x.eventType === 'ON_FORM_SUBMIT').map((x) => x.owner)).toEqual([
      'a@x.id',
      'b@x.id',
    ]);
  });
});

describe('a response as Google Forms writes it', () => {
  test('the linked tab: getFormUrl() is the form, null elsewhere; the response is the next row, the event as Google sends it', () => {
    const ss = new FakeSpreadsheet({ now: () => new Date('2026-11-24T02:03:04Z'), activeUser: () => 'a@x.id' });
    // The spreadsheet's own getFormUrl: null until a form sends responses to one of its tabs.
    expect(ss.getFormUrl()).toBeNull();
    const sheet = linkLeadForm(ss, 'en');
    expect(ss.getFormUrl()).toBe(LOCAL_FORM_URL);
    expect(sheet.getName()).toBe(FORM_TAB);
    expect(sheet.getFormUrl()).toBe(LOCAL_FORM_URL);
    expect(ss.getSheetByName('Sheet1')!.getFormUrl()).toBeNull();
    const at = new Date('2026-11-24T02:03:04Z');
    const r = writeResponse(sheet, at, { Name: 'Budi', 'Phone / WhatsApp': '0812-3456-7890' });
    expect(r.row).toBe(2);
    const row = sheet.getRange(2, 1, 1, 7).getValues()[0];
    expect(row[0]).toEqual(at);
    expect(row.slice(1)).toEqual(['Budi', '', '0812-3456-7890', '', '', '']);
    expect(r.event.authMode).toBe('FULL');
    // namedValues: every question (answered or not) to a list of answers, the Timestamp as text.
    expect(r.event.namedValues).toEqual({
      Timestamp: ['11/24/2026 9:03:04'],
      Name: ['Budi'],
      Company: [''],
      'Phone / WhatsApp': ['0812-3456-7890'],
      Email: [''],
      'What do you need?': [''],
      'How did you hear about us?': [''],
    });
    // values: in the tab's column order.
    expect(r.event.values).toEqual(['11/24/2026 9:03:04', 'Budi', '', '0812-3456-7890', '', '', '']);
    const range = r.event.range as { getRow(): number; getNumColumns(): number; getSheet(): unknown };
    expect([range.getRow(), range.getNumColumns(), range.getSheet()]).toEqual([2, 7, sheet]);
    // A typed answer is read as typed input where the column is not kept as text: Google's leading-0 loss.
    const phoneOnly = writeResponse(sheet, at, { 'Phone / WhatsApp': '081234567890' });
    expect(sheet.getRange(phoneOnly.row, 4).getValue()).toBe(81234567890);
    expect(phoneOnly.event.namedValues['Phone / WhatsApp']).toEqual(['081234567890']);
    expect(() => writeResponse(sheet, at, { Nope: 'x' })).toThrow(/no question "Nope"/);
  });
});

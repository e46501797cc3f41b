// The emulation must be as strict as Apps Script: each test here fails if a fake is made lenient.
import { FakeSpreadsheet, DataValidationBuilder } from '../../src/local/spreadsheet';
import { CallCounter, counted, enterExecution, leaveExecution } from '../../src/local/counter';
import {
  Clock,
  emptyState,
  FakeLockService,
  FakeSpreadsheetApp,
  FakeMailApp,
  FakeScriptApp,
  FakeProperties,
  FakeUtilities,
  FakeCache,
  LockRegistry,
} from '../../src/local/services';
import { formatDate } from '../../src/local/format-date';
import { toPlain } from '../../src/local/environment';

const clock = new Clock(Date.parse('2026-11-24T09:00:00+07:00'));
const newSs = (locale = 'in_ID') =>
  new FakeSpreadsheet({ now: () => clock.now(), activeUser: () => 'a@x.id' }, 'ss', 'T', locale);
const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

describe('Range values', () => {
  test('setValues throws on a shape mismatch, rows or columns, and writes nothing', () => {
    const sheet = newSs().getSheets()[0];
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test("getValues returns '' for empty cells, numbers as numbers and Dates for dates", () => {
    const sheet = newSs().getSheets()[0];
    const d = new Date('2026-01-02T03:04:05Z');
    sheet.getRange(1, 1, 1, 3).setValues([[42, d, true]]);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row[0]).toBe(42);
    expect(isDate(row[1]) && (row[1] as Date).getTime() === d.getTime()).toBe(true);
    expect(row[2]).toBe(true);
    expect(row[3]).toBe('');
  });

  test('a string is parsed as typed input: 0812… a number, =… a formula, 1/2 a date, TRUE a boolean', () => {
    const sheet = newSs().getSheets()[0];
    sheet
      .getRange(1, 1, 1, 6)
      .setValues([['0812-3456', '081234567890', '=HYPERLINK("http://x","y")', '1/2', 'TRUE', '+6281234567890']]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row[0]).toBe('0812-3456');
    expect(row[1]).toBe(81234567890);
    expect(sheet.getRange(1, 3).getFormula()).toBe('=HYPERLINK("http://x","y")');
    expect(isDate(row[3])).toBe(true);
    // Indonesian locale: 1/2 is the first of February.
    expect(formatDate(row[3] as Date, 'Asia/Jakarta', 'yyyy-MM-dd')).toBe('2026-02-01');
    expect(row[4]).toBe(true);
    expect(row[5]).toBe(6281234567890);
  });

  test('in en_US 1/2 is January 2', () => {
    const sheet = newSs('en_US').getSheets()[0];
    sheet.getRange(1, 1).setValue('1/2');
    expect(formatDate(sheet.getRange(1, 1).getValue() as Date, 'Asia/Jakarta', 'yyyy-MM-dd')).toBe('2026-01-02');
  });

  test('plain-text format @ keeps every typed string as text', () => {
    const sheet = newSs().getSheets()[0];
    const typed = ['081234567890', '=HYPERLINK("x")', '1/2', 'TRUE', '+62812'];
    sheet.getRange(1, 1, 1, 5).setNumberFormat('@');
    sheet.getRange(1, 1, 1, 5).setValues([typed]);
    expect(sheet.getRange(1, 1, 1, 5).getValues()[0]).toEqual(typed);
    expect(sheet.getRange(1, 2).getFormula()).toBe('');
  });

  test('a leading apostrophe forces text and is not stored', () => {
    const sheet = newSs().getSheets()[0];
    sheet.getRange(1, 1).setValue("'0812");
    expect(sheet.getRange(1, 1).getValue()).toBe('0812');
  });

  test('objects are not cell values', () => {
    const sheet = newSs().getSheets()[0];
    expect(() => sheet.getRange(1, 1).setValue({ a: 1 })).toThrow(/object cannot be stored/);
  });

  test('ranges outside the sheet throw; rows must be inserted first', () => {
    const sheet = newSs().getSheets()[0];
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getA1Notation()).toBe('A1005');
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
  });

  test('getSheetValues reads a block in one call, as getRange(...).getValues(), with the same checks', () => {
    const counter = new CallCounter();
    const sheet = counted(newSs().getSheets()[0], counter);
    sheet.getRange(1, 1, 3, 2).setValues([
      ['a', 1],
      ['b', 2],
      ['', 3],
    ]);
    const before = counter.remote;
    expect(sheet.getSheetValues(2, 1, 2, 2)).toEqual([
      ['b', 2],
      ['', 3],
    ]);
    expect(counter.remote - before).toBe(1);
    // -1: the last row or column with data.
    expect(sheet.getSheetValues(-1, -1, 1, 1)).toEqual([[3]]);
    expect(() => sheet.getSheetValues(0, 1, 1, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getSheetValues(1, 1, 1001, 1)).toThrow('outside the dimensions');
  });

  test('getLastRow, getDataRange and appendRow', () => {
    const sheet = newSs().getSheets()[0];
    expect(sheet.getLastRow()).toBe(0);
    sheet.appendRow(['a', 'b']);
    sheet.appendRow(['c']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
  });

  test('A1 notation ranges', () => {
    const sheet = newSs().getSheets()[0];
    expect(sheet.getRange('B2:C4').getNumRows()).toBe(3);
    expect(sheet.getRange('C:C').getNumRows()).toBe(1000);
  });
});

describe('data validation', () => {
  test('a reject-input dropdown refuses other values, from setValue and setValues, writing nothing', () => {
    const sheet = newSs().getSheets()[0];
    const rule = new DataValidationBuilder().requireValueInList(['Lead', 'Won'], true).setAllowInvalid(false).build();
    sheet.getRange(1, 1, 3, 1).setDataValidation(rule);
    sheet.getRange(1, 1).setValue('Won');
    expect(() => sheet.getRange(2, 1).setValue('Hot')).toThrow(
      'The data you entered in cell A2 violates the data validation rules set on this cell.',
    );
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['Lead'], ['Hot']])).toThrow(/A2 violates/);
    expect(sheet.getRange(1, 1).getValue()).toBe('Won');
    sheet.getRange(3, 1).setValue('');
  });

  test('a warning-only rule accepts anything', () => {
    const sheet = newSs().getSheets()[0];
    sheet.getRange(1, 1).setDataValidation(new DataValidationBuilder().requireValueInList(['a']).build());
    sheet.getRange(1, 1).setValue('b');
    expect(sheet.getRange(1, 1).getValue()).toBe('b');
  });
});

describe('LockService', () => {
  test('the document lock excludes a second execution until released; waitLock times out with the real error', () => {
    const reg = new LockRegistry();
    const a = new FakeLockService(reg, 'doc', 'exec-a').getDocumentLock()!;
    const b = new FakeLockService(reg, 'doc', 'exec-b').getDocumentLock()!;
    expect(a.tryLock(1000)).toBe(true);
    expect(a.hasLock()).toBe(true);
    expect(b.tryLock(10)).toBe(false);
    expect(() => b.waitLock(10)).toThrow('Lock timeout: another process was holding the lock for too long.');
    a.releaseLock();
    expect(b.tryLock(10)).toBe(true);
    expect(a.tryLock(10)).toBe(false);
  });
  test('ending an execution releases its locks', () => {
    const reg = new LockRegistry();
    const svc = new FakeLockService(reg, 'doc', 'exec-a');
    svc.getDocumentLock()!.waitLock(10);
    svc.releaseAll();
    expect(new FakeLockService(reg, 'doc', 'exec-b').getDocumentLock()!.tryLock(0)).toBe(true);
  });
  test('a lock released over spreadsheet writes made under it and not yet flushed is refused (stricter than Google, whose race is silent); a flush or the end of the execution applies them', () => {
    const reg = new LockRegistry();
    const counter = new CallCounter();
    const raw = newSs();
    const ss = counted(raw, counter);
    const svc = new FakeLockService(reg, 'doc', 'exec-w');
    enterExecution('exec-w');
    try {
      const cell = () => ss.getSheets()[0].getRange(1, 1);
      cell().setValue('before the lock');
      const lock = svc.getDocumentLock()!;
      lock.waitLock(10);
      lock.releaseLock(); // nothing written under it
      lock.waitLock(10);
      cell().setValue('x');
      expect(() => lock.releaseLock()).toThrow('releaseLock() with spreadsheet writes not yet applied');
      expect(lock.hasLock()).toBe(true);
      // Google's blog says a read commits pending writes; the emulation asks for the flush the reference documents.
      cell().getValue();
      expect(() => lock.releaseLock()).toThrow('not yet applied');
      counted(new FakeSpreadsheetApp(raw), counter).flush();
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
      lock.waitLock(10);
      cell().setValue('y');
    } finally {
      leaveExecution('exec-w');
    }
    svc.releaseAll();
    expect(new FakeLockService(reg, 'doc', 'exec-b').getDocumentLock()!.tryLock(0)).toBe(true);
  });
});

describe('LockService: waiting on the clock, and no document (issue 25, 18–19)', () => {
  test("a wait that reaches the holder's release takes the lock at that time; a shorter one times out after its timeout", () => {
    const c = new Clock(Date.parse('2026-11-24T09:00:00+07:00'));
    const reg = new LockRegistry();
    const t0 = c.now().getTime();
    reg.hold('doc:doc', 'someone', t0 + 60_000);
    const lock = new FakeLockService(reg, 'doc', 'exec-a', { clock: c }).getDocumentLock()!;
    expect(lock.tryLock(20_000)).toBe(false);
    expect(c.now().getTime() - t0).toBe(20_000);
    expect(lock.tryLock(60_000)).toBe(true);
    expect(c.now().getTime() - t0).toBe(60_000);
    expect(reg.holders.get('doc:doc')).toBe('exec-a');
    // A holder without a release time never lets go while we wait.
    reg.hold('doc:other', 'stuck');
    expect(new FakeLockService(reg, 'other', 'exec-b', { clock: c }).getDocumentLock()!.tryLock(300_000)).toBe(false);
  });
  test('getDocumentLock() is null outside a containing document', () => {
    expect(new FakeLockService(new LockRegistry(), 'doc', 'exec-a', { noDocument: true }).getDocumentLock()).toBeNull();
  });
});

describe('google.script.run results (issue 25, 18)', () => {
  test('a Date anywhere in a result fails the call instead of becoming a string', () => {
    expect(() => toPlain(new Date())).toThrow('google.script.run cannot return a Date (result)');
    expect(() => toPlain({ a: [{ when: new Date() }] })).toThrow('(result.a[0].when)');
    expect(toPlain({ a: [undefined, 1], b: 'x' })).toEqual({ a: [null, 1], b: 'x' });
    expect(toPlain(undefined)).toBeNull();
  });
});

describe('ScriptApp.getAuthorizationInfo (issue 25, 20)', () => {
  test('REQUIRED with a URL while a scope of the manifest is not granted; NOT_REQUIRED once it is', () => {
    const required = ['https://www.googleapis.com/auth/script.send_mail', 'https://www.googleapis.com/auth/drive.file'];
    let granted: string[] | null = [required[0]];
    const app = new FakeScriptApp(
      emptyState(),
      () => 'a@x.id',
      () => [],
      'doc',
      {
        required: () => required,
        granted: () => granted,
      },
    );
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toBe('https://script.google.com/macros/d/local-script/authorize');
    expect(info.getAuthorizedScopes()).toEqual([required[0]]);
    // Only FULL asks for authorisation.
    expect(app.getAuthorizationInfo(app.AuthMode.LIMITED).getAuthorizationStatus()).toBe('NOT_REQUIRED');
    expect(() => app.getAuthorizationInfo('SOMETIMES')).toThrow('Invalid argument: authMode');
    granted = null;
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus()).toBe('NOT_REQUIRED');
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationUrl()).toBeNull();
  });
});

describe('MailApp', () => {
  test('has a daily recipient quota, refuses past it and resets the next day', () => {
    const c = new Clock(Date.parse('2026-11-24T09:00:00+07:00'));
    const state = emptyState();
    const mail = new FakeMailApp(state, () => c.now(), 2);
    mail.sendEmail('a@x.id', 'Hi', 'body');
    mail.sendEmail({ to: 'b@x.id', subject: 'Hi', body: 'b', htmlBody: '<b>b</b>' });
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('c@x.id', 'Hi', 'body')).toThrow('Service invoked too many times for one day: email.');
    expect(mail.sent).toHaveLength(2);
    c.advance(24 * 3600 * 1000);
    expect(mail.getRemainingDailyQuota()).toBe(2);
  });
  test('refuses an invalid recipient', () => {
    const mail = new FakeMailApp(emptyState(), () => clock.now(), 10);
    expect(() => mail.sendEmail('not-an-email', 's', 'b')).toThrow('Invalid email: not-an-email');
  });
});

describe('ScriptApp', () => {
  test('keeps a list of triggers; an add-on may own one clock trigger per user', () => {
    const state = emptyState();
    const app = new FakeScriptApp(
      state,
      () => 'a@x.id',
      () => ['runDailyJobs'],
    );
    const t = app.newTrigger('runDailyJobs').timeBased().atHour(8).everyDays(1).create();
    expect(app.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['runDailyJobs']);
    expect(() => app.newTrigger('runDailyJobs').timeBased().everyDays(1).create()).toThrow(
      /too many time-based triggers/,
    );
    app.deleteTrigger(t);
    expect(app.getProjectTriggers()).toHaveLength(0);
    expect(() => app.newTrigger('nope').timeBased().everyDays(1).create()).toThrow('Script function not found: nope');
    expect(() => app.newTrigger('runDailyJobs').timeBased().everyMinutes(5)).toThrow(/once per hour/);
  });
});

describe('Properties, Cache, Utilities', () => {
  test('property values over 9 KB are refused', () => {
    const p = new FakeProperties({});
    p.setProperty('k', 'v');
    expect(p.getProperty('k')).toBe('v');
    expect(p.getProperty('missing')).toBeNull();
    expect(() => p.setProperty('big', 'x'.repeat(10000))).toThrow('Argument too large');
  });
  test('cache entries expire', () => {
    const c = new Clock(0);
    const cache = new FakeCache(() => c.now());
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    c.advance(61000);
    expect(cache.get('k')).toBeNull();
  });
  test('formatDate honours the time zone and Java patterns', () => {
    const u = new FakeUtilities(clock);
    const d = new Date('2026-11-24T20:30:00Z');
    expect(u.formatDate(d, 'Asia/Jakarta', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-11-25T03:30:00+07:00');
    expect(u.formatDate(d, 'UTC', 'EEE, d MMM yyyy HH:mm')).toBe('Tue, 24 Nov 2026 20:30');
  });
});

describe('call counting', () => {
  test('every call through a wrapped service is counted, nested objects included', () => {
    const counter = new CallCounter();
    const ss = counted(newSs(), counter);
    const sheet = ss.getSheetByName('Sheet1')!;
    sheet.getRange(1, 1, 1, 2).setValues([[1, 2]]);
    sheet.getRange(1, 1, 1, 2).getValues();
    expect(counter.total).toBe(5);
    expect(counter.snapshot()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
    });
  });
});

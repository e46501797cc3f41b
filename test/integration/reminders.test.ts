// Daily automation with a fixed clock: each reminder rule at its boundaries, exactly-once sending.
import { env } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';
import type { SentMail } from '../../src/local/services';
import { setSetting } from '../../src/local/demo';

const JKT = (s: string) => new Date(`${s}+07:00`);
const DAY = (s: string) => JKT(`${s}T00:00:00`);

interface Row {
  id: string;
  owner?: string;
  status?: string;
  created?: Date;
  lastContact?: Date | '';
  followUps?: number;
  next?: Date | '';
  expectedClose?: Date | '';
  completedOn?: Date | '';
  phone?: string;
  name?: string;
}

/** A Leads tab holding exactly these rows (as a team's sheet would), Settings with a manager. */
function workbook(rows: Row[], now: string, opts: { mailQuota?: number } = {}): Environment {
  const e = env({ now, mailQuota: opts.mailQuota });
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  const values = rows.map((r) => {
    const rec: Record<string, unknown> = {
      'Lead ID': r.id,
      'Created At': r.created ?? JKT('2026-11-01T09:00:00'),
      Name: r.name ?? `Klien ${r.id}`,
      Company: 'PT Contoh',
      Phone: r.phone ?? '+6281234567890',
      Source: 'Website',
      Needs: 'CCTV',
      Status: r.status ?? 'Lead',
      Owner: r.owner ?? 'rina@firma.id',
      'Next Follow-up': r.next ?? '',
      'Follow-ups': r.followUps ?? 0,
      'Last Contact': r.lastContact ?? JKT('2026-11-02T10:00:00'),
      'Expected Close': r.expectedClose ?? '',
      'Completed On': r.completedOn ?? '',
    };
    return LEAD_COLUMNS.map((c) => rec[c.header] ?? '');
  });
  sheet.getRange(2, 1, values.length, LEAD_COLUMNS.length).setValues(values);
  return e;
}

const listedIds = (m: SentMail) => [...m.body.matchAll(/- (L-[\w-]+)/g)].map((x) => x[1]);
const section = (m: SentMail, title: RegExp) => {
  const lines = m.body.split('\n');
  const start = lines.findIndex((l) => title.test(l));
  if (start < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l === '') break;
    const id = /^- (L-[\w-]+)/.exec(l);
    if (id) out.push(id[1]);
  }
  return out;
};

describe('runFollowUpReminders: each rule fires exactly where it should', () => {
  const now = '2026-11-24T09:00:00+07:00';
  const rows: Row[] = [
    // First-contact SLA (24 h): created exactly 24 h ago is not yet a breach; a minute earlier is.
    { id: 'L-SLA-ON', created: JKT('2026-11-23T09:00:00'), lastContact: '' },
    { id: 'L-SLA-OVER', created: JKT('2026-11-23T08:59:00'), lastContact: '' },
    { id: 'L-SLA-CONTACTED', created: JKT('2026-11-20T08:00:00'), lastContact: JKT('2026-11-20T09:00:00') },
    // Follow-ups due: tomorrow no, today yes, yesterday yes.
    { id: 'L-FU-TOMORROW', next: DAY('2026-11-25') },
    { id: 'L-FU-TODAY', next: DAY('2026-11-24') },
    { id: 'L-FU-YESTERDAY', next: DAY('2026-11-23'), status: 'Quotation Sent' },
    // Maximum follow-ups (3): 2 is a normal due follow-up, 3 is flagged.
    { id: 'L-MAX-2', followUps: 2, next: DAY('2026-11-24') },
    { id: 'L-MAX-3', followUps: 3, next: DAY('2026-11-28') },
    // Expected close: today is not past, yesterday is.
    { id: 'L-EC-TODAY', status: 'Negotiation', expectedClose: DAY('2026-11-24') },
    { id: 'L-EC-YESTERDAY', status: 'Negotiation', expectedClose: DAY('2026-11-23') },
    { id: 'L-EC-WON', status: 'Won', expectedClose: DAY('2026-10-01') },
    // Past clients: re-contact date (Next Follow-up, else Completed On + 12 months).
    { id: 'L-PC-TOMORROW', status: 'Past Client', next: DAY('2026-11-25') },
    { id: 'L-PC-TODAY', status: 'Past Client', next: DAY('2026-11-24') },
    { id: 'L-PC-COMPLETED', status: 'Past Client', completedOn: DAY('2025-11-24') },
    { id: 'L-PC-NOT-YET', status: 'Past Client', completedOn: DAY('2025-11-25') },
    // Lost leads are never listed.
    { id: 'L-LOST', status: 'Lost', next: DAY('2026-11-01') },
    // Other owners: another person, a first name (legacy), nobody.
    { id: 'L-ANDI', owner: 'Andi@Firma.id', next: DAY('2026-11-24') },
    { id: 'L-DIMAS', owner: 'Dimas', next: DAY('2026-11-24') },
    { id: 'L-NOBODY', owner: '', next: DAY('2026-11-24') },
  ];

  test('one digest per owner, sections at their boundaries, a team digest for the manager', () => {
    const e = workbook(rows, now);
    const r = e.call('runFollowUpReminders');
    expect(r).toMatchObject({ date: '2026-11-24', sent: 3, alreadySent: 0, waitingForQuota: 0, errors: [] });
    expect(e.mail.sent.map((m) => m.to).sort()).toEqual(['andi@firma.id', 'boss@firma.id', 'rina@firma.id']);
    const rina = e.mail.sent.find((m) => m.to === 'rina@firma.id')!;
    expect(section(rina, /^Prospek baru belum dihubungi dalam 24 jam/)).toEqual(['L-SLA-OVER']);
    expect(section(rina, /^Sudah 3 kali tindak lanjut/)).toEqual(['L-MAX-3']);
    expect(section(rina, /^Deal terbuka yang melewati/)).toEqual(['L-EC-YESTERDAY']);
    expect(section(rina, /^Tindak lanjut jatuh tempo/)).toEqual(['L-FU-YESTERDAY', 'L-FU-TODAY', 'L-MAX-2']);
    expect(section(rina, /^Klien lama/)).toEqual(['L-PC-TODAY', 'L-PC-COMPLETED']);
    // Open, with no next follow-up planned (contacted, or past the first stage): listed, not lost.
    expect(section(rina, /^Deal terbuka tanpa jadwal tindak lanjut/)).toEqual(['L-SLA-CONTACTED', 'L-EC-TODAY']);
    expect(listedIds(rina)).not.toEqual(expect.arrayContaining(['L-SLA-ON']));
    expect(rina.subject).toBe('Lembar CRM: 10 prospek perlu ditindaklanjuti (24 November 2026)');
    expect(rina.htmlBody).toContain('https://wa.me/6281234567890?text=Halo%20Klien%20L-SLA-OVER');
    expect(rina.htmlBody).toMatch(/#gid=\d+&#38;range=A3"/);
    const boss = e.mail.sent.find((m) => m.to === 'boss@firma.id')!;
    expect(boss.body).toContain('Prospek tanpa penanggung jawab: 1');
    expect(boss.body).toContain('Dimas: 1 prospek');
    expect(boss.body).toContain('Pelanggaran SLA kontak pertama: 1.');
    expect(boss.body).toMatch(/rina@firma\.id: 1 \/ 1 \/ 1 \/ 3 \/ 2 \/ 2 \/ 0 = 10/);
    expect(e.mail.sent.some((m) => m.to.toLowerCase() === 'dimas')).toBe(false);
  });

  test('a second run the same day sends nothing new; the next day sends again', () => {
    const e = workbook(rows, now);
    e.call('runFollowUpReminders');
    const again = e.call('runFollowUpReminders');
    expect(again).toMatchObject({ sent: 0, alreadySent: 3 });
    expect(e.mail.sent).toHaveLength(3);
    e.clock.advance(24 * 3600000);
    expect(e.call('runFollowUpReminders')).toMatchObject({ date: '2026-11-25', sent: 3 });
  });

  test('the mail quota running out: the rest waits for the next run, nothing is sent twice', () => {
    const e = workbook(rows, now, { mailQuota: 2 });
    expect(e.call('runFollowUpReminders')).toMatchObject({ sent: 2, waitingForQuota: 1 });
    // Later the same day: still no quota, and the two sent are not sent again.
    expect(e.call('runFollowUpReminders')).toMatchObject({ sent: 0, alreadySent: 2, waitingForQuota: 1 });
    e.clock.advance(24 * 3600000);
    const next = e.call('runFollowUpReminders');
    expect(next).toMatchObject({ date: '2026-11-25', sent: 2, waitingForQuota: 1 });
    expect(e.mail.sent).toHaveLength(4);
    const runLog = e.spreadsheet.getSheetByName('Run Log')!.getDataRange().getValues().slice(1);
    expect(runLog.map((r) => [r[1], r[2]])).toEqual([
      ['runFollowUpReminders', 'sebagian'],
      ['runFollowUpReminders', 'sebagian'],
      ['runFollowUpReminders', 'sebagian'],
    ]);
    expect(runLog[0][3]).toMatch(
      /email terkirim 2, sudah terkirim hari ini 0, menunggu kuota email 1, prospek terdaftar \d+, galat 0/,
    );
  });

  test('a crash mid-run (MailApp failing on the second email): the next run completes without a double send', () => {
    const e = workbook(rows, now);
    e.counter.fault = (name, nth) =>
      name === 'MailApp.sendEmail' && nth === 2 ? new Error('Exception: Service unavailable') : null;
    const first = e.call('runFollowUpReminders');
    expect(first.sent).toBe(2);
    expect(first.errors).toHaveLength(1);
    e.counter.fault = null;
    const second = e.call('runFollowUpReminders');
    expect(second).toMatchObject({ sent: 1, alreadySent: 2 });
    expect(new Set(e.mail.sent.map((m) => m.to)).size).toBe(3);
  });

  test('a run killed after claiming an email (a time-out) never sends it twice', () => {
    const e = workbook(rows, now);
    // The execution dies right after the first claim was recorded, before its email went out.
    e.counter.fault = (name, nth) =>
      name === 'MailApp.sendEmail' && nth === 1
        ? Object.assign(new Error('Exceeded maximum execution time'), { fatal: true })
        : null;
    // A time-out cannot be caught by the script; emulate it by failing every call after that point.
    let dead = false;
    const inner = e.counter.fault;
    e.counter.fault = (name, nth, total) => {
      if (dead) return new Error('Exceeded maximum execution time');
      const err = inner(name, nth, total);
      if (err) dead = true;
      return err;
    };
    expect(() => e.call('runFollowUpReminders')).toThrow(/Exceeded maximum execution time/);
    e.counter.fault = null;
    const next = e.call('runFollowUpReminders');
    expect(next).toMatchObject({ alreadySent: 1, sent: 2 });
    expect(e.mail.sent.map((m) => m.to)).toHaveLength(2);
  });
});

describe('the spreadsheet time zone, around midnight and month ends', () => {
  test('just after midnight in Jakarta, it is already the next day (UTC is still the day before)', () => {
    const e = workbook([{ id: 'L-1', next: DAY('2026-11-25') }], '2026-11-25T00:30:00+07:00');
    expect(e.call('runFollowUpReminders')).toMatchObject({ date: '2026-11-25', sent: 2 });
  });
  test('just before midnight, tomorrow is not due yet', () => {
    const e = workbook([{ id: 'L-1', next: DAY('2026-11-25') }], '2026-11-24T23:30:00+07:00');
    expect(e.call('runFollowUpReminders')).toMatchObject({ date: '2026-11-24', sent: 0, listed: 0 });
  });
  test('month end: 1 December is due on 1 December', () => {
    const e = workbook(
      [
        { id: 'L-1', next: DAY('2026-12-01') },
        { id: 'L-2', next: DAY('2026-12-02') },
      ],
      '2026-12-01T00:05:00+07:00',
    );
    const r = e.call('runFollowUpReminders');
    expect(r.listed).toBe(1);
  });
});

describe('triggers and the daily run', () => {
  test('installTriggers leaves exactly one daily trigger at the reminder hour, even after the hour changes', () => {
    const e = workbook([{ id: 'L-1' }], '2026-11-24T09:00:00+07:00');
    expect(e.call('installTriggers')).toEqual({
      installed: true,
      hour: 8,
      timeZone: 'Asia/Jakarta',
      nextRun: '2026-11-25T01:00:00.000Z',
    });
    e.call('installTriggers');
    setSetting(e.spreadsheet, 'Reminder hour', '17');
    expect(e.call('installTriggers')).toMatchObject({ hour: 17, nextRun: '2026-11-24T10:00:00.000Z' });
    // One clock trigger, beside the lead form's form-submit trigger (one of each type, as an add-on may).
    const clock = e.state.triggers.filter((t) => t.eventType === 'CLOCK');
    expect(clock).toHaveLength(1);
    expect(e.state.triggers.map((t) => t.eventType).sort()).toEqual(['CLOCK', 'ON_FORM_SUBMIT']);
    expect(clock[0]).toMatchObject({
      handler: 'runDailyJobs',
      eventType: 'CLOCK',
      atHour: 17,
      everyDays: 1,
      timeZone: 'Asia/Jakarta',
    });
    expect(e.call('showNextRun')).toMatchObject({ installed: true });
    expect(e.spreadsheetApp.ui.alerts.at(-1)).toBe(
      'Otomatisasi harian terpasang: setiap hari antara pukul 17.00 dan 18.00 (Asia/Jakarta); Apps Script memilih menitnya dalam jam itu. Berikutnya: 24 Nov 2026 17.00–18.00.',
    );
  });

  test('runDailyJobs runs each job on its own: one failing never stops the others, all logged', () => {
    const e = workbook([{ id: 'L-1', next: DAY('2026-11-24') }], '2026-11-24T09:00:00+07:00');
    e.counter.fault = (name) =>
      name === 'MailApp.getRemainingDailyQuota' ? new Error('Exception: MailApp is down') : null;
    const out = e.call('runDailyJobs');
    expect(out.map((o) => [o.job, o.outcome])).toEqual([
      ['runLeadIntake', 'ok'],
      ['runFollowUpReminders', 'error'],
      ['runWeeklyReport', 'error'],
      ['runCampaigns', 'ok'],
      ['runDuplicateAudit', 'ok'],
      ['refreshSummary', 'ok'],
    ]);
    const log = e.spreadsheet.getSheetByName('Run Log')!.getDataRange().getValues().slice(1);
    // The audit ran and wrote its tab; only its summary email failed, which it logged.
    expect(log.map((r) => [r[1], r[2]])).toEqual([
      ['runFollowUpReminders', 'gagal'],
      ['runWeeklyReport', 'gagal'],
      ['runDuplicateAudit', 'sebagian'],
      ['refreshSummary', 'berhasil'],
    ]);
    expect(log[0][3]).toMatch(/MailApp is down/);
    expect(log[1][3]).toMatch(/MailApp is down/);
  });

  test('the run log is trimmed so it never grows without bound', () => {
    const e = workbook([{ id: 'L-1' }], '2026-11-24T09:00:00+07:00');
    const sheet = e.spreadsheet.getSheetByName('Run Log')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 100);
    sheet
      .getRange(2, 1, 500, 4)
      .setValues(Array.from({ length: 500 }, (_, i) => [new Date(0), 'old', 'ok', String(i)]));
    e.call('runFollowUpReminders');
    expect(sheet.getLastRow()).toBe(501);
    expect(sheet.getRange(2, 4).getValue()).toBe('1');
    expect(sheet.getRange(501, 2).getValue()).toBe('runFollowUpReminders');
  });
});

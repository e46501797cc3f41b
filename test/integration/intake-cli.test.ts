// `lembar intake RESPONSES.csv` as a user runs it: a Google Forms export replayed into a real
// .xlsx through the form and onLeadFormSubmit; replayed again, it makes nothing twice.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'lembar.js');

function lembar(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LEMBAR_NOW: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const EXPORT = [
  'Timestamp,Nama,Perusahaan,Nomor telepon / WhatsApp,Email,Apa kebutuhan Anda?,Dari mana Anda tahu tentang kami?',
  '11/24/2026 9:03:04,Budi Santoso,PT Maju Jaya,0812-3456-7890,,CCTV gudang,Google',
  '11/24/2026 9:10:00,Sari Dewi,,,sari@contoh.id,Alarm rumah,teman',
  '11/24/2026 9:20:00,Budi Santoso,PT Maju Jaya,+62 812 3456 7890,,Tambah kamera,Google',
  '11/24/2026 9:30:00,Tanpa Kontak,,,,CCTV,Google',
].join('\n');

test('a Google Forms export replayed: one lead each, the repeat joins, the contact-less one kept for review', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-intake-'));
  const now = ['--now', '2026-11-24T10:00:00+07:00'];
  expect(lembar(['setup', '--workbook', 'crm.xlsx', ...now], dir).code).toBe(0);
  fs.writeFileSync(path.join(dir, 'responses.csv'), EXPORT);
  const outbox = path.join(dir, 'outbox');
  const r = lembar(['intake', 'responses.csv', '--workbook', 'crm.xlsx', '--outbox', outbox, ...now], dir);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out);
  expect(report).toMatchObject({ tab: 'Form Responses 1', responses: 4, created: 2, joined: 1, review: 1, told: 3 });
  const leads = JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out).values;
  expect(leads.slice(1).map((l: unknown[]) => [l[0], l[3], l[5], l[7]])).toEqual([
    ['L-000001', 'Budi Santoso', '+6281234567890', 'Google Ads'],
    ['L-000002', 'Sari Dewi', '', 'Referral'],
  ]);
  // Created At is when the person sent the form (the export's time), not when it was replayed.
  expect(leads[1][2]).toBe('2026-11-24T02:03:04.000Z');
  const tab = JSON.parse(lembar(['read', 'Form Responses 1', '--workbook', 'crm.xlsx'], dir).out).values;
  expect(tab.map((row: unknown[]) => row[row.length - 3])).toEqual([
    'Intake',
    'New lead',
    'New lead',
    'Joined',
    'Review',
  ]);
  expect(fs.readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(3);
  // The daily run (Google retrying, a sweep) makes nothing twice and sends nothing again.
  const again = lembar(['run', 'runDailyJobs', '--workbook', 'crm.xlsx', '--outbox', outbox, ...now], dir);
  expect(again.code).toBe(0);
  expect(JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out).values).toHaveLength(3);
  expect(
    fs.readdirSync(outbox).filter((f) => /formulir|form/i.test(fs.readFileSync(path.join(outbox, f), 'utf8'))),
  ).toHaveLength(3);
  // The link to the form is kept with the workbook: a later run still knows the form's tab.
  const setup = JSON.parse(lembar(['run', 'setupCrm', '--workbook', 'crm.xlsx', ...now], dir).out);
  expect(setup.leadForm).toEqual({
    tab: 'Form Responses 1',
    formUrl: expect.stringContaining('/forms/'),
    missing: [],
  });
  // A CSV whose questions are not the form's is refused, naming the question.
  fs.writeFileSync(path.join(dir, 'other.csv'), 'Nama,Umur\nAna,30\n');
  const bad = lembar(['intake', 'other.csv', '--workbook', 'crm.xlsx'], dir);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/no question "Umur"/);
});

// Demo data for a new playground workbook: leads entered and contacts logged through the same
// global functions a sales person uses, spread over the last weeks.
import type { Environment } from './environment';
import type { FakeSpreadsheet } from './spreadsheet';

/** A person typing a value into Settings' Value column, on the row of `setting`. */
export function setSetting(ss: FakeSpreadsheet, setting: string, value: string): void {
  const sheet = ss.getSheetByName('Settings');
  if (!sheet) throw new Error('no Settings tab: run setupCrm first');
  const names = sheet
    .getDataRange()
    .getValues()
    .map((r) => r[0]);
  const row = names.indexOf(setting) + 1;
  if (row < 2) throw new Error(`no setting "${setting}"`);
  personTypes(ss, 'Settings', row, 2, [[value]]);
}

/**
 * A person typing or pasting `values` at row, col of a tab: onEdit runs as on Google (it tells
 * the add-on that Settings or Team changed). Without an Environment, the values just go in.
 */
export function personTypes(ss: FakeSpreadsheet, tab: string, row: number, col: number, values: unknown[][]): void {
  if (ss.personEdit) ss.personEdit(tab, row, col, values);
  else ss.getSheetByName(tab)!.getRange(row, col, values.length, values[0].length).setValues(values);
}

const LEADS = [
  {
    name: 'Budi Santoso',
    company: 'PT Maju Jaya',
    phone: '0812-3456-7890',
    email: 'budi@majujaya.co.id',
    source: 'WhatsApp',
    needs: 'CCTV 8 kamera untuk gudang',
    dealValue: '45.000.000',
    expectedClose: 30,
  },
  {
    name: 'Siti Rahmawati',
    company: 'CV Berkah Abadi',
    phone: '+62 857 1122 3344',
    email: '',
    source: 'Google Ads',
    needs: 'Access control 3 pintu',
    dealValue: '',
    expectedClose: 0,
  },
  {
    name: 'Andi Wijaya',
    company: '',
    phone: '(021) 555-1234',
    email: 'andi.w@gmail.com',
    source: 'Referral',
    needs: 'Alarm rumah dan CCTV 4 kamera',
    dealValue: '12.500.000',
    expectedClose: 20,
  },
  {
    name: 'Dewi Lestari',
    company: 'Klinik Sehat Sentosa',
    phone: '0813.9988.7766',
    email: 'admin@kliniksehat.id',
    source: 'Website',
    needs: 'Sistem antrian dan CCTV',
    dealValue: '78.000.000',
    expectedClose: 45,
  },
  {
    name: 'Hendra Gunawan',
    company: 'Toko Bangunan Sinar',
    phone: '0878-5544-3322 (WA)',
    email: '',
    source: 'Walk-in',
    needs: 'CCTV 16 kamera + NVR',
    dealValue: '',
    expectedClose: 0,
  },
  {
    name: 'Rina Marlina',
    company: 'Sekolah Harapan Bangsa',
    phone: '',
    email: 'tu@harapanbangsa.sch.id',
    source: 'Event',
    needs: 'CCTV sekolah 24 kamera',
    dealValue: '96.000.000',
    expectedClose: 60,
  },
  {
    name: 'Joko Susilo',
    company: 'PT Sinar Logistik',
    phone: '+65 6123 4567',
    email: 'joko@sinarlogistik.com',
    source: 'Email',
    needs: 'Integrasi CCTV cabang Singapura',
    dealValue: '150.000.000',
    expectedClose: 90,
  },
  {
    name: 'Maya Sari',
    company: '',
    phone: '0821-7788-9900',
    email: '',
    source: 'Social Media',
    needs: 'Smart doorbell',
    dealValue: '',
    expectedClose: 0,
  },
];

const DAY = 86400000;

/** A new local workbook starts with Google's empty "Sheet1"; once the CRM tabs exist it can go. */
export function dropEmptyFirstSheet(env: Environment): void {
  const ss = env.spreadsheet;
  const first = ss.getSheetByName('Sheet1');
  if (first && first.getLastRow() === 0 && ss.getSheets().length > 1) ss.deleteSheet(first);
}

export function seedDemo(env: Environment): void {
  env.call('setupCrm');
  dropEmptyFirstSheet(env);
  // The demo salesperson and a manager, so greetings are signed with a name, not an address.
  env.spreadsheet
    .getSheetByName('Team')!
    .getRange(2, 1, 2, 5)
    .setValues([
      [env.user, 'Rina Wulandari', '0812-1000-2000', 'Sales', ''],
      ['manager@example.com', 'Pak Hendra', '', 'Manager', ''],
    ]);
  const start = env.clock.now().getTime();
  LEADS.forEach((lead, i) => {
    const expected = lead.expectedClose ? new Date(start + lead.expectedClose * DAY).toISOString().slice(0, 10) : '';
    const r = env.call('submitLead', { ...lead, expectedClose: expected }) as { ok: boolean; leadId?: string };
    if (!r.ok || !r.leadId) throw new Error(`demo lead ${lead.name} was refused: ${JSON.stringify(r)}`);
    env.clock.advance(5 * 3600000);
    if (i % 3 !== 2)
      env.call('logActivity', {
        leadId: r.leadId,
        type: 'Follow-up Call',
        summary: 'Kontak pertama, minta jadwal survei',
      });
    env.clock.advance(20 * 3600000);
    if (i % 2 === 0)
      env.call('logActivity', { leadId: r.leadId, type: 'Site Survey', summary: 'Survei lokasi selesai' });
    env.clock.advance(DAY + i * 3600000);
  });
  // A few deals further down the pipeline, so the Summary has something to show.
  env.call('setLeadStatus', {
    leadId: 'L-000001',
    status: 'Quotation Sent',
    fields: { dealValue: '45000000', expectedClose: new Date(start + 30 * DAY).toISOString().slice(0, 10) },
  });
  env.call('setLeadStatus', {
    leadId: 'L-000004',
    status: 'Quotation Sent',
    fields: { dealValue: '78000000', expectedClose: new Date(start + 45 * DAY).toISOString().slice(0, 10) },
  });
  env.call('setLeadStatus', { leadId: 'L-000004', status: 'Won', fields: {} });
  env.call('setLeadStatus', { leadId: 'L-000008', status: 'Lost', fields: { lostReason: 'No budget' } });
  env.call('refreshSummary');
}

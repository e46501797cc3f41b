// The salesperson's day through the built bundle: Today (the same plan as the digest),
// search as people type, editing with history, templates and the Team tab.
import { env, records } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';
import { setSetting, personTypes } from '../../src/local/demo';

const JKT = (s: string) => new Date(`${s}+07:00`);

/** A CRM whose Leads hold these rows (as a team's sheet would), a Team tab and a manager. */
function crm(rows: Record<string, unknown>[], now = '2026-11-24T09:00:00+07:00', user = 'rina@firma.id'): Environment {
  const e = env({ now, user });
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  const team = e.spreadsheet.getSheetByName('Team')!;
  team.getRange(2, 1, 3, 5).setValues([
    ['rina@firma.id', 'Rina Wulandari', '0812-1000-2000', 'Sales', 'id'],
    ['andi@firma.id', 'Andi', '', 'Sales', 'en'],
    ['sari@firma.id', 'Sari', '', 'Manager', 'id'],
  ]);
  const values = rows.map((r, i) => {
    const rec: Record<string, unknown> = {
      'Lead ID': `L-${String(i + 1).padStart(6, '0')}`,
      'Created At': JKT('2026-11-01T09:00:00'),
      Company: 'PT Contoh',
      Phone: '+6281234500000',
      Source: 'Website',
      Needs: 'CCTV',
      Status: 'Lead',
      Owner: 'rina@firma.id',
      'Follow-ups': 0,
      'Last Contact': JKT('2026-11-02T10:00:00'),
      ...r,
    };
    return LEAD_COLUMNS.map((c) => rec[c.header] ?? '');
  });
  const leads = e.spreadsheet.getSheetByName('Leads')!;
  if (values.length + 1 > leads.getMaxRows())
    leads.insertRowsAfter(leads.getMaxRows(), values.length + 1 - leads.getMaxRows());
  if (values.length > 0) leads.getRange(2, 1, values.length, LEAD_COLUMNS.length).setValues(values);
  return e;
}

describe('getMyDay', () => {
  const rows = [
    { Name: 'Baru Sekali', 'Last Contact': '', 'Created At': JKT('2026-11-22T09:00:00') },
    { Name: 'Telat Dua', 'Next Follow-up': JKT('2026-11-22T00:00:00') },
    { Name: 'Hari Ini', 'Next Follow-up': JKT('2026-11-24T00:00:00'), Phone: '(021) 555-1234' },
    { Name: 'Besok', 'Next Follow-up': JKT('2026-11-25T00:00:00') },
    { Name: 'Lewat Close', Status: 'Quotation Sent', 'Deal Value': 5e7, 'Expected Close': JKT('2026-11-20T00:00:00') },
    { Name: 'Maksimal', 'Follow-ups': 3, 'Next Follow-up': JKT('2026-11-23T00:00:00') },
    { Name: 'Klien Lama', Status: 'Past Client', 'Completed On': JKT('2025-11-01T00:00:00') },
    { Name: 'Punya Andi', Owner: 'andi@firma.id', 'Next Follow-up': JKT('2026-11-20T00:00:00') },
  ];

  test('the list is the digest of the same day, section by section', () => {
    const e = crm(rows);
    const day = e.call('getMyDay');
    expect(day.owner).toBe('rina@firma.id');
    expect(day.date).toBe('2026-11-24');
    const ids = day.sections.map((s) => [s.key, s.items.map((i) => i.leadId)]);
    expect(ids).toEqual([
      ['slaBreached', ['L-000001']],
      ['maxFollowUps', ['L-000006']],
      ['pastExpectedClose', ['L-000005']],
      ['followUpDue', ['L-000002', 'L-000003']],
      ['recontact', ['L-000007']],
    ]);
    // Created on the 22nd with a 24-hour SLA: due the 23rd, a day late today, and it says so.
    expect(day.sections[0].items[0].reason).toBe(
      'Baru, belum dihubungi: kontak pertama 24 jam jatuh tempo Senin, 23 Nov: terlambat 1 hari.',
    );
    // The digest mailed today lists the same leads, in the same order.
    e.call('runFollowUpReminders');
    const mail = e.mail.sent.find((m) => m.to === 'rina@firma.id')!;
    expect([...mail.body.matchAll(/(L-\d{6})/g)].map((m) => m[1])).toEqual(ids.flatMap(([, list]) => list as string[]));
    // Greeted by the Team name, in the Team language.
    expect(mail.body).toMatch(/Rina Wulandari/);
    expect(e.mail.sent.find((m) => m.to === 'andi@firma.id')!.subject).toMatch(/^Lembar CRM: 1 lead to follow up/); // Andi reads English, one lead: no plural
    // Managers: Settings' and the Team's Manager rows.
    expect(e.mail.sent.map((m) => m.to).sort()).toEqual([
      'andi@firma.id',
      'boss@firma.id',
      'rina@firma.id',
      'sari@firma.id',
    ]);
    const due = day.sections.find((s) => s.key === 'followUpDue')!.items;
    expect(due.map((i) => [i.overdueDays, i.reason])).toEqual([
      [2, 'Tindak lanjut jatuh tempo Minggu, 22 Nov: terlambat 2 hari.'],
      [0, 'Tindak lanjut jatuh tempo hari ini.'],
    ]);
    // WhatsApp only for a mobile, with the situation's template signed with the Team name.
    expect(due[0].whatsapp).toMatch(/^https:\/\/wa\.me\/6281234500000\?text=/);
    expect(decodeURIComponent(due[0].whatsapp)).toMatch(/saya Rina Wulandari/);
    expect(due[1].phone).toBe('+62215551234');
    expect(due[1].whatsapp).toBe('');
  });

  test('a manager opens a teammate’s list; a salesperson cannot', () => {
    const asManager = crm(rows, undefined, 'sari@firma.id');
    expect(
      asManager.call('getMyDay', { owner: 'ANDI@firma.id' }).sections.flatMap((s) => s.items.map((i) => i.leadId)),
    ).toEqual(['L-000008']);
    const asSales = crm(rows);
    expect(() => asSales.call('getMyDay', { owner: 'andi@firma.id' })).toThrow(/Hanya manajer/);
    // Logged from a list that can no longer be drawn (no longer a manager): logged once, and said
    // so; a retry with the same request ID is answered, not logged again.
    const arg = { leadId: 'L-000008', type: 'WhatsApp', summary: 'Halo', requestId: 'r'.repeat(20) };
    const first = asSales.call('logActivity', { ...arg, day: { owner: 'andi@firma.id' } });
    expect(first).toMatchObject({ ok: true });
    expect('day' in first).toBe(false);
    expect(asSales.call('logActivity', { ...arg, day: { owner: 'andi@firma.id' } })).toMatchObject({ ok: true });
    expect(records(asSales.spreadsheet, 'Activities').filter((a) => a.Summary === 'Halo')).toHaveLength(1);
  });
});

describe('searchLeads', () => {
  const rows = [
    { Name: 'Bapak Budi Santoso', Company: 'PT. Maju Jaya', Phone: '+6281234567890', Email: 'budi@majujaya.co.id' },
    {
      Name: 'Siti Rahma',
      Company: 'CV Berkah',
      Phone: '0857 1122 3344',
      Status: 'Quotation Sent',
      'Deal Value': 1,
      'Expected Close': JKT('2026-12-01T00:00:00'),
    },
    { Name: 'Budiman', Company: 'Toko Sinar', Phone: '+6281299990000', Owner: 'andi@firma.id' },
  ];
  const find = (e: Environment, q: object) => e.call('searchLeads', q).map((r) => r.leadId);

  test.each([
    ['budi santoso', ['L-000001']],
    ['BUDI', ['L-000001', 'L-000003']],
    ['Pak Budi', ['L-000001', 'L-000003']],
    ['maju jaya', ['L-000001']],
    ['pt maju', ['L-000001']],
    ['0812-3456-7890', ['L-000001']],
    ['+62 812 3456 7890', ['L-000001']],
    ['628571122334', ['L-000002']],
    ['1122 3344', ['L-000002']],
    ['BUDI@MAJUJAYA.CO.ID', ['L-000001']],
    ['l-2', ['L-000002']],
    ['L-000003', ['L-000003']],
    ['zzz', []],
  ])('%s finds %j', (query, want) => {
    expect(find(crm(rows), { query })).toEqual(want);
  });

  test('filters: mine and status; the answer is plain data', () => {
    const e = crm(rows);
    expect(find(e, { query: 'budi', mine: true })).toEqual(['L-000001']);
    expect(find(e, { query: 'siti', status: 'Lead' })).toEqual([]);
    expect(e.call('searchLeads', { query: 'siti' })).toEqual([
      {
        leadId: 'L-000002',
        // Rows written straight into the sheet have no client until setupCrm gives them one.
        clientId: '',
        name: 'Siti Rahma',
        company: 'CV Berkah',
        phone: '0857 1122 3344',
        // The phone as people dial it, beside the cell as typed.
        phoneText: '0857-1122-3344',
        email: '',
        status: 'Quotation Sent',
        owner: 'rina@firma.id',
        nextFollowUp: '',
      },
    ]);
  });

  test('the service calls do not grow with the leads', () => {
    const small = crm(rows);
    small.call('searchLeads', { query: 'budi' });
    const many = crm(
      Array.from({ length: 2000 }, (_, i) => ({ Name: `Klien ${i}`, Phone: `+62813${String(10000000 + i)}` })),
    );
    many.call('searchLeads', { query: 'budi' });
    expect(many.lastRun.serviceCalls).toBe(small.lastRun.serviceCalls);
  });
});

describe('updateLead', () => {
  test('a change is validated as at entry, stored as entry stores it, and logged old → new', () => {
    const e = crm([{ Name: 'Budi', Phone: '0812 3456 7890' }]);
    const r = e.call('updateLead', {
      leadId: 'L-000001',
      fields: {
        phone: '0813-1111-2222',
        company: '=HYPERLINK("http://x")',
        expectedClose: '28/12/2026',
        dealValue: '15 juta',
      },
    });
    expect(r).toEqual({ ok: true, errors: {}, changed: 4, card: expect.anything() });
    // The card the sidebar redraws from holds the stored values (issue 29 item 10).
    expect(r.card!.lead).toMatchObject({ phone: '+6281311112222', dealValue: 15000000 });
    const lead = records(e.spreadsheet, 'Leads')[0];
    expect(lead.Phone).toBe('+6281311112222');
    expect(lead.Company).toBe('=HYPERLINK("http://x")');
    expect(e.spreadsheet.getSheetByName('Leads')!.getRange(2, 4).getFormula()).toBe('');
    expect(lead['Deal Value']).toBe(15000000);
    expect((lead['Expected Close'] as Date).toISOString()).toBe('2026-12-27T17:00:00.000Z');
    const note = records(e.spreadsheet, 'Activities').at(-1)!;
    expect(note).toMatchObject({ 'Lead ID': 'L-000001', Type: 'Note', By: 'rina@firma.id' });
    expect(note.Summary).toBe(
      // Columns by label with the header beside, values as people read them (issue 29).
      'Diubah di sidebar: Perusahaan (Company): PT Contoh → =HYPERLINK("http://x"); Telepon (Phone): 0812 3456 7890 → 0813-1111-2222; Nilai deal (Deal Value): (kosong) → Rp 15.000.000; Perkiraan closing (Expected Close): (kosong) → 28 Des 2026',
    );
    expect(e.call('updateLead', { leadId: 'L-000001', fields: { phone: '0813-1111-2222' } })).toEqual({
      ok: true,
      errors: {},
      changed: 0,
      card: expect.anything(),
    });
  });

  test('bad input names each field and writes nothing; Status has its own form', () => {
    const e = crm([{ Name: 'Budi' }]);
    const before = records(e.spreadsheet, 'Leads');
    const r = e.call('updateLead', {
      leadId: 'L-000001',
      fields: { name: ' ', phone: '123', expectedClose: '31/02/2026', status: 'Won', source: 'Fax' },
    });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual({
      status: 'Status punya formulirnya sendiri.',
      name: 'Nama wajib diisi.',
      phone: expect.stringMatching(/Nomor telepon tidak valid/),
      expectedClose: 'Perkiraan closing: tanggal itu tidak ada.',
      source: 'Pilih sumber dari daftar.',
    });
    expect(e.call('updateLead', { leadId: 'L-000099', fields: { name: 'X' } }).errors.leadId).toMatch(/L-000099/);
    expect(e.call('updateLead', { leadId: 'L-000001', fields: { phone: '' } }).errors.phone).toMatch(
      /telepon atau alamat email/,
    );
    expect(records(e.spreadsheet, 'Leads')).toEqual(before);
  });
});

describe('templates', () => {
  test('setupCrm writes the defaults; a template fills in the lead and the Team name', () => {
    const e = crm([{ Name: 'Budi', Company: '', Needs: 'CCTV gudang', Email: 'budi@contoh.id' }]);
    expect(records(e.spreadsheet, 'Templates').map((t) => t['Template ID'])).toContain('T-001');
    const wa = e.call('renderTemplate', { templateId: 'T-001', leadId: 'L-000001' });
    expect(wa.text).toBe(
      'Selamat siang Budi, saya Rina Wulandari dari tim kami. Terima kasih sudah menghubungi kami soal CCTV gudang. Kapan waktu yang nyaman untuk kami jelaskan pilihannya?',
    );
    expect(wa.whatsapp).toBe(`https://wa.me/6281234500000?text=${encodeURIComponent(wa.text)}`);
    // No company: the email's subject has {perusahaan} unfilled; nothing is sent as "{perusahaan}".
    const email = e.call('renderTemplate', { templateId: 'T-002', leadId: 'L-000001' });
    expect(email.missing).toEqual(['{perusahaan}']);
    expect(() => e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001' })).toThrow(/\{perusahaan\}/);
    expect(e.mail.sent).toHaveLength(0);
    // The text is filled once, on the server: a placeholder typed into the edited text is not
    // filled a second time, and is never sent as such.
    expect(() =>
      e.call('sendTemplateEmail', {
        templateId: 'T-002',
        leadId: 'L-000001',
        subject: 'CCTV untuk gudang Anda',
        text: 'Yth. {nama}.',
      }),
    ).toThrow(/\{nama\}/);
    // Edited in the sidebar, it goes out as the person saw it and is logged as an Email.
    const sent = e.call('sendTemplateEmail', {
      templateId: 'T-002',
      leadId: 'L-000001',
      subject: 'CCTV untuk gudang Anda',
      text: 'Yth. Budi, salam dari Rina Wulandari.',
    });
    expect(sent.ok).toBe(true);
    expect(e.mail.sent.map((m) => [m.to, m.subject, m.body])).toEqual([
      ['budi@contoh.id', 'CCTV untuk gudang Anda', 'Yth. Budi, salam dari Rina Wulandari.'],
    ]);
    expect(records(e.spreadsheet, 'Activities').at(-1)).toMatchObject({
      Type: 'Email',
      Summary: 'CCTV untuk gudang Anda',
    });
  });

  test('a landline gets no WhatsApp link; a lead’s own text is never read as a placeholder', () => {
    const e = crm([{ Name: '{sales} =1+1', Phone: '(021) 555-1234' }]);
    const r = e.call('renderTemplate', { templateId: 'T-003', leadId: 'L-000001' });
    expect(r.text).toMatch(/^Halo \{sales\} =1\+1, saya Rina Wulandari\./);
    expect(r.whatsapp).toBe('');
    expect(() => e.call('renderTemplate', { templateId: 'T-999', leadId: 'L-000001' })).toThrow(
      /Tidak ada template T-999/,
    );
  });

  test('the quota is checked before an email is sent', () => {
    const e = env({ now: '2026-11-24T09:00:00+07:00', user: 'rina@firma.id', mailQuota: 0 });
    e.call('setupCrm');
    e.call('submitLead', {
      name: 'Budi',
      company: 'PT Maju',
      email: 'budi@contoh.id',
      source: 'Website',
      needs: 'CCTV',
    });
    personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina']]);
    expect(() => e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001' })).toThrow(
      /Kuota email hari ini sudah habis/,
    );
  });
});

test('entry warns about the same person at the same company with a new phone, and each warning opens the lead', () => {
  const e = crm([{ Name: 'Budi Santoso', Company: 'PT Maju Jaya', Phone: '+6281234567890' }]);
  const r = e.call('submitLead', {
    name: 'Bpk. Budi Santoso',
    company: 'PT. Maju Jaya',
    phone: '0813-9999-0000',
    source: 'Website',
    needs: 'CCTV',
  });
  expect(r.ok).toBe(false);
  const duplicates = 'duplicates' in r ? r.duplicates : undefined;
  expect(duplicates).toEqual([expect.objectContaining({ leadId: 'L-000001', matchedOn: 'name, company' })]);
  expect(e.call('getSelectedLead', { leadId: duplicates![0].leadId })?.name).toBe('Budi Santoso');
});

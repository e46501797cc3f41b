// submitLead, logActivity and the sidebar reads, through the built bundle.
import { setUpEnv, records, iso, env, ok, errorsOf } from '../helpers';
import { personTypes } from '../../src/local/demo';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';

const form = { name: 'Budi Santoso', phone: '0812-3456-7890', source: 'WhatsApp', needs: 'CCTV 8 kamera' };
const submit = (e: Environment, f: object) => e.call('submitLead', f);

describe('submitLead', () => {
  test('saves a lead with ID, Created At, Owner, Status Lead and Next Follow-up within the SLA', () => {
    const e = setUpEnv();
    const r = submit(e, { ...form, email: 'Budi@Contoh.co.id', dealValue: '1.250.000', expectedClose: '2026-12-20' });
    expect(r).toEqual({ ok: true, leadId: 'L-000001' });
    const [lead] = records(e.spreadsheet, 'Leads');
    expect(lead['Lead ID']).toBe('L-000001');
    expect(iso(lead['Created At'])).toBe('2026-11-24T02:00:00.000Z');
    expect(lead.Phone).toBe('+6281234567890');
    expect(lead.Email).toBe('budi@contoh.co.id');
    expect(lead.Status).toBe('Lead');
    expect(lead.Owner).toBe('sales@example.com');
    expect(lead['Deal Value']).toBe(1250000);
    expect(iso(lead['Expected Close'])).toBe('2026-12-19T17:00:00.000Z');
    // Created 09:00 on the 24th with a 24-hour SLA: due on the 25th.
    expect(iso(lead['Next Follow-up'])).toBe('2026-11-24T17:00:00.000Z');
    expect(lead['Follow-ups']).toBe(0);
  });

  test('typed values are stored and read back as the text typed', () => {
    const e = setUpEnv();
    const typed = {
      name: '=HYPERLINK("http://evil","klik")',
      company: '1/2',
      needs: 'TRUE',
      phone: '+62 812 3456 7890',
    };
    expect(submit(e, { ...form, ...typed }).ok).toBe(true);
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    const [lead] = records(e.spreadsheet, 'Leads');
    expect([lead.Name, lead.Company, lead.Needs, lead.Phone]).toEqual([
      '=HYPERLINK("http://evil","klik")',
      '1/2',
      'TRUE',
      '+6281234567890',
    ]);
    expect(
      sheet
        .getRange(2, 1, 1, 20)
        .getFormulas()[0]
        .every((f) => f === ''),
    ).toBe(true);
    const r2 = submit(e, { ...form, phone: '', email: 'a@b.id', name: '0812345', company: '+62812' });
    expect(r2.ok).toBe(true);
    const second = records(e.spreadsheet, 'Leads')[1];
    expect([second.Name, second.Company]).toEqual(['0812345', '+62812']);
  });

  test('bad input: a message per field and nothing written', () => {
    const e = setUpEnv();
    const r = submit(e, { name: '', phone: '12', email: 'nope', source: 'Fax', needs: '' });
    expect(r.ok).toBe(false);
    expect(errorsOf(r)).toEqual({
      name: 'Nama wajib diisi.',
      phone: 'Nomor telepon tidak valid. Contoh: 0812-3456-7890, (021) 555-1234 atau +65 6123 4567.',
      email: 'Alamat email tidak valid (mis. budi@contoh.co.id).',
      source: 'Pilih sumber dari daftar.',
      needs: 'Kebutuhan wajib diisi.',
    });
    expect(records(e.spreadsheet, 'Leads')).toEqual([]);
    expect(e.state.documentProperties['lembar.lastLeadNumber']).toBeUndefined();
  });

  test('the same contact, legacy formats included, returns the possible duplicates and saves nothing unless confirmed', () => {
    const e = setUpEnv();
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    // A legacy row typed by hand, its phone held as a number.
    sheet
      .getRange(2, 1, 1, 11)
      .setValues([
        [
          'L-000050',
          '',
          '',
          'Pak Budi',
          'PT Maju',
          '',
          'BUDI@maju.co.id',
          'Referral',
          'x',
          'Negotiation',
          'dimas@firma.id',
        ],
      ]);
    sheet.getRange(2, 6).setNumberFormat('0').setValue(81234567890);
    const r = submit(e, { ...form, email: 'budi@maju.co.id' });
    expect(r).toEqual({
      ok: false,
      duplicates: [
        {
          leadId: 'L-000050',
          name: 'Pak Budi',
          company: 'PT Maju',
          phone: '81234567890',
          email: 'BUDI@maju.co.id',
          owner: 'dimas@firma.id',
          status: 'Negotiation',
          matchedOn: 'phone, email',
          // A row typed by hand has no client until setupCrm gives it one.
          clientId: '',
        },
      ],
      clients: [],
    });
    expect(records(e.spreadsheet, 'Leads')).toHaveLength(1);
    const ok = submit(e, { ...form, allowDuplicate: true });
    expect(ok).toEqual({ ok: true, leadId: 'L-000051' });
    expect(records(e.spreadsheet, 'Leads')).toHaveLength(2);
  });

  test('IDs are never reused, even after the last rows are deleted', () => {
    const e = setUpEnv();
    submit(e, form);
    submit(e, { ...form, phone: '0813-1111-2222' });
    e.spreadsheet.getSheetByName('Leads')!.deleteRows(2, 2);
    expect(submit(e, { ...form, phone: '0813-3333-4444' })).toEqual({ ok: true, leadId: 'L-000003' });
  });

  test('reordered columns and a user column: values land under their headers, the user column untouched', () => {
    const e = env();
    const leads = e.spreadsheet.insertSheet('Leads');
    const headers = LEAD_COLUMNS.map((c) => c.header).reverse();
    leads.getRange(1, 1, 1, headers.length + 1).setValues([['Catatan', ...headers]]);
    e.call('setupCrm');
    expect(submit(e, form).ok).toBe(true);
    const [lead] = records(e.spreadsheet, 'Leads');
    expect(lead.Name).toBe('Budi Santoso');
    expect(lead.Phone).toBe('+6281234567890');
    expect(lead.Catatan).toBe('');
    expect(leads.getRange(2, 1).getNumberFormat()).toBe('General');
  });

  test('a missing required header is an error naming it, and nothing is written', () => {
    const e = setUpEnv();
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    sheet.getRange(1, 6).setValue('Telepon');
    expect(() => submit(e, form)).toThrow('Tab "Leads" tidak punya kolom "Phone"');
    expect(sheet.getLastRow()).toBe(1);
  });

  test('while another execution holds the document lock, it fails clearly and writes nothing', () => {
    const e = setUpEnv();
    e.locks.holders.set(`doc:${e.spreadsheet.getId()}`, 'other-execution');
    expect(() => submit(e, form)).toThrow('Orang lain sedang menyimpan');
    e.locks.holders.clear();
    expect(records(e.spreadsheet, 'Leads')).toEqual([]);
  });

  test('two people saving one after the other never get the same ID', () => {
    const e = setUpEnv();
    const other = env({ spreadsheet: e.spreadsheet, state: e.state, locks: e.locks, user: 'rina@firma.id' });
    const ids = [
      ok(submit(e, form)).leadId,
      ok(submit(other, { ...form, phone: '0813-1111-2222' })).leadId,
      ok(submit(e, { ...form, phone: '0813-5555-2222' })).leadId,
    ];
    expect(ids).toEqual(['L-000001', 'L-000002', 'L-000003']);
    expect(records(e.spreadsheet, 'Leads').map((r) => r.Owner)).toEqual([
      'sales@example.com',
      'rina@firma.id',
      'sales@example.com',
    ]);
  });
});

describe('logActivity', () => {
  test('appends to Activities and updates Last Contact, Follow-ups and Next Follow-up', () => {
    const e = setUpEnv({ user: 'rina@firma.id' });
    submit(e, form);
    const first = e.call('logActivity', { leadId: 'L-000001', type: 'Follow-up Call', summary: 'Minta penawaran' });
    expect(first).toEqual({
      ok: true,
      leadId: 'L-000001',
      lastContact: '2026-11-24T02:00:00.000Z',
      followUps: 0,
      nextFollowUp: '2026-11-27',
      card: expect.anything(),
    });
    // The card the sidebar redraws from: the lead as written, the activity just logged.
    if (!first.ok) throw new Error('logged');
    expect(first.card.lead).toMatchObject({ leadId: 'L-000001', followUps: 0, nextFollowUp: '2026-11-27' });
    expect(first.card.logged).toEqual([
      expect.objectContaining({ type: 'Follow-up Call', summary: 'Minta penawaran', by: 'rina@firma.id' }),
    ]);
    const second = e.call('logActivity', {
      leadId: 'L-000001',
      type: 'Quotation Sent',
      summary: 'Penawaran v1',
      nextFollowUp: '2026-12-01',
    });
    expect(second).toMatchObject({ followUps: 1, nextFollowUp: '2026-12-01' });
    const acts = records(e.spreadsheet, 'Activities');
    expect(acts.map((a) => [a['Lead ID'], a.Type, a.Summary, a.By])).toEqual([
      ['L-000001', 'Follow-up Call', 'Minta penawaran', 'rina@firma.id'],
      ['L-000001', 'Quotation Sent', 'Penawaran v1', 'rina@firma.id'],
    ]);
    const [lead] = records(e.spreadsheet, 'Leads');
    expect(lead['Follow-ups']).toBe(1);
    expect(iso(lead['Last Contact'])).toBe('2026-11-24T02:00:00.000Z');
    expect(iso(lead['Next Follow-up'])).toBe('2026-11-30T17:00:00.000Z');
  });

  test('an unknown lead or type is a clear error that writes nothing', () => {
    const e = setUpEnv();
    submit(e, form);
    expect(e.call('logActivity', { leadId: 'L-999999', type: 'Meeting' })).toEqual({
      ok: false,
      errors: { leadId: 'Tidak ada prospek dengan ID "L-999999".' },
    });
    const bad = e.call('logActivity', { leadId: 'L-000001', type: 'Telepati' });
    expect(errorsOf(bad).type).toMatch(/^"Telepati" bukan jenis aktivitas/);
    expect(records(e.spreadsheet, 'Activities')).toEqual([]);
    expect(records(e.spreadsheet, 'Leads')[0]['Last Contact']).toBe('');
  });
});

describe('the sidebar reads', () => {
  test('context in the user language and the selected lead as plain data', () => {
    const e = setUpEnv();
    submit(e, { ...form, dealValue: '1250000' });
    const ctx = e.call('getSidebarContext');
    expect(ctx.lang).toBe('id');
    expect(ctx.activityTypes).not.toContain('Status Change');
    expect(ctx.messages['field.name']).toBe('Nama');
    expect(e.call('getSelectedLead')).toBeNull();
    e.spreadsheet.getSheetByName('Leads')!.getRange(2, 3).activate();
    e.call('logActivity', { leadId: 'L-000001', type: 'Meeting', summary: 'Ketemu' });
    const lead = e.call('getSelectedLead');
    expect(lead).toMatchObject({
      leadId: 'L-000001',
      name: 'Budi Santoso',
      phoneE164: '+6281234567890',
      dealValue: 1250000,
      nextFollowUp: '2026-11-27',
      row: 2,
    });
    expect(lead?.activities).toEqual([
      {
        timestamp: '2026-11-24T02:00:00.000Z',
        when: '2026-11-24 09:00',
        type: 'Meeting',
        summary: 'Ketemu',
        by: 'sales@example.com',
      },
    ]);
    expect(e.call('getSelectedLead', { leadId: 'L-000001' })).toEqual(lead);
  });
});

describe('clients at entry (SPEC §3, Clients)', () => {
  const agus = {
    name: 'Agus Salim',
    company: 'PT Sinar Jaya',
    phone: '0812-7000-0001',
    source: 'Website',
    needs: 'CCTV 8 kamera',
  };

  test('a shared phone with another person’s name is listed, but its client is not offered: a colleague or a relative', () => {
    const e = setUpEnv();
    expect(submit(e, { ...agus, name: 'Bapak Agus Salim, S.T.' }).ok).toBe(true);
    // His wife calls from his phone, and a shortened name of his own: only he is offered.
    for (const [name, offered] of [
      ['Ibu Sri Wahyuni', false],
      ['Ibu Agus', false],
      ['Pak Agus', true],
      ['Agus', true],
    ] as const) {
      const r = submit(e, { name, phone: '0812 7000 0001', source: 'Referral', needs: 'Alarm' });
      expect({ name, r }).toMatchObject({
        name,
        r: { ok: false, duplicates: [{ leadId: 'L-000001', matchedOn: 'phone' }] },
      });
      expect({ name, clients: 'clients' in r ? r.clients.map((c) => c.clientId) : null }).toEqual({
        name,
        clients: offered ? ['C-000001'] : [],
      });
    }
  });

  test('a match answers with the client and its deals; a new deal for it keeps its Client ID and facts', () => {
    const e = setUpEnv();
    expect(submit(e, { ...agus, dealValue: '25 jt' })).toEqual({ ok: true, leadId: 'L-000001' });
    expect(submit(e, { name: 'Rina', phone: '0812-7000-0002', source: 'Website', needs: 'x' }).ok).toBe(true);
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    const consentCol = LEAD_COLUMNS.findIndex((c) => c.header === 'Consent') + 1;
    sheet.getRange(2, consentCol).setValue('Opted out');
    // The repeat order: the same phone, typed another way.
    const r = submit(e, { name: 'Pak Agus', phone: '+62 812 7000 0001', source: 'Referral', needs: 'Tambah 4 kamera' });
    expect(r).toMatchObject({
      ok: false,
      duplicates: [{ leadId: 'L-000001', clientId: 'C-000001', matchedOn: 'phone' }],
      clients: [
        {
          clientId: 'C-000001',
          name: 'Agus Salim',
          company: 'PT Sinar Jaya',
          phone: '+6281270000001',
          consent: 'Opted out',
          deals: [{ leadId: 'L-000001', status: 'Lead', needs: 'CCTV 8 kamera', dealValue: 25000000, closedAt: '' }],
          lifetimeValue: 0,
        },
      ],
    });
    // "A new deal for this client": the form's blanks come from the client.
    const deal = submit(e, { clientId: 'C-000001', source: 'Referral', needs: 'Tambah 4 kamera', dealValue: '8 jt' });
    expect(deal).toEqual({ ok: true, leadId: 'L-000003' });
    const rows = records(e.spreadsheet, 'Leads');
    expect(rows.map((l) => l['Client ID'])).toEqual(['C-000001', 'C-000002', 'C-000001']);
    expect(rows[2]).toMatchObject({
      Name: 'Agus Salim',
      Company: 'PT Sinar Jaya',
      Phone: '+6281270000001',
      Needs: 'Tambah 4 kamera',
      'Deal Value': 8000000,
      Status: 'Lead',
      Consent: 'Opted out',
    });
  });

  test('a Client ID that is not a client is refused, and nothing is written', () => {
    const e = setUpEnv();
    submit(e, agus);
    for (const clientId of ['C-000009', 'L-000001', '<b>x</b>'])
      expect({ clientId, r: submit(e, { clientId, source: 'Website', needs: 'x' }) }).toMatchObject({
        clientId,
        r: { ok: false, errors: { clientId: expect.stringMatching(/Tidak ada klien dengan ID/) } },
      });
    expect(records(e.spreadsheet, 'Leads')).toHaveLength(1);
  });

  test('save anyway (a different person on a shared contact) is a new client', () => {
    const e = setUpEnv();
    submit(e, agus);
    expect(submit(e, { ...agus, name: 'Siti Aminah', allowDuplicate: true }).ok).toBe(true);
    expect(records(e.spreadsheet, 'Leads').map((l) => l['Client ID'])).toEqual(['C-000001', 'C-000002']);
  });

  test('numbered look-alikes are not the same client at entry: SMA Negeri 1 and 2, PT Maju 1 and 12', () => {
    const e = setUpEnv();
    const at = (name: string, company: string, phone: string) =>
      submit(e, { name, company, phone, source: 'Website', needs: 'CCTV' });
    expect(at('Yanti Kusuma', 'SMA Negeri 1 Bandung', '022-700-0001').ok).toBe(true);
    expect(at('Yanti Kusuma', 'SMA Negeri 2 Bandung', '022-700-0002').ok).toBe(true);
    expect(at('Rudi Hartono', 'PT Maju 1', '0812-7000-0101').ok).toBe(true);
    expect(at('Rudi Hartono', 'PT Maju 12', '0812-7000-0112').ok).toBe(true);
    // The same school with a new number: the same client, offered as such.
    expect(at('Ibu Yanti Kusuma', 'SMAN 1 Bandung', '022-700-0009')).toMatchObject({
      ok: false,
      duplicates: [{ leadId: 'L-000001', clientId: 'C-000001', matchedOn: 'name, company' }],
    });
    expect(records(e.spreadsheet, 'Leads').map((l) => l['Client ID'])).toEqual([
      'C-000001',
      'C-000002',
      'C-000003',
      'C-000004',
    ]);
  });
});

describe('an Owner written as people say it (the Team tab names them)', () => {
  function team(): Environment {
    const e = setUpEnv();
    personTypes(e.spreadsheet, 'Team', 2, 1, [
      ['rudi.hartono@firma.id', 'Rudi Hartono'],
      ['rudi.s@firma.id', 'Rudi Setiawan'],
      ['dimas@firma.id', 'Dimas Prasetyo'],
    ]);
    return e;
  }
  const lead = { name: 'Sari', phone: '0812-5555-0101', source: 'Website', needs: 'CCTV' };

  test('a name that fits one member is their email; one that fits two or none is refused, naming them', () => {
    const e = team();
    ok(e.call('submitLead', { ...lead, owner: 'dimas' }));
    expect(records(e.spreadsheet, 'Leads').map((r) => r.Owner)).toEqual(['dimas@firma.id']);
    ok(e.call('submitLead', { ...lead, phone: '0812-5555-0102', owner: 'Rudi H' }));
    expect(records(e.spreadsheet, 'Leads')[1].Owner).toBe('rudi.hartono@firma.id');
    expect(errorsOf(e.call('submitLead', { ...lead, phone: '0812-5555-0103', owner: 'Rudi' }))).toEqual({
      owner: '"Rudi" bisa Rudi Hartono (rudi.hartono@firma.id), Rudi Setiawan (rudi.s@firma.id): tulis emailnya.',
    });
    expect(errorsOf(e.call('submitLead', { ...lead, phone: '0812-5555-0104', owner: 'Joko' }))).toEqual({
      owner:
        '"Joko" bukan email dan bukan nama anggota Team: tulis emailnya (mis. budi@contoh.co.id) atau namanya seperti di tab Team.',
    });
    // Refused beside the form's own errors, and nothing written.
    const both = errorsOf(
      e.call('submitLead', { name: '', phone: '0812-5555-0105', source: 'Website', needs: 'x', owner: 'Joko' }),
    );
    expect(Object.keys(both).sort()).toEqual(['name', 'owner']);
    expect(records(e.spreadsheet, 'Leads')).toHaveLength(2);
  });

  test('the edit form reads a name the same way', () => {
    const e = team();
    const id = ok(e.call('submitLead', lead)).leadId;
    ok(e.call('updateLead', { leadId: id, fields: { owner: 'Dimas P' } }));
    expect(records(e.spreadsheet, 'Leads')[0].Owner).toBe('dimas@firma.id');
    expect(errorsOf(e.call('updateLead', { leadId: id, fields: { owner: 'Rudi' } })).owner).toMatch(/^"Rudi" bisa /);
    expect(records(e.spreadsheet, 'Leads')[0].Owner).toBe('dimas@firma.id');
  });
});

test('a next follow-up on a day already gone is refused, naming the field, and nothing is written', () => {
  const e = setUpEnv();
  const id = ok(
    e.call('submitLead', { name: 'Sari', phone: '0812-5555-0201', source: 'Website', needs: 'CCTV' }),
  ).leadId;
  const before = records(e.spreadsheet, 'Activities').length;
  const said = 'Tindak lanjut berikutnya tidak bisa hari yang sudah lewat: pilih hari ini atau sesudahnya.';
  expect(errorsOf(e.call('logActivity', { leadId: id, type: 'Follow-up Call', nextFollowUp: '2026-11-20' }))).toEqual({
    nextFollowUp: said,
  });
  expect(errorsOf(e.call('updateLead', { leadId: id, fields: { nextFollowUp: '2026-11-23' } }))).toEqual({
    nextFollowUp: said,
  });
  expect(records(e.spreadsheet, 'Activities')).toHaveLength(before);
  // Today is fine.
  ok(e.call('updateLead', { leadId: id, fields: { nextFollowUp: '2026-11-24' } }));
});

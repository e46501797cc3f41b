// Consent is the person's, a campaign keeps its identity whatever its
// name, an Email cell with spaces is that address, promotions go to Subscribed unless Settings
// says otherwise, and nothing that is not one address reaches a mail header.
import { env, records } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import { personTypes, setSetting } from '../../src/local/demo';
import type { Environment } from '../../src/local/environment';

const DAY = 86400000;
type Lead = Partial<Record<(typeof LEAD_COLUMNS)[number]['header'], unknown>>;

/** A CRM with these leads (numbered L-000001…) and one campaign row. */
function crm(
  leads: Lead[],
  campaign: unknown[] = ['Lebaran', 'T-007', '', '2026-11-23', 'Draft'],
  quota = 100,
): Environment {
  const e = env({ now: '2026-11-23T09:00:00+07:00', user: 'rina@firma.id', mailQuota: quota });
  e.call('setupCrm');
  personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina']]);
  const rows = leads.map((l, i) => {
    const rec: Lead = {
      'Lead ID': `L-${String(i + 1).padStart(6, '0')}`,
      Name: `Klien ${i + 1}`,
      Status: 'Lead',
      Source: 'Website',
      Owner: 'rina@firma.id',
      ...l,
    };
    return LEAD_COLUMNS.map((c) => rec[c.header as keyof Lead] ?? '');
  });
  if (rows.length > 0)
    e.spreadsheet.getSheetByName('Leads')!.getRange(2, 1, rows.length, LEAD_COLUMNS.length).setValues(rows);
  e.spreadsheet.getSheetByName('Campaigns')!.getRange(2, 1, 1, campaign.length).setValues([campaign]);
  return e;
}

const campaignMail = (e: Environment) => e.mail.sent.filter((m) => m.subject.startsWith('Selamat hari raya'));

describe('consent is the person’s', () => {
  test('an address opted out on any row (any case, spaces, Gmail dots and +tags, outside the segment) is never mailed; one email per address', () => {
    const e = crm([
      { Email: 'budi@contoh.id', Consent: 'Opted out' },
      { Email: ' Budi@Contoh.id ', Consent: 'Subscribed' },
      { Email: 'budi.santoso@gmail.com', Consent: 'Opted out' },
      { Email: 'BudiSantoso+promo@googlemail.com', Consent: 'Subscribed' },
      { Email: 'sari@contoh.id', Consent: 'Subscribed' },
      { Email: 'Sari@Contoh.id', Consent: 'Subscribed' },
      // Opted out on a Past Client row, outside the campaign's segment.
      { Email: 'dewi@contoh.id', Consent: 'Opted out', Status: 'Past Client' },
      { Email: 'dewi@contoh.id', Consent: 'Subscribed' },
      { Email: 'andi@contoh.id', Consent: 'Subscribed' },
      // A consent nobody can read counts as no consent, on every row of the address.
      { Email: 'eko@contoh.id', Consent: 'berhenti' },
      { Email: 'eko@contoh.id', Consent: 'Subscribed' },
    ]);
    e.spreadsheet.getSheetByName('Campaigns')!.getRange(2, 3).setValue('Status=Lead');
    const p = e.call('previewCampaign', { name: 'Lebaran' });
    const why = Object.fromEntries(p.skipped.map((s) => [s.leadId, s.reason]));
    expect(why['L-000002']).toMatch(/L-000001, yang menolak menerima \(Opted out\)/);
    expect(why['L-000004']).toMatch(/L-000003, yang menolak menerima \(Opted out\)/);
    expect(why['L-000006']).toMatch(/alamat sama dengan L-000005/);
    expect(why['L-000008']).toMatch(/L-000007, yang menolak menerima \(Opted out\)/);
    expect(why['L-000010']).toMatch(/Persetujuan \(Consent\) "berhenti"/);
    expect(why['L-000011']).toMatch(/L-000010, yang Persetujuannya \(Consent\) bukan/);
    expect(p.recipients).toBe(2);
    e.call('startCampaign', { name: 'Lebaran' });
    e.call('runDailyJobs');
    expect(campaignMail(e).map((m) => m.to)).toEqual(['sari@contoh.id', 'andi@contoh.id']);
  });

  test('an Email cell with spaces around the address is that address', () => {
    const e = crm([{ Email: '  eko@contoh.id \n', Consent: 'Subscribed' }]);
    const p = e.call('previewCampaign', { name: 'Lebaran' });
    expect(p).toMatchObject({ recipients: 1, skipped: [] });
    e.call('startCampaign', { name: 'Lebaran' });
    e.call('runDailyJobs');
    expect(campaignMail(e).map((m) => m.to)).toEqual(['eko@contoh.id']);
  });

  test('by default only Subscribed people get a campaign; the preview says how many were never asked and what Settings does with them', () => {
    const e = crm([
      { Email: 'a@contoh.id', Consent: 'Subscribed' },
      { Email: 'b@contoh.id' },
      { Email: 'c@contoh.id', Consent: '' },
    ]);
    expect(
      records(e.spreadsheet, 'Settings').find((r) => r.Setting === 'Campaigns to leads not asked for consent')?.Value,
    ).toBe('no');
    const p = e.call('previewCampaign', { name: 'Lebaran' });
    expect(p.recipients).toBe(1);
    expect(p.notAsked).toBe(2);
    expect(p.consent).toBe(
      '2 orang yang belum pernah ditanya persetujuannya tidak menerimanya (Settings "Campaigns to leads not asked for consent" bernilai no: hanya yang Subscribed).',
    );
    expect(e.spreadsheet.toasts.at(-1)?.message).toContain(p.consent);
    e.call('startCampaign', { name: 'Lebaran' });
    e.call('runDailyJobs');
    expect(campaignMail(e).map((m) => m.to)).toEqual(['a@contoh.id']);
    // The team chooses otherwise: the preview says so.
    setSetting(e.spreadsheet, 'Campaigns to leads not asked for consent', 'yes');
    const yes = e.call('previewCampaign', { name: 'Lebaran' });
    expect(yes.recipients).toBe(3);
    expect(yes.consent).toMatch(
      /^2 orang .* ikut menerimanya, karena Settings "Campaigns to leads not asked for consent" bernilai yes\.$/,
    );
  });
});

describe('a campaign keeps its identity whatever its name', () => {
  const people = (n: number): Lead[] =>
    Array.from({ length: n }, (_, i) => ({ Email: `klien${i}@contoh.id`, Consent: 'Subscribed' }));

  test('renamed while running, it goes on where it was: nobody gets it twice', () => {
    const e = crm(people(6), ['Lebaran', 'T-007', '', '2026-11-23', 'Draft'], 3);
    e.call('startCampaign', { name: 'Lebaran' });
    const id = records(e.spreadsheet, 'Campaigns')[0]['Campaign ID'];
    expect(id).toMatch(/^CMP-\d{4}$/);
    e.call('runDailyJobs');
    const first = campaignMail(e).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(6);
    e.spreadsheet.getSheetByName('Campaigns')!.getRange(2, 1).setValue('Lebaran 2026');
    for (let d = 0; d < 4; d++) {
      e.clock.advance(DAY);
      e.call('runDailyJobs');
    }
    const to = campaignMail(e).map((m) => m.to);
    expect(to).toHaveLength(6);
    expect(new Set(to).size).toBe(6);
    expect(records(e.spreadsheet, 'Campaigns')[0]).toMatchObject({
      Campaign: 'Lebaran 2026',
      'Campaign ID': id,
      State: 'Done',
      Sent: 6,
      Waiting: 0,
      Uncertain: 0,
    });
  });

  test('a campaign of the earlier layout keeps its ledger after the upgrade: nobody gets it again', () => {
    const e = crm([...people(3), { Email: 'Budi.Santoso@gmail.com', Consent: 'Subscribed' }]);
    // The earlier version: no Campaign ID or Uncertain column, a ledger kept under the name.
    const tab = e.spreadsheet.getSheetByName('Campaigns')!;
    const header = tab.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0];
    tab.deleteColumns(header.indexOf('Uncertain') + 1, 2);
    tab.getRange(2, 5).setValue('Running');
    e.state.documentProperties['lembar.mail.campaign-Lebaran.0'] = JSON.stringify([
      'klien0@contoh.id',
      'budi.santoso@gmail.com',
    ]);
    e.call('runDailyJobs');
    expect(campaignMail(e).map((m) => m.to)).toEqual(['klien1@contoh.id', 'klien2@contoh.id']);
    const row = records(e.spreadsheet, 'Campaigns')[0];
    expect(row).toMatchObject({ State: 'Done', Sent: 4, 'Campaign ID': expect.stringMatching(/^CMP-/) });
    expect(Object.keys(e.state.documentProperties).filter((k) => k.startsWith('lembar.mail.campaign-'))).toEqual([]);
    e.clock.advance(DAY);
    e.call('runDailyJobs');
    expect(campaignMail(e)).toHaveLength(2);
  });

  test('a copied row with the same Campaign ID runs neither until the copy gets its own', () => {
    const e = crm(people(2));
    e.call('startCampaign', { name: 'Lebaran' });
    const tab = e.spreadsheet.getSheetByName('Campaigns')!;
    const row = tab.getRange(2, 1, 1, tab.getLastColumn()).getValues()[0];
    tab.getRange(3, 1, 1, row.length).setValues([['Natal', ...row.slice(1)]]);
    expect(() => e.call('previewCampaign', { name: 'Natal' })).toThrow(
      /"Natal" dan "Lebaran" memakai Campaign ID yang sama/,
    );
    e.call('runDailyJobs');
    expect(campaignMail(e)).toHaveLength(0);
  });
});

describe('one address rule for every mail header', () => {
  test('an Owner with a line break never becomes a Reply-To: the lead is skipped naming the field', () => {
    const e = crm([
      { Email: 'a@contoh.id', Consent: 'Subscribed', Owner: 'rina@firma.id\r\nBcc: spy@evil.example' },
      { Email: 'b@contoh.id', Consent: 'Subscribed', Owner: 'Rina <rina@firma.id>' },
      { Email: 'c@contoh.id, spy@evil.example', Consent: 'Subscribed' },
      { Email: 'd@contoh.id', Consent: 'Subscribed' },
    ]);
    const p = e.call('previewCampaign', { name: 'Lebaran' });
    const why = Object.fromEntries(p.skipped.map((s) => [s.leadId, s.reason]));
    expect(why['L-000001']).toMatch(
      /^Penanggung jawab "rina@firma\.id\r\nBcc: spy@evil\.example" bukan satu alamat email$/,
    );
    expect(why['L-000002']).toMatch(/^Penanggung jawab ".*" bukan satu alamat email$/);
    expect(why['L-000003']).toMatch(/^Email ".*" bukan satu alamat email$/);
    e.call('startCampaign', { name: 'Lebaran' });
    e.call('runDailyJobs');
    expect(campaignMail(e).map((m) => [m.to, m.replyTo])).toEqual([['d@contoh.id', 'rina@firma.id']]);
    expect(
      e.mail.sent.filter((m) => /evil|\r|\n|</.test(`${m.to}${m.replyTo ?? ''}${m.cc ?? ''}${m.bcc ?? ''}`)),
    ).toEqual([]);
  });

  test('Settings’ manager emails follow the same rule: a display name or brackets are refused, naming the setting', () => {
    const e = crm([
      { Email: 'a@contoh.id', Consent: 'Subscribed', 'Next Follow-up': new Date('2026-11-20T00:00:00+07:00') },
    ]);
    setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id, <spy@evil.example>, "Boss" boss2@firma.id');
    const setup = e.call('setupCrm');
    expect(setup.settingsProblems.map((p) => p.setting)).toEqual(['Manager emails', 'Manager emails']);
    e.call('runDailyJobs');
    expect(e.mail.sent.map((m) => m.to).filter((to) => !to.endsWith('@contoh.id'))).toEqual(
      expect.arrayContaining(['boss@firma.id']),
    );
    expect(e.mail.sent.filter((m) => /evil|<|"/.test(m.to))).toEqual([]);
  });

  test('a Team Email that is not one address is left out and named, with its row', () => {
    const e = crm([
      { Email: 'a@contoh.id', Consent: 'Subscribed', 'Next Follow-up': new Date('2026-11-20T00:00:00+07:00') },
    ]);
    personTypes(e.spreadsheet, 'Team', 3, 1, [['boss@firma.id\nBcc: spy@evil.example', 'Bos', '', 'Manager']]);
    const setup = e.call('setupCrm');
    expect(setup.teamProblems).toEqual([
      'Team, baris 3: Email "boss@firma.id\nBcc: spy@evil.example" bukan satu alamat email; baris itu tidak dipakai sampai diperbaiki.',
    ]);
    e.call('runDailyJobs');
    expect(e.mail.sent.filter((m) => /evil|boss/.test(m.to))).toEqual([]);
  });

  test('a template email to an Email cell that is not one address is refused naming the field', () => {
    const e = crm([{ Email: 'a@contoh.id\nBcc: spy@evil.example', Needs: 'CCTV', Company: 'PT A' }]);
    expect(() => e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001' })).toThrow(
      /^Email prospek L-000001 bukan satu alamat yang valid \("a@contoh\.id Bcc: spy@evil\.example"\): perbaiki di tab Leads, lalu kirim lagi\.$/,
    );
    expect(e.mail.sent).toEqual([]);
  });
});

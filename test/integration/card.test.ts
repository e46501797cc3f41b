// One round trip per action (issue 29 item 10, issue 30 deliverable 3): every write the sidebar
// makes answers with the selected-lead card as it now is, the same card getSelectedLead would
// answer; the sidebar follows the grid's selection with a tiny call (getActiveLead) whose version
// matches the card's while the row is unchanged; a lead opened from the sidebar becomes the
// grid's selection (issue 29 item 3).
import { setUpEnv, ok } from '../helpers';
import type { Environment } from '../../src/local/environment';
import type { CardUpdate, SelectedLead } from '../../src/gas/sidebar';
import { populate } from '../../bench/common';
import { personTypes } from '../../src/local/demo';

function crm(): Environment {
  const e = setUpEnv({ user: 'rina@firma.id' });
  personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina']]);
  ok(e.call('submitLead', { name: 'Budi', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' }));
  ok(
    e.call('submitLead', {
      name: 'Sari',
      phone: '0812-1111-2222',
      email: 'sari@contoh.id',
      source: 'Website',
      needs: 'Alarm',
    }),
  );
  return e;
}

/** The card as the sidebar holds it after a write: the fresh lead, the new activities on top. */
function merged(before: SelectedLead, u: CardUpdate): SelectedLead {
  return { ...before, ...u.lead, activities: [...u.logged, ...before.activities].slice(0, 5) };
}

/** What getSelectedLead answers now, without the template (a write keeps the page's message panel). */
function fetched(e: Environment, leadId: string): Omit<SelectedLead, 'template'> {
  const { template: _t, ...rest } = e.call('getSelectedLead', { leadId })!;
  return rest;
}

function check(e: Environment, leadId: string, before: SelectedLead, card: CardUpdate) {
  const { template: _t, ...mine } = merged(before, card);
  expect(mine).toEqual(fetched(e, leadId));
}

test('each write answers with the card getSelectedLead would draw next', () => {
  const e = crm();
  let before = e.call('getSelectedLead', { leadId: 'L-000002' })!;
  const logged = ok(e.call('logActivity', { leadId: 'L-000002', type: 'Meeting', summary: 'Ketemu di kantor' }));
  expect(logged.card.logged.map((a) => [a.type, a.summary])).toEqual([['Meeting', 'Ketemu di kantor']]);
  check(e, 'L-000002', before, logged.card);

  before = e.call('getSelectedLead', { leadId: 'L-000002' })!;
  const moved = ok(
    e.call('setLeadStatus', {
      leadId: 'L-000002',
      status: 'Quotation Sent',
      fields: { dealValue: '18.500.000', expectedClose: '2026-12-30' },
    }),
  );
  expect(moved.card.lead.status).toBe('Quotation Sent');
  expect(moved.card.lead.dealValue).toBe(18500000);
  check(e, 'L-000002', before, moved.card);

  before = e.call('getSelectedLead', { leadId: 'L-000002' })!;
  const edited = e.call('updateLead', { leadId: 'L-000002', fields: { company: 'PT Sari Jaya' } });
  expect(edited.ok).toBe(true);
  expect(edited.card!.lead.company).toBe('PT Sari Jaya');
  expect(edited.card!.logged).toHaveLength(1);
  check(e, 'L-000002', before, edited.card!);

  before = e.call('getSelectedLead', { leadId: 'L-000002' })!;
  const r = e.call('renderTemplate', { templateId: 'T-007', leadId: 'L-000002' });
  const sent = e.call('sendTemplateEmail', {
    templateId: 'T-007',
    leadId: 'L-000002',
    subject: r.subject,
    text: r.text,
  });
  expect(sent).toMatchObject({ ok: true, logged: true, to: 'sari@contoh.id' });
  // The confirmation names the address and the activity.
  expect(sent.message).toBe('Terkirim ke sari@contoh.id dan dicatat sebagai aktivitas Email.');
  expect(sent.card!.logged.map((a) => a.type)).toEqual(['Email']);
  check(e, 'L-000002', before, sent.card!);
});

test('an email template says To and From before it is sent', () => {
  const e = crm();
  const r = e.call('renderTemplate', { templateId: 'T-007', leadId: 'L-000002' });
  expect(r.to).toBe('sari@contoh.id');
  expect(r.from).toBe('Rina <rina@firma.id>');
  expect(r.channel).toBe('Email');
  const wa = e.call('renderTemplate', { templateId: 'T-001', leadId: 'L-000002' });
  expect(wa.from).toBe('');
});

test('the view opens with one call: the lead, its activities and its first template filled', () => {
  const e = crm();
  const lead = e.call('getSelectedLead', { leadId: 'L-000001' })!;
  expect(lead.template).not.toBeNull();
  // The same text renderTemplate gives for that template.
  expect(lead.template).toEqual(
    e.call('renderTemplate', { templateId: lead.template!.templateId, leadId: 'L-000001' }),
  );
  // First the templates for its situation, in the team's language, WhatsApp only for a mobile.
  const ctx = e.call('getSidebarContext');
  const first = ctx.templates.find((t) => t.id === lead.template!.templateId)!;
  expect([first.language, first.situation]).toEqual(['id', lead.situation]);
});

test('getActiveLead: the selected row’s Lead ID and version, the card’s until the row changes', () => {
  const e = crm();
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  expect(e.call('getActiveLead')).toBeNull();
  sheet.getRange(3, 4).activate();
  const a = e.call('getActiveLead')!;
  const card = e.call('getSelectedLead')!;
  expect(a).toEqual({ leadId: 'L-000002', version: card.version });
  // A write answers with the version the next poll sees: no second fetch.
  const logged = ok(e.call('logActivity', { leadId: 'L-000002', type: 'Meeting' }));
  expect(e.call('getActiveLead')).toEqual({ leadId: 'L-000002', version: logged.card.lead.version });
  expect(logged.card.lead.version).not.toBe(a.version);
  // A cell typed by someone in the grid changes the version too.
  const col = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Needs') + 1;
  sheet.getRange(3, col).setValue('Alarm dan CCTV');
  expect(e.call('getActiveLead')!.version).not.toBe(logged.card.lead.version);
  // Another row, the header row, another tab: another lead or none.
  sheet.getRange(2, 1).activate();
  expect(e.call('getActiveLead')!.leadId).toBe('L-000001');
  sheet.getRange(1, 1).activate();
  expect(e.call('getActiveLead')).toBeNull();
  e.spreadsheet.getSheetByName('Activities')!.getRange(2, 1).activate();
  expect(e.call('getActiveLead')).toBeNull();
});

test('getActiveLead stays tiny: a handful of service calls, the same at 2 and 2,000 leads', () => {
  const count = (e: Environment) => {
    e.counter.reset();
    e.call('getActiveLead');
    return Object.values(e.counter.snapshot()).reduce((a, b) => a + b, 0);
  };
  const small = crm();
  small.spreadsheet.getSheetByName('Leads')!.getRange(3, 1).activate();
  const big = setUpEnv();
  populate(big.spreadsheet, 2000);
  big.spreadsheet.getSheetByName('Leads')!.getRange(1500, 1).activate();
  expect(big.call('getActiveLead')!.leadId).toMatch(/^L-/);
  const n = count(small);
  expect(n).toBeLessThanOrEqual(12);
  expect(count(big)).toBe(n);
});

test('a lead opened from the sidebar (search, Today, its ID) becomes the grid’s selection', () => {
  const e = crm();
  e.spreadsheet.getSheetByName('Leads')!.getRange(2, 5).activate();
  const lead = e.call('getSelectedLead', { leadId: 'L-000002', select: true })!;
  const r = e.spreadsheet.getActiveRange()!;
  expect([r.getSheet().getName(), r.getRow(), r.getColumn()]).toEqual(['Leads', 3, 1]);
  expect(e.call('getActiveLead')).toEqual({ leadId: 'L-000002', version: lead.version });
  // Without `select` (a read), the selection stays where the user put it.
  e.spreadsheet.getSheetByName('Leads')!.getRange(2, 5).activate();
  e.call('getSelectedLead', { leadId: 'L-000002' });
  expect(e.spreadsheet.getActiveRange()!.getRow()).toBe(2);
});

test('from Today, a log or a moved follow-up answers with the day as getMyDay draws it next', () => {
  const e = crm();
  const logged = ok(e.call('logActivity', { leadId: 'L-000001', type: 'Follow-up Call', day: {} }));
  expect(logged.day).toEqual(e.call('getMyDay'));
  const moved = e.call('updateLead', { leadId: 'L-000002', fields: { nextFollowUp: '2027-01-20' }, day: {} });
  expect(moved.ok).toBe(true);
  expect(moved.day).toEqual(e.call('getMyDay'));
  // Without `day` (the Selected tab), no list is computed.
  expect(ok(e.call('logActivity', { leadId: 'L-000001', type: 'Meeting' })).day).toBeUndefined();
});

test('the sidebar opens with one call: the context carries the Today list when asked', () => {
  const e = crm();
  const c = e.call('getSidebarContext', { day: {} });
  expect(c.day).toEqual(e.call('getMyDay'));
  expect(e.call('getSidebarContext')).not.toHaveProperty('day');
  // A list the user may not read is left out (the Today tab asks and says why), the context stays.
  const other = e.call('getSidebarContext', { day: { owner: 'budi@firma.id' } });
  expect(other.lang).toBe('id');
  expect(other).not.toHaveProperty('day');
});

test('the board opens with one call and a move answers with the board as getPipelineBoard draws it next', () => {
  const e = crm();
  const opened = e.call('getSidebarContext', { board: { owner: '*' } });
  expect(opened.board).toEqual(e.call('getPipelineBoard', { owner: '*' }));
  const moved = e.call('setLeadStatus', {
    leadId: 'L-000001',
    status: 'Lost',
    fields: { lostReason: 'No budget' },
    board: { owner: '*' },
  });
  expect(moved.ok).toBe(true);
  expect('board' in moved && moved.board).toEqual(e.call('getPipelineBoard', { owner: '*' }));
  // A refusal answers without a board: the page puts the card back from what it had.
  const refused = e.call('setLeadStatus', { leadId: 'L-000002', status: 'Won', fields: {}, board: {} });
  expect(refused.ok).toBe(false);
  expect(refused).not.toHaveProperty('board');
});

test('the template that comes with the card is the one renderTemplate fills, a quotation long ago included', () => {
  const e = crm();
  ok(
    e.call('setLeadStatus', {
      leadId: 'L-000001',
      status: 'Quotation Sent',
      fields: { dealValue: '20 jt', expectedClose: '2026-12-30' },
    }),
  );
  ok(e.call('logActivity', { leadId: 'L-000001', type: 'Quotation Sent', summary: 'Penawaran v1' }));
  // The quotation went out on 10 November (not the day the status moved): that is the day named.
  const acts = e.spreadsheet.getSheetByName('Activities')!;
  acts.getRange(acts.getLastRow(), 1).setValue(new Date('2026-11-10T03:00:00Z'));
  const same = () => {
    const lead = e.call('getSelectedLead', { leadId: 'L-000001' })!;
    expect(lead.template).toEqual(
      e.call('renderTemplate', { templateId: lead.template!.templateId, leadId: 'L-000001' }),
    );
    return lead;
  };
  // Among the recent activities, then further back than the five the card lists.
  const first = same();
  expect(first.situation).toBe('Quotation Sent');
  expect(first.template!.text).toMatch(/2026-11-10|10 Nov/);
  for (let i = 0; i < 6; i++) ok(e.call('logActivity', { leadId: 'L-000001', type: 'Meeting', summary: `m${i}` }));
  const later = same();
  expect(later.activities.map((a) => a.type)).not.toContain('Quotation Sent');
  expect(later.template!.text).toMatch(/2026-11-10|10 Nov/);
});

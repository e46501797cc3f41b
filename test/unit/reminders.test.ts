// Which open deals the follow-up plan lists (Today and the digest share it): one with no next
// follow-up planned is listed, so a deal an import or a paste brought without one is never lost.
import { planReminders } from '../../src/core/reminders';
import { myDay } from '../../src/core/today';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { ownerDigestEmail } from '../../src/core/digest';
import type { LeadRecord } from '../../src/core/schema';

const JKT = 420;
const now = new Date('2026-12-07T09:00:00+07:00');
const day = (s: string) => new Date(`${s}T09:00:00+07:00`);
const lead = (id: string, rec: Partial<LeadRecord>): LeadRecord => ({
  'Lead ID': id,
  Name: `Klien ${id}`,
  Owner: 'rina@firma.id',
  'Created At': day('2026-12-01'),
  ...rec,
});
const sections = (rows: LeadRecord[]) =>
  Object.fromEntries(
    Object.entries(planReminders(rows, DEFAULT_SETTINGS, now, JKT).owners[0]?.sections ?? {})
      .filter(([, items]) => items.length > 0)
      .map(([k, items]) => [k, items.map((l) => l.leadId)]),
  );

test('an open deal with no next follow-up is listed under its own heading; a new lead still on the SLA clock is not', () => {
  expect(
    sections([
      lead('L-1', { Status: 'Negotiation' }), // imported without a date: no next step
      lead('L-2', { Status: 'Lead', 'Last Contact': day('2026-12-05') }), // contacted, nothing planned
      lead('L-3', { Status: 'Lead', 'Created At': new Date('2026-12-07T08:00:00+07:00') }), // new, within the SLA
      lead('L-4', { Status: 'Quotation Sent', 'Next Follow-up': day('2026-12-10') }), // planned: not today
      lead('L-5', { Status: 'Won' }),
      lead('L-6', { Status: 'Lost' }),
      lead('L-7', { Status: 'Negotiation', 'Next Follow-up': day('2026-12-07') }),
      lead('L-8', { Status: 'Lead', 'Created At': '' }), // a contact list imported without dates: no SLA clock
    ]),
  ).toEqual({ followUpDue: ['L-7'], noNextStep: ['L-1', 'L-2', 'L-8'] });
});

test('a status the team parks deals in (Stale after days 0) is not chased for a next step', () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    statuses: [...DEFAULT_SETTINGS.statuses, 'On Hold'],
    staleDays: { ...DEFAULT_SETTINGS.staleDays, 'On Hold': 0 },
  };
  const plan = planReminders(
    [lead('L-1', { Status: 'On Hold' }), lead('L-2', { Status: 'Negotiation' })],
    settings,
    now,
    JKT,
  );
  expect(plan.owners[0].sections.noNextStep.map((l) => l.leadId)).toEqual(['L-2']);
});

test('Today says what to do with it, and the digest lists it without a due date', () => {
  const plan = planReminders([lead('L-1', { Status: 'Negotiation' })], DEFAULT_SETTINGS, now, JKT);
  const today = myDay(plan, 'rina@firma.id', DEFAULT_SETTINGS, 'id');
  expect(
    today.sections.map((s) => [s.key, s.items.map((i) => [i.leadId, i.dueDate, i.overdueDays, i.reason])]),
  ).toEqual([
    [
      'noNextStep',
      [['L-1', '', 0, { key: 'day.reason.noNextStep', params: { status: { ref: ['status.Negotiation'] } } }]],
    ],
  ]);
  const mail = ownerDigestEmail('id', plan, plan.owners[0], DEFAULT_SETTINGS, { row: (r) => `#row${r}` }, 'Rina');
  expect(mail.text).toContain('Deal terbuka tanpa jadwal tindak lanjut (1)');
  expect(mail.text).not.toContain('jatuh tempo –');
});

test('the digest offers WhatsApp for a mobile only; a landline is a number to call, as in the sidebar', () => {
  const plan = planReminders(
    [
      lead('L-1', { Status: 'Negotiation', Phone: '+6281234567890' }),
      lead('L-2', { Status: 'Negotiation', Phone: '+62215551234' }),
    ],
    DEFAULT_SETTINGS,
    now,
    JKT,
  );
  const mail = ownerDigestEmail('id', plan, plan.owners[0], DEFAULT_SETTINGS, { row: (r) => `#row${r}` }, 'Rina');
  expect(mail.html).toContain('https://wa.me/6281234567890');
  expect(mail.html).not.toContain('https://wa.me/62215551234');
  expect(mail.html).toContain('href="tel:+62215551234">Telepon (021) 5551234</a>');
  expect(mail.text).not.toContain('wa.me/62215551234');
});

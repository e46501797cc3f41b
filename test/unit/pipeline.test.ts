import { judgeTransition, statusEffects, isFilled, statusChangeSummary } from '../../src/core/pipeline';
import { DEFAULT_SETTINGS, DEFAULT_STATUSES } from '../../src/core/settings';
import { t } from '../../src/core/i18n';

const S = DEFAULT_SETTINGS;
const FULL = {
  'Deal Value': 5000000,
  'Expected Close': new Date('2026-12-01T00:00:00Z'),
  'Lost Reason': 'Harga',
  'Contract Value': 4800000,
  Product: 'CCTV 8',
  'Completed On': '2026-10-01',
};
// The SPEC §2 table written out again on purpose: a test that read the implementation's own
// defaults could not catch a wrong default.
const ALLOWED: Record<string, string[]> = {
  '': ['Lead'],
  Lead: ['Quotation Sent', 'Lost'],
  'Quotation Sent': ['Negotiation', 'Won', 'Lost'],
  Negotiation: ['Quotation Sent', 'Won', 'Lost'],
  Won: ['Past Client'],
  Lost: ['Lead'],
  'Past Client': [],
};

describe('every pair of statuses (SPEC §2 table)', () => {
  const froms = ['', ...DEFAULT_STATUSES];
  for (const from of froms) {
    for (const to of DEFAULT_STATUSES) {
      const expected = from === to ? 'no change' : ALLOWED[from].includes(to) ? 'allowed' : 'refused';
      test(`${from || '(new)'} → ${to}: ${expected}`, () => {
        const v = judgeTransition(from, to, FULL, S);
        if (expected === 'no change') expect(v).toEqual({ ok: true, change: false });
        else if (expected === 'allowed') expect(v).toEqual({ ok: true, change: true });
        else expect(v.ok).toBe(false);
      });
    }
  }
});

describe('stage gates', () => {
  test.each([
    ['Lead', 'Quotation Sent', ['Deal Value', 'Expected Close']],
    ['Quotation Sent', 'Won', ['Deal Value']],
    ['Lead', 'Lost', ['Lost Reason']],
    ['Won', 'Past Client', ['Contract Value', 'Product', 'Completed On']],
  ])('%s → %s needs %j', (from, to, fields) => {
    const v = judgeTransition(from, to, {}, S);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.missing).toEqual(fields);
    expect(v.reason.key).toBe('pipeline.missingFields');
  });

  test('the message names the fields in the user language', () => {
    const v = judgeTransition('Lead', 'Quotation Sent', { 'Deal Value': 100 }, S);
    expect(!v.ok && t('en', v.reason.key, v.reason.params)).toBe('Before Quotation Sent, fill in: Expected close.');
    expect(!v.ok && t('id', v.reason.key, v.reason.params)).toBe(
      'Sebelum Penawaran terkirim, isi dulu: Perkiraan closing.',
    );
  });

  test('a field must hold a value of its kind', () => {
    expect(isFilled('Deal Value', 'TBD')).toBe(false);
    expect(isFilled('Deal Value', '1.250.000')).toBe(true);
    expect(isFilled('Deal Value', 0)).toBe(true);
    expect(isFilled('Expected Close', 'segera')).toBe(false);
    expect(isFilled('Expected Close', '2026-12-01')).toBe(true);
    expect(isFilled('Product', '  ')).toBe(false);
  });

  test('refusal messages say why', () => {
    const m = (v: ReturnType<typeof judgeTransition>) => (v.ok ? '' : t('en', v.reason.key, v.reason.params));
    expect(m(judgeTransition('Lead', 'Won', FULL, S))).toBe(
      'Lead → Won is not allowed. From Lead a lead can go to: Quotation Sent, Lost.',
    );
    expect(m(judgeTransition('Past Client', 'Lead', FULL, S))).toMatch(/Past Client is final/);
    expect(m(judgeTransition('Lead', '', FULL, S))).toBe('The status cannot be emptied (it was Lead).');
    expect(m(judgeTransition('Lead', 'Hot', FULL, S))).toMatch(/"Hot" is not a status/);
    expect(m(judgeTransition('', 'Won', FULL, S))).toBe('A new lead starts as Lead, not Won.');
  });

  test('in Indonesian the refusal names every status by its label (issue 29)', () => {
    const m = (v: ReturnType<typeof judgeTransition>) => (v.ok ? '' : t('id', v.reason.key, v.reason.params));
    expect(m(judgeTransition('Lead', 'Won', FULL, S))).toBe(
      'Prospek → Menang tidak diizinkan. Dari Prospek hanya bisa ke: Penawaran terkirim, Kalah.',
    );
    expect(m(judgeTransition('Past Client', 'Lead', FULL, S))).toMatch(/^Klien lama → Prospek .*Klien lama adalah/);
    expect(m(judgeTransition('Lead', 'Hot', FULL, S))).toMatch(/^"Hot" bukan status\. .*Prospek, Penawaran terkirim/);
    expect(m(judgeTransition('Lead', 'Quotation Sent', {}, S))).toMatch(/^Sebelum Penawaran terkirim, isi dulu: /);
    // A team's own status has no label: it is named as typed.
    const custom = { ...S, statuses: [...S.statuses, 'Survei'], transitions: { ...S.transitions, Lead: ['Survei'] } };
    expect(m(judgeTransition('Lead', 'Won', FULL, custom))).toMatch(/bisa ke: Survei\.$/);
  });

  test('an unknown or legacy previous status may go anywhere its fields allow', () => {
    expect(judgeTransition(null, 'Won', FULL, S)).toEqual({ ok: true, change: true });
    expect(judgeTransition('Prospek', 'Won', {}, S).ok).toBe(false);
    expect(judgeTransition('Prospek', 'Lead', {}, S)).toEqual({ ok: true, change: true });
  });

  test('transitions and gates come from Settings', () => {
    const custom = { ...S, transitions: { ...S.transitions, Lead: ['Won'] }, required: { ...S.required, Won: [] } };
    expect(judgeTransition('Lead', 'Won', {}, custom)).toEqual({ ok: true, change: true });
    expect(judgeTransition('Lead', 'Quotation Sent', FULL, custom).ok).toBe(false);
  });
});

describe('effects', () => {
  const now = new Date('2026-11-24T02:00:00Z');
  test('Won and Lost clear Next Follow-up; Past Client sets it to Completed On + re-contact delay', () => {
    expect(statusEffects('Negotiation', 'Won', {}, now, S, 420)).toEqual({
      'Status Changed At': now,
      'Next Follow-up': '',
    });
    expect(statusEffects('Negotiation', 'Lost', {}, now, S, 420)['Next Follow-up']).toBe('');
    expect(
      statusEffects('Won', 'Past Client', { 'Completed On': '2026-01-31' }, now, S, 420)['Next Follow-up'],
    ).toEqual(new Date('2027-01-30T17:00:00Z'));
    expect(statusEffects('Quotation Sent', 'Negotiation', {}, now, S, 420)).toEqual({ 'Status Changed At': now });
  });
  test('a lost deal opened again is due today, its follow-ups counted afresh', () => {
    expect(statusEffects('Lost', 'Lead', { 'Follow-ups': 3 }, now, S, 420)).toEqual({
      'Status Changed At': now,
      'Next Follow-up': new Date('2026-11-23T17:00:00Z'), // 24 November in Jakarta
      'Follow-ups': 0,
    });
  });
  test('moving forward restarts the follow-ups without progress; Lost or a move back does not', () => {
    const lead = { 'Follow-ups': 3 };
    expect(statusEffects('Quotation Sent', 'Negotiation', lead, now, S, 420)['Follow-ups']).toBe(0);
    expect(statusEffects('Lead', 'Quotation Sent', lead, now, S, 420)['Follow-ups']).toBe(0);
    expect(statusEffects('Negotiation', 'Won', lead, now, S, 420)['Follow-ups']).toBe(0);
    expect(statusEffects('Negotiation', 'Lost', lead, now, S, 420)['Follow-ups']).toBeUndefined();
    expect(statusEffects('Negotiation', 'Quotation Sent', lead, now, S, 420)['Follow-ups']).toBeUndefined();
    expect(statusEffects('Legacy', 'Negotiation', lead, now, S, 420)['Follow-ups']).toBeUndefined();
  });
  test('summary', () => {
    expect(statusChangeSummary('Lead', 'Quotation Sent')).toBe('Lead → Quotation Sent');
    expect(statusChangeSummary('', 'Lead')).toBe('– → Lead');
  });
});

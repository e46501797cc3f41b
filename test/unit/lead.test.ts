import { validateLeadForm, findContactMatches, nextLeadNumber, formatLeadId } from '../../src/core/lead';
import { validateActivity, contactUpdate } from '../../src/core/activity';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { t } from '../../src/core/i18n';

const base = { name: 'Budi Santoso', phone: '0812-3456-7890', source: 'WhatsApp', needs: 'CCTV 8 kamera' };

describe('validateLeadForm', () => {
  test('a valid form is normalised', () => {
    const r = validateLeadForm(
      {
        ...base,
        email: ' Budi@Contoh.co.id ',
        dealValue: 'Rp 1.250.000',
        expectedClose: '2026-12-20',
        company: '  PT Maju  ',
      },
      DEFAULT_SETTINGS,
    );
    expect(r).toEqual({
      ok: true,
      lead: {
        name: 'Budi Santoso',
        company: 'PT Maju',
        phone: '+6281234567890',
        email: 'budi@contoh.co.id',
        source: 'WhatsApp',
        needs: 'CCTV 8 kamera',
        owner: '',
        dealValue: 1250000,
        expectedClose: '2026-12-20',
      },
    });
  });

  test('each bad field gets its own message and the field is named', () => {
    const r = validateLeadForm(
      {
        name: ' ',
        phone: '123',
        email: 'x@',
        source: 'Fax',
        needs: '',
        dealValue: 'banyak',
        expectedClose: '31/02/2026',
        owner: 'dimas',
      },
      DEFAULT_SETTINGS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([
      'dealValue',
      'email',
      'expectedClose',
      'name',
      'needs',
      'owner',
      'phone',
      'source',
    ]);
    expect(t('en', r.errors.name.key, r.errors.name.params)).toBe('Name is required.');
    expect(t('id', r.errors.needs.key, r.errors.needs.params)).toBe('Kebutuhan wajib diisi.');
    expect(t('en', r.errors.dealValue.key, r.errors.dealValue.params)).toBe(
      'Deal value must be a number of 0 or more.',
    );
    // 31 February is not "required": it is a date that does not exist.
    expect(t('en', r.errors.expectedClose.key, r.errors.expectedClose.params)).toBe(
      'Expected close: there is no such date.',
    );
  });

  test('phone or email is required, one is enough', () => {
    const r = validateLeadForm({ ...base, phone: '' }, DEFAULT_SETTINGS);
    expect(r.ok ? null : Object.keys(r.errors)).toEqual(['phone', 'email']);
    expect(validateLeadForm({ ...base, phone: '', email: 'a@b.id' }, DEFAULT_SETTINGS).ok).toBe(true);
  });

  test('length limits', () => {
    const r = validateLeadForm({ ...base, name: 'x'.repeat(101) }, DEFAULT_SETTINGS);
    expect(r.ok ? null : t('en', r.errors.name.key, r.errors.name.params)).toBe(
      'Name is too long (at most 100 characters).',
    );
  });

  test('typed text stays the text typed', () => {
    const r = validateLeadForm(
      { ...base, name: '=HYPERLINK("http://evil","klik")', company: '1/2', needs: 'TRUE' },
      DEFAULT_SETTINGS,
    );
    expect(r.ok && [r.lead.name, r.lead.company, r.lead.needs]).toEqual([
      '=HYPERLINK("http://evil","klik")',
      '1/2',
      'TRUE',
    ]);
  });
});

describe('findContactMatches', () => {
  test('finds the same phone in any legacy format and the same email in any case', () => {
    const rows = {
      phone: [
        '+62 812-3456-7890',
        81234567890,
        '021 555 1234',
        '',
        '0812 3456 7891',
        '0813-1111-2222 / 0812.3456.7890',
      ],
      email: ['', '', 'BUDI@contoh.co.id', 'budi@contoh.co.id ', 'x@y.id', ''],
    };
    const m = findContactMatches({ phone: '+6281234567890', email: 'budi@contoh.co.id' }, rows);
    expect(m).toEqual([
      { index: 0, matchedOn: ['phone'] },
      { index: 1, matchedOn: ['phone'] },
      { index: 2, matchedOn: ['email'] },
      { index: 3, matchedOn: ['email'] },
      { index: 5, matchedOn: ['phone'] },
    ]);
    expect(findContactMatches({ phone: '', email: '' }, rows)).toEqual([]);
  });
});

describe('Lead IDs', () => {
  test('never reuse: above both the last issued and any in the sheet', () => {
    expect(nextLeadNumber(0, [])).toBe(1);
    expect(nextLeadNumber(12, ['L-000003'])).toBe(13);
    expect(nextLeadNumber(2, ['L-000003', 'junk', '', 'L-001576'])).toBe(1577);
    expect(formatLeadId(123)).toBe('L-000123');
  });
});

describe('activities', () => {
  const now = new Date('2026-11-24T02:00:00Z');
  test('type must be loggable; unknown types and Status Change are refused', () => {
    expect(validateActivity({ leadId: 'L-000001', type: 'Meeting' }).ok).toBe(true);
    const r = validateActivity({ leadId: '', type: 'Status Change', nextFollowUp: 'besok' });
    expect(r.ok ? null : Object.keys(r.errors).sort()).toEqual(['leadId', 'nextFollowUp', 'type']);
    expect(validateActivity({ leadId: 'L-1', type: 'Note', summary: '' }).ok).toBe(false);
  });
  test('first contact sets Last Contact only; later contacts count as follow-ups', () => {
    const a = { leadId: 'L-1', type: 'Follow-up Call', summary: '', nextFollowUp: '' };
    const first = contactUpdate({ status: 'Lead', lastContact: '', followUps: 0 }, a, now, DEFAULT_SETTINGS, 420);
    expect(first).toEqual({ lastContact: now, nextFollowUp: new Date('2026-11-26T17:00:00Z') });
    const second = contactUpdate({ status: 'Lead', lastContact: now, followUps: 0 }, a, now, DEFAULT_SETTINGS, 420);
    expect(second.followUps).toBe(1);
  });
  test('a contact made ahead of a later planned follow-up keeps that day; an earlier one moves to the default', () => {
    const a = { leadId: 'L-1', type: 'Follow-up Call', summary: '', nextFollowUp: '' };
    const later = new Date('2026-12-13T17:00:00Z'); // 14 December in Jakarta
    const kept = contactUpdate(
      { status: 'Lead', lastContact: now, followUps: 1, nextFollowUp: later },
      a,
      now,
      DEFAULT_SETTINGS,
      420,
    );
    expect(kept.nextFollowUp).toBeUndefined();
    const due = new Date('2026-11-23T17:00:00Z'); // due today: this call is it
    const moved = contactUpdate(
      { status: 'Lead', lastContact: now, followUps: 1, nextFollowUp: due },
      a,
      now,
      DEFAULT_SETTINGS,
      420,
    );
    expect(moved.nextFollowUp).toEqual(new Date('2026-11-26T17:00:00Z'));
  });
  test('a Note changes no contact field; a given date wins; closed deals get no default follow-up', () => {
    expect(
      contactUpdate(
        { status: 'Lead', lastContact: '', followUps: 0 },
        { leadId: 'L-1', type: 'Note', summary: 'x', nextFollowUp: '' },
        now,
        DEFAULT_SETTINGS,
        420,
      ),
    ).toEqual({});
    const given = contactUpdate(
      { status: 'Lead', lastContact: '', followUps: 0 },
      { leadId: 'L-1', type: 'Meeting', summary: '', nextFollowUp: '2026-12-01' },
      now,
      DEFAULT_SETTINGS,
      420,
    );
    expect(given.nextFollowUp!.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(
      contactUpdate(
        { status: 'Won', lastContact: now, followUps: 2 },
        { leadId: 'L-1', type: 'WhatsApp', summary: '', nextFollowUp: '' },
        now,
        DEFAULT_SETTINGS,
        420,
      ).nextFollowUp,
    ).toBeUndefined();
  });
  test('a past client re-contacted is next due a re-contact delay (12 months) from this contact', () => {
    const a = { leadId: 'L-1', type: 'WhatsApp', summary: 'Halo Pak', nextFollowUp: '' };
    const due = new Date('2026-11-23T17:00:00Z'); // the re-contact due today
    const r = contactUpdate(
      { status: 'Past Client', lastContact: '', followUps: 0, nextFollowUp: due },
      a,
      now,
      DEFAULT_SETTINGS,
      420,
    );
    expect(r.nextFollowUp!.toISOString()).toBe('2027-11-23T17:00:00.000Z'); // 24 November 2027 in Jakarta
    const later = new Date('2028-01-09T17:00:00Z'); // planned further out: kept
    expect(
      contactUpdate(
        { status: 'Past Client', lastContact: now, followUps: 0, nextFollowUp: later },
        a,
        now,
        DEFAULT_SETTINGS,
        420,
      ).nextFollowUp,
    ).toBeUndefined();
  });
});

// Hostile and random input, property-based: the global functions never throw, never write on
// invalid input, and keep every accepted string exactly as typed (trimmed).
import fc from 'fast-check';
import { setUpEnv, records } from '../helpers';
import type { Environment } from '../../src/local/environment';

const nasty = fc.oneof(
  fc.constantFrom(
    '=HYPERLINK("http://evil","x")',
    '=1+1',
    '+6281234',
    '0812',
    '1/2',
    '2026-01-02',
    'TRUE',
    'false',
    '1e5',
    '12%',
    "'quoted",
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '&amp;',
    '"',
    '\\',
    '𝓑𝓾𝓭𝓲 🙂',
    'Ñandú',
    '   ',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const anyValue = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

function snapshotLeads(e: Environment) {
  return JSON.stringify([records(e.spreadsheet, 'Leads'), records(e.spreadsheet, 'Activities')]);
}

const env = setUpEnv();
env.call('submitLead', { name: 'Target', phone: '0812-0000-0001', source: 'Website', needs: 'x y' });

test('submitLead: any form never throws; invalid writes nothing; accepted text is kept as typed', () => {
  fc.assert(
    fc.property(
      fc.record(
        {
          name: anyValue,
          company: anyValue,
          phone: fc.oneof(anyValue, fc.constantFrom('0812-3456-7890', '+62 812 3456 7891')),
          email: anyValue,
          source: fc.oneof(anyValue, fc.constant('Website')),
          needs: anyValue,
          dealValue: anyValue,
          expectedClose: anyValue,
          allowDuplicate: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      (form) => {
        const before = snapshotLeads(env);
        const r = env.call('submitLead', form);
        if (!r.ok) {
          expect(snapshotLeads(env)).toBe(before);
          return;
        }
        const lead = records(env.spreadsheet, 'Leads').find((l) => l['Lead ID'] === r.leadId)!;
        for (const k of ['name', 'company', 'needs'] as const) {
          const typed = (form as Record<string, unknown>)[k];
          const header = { name: 'Name', company: 'Company', needs: 'Needs' }[k];
          const expected = typeof typed === 'number' ? String(typed) : typeof typed === 'string' ? typed.trim() : '';
          expect({ k, v: lead[header] }).toEqual({ k, v: expected });
        }
        expect(
          env.spreadsheet
            .getSheetByName('Leads')!
            .getDataRange()
            .getFormulas()
            .flat()
            .every((f) => f === ''),
        ).toBe(true);
      },
    ),
    { numRuns: 150 },
  );
});

test('submitLead with anything that is not a form answers errors, never throws', () => {
  for (const arg of [null, undefined, 'Budi', 42, [], [{ name: 'x' }], true]) {
    expect((env.callRaw('submitLead', arg) as { ok: boolean }).ok).toBe(false);
  }
});

test('logActivity and setLeadStatus: any input never throws; refused input writes nothing', () => {
  fc.assert(
    fc.property(
      fc.record(
        {
          leadId: fc.oneof(anyValue, fc.constant('L-000001')),
          type: fc.oneof(anyValue, fc.constantFrom('Meeting', 'Note', 'Status Change')),
          summary: anyValue,
          nextFollowUp: fc.oneof(anyValue, fc.constant('2026-12-01')),
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          leadId: fc.oneof(anyValue, fc.constant('L-000001')),
          status: fc.oneof(anyValue, fc.constantFrom('Lost', 'Quotation Sent', 'Won')),
          fields: fc.oneof(
            anyValue,
            fc.record({ lostReason: anyValue, dealValue: anyValue, expectedClose: anyValue }, { requiredKeys: [] }),
          ),
        },
        { requiredKeys: [] },
      ),
      (act, st) => {
        let before = snapshotLeads(env);
        const a = env.call('logActivity', act);
        if (!a.ok) expect(snapshotLeads(env)).toBe(before);
        before = snapshotLeads(env);
        const s = env.callRaw('setLeadStatus', st) as { ok: boolean };
        if (!s.ok) expect(snapshotLeads(env)).toBe(before);
        // Put the target back in Lead (Lost → Lead is allowed) so later runs can move it again.
        if (s.ok) env.call('setLeadStatus', { leadId: 'L-000001', status: 'Lead', fields: {} });
      },
    ),
    { numRuns: 150 },
  );
});

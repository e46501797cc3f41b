import { mapHeaders, missingHeaders } from '../../src/core/headers';
import { camelKey, LEAD_COLUMNS } from '../../src/core/schema';

test('header map finds columns by name in any order and ignores user columns', () => {
  const m = mapHeaders(['Notes', ' Name ', 'Lead ID', '', 'Name']);
  expect(m.index).toEqual({ Notes: 0, Name: 1, 'Lead ID': 2 });
  expect(m.width).toBe(5);
  expect(missingHeaders(m, ['Lead ID', 'Phone', 'Name'])).toEqual(['Phone']);
});

test('object keys are the camelCase of the headers (SPEC §6)', () => {
  expect(LEAD_COLUMNS.map((c) => c.key)).toEqual([
    'leadId',
    'clientId',
    'createdAt',
    'name',
    'company',
    'phone',
    'email',
    'source',
    'needs',
    'status',
    'owner',
    'dealValue',
    'expectedClose',
    'nextFollowUp',
    'followUps',
    'lastContact',
    'statusChangedAt',
    'lostReason',
    'contractValue',
    'product',
    'completedOn',
    'consent',
  ]);
  expect(camelKey('Next Follow-up')).toBe('nextFollowUp');
});

// A Consent cell read once for campaigns and for the grid's sharing (core/consent.ts).
import { consentOf, consentToShare } from '../../src/core/consent';

test('a Consent cell reads in any case, spaces around; anything else is unclear', () => {
  expect(['Opted out', ' opted OUT ', 'Subscribed', 'subscribed ', '', 'berhenti'].map(consentOf)).toEqual([
    'optedOut',
    'optedOut',
    'subscribed',
    'subscribed',
    'notAsked',
    'unclear',
  ]);
});

test('an opt-out is always shared; a subscription only when one cell was changed to it', () => {
  // One cell typed.
  expect(consentToShare('opted out', true, 'Subscribed')).toBe('Opted out');
  expect(consentToShare('Subscribed', true, 'Opted out')).toBe('Subscribed');
  expect(consentToShare('Subscribed', true, undefined)).toBe('Subscribed'); // an empty cell typed
  expect(consentToShare('Subscribed', true, 'Subscribed')).toBeNull(); // unchanged
  // A paste or a row moved: never a subscription over someone's opt-out.
  expect(consentToShare('Opted out', false)).toBe('Opted out');
  expect(consentToShare('Subscribed', false)).toBeNull();
  // No decision.
  expect(consentToShare('', true, 'Opted out')).toBeNull();
  expect(consentToShare('mungkin', true)).toBeNull();
});

import { slaOutcome } from '../../src/core/sla';

const created = new Date('2026-01-05T02:00:00Z');
const now = new Date('2026-12-07T02:00:00Z');
const at = (h: number) => new Date(created.getTime() + h * 3600000);

describe('first-contact SLA of one lead', () => {
  test('a contact on record decides it', () => {
    expect(slaOutcome(created, at(3), 'Lead', null, 'Lead', 24, now)).toBe('within');
    expect(slaOutcome(created, at(30), 'Won', null, 'Lead', 24, now)).toBe('breached');
  });
  test('no contact in the first stage: missed once the deadline passed, else pending', () => {
    expect(slaOutcome(created, null, 'Lead', null, 'Lead', 24, now)).toBe('breached');
    expect(slaOutcome(created, null, 'Lead', null, 'Lead', 24, at(5))).toBe('pending');
    expect(slaOutcome(created, null, '', null, 'Lead', 24, now)).toBe('breached');
  });
  test('past the first stage, no contact logged: the move is the latest day it can have happened', () => {
    expect(slaOutcome(created, null, 'Quotation Sent', at(20), 'Lead', 24, now)).toBe('within');
    expect(slaOutcome(created, null, 'Quotation Sent', at(50), 'Lead', 24, now)).toBe('breached');
  });
  test('past the first stage with no contact date (an old sheet imported): not counted', () => {
    for (const status of ['Quotation Sent', 'Won', 'Lost', 'Past Client'])
      expect(slaOutcome(created, null, status, null, 'Lead', 24, now)).toBe('unknown');
  });
});

// The server's contract with the pages (src/gas/api.ts): the selected lead's type names exactly
// the Leads columns the server sends (the pages read them by these keys).
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { LeadColumnKey } from '../../src/gas/sidebar';

// Every key of the type, once: a key missing here, or one the type lacks, does not compile.
const KEYS: Record<LeadColumnKey, true> = {
  leadId: true,
  clientId: true,
  createdAt: true,
  name: true,
  company: true,
  phone: true,
  email: true,
  source: true,
  needs: true,
  status: true,
  owner: true,
  dealValue: true,
  expectedClose: true,
  nextFollowUp: true,
  followUps: true,
  lastContact: true,
  statusChangedAt: true,
  lostReason: true,
  contractValue: true,
  product: true,
  completedOn: true,
  consent: true,
};

test('the selected lead type names every Leads column, and only those', () => {
  expect(Object.keys(KEYS).sort()).toEqual(LEAD_COLUMNS.map((c) => c.key).sort());
});

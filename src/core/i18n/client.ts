// Clients and their deals (SPEC §3, Clients): Client IDs, a new deal for a known client, the
// client card, the audit's link.
import type { Entries } from './entry';

export const client = {
  'setup.clientIds': {
    en: '{count} row(s) of Leads were given their client’s Client ID.',
    id: '{count} baris Leads diberi Client ID kliennya.',
  },
  'client.unknown': { en: 'There is no client with ID "{clientId}".', id: 'Tidak ada klien dengan ID "{clientId}".' },
} satisfies Entries;

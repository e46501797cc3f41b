// Clients and their deals (SPEC §3, Clients): Client IDs, a new deal for a known client, the
// client card, the audit's link.
import type { Entries } from './entry';

export const client = {
  'setup.clientIds': {
    en: '{count} {count|row|rows} of Leads {count|was|were} given their client’s Client ID.',
    id: '{count} baris Leads diberi Client ID kliennya.',
  },
  'client.unknown': { en: 'There is no client with ID "{clientId}".', id: 'Tidak ada klien dengan ID "{clientId}".' },
  'audit.becomes.kept': {
    en: 'Stays: keeps its deal, status and value; its empty fields are filled from {others}.',
    id: 'Tetap: deal, status dan nilainya tidak berubah; kolom kosongnya diisi dari {others}.',
  },
  'audit.becomes.merged': {
    en: 'Merged into {primary} (the same deal entered twice): moved to Archive, its differing values kept in a note.',
    id: 'Digabung ke {primary} (deal yang sama dicatat dua kali): dipindah ke Archive, nilai yang berbeda disimpan di catatan.',
  },
  'audit.becomes.linked': {
    en: 'Linked as a deal of client {clientId}: keeps its status ({status}) and value ({value}); contact: {changes}.',
    id: 'Ditautkan sebagai deal klien {clientId}: status ({status}) dan nilainya ({value}) tetap; kontak: {changes}.',
  },
  'audit.becomes.linkedSame': {
    en: 'Linked as a deal of client {clientId}: keeps its status ({status}) and value ({value}); contact unchanged.',
    id: 'Ditautkan sebagai deal klien {clientId}: status ({status}) dan nilainya ({value}) tetap; kontak tidak berubah.',
  },
  'audit.newClientId': { en: 'a new Client ID', id: 'Client ID baru' },
  'link.note': {
    en: 'Link {mergeId}: one client {clientId} with {leadIds}; this deal keeps its status and value. Changed: {changes}',
    id: 'Tautan {mergeId}: satu klien {clientId} dengan {leadIds}; deal ini tetap dengan status dan nilainya. Diubah: {changes}',
  },
  'link.done': {
    en: '{linked} {linked|group|groups} linked ({rows} {rows|deal|deals} got their client’s Client ID and contact facts).',
    id: '{linked} grup ditautkan ({rows} deal mendapat Client ID dan data kontak kliennya).',
  },
  'link.undone': {
    en: 'Link {mergeId} undone: {rows} {rows|lead|leads} {rows|has its|have their} own Client ID and contact facts again.',
    id: 'Tautan {mergeId} dibatalkan: {rows} prospek kembali ke Client ID dan data kontaknya sendiri.',
  },
  'merge.openDeal': {
    en: 'Group {group} was skipped: {leadId} is an open deal with its own value, and a merge would take it out of the pipeline. Link it instead (Action link).',
    id: 'Grup {group} dilewati: {leadId} adalah deal terbuka dengan nilainya sendiri, dan penggabungan akan mengeluarkannya dari pipeline. Tautkan saja (Action link).',
  },
  'ui.clientMatch': {
    en: 'This looks like an existing client:',
    id: 'Sepertinya ini klien yang sudah ada:',
  },
  'ui.newDealFor': { en: 'A new deal for {name}', id: 'Deal baru untuk {name}' },
  'ui.newDeal': { en: 'New deal', id: 'Deal baru' },
  'ui.newDealBanner': {
    en: 'New deal for client {name} ({clientId})',
    id: 'Deal baru untuk klien {name} ({clientId})',
  },
  'ui.notThisClient': { en: 'Not for this client', id: 'Bukan untuk klien ini' },
  'ui.clientDeals': { en: '{count} {count|deal|deals}', id: '{count} deal' },
  'ui.deals': { en: 'Deals', id: 'Deal' },
  'ui.clientDealsTitle': { en: 'Deals of this client', id: 'Deal klien ini' },
  'ui.clientHistory': { en: 'History of all deals', id: 'Riwayat semua deal' },
  'ui.moreHistory': {
    en: 'The latest {shown} of {count} activities.',
    id: '{shown} aktivitas terakhir dari {count}.',
  },
  'ui.lifetimeValue': { en: 'Lifetime value', id: 'Total nilai pembelian' },
  'ui.clientOf': { en: 'Client: {name} · {count} {count|deal|deals}', id: 'Klien: {name} · {count} deal' },
  'ui.clientNotFound': { en: 'There is no client {clientId}.', id: 'Tidak ada klien {clientId}.' },
  'ui.openClient': { en: 'Open the client', id: 'Buka klien' },
  'edit.sideBusy': {
    en: 'Saved in the cell, but someone else was saving: the client’s other rows (Consent) or the owner’s note were not done. Type it again to finish.',
    id: 'Tersimpan di sel, tetapi ada yang sedang menyimpan: baris lain klien ini (Persetujuan) atau catatan penanggung jawab belum dibuat. Ketik ulang untuk menyelesaikannya.',
  },
  'edit.sheetRow': { en: 'row {row}', id: 'baris {row}' },
  'edit.noteShared': {
    en: 'The client’s contact facts, changed on {leadId}: {changes}',
    id: 'Data kontak klien, diubah di {leadId}: {changes}',
  },
  'ui.applyToClient': {
    en: 'Also change Name, Company, Phone and Email on this client’s other {count} {count|deal|deals}',
    id: 'Ubah juga Nama, Perusahaan, Telepon dan Email di {count} deal lain klien ini',
  },
  'ui.consentForClient': {
    en: 'Consent is the client’s: it goes to all its deals and every lead with the same email.',
    id: 'Persetujuan milik klien: berlaku untuk semua deal-nya dan setiap prospek dengan email yang sama.',
  },
  'ui.updatedShared': {
    en: 'Saved: {count} {count|change|changes} logged; {applied} other {applied|deal|deals} updated too.',
    id: 'Tersimpan: {count} perubahan dicatat; {applied} deal lain ikut diperbarui.',
  },
  'summary.kpi.clients': { en: 'Clients', id: 'Klien' },
  'summary.kpi.clientsOpen': { en: 'with an open deal', id: 'dengan deal terbuka' },
  'summary.kpi.repeatClients': { en: 'Repeat clients (2+ won deals)', id: 'Klien berulang (2+ deal menang)' },
  'summary.kpi.repeatRate': { en: 'of clients who bought', id: 'dari klien yang membeli' },
  'summary.kpi.lifetimeValue': {
    en: 'Lifetime value per client who bought',
    id: 'Nilai seumur hidup per klien yang membeli',
  },
  'campaign.skip.sameClient': {
    en: 'same client as {leadId}',
    id: 'klien sama dengan {leadId}',
  },
} satisfies Entries;

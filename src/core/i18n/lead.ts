// Saving and editing a lead, logging an activity, and the activity types.
import type { Entries } from './entry';

export const lead = {
  'change.empty': { en: '(empty)', id: '(kosong)' },
  'edit.note': { en: 'Edited in the sidebar: {changes}', id: 'Diubah di sidebar: {changes}' },
  'owner.noteSheet': { en: 'Owner set in the sheet: {owner}', id: 'Penanggung jawab diatur di sheet: {owner}' },
  'owner.noteSheetFrom': { en: 'Edited in the sheet: {changes}', id: 'Diubah di sheet: {changes}' },
  'edit.unknown': { en: 'There is no lead {leadId}.', id: 'Tidak ada prospek {leadId}.' },
  'edit.statusHere': { en: 'Status has its own form.', id: 'Status punya formulirnya sendiri.' },
  'lead.saved': { en: 'Lead {leadId} saved.', id: 'Prospek {leadId} tersimpan.' },
  'lead.duplicates': { en: 'This contact may already be in the CRM:', id: 'Kontak ini mungkin sudah ada di CRM:' },
  'activity.saved': { en: 'Activity logged for {leadId}.', id: 'Aktivitas untuk {leadId} tercatat.' },
  'type.Quotation Sent': { en: 'Quotation sent', id: 'Penawaran terkirim' },
  'type.Follow-up Call': { en: 'Follow-up call', id: 'Telepon tindak lanjut' },
  'type.Meeting': { en: 'Meeting', id: 'Pertemuan' },
  'type.Site Survey': { en: 'Site survey', id: 'Survei lokasi' },
  'type.Revised Quotation': { en: 'Revised quotation', id: 'Revisi penawaran' },
  'type.Email': { en: 'Email', id: 'Email' },
  'type.WhatsApp': { en: 'WhatsApp', id: 'WhatsApp' },
  'type.Note': { en: 'Note', id: 'Catatan' },
  'type.Status Change': { en: 'Status change', id: 'Perubahan status' },
} satisfies Entries;

// Campaigns (the Campaigns tab) and the WhatsApp queue.
import type { Entries } from './entry';

export const campaign = {
  'queue.title': { en: 'WhatsApp campaign', id: 'Kampanye WhatsApp' },
  'queue.campaign': { en: 'Campaign', id: 'Kampanye' },
  'queue.empty': {
    en: 'Everyone in this campaign has been messaged.',
    id: 'Semua orang di kampanye ini sudah dikirimi pesan.',
  },
  'queue.sent': { en: 'Sent', id: 'Terkirim' },
  'queue.skip': { en: 'Skip', id: 'Lewati' },
  'queue.remaining': { en: '{count} left in the queue.', id: '{count} lagi di antrean.' },
  'campaign.unknown': {
    en: 'There is no campaign "{name}" in the Campaigns tab.',
    id: 'Tidak ada kampanye "{name}" di tab Campaigns.',
  },
  'campaign.noTemplate': {
    en: 'Campaign "{name}" has no template: choose a Template ID from the Templates tab.',
    id: 'Kampanye "{name}" belum punya template: pilih Template ID dari tab Templates.',
  },
  'campaign.badTemplate': {
    en: 'Campaign "{name}": there is no template {templateId}.',
    id: 'Kampanye "{name}": tidak ada template {templateId}.',
  },
  'campaign.badSegment': {
    en: 'Campaign "{name}": "{field}" is not a field a segment can use (Status, Source, Owner, Product, Last Contact, Created).',
    id: 'Kampanye "{name}": "{field}" bukan kolom yang bisa dipakai segmen (Status, Source, Owner, Product, Last Contact, Created).',
  },
  'campaign.badValue': {
    en: 'Campaign "{name}": "{value}" is not a date for {field} (e.g. 2026-01-31).',
    id: 'Kampanye "{name}": "{value}" bukan tanggal untuk {field} (misalnya 2026-01-31).',
  },
  'campaign.pick': {
    en: 'Select a row of the Campaigns tab, then choose the menu item again.',
    id: 'Pilih satu baris di tab Campaigns, lalu pilih menu itu lagi.',
  },
  'campaign.skip.optedOut': { en: 'opted out', id: 'menolak menerima (Opted out)' },
  'campaign.skip.notAsked': { en: 'not asked for consent (Settings)', id: 'belum ditanya persetujuannya (Settings)' },
  'campaign.skip.noEmail': { en: 'no email address', id: 'tidak punya alamat email' },
  'campaign.skip.noPhone': { en: 'no mobile number', id: 'tidak punya nomor ponsel' },
  'campaign.skip.sameAddress': { en: 'same address as {leadId}', id: 'alamat sama dengan {leadId}' },
  'campaign.skip.optedOutElsewhere': {
    en: 'same address as {leadId}, which opted out',
    id: 'alamat sama dengan {leadId}, yang menolak menerima (Opted out)',
  },
  'campaign.skip.unclearElsewhere': {
    en: 'same address as {leadId}, whose Consent is neither Subscribed nor Opted out',
    id: 'alamat sama dengan {leadId}, yang Persetujuannya (Consent) bukan "Subscribed" maupun "Opted out"',
  },
  'campaign.skip.unclear': {
    en: 'Consent "{value}" is neither Subscribed nor Opted out',
    id: 'Persetujuan (Consent) "{value}" bukan "Subscribed" maupun "Opted out"',
  },
  'campaign.skip.badAddress': {
    en: '{field} "{value}" is not one email address',
    id: '{field} "{value}" bukan satu alamat email',
  },
  'campaign.skip.missing': { en: 'no value for {names}', id: 'tidak ada nilai untuk {names}' },
  'campaign.stopLine': {
    en: 'Reply STOP to stop receiving these messages.',
    id: 'Balas STOP jika tidak ingin menerima pesan ini lagi.',
  },
  'campaign.started': {
    en: 'Campaign "{name}" started: {recipients} {recipients|recipient|recipients}.',
    id: 'Kampanye "{name}" dimulai: {recipients} penerima.',
  },
  'campaign.stopped': {
    en: 'Campaign "{name}" stopped: nothing more is sent.',
    id: 'Kampanye "{name}" dihentikan: tidak ada lagi yang dikirim.',
  },
  'campaign.preview': {
    en: 'Campaign "{name}": {recipients} {recipients|recipient|recipients}, {skipped} skipped.',
    id: 'Kampanye "{name}": {recipients} penerima, {skipped} dilewati.',
  },
  'campaign.test': {
    en: 'Test email of campaign "{name}" sent to {to}.',
    id: 'Email uji kampanye "{name}" terkirim ke {to}.',
  },
  'campaign.notRunning': { en: 'Campaign "{name}" is not running.', id: 'Kampanye "{name}" tidak sedang berjalan.' },
  'campaign.done': { en: 'Campaign "{name}": all {sent} sent.', id: 'Kampanye "{name}": semua {sent} terkirim.' },
  'campaign.doneUncertain': {
    en: 'Campaign "{name}": done, {sent} sent and {uncertain} uncertain (see the Run Log).',
    id: 'Kampanye "{name}": selesai, {sent} terkirim dan {uncertain} tidak pasti (lihat Run Log).',
  },
  'campaign.uncertain': {
    en: 'Campaign "{name}": {count} {count|email|emails} may or may not have gone out (the run stopped while sending): {leads}. {count|It is|They are} not sent again; the Sent folder of the account that runs the daily jobs shows which did.',
    id: 'Kampanye "{name}": {count} email mungkin terkirim, mungkin tidak (proses berhenti saat mengirim): {leads}. Email itu tidak dikirim ulang; folder Terkirim akun yang menjalankan tugas harian menunjukkan mana yang terkirim.',
  },
  'campaign.uncertainNote': {
    en: 'Campaign "{name}": the run stopped while sending this email ("{summary}"); it may or may not have gone out, and is not sent again.',
    id: 'Kampanye "{name}": proses berhenti saat mengirim email ini ("{summary}"); mungkin terkirim, mungkin tidak, dan tidak dikirim ulang.',
  },
  'campaign.sameId': {
    en: 'Campaigns "{name}" and "{other}" have the same Campaign ID {id}: clear the Campaign ID of the copy (it then gets its own).',
    id: 'Kampanye "{name}" dan "{other}" memakai Campaign ID yang sama, {id}: kosongkan Campaign ID salinannya (lalu ia mendapat ID sendiri).',
  },
  'campaign.notAskedExcluded': {
    en: '{count} never asked for consent do not receive it (Settings "{setting}" is no: only Subscribed).',
    id: '{count} orang yang belum pernah ditanya persetujuannya tidak menerimanya (Settings "{setting}" bernilai no: hanya yang Subscribed).',
  },
  'campaign.notAskedIncluded': {
    en: '{count} never asked for consent receive it too, because Settings "{setting}" is yes.',
    id: '{count} orang yang belum pernah ditanya persetujuannya ikut menerimanya, karena Settings "{setting}" bernilai yes.',
  },
} satisfies Entries;

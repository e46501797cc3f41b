// Lead intake (SPEC §4): the lead form's settings, why a response waits for a person, the
// owner's email, the Run Log line, what Set up and the trigger menu say about the form.
import type { Entries } from './entry';

export const intake = {
  'desc.leadFormSource': {
    en: 'Source of a lead-form response whose "how did you hear about us" answer names none of the Sources.',
    id: 'Sumber untuk jawaban formulir prospek yang jawaban "dari mana tahu tentang kami"-nya tidak menyebut salah satu Sumber.',
  },
  'desc.leadFormOwners': {
    en: 'Owner of lead-form leads per source, e.g. "Google Ads: ana@example.com; Website: budi@example.com". Sources not listed go in turn to the Team’s Sales.',
    id: 'Penanggung jawab prospek dari formulir per sumber, mis. "Google Ads: ana@example.com; Website: budi@example.com". Sumber yang tidak disebut dibagi bergiliran ke Sales di Team.',
  },
  'settings.notASource': {
    en: '"{value}" is not one of the Sources; using {default}.',
    id: '"{value}" bukan salah satu Sumber; memakai {default}.',
  },
  'settings.badOwnerRule': {
    en: '"{value}" is not "Source: owner email" with a source from Sources; it is ignored.',
    id: '"{value}" bukan "Sumber: email pemilik" dengan sumber dari daftar Sumber; diabaikan.',
  },
  'intake.spamMarkup': {
    en: 'Looks like spam: the answers contain web page code or link markup.',
    id: 'Tampak seperti spam: jawabannya berisi kode halaman web atau tautan.',
  },
  'intake.spamLinkInName': {
    en: 'Looks like spam: the name is a web address.',
    id: 'Tampak seperti spam: namanya berupa alamat web.',
  },
  'intake.spamLinks': {
    en: 'Looks like spam: the needs are mostly links.',
    id: 'Tampak seperti spam: kebutuhannya kebanyakan tautan.',
  },
  'intake.spamName': {
    en: 'Looks like spam: the name has no letters.',
    id: 'Tampak seperti spam: namanya tidak berisi huruf.',
  },
  'intake.review': {
    en: 'Not made into a lead: {reasons} Correct the answers in this row and clear the Intake cell to try again.',
    id: 'Tidak dijadikan prospek: {reasons} Perbaiki jawaban di baris ini lalu kosongkan sel Intake untuk mencoba lagi.',
  },
  'intake.noOwnerEmail': {
    en: 'The owner has no email address to tell.',
    id: 'Pemilik tidak punya alamat email untuk diberi tahu.',
  },
  'intake.note': {
    en: 'The client sent the lead form again: {needs}',
    id: 'Klien mengirim formulir prospek lagi: {needs}',
  },
  'intake.subjectNew': { en: 'New lead from the form: {name}', id: 'Prospek baru dari formulir: {name}' },
  'intake.subjectJoined': {
    en: '{name} sent the lead form again',
    id: '{name} mengirim formulir prospek lagi',
  },
  'intake.greeting': { en: 'Hello {owner},', id: 'Halo {owner},' },
  'intake.introNew': {
    en: 'A new lead came in through the lead form and is yours. Please contact them by {due}.',
    id: 'Prospek baru masuk lewat formulir prospek dan menjadi milik Anda. Mohon hubungi paling lambat {due}.',
  },
  'intake.introNewDeal': {
    en: 'A client you know sent the lead form: a new deal for them is yours. Please contact them by {due}.',
    id: 'Klien yang sudah dikenal mengirim formulir prospek: deal baru untuknya menjadi milik Anda. Mohon hubungi paling lambat {due}.',
  },
  'intake.introJoined': {
    en: 'The client of your open deal {leadId} sent the lead form again; their answers are noted on the deal.',
    id: 'Klien dari deal terbuka Anda {leadId} mengirim formulir prospek lagi; jawabannya dicatat pada deal itu.',
  },
  'intake.openRow': { en: 'Open the lead in the spreadsheet', id: 'Buka prospek di spreadsheet' },
  'intake.footer': {
    en: 'Sent by Lembar CRM when the lead form was answered.',
    id: 'Dikirim oleh Lembar CRM saat formulir prospek diisi.',
  },
  'run.intakeDetail': {
    en: 'responses {responses}: new leads {created}, joined open deals {joined}, for review {review}; owners told {told}, waiting for mail quota {waiting}',
    id: 'jawaban {responses}: prospek baru {created}, bergabung ke deal terbuka {joined}, perlu ditinjau {review}; pemilik diberi tahu {told}, menunggu kuota email {waiting}',
  },
  'setup.leadForm': {
    en: 'Lead form connected: responses in "{tab}" become leads once the automation is installed.',
    id: 'Formulir prospek terhubung: jawaban di "{tab}" menjadi prospek setelah otomatisasi dipasang.',
  },
  'setup.leadFormMissing': {
    en: 'The form asks no question for: {fields}. Add them in Google Forms: a response without Needs, or without a phone or email, waits for review.',
    id: 'Formulir tidak menanyakan: {fields}. Tambahkan di Google Forms: jawaban tanpa Kebutuhan, atau tanpa telepon atau email, menunggu ditinjau.',
  },
  'setup.noLeadForm': {
    en: 'No lead form yet: in Google Forms, make a form with Name, Company, Phone, Email, Needs and "How did you hear about us?", choose this spreadsheet under Responses, then run "Set up / repair CRM" again.',
    id: 'Belum ada formulir prospek: di Google Forms, buat formulir dengan Nama, Perusahaan, Telepon, Email, Kebutuhan dan "Dari mana Anda tahu tentang kami?", pilih spreadsheet ini di Jawaban, lalu jalankan "Siapkan / perbaiki CRM" lagi.',
  },
  'triggers.leadForm': {
    en: 'Lead form responses become leads as they arrive.',
    id: 'Jawaban formulir prospek menjadi prospek begitu masuk.',
  },
} satisfies Entries;

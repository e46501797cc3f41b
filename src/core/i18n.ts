// One catalog for everything a person reads. `id` must have exactly the keys of `en`
// (the type enforces it; a unit test checks it too).

const en = {
  'menu.title': 'Lembar CRM',
  'menu.sidebar': 'Open lead sidebar',
  'menu.setup': 'Set up / repair CRM',
  'menu.triggers': 'Install daily automation',
  'menu.auditNow': 'Run duplicate audit now',
  'menu.merge': 'Merge ticked duplicates',
  'menu.summary': 'Refresh summary',
  'sidebar.title': 'Lembar CRM',

  'error.notAvailable': '{fn} is not available yet in this version of Lembar CRM.',
  'error.missingTab': 'The tab "{tab}" is missing. Run "Set up / repair CRM" from the Lembar CRM menu.',
  'error.missingHeader': 'The tab "{tab}" has no column "{header}". Run "Set up / repair CRM" from the Lembar CRM menu to repair it.',
  'error.busy': 'Another person is saving right now. Please try again in a moment.',
  'error.unknownLead': 'There is no lead with ID "{leadId}".',
  'error.unknownType': '"{type}" is not an activity type. Choose one of: {types}.',

  'setup.done': 'Lembar CRM is set up: {created} tab(s) created, {repaired} header(s) added.',
  'setup.settingsProblems': '{count} setting(s) are invalid; defaults are used. See the Problem column in Settings.',

  'settings.notNumber': '"{value}" is not a number; using the default {default}.',
  'settings.outOfRange': '{value} is outside {min}–{max}; using the default {default}.',
  'settings.unknownStatus': 'Unknown status "{value}"; using the default for this row.',
  'settings.unknownField': 'Unknown field "{value}"; using the default for this row.',
  'settings.badEmail': '"{value}" is not an email address; it is ignored.',
  'settings.badLanguage': '"{value}" is not a language (auto, id, en); using auto.',
  'settings.emptyList': 'The list is empty; using the default.',
  'settings.unknownSetting': 'Lembar CRM does not know this setting; it is ignored.',

  'desc.language': 'Language of menus, sidebar and emails: auto (from the spreadsheet locale), id or en.',
  'desc.currency': 'Currency of Deal Value and Contract Value (ISO code, e.g. IDR).',
  'desc.statuses': 'Pipeline statuses, comma-separated, in order.',
  'desc.transition': 'Statuses a lead may move to from "{status}", comma-separated.',
  'desc.probability': 'Chance of winning a deal in "{status}" (percent), for the weighted forecast.',
  'desc.required': 'Fields that must be filled before a lead enters "{status}".',
  'desc.sources': 'Lead sources offered in the sidebar, comma-separated.',
  'desc.lostReasons': 'Lost reasons offered when a deal is lost, comma-separated.',
  'desc.sla': 'First contact with a new lead is due within this many hours.',
  'desc.followUpInterval': 'Days until the next follow-up when none is given.',
  'desc.maxFollowUps': 'Follow-ups after which a deal without progress is flagged.',
  'desc.recontact': 'Months after completion when a past client is due for re-contact.',
  'desc.auditInterval': 'Months between automatic duplicate audits.',
  'desc.reminderHour': 'Hour of the daily reminders (0–23, spreadsheet time zone).',
  'desc.managers': 'Manager emails for team digests and audit summaries, comma-separated.',

  'field.name': 'Name',
  'field.company': 'Company',
  'field.phone': 'Phone',
  'field.email': 'Email',
  'field.source': 'Source',
  'field.needs': 'Needs',
  'field.owner': 'Owner',
  'field.dealValue': 'Deal value',
  'field.expectedClose': 'Expected close',
  'field.nextFollowUp': 'Next follow-up',
  'field.lostReason': 'Lost reason',
  'field.contractValue': 'Contract value',
  'field.product': 'Product',
  'field.completedOn': 'Completed on',
  'field.type': 'Type',
  'field.summary': 'Summary',
  'field.status': 'Status',
  'field.leadId': 'Lead',
  'field.createdAt': 'Created at',
  'field.followUps': 'Follow-ups',
  'field.lastContact': 'Last contact',
  'field.statusChangedAt': 'Status changed at',

  'valid.required': '{field} is required.',
  'valid.phoneOrEmail': 'Enter a phone number or an email address.',
  'valid.phone': 'Not a valid phone number. Use e.g. 0812-3456-7890, (021) 555-1234 or +65 6123 4567.',
  'valid.email': 'Not a valid email address (e.g. budi@contoh.co.id).',
  'valid.tooLong': '{field} is too long (at most {max} characters).',
  'valid.source': 'Choose a source from the list.',
  'valid.number': '{field} must be a number of 0 or more.',
  'valid.date': '{field} must be a date (YYYY-MM-DD).',

  'lead.saved': 'Lead {leadId} saved.',
  'lead.duplicates': 'This contact may already be in the CRM:',
  'activity.saved': 'Activity logged for {leadId}.',

  'ui.tabNew': 'New lead',
  'ui.tabSelected': 'Selected lead',
  'ui.loading': 'Loading…',
  'ui.required': 'required',
  'ui.save': 'Save lead',
  'ui.saving': 'Saving…',
  'ui.saveAnyway': 'Save anyway',
  'ui.cancel': 'Cancel',
  'ui.ownerHint': 'Empty: you ({user})',
  'ui.choose': 'Choose…',
  'ui.duplicateOn': 'same {on}',
  'ui.noSelection': 'Select a row in Leads, then press Refresh. Or enter a Lead ID.',
  'ui.refresh': 'Refresh',
  'ui.find': 'Find',
  'ui.leadIdPlaceholder': 'L-000123',
  'ui.logActivity': 'Log activity',
  'ui.log': 'Log',
  'ui.changeStatus': 'Change status',
  'ui.newStatus': 'New status',
  'ui.apply': 'Apply',
  'ui.noTransitions': 'No status change is allowed from {status}.',
  'ui.whatsapp': 'WhatsApp',
  'ui.waGreeting': 'Hello {name}, this is {user}. Following up on your request: {needs}.',
  'ui.waLogPrompt': 'Log this WhatsApp message as an activity?',
  'ui.waLogYes': 'Log it',
  'ui.recent': 'Recent activity',
  'ui.none': 'None yet',
  'ui.followUps': 'Follow-ups',
  'ui.lastContact': 'Last contact',
  'ui.nextFollowUp': 'Next follow-up',
  'ui.value': 'Value',
  'ui.failed': 'Something went wrong: {error}',

  'pipeline.cleared': 'The status cannot be emptied (it was {from}).',
  'pipeline.unknownStatus': '"{to}" is not a status. Choose one of: {statuses}.',
  'pipeline.newMustStart': 'A new lead starts as {first}, not {to}.',
  'pipeline.notAllowed': '{from} → {to} is not allowed. From {from} a lead can go to: {allowed}.',
  'pipeline.final': '{from} → {to} is not allowed: {from} is final. Repeat business is a new lead.',
  'pipeline.missingFields': 'Before {to}, fill in: {fields}.',
  'pipeline.reverted': 'Status change undone in row {row}: {reason}',
  'pipeline.revertedMany': '{count} of {total} status changes were undone:',
  'pipeline.more': '…and {count} more.',
  'pipeline.busy': 'Another person is saving right now; your status change was undone. Please try again.',

  'status.Lead': 'Lead',
  'status.Quotation Sent': 'Quotation Sent',
  'status.Negotiation': 'Negotiation',
  'status.Won': 'Won',
  'status.Lost': 'Lost',
  'status.Past Client': 'Past Client',
  'type.Quotation Sent': 'Quotation sent',
  'type.Follow-up Call': 'Follow-up call',
  'type.Meeting': 'Meeting',
  'type.Site Survey': 'Site survey',
  'type.Revised Quotation': 'Revised quotation',
  'type.Email': 'Email',
  'type.WhatsApp': 'WhatsApp',
  'type.Note': 'Note',
  'type.Status Change': 'Status change',
} as const;

export type MessageKey = keyof typeof en;
export type Lang = 'id' | 'en';

const id: Record<MessageKey, string> = {
  'menu.title': 'Lembar CRM',
  'menu.sidebar': 'Buka panel prospek',
  'menu.setup': 'Siapkan / perbaiki CRM',
  'menu.triggers': 'Pasang otomatisasi harian',
  'menu.auditNow': 'Jalankan audit duplikat sekarang',
  'menu.merge': 'Gabungkan duplikat yang dicentang',
  'menu.summary': 'Perbarui ringkasan',
  'sidebar.title': 'Lembar CRM',

  'error.notAvailable': '{fn} belum tersedia di versi Lembar CRM ini.',
  'error.missingTab': 'Tab "{tab}" tidak ada. Jalankan "Siapkan / perbaiki CRM" dari menu Lembar CRM.',
  'error.missingHeader': 'Tab "{tab}" tidak punya kolom "{header}". Jalankan "Siapkan / perbaiki CRM" dari menu Lembar CRM untuk memperbaikinya.',
  'error.busy': 'Orang lain sedang menyimpan. Silakan coba lagi sebentar lagi.',
  'error.unknownLead': 'Tidak ada prospek dengan ID "{leadId}".',
  'error.unknownType': '"{type}" bukan jenis aktivitas. Pilih salah satu: {types}.',

  'setup.done': 'Lembar CRM siap: {created} tab dibuat, {repaired} kolom ditambahkan.',
  'setup.settingsProblems': '{count} pengaturan tidak valid; nilai bawaan dipakai. Lihat kolom Problem di Settings.',

  'settings.notNumber': '"{value}" bukan angka; memakai nilai bawaan {default}.',
  'settings.outOfRange': '{value} di luar {min}–{max}; memakai nilai bawaan {default}.',
  'settings.unknownStatus': 'Status "{value}" tidak dikenal; baris ini memakai nilai bawaan.',
  'settings.unknownField': 'Kolom "{value}" tidak dikenal; baris ini memakai nilai bawaan.',
  'settings.badEmail': '"{value}" bukan alamat email; diabaikan.',
  'settings.badLanguage': '"{value}" bukan bahasa (auto, id, en); memakai auto.',
  'settings.emptyList': 'Daftar kosong; memakai nilai bawaan.',
  'settings.unknownSetting': 'Lembar CRM tidak mengenal pengaturan ini; diabaikan.',

  'desc.language': 'Bahasa menu, panel dan email: auto (dari lokal spreadsheet), id atau en.',
  'desc.currency': 'Mata uang Deal Value dan Contract Value (kode ISO, mis. IDR).',
  'desc.statuses': 'Status pipeline, dipisah koma, berurutan.',
  'desc.transition': 'Status tujuan yang boleh dari "{status}", dipisah koma.',
  'desc.probability': 'Peluang menang untuk deal di "{status}" (persen), untuk perkiraan tertimbang.',
  'desc.required': 'Kolom yang wajib diisi sebelum prospek masuk ke "{status}".',
  'desc.sources': 'Sumber prospek di panel, dipisah koma.',
  'desc.lostReasons': 'Alasan kalah yang ditawarkan saat deal kalah, dipisah koma.',
  'desc.sla': 'Kontak pertama dengan prospek baru harus dalam sekian jam.',
  'desc.followUpInterval': 'Jumlah hari sampai tindak lanjut berikutnya bila tidak diisi.',
  'desc.maxFollowUps': 'Jumlah tindak lanjut sebelum deal tanpa kemajuan ditandai.',
  'desc.recontact': 'Bulan setelah proyek selesai saat klien lama perlu dihubungi lagi.',
  'desc.auditInterval': 'Bulan antar audit duplikat otomatis.',
  'desc.reminderHour': 'Jam pengingat harian (0–23, zona waktu spreadsheet).',
  'desc.managers': 'Email manajer untuk ringkasan tim dan audit, dipisah koma.',

  'field.name': 'Nama',
  'field.company': 'Perusahaan',
  'field.phone': 'Telepon',
  'field.email': 'Email',
  'field.source': 'Sumber',
  'field.needs': 'Kebutuhan',
  'field.owner': 'Penanggung jawab',
  'field.dealValue': 'Nilai deal',
  'field.expectedClose': 'Perkiraan closing',
  'field.nextFollowUp': 'Tindak lanjut berikutnya',
  'field.lostReason': 'Alasan kalah',
  'field.contractValue': 'Nilai kontrak',
  'field.product': 'Produk',
  'field.completedOn': 'Tanggal selesai (BAST)',
  'field.type': 'Jenis',
  'field.summary': 'Ringkasan',
  'field.status': 'Status',
  'field.leadId': 'Prospek',
  'field.createdAt': 'Tanggal masuk',
  'field.followUps': 'Jumlah tindak lanjut',
  'field.lastContact': 'Kontak terakhir',
  'field.statusChangedAt': 'Status berubah',

  'valid.required': '{field} wajib diisi.',
  'valid.phoneOrEmail': 'Isi nomor telepon atau alamat email.',
  'valid.phone': 'Nomor telepon tidak valid. Contoh: 0812-3456-7890, (021) 555-1234 atau +65 6123 4567.',
  'valid.email': 'Alamat email tidak valid (mis. budi@contoh.co.id).',
  'valid.tooLong': '{field} terlalu panjang (maksimal {max} karakter).',
  'valid.source': 'Pilih sumber dari daftar.',
  'valid.number': '{field} harus berupa angka 0 atau lebih.',
  'valid.date': '{field} harus berupa tanggal (YYYY-MM-DD).',

  'lead.saved': 'Prospek {leadId} tersimpan.',
  'lead.duplicates': 'Kontak ini mungkin sudah ada di CRM:',
  'activity.saved': 'Aktivitas untuk {leadId} tercatat.',

  'ui.tabNew': 'Prospek baru',
  'ui.tabSelected': 'Prospek terpilih',
  'ui.loading': 'Memuat…',
  'ui.required': 'wajib',
  'ui.save': 'Simpan prospek',
  'ui.saving': 'Menyimpan…',
  'ui.saveAnyway': 'Tetap simpan',
  'ui.cancel': 'Batal',
  'ui.ownerHint': 'Kosong: Anda ({user})',
  'ui.choose': 'Pilih…',
  'ui.duplicateOn': '{on} sama',
  'ui.noSelection': 'Pilih baris di Leads, lalu tekan Muat ulang. Atau isi ID prospek.',
  'ui.refresh': 'Muat ulang',
  'ui.find': 'Cari',
  'ui.leadIdPlaceholder': 'L-000123',
  'ui.logActivity': 'Catat aktivitas',
  'ui.log': 'Catat',
  'ui.changeStatus': 'Ubah status',
  'ui.newStatus': 'Status baru',
  'ui.apply': 'Terapkan',
  'ui.noTransitions': 'Status {status} tidak bisa diubah lagi.',
  'ui.whatsapp': 'WhatsApp',
  'ui.waGreeting': 'Halo {name}, saya {user}. Menindaklanjuti kebutuhan Anda: {needs}.',
  'ui.waLogPrompt': 'Catat pesan WhatsApp ini sebagai aktivitas?',
  'ui.waLogYes': 'Catat',
  'ui.recent': 'Aktivitas terakhir',
  'ui.none': 'Belum ada',
  'ui.followUps': 'Tindak lanjut',
  'ui.lastContact': 'Kontak terakhir',
  'ui.nextFollowUp': 'Tindak lanjut berikutnya',
  'ui.value': 'Nilai',
  'ui.failed': 'Terjadi kesalahan: {error}',

  'pipeline.cleared': 'Status tidak boleh dikosongkan (sebelumnya {from}).',
  'pipeline.unknownStatus': '"{to}" bukan status. Pilih salah satu: {statuses}.',
  'pipeline.newMustStart': 'Prospek baru dimulai dengan status {first}, bukan {to}.',
  'pipeline.notAllowed': '{from} → {to} tidak diizinkan. Dari {from} prospek bisa ke: {allowed}.',
  'pipeline.final': '{from} → {to} tidak diizinkan: {from} adalah status akhir. Order ulang dicatat sebagai prospek baru.',
  'pipeline.missingFields': 'Sebelum {to}, isi dulu: {fields}.',
  'pipeline.reverted': 'Perubahan status di baris {row} dibatalkan: {reason}',
  'pipeline.revertedMany': '{count} dari {total} perubahan status dibatalkan:',
  'pipeline.more': '…dan {count} lainnya.',
  'pipeline.busy': 'Orang lain sedang menyimpan; perubahan status Anda dibatalkan. Silakan coba lagi.',

  'status.Lead': 'Prospek',
  'status.Quotation Sent': 'Penawaran terkirim',
  'status.Negotiation': 'Negosiasi',
  'status.Won': 'Menang',
  'status.Lost': 'Kalah',
  'status.Past Client': 'Klien lama',
  'type.Quotation Sent': 'Penawaran dikirim',
  'type.Follow-up Call': 'Telepon tindak lanjut',
  'type.Meeting': 'Pertemuan',
  'type.Site Survey': 'Survei lokasi',
  'type.Revised Quotation': 'Revisi penawaran',
  'type.Email': 'Email',
  'type.WhatsApp': 'WhatsApp',
  'type.Note': 'Catatan',
  'type.Status Change': 'Perubahan status',
};

export const CATALOG: Record<Lang, Record<MessageKey, string>> = { en, id };

export type Params = Record<string, string | number>;

/** A param written `@field.name` is itself a catalog key, rendered in the same language. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = CATALOG[lang][key] ?? CATALOG.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const v = String(params[name]);
    if (!v.startsWith('@')) return v;
    // `@a,@b` is a list of catalog keys.
    return v
      .split(',')
      .map((part) => (part.startsWith('@') && part.slice(1) in CATALOG[lang] ? CATALOG[lang][part.slice(1) as MessageKey] : part))
      .join(', ');
  });
}

/** Reference to a catalog entry inside another message's params. */
export const ref = (key: MessageKey): string => `@${key}`;
/** A list of catalog references, rendered joined by commas. */
export const refs = (keys: MessageKey[]): string => keys.map(ref).join(',');

/** Indonesian unless the spreadsheet is in an English locale or Settings says otherwise. */
export function resolveLang(settingLanguage: string, spreadsheetLocale: string): Lang {
  if (settingLanguage === 'id' || settingLanguage === 'en') return settingLanguage;
  return /^en/i.test(spreadsheetLocale || '') ? 'en' : 'id';
}

/** A message that travels as data (key + params) and is rendered in the reader's language. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/** Error whose text is a catalog message, so the entry points can show it in the user's language. */
export class CrmError extends Error {
  constructor(
    readonly msg: Message,
    lang: Lang = 'en',
  ) {
    super(t(lang, msg.key, msg.params));
    this.name = 'CrmError';
  }
}

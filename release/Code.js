var Lembar = (() => {
var __defProp = Object.defineProperty;
var __defNormalProp = (obj2, key, value) => key in obj2 ? __defProp(obj2, key, { enumerable: true, configurable: true, writable: true, value }) : obj2[key] = value;
var __publicField = (obj2, key, value) => __defNormalProp(obj2, typeof key !== "symbol" ? key + "" : key, value);

// src/core/i18n/fill.ts
var EXCERPT = 80;
function excerpt(v) {
  return v.length > EXCERPT ? `${v.slice(0, EXCERPT - 1)}…` : v;
}
var userText = (v) => ({ input: v });
var isObject = (v) => typeof v === "object" && v !== null;
var isUserText = (v) => isObject(v) && typeof v.input === "string";
var isRefs = (v) => isObject(v) && Array.isArray(v.ref);
function fill(text5, params = {}, lookup = (k) => k) {
  return text5.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, name, one, other) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return m;
    const v = params[name];
    if (one !== void 0) return Number(v) === 1 ? one : other;
    if (isRefs(v)) return v.ref.map((k) => lookup(String(k))).join(", ");
    if (isUserText(v)) return excerpt(v.input);
    return String(v);
  });
}

// src/core/i18n/menu.ts
var menu = {
  "menu.campaignPreview": { en: "Preview campaign (selected row)", id: "Pratinjau kampanye (baris terpilih)" },
  "menu.campaignStart": { en: "Start campaign (selected row)", id: "Mulai kampanye (baris terpilih)" },
  "menu.campaignStop": { en: "Stop campaign (selected row)", id: "Hentikan kampanye (baris terpilih)" },
  "menu.board": { en: "Pipeline board", id: "Papan pipeline" },
  "menu.import": { en: "Import leads…", id: "Impor prospek…" },
  "menu.archive": { en: "Archive old activities…", id: "Arsipkan aktivitas lama…" },
  "menu.title": { en: "Lembar CRM", id: "Lembar CRM" },
  "menu.sidebar": { en: "Open lead sidebar", id: "Buka panel prospek" },
  "menu.setup": { en: "Set up / repair CRM", id: "Siapkan / perbaiki CRM" },
  "menu.triggers": { en: "Install daily automation", id: "Pasang otomatisasi harian" },
  "menu.auditNow": { en: "Run duplicate audit now", id: "Jalankan audit duplikat sekarang" },
  "menu.merge": { en: "Merge ticked duplicates", id: "Gabungkan duplikat yang dicentang" },
  "menu.summary": { en: "Refresh summary", id: "Perbarui ringkasan" },
  "sidebar.title": { en: "Lembar CRM", id: "Lembar CRM" },
  "menu.undoMerge": {
    en: "Undo merge or link (selected row)",
    id: "Batalkan penggabungan atau tautan (baris terpilih)"
  },
  "menu.authorize": { en: "⚠ Give Lembar CRM permission", id: "⚠ Beri izin Lembar CRM" },
  "auth.toast": {
    en: "Lembar CRM needs your permission for what its new version does. Until you give it, the automatic runs under your account (daily digests, reports, campaigns) stop. Choose Extensions › Lembar CRM › Give Lembar CRM permission.",
    id: "Lembar CRM perlu izin Anda untuk fitur versi barunya. Sampai izin diberikan, otomatisasi atas nama Anda (ringkasan harian, laporan, kampanye) berhenti. Pilih Ekstensi › Lembar CRM › Beri izin Lembar CRM."
  },
  "auth.banner": {
    en: "Lembar CRM lacks permissions its new version needs. Until you grant them, the automatic runs under your account (daily digests, reports, campaigns) stop.",
    id: "Lembar CRM belum punya izin yang dibutuhkan versi barunya. Sampai izin diberikan, otomatisasi atas nama Anda (ringkasan harian, laporan, kampanye) berhenti."
  },
  "auth.link": { en: "Grant permissions", id: "Beri izin" },
  "auth.runLog": {
    en: "Permissions missing: whoever installed the daily automation must open {url} and grant them; until then, what needs them fails.",
    id: "Izin belum lengkap: yang memasang otomatisasi harian harus membuka {url} dan memberi izin; sampai itu, yang membutuhkannya gagal."
  },
  "menu.nextRun": { en: "When is the next automatic run?", id: "Kapan otomatisasi berikutnya berjalan?" }
};

// src/core/i18n/setup.ts
var setup = {
  "setup.templates": {
    en: "Templates: {count} default {count|message|messages} added.",
    id: "Templates: {count} pesan bawaan ditambahkan."
  },
  "setup.numbered": {
    en: "{count} {count|row|rows} of Leads had a name but no Lead ID and {count|was|were} numbered.",
    id: "{count} baris Leads punya nama tetapi belum punya Lead ID, dan sudah diberi nomor."
  },
  "error.missingTab": {
    en: 'The tab "{tab}" is missing. Run "Set up / repair CRM" from the Lembar CRM menu.',
    id: 'Tab "{tab}" tidak ada. Jalankan "Siapkan / perbaiki CRM" dari menu Lembar CRM.'
  },
  "error.missingHeader": {
    en: 'The tab "{tab}" has no column "{header}". Run "Set up / repair CRM" from the Lembar CRM menu to repair it.',
    id: 'Tab "{tab}" tidak punya kolom "{header}". Jalankan "Siapkan / perbaiki CRM" dari menu Lembar CRM untuk memperbaikinya.'
  },
  "error.busy": {
    en: "Another person is saving right now. Please try again in a moment.",
    id: "Orang lain sedang menyimpan. Silakan coba lagi sebentar lagi."
  },
  "error.noDocument": {
    en: "Lembar CRM works inside its spreadsheet: open the spreadsheet and use Extensions › Lembar CRM (there is no document to lock here).",
    id: "Lembar CRM bekerja di dalam spreadsheet-nya: buka spreadsheet itu lalu pakai Ekstensi › Lembar CRM (di sini tidak ada dokumen yang bisa dikunci)."
  },
  "error.unknownLead": { en: 'There is no lead with ID "{leadId}".', id: 'Tidak ada prospek dengan ID "{leadId}".' },
  "error.notManager": {
    en: "Only a manager (Team tab, or Settings' Manager emails) can open a teammate's list.",
    id: "Hanya manajer (tab Team, atau Manager emails di Settings) yang bisa membuka daftar rekan."
  },
  "error.unknownType": {
    en: '"{type}" is not an activity type. Choose one of: {types}.',
    id: '"{type}" bukan jenis aktivitas. Pilih salah satu: {types}.'
  },
  "setup.done": {
    en: "Lembar CRM is set up: {created} {created|tab|tabs} created, {repaired} {repaired|header|headers} added.",
    id: "Lembar CRM siap: {created} tab dibuat, {repaired} kolom ditambahkan."
  },
  "setup.teamBadEmail": {
    en: 'Team, row {row}: Email "{value}" is not one email address; the row is left out until it is corrected.',
    id: 'Team, baris {row}: Email "{value}" bukan satu alamat email; baris itu tidak dipakai sampai diperbaiki.'
  },
  "setup.settingsProblems": {
    en: "{count} {count|setting|settings} {count|is|are} invalid; defaults are used. See the Problem column in Settings.",
    id: "{count} pengaturan tidak valid; nilai bawaan dipakai. Lihat kolom Problem di Settings."
  }
};

// src/core/i18n/settings.ts
var settings = {
  "desc.campaignsToUnasked": {
    en: "Whether leads never asked for consent (Consent empty) receive campaigns: yes or no (no: only Subscribed). An address Opted out on any row never does.",
    id: "Apakah prospek yang belum pernah ditanya persetujuannya (Consent kosong) menerima kampanye: yes atau no (no: hanya yang Subscribed). Alamat yang menolak menerima (Opted out) di baris mana pun tidak pernah menerimanya."
  },
  "settings.yesNo": {
    en: '"{value}" is not yes or no; the default is used.',
    id: '"{value}" bukan yes atau no; nilai bawaan dipakai.'
  },
  "settings.notNumber": {
    en: '"{value}" is not a number; using the default {default}.',
    id: '"{value}" bukan angka; memakai nilai bawaan {default}.'
  },
  "settings.outOfRange": {
    en: "{value} is outside {min}–{max}; using the default {default}.",
    id: "{value} di luar {min}–{max}; memakai nilai bawaan {default}."
  },
  "settings.unknownStatus": {
    en: 'Unknown status "{value}"; using the default for this row.',
    id: 'Status "{value}" tidak dikenal; baris ini memakai nilai bawaan.'
  },
  "settings.unknownField": {
    en: 'Unknown field "{value}"; using the default for this row.',
    id: 'Kolom "{value}" tidak dikenal; baris ini memakai nilai bawaan.'
  },
  "settings.badEmail": {
    en: '"{value}" is not an email address; it is ignored.',
    id: '"{value}" bukan alamat email; diabaikan.'
  },
  "settings.badLanguage": {
    en: '"{value}" is not a language (auto, id, en); using auto.',
    id: '"{value}" bukan bahasa (auto, id, en); memakai auto.'
  },
  "settings.emptyList": { en: "The list is empty; using the default.", id: "Daftar kosong; memakai nilai bawaan." },
  "settings.unknownSetting": {
    en: "Lembar CRM does not know this setting; it is ignored.",
    id: "Lembar CRM tidak mengenal pengaturan ini; diabaikan."
  },
  "desc.salutation": {
    en: 'How messages to clients greet them ({sapaan} or {salutation} in a template): auto (Pak/Bu, or Mr/Ms in an English template, from the title in the Name such as "Bpk." or "Ibu"; no salutation without one) or none (the name alone). Titles and degrees in the Name are never repeated in a greeting.',
    id: 'Cara pesan ke klien menyapa ({sapaan} atau {salutation} di template): auto (Pak/Bu, atau Mr/Ms di template bahasa Inggris, dari gelar di Nama seperti "Bpk." atau "Ibu"; tanpa sapaan bila tidak ada) atau none (nama saja). Gelar di Nama tidak pernah diulang dalam sapaan.'
  },
  "settings.badSalutation": {
    en: '"{value}" is not a salutation setting (auto or none); auto is used.',
    id: '"{value}" bukan pilihan sapaan (auto atau none); auto yang dipakai.'
  },
  "desc.language": {
    en: "Language of menus, sidebar and emails: auto (from the spreadsheet locale), id or en.",
    id: "Bahasa menu, panel dan email: auto (dari lokal spreadsheet), id atau en."
  },
  "desc.currency": {
    en: "Currency of Deal Value and Contract Value (ISO code, e.g. IDR).",
    id: "Mata uang Nilai deal (Deal Value) dan Nilai kontrak (Contract Value) (kode ISO, mis. IDR)."
  },
  "desc.statuses": {
    en: "Pipeline statuses, comma-separated, in order.",
    id: "Status pipeline, dipisah koma, berurutan."
  },
  "desc.transition": {
    en: 'Statuses a lead may move to from "{status}", comma-separated.',
    id: 'Status tujuan yang boleh dari "{status}", dipisah koma.'
  },
  "desc.probability": {
    en: 'Chance of winning a deal in "{status}" (percent), for the weighted forecast.',
    id: 'Peluang menang untuk deal di "{status}" (persen), untuk perkiraan tertimbang.'
  },
  "desc.required": {
    en: 'Fields that must be filled before a lead enters "{status}".',
    id: 'Kolom yang wajib diisi sebelum prospek masuk ke "{status}".'
  },
  "desc.expected": {
    en: 'Expected conversion for leads from "{source}", as a range in percent (e.g. 15-25); empty: no benchmark.',
    id: 'Konversi yang diharapkan untuk prospek dari "{source}", sebagai rentang persen (misalnya 15-25); kosong: tanpa patokan.'
  },
  "desc.bigDeal": {
    en: "A Deal Value from which the managers are told about the deal, once (0: never).",
    id: "Nilai deal mulai dari mana manajer diberi tahu tentang deal itu, sekali (0: tidak pernah)."
  },
  "settings.badRange": {
    en: '"{value}" is not a range like 15-25 (percent); the default is used.',
    id: '"{value}" bukan rentang seperti 15-25 (persen); nilai bawaan dipakai.'
  },
  "desc.stale": {
    en: 'Days a deal may stay in "{status}" before it is marked stale on the board and in the digest (0: never).',
    id: 'Berapa hari deal boleh berada di "{status}" sebelum ditandai macet di papan dan di ringkasan harian (0: tidak pernah).'
  },
  "desc.sources": {
    en: "Lead sources offered in the sidebar, comma-separated.",
    id: "Sumber prospek di panel, dipisah koma."
  },
  "desc.lostReasons": {
    en: "Lost reasons offered when a deal is lost, comma-separated.",
    id: "Alasan kalah yang ditawarkan saat deal kalah, dipisah koma."
  },
  "desc.sla": {
    en: "First contact with a new lead is due within this many hours.",
    id: "Kontak pertama dengan prospek baru harus dalam sekian jam."
  },
  "desc.followUpInterval": {
    en: "Days until the next follow-up when none is given.",
    id: "Jumlah hari sampai tindak lanjut berikutnya bila tidak diisi."
  },
  "desc.maxFollowUps": {
    en: "Follow-ups after which a deal without progress is flagged.",
    id: "Jumlah tindak lanjut sebelum deal tanpa kemajuan ditandai."
  },
  "desc.recontact": {
    en: "Months after completion when a past client is due for re-contact.",
    id: "Bulan setelah proyek selesai saat klien lama perlu dihubungi lagi."
  },
  "desc.auditInterval": {
    en: "Months between automatic duplicate audits.",
    id: "Bulan antar audit duplikat otomatis."
  },
  "desc.reminderHour": {
    en: "Hour of the daily reminders (0–23, spreadsheet time zone).",
    id: "Jam pengingat harian (0–23, zona waktu spreadsheet)."
  },
  "desc.managers": {
    en: "Manager emails for team digests and audit summaries, comma-separated.",
    id: "Email manajer untuk ringkasan tim dan audit, dipisah koma."
  }
};

// src/core/i18n/fields.ts
var fields = {
  "field.name": { en: "Name", id: "Nama" },
  "field.company": { en: "Company", id: "Perusahaan" },
  "field.phone": { en: "Phone", id: "Telepon" },
  "field.email": { en: "Email", id: "Email" },
  "field.source": { en: "Source", id: "Sumber" },
  "field.needs": { en: "Needs", id: "Kebutuhan" },
  "field.owner": { en: "Owner", id: "Penanggung jawab" },
  "field.dealValue": { en: "Deal value", id: "Nilai deal" },
  "field.expectedClose": { en: "Expected close", id: "Perkiraan closing" },
  "field.nextFollowUp": { en: "Next follow-up", id: "Tindak lanjut berikutnya" },
  "field.lostReason": { en: "Lost reason", id: "Alasan kalah" },
  "field.contractValue": { en: "Contract value", id: "Nilai kontrak" },
  "field.product": { en: "Product", id: "Produk" },
  "field.completedOn": { en: "Completed on", id: "Tanggal selesai (BAST)" },
  "field.type": { en: "Type", id: "Jenis" },
  "field.summary": { en: "Summary", id: "Ringkasan" },
  "field.status": { en: "Status", id: "Status" },
  "field.leadId": { en: "Lead", id: "Prospek" },
  "field.clientId": { en: "Client", id: "Klien" },
  "field.createdAt": { en: "Created at", id: "Tanggal masuk" },
  "field.followUps": { en: "Follow-ups", id: "Jumlah tindak lanjut" },
  "field.lastContact": { en: "Last contact", id: "Kontak terakhir" },
  "field.statusChangedAt": { en: "Status changed at", id: "Status berubah" },
  "valid.required": { en: "{field} is required.", id: "{field} wajib diisi." },
  "valid.phoneOrEmail": { en: "Enter a phone number or an email address.", id: "Isi nomor telepon atau alamat email." },
  "valid.phone": {
    en: "Not a valid phone number. Use e.g. 0812-3456-7890, (021) 555-1234 or +65 6123 4567.",
    id: "Nomor telepon tidak valid. Contoh: 0812-3456-7890, (021) 555-1234 atau +65 6123 4567."
  },
  "valid.email": {
    en: "Not a valid email address (e.g. budi@contoh.co.id).",
    id: "Alamat email tidak valid (mis. budi@contoh.co.id)."
  },
  "valid.pastFollowUp": {
    en: "{field} cannot be a day already gone: choose today or later.",
    id: "{field} tidak bisa hari yang sudah lewat: pilih hari ini atau sesudahnya."
  },
  "valid.ownerUnknown": {
    en: '"{value}" is neither an email nor the name of a Team member: write their email (e.g. budi@contoh.co.id) or their name as the Team tab has it.',
    id: '"{value}" bukan email dan bukan nama anggota Team: tulis emailnya (mis. budi@contoh.co.id) atau namanya seperti di tab Team.'
  },
  "valid.ownerAmbiguous": {
    en: '"{value}" could be {names}: write their email.',
    id: '"{value}" bisa {names}: tulis emailnya.'
  },
  "valid.tooLong": {
    en: "{field} is too long (at most {max} characters).",
    id: "{field} terlalu panjang (maksimal {max} karakter)."
  },
  "valid.source": { en: "Choose a source from the list.", id: "Pilih sumber dari daftar." },
  "valid.consent": {
    en: "Consent is Subscribed, Opted out, or empty (not asked).",
    id: 'Persetujuan (Consent) berisi "Subscribed" (bersedia menerima), "Opted out" (menolak menerima), atau kosong (belum ditanya).'
  },
  "field.consent": { en: "Consent", id: "Persetujuan" },
  "valid.number": { en: "{field} must be a number of 0 or more.", id: "{field} harus berupa angka 0 atau lebih." },
  "valid.date": {
    en: "{field} must be a date (e.g. 28/11/2026).",
    id: "{field} harus berupa tanggal (misalnya 28/11/2026)."
  },
  "valid.dateImpossible": { en: "{field}: there is no such date.", id: "{field}: tanggal itu tidak ada." },
  "valid.text": { en: "{field} must be text.", id: "{field} harus berupa teks." }
};

// src/core/i18n/lead.ts
var lead = {
  "change.empty": { en: "(empty)", id: "(kosong)" },
  "edit.note": { en: "Edited in the sidebar: {changes}", id: "Diubah di sidebar: {changes}" },
  "owner.noteSheet": { en: "Owner set in the sheet: {owner}", id: "Penanggung jawab diatur di sheet: {owner}" },
  "owner.noteSheetFrom": { en: "Edited in the sheet: {changes}", id: "Diubah di sheet: {changes}" },
  "edit.unknown": { en: "There is no lead {leadId}.", id: "Tidak ada prospek {leadId}." },
  "edit.statusHere": { en: "Status has its own form.", id: "Status punya formulirnya sendiri." },
  "lead.saved": { en: "Lead {leadId} saved.", id: "Prospek {leadId} tersimpan." },
  "lead.duplicates": { en: "This contact may already be in the CRM:", id: "Kontak ini mungkin sudah ada di CRM:" },
  "activity.saved": { en: "Activity logged for {leadId}.", id: "Aktivitas untuk {leadId} tercatat." },
  "type.Quotation Sent": { en: "Quotation sent", id: "Penawaran terkirim" },
  "type.Follow-up Call": { en: "Follow-up call", id: "Telepon tindak lanjut" },
  "type.Meeting": { en: "Meeting", id: "Pertemuan" },
  "type.Site Survey": { en: "Site survey", id: "Survei lokasi" },
  "type.Revised Quotation": { en: "Revised quotation", id: "Revisi penawaran" },
  "type.Email": { en: "Email", id: "Email" },
  "type.WhatsApp": { en: "WhatsApp", id: "WhatsApp" },
  "type.Note": { en: "Note", id: "Catatan" },
  "type.Status Change": { en: "Status change", id: "Perubahan status" }
};

// src/core/i18n/pipeline.ts
var pipeline = {
  "pipeline.cleared": {
    en: "The status cannot be emptied (it was {from}).",
    id: "Status tidak boleh dikosongkan (sebelumnya {from})."
  },
  "pipeline.fieldsNote": {
    en: "Status stays {status}; saved: {changes}",
    id: "Status tetap {status}; disimpan: {changes}"
  },
  "pipeline.unknownStatus": {
    en: '"{to}" is not a status. Choose one of: {statuses}.',
    id: '"{to}" bukan status. Pilih salah satu: {statuses}.'
  },
  "pipeline.newMustStart": {
    en: "A new lead starts as {first}, not {to}.",
    id: "Prospek baru dimulai dengan status {first}, bukan {to}."
  },
  "pipeline.notAllowed": {
    en: "{from} → {to} is not allowed. From {from} a lead can go to: {allowed}.",
    id: "{from} → {to} tidak diizinkan. Dari {from} hanya bisa ke: {allowed}."
  },
  "pipeline.final": {
    en: "{from} → {to} is not allowed: {from} is final. Repeat business is a new lead.",
    id: "{from} → {to} tidak diizinkan: {from} adalah status akhir. Order ulang dicatat sebagai prospek baru."
  },
  "pipeline.missingFields": { en: "Before {to}, fill in: {fields}.", id: "Sebelum {to}, isi dulu: {fields}." },
  "pipeline.reverted": {
    en: "Status change undone in row {row}: {reason}",
    id: "Perubahan status di baris {row} dibatalkan: {reason}"
  },
  "pipeline.revertedMany": {
    en: "{count} of {total} status changes {count|was|were} undone:",
    id: "{count} dari {total} perubahan status dibatalkan:"
  },
  "pipeline.more": { en: "…and {count} more.", id: "…dan {count} lainnya." },
  "pipeline.busy": {
    en: "Another person is saving right now; your status change was undone. Please try again.",
    id: "Orang lain sedang menyimpan; perubahan status Anda dibatalkan. Silakan coba lagi."
  },
  "pipeline.editedInSheet": { en: "edited in the sheet", id: "diubah langsung di sheet" },
  "status.Lead": { en: "Lead", id: "Prospek" },
  "status.Quotation Sent": { en: "Quotation Sent", id: "Penawaran terkirim" },
  "status.Negotiation": { en: "Negotiation", id: "Negosiasi" },
  "status.Won": { en: "Won", id: "Menang" },
  "status.Lost": { en: "Lost", id: "Kalah" },
  "status.Past Client": { en: "Past Client", id: "Klien lama" }
};

// src/core/i18n/ui.ts
var ui = {
  "ui.tabToday": { en: "Today", id: "Hari ini" },
  "ui.tabSearch": { en: "Search", id: "Cari" },
  "ui.call": { en: "Call", id: "Telepon" },
  "ui.logResult": { en: "Log result", id: "Catat hasil" },
  "ui.moveFollowUp": { en: "Move follow-up", id: "Pindah tindak lanjut" },
  "ui.adviceLost": {
    en: "{count} {count|follow-up|follow-ups} without progress (the maximum is {max}).",
    id: "{count} kali tindak lanjut tanpa kemajuan (maksimal {max})."
  },
  "ui.moved": { en: "Follow-up moved to {date}.", id: "Tindak lanjut dipindah ke {date}." },
  "ui.searchLabel": {
    en: "Name, company, phone, email or Lead ID",
    id: "Nama, perusahaan, telepon, email atau Lead ID"
  },
  "ui.searchMine": { en: "Only mine", id: "Hanya milik saya" },
  "ui.searchStatus": { en: "Status", id: "Status" },
  "ui.searchAll": { en: "All statuses", id: "Semua status" },
  "ui.nothingFound": { en: 'Nothing found for "{query}".', id: 'Tidak ditemukan untuk "{query}".' },
  "ui.open": { en: "Open", id: "Buka" },
  "ui.openLead": { en: "Open this lead", id: "Buka prospek ini" },
  "ui.edit": { en: "Edit details", id: "Ubah data" },
  "ui.saveChanges": { en: "Save changes", id: "Simpan perubahan" },
  "ui.updated": { en: "Saved: {count} {count|change|changes} logged.", id: "Tersimpan: {count} perubahan dicatat." },
  "ui.noChanges": { en: "Nothing changed.", id: "Tidak ada yang berubah." },
  "ui.templates": { en: "Messages", id: "Pesan" },
  "ui.template": { en: "Template", id: "Template" },
  "ui.send": { en: "Send email", id: "Kirim email" },
  "ui.logWhatsapp": { en: "Log this WhatsApp message", id: "Catat pesan WhatsApp ini" },
  "ui.missing": { en: "Fill these first, or edit the message: {names}.", id: "Isi dulu, atau ubah pesannya: {names}." },
  "ui.statusChanged": { en: "Status changed to {status}.", id: "Status diubah menjadi {status}." },
  "ui.statusNoNext": {
    en: "It has no next follow-up yet: log a contact with its date, so it shows in Today.",
    id: "Belum ada tindak lanjut berikutnya: catat kontak beserta tanggalnya, agar muncul di Hari ini."
  },
  "ui.nextFollowUpHint": {
    en: "Empty: in {days} {days|day|days}, or a later day already planned.",
    id: "Kosong: {days} hari lagi, atau hari yang sudah dijadwalkan bila lebih lambat."
  },
  "ui.dateHint": { en: "e.g. 28/11/2026", id: "misalnya 28/11/2026" },
  "ui.tabNew": { en: "New", id: "Baru" },
  "ui.tabSelected": { en: "Selected", id: "Terpilih" },
  "ui.loading": { en: "Loading…", id: "Memuat…" },
  "ui.required": { en: "required", id: "wajib" },
  "ui.save": { en: "Save lead", id: "Simpan prospek" },
  "ui.saving": { en: "Saving…", id: "Menyimpan…" },
  "ui.saveAnyway": { en: "Save anyway", id: "Tetap simpan" },
  "ui.saveAnywayHint": {
    en: "Save anyway: a lead of its own, as another client (a different person who shares a phone or email).",
    id: "Tetap simpan: prospek tersendiri, sebagai klien lain (orang berbeda yang memakai telepon atau email yang sama)."
  },
  "ui.clientOpenDeal": {
    en: "Still open: {deals}. If this is the same need, open that deal instead of starting another.",
    id: "Masih berjalan: {deals}. Jika kebutuhannya sama, buka deal itu alih-alih membuat deal baru."
  },
  "ui.cancel": { en: "Cancel", id: "Batal" },
  "ui.ownerHint": { en: "Empty: you ({user})", id: "Kosong: Anda ({user})" },
  "ui.choose": { en: "Choose…", id: "Pilih…" },
  "ui.duplicateOn": { en: "same {on}", id: "{on} sama" },
  "ui.noSelection": {
    en: "Select a row in Leads, then press Refresh. Or enter a Lead ID.",
    id: "Pilih baris di Leads, lalu tekan Muat ulang. Atau isi ID prospek."
  },
  "ui.refresh": { en: "Refresh", id: "Muat ulang" },
  "ui.find": { en: "Find", id: "Cari" },
  "ui.leadIdPlaceholder": { en: "L-000123", id: "L-000123" },
  "ui.logActivity": { en: "Log activity", id: "Catat aktivitas" },
  "ui.log": { en: "Log", id: "Catat" },
  "ui.changeStatus": { en: "Change status", id: "Ubah status" },
  "ui.newStatus": { en: "New status", id: "Status baru" },
  "ui.apply": { en: "Apply", id: "Terapkan" },
  "ui.noTransitions": {
    en: "No status change is allowed from {status}.",
    id: "Status {status} tidak bisa diubah lagi."
  },
  "ui.whatsapp": { en: "WhatsApp", id: "WhatsApp" },
  "ui.waGreeting": {
    en: "Hello {name}, this is {user}. Following up on your request: {needs}.",
    id: "Halo {name}, saya {user}. Menindaklanjuti kebutuhan Anda: {needs}."
  },
  "ui.waLogPrompt": {
    en: "Log this WhatsApp message as an activity?",
    id: "Catat pesan WhatsApp ini sebagai aktivitas?"
  },
  "ui.waLogYes": { en: "Log it", id: "Catat" },
  "ui.recent": { en: "Recent activity", id: "Aktivitas terakhir" },
  "ui.none": { en: "None yet", id: "Belum ada" },
  "ui.followUps": { en: "Follow-ups", id: "Tindak lanjut" },
  "ui.lastContact": { en: "Last contact", id: "Kontak terakhir" },
  "ui.nextFollowUp": { en: "Next follow-up", id: "Tindak lanjut berikutnya" },
  "ui.value": { en: "Value", id: "Nilai" },
  "ui.failed": { en: "Something went wrong: {error}", id: "Terjadi kesalahan: {error}" }
};

// src/core/i18n/template.ts
var template = {
  "template.unknown": { en: "There is no template {templateId}.", id: "Tidak ada template {templateId}." },
  "template.missing": {
    en: "These placeholders are not filled for this lead: {names}. Fill in the lead, or write the text in their place first.",
    id: "Placeholder ini belum terisi untuk prospek ini: {names}. Lengkapi data prospeknya, atau tulis teksnya sebagai gantinya dulu."
  },
  "template.noEmail": { en: "This lead has no email address.", id: "Prospek ini tidak punya alamat email." },
  "template.badEmail": {
    en: 'The {field} of {leadId} is not one valid address ("{email}"): correct it in the Leads tab, then send again.',
    id: '{field} prospek {leadId} bukan satu alamat yang valid ("{email}"): perbaiki di tab Leads, lalu kirim lagi.'
  },
  "template.notEmail": {
    en: "Template {templateId} is not an email template.",
    id: "Template {templateId} bukan template email."
  },
  "template.quota": {
    en: "The daily email quota is used up; try again tomorrow.",
    id: "Kuota email hari ini sudah habis; coba lagi besok."
  }
};

// src/core/i18n/day.ts
var day = {
  "day.reason.slaBreached": {
    en: "New, not contacted yet: the {hours}-hour first contact was due {date}.",
    id: "Baru, belum dihubungi: kontak pertama {hours} jam jatuh tempo {date}."
  },
  "day.reason.slaBreachedLate": {
    en: "New, not contacted yet: the {hours}-hour first contact was due {date}: {days} {days|day|days} late.",
    id: "Baru, belum dihubungi: kontak pertama {hours} jam jatuh tempo {date}: terlambat {days} hari."
  },
  "day.reason.maxFollowUps": {
    en: "{count} {count|follow-up|follow-ups} without progress since the last stage change (the maximum is {max}): mark {lost} or keep nurturing.",
    id: "{count} kali tindak lanjut tanpa kemajuan sejak tahap terakhir (maksimal {max}): tandai {lost} atau terus bina."
  },
  "day.reason.pastExpectedClose": {
    en: "Expected to close on {date}, {days} {days|day|days} ago.",
    id: "Perkiraan closing {date}, sudah lewat {days} hari."
  },
  "day.reason.recontact": {
    en: "Past client: time to get in touch again (since {date}).",
    id: "Klien lama: waktunya menghubungi lagi (sejak {date})."
  },
  "day.reason.overdue": {
    en: "Follow-up was due {date}: {days} {days|day|days} late.",
    id: "Tindak lanjut jatuh tempo {date}: terlambat {days} hari."
  },
  "day.reason.dueToday": { en: "Follow-up due today.", id: "Tindak lanjut jatuh tempo hari ini." },
  "day.section.slaBreached": { en: "New leads to contact", id: "Prospek baru untuk dihubungi" },
  "day.section.maxFollowUps": { en: "At the maximum follow-ups", id: "Sudah maksimal tindak lanjut" },
  "day.section.pastExpectedClose": { en: "Past expected close", id: "Lewat perkiraan closing" },
  "day.section.followUpDue": { en: "Follow-ups due", id: "Tindak lanjut jatuh tempo" },
  "day.section.noNextStep": { en: "No next follow-up planned", id: "Belum ada jadwal tindak lanjut" },
  "day.reason.noNextStep": {
    en: "Open deal ({status}) with no next follow-up: get in touch and plan the next one.",
    id: "Deal terbuka ({status}) tanpa jadwal tindak lanjut: hubungi, lalu jadwalkan berikutnya."
  },
  "day.section.recontact": { en: "Past clients to re-contact", id: "Klien lama untuk dihubungi lagi" },
  "day.empty": { en: "Nothing due today. Well done.", id: "Tidak ada yang jatuh tempo hari ini. Kerja bagus." },
  "day.markLost": { en: "Mark {lost}…", id: "Tandai {lost}…" },
  "day.of": { en: "List of", id: "Daftar milik" },
  "day.section.stale": { en: "Stuck deals", id: "Deal macet" },
  "day.reason.stale": {
    en: "In {status} too long: stale since {date}.",
    id: "Terlalu lama di {status}: macet sejak {date}."
  }
};

// src/core/i18n/board.ts
var board = {
  "board.title": { en: "Pipeline board", id: "Papan pipeline" },
  "board.changed": {
    en: "This lead changed since the board was loaded (now {status}): the board has been refreshed.",
    id: "Prospek ini berubah sejak papan dibuka (sekarang {status}): papan sudah dimuat ulang."
  },
  "board.everyone": { en: "Everyone", id: "Semua" },
  "board.owner": { en: "Owner", id: "Penanggung jawab" },
  "board.source": { en: "Source", id: "Sumber" },
  "board.allSources": { en: "All sources", id: "Semua sumber" },
  "board.search": { en: "Search", id: "Cari" },
  "board.closePast": { en: "past", id: "lewat" },
  "board.count": { en: "{count} {count|deal|deals}", id: "{count} deal" },
  "board.weighted": { en: "weighted {value}", id: "tertimbang {value}" },
  "board.moveTo": { en: "Move to…", id: "Pindah ke…" },
  "board.dropHere": { en: "Drop a deal here", id: "Taruh deal di sini" },
  "board.stale": { en: "stale", id: "macet" },
  "board.days": { en: "{days} d in stage", id: "{days} hr di tahap" },
  "board.overdue": { en: "overdue", id: "terlambat" },
  "board.cancel": { en: "Cancel", id: "Batal" },
  "board.save": { en: "Move", id: "Pindahkan" },
  "board.fieldsFor": { en: "Before {status}, fill in:", id: "Sebelum {status}, isi dulu:" },
  "board.moved": { en: "{name} moved to {status}.", id: "{name} dipindah ke {status}." },
  "board.refresh": { en: "Refresh", id: "Muat ulang" }
};

// src/core/i18n/campaign.ts
var campaign = {
  "queue.title": { en: "WhatsApp campaign", id: "Kampanye WhatsApp" },
  "queue.campaign": { en: "Campaign", id: "Kampanye" },
  "queue.empty": {
    en: "Everyone in this campaign has been messaged.",
    id: "Semua orang di kampanye ini sudah dikirimi pesan."
  },
  "queue.sent": { en: "Sent", id: "Terkirim" },
  "queue.skip": { en: "Skip", id: "Lewati" },
  "queue.remaining": { en: "{count} left in the queue.", id: "{count} lagi di antrean." },
  "campaign.unknown": {
    en: 'There is no campaign "{name}" in the Campaigns tab.',
    id: 'Tidak ada kampanye "{name}" di tab Campaigns.'
  },
  "campaign.noTemplate": {
    en: 'Campaign "{name}" has no template: choose a Template ID from the Templates tab.',
    id: 'Kampanye "{name}" belum punya template: pilih Template ID dari tab Templates.'
  },
  "campaign.badTemplate": {
    en: 'Campaign "{name}": there is no template {templateId}.',
    id: 'Kampanye "{name}": tidak ada template {templateId}.'
  },
  "campaign.badSegment": {
    en: 'Campaign "{name}": "{field}" is not a field a segment can use (Status, Source, Owner, Product, Last Contact, Created).',
    id: 'Kampanye "{name}": "{field}" bukan kolom yang bisa dipakai segmen (Status, Source, Owner, Product, Last Contact, Created).'
  },
  "campaign.badValue": {
    en: 'Campaign "{name}": "{value}" is not a date for {field} (e.g. 2026-01-31).',
    id: 'Kampanye "{name}": "{value}" bukan tanggal untuk {field} (misalnya 2026-01-31).'
  },
  "campaign.pick": {
    en: "Select a row of the Campaigns tab, then choose the menu item again.",
    id: "Pilih satu baris di tab Campaigns, lalu pilih menu itu lagi."
  },
  "campaign.skip.optedOut": { en: "opted out", id: "menolak menerima (Opted out)" },
  "campaign.skip.notAsked": { en: "not asked for consent (Settings)", id: "belum ditanya persetujuannya (Settings)" },
  "campaign.skip.noEmail": { en: "no email address", id: "tidak punya alamat email" },
  "campaign.skip.noPhone": { en: "no mobile number", id: "tidak punya nomor ponsel" },
  "campaign.skip.sameAddress": { en: "same address as {leadId}", id: "alamat sama dengan {leadId}" },
  "campaign.skip.optedOutElsewhere": {
    en: "same address as {leadId}, which opted out",
    id: "alamat sama dengan {leadId}, yang menolak menerima (Opted out)"
  },
  "campaign.skip.unclearElsewhere": {
    en: "same address as {leadId}, whose Consent is neither Subscribed nor Opted out",
    id: 'alamat sama dengan {leadId}, yang Persetujuannya (Consent) bukan "Subscribed" maupun "Opted out"'
  },
  "campaign.skip.unclear": {
    en: 'Consent "{value}" is neither Subscribed nor Opted out',
    id: 'Persetujuan (Consent) "{value}" bukan "Subscribed" maupun "Opted out"'
  },
  "campaign.skip.badAddress": {
    en: '{field} "{value}" is not one email address',
    id: '{field} "{value}" bukan satu alamat email'
  },
  "campaign.skip.missing": { en: "no value for {names}", id: "tidak ada nilai untuk {names}" },
  "campaign.stopLine": {
    en: "Reply STOP to stop receiving these messages.",
    id: "Balas STOP jika tidak ingin menerima pesan ini lagi."
  },
  "campaign.started": {
    en: 'Campaign "{name}" started: {recipients} {recipients|recipient|recipients}.',
    id: 'Kampanye "{name}" dimulai: {recipients} penerima.'
  },
  "campaign.stopped": {
    en: 'Campaign "{name}" stopped: nothing more is sent.',
    id: 'Kampanye "{name}" dihentikan: tidak ada lagi yang dikirim.'
  },
  "campaign.preview": {
    en: 'Campaign "{name}": {recipients} {recipients|recipient|recipients}, {skipped} skipped.',
    id: 'Kampanye "{name}": {recipients} penerima, {skipped} dilewati.'
  },
  "campaign.test": {
    en: 'Test email of campaign "{name}" sent to {to}.',
    id: 'Email uji kampanye "{name}" terkirim ke {to}.'
  },
  "campaign.notRunning": { en: 'Campaign "{name}" is not running.', id: 'Kampanye "{name}" tidak sedang berjalan.' },
  "campaign.done": { en: 'Campaign "{name}": all {sent} sent.', id: 'Kampanye "{name}": semua {sent} terkirim.' },
  "campaign.doneUncertain": {
    en: 'Campaign "{name}": done, {sent} sent and {uncertain} uncertain (see the Run Log).',
    id: 'Kampanye "{name}": selesai, {sent} terkirim dan {uncertain} tidak pasti (lihat Run Log).'
  },
  "campaign.uncertain": {
    en: 'Campaign "{name}": {count} {count|email|emails} may or may not have gone out (the run stopped while sending): {leads}. {count|It is|They are} not sent again; the Sent folder of the account that runs the daily jobs shows which did.',
    id: 'Kampanye "{name}": {count} email mungkin terkirim, mungkin tidak (proses berhenti saat mengirim): {leads}. Email itu tidak dikirim ulang; folder Terkirim akun yang menjalankan tugas harian menunjukkan mana yang terkirim.'
  },
  "campaign.uncertainNote": {
    en: 'Campaign "{name}": the run stopped while sending this email ("{summary}"); it may or may not have gone out, and is not sent again.',
    id: 'Kampanye "{name}": proses berhenti saat mengirim email ini ("{summary}"); mungkin terkirim, mungkin tidak, dan tidak dikirim ulang.'
  },
  "campaign.sameId": {
    en: 'Campaigns "{name}" and "{other}" have the same Campaign ID {id}: clear the Campaign ID of the copy (it then gets its own).',
    id: 'Kampanye "{name}" dan "{other}" memakai Campaign ID yang sama, {id}: kosongkan Campaign ID salinannya (lalu ia mendapat ID sendiri).'
  },
  "campaign.notAskedExcluded": {
    en: '{count} never asked for consent do not receive it (Settings "{setting}" is no: only Subscribed).',
    id: '{count} orang yang belum pernah ditanya persetujuannya tidak menerimanya (Settings "{setting}" bernilai no: hanya yang Subscribed).'
  },
  "campaign.notAskedIncluded": {
    en: '{count} never asked for consent receive it too, because Settings "{setting}" is yes.',
    id: '{count} orang yang belum pernah ditanya persetujuannya ikut menerimanya, karena Settings "{setting}" bernilai yes.'
  }
};

// src/core/i18n/campaign-dialog.ts
var campaignDialog = {
  "campaignDialog.title": { en: "Campaigns", id: "Kampanye" },
  "campaignDialog.menu": { en: "Make or follow a campaign…", id: "Buat atau pantau kampanye…" },
  "campaignDialog.new": { en: "New campaign", id: "Kampanye baru" },
  "campaignDialog.list": { en: "Campaigns and their progress", id: "Kampanye dan kemajuannya" },
  "campaignDialog.name": { en: "Campaign name", id: "Nama kampanye" },
  "campaignDialog.template": { en: "Template", id: "Template" },
  "campaignDialog.pickTemplate": { en: "Choose a template", id: "Pilih template" },
  "campaignDialog.templateOption": { en: "{name} ({channel})", id: "{name} ({channel})" },
  "campaignDialog.segment": { en: "Who receives it", id: "Siapa yang menerima" },
  "campaignDialog.segmentHint": {
    en: "Tick nothing in a list to take everyone.",
    id: "Jangan centang apa pun di sebuah daftar untuk mengambil semuanya."
  },
  "campaignDialog.createdFrom": { en: "Created from", id: "Dibuat sejak" },
  "campaignDialog.createdTo": { en: "Created up to", id: "Dibuat sampai" },
  "campaignDialog.lastContactBefore": { en: "Last contacted before", id: "Terakhir dihubungi sebelum" },
  "campaignDialog.counting": { en: "Counting…", id: "Menghitung…" },
  "campaignDialog.count": {
    en: "{matched} in the segment: {recipients} will receive it, {skipped} skipped.",
    id: "{matched} dalam segmen: {recipients} akan menerima, {skipped} dilewati."
  },
  "campaignDialog.recipients": { en: "Will receive it", id: "Akan menerima" },
  "campaignDialog.more": { en: "… and {count} more", id: "… dan {count} lainnya" },
  "campaignDialog.skipped": { en: "Skipped, and why", id: "Dilewati, dan alasannya" },
  "campaignDialog.sample": {
    en: "The message, as the first recipient gets it",
    id: "Pesannya, seperti yang diterima penerima pertama"
  },
  "campaignDialog.to": { en: "To: {to}", id: "Kepada: {to}" },
  "campaignDialog.subject": { en: "Subject: {subject}", id: "Subjek: {subject}" },
  "campaignDialog.test": { en: "Send a test to me", id: "Kirim uji ke saya" },
  "campaignDialog.testSent": {
    en: "Test email sent to {to} (not counted as the campaign’s).",
    id: "Email uji terkirim ke {to} (tidak dihitung sebagai kiriman kampanye)."
  },
  "campaignDialog.testEmailOnly": {
    en: "A test can be sent for an email template with at least one recipient.",
    id: "Uji hanya bisa dikirim untuk template email dengan minimal satu penerima."
  },
  "campaignDialog.start": { en: "Start…", id: "Mulai…" },
  "campaignDialog.whenEmail": {
    en: "{recipients} {recipients|email|emails}, sent by the daily run at {hour} within the mail quota left after the digests ({perDay} a day): {plan}.",
    id: "{recipients} email, dikirim oleh proses harian pukul {hour} dalam kuota email yang tersisa setelah ringkasan harian ({perDay} per hari): {plan}."
  },
  "campaignDialog.planDay": { en: "{count} on {day}", id: "{count} pada {day}" },
  "campaignDialog.noQuota": {
    en: "No mail quota is left for a campaign after the digests and the campaigns already running: the emails wait until there is.",
    id: "Tidak ada kuota email tersisa untuk kampanye setelah ringkasan harian dan kampanye yang sedang berjalan: email menunggu sampai ada."
  },
  "campaignDialog.whenWhatsApp": {
    en: "{recipients} WhatsApp {recipients|message|messages} {recipients|goes|go} into the campaign queue in the sidebar: your team {recipients|sends it|sends them one by one}, from today.",
    id: "{recipients} pesan WhatsApp masuk ke antrean kampanye di sidebar: tim Anda mengirimnya satu per satu, mulai hari ini."
  },
  "campaignDialog.confirmStart": { en: "Start the campaign", id: "Mulai kampanye" },
  "campaignDialog.back": { en: "Back", id: "Kembali" },
  "campaignDialog.nameTaken": {
    en: 'A campaign named "{name}" exists already: choose another name.',
    id: 'Kampanye bernama "{name}" sudah ada: pilih nama lain.'
  },
  "campaignDialog.noRecipients": {
    en: "Nobody in this segment would receive it: choose another segment or template.",
    id: "Tidak ada yang akan menerima dari segmen ini: pilih segmen atau template lain."
  },
  "campaignDialog.badValue": {
    en: '{field}: "{value}" cannot be chosen in a campaign (it holds a comma, semicolon or comparison sign).',
    id: '{field}: "{value}" tidak bisa dipilih untuk kampanye (mengandung koma, titik koma atau tanda pembanding).'
  },
  "campaignDialog.badDay": { en: "{field}: choose a date.", id: "{field}: pilih tanggal." },
  "campaignDialog.badRange": {
    en: '"Created from" must be on or before "Created up to".',
    id: '"Dibuat sejak" harus sama dengan atau sebelum "Dibuat sampai".'
  },
  "campaignDialog.state.Draft": { en: "draft", id: "draf" },
  "campaignDialog.state.Running": { en: "running", id: "berjalan" },
  "campaignDialog.state.Stopped": { en: "stopped", id: "dihentikan" },
  "campaignDialog.state.Done": { en: "done", id: "selesai" },
  "campaignDialog.progress": {
    en: "{sent} of {recipients} sent · {waiting} waiting · {skipped} skipped",
    id: "{sent} dari {recipients} terkirim · {waiting} menunggu · {skipped} dilewati"
  },
  "campaignDialog.uncertain": { en: "{count} uncertain (see the Run Log)", id: "{count} tidak pasti (lihat Run Log)" },
  "campaignDialog.stop": { en: "Stop", id: "Hentikan" },
  "campaignDialog.refresh": { en: "Refresh", id: "Muat ulang" },
  "campaignDialog.none": { en: "No campaign yet.", id: "Belum ada kampanye." },
  "campaignDialog.close": { en: "Close", id: "Tutup" },
  "campaignDialog.noTrigger": {
    en: "The daily run is not installed, so nothing is sent yet: Extensions ▸ {menu} ▸ {admin} ▸ {item}.",
    id: "Proses harian belum dipasang, jadi belum ada yang dikirim: Ekstensi ▸ {menu} ▸ {admin} ▸ {item}."
  }
};

// src/core/i18n/import.ts
var importing = {
  "ui.import.intro": {
    en: "Bring in a team's existing leads: paste a CSV or TSV (a block copied from a sheet works), upload a .csv file, or pick a tab of this spreadsheet. Nothing is written until you press Import.",
    id: "Masukkan prospek lama tim: tempel CSV atau TSV (blok yang disalin dari sheet juga bisa), unggah file .csv, atau pilih tab di spreadsheet ini. Belum ada yang ditulis sampai Anda menekan Impor."
  },
  "ui.import.paste": { en: "Paste CSV or TSV", id: "Tempel CSV atau TSV" },
  "ui.import.file": { en: "Or upload a .csv file", id: "Atau unggah file .csv" },
  "ui.import.tab": { en: "Or import a tab of this spreadsheet", id: "Atau impor tab di spreadsheet ini" },
  "ui.import.noTab": { en: "(none)", id: "(tidak ada)" },
  "ui.import.check": { en: "Check", id: "Periksa" },
  "ui.import.recheck": { en: "Check again", id: "Periksa lagi" },
  "ui.import.run": { en: "Import {count} {count|lead|leads}", id: "Impor {count} prospek" },
  "ui.import.columns": { en: "Columns", id: "Kolom" },
  "ui.import.column": { en: "Column in the file", id: "Kolom di file" },
  "ui.import.target": { en: "Goes to", id: "Masuk ke" },
  "ui.import.keep": { en: "(keep as the team's own column)", id: "(simpan sebagai kolom tim sendiri)" },
  "ui.import.keepValue": { en: "(keep as written)", id: "(simpan seperti tertulis)" },
  "ui.import.example": { en: "Example", id: "Contoh" },
  "ui.import.values": { en: "Values to map", id: "Nilai yang perlu dipetakan" },
  "ui.import.problems": { en: "Needs attention ({count})", id: "Perlu diperhatikan ({count})" },
  "ui.import.noProblems": { en: "Every value could be read.", id: "Semua nilai bisa dibaca." },
  "ui.import.row": { en: "Row", id: "Baris" },
  "ui.import.value": { en: "Value", id: "Nilai" },
  "ui.import.what": { en: "What", id: "Keterangan" },
  "ui.import.duplicates": { en: "Possible duplicates ({count})", id: "Kemungkinan duplikat ({count})" },
  "ui.import.dupExisting": {
    en: "Row {row} has the same {on} as {leads}.",
    id: "Baris {row} punya {on} yang sama dengan {leads}."
  },
  "ui.import.dupRows": {
    en: "Row {row} has the same {on} as row {rows} of the file.",
    id: "Baris {row} punya {on} yang sama dengan baris {rows} di file."
  },
  "ui.import.more": { en: "… and {count} more.", id: "… dan {count} lagi." },
  "ui.import.undo": { en: "Undo this import", id: "Batalkan impor ini" },
  "ui.import.undoConfirm": {
    en: "Yes, remove the {count} {count|lead|leads} of {importId}",
    id: "Ya, hapus {count} prospek dari {importId}"
  },
  "ui.import.undoKeep": { en: "Keep them", id: "Jangan, simpan" },
  "ui.import.undoConfirmLater": {
    en: "Yes, remove the leads of {importId} still in the CRM",
    id: "Ya, hapus prospek dari {importId} yang masih ada"
  },
  "ui.import.recent": { en: "Earlier imports", id: "Impor sebelumnya" },
  "ui.import.recentCount": { en: "{count} {count|lead|leads}", id: "{count} prospek" },
  "ui.import.close": { en: "Close", id: "Tutup" },
  "ui.import.working": { en: "Working…", id: "Sedang diproses…" },
  "ui.import.choose": { en: "Choose…", id: "Pilih…" },
  "ui.import.skipColumn": { en: "(do not import)", id: "(jangan diimpor)" },
  "ui.import.noteColumn": { en: "(a note on each lead)", id: "(jadikan catatan)" },
  "ui.import.guessed": { en: "guessed", id: "tebakan" },
  "ui.import.newEmail": { en: "Email of the new Team member", id: "Email anggota Team baru" },
  "ui.import.ownerNew": { en: "A new Team member…", id: "Anggota Team baru…" },
  "ui.import.ownerNone": { en: "(no owner)", id: "(tanpa penanggung jawab)" },
  "ui.import.kind": { en: "Column", id: "Kolom" },
  "ui.import.rows": { en: "Rows", id: "Baris" },
  "ui.import.becomes": { en: "Becomes", id: "Menjadi" },
  "ui.import.dupThis": { en: "This row", id: "Baris ini" },
  "ui.import.dupOther": { en: "Already there", id: "Sudah ada" },
  "ui.import.action": { en: "What to do", id: "Tindakan" },
  "ui.import.actionFor": { en: "What to do with row {row}", id: "Tindakan untuk baris {row}" },
  "ui.import.fileRow": { en: "Row {row} of the file", id: "Baris {row} di file" },
  "ui.import.dup.skip": { en: "Skip (do not import)", id: "Lewati (jangan diimpor)" },
  "ui.import.dup.fill": { en: "Fill its empty fields", id: "Lengkapi kolom yang kosong" },
  "ui.import.dup.newDeal": { en: "A new deal for the same client", id: "Deal baru untuk klien yang sama" },
  "ui.import.dup.separate": { en: "A separate lead (another client)", id: "Prospek terpisah (klien lain)" },
  "ui.import.preview": { en: "First rows as they will be written", id: "Baris pertama seperti yang akan ditulis" },
  "ui.import.stillOpen": {
    en: "{count} {count|value|values} still {count|needs|need} an answer above.",
    id: "{count} nilai di atas masih perlu dijawab."
  },
  "import.title": { en: "Import leads", id: "Impor prospek" },
  "import.badTarget": {
    en: 'The column "{column}" cannot be imported into {target}.',
    id: 'Kolom "{column}" tidak bisa diimpor ke {target}.'
  },
  "import.twice": {
    en: "{target} would be filled from two columns ({columns}): map only one.",
    id: "{target} akan diisi dari dua kolom ({columns}): pilih satu saja."
  },
  "import.empty": { en: "The file has no rows to import.", id: "File tidak berisi baris untuk diimpor." },
  "import.noName": {
    en: "No column is mapped to Name: choose the column that holds the lead's name.",
    id: "Belum ada kolom untuk Nama (Name): pilih kolom yang berisi nama prospek."
  },
  "import.badStatus": {
    en: '"{value}" cannot become {target}: it is not a status in Settings.',
    id: '"{value}" tidak bisa menjadi {target}: bukan status di Settings.'
  },
  "import.badSource": {
    en: '"{value}" cannot become {target}: it is not a source in Settings.',
    id: '"{value}" tidak bisa menjadi {target}: bukan sumber di Settings.'
  },
  "import.phoneAsNumber": {
    en: "The spreadsheet turned this phone number into a number, so digits may be lost. Kept as it is: check it and type it as text.",
    id: "Spreadsheet sudah mengubah nomor telepon ini menjadi angka, jadi digitnya bisa hilang. Disimpan apa adanya: periksa dan ketik ulang sebagai teks."
  },
  "import.phoneInvalid": {
    en: "Not a phone number the CRM can read. Kept as it is.",
    id: "Bukan nomor telepon yang bisa dibaca CRM. Disimpan apa adanya."
  },
  "import.slaOverdue": {
    en: "{count} {count|lead is|leads are} still at {status} with a Created At older than the first-contact SLA ({hours} {hours|hour|hours}) and no contact on record ({count|row|rows} {rows}): Today lists {count|it|them} as first contact overdue, and the SLA figure counts {count|it|them} as missed. If the file says when {count|it was|they were} contacted, map that column to Last contact (Last Contact).",
    id: "{count} prospek masih di tahap {status} dengan Tanggal masuk lebih lama dari SLA kontak pertama ({hours} jam) dan tanpa catatan kontak (baris {rows}): Hari ini mencantumkannya sebagai kontak pertama terlambat, dan angka SLA menghitungnya terlewat. Jika file mencatat kapan mereka dihubungi, petakan kolom itu ke Kontak terakhir (Last Contact)."
  },
  "import.otherPhones": {
    en: "{count} {count|row has|rows have} a second phone number ({count|row|rows} {rows}): it is kept in the {column} column; the lead's card and its WhatsApp use the first.",
    id: "{count} baris punya nomor telepon kedua (baris {rows}): disimpan di kolom {column}; kartu prospek dan WhatsApp-nya memakai nomor pertama."
  },
  "import.gateMissing": {
    en: "{count} {count|lead comes|leads come} in as {status} without {fields}, which that stage needs ({count|row|rows} {rows}). Fill {fields} in the file, or on the {count|lead|leads} after the import: until then the Summary counts {count|it|them} without {fields}.",
    id: "{count} prospek masuk sebagai {status} tanpa {fields}, padahal tahap itu memerlukannya (baris {rows}). Isi {fields} di file, atau di prospeknya setelah impor: sebelum diisi, Ringkasan menghitungnya tanpa {fields}."
  },
  "import.emailInvalid": {
    en: "Not a valid email address. Kept as it is.",
    id: "Alamat email tidak valid. Disimpan apa adanya."
  },
  "import.moneyInvalid": {
    en: "Not an amount the CRM can read. Kept as text.",
    id: "Bukan nilai uang yang bisa dibaca CRM. Disimpan sebagai teks."
  },
  "import.moneyNegative": { en: "A negative amount. Kept as text.", id: "Nilai negatif. Disimpan sebagai teks." },
  "import.dateImpossible": {
    en: "There is no such date. Kept as text.",
    id: "Tanggal ini tidak ada. Disimpan sebagai teks."
  },
  "import.dateInvalid": {
    en: "Not a date the CRM can read. Kept as text.",
    id: "Bukan tanggal yang bisa dibaca CRM. Disimpan sebagai teks."
  },
  "import.dateAmbiguous": {
    en: "This column has dates written day-first and month-first; this one was read as {date}.",
    id: "Kolom ini berisi tanggal yang ditulis hari dulu dan bulan dulu; yang ini dibaca sebagai {date}."
  },
  "import.nameMissing": {
    en: "No name: imported without one. Give it a name in the sidebar.",
    id: "Tanpa nama: diimpor tanpa nama. Beri nama di sidebar."
  },
  "import.question.status": {
    en: 'Status "{value}" ({rows} {rows|row|rows}) is not in Settings: choose the status it means.',
    id: 'Status "{value}" ({rows} baris) tidak ada di Settings: pilih status yang dimaksud.'
  },
  "import.question.source": {
    en: 'Source "{value}" ({rows} {rows|row|rows}) is not in Settings: choose the source it means, or keep it as written.',
    id: 'Sumber "{value}" ({rows} baris) tidak ada di Settings: pilih sumber yang dimaksud, atau simpan seperti tertulis.'
  },
  "import.needsAnswers": {
    en: "Nothing was imported: {count} {count|value|values} {count|needs|need} an answer first.",
    id: "Belum ada yang diimpor: {count} nilai perlu dijawab dulu."
  },
  "import.noteSummary": {
    en: "Imported from {file} (import {importId}).",
    id: "Diimpor dari {file} (impor {importId})."
  },
  "import.done": {
    en: "{count} {count|lead|leads} imported as {first} to {last} (import {importId}).",
    id: "{count} prospek diimpor sebagai {first} sampai {last} (impor {importId})."
  },
  "import.checked": {
    en: "Checked: {count} new {count|lead|leads}, {skipped} {skipped|row|rows} skipped, {filled} existing {filled|lead|leads} filled in. Nothing was written yet.",
    id: "Diperiksa: {count} prospek baru, {skipped} baris dilewati, {filled} prospek yang ada dilengkapi. Belum ada yang ditulis."
  },
  "import.undone": {
    en: "Import {importId} undone: {count} {count|lead|leads} removed.",
    id: "Impor {importId} dibatalkan: {count} prospek dihapus."
  },
  "import.unknown": {
    en: "There is no import {importId} to undo.",
    id: "Tidak ada impor {importId} untuk dibatalkan."
  },
  "import.alreadyUndone": { en: "Import {importId} was already undone.", id: "Impor {importId} sudah dibatalkan." },
  "import.worked": {
    en: "Import {importId} cannot be undone: {count} of its leads {count|has|have} been worked on since ({ids}). Archive or merge them instead.",
    id: "Impor {importId} tidak bisa dibatalkan: {count} prospeknya sudah dikerjakan sejak itu ({ids}). Arsipkan atau gabungkan saja."
  },
  "import.csv": {
    en: "The file cannot be read as CSV: {reason} (row {row}).",
    id: "File tidak bisa dibaca sebagai CSV: {reason} (baris {row})."
  },
  "import.noSource": {
    en: "Give the import a CSV text or the name of a tab.",
    id: "Beri impor teks CSV atau nama tab."
  },
  "import.tabMissing": { en: 'There is no tab named "{tab}".', id: 'Tidak ada tab bernama "{tab}".' },
  "import.tooLarge": {
    en: "The file is too large to import at once ({rows} {rows|row|rows}; at most {max}). Split it.",
    id: "File terlalu besar untuk diimpor sekaligus ({rows} baris; paling banyak {max}). Pecah filenya."
  },
  "import.recoveredKept": {
    en: "An import that stopped half way ({importId}) was rolled back, except {count} {count|lead|leads} worked on since ({ids}): {count|it was|they were} kept.",
    id: "Impor yang terhenti di tengah jalan ({importId}) sudah dikembalikan, kecuali {count} prospek yang sudah dikerjakan sejak itu ({ids}): prospek itu tetap disimpan."
  },
  "import.unnamedColumn": { en: "Column {letter}", id: "Kolom {letter}" },
  "import.headerDuplicate": {
    en: 'The file has the header "{header}" more than once: this column is imported as "{name}".',
    id: 'Judul kolom "{header}" ada lebih dari sekali di file: kolom ini diimpor sebagai "{name}".'
  },
  "import.headerEmpty": {
    en: 'This column has values but no header: it is imported as "{name}". Give it a header in the file, or choose where it goes.',
    id: 'Kolom ini berisi nilai tetapi tanpa judul: diimpor sebagai "{name}". Beri judul di file, atau pilih tujuannya.'
  },
  "import.countInvalid": {
    en: "Not a number of follow-ups (a whole number, 0 or more). Kept as it is.",
    id: "Bukan jumlah tindak lanjut (bilangan bulat, 0 atau lebih). Disimpan apa adanya."
  },
  "import.tooLong": {
    en: "Longer than {field} may be ({length} characters; at most {max}). Shorten it in the file, or keep this column as the team's own.",
    id: "Lebih panjang dari batas {field} ({length} karakter; maksimal {max}). Persingkat di file, atau simpan kolom ini sebagai kolom tim sendiri."
  },
  "import.cellTooLong": {
    en: "Too long for a spreadsheet cell ({length} characters; at most {max}). Shorten it in the file.",
    id: "Terlalu panjang untuk satu sel spreadsheet ({length} karakter; maksimal {max}). Persingkat di file."
  },
  "import.mustFix": {
    en: "Nothing was imported: {count} {count|value|values} must be fixed first.",
    id: "Belum ada yang diimpor: {count} nilai harus diperbaiki dulu."
  },
  "import.tooWide": {
    en: "The file has {columns} columns; one import takes at most {max}. Remove the columns you do not need, or split the file.",
    id: "File berisi {columns} kolom; satu impor paling banyak {max}. Hapus kolom yang tidak diperlukan, atau pecah filenya."
  },
  "import.leadsTooWide": {
    en: "Leads would have {columns} columns; a sheet holds at most {max}. Keep fewer of the file's columns.",
    id: "Leads akan berisi {columns} kolom; satu sheet paling banyak {max}. Simpan lebih sedikit kolom dari file."
  },
  "import.tooManyCells": {
    en: "Leads would hold {cells} {cells|cell|cells}; a spreadsheet holds at most {max}. Import fewer rows at once, or keep fewer of the file's columns.",
    id: "Leads akan berisi {cells} sel; satu spreadsheet paling banyak {max}. Impor lebih sedikit baris sekaligus, atau simpan lebih sedikit kolom dari file."
  },
  "import.encoding1252": {
    en: 'The file is not UTF-8, so it was read as Windows-1252 (Western European). Check names with accents; if letters look wrong, save the file as "CSV UTF-8" and import it again.',
    id: 'File ini bukan UTF-8, jadi dibaca sebagai Windows-1252 (Eropa Barat). Periksa nama yang beraksen; jika hurufnya tampak salah, simpan file sebagai "CSV UTF-8" lalu impor lagi.'
  },
  "import.encodingWorkbook": {
    en: 'This is a spreadsheet workbook (.xlsx or .xls), not a CSV file. Open it, save it as "CSV UTF-8", and import that file.',
    id: 'Ini file workbook spreadsheet (.xlsx atau .xls), bukan file CSV. Buka, simpan sebagai "CSV UTF-8", lalu impor file itu.'
  },
  "import.encodingUnknown": {
    en: 'The file cannot be read as text (it is not UTF-8, UTF-16 or Windows-1252). Save it as "CSV UTF-8" and import that file.',
    id: 'File tidak bisa dibaca sebagai teks (bukan UTF-8, UTF-16, atau Windows-1252). Simpan sebagai "CSV UTF-8" lalu impor file itu.'
  },
  "import.recovered": {
    en: "An import that stopped half way ({importId}) was rolled back.",
    id: "Impor yang terhenti di tengah jalan ({importId}) sudah dikembalikan."
  },
  "import.badOwner": {
    en: 'The owner "{value}" cannot become "{answer}": give a Team member, a new email address, or no owner.',
    id: 'Penanggung jawab (Owner) "{value}" tidak bisa menjadi "{answer}": pilih anggota Team, alamat email baru, atau tanpa penanggung jawab.'
  },
  "import.question.owner": {
    en: 'Owner "{value}" ({rows} {rows|row|rows}) is not a Team member the CRM can tell: choose who it is, give a new email for the Team, or no owner.',
    id: 'Penanggung jawab (Owner) "{value}" ({rows} baris) tidak dikenali sebagai anggota Team: pilih siapa orangnya, isi email baru untuk tab Team, atau tanpa penanggung jawab.'
  },
  "import.question.ownerAmbiguous": {
    en: 'Owner "{value}" ({rows} {rows|row|rows}) could be {names}: choose who it is.',
    id: 'Penanggung jawab (Owner) "{value}" ({rows} baris) bisa berarti {names}: pilih siapa orangnya.'
  },
  "import.dup.same": {
    en: "Row {row} is already in the CRM as {other} ({name}).",
    id: "Baris {row} sudah ada di CRM sebagai {other} ({name})."
  },
  "import.dup.shared": {
    en: "Row {row} shares a phone or email with {other} ({name}).",
    id: "Baris {row} memakai telepon atau email yang sama dengan {other} ({name})."
  },
  "import.dup.repeat": {
    en: "Row {row} repeats row {other} of the file ({name}).",
    id: "Baris {row} mengulang baris {other} di file ({name})."
  },
  "import.dup.sharedRow": {
    en: "Row {row} shares a phone or email with row {other} of the file ({name}).",
    id: "Baris {row} memakai telepon atau email yang sama dengan baris {other} di file ({name})."
  },
  "import.nothingNew": {
    en: "Nothing was written: the {skipped} {skipped|row|rows} of the file {skipped|is|are} already in the CRM.",
    id: "Tidak ada yang ditulis: {skipped} baris di file sudah ada di CRM."
  },
  "import.fieldName": { en: "{field}", id: "{field}" },
  "import.noteRemarks": {
    en: "From {file} (import {importId}, row {row}):",
    id: "Dari {file} (impor {importId}, baris {row}):"
  },
  "import.noteFilled": {
    en: "Filled from {file} (import {importId}, row {row}): {fields}.",
    id: "Diisi dari {file} (impor {importId}, baris {row}): {fields}."
  },
  "import.doneFilled": {
    en: "No new lead; {filled} existing {filled|lead|leads} filled in (import {importId}).",
    id: "Tidak ada prospek baru; {filled} prospek yang ada dilengkapi (impor {importId})."
  },
  "import.noStatusColumn": {
    en: "The file has no Status column: the {count} {count|lead comes|leads come} in as {status}. Choose the column that holds the stage, if the file has one.",
    id: "Tidak ada kolom Status di file: {count} prospek masuk sebagai {status}. Pilih kolom yang berisi tahapnya, jika file punya."
  },
  "import.noSourceColumn": {
    en: 'The file has no Source column: the {count} {count|lead comes|leads come} in without a Source, and the Summary counts {count|it|them} under "—" in conversion by source.',
    id: 'Tidak ada kolom Sumber (Source) di file: {count} prospek masuk tanpa Sumber, dan Ringkasan menghitungnya di "—" pada konversi per sumber.'
  },
  "import.noDates": {
    en: "{count} {count|lead|leads} {count|has|have} no Created At in the file: {count|it comes|they come} in without a date, never the import day, and {count|is|are} left out of the first-contact SLA and stale figures (not counted: imported without dates).",
    id: "{count} prospek tidak punya Tanggal masuk (Created At) di file: diimpor tanpa tanggal, bukan tanggal impor, dan tidak ikut dihitung di SLA kontak pertama dan prospek mandek (tidak dihitung: diimpor tanpa tanggal)."
  },
  "import.undoneFilled": {
    en: "Import {importId} undone: {count} {count|lead|leads} removed. The {filled} existing {filled|lead|leads} it filled in {filled|keeps|keep} those values (each has a Note saying what came from the file).",
    id: "Impor {importId} dibatalkan: {count} prospek dihapus. {filled} prospek lama yang dilengkapinya tetap menyimpan nilai itu (masing-masing punya Catatan tentang apa yang berasal dari file)."
  },
  "owners.note": { en: "Owner: {from} → {to}", id: "Penanggung jawab (Owner): {from} → {to}" },
  "owners.done": {
    en: "{count} Owner {count|cell|cells} now {count|holds|hold} an email; {team} Team {team|row|rows} added.",
    id: "{count} sel Penanggung jawab (Owner) sekarang berisi email; {team} baris Team ditambahkan."
  },
  "owners.bareNames": {
    en: "Owner written as a name, not an email, on {rows} {rows|lead|leads}: {value}{guess}. Today, the digest and the scorecard leave {rows|it|them} out. Map it in Extensions → Lembar CRM → Admin → Import leads… (Owners written as names).",
    id: "Penanggung jawab (Owner) ditulis sebagai nama, bukan email, di {rows} prospek: {value}{guess}. Hari ini, ringkasan harian, dan scorecard tidak menghitungnya. Petakan di Ekstensi → Lembar CRM → Admin → Impor prospek… (Penanggung jawab yang ditulis sebagai nama)."
  },
  "owners.toast": {
    en: "{count} owner {count|name|names} in Leads {count|is not an email|are not emails} ({names}): map {count|it|them} in Import leads….",
    id: "{count} nama penanggung jawab di Leads bukan email ({names}): petakan di Impor prospek…."
  },
  "owners.guess": { en: " (probably {email})", id: " (kemungkinan {email})" },
  "ui.owners.title": {
    en: "Owners written as names in Leads",
    id: "Penanggung jawab (Owner) yang ditulis sebagai nama di Leads"
  },
  "ui.owners.intro": {
    en: "These owners are names, not emails: Today, the digest, the scorecard and message templates cannot find them. Choose who each one is.",
    id: "Penanggung jawab ini berupa nama, bukan email: Hari ini, ringkasan harian, scorecard, dan template pesan tidak bisa menemukannya. Pilih siapa orangnya."
  },
  "ui.owners.apply": { en: "Apply to Leads", id: "Terapkan ke Leads" }
};

// src/core/i18n/archive.ts
var archive = {
  "archive.title": { en: "Archive old activities", id: "Arsipkan aktivitas lama" },
  "archive.noService": {
    en: "Archiving needs the Google Sheets API service of this add-on, which is not enabled. Ask whoever installed Lembar CRM to enable it.",
    id: "Pengarsipan memerlukan layanan Google Sheets API untuk add-on ini, yang belum diaktifkan. Minta orang yang memasang Lembar CRM untuk mengaktifkannya."
  },
  "archive.badYear": {
    en: 'Year: "{value}" is not a year (e.g. 2025).',
    id: 'Tahun: "{value}" bukan tahun (mis. 2025).'
  },
  "archive.yearRange": {
    en: "Year: choose a year from 1900 to {max} (the Summary still counts the last 12 weeks).",
    id: "Tahun: pilih tahun dari 1900 sampai {max} (Ringkasan masih menghitung 12 minggu terakhir)."
  },
  "archive.nothing": {
    en: "There are no activities before 1 January {year}.",
    id: "Tidak ada aktivitas sebelum 1 Januari {year}."
  },
  "archive.fileTitle": { en: "{name}: activities before {year}", id: "{name}: aktivitas sebelum {year}" },
  "archive.restoredTitle": {
    en: "{name}: activities before {year} (put back in the CRM; this copy may be deleted)",
    id: "{name}: aktivitas sebelum {year} (sudah dikembalikan ke CRM; salinan ini boleh dihapus)"
  },
  "archive.verifyFailed": {
    en: "The copy in the new spreadsheet did not read back the same, so nothing was removed from Activities. The incomplete copy is at {url}; it may be deleted.",
    id: "Salinan di spreadsheet baru tidak terbaca sama, jadi tidak ada yang dihapus dari Activities. Salinan yang belum lengkap ada di {url}; boleh dihapus."
  },
  "archive.done": {
    en: "{count} {count|activity|activities} before {year} moved to a new spreadsheet.",
    id: "{count} aktivitas sebelum {year} dipindahkan ke spreadsheet baru."
  },
  "archive.unknown": { en: "There is no archive {id}.", id: "Tidak ada arsip {id}." },
  "archive.cannotUndo": {
    en: "Archive {id} cannot be undone: its activities never left the CRM, or they are already back.",
    id: "Arsip {id} tidak bisa dibatalkan: aktivitasnya tidak pernah keluar dari CRM, atau sudah kembali."
  },
  "archive.narrower": {
    en: "Archive {id} has more columns than Activities has now; restore the removed column first.",
    id: "Arsip {id} punya lebih banyak kolom daripada Activities sekarang; kembalikan dulu kolom yang dihapus."
  },
  "archive.onlyOwner": {
    en: "Only {by} can put back archive {id}: its file is in their Drive, and Lembar CRM opens only the files it made for the person using it. Ask {by} to choose Put back.",
    id: "Hanya {by} yang bisa mengembalikan arsip {id}: filenya ada di Drive mereka, dan Lembar CRM hanya membuka file yang dibuatnya untuk orang yang memakainya. Minta {by} memilih Kembalikan."
  },
  "archive.waitOwner": {
    en: "Archive {id} by {by} stopped while removing activities, and only {by} can finish it (its file is in their Drive). Nothing was archived now: ask {by} to open Archive old activities and archive or put it back, then try again.",
    id: "Arsip {id} oleh {by} berhenti saat menghapus aktivitas, dan hanya {by} yang bisa menyelesaikannya (filenya ada di Drive mereka). Belum ada yang diarsipkan sekarang: minta {by} membuka Arsipkan aktivitas lama lalu mengarsipkan atau mengembalikannya, kemudian coba lagi."
  },
  "archive.cannotOpen": {
    en: "The file of archive {id} cannot be opened: it may have been deleted (restore it from the Drive trash), or it is in the Drive of {by}, who alone can open it. Nothing was changed.",
    id: "File arsip {id} tidak bisa dibuka: mungkin sudah dihapus (pulihkan dari sampah Drive), atau ada di Drive {by}, yang hanya bisa dibuka olehnya. Tidak ada yang diubah."
  },
  "archive.blocked": {
    en: "Archive {id} stopped while removing activities and must be finished before another archive, but its file cannot be opened. If it was deleted, restore it from the Drive trash, then try again. Nothing was archived now.",
    id: "Arsip {id} berhenti saat menghapus aktivitas dan harus diselesaikan sebelum arsip lain, tetapi filenya tidak bisa dibuka. Jika sudah dihapus, pulihkan dari sampah Drive, lalu coba lagi. Belum ada yang diarsipkan sekarang."
  },
  "archive.someone": { en: "the person who made it", id: "orang yang membuatnya" },
  "archive.undone": {
    en: "{count} {count|activity is|activities are} back in Activities.",
    id: "{count} aktivitas sudah kembali di Activities."
  },
  "ui.archive.intro": {
    en: "Old activities take up space: Google allows 10 million cells per spreadsheet. This moves the activities before the year you choose to a new spreadsheet in your Drive, where they stay readable. The Summary stops counting them. You can put them back at any time.",
    id: "Aktivitas lama memakan tempat: Google membatasi 10 juta sel per spreadsheet. Ini memindahkan aktivitas sebelum tahun yang Anda pilih ke spreadsheet baru di Drive Anda, dan di sana tetap bisa dibaca. Ringkasan tidak lagi menghitungnya. Anda bisa mengembalikannya kapan saja."
  },
  "ui.archive.year": { en: "Move activities before 1 January of", id: "Pindahkan aktivitas sebelum 1 Januari" },
  "ui.archive.yearOption": {
    en: "{year} ({count} {count|activity|activities}, {cells} {cells|cell|cells})",
    id: "{year} ({count} aktivitas, {cells} sel)"
  },
  "ui.archive.none": {
    en: "There is nothing to archive yet: only activities from before {year} can be archived, so the Summary keeps the last 12 weeks.",
    id: "Belum ada yang bisa diarsipkan: hanya aktivitas sebelum {year} yang bisa diarsipkan, agar Ringkasan tetap punya 12 minggu terakhir."
  },
  "ui.archive.go": { en: "Archive", id: "Arsipkan" },
  "ui.archive.working": {
    en: "Copying, checking the copy, then removing…",
    id: "Menyalin, memeriksa salinan, lalu menghapus…"
  },
  "ui.archive.open": { en: "Open the archive", id: "Buka arsip" },
  "ui.archive.undo": { en: "Put back", id: "Kembalikan" },
  "ui.archive.undoing": { en: "Putting the activities back…", id: "Mengembalikan aktivitas…" },
  "ui.archive.history": { en: "Archives made so far", id: "Arsip yang sudah dibuat" },
  "ui.archive.entry": {
    en: "{id}: {count} {count|activity|activities} before {year}, {date}",
    id: "{id}: {count} aktivitas sebelum {year}, {date}"
  },
  "ui.archive.state.done": { en: "archived", id: "diarsipkan" },
  "ui.archive.state.undone": { en: "put back", id: "sudah dikembalikan" },
  "ui.archive.state.removing": {
    en: "not finished: the next archive finishes it, or put it back",
    id: "belum selesai: arsip berikutnya menyelesaikannya, atau kembalikan"
  },
  "ui.archive.state.removingOther": {
    en: "not finished: only {by} can finish it or put it back",
    id: "belum selesai: hanya {by} yang bisa menyelesaikan atau mengembalikannya"
  },
  "ui.archive.state.restoring": {
    en: "being put back: the next archive or put back finishes it",
    id: "sedang dikembalikan: arsip atau pengembalian berikutnya menyelesaikannya"
  },
  "ui.archive.onlyOwner": {
    en: "only {by} can open it or put it back: the file is in their Drive",
    id: "hanya {by} yang bisa membuka atau mengembalikannya: filenya ada di Drive mereka"
  },
  "ui.archive.state.copying": {
    en: "not finished: nothing was removed; the file may be deleted",
    id: "belum selesai: tidak ada yang dihapus; filenya boleh dihapus"
  },
  "ui.archive.state.failed": {
    en: "the copy did not check out: nothing was removed; the file may be deleted",
    id: "salinan tidak lolos pemeriksaan: tidak ada yang dihapus; filenya boleh dihapus"
  },
  "ui.archive.close": { en: "Close", id: "Tutup" }
};

// src/core/i18n/audit.ts
var audit = {
  "quality.placeholder": { en: "placeholder value", id: "nilai pengisi (placeholder)" },
  "quality.missing": { en: "required field is empty", id: "kolom wajib kosong" },
  "quality.invalidPhone": { en: "not a valid phone number", id: "nomor telepon tidak valid" },
  "quality.invalidEmail": { en: "not a valid email address", id: "alamat email tidak valid" },
  "quality.noContact": { en: "no valid phone or email", id: "tidak ada telepon atau email yang valid" },
  "reason.samePhone": { en: "same phone", id: "telepon sama" },
  "reason.sameEmail": { en: "same email", id: "email sama" },
  "reason.sameName": { en: "same name", id: "nama sama" },
  "reason.similarName": { en: "similar name", id: "nama mirip" },
  "reason.sameCompany": { en: "same company", id: "perusahaan sama" },
  "reason.similarCompany": { en: "similar company", id: "perusahaan mirip" },
  "reason.privatePerson": { en: "private person", id: "perorangan" },
  "reason.companyMissing": { en: "company missing on one", id: "perusahaan kosong di salah satu" },
  "audit.groupsTitle": {
    en: "The same client: tick Merge on a group to apply its Action. merge: the same deal entered twice, merged into its Primary. link: the client’s other deals, given one Client ID and the contact facts of the Primary; every deal keeps its status and value.",
    id: "Klien yang sama: centang Merge pada grup untuk menjalankan Action-nya. merge: deal yang sama dicatat dua kali, digabung ke Primary. link: deal lain klien itu, diberi satu Client ID dan data kontak Primary; setiap deal tetap dengan status dan nilainya."
  },
  "audit.sharedTitle": {
    en: "Shared contact, different people (never merged)",
    id: "Kontak bersama, orang berbeda (tidak pernah digabung)"
  },
  "audit.sharedReason": { en: "share {kind} {contact}", id: "berbagi {kind} {contact}" },
  "audit.problemsTitle": { en: "Data-quality problems", id: "Masalah kualitas data" },
  "audit.subject": {
    en: "Lembar CRM: duplicate audit — {groups} {groups|group|groups} to merge, {links} {links|client|clients} to link, {shared} shared {shared|contact|contacts}, {problems} data {problems|problem|problems}",
    id: "Lembar CRM: audit duplikat — {groups} grup untuk digabung, {links} klien untuk ditautkan, {shared} kontak bersama, {problems} masalah data"
  },
  "audit.body": {
    en: 'The duplicate audit of {date} found {groups} {groups|group|groups} of possible duplicates ({rows} {rows|lead|leads}: the same deal entered more than once), {links} {links|client|clients} whose deals are not linked yet ({linkRows} {linkRows|lead|leads}: every deal stays, under one Client ID), {shared} {shared|contact|contacts} shared by different people and {problems} data-quality {problems|problem|problems}. Review them in the Duplicates tab, tick Merge on the groups to merge or link, then choose "Merge ticked duplicates".',
    id: 'Audit duplikat tanggal {date} menemukan {groups} grup kemungkinan duplikat ({rows} prospek: deal yang sama dicatat lebih dari sekali), {links} klien yang deal-dealnya belum ditautkan ({linkRows} prospek: setiap deal tetap ada, di bawah satu Client ID), {shared} kontak yang dipakai orang berbeda dan {problems} masalah kualitas data. Periksa di tab Duplicates, centang Merge pada grup yang akan digabung atau ditautkan, lalu pilih "Gabungkan duplikat yang dicentang".'
  },
  "audit.done": {
    en: "Duplicate audit: {groups} {groups|group|groups} to merge, {links} {links|client|clients} to link, {shared} shared {shared|contact|contacts}, {problems} data {problems|problem|problems}. See the Duplicates tab.",
    id: "Audit duplikat: {groups} grup untuk digabung, {links} klien untuk ditautkan, {shared} kontak bersama, {problems} masalah data. Lihat tab Duplicates."
  },
  "audit.detail": {
    en: "groups to merge {groups}, clients to link {links}, shared contacts {shared}, problems {problems}, emails {emails}",
    id: "grup untuk digabung {groups}, klien untuk ditautkan {links}, kontak bersama {shared}, masalah {problems}, email {emails}"
  },
  "audit.summaryWaits": {
    en: "the summary to {count} {count|manager|managers} waits for tomorrow's mail quota",
    id: "ringkasan untuk {count} manajer menunggu kuota email besok"
  }
};

// src/core/i18n/merge.ts
var merge = {
  "merge.none": {
    en: "No group is ticked in the Duplicates tab.",
    id: "Tidak ada grup yang dicentang di tab Duplicates."
  },
  "merge.changed": {
    en: "Group {group} was skipped: its rows changed since the audit. Run the audit again.",
    id: "Grup {group} dilewati: barisnya berubah sejak audit. Jalankan audit lagi."
  },
  "merge.badPrimary": {
    en: "Group {group} was skipped: Primary {primary} is not one of its leads.",
    id: "Grup {group} dilewati: Primary {primary} bukan anggota grup."
  },
  "merge.done": {
    en: "{merged} {merged|group|groups} merged ({rows} {rows|lead|leads} archived).",
    id: "{merged} grup digabung ({rows} prospek diarsipkan)."
  },
  "merge.skippedCount": {
    en: "{skipped} {skipped|group|groups} skipped.",
    id: "{skipped} grup dilewati."
  },
  "merge.nothingDone": { en: "Nothing was merged or linked.", id: "Tidak ada yang digabung atau ditautkan." },
  "merge.note": {
    en: "Merge {mergeId}: {leadId} merged into this lead; differing values kept here: {values}",
    id: "Penggabungan {mergeId}: {leadId} digabung ke prospek ini; nilai berbeda disimpan di sini: {values}"
  },
  "merge.noteNoConflict": {
    en: "Merge {mergeId}: {leadId} merged into this lead.",
    id: "Penggabungan {mergeId}: {leadId} digabung ke prospek ini."
  },
  "merge.unknown": {
    en: 'There is no merge "{mergeId}" in the Archive.',
    id: 'Tidak ada penggabungan "{mergeId}" di Archive.'
  },
  "merge.undone": {
    en: "Merge {mergeId} undone: {rows} {rows|lead|leads} restored.",
    id: "Penggabungan {mergeId} dibatalkan: {rows} prospek dikembalikan."
  },
  "merge.pickArchive": {
    en: "Select a row of the merge to undo in the Archive tab (or the note of a merge or link in Activities), then choose Undo merge again.",
    id: "Pilih baris penggabungan yang akan dibatalkan di tab Archive (atau catatan penggabungan atau tautan di Activities), lalu pilih Batalkan penggabungan lagi."
  },
  "merge.recovered": {
    en: "A merge or undo that was interrupted has been completed: {ids}.",
    id: "Penggabungan atau pembatalan yang sempat terputus telah diselesaikan: {ids}."
  },
  "merge.alreadyUndone": {
    en: "Merge {mergeId} has already been undone.",
    id: "Penggabungan {mergeId} sudah dibatalkan."
  }
};

// src/core/i18n/merge-dialog.ts
var mergeDialog = {
  "mergeDialog.title": { en: "Merge duplicates", id: "Gabungkan duplikat" },
  "mergeDialog.intro": {
    en: "What the merge will do with each group ticked in the Duplicates tab. Nothing is lost: archived rows keep every value, and each merge can be undone.",
    id: "Yang akan dilakukan pada setiap grup yang dicentang di tab Duplicates. Tidak ada yang hilang: baris yang diarsipkan menyimpan semua nilainya, dan setiap penggabungan bisa dibatalkan."
  },
  "mergeDialog.none": {
    en: "No group is ticked in the Duplicates tab. Tick Merge on the groups to merge, then open this again.",
    id: "Tidak ada grup yang dicentang di tab Duplicates. Centang Merge pada grup yang akan digabung, lalu buka ini lagi."
  },
  "mergeDialog.group.merge": { en: "Group {group}: merge into {leadId}", id: "Grup {group}: gabung ke {leadId}" },
  "mergeDialog.group.link": {
    en: "Group {group}: link as one client",
    id: "Grup {group}: tautkan sebagai satu klien"
  },
  "mergeDialog.group.skip": { en: "Group {group}: will be skipped", id: "Grup {group}: akan dilewati" },
  "mergeDialog.row.primary": { en: "stays: the merged lead", id: "tetap: prospek hasil gabungan" },
  "mergeDialog.row.archived": {
    en: "moves to the Archive tab; its activities move to {leadId}",
    id: "pindah ke tab Archive; aktivitasnya pindah ke {leadId}"
  },
  "mergeDialog.row.linked": {
    en: "stays a deal of its own, under Client ID {clientId}",
    id: "tetap deal tersendiri, dengan Client ID {clientId}"
  },
  "mergeDialog.newClientId": { en: "a new one", id: "yang baru" },
  "mergeDialog.row.unchanged": { en: "nothing in it changes", id: "tidak ada yang berubah" },
  "mergeDialog.gets": { en: "gets", id: "mendapat" },
  "mergeDialog.from": { en: "from {leadId}", id: "dari {leadId}" },
  "mergeDialog.kept": {
    en: "Different values, kept in a note on {leadId}:",
    id: "Nilai yang berbeda, disimpan dalam catatan di {leadId}:"
  },
  "mergeDialog.empty": { en: "(empty)", id: "(kosong)" },
  "mergeDialog.confirm": { en: "Carry out {count} {count|group|groups}", id: "Jalankan {count} grup" },
  "mergeDialog.cancel": { en: "Cancel", id: "Batal" },
  "mergeDialog.close": { en: "Close", id: "Tutup" },
  "mergeDialog.working": { en: "Merging…", id: "Menggabungkan…" },
  "mergeDialog.results": { en: "Done", id: "Selesai" },
  "mergeDialog.merged": {
    en: "{group}: {archived} merged into {primary} ({mergeId}).",
    id: "{group}: {archived} digabung ke {primary} ({mergeId})."
  },
  "mergeDialog.linked": {
    en: "{leadIds} linked as client {clientId} ({mergeId}).",
    id: "{leadIds} ditautkan sebagai klien {clientId} ({mergeId})."
  },
  "mergeDialog.undo": { en: "Undo", id: "Batalkan" },
  "mergeDialog.undoing": { en: "Undoing…", id: "Membatalkan…" },
  "mergeDialog.changed": {
    en: "The ticked groups in the Duplicates tab changed since this preview, so nothing was merged. Look at the new preview, then confirm again.",
    id: "Grup yang dicentang di tab Duplicates berubah sejak pratinjau ini, jadi tidak ada yang digabung. Lihat pratinjau yang baru, lalu konfirmasi lagi."
  }
};

// src/core/i18n/summary.ts
var summary = {
  "summary.glance": { en: "At a glance", id: "Sekilas" },
  "summary.kpi.newThisWeek": { en: "New leads this week", id: "Prospek baru minggu ini" },
  "summary.kpi.lastWeek": { en: "last week", id: "minggu lalu" },
  "summary.kpi.openPipeline": { en: "Open pipeline", id: "Pipeline terbuka" },
  "summary.kpi.weighted": { en: "weighted", id: "tertimbang" },
  "summary.scorecard": { en: "Scorecard per sales person", id: "Kinerja per sales" },
  "summary.col.name": { en: "Name", id: "Nama" },
  "summary.col.newPerWeek": { en: "New leads / week (4 wks)", id: "Prospek baru / minggu (4 mgg)" },
  "summary.col.slaRate": { en: "First contact in SLA", id: "Kontak pertama sesuai SLA" },
  "summary.col.hours": { en: "Median hours to first contact", id: "Median jam ke kontak pertama" },
  "summary.col.overMax": { en: "At max follow-ups", id: "Sudah maksimal tindak lanjut" },
  "summary.col.winRate": { en: "Win rate", id: "Rasio menang" },
  "summary.col.avgDeal": { en: "Average won deal", id: "Rata-rata deal menang" },
  "summary.col.openValue": { en: "Open pipeline", id: "Pipeline terbuka" },
  "summary.col.weighted": { en: "Weighted", id: "Tertimbang" },
  "summary.col.repeat": { en: "Won clients back with a new lead", id: "Klien menang yang datang lagi" },
  "summary.col.retention": { en: "Retention (of won clients)", id: "Retensi (dari klien menang)" },
  "summary.col.actsPerWeek": { en: "Activities / week", id: "Aktivitas / minggu" },
  "summary.col.targetNew": { en: "New leads this month / target", id: "Prospek baru bulan ini / target" },
  "summary.col.targetWon": { en: "Won this month / target", id: "Menang bulan ini / target" },
  "summary.col.targetValue": { en: "Won value this month / target", id: "Nilai menang bulan ini / target" },
  "summary.col.expected": { en: "Expected", id: "Harapan" },
  "summary.col.verdict": { en: "Verdict", id: "Penilaian" },
  "summary.verdict.below": { en: "below expected", id: "di bawah harapan" },
  "summary.verdict.within": { en: "as expected", id: "sesuai harapan" },
  "summary.verdict.above": { en: "above expected", id: "di atas harapan" },
  "summary.verdict.tooFew": { en: "too few leads to tell", id: "prospek terlalu sedikit untuk dinilai" },
  "summary.verdict.noBenchmark": { en: "no benchmark set", id: "belum ada patokan" },
  "summary.capacity": { en: "Spreadsheet capacity", id: "Kapasitas spreadsheet" },
  "summary.capacity.used": {
    en: "{used} of Google's 10,000,000 cells used ({percent}).",
    id: "{used} dari 10.000.000 sel Google terpakai ({percent})."
  },
  "summary.capacity.when": {
    en: "At the last 12 weeks' rate the limit would be reached around {month}.",
    id: "Dengan laju 12 minggu terakhir, batas itu tercapai sekitar {month}."
  },
  "summary.capacity.never": {
    en: "At the last 12 weeks' rate the limit is more than 10 years away.",
    id: "Dengan laju 12 minggu terakhir, batas itu masih lebih dari 10 tahun lagi."
  },
  "summary.notCounted": { en: "Not counted", id: "Tidak dihitung" },
  "summary.notCounted.text": {
    en: "{unknownStatus} {unknownStatus|lead|leads} {unknownStatus|has|have} a Status that is not in Settings, {badNumber} {badNumber|amount|amounts} could not be read as numbers, and {noCreatedAt} {noCreatedAt|lead|leads} {noCreatedAt|has|have} no Created At date. Correct them in Leads to count them.",
    id: "{unknownStatus} prospek punya Status yang tidak ada di Settings, {badNumber} nilai uang tidak terbaca sebagai angka, dan {noCreatedAt} prospek tanpa Tanggal masuk (Created At). Perbaiki di Leads agar ikut dihitung."
  },
  "summary.notCounted.noContactDate": {
    en: "First-contact SLA: {noContactDate} {noContactDate|lead|leads} {noContactDate|is|are} past the first stage with no contact date on record (as an import or a paste brings them): {noContactDate|its|their} first contact is not counted, neither on time nor missed.",
    id: "SLA kontak pertama: {noContactDate} prospek sudah melewati tahap pertama tanpa tanggal kontak tercatat (seperti yang datang lewat impor atau tempel): kontak pertamanya tidak dihitung, tidak tepat waktu dan tidak terlambat."
  },
  "summary.notCounted.none": { en: "Every lead was counted.", id: "Semua prospek terhitung." },
  "summary.capacity.archived": {
    en: "{count} {count|activity|activities} before {year} {count|is|are} archived in another spreadsheet: {url}",
    id: "{count} aktivitas sebelum {year} diarsipkan di spreadsheet lain: {url}"
  },
  "summary.capacity.archivedBy": {
    en: "{count} {count|activity|activities} before {year} {count|is|are} archived in another spreadsheet, in {by}'s Drive (only {by} can open it unless they share it): {url}",
    id: "{count} aktivitas sebelum {year} diarsipkan di spreadsheet lain, di Drive {by} (hanya {by} yang bisa membukanya kecuali dibagikan): {url}"
  },
  "summary.title": { en: "Lembar CRM — Summary", id: "Lembar CRM — Ringkasan" },
  "summary.generated": { en: "Updated {time}", id: "Diperbarui {time}" },
  "summary.kpis": { en: "Key figures", id: "Angka utama" },
  "summary.kpi.leads": { en: "Leads", id: "Prospek" },
  "summary.kpi.open": { en: "Open", id: "Terbuka" },
  "summary.kpi.won": { en: "Won", id: "Menang" },
  "summary.kpi.lost": { en: "Lost", id: "Kalah" },
  "summary.kpi.pastClients": { en: "Past clients", id: "Klien lama" },
  "summary.kpi.winRate": { en: "Win rate", id: "Rasio menang" },
  "summary.kpi.averageDealValue": { en: "Average deal value (won)", id: "Rata-rata nilai deal (menang)" },
  "summary.kpi.weightedForecast": { en: "Weighted forecast (open)", id: "Perkiraan tertimbang (terbuka)" },
  "summary.kpi.slaRate": { en: "First contact within SLA", id: "Kontak pertama sesuai SLA" },
  "summary.byStatus": { en: "Pipeline by stage", id: "Pipeline per tahap" },
  "summary.bySource": { en: "Conversion by source", id: "Konversi per sumber" },
  "summary.leadsPerWeek": { en: "Leads per week", id: "Prospek per minggu" },
  "summary.lostReasons": { en: "Lost reasons", id: "Alasan kalah" },
  "summary.byOwner": { en: "By owner", id: "Per penanggung jawab" },
  "summary.funnel": { en: "Funnel: leads that reached each stage", id: "Corong: prospek yang mencapai tiap tahap" },
  "summary.firstContactDays": { en: "Days to first contact (median)", id: "Hari sampai kontak pertama (median)" },
  "summary.col.status": { en: "Status", id: "Status" },
  "summary.col.count": { en: "Leads", id: "Prospek" },
  "summary.col.value": { en: "Deal value", id: "Nilai deal" },
  "summary.col.source": { en: "Source", id: "Sumber" },
  "summary.col.won": { en: "Won", id: "Menang" },
  "summary.col.conversion": { en: "Conversion", id: "Konversi" },
  "summary.col.week": { en: "Week of", id: "Minggu mulai" },
  "summary.col.reason": { en: "Reason", id: "Alasan" },
  "summary.col.owner": { en: "Owner", id: "Penanggung jawab" },
  "summary.col.reached": { en: "Reached", id: "Mencapai" },
  "summary.col.days": { en: "Median days", id: "Median hari" },
  "summary.skipped": {
    en: "Not counted: {unknownStatus} unknown {unknownStatus|status|statuses}, {badNumber} unreadable {badNumber|number|numbers}, {noCreatedAt} without Created At.",
    id: "Tidak dihitung: {unknownStatus} status tidak dikenal, {badNumber} angka tidak terbaca, {noCreatedAt} tanpa Tanggal masuk (Created At)."
  },
  "summary.done": { en: "Summary refreshed.", id: "Ringkasan diperbarui." }
};

// src/core/i18n/summary-sheet.ts
var summarySheet = {
  "summarySheet.noReason": { en: "no reason given", id: "tanpa alasan" },
  "summarySheet.noSource": { en: "no source given", id: "tanpa sumber" },
  "summarySheet.noOwner": { en: "no owner", id: "tanpa penanggung jawab" },
  "summarySheet.expectedFrom": { en: "Expected from", id: "Harapan dari" },
  "summarySheet.expectedTo": { en: "Expected up to", id: "Harapan sampai" },
  "summarySheet.openStages": { en: "Open pipeline by stage", id: "Pipeline terbuka per tahap" },
  "summarySheet.conversionBand": {
    en: "Conversion by source, with the expected band",
    id: "Konversi per sumber, dengan rentang harapan"
  },
  "summarySheet.stale": {
    en: "These figures are from {date}, not today. To update them: Extensions ▸ {menu} ▸ {item}.",
    id: "Angka ini dari {date}, bukan hari ini. Untuk memperbaruinya: Ekstensi ▸ {menu} ▸ {item}."
  }
};

// src/core/i18n/digest.ts
var digest = {
  "digest.subject": {
    en: "Lembar CRM: {count} {count|lead|leads} to follow up ({date})",
    id: "Lembar CRM: {count} prospek perlu ditindaklanjuti ({date})"
  },
  "digest.greeting": { en: "Hello {owner},", id: "Halo {owner}," },
  "digest.intro": {
    en: "These leads need your attention today.",
    id: "Prospek berikut perlu perhatian Anda hari ini."
  },
  "digest.section.slaBreached": {
    en: "New leads not contacted within {hours} {hours|hour|hours}",
    id: "Prospek baru belum dihubungi dalam {hours} jam"
  },
  "digest.section.maxFollowUps": {
    en: "Reached {max} {max|follow-up|follow-ups} without progress: mark {lost} (from the lead in the sidebar) or keep nurturing",
    id: "Sudah {max} kali tindak lanjut tanpa kemajuan: tandai {lost} (dari prospeknya di panel) atau terus bina"
  },
  "digest.section.pastExpectedClose": {
    en: "Open deals past their expected close date",
    id: "Deal terbuka yang melewati perkiraan closing"
  },
  "digest.section.followUpDue": {
    en: "Follow-ups due today or overdue",
    id: "Tindak lanjut jatuh tempo hari ini atau terlambat"
  },
  "digest.section.noNextStep": {
    en: "Open deals with no next follow-up planned",
    id: "Deal terbuka tanpa jadwal tindak lanjut"
  },
  "digest.section.recontact": { en: "Past clients due for re-contact", id: "Klien lama yang perlu dihubungi lagi" },
  "digest.section.stale": { en: "Deals stuck in their stage (stale)", id: "Deal yang macet di tahapnya" },
  "digest.due": { en: "due {date}", id: "jatuh tempo {date}" },
  "digest.openRow": { en: "open row", id: "buka baris" },
  "digest.chat": { en: "WhatsApp", id: "WhatsApp" },
  "digest.call": { en: "Call", id: "Telepon" },
  "digest.waGreeting": {
    en: "Hello {name}, following up on your enquiry with us.",
    id: "Halo {name}, kami ingin menindaklanjuti kebutuhan Anda."
  },
  "digest.footer": {
    en: "Sent once a day by Lembar CRM. Log every contact in the sidebar to keep this list true.",
    id: "Dikirim sekali sehari oleh Lembar CRM. Catat setiap kontak di panel agar daftar ini tetap akurat."
  },
  "digest.teamSubject": { en: "Lembar CRM: team follow-ups ({date})", id: "Lembar CRM: tindak lanjut tim ({date})" },
  "digest.teamIntro": { en: "Follow-ups of the team on {date}.", id: "Tindak lanjut tim pada {date}." },
  "digest.owner": { en: "Owner", id: "Penanggung jawab" },
  "digest.total": { en: "Total", id: "Total" },
  "digest.slaTotal": { en: "First-contact SLA breaches: {count}.", id: "Pelanggaran SLA kontak pertama: {count}." },
  "digest.unowned": { en: "Leads without an owner: {count}", id: "Prospek tanpa penanggung jawab: {count}" },
  "digest.invalidOwners": {
    en: "Owners that are not email addresses (their leads are not mailed):",
    id: "Penanggung jawab yang bukan alamat email (prospeknya tidak dikirimi email):"
  },
  "digest.invalidOwner": { en: "{owner}: {count} {count|lead|leads}", id: "{owner}: {count} prospek" },
  "digest.formerOwners": {
    en: "Owners no longer on the Team tab (their digest is not sent; give their leads to someone on the Team):",
    id: "Penanggung jawab yang tidak ada lagi di tab Team (ringkasannya tidak dikirim; serahkan prospeknya ke anggota Team):"
  }
};

// src/core/i18n/report.ts
var report = {
  "report.weeklySubject": {
    en: "Lembar CRM: weekly report (week of {date})",
    id: "Lembar CRM: laporan mingguan (minggu {date})"
  },
  "report.weeklyIntro": {
    en: "The team's week of {date}: the scorecard, and each person's week against the one before.",
    id: "Minggu tim yang dimulai {date}: kinerja per sales, dan minggu tiap orang dibanding minggu sebelumnya."
  },
  "report.changes": {
    en: "Last week (change against the week before)",
    id: "Minggu lalu (perubahan dibanding minggu sebelumnya)"
  },
  "report.newLeads": { en: "New leads", id: "Prospek baru" },
  "report.won": { en: "Won", id: "Menang" },
  "report.activities": { en: "Activities", id: "Aktivitas" },
  "report.yesterday": { en: "Yesterday ({date}) per sales person", id: "Kemarin ({date}) per sales" },
  "report.yesterdayLine": {
    en: "{by}: {calls} {calls|call|calls}, {meetings} {meetings|meeting|meetings}, {quotations} {quotations|quotation|quotations}, {statusChanges} status {statusChanges|change|changes}",
    id: "{by}: {calls} telepon, {meetings} pertemuan, {quotations} penawaran, {statusChanges} perubahan status"
  },
  "report.yesterdayNone": { en: "Nothing was logged yesterday.", id: "Tidak ada yang dicatat kemarin." },
  "report.bigDeals": { en: "Big deals ({count})", id: "Deal besar ({count})" },
  "report.bigDealLine": {
    en: "{leadId} {name} ({company}): {value}, {status}, owner {owner}",
    id: "{leadId} {name} ({company}): {value}, {status}, penanggung jawab {owner}"
  },
  "report.bigDealSubject": { en: "Lembar CRM: {count} big {count|deal|deals}", id: "Lembar CRM: {count} deal besar" }
};

// src/core/i18n/automation.ts
var automation = {
  "run.ok": { en: "ok", id: "berhasil" },
  "run.partial": { en: "partial", id: "sebagian" },
  "run.error": { en: "error", id: "gagal" },
  "run.skipped": { en: "skipped", id: "dilewati" },
  "run.leftForNext": {
    en: "Someone kept the spreadsheet busy for {minutes} min, past the time this run may wait: left for the next run: {jobs}.",
    id: "Spreadsheet dipakai orang lain selama {minutes} menit, melewati waktu tunggu jalan ini: ditunda ke jalan berikutnya: {jobs}."
  },
  "run.remindersDetail": {
    en: "emails sent {sent}, already sent today {already}, waiting for mail quota {waiting}, leads listed {listed}, errors {errors}",
    id: "email terkirim {sent}, sudah terkirim hari ini {already}, menunggu kuota email {waiting}, prospek terdaftar {listed}, galat {errors}"
  },
  "run.notDue": {
    en: "not due: last audit {last}, next after {next}",
    id: "belum waktunya: audit terakhir {last}, berikutnya setelah {next}"
  },
  "triggers.installed": {
    en: "Daily automation installed: every day between {hour}:00 and {hourEnd}:00 ({timeZone}); Apps Script picks the minute within that hour. Next run: {next}–{nextEnd}.",
    id: "Otomatisasi harian terpasang: setiap hari antara pukul {hour}.00 dan {hourEnd}.00 ({timeZone}); Apps Script memilih menitnya dalam jam itu. Berikutnya: {next}–{nextEnd}."
  },
  "triggers.none": {
    en: 'The daily automation is not installed. Use "Install daily automation".',
    id: 'Otomatisasi harian belum terpasang. Pilih "Pasang otomatisasi harian".'
  }
};

// src/core/i18n/client.ts
var client = {
  "setup.clientIds": {
    en: "{count} {count|row|rows} of Leads {count|was|were} given their client’s Client ID.",
    id: "{count} baris Leads diberi Client ID kliennya."
  },
  "client.unknown": { en: 'There is no client with ID "{clientId}".', id: 'Tidak ada klien dengan ID "{clientId}".' },
  "audit.becomes.kept": {
    en: "Stays: keeps its deal, status and value; its empty fields are filled from {others}.",
    id: "Tetap: deal, status dan nilainya tidak berubah; kolom kosongnya diisi dari {others}."
  },
  "audit.becomes.merged": {
    en: "Merged into {primary} (the same deal entered twice): moved to Archive, its differing values kept in a note.",
    id: "Digabung ke {primary} (deal yang sama dicatat dua kali): dipindah ke Archive, nilai yang berbeda disimpan di catatan."
  },
  "audit.becomes.linked": {
    en: "Linked as a deal of client {clientId}: keeps its status ({status}) and value ({value}); contact: {changes}.",
    id: "Ditautkan sebagai deal klien {clientId}: status ({status}) dan nilainya ({value}) tetap; kontak: {changes}."
  },
  "audit.becomes.linkedSame": {
    en: "Linked as a deal of client {clientId}: keeps its status ({status}) and value ({value}); contact unchanged.",
    id: "Ditautkan sebagai deal klien {clientId}: status ({status}) dan nilainya ({value}) tetap; kontak tidak berubah."
  },
  "audit.newClientId": { en: "a new Client ID", id: "Client ID baru" },
  "link.note": {
    en: "Link {mergeId}: one client {clientId} with {leadIds}; this deal keeps its status and value. Changed: {changes}",
    id: "Tautan {mergeId}: satu klien {clientId} dengan {leadIds}; deal ini tetap dengan status dan nilainya. Diubah: {changes}"
  },
  "link.done": {
    en: "{linked} {linked|group|groups} linked ({rows} {rows|deal|deals} got their client’s Client ID and contact facts).",
    id: "{linked} grup ditautkan ({rows} deal mendapat Client ID dan data kontak kliennya)."
  },
  "link.undone": {
    en: "Link {mergeId} undone: {rows} {rows|lead|leads} {rows|has its|have their} own Client ID and contact facts again.",
    id: "Tautan {mergeId} dibatalkan: {rows} prospek kembali ke Client ID dan data kontaknya sendiri."
  },
  "merge.openDeal": {
    en: "Group {group} was skipped: {leadId} is an open deal with its own value, and a merge would take it out of the pipeline. Link it instead (Action link).",
    id: "Grup {group} dilewati: {leadId} adalah deal terbuka dengan nilainya sendiri, dan penggabungan akan mengeluarkannya dari pipeline. Tautkan saja (Action link)."
  },
  "ui.clientMatch": {
    en: "This looks like an existing client:",
    id: "Sepertinya ini klien yang sudah ada:"
  },
  "ui.newDealFor": { en: "A new deal for {name}", id: "Deal baru untuk {name}" },
  "ui.newDeal": { en: "New deal", id: "Deal baru" },
  "ui.newDealBanner": {
    en: "New deal for client {name} ({clientId})",
    id: "Deal baru untuk klien {name} ({clientId})"
  },
  "ui.notThisClient": { en: "Not for this client", id: "Bukan untuk klien ini" },
  "ui.clientDeals": { en: "{count} {count|deal|deals}", id: "{count} deal" },
  "ui.deals": { en: "Deals", id: "Deal" },
  "ui.clientDealsTitle": { en: "Deals of this client", id: "Deal klien ini" },
  "ui.clientHistory": { en: "History of all deals", id: "Riwayat semua deal" },
  "ui.moreHistory": {
    en: "The latest {shown} of {count} activities.",
    id: "{shown} aktivitas terakhir dari {count}."
  },
  "ui.lifetimeValue": { en: "Lifetime value", id: "Total nilai pembelian" },
  "ui.clientOf": { en: "Client: {name} · {count} {count|deal|deals}", id: "Klien: {name} · {count} deal" },
  "ui.clientNotFound": { en: "There is no client {clientId}.", id: "Tidak ada klien {clientId}." },
  "ui.openClient": { en: "Open the client", id: "Buka klien" },
  "edit.sideBusy": {
    en: "Saved in the cell, but someone else was saving: the client’s other rows (Consent) or the owner’s note were not done. Type it again to finish.",
    id: "Tersimpan di sel, tetapi ada yang sedang menyimpan: baris lain klien ini (Persetujuan) atau catatan penanggung jawab belum dibuat. Ketik ulang untuk menyelesaikannya."
  },
  "edit.sheetRow": { en: "row {row}", id: "baris {row}" },
  "edit.noteShared": {
    en: "The client’s contact facts, changed on {leadId}: {changes}",
    id: "Data kontak klien, diubah di {leadId}: {changes}"
  },
  "ui.applyToClient": {
    en: "Also change Name, Company, Phone and Email on this client’s other {count} {count|deal|deals}",
    id: "Ubah juga Nama, Perusahaan, Telepon dan Email di {count} deal lain klien ini"
  },
  "ui.consentForClient": {
    en: "Consent is the client’s: it goes to all its deals and every lead with the same email.",
    id: "Persetujuan milik klien: berlaku untuk semua deal-nya dan setiap prospek dengan email yang sama."
  },
  "ui.updatedShared": {
    en: "Saved: {count} {count|change|changes} logged; {applied} other {applied|deal|deals} updated too.",
    id: "Tersimpan: {count} perubahan dicatat; {applied} deal lain ikut diperbarui."
  },
  "summary.kpi.clients": { en: "Clients", id: "Klien" },
  "summary.kpi.clientsOpen": { en: "with an open deal", id: "dengan deal terbuka" },
  "summary.kpi.repeatClients": { en: "Repeat clients (2+ won deals)", id: "Klien berulang (2+ deal menang)" },
  "summary.kpi.repeatRate": { en: "of clients who bought", id: "dari klien yang membeli" },
  "summary.kpi.lifetimeValue": {
    en: "Lifetime value per client who bought",
    id: "Nilai seumur hidup per klien yang membeli"
  },
  "campaign.skip.sameClient": {
    en: "same client as {leadId}",
    id: "klien sama dengan {leadId}"
  }
};

// src/core/i18n/flow.ts
var flow = {
  "mail.to": { en: "To", id: "Kepada" },
  "mail.from": { en: "From", id: "Dari" },
  "mail.subject": { en: "Subject", id: "Subjek" },
  "mail.sending": { en: "Sending to {to}…", id: "Mengirim ke {to}…" },
  "mail.sent": {
    en: "Sent to {to} and logged as an Email activity.",
    id: "Terkirim ke {to} dan dicatat sebagai aktivitas Email."
  },
  "mail.sentNotLogged": {
    en: "Sent to {to}, but the Email activity could not be logged: log it by hand.",
    id: "Terkirim ke {to}, tetapi aktivitas Email tidak bisa dicatat: catat secara manual."
  },
  "mail.failed": { en: "Not sent: {error}", id: "Tidak terkirim: {error}" },
  "mail.noAddress": {
    en: "This lead has no email address yet: add it to its details first.",
    id: "Prospek ini belum punya alamat email: tambahkan dulu ke datanya."
  },
  "board.stages": { en: "Stages", id: "Tahap" },
  "menu.admin": { en: "Admin", id: "Admin" },
  "menu.campaigns": { en: "Campaigns", id: "Kampanye" },
  "menu.duplicates": { en: "Duplicates", id: "Duplikat" }
};

// src/core/i18n/intake.ts
var intake = {
  "desc.leadFormSource": {
    en: 'Source of a lead-form response whose "how did you hear about us" answer names none of the Sources.',
    id: 'Sumber untuk jawaban formulir prospek yang jawaban "dari mana tahu tentang kami"-nya tidak menyebut salah satu Sumber.'
  },
  "desc.leadFormOwners": {
    en: 'Owner of lead-form leads per source, e.g. "Google Ads: ana@example.com; Website: budi@example.com". Sources not listed go in turn to the Team’s Sales.',
    id: 'Penanggung jawab prospek dari formulir per sumber, mis. "Google Ads: ana@example.com; Website: budi@example.com". Sumber yang tidak disebut dibagi bergiliran ke Sales di Team.'
  },
  "settings.notASource": {
    en: '"{value}" is not one of the Sources; using {default}.',
    id: '"{value}" bukan salah satu Sumber; memakai {default}.'
  },
  "settings.badOwnerRule": {
    en: '"{value}" is not "Source: owner email" with a source from Sources; it is ignored.',
    id: '"{value}" bukan "Sumber: email pemilik" dengan sumber dari daftar Sumber; diabaikan.'
  },
  "intake.spamMarkup": {
    en: "Looks like spam: the answers contain web page code or link markup.",
    id: "Tampak seperti spam: jawabannya berisi kode halaman web atau tautan."
  },
  "intake.spamLinkInName": {
    en: "Looks like spam: the name is a web address.",
    id: "Tampak seperti spam: namanya berupa alamat web."
  },
  "intake.spamLinks": {
    en: "Looks like spam: the needs are mostly links.",
    id: "Tampak seperti spam: kebutuhannya kebanyakan tautan."
  },
  "intake.spamName": {
    en: "Looks like spam: the name has no letters.",
    id: "Tampak seperti spam: namanya tidak berisi huruf."
  },
  "intake.review": {
    en: "Not made into a lead: {reasons} Correct the answers in this row and clear the Intake cell to try again.",
    id: "Tidak dijadikan prospek: {reasons} Perbaiki jawaban di baris ini lalu kosongkan sel Intake untuk mencoba lagi."
  },
  "intake.noOwnerEmail": {
    en: "The owner has no email address to tell.",
    id: "Pemilik tidak punya alamat email untuk diberi tahu."
  },
  "intake.note": {
    en: "The client sent the lead form again: {needs}",
    id: "Klien mengirim formulir prospek lagi: {needs}"
  },
  "intake.subjectNew": { en: "New lead from the form: {name}", id: "Prospek baru dari formulir: {name}" },
  "intake.subjectJoined": {
    en: "{name} sent the lead form again",
    id: "{name} mengirim formulir prospek lagi"
  },
  "intake.greeting": { en: "Hello {owner},", id: "Halo {owner}," },
  "intake.introNew": {
    en: "A new lead came in through the lead form and is yours. Please contact them by {due}.",
    id: "Prospek baru masuk lewat formulir prospek dan menjadi milik Anda. Mohon hubungi paling lambat {due}."
  },
  "intake.introNewDeal": {
    en: "A client you know sent the lead form: a new deal for them is yours. Please contact them by {due}.",
    id: "Klien yang sudah dikenal mengirim formulir prospek: deal baru untuknya menjadi milik Anda. Mohon hubungi paling lambat {due}."
  },
  "intake.introJoined": {
    en: "The client of your open deal {leadId} sent the lead form again; their answers are noted on the deal.",
    id: "Klien dari deal terbuka Anda {leadId} mengirim formulir prospek lagi; jawabannya dicatat pada deal itu."
  },
  "intake.openRow": { en: "Open the lead in the spreadsheet", id: "Buka prospek di spreadsheet" },
  "intake.footer": {
    en: "Sent by Lembar CRM when the lead form was answered.",
    id: "Dikirim oleh Lembar CRM saat formulir prospek diisi."
  },
  "run.intakeDetail": {
    en: "responses {responses}: new leads {created}, joined open deals {joined}, for review {review}; owners told {told}, waiting for mail quota {waiting}",
    id: "jawaban {responses}: prospek baru {created}, bergabung ke deal terbuka {joined}, perlu ditinjau {review}; pemilik diberi tahu {told}, menunggu kuota email {waiting}"
  },
  "setup.leadForm": {
    en: 'Lead form connected: responses in "{tab}" become leads once the automation is installed.',
    id: 'Formulir prospek terhubung: jawaban di "{tab}" menjadi prospek setelah otomatisasi dipasang.'
  },
  "setup.leadFormMissing": {
    en: "The form asks no question for: {fields}. Add them in Google Forms: a response without Needs, or without a phone or email, waits for review.",
    id: "Formulir tidak menanyakan: {fields}. Tambahkan di Google Forms: jawaban tanpa Kebutuhan, atau tanpa telepon atau email, menunggu ditinjau."
  },
  "setup.noLeadForm": {
    en: 'No lead form yet: in Google Forms, make a form with Name, Company, Phone, Email, Needs and "How did you hear about us?", choose this spreadsheet under Responses, then run "Set up / repair CRM" again.',
    id: 'Belum ada formulir prospek: di Google Forms, buat formulir dengan Nama, Perusahaan, Telepon, Email, Kebutuhan dan "Dari mana Anda tahu tentang kami?", pilih spreadsheet ini di Jawaban, lalu jalankan "Siapkan / perbaiki CRM" lagi.'
  },
  "triggers.leadForm": {
    en: "Lead form responses become leads as they arrive.",
    id: "Jawaban formulir prospek menjadi prospek begitu masuk."
  }
};

// src/core/i18n/labels.ts
var labels = {
  "source.Google Ads": { en: "Google Ads", id: "Google Ads" },
  "source.Website": { en: "Website", id: "Situs web" },
  "source.Referral": { en: "Referral", id: "Rekomendasi" },
  "source.Phone": { en: "Phone", id: "Telepon" },
  "source.Email": { en: "Email", id: "Email" },
  "source.WhatsApp": { en: "WhatsApp", id: "WhatsApp" },
  "source.Walk-in": { en: "Walk-in", id: "Datang langsung" },
  "source.Event": { en: "Event", id: "Acara" },
  "source.Social Media": { en: "Social media", id: "Media sosial" },
  "source.Other": { en: "Other", id: "Lainnya" },
  "state.Draft": { en: "Draft", id: "Draf" },
  "state.Running": { en: "Running", id: "Berjalan" },
  "state.Stopped": { en: "Stopped", id: "Dihentikan" },
  "state.Done": { en: "Done", id: "Selesai" },
  "lostReason.Price too high": { en: "Price too high", id: "Harga terlalu tinggi" },
  "lostReason.Chose a competitor": { en: "Chose a competitor", id: "Memilih pesaing" },
  "lostReason.No budget": { en: "No budget", id: "Tidak ada anggaran" },
  "lostReason.No response": { en: "No response", id: "Tidak ada tanggapan" },
  "lostReason.Project cancelled": { en: "Project cancelled", id: "Proyek dibatalkan" },
  "lostReason.Timing": { en: "Timing", id: "Waktunya belum tepat" },
  "lostReason.Other": { en: "Other", id: "Lainnya" },
  "consent.Subscribed": { en: "Subscribed", id: "Bersedia menerima" },
  "consent.Opted out": { en: "Opted out", id: "Menolak menerima" }
};

// src/core/data-labels.ts
var LABEL_KINDS = ["status", "source", "type", "state", "consent", "lostReason"];
function labelIn(messages, kind, name) {
  const v = messages[`${kind}.${name}`];
  return typeof v === "string" ? v : name;
}

// src/core/i18n/phone.ts
var phone = {
  "phone.title": { en: "Lembar CRM", id: "Lembar CRM" },
  "phone.refusedTitle": { en: "Not open to this account", id: "Tidak terbuka untuk akun ini" },
  "phone.notMember": {
    en: "{email} is not on this CRM’s Team. Ask your manager to add you to the Team tab, then open this link again.",
    id: "{email} tidak ada di Tim CRM ini. Minta manajer Anda menambahkan Anda di tab Team, lalu buka tautan ini lagi."
  },
  "phone.noEmail": {
    en: "Google did not tell us who you are. Sign in with your Google account, then open this link again.",
    id: "Google tidak memberi tahu siapa Anda. Masuk dengan akun Google Anda, lalu buka tautan ini lagi."
  },
  "phone.noAccess": {
    en: "The CRM spreadsheet is not shared with {email}. Ask its owner to share it with you (Editor), then open this link again.",
    id: "Spreadsheet CRM belum dibagikan ke {email}. Minta pemiliknya membagikannya ke Anda (Editor), lalu buka tautan ini lagi."
  },
  "phone.notSetUp": {
    en: "The phone page is not ready yet: open the CRM spreadsheet and choose Extensions → Lembar CRM → Admin → Set up / repair CRM once.",
    id: "Halaman ponsel belum siap: buka spreadsheet CRM dan pilih Ekstensi → Lembar CRM → Admin → Siapkan / perbaiki CRM sekali."
  },
  "phone.signedInAs": { en: "Signed in as {email}", id: "Masuk sebagai {email}" },
  "phone.tabBoard": { en: "Board", id: "Papan" },
  "phone.back": { en: "Back", id: "Kembali" },
  "phone.outcome": { en: "What happened?", id: "Apa hasilnya?" },
  "phone.summary": { en: "Note (optional)", id: "Catatan (opsional)" },
  "phone.nextThen": { en: "Save, next follow-up:", id: "Simpan, tindak lanjut berikutnya:" },
  "phone.tomorrow": { en: "Tomorrow", id: "Besok" },
  "phone.inDays": { en: "In {days} {days|day|days}", id: "{days} hari lagi" },
  "phone.nextWeek": { en: "Next week", id: "Minggu depan" },
  "phone.noFollowUp": { en: "No follow-up", id: "Tanpa tindak lanjut" },
  "phone.logged": { en: "Logged: {type}.", id: "Tercatat: {type}." },
  "phone.loggedNext": {
    en: "Logged: {type}. Next follow-up {date}.",
    id: "Tercatat: {type}. Tindak lanjut berikutnya {date}."
  },
  "phone.notSaved": {
    en: "Not saved: the connection was lost. What you typed is kept here; tap again when you have signal (it will not be saved twice).",
    id: "Belum tersimpan: koneksi terputus. Isian Anda tetap di sini; ketuk lagi saat ada sinyal (tidak akan tersimpan dua kali)."
  },
  "phone.stageOf": { en: "Stage {n} of {count}", id: "Tahap {n} dari {count}" },
  "phone.prevStage": { en: "Previous stage", id: "Tahap sebelumnya" },
  "phone.nextStage": { en: "Next stage", id: "Tahap berikutnya" },
  "phone.emptyStage": { en: "No deals at this stage.", id: "Tidak ada deal di tahap ini." }
};

// src/core/i18n/index.ts
function join(...modules) {
  return Object.assign({}, ...modules);
}
var ENTRIES = /* @__PURE__ */ join(
  menu,
  setup,
  settings,
  fields,
  lead,
  pipeline,
  ui,
  template,
  day,
  board,
  campaign,
  campaignDialog,
  importing,
  archive,
  audit,
  merge,
  mergeDialog,
  summary,
  summarySheet,
  digest,
  report,
  automation,
  client,
  flow,
  intake,
  labels,
  phone
);
function language(lang) {
  const out = {};
  for (const key of Object.keys(ENTRIES)) out[key] = ENTRIES[key][lang];
  return out;
}
var CATALOG = {
  en: /* @__PURE__ */ language("en"),
  id: /* @__PURE__ */ language("id")
};
function t(lang, key, params = {}) {
  const text5 = CATALOG[lang][key] ?? CATALOG.en[key] ?? key;
  return fill(text5, params, (k) => {
    if (Object.prototype.hasOwnProperty.call(CATALOG[lang], k)) return CATALOG[lang][k];
    const kind = LABEL_KINDS.find((x) => k.startsWith(`${x}.`));
    return kind ? excerpt(k.slice(kind.length + 1)) : k;
  });
}
function label(lang, kind, name) {
  return labelIn(CATALOG[lang], kind, name);
}
var labelRef = (kind, name) => ({ ref: [`${kind}.${name}`] });
var labelRefs = (kind, names) => ({
  ref: names.map((n) => `${kind}.${n}`)
});
var ref = (key) => ({ ref: [key] });
var refs = (keys) => ({ ref: keys });
function resolveLang(settingLanguage, spreadsheetLocale) {
  if (settingLanguage === "id" || settingLanguage === "en") return settingLanguage;
  return /^en/i.test(spreadsheetLocale || "") ? "en" : "id";
}
var CrmError = class extends Error {
  constructor(msg, lang = "en") {
    super(t(lang, msg.key, msg.params));
    __publicField(this, "msg", msg);
    this.name = "CrmError";
  }
};

// src/core/schema.ts
var TAB = {
  leads: "Leads",
  activities: "Activities",
  settings: "Settings",
  summary: "Summary",
  duplicates: "Duplicates",
  archive: "Archive",
  runLog: "Run Log",
  team: "Team",
  templates: "Templates",
  campaigns: "Campaigns"
};
function col(header, kind) {
  return { header, key: camelKey(header), kind };
}
function camelKey(header) {
  const words2 = header.replace(/[^A-Za-z0-9]+/g, " ").trim().split(" ");
  return words2.map((w, i) => i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join("");
}
var LEAD_COLUMNS = [
  col("Lead ID", "text"),
  /** The client this deal belongs to (`C-000045`): every row of one client carries the same one. */
  col("Client ID", "text"),
  col("Created At", "datetime"),
  col("Name", "text"),
  col("Company", "text"),
  col("Phone", "text"),
  col("Email", "text"),
  col("Source", "text"),
  col("Needs", "text"),
  col("Status", "text"),
  col("Owner", "text"),
  col("Deal Value", "number"),
  col("Expected Close", "date"),
  col("Next Follow-up", "date"),
  col("Follow-ups", "number"),
  col("Last Contact", "datetime"),
  col("Status Changed At", "datetime"),
  col("Lost Reason", "text"),
  col("Contract Value", "number"),
  col("Product", "text"),
  col("Completed On", "date"),
  /** Campaign consent: `Subscribed`, `Opted out`, or empty (not asked). */
  col("Consent", "text")
];
var LEAD_HEADERS = new Set(LEAD_COLUMNS.map((c) => c.header));
var isLeadHeader = (h) => LEAD_HEADERS.has(h);
var ROOM_AHEAD = 100;
var ACTIVITY_COLUMNS = [
  col("Timestamp", "datetime"),
  col("Lead ID", "text"),
  col("Type", "text"),
  col("Summary", "text"),
  col("By", "text"),
  col("Next Follow-up", "date")
];
var SETTINGS_COLUMNS = [
  col("Setting", "text"),
  col("Value", "text"),
  col("Description", "text"),
  col("Problem", "text")
];
var DUPLICATE_COLUMNS = [
  col("Group", "text"),
  /** What ticking the group does (SPEC §4): `merge` (one deal entered twice) or `link` (a client's deals). */
  col("Action", "text"),
  col("Lead ID", "text"),
  col("Name", "text"),
  col("Company", "text"),
  col("Phone", "text"),
  col("Email", "text"),
  col("Owner", "text"),
  col("Status", "text"),
  col("Reason", "text"),
  col("Score", "text"),
  col("Primary", "text"),
  /** What the row will become when the group is ticked. */
  col("Becomes", "text"),
  col("Merge", "checkbox"),
  /** Fingerprint of the lead row at audit time: a merge skips groups edited since. */
  col("Check", "text")
];
var ARCHIVE_EXTRA_COLUMNS = [
  col("Merged Into", "text"),
  col("Merge ID", "text"),
  col("Archived At", "datetime"),
  col("Archived By", "text")
];
var ARCHIVE_COLUMNS = [...LEAD_COLUMNS, ...ARCHIVE_EXTRA_COLUMNS];
var RUN_LOG_COLUMNS = [
  col("Time", "datetime"),
  col("Job", "text"),
  col("Outcome", "text"),
  col("Details", "text")
];
var TEAM_COLUMNS = [
  col("Email", "text"),
  col("Name", "text"),
  col("Phone", "text"),
  col("Role", "text"),
  col("Language", "text"),
  col("Target New Leads", "number"),
  col("Target Won", "number"),
  col("Target Value", "number")
];
var TEMPLATE_COLUMNS = [
  col("Template ID", "text"),
  col("Name", "text"),
  col("Channel", "text"),
  col("Language", "text"),
  col("Situation", "text"),
  col("Subject", "text"),
  col("Text", "text")
];
var CAMPAIGN_COLUMNS = [
  col("Campaign", "text"),
  col("Template ID", "text"),
  col("Segment", "text"),
  col("Start", "date"),
  col("State", "text"),
  col("Recipients", "number"),
  col("Sent", "number"),
  col("Waiting", "number"),
  col("Skipped", "number"),
  col("Why skipped", "text"),
  /** Sends a killed run left unknown (maybe sent, maybe not): never sent again, listed in the Run Log. */
  col("Uncertain", "number"),
  /** The campaign's identity (`CMP-0001`), given once: its ledger is kept under it, so a rename never resends. */
  col("Campaign ID", "text")
];
var TABLES = [
  { name: TAB.leads, columns: LEAD_COLUMNS },
  { name: TAB.activities, columns: ACTIVITY_COLUMNS },
  { name: TAB.settings, columns: SETTINGS_COLUMNS },
  { name: TAB.duplicates, columns: DUPLICATE_COLUMNS },
  { name: TAB.archive, columns: ARCHIVE_COLUMNS },
  { name: TAB.runLog, columns: RUN_LOG_COLUMNS },
  { name: TAB.team, columns: TEAM_COLUMNS },
  { name: TAB.templates, columns: TEMPLATE_COLUMNS },
  { name: TAB.campaigns, columns: CAMPAIGN_COLUMNS }
];
var ACTIVITY_TYPES = [
  "Quotation Sent",
  "Follow-up Call",
  "Meeting",
  "Site Survey",
  "Revised Quotation",
  "Email",
  "WhatsApp",
  "Note",
  "Status Change"
];
function isContactType(type) {
  return ACTIVITY_TYPES.includes(type) && type !== "Note" && type !== "Status Change";
}
var NUMBER_FORMAT = {
  text: "@",
  number: "#,##0",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
  checkbox: "General",
  /** A team's own column: left as Sheets would format it. */
  general: "General"
};

// src/core/email.ts
var EMAIL_RE = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
function normalizeEmail(input) {
  const s = String(input ?? "").trim().replace(/^mailto:/i, "").toLowerCase();
  if (s.length > 254 || !EMAIL_RE.test(s) || s.includes("..") || /\.@|@\./.test(s) || s.startsWith("."))
    return { ok: false };
  const tld = s.slice(s.lastIndexOf(".") + 1);
  if (!/^[a-z]{2,}$/.test(tld)) return { ok: false };
  return { ok: true, email: s };
}
function emailKeys(cell) {
  if (typeof cell !== "string" || !cell.includes("@")) return [];
  return cell.split(/[\s,;/]+/).map((p) => normalizeEmail(p)).filter((r) => r.ok).map((r) => r.email);
}
function mailboxKey(email2) {
  const at = email2.lastIndexOf("@");
  const local = email2.slice(0, at);
  const domain = email2.slice(at + 1);
  if (domain === "gmail.com" || domain === "googlemail.com")
    return `${local.split("+")[0].replace(/\./g, "")}@gmail.com`;
  return email2;
}
function headerText(s) {
  return s.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
}

// src/core/settings.ts
var DEFAULT_STATUSES = ["Lead", "Quotation Sent", "Negotiation", "Won", "Lost", "Past Client"];
var DEFAULT_SETTINGS = {
  language: "auto",
  currency: "IDR",
  statuses: DEFAULT_STATUSES,
  transitions: {
    Lead: ["Quotation Sent", "Lost"],
    "Quotation Sent": ["Negotiation", "Won", "Lost"],
    Negotiation: ["Quotation Sent", "Won", "Lost"],
    Won: ["Past Client"],
    Lost: ["Lead"],
    "Past Client": []
  },
  probabilities: { Lead: 0.1, "Quotation Sent": 0.3, Negotiation: 0.6, Won: 1, Lost: 0, "Past Client": 1 },
  required: {
    Lead: [],
    "Quotation Sent": ["Deal Value", "Expected Close"],
    Negotiation: [],
    Won: ["Deal Value"],
    Lost: ["Lost Reason"],
    "Past Client": ["Contract Value", "Product", "Completed On"]
  },
  staleDays: { Lead: 14, "Quotation Sent": 14, Negotiation: 21 },
  // Inbound 15–25%, referral 25–40%, events 8–15%, outbound 3–10% (the seed's benchmarks).
  expectedConversion: {
    "Google Ads": { min: 0.15, max: 0.25 },
    Website: { min: 0.15, max: 0.25 },
    Referral: { min: 0.25, max: 0.4 },
    Phone: { min: 0.03, max: 0.1 },
    Email: { min: 0.03, max: 0.1 },
    WhatsApp: { min: 0.15, max: 0.25 },
    "Walk-in": { min: 0.15, max: 0.25 },
    Event: { min: 0.08, max: 0.15 },
    "Social Media": { min: 0.15, max: 0.25 },
    Other: { min: 0.03, max: 0.1 }
  },
  bigDealThreshold: 5e8,
  // Promotions go to Subscribed only unless the team chooses otherwise (UU PDP: consent is recorded).
  campaignsToUnasked: false,
  salutation: "auto",
  sources: [
    "Google Ads",
    "Website",
    "Referral",
    "Phone",
    "Email",
    "WhatsApp",
    "Walk-in",
    "Event",
    "Social Media",
    "Other"
  ],
  lostReasons: [
    "Price too high",
    "Chose a competitor",
    "No budget",
    "No response",
    "Project cancelled",
    "Timing",
    "Other"
  ],
  firstContactSlaHours: 24,
  followUpIntervalDays: 3,
  maxFollowUps: 3,
  recontactDelayMonths: 12,
  auditIntervalMonths: 6,
  reminderHour: 8,
  managerEmails: [],
  leadFormSource: "Website",
  leadFormOwners: {}
};
var CLOSED = /* @__PURE__ */ new Set(["Won", "Lost", "Past Client"]);
var SETTING = {
  language: "Language",
  currency: "Currency",
  statuses: "Statuses",
  transitionPrefix: "Transitions from: ",
  probabilityPrefix: "Probability %: ",
  requiredPrefix: "Required for: ",
  stalePrefix: "Stale after days: ",
  expectedPrefix: "Expected conversion %: ",
  bigDeal: "Big deal threshold",
  campaignsToUnasked: "Campaigns to leads not asked for consent",
  salutation: "Salutation",
  sources: "Sources",
  lostReasons: "Lost Reasons",
  firstContactSlaHours: "First-contact SLA (hours)",
  followUpIntervalDays: "Follow-up interval (days)",
  maxFollowUps: "Maximum follow-ups",
  recontactDelayMonths: "Re-contact delay (months)",
  auditIntervalMonths: "Duplicate audit interval (months)",
  reminderHour: "Reminder hour",
  managerEmails: "Manager emails",
  leadFormSource: "Lead form source",
  leadFormOwners: "Lead form owners"
};
var list = (xs) => xs.join(", ");
function defaultSettingRows(d = DEFAULT_SETTINGS) {
  const rows = [
    { setting: SETTING.language, value: d.language, description: { key: "desc.language" } },
    { setting: SETTING.currency, value: d.currency, description: { key: "desc.currency" } },
    { setting: SETTING.statuses, value: list(d.statuses), description: { key: "desc.statuses" } }
  ];
  for (const s of d.statuses) {
    rows.push({
      setting: SETTING.transitionPrefix + s,
      value: list(d.transitions[s] ?? []),
      description: { key: "desc.transition", params: { status: s } }
    });
  }
  for (const s of d.statuses) {
    rows.push({
      setting: SETTING.probabilityPrefix + s,
      value: String(Math.round((d.probabilities[s] ?? 0) * 100)),
      description: { key: "desc.probability", params: { status: s } }
    });
  }
  for (const s of d.statuses) {
    rows.push({
      setting: SETTING.requiredPrefix + s,
      value: list(d.required[s] ?? []),
      description: { key: "desc.required", params: { status: s } }
    });
  }
  for (const s of d.statuses.filter((x) => !CLOSED.has(x))) {
    rows.push({
      setting: SETTING.stalePrefix + s,
      value: String(d.staleDays[s] ?? 0),
      description: { key: "desc.stale", params: { status: s } }
    });
  }
  for (const src of d.sources) {
    const e = d.expectedConversion[src];
    rows.push({
      setting: SETTING.expectedPrefix + src,
      value: e ? `${Math.round(e.min * 100)}-${Math.round(e.max * 100)}` : "",
      description: { key: "desc.expected", params: { source: src } }
    });
  }
  rows.push({ setting: SETTING.bigDeal, value: String(d.bigDealThreshold), description: { key: "desc.bigDeal" } });
  rows.push({
    setting: SETTING.campaignsToUnasked,
    value: d.campaignsToUnasked ? "yes" : "no",
    description: { key: "desc.campaignsToUnasked" }
  });
  rows.push({ setting: SETTING.salutation, value: d.salutation, description: { key: "desc.salutation" } });
  const num3 = (setting, v, key) => rows.push({ setting, value: String(v), description: { key } });
  rows.push({ setting: SETTING.sources, value: list(d.sources), description: { key: "desc.sources" } });
  rows.push({ setting: SETTING.lostReasons, value: list(d.lostReasons), description: { key: "desc.lostReasons" } });
  num3(SETTING.firstContactSlaHours, d.firstContactSlaHours, "desc.sla");
  num3(SETTING.followUpIntervalDays, d.followUpIntervalDays, "desc.followUpInterval");
  num3(SETTING.maxFollowUps, d.maxFollowUps, "desc.maxFollowUps");
  num3(SETTING.recontactDelayMonths, d.recontactDelayMonths, "desc.recontact");
  num3(SETTING.auditIntervalMonths, d.auditIntervalMonths, "desc.auditInterval");
  num3(SETTING.reminderHour, d.reminderHour, "desc.reminderHour");
  rows.push({ setting: SETTING.managerEmails, value: list(d.managerEmails), description: { key: "desc.managers" } });
  rows.push({ setting: SETTING.leadFormSource, value: d.leadFormSource, description: { key: "desc.leadFormSource" } });
  rows.push({
    setting: SETTING.leadFormOwners,
    value: Object.entries(d.leadFormOwners).map(([src, owner]) => `${src}: ${owner}`).join("; "),
    description: { key: "desc.leadFormOwners" }
  });
  return rows;
}
function splitList(v) {
  return v.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== "");
}
function parseSettings(rows) {
  const problems = [];
  const s = structuredCloneSettings(DEFAULT_SETTINGS);
  const byName = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const name = String(r.setting ?? "").trim();
    if (name === "") continue;
    byName.set(name, r.value === null || r.value === void 0 ? "" : String(r.value).trim());
  }
  const report2 = (setting, key, params = {}) => problems.push({ setting, problem: { key, params } });
  const lang = byName.get(SETTING.language);
  if (lang !== void 0 && lang !== "") {
    const l = lang.toLowerCase();
    if (l === "auto" || l === "id" || l === "en") s.language = l;
    else report2(SETTING.language, "settings.badLanguage", { value: userText(lang) });
  }
  const cur = byName.get(SETTING.currency);
  if (cur) s.currency = cur.toUpperCase();
  const statuses = byName.get(SETTING.statuses);
  if (statuses !== void 0) {
    const xs = splitList(statuses);
    if (xs.length > 0) s.statuses = xs;
    else report2(SETTING.statuses, "settings.emptyList");
  }
  const known2 = new Set(s.statuses);
  const listSetting = (name, apply) => {
    const v = byName.get(name);
    if (v === void 0) return;
    const xs = splitList(v);
    if (xs.length === 0) report2(name, "settings.emptyList");
    else apply(xs);
  };
  listSetting(SETTING.sources, (xs) => s.sources = xs);
  listSetting(SETTING.lostReasons, (xs) => s.lostReasons = xs);
  for (const status of s.statuses) {
    const tName = SETTING.transitionPrefix + status;
    const tv = byName.get(tName);
    const fallbackT = (DEFAULT_SETTINGS.transitions[status] ?? []).filter((x) => known2.has(x));
    if (tv === void 0) s.transitions[status] = fallbackT;
    else {
      const xs = splitList(tv);
      const bad = xs.find((x) => !known2.has(x));
      if (bad !== void 0) {
        report2(tName, "settings.unknownStatus", { value: userText(bad) });
        s.transitions[status] = fallbackT;
      } else s.transitions[status] = xs;
    }
    const pName = SETTING.probabilityPrefix + status;
    const pv = byName.get(pName);
    const fallbackP = DEFAULT_SETTINGS.probabilities[status] ?? 0;
    s.probabilities[status] = fallbackP;
    if (pv !== void 0 && pv !== "") {
      const n = Number(pv.replace("%", "").replace(",", "."));
      if (!Number.isFinite(n)) report2(pName, "settings.notNumber", { value: userText(pv), default: fallbackP * 100 });
      else if (n < 0 || n > 100)
        report2(pName, "settings.outOfRange", { value: userText(pv), min: 0, max: 100, default: fallbackP * 100 });
      else s.probabilities[status] = n / 100;
    }
    const rName = SETTING.requiredPrefix + status;
    const rv = byName.get(rName);
    const fallbackR = DEFAULT_SETTINGS.required[status] ?? [];
    if (rv === void 0) s.required[status] = fallbackR;
    else {
      const xs = splitList(rv);
      const bad = xs.find((x) => !isLeadHeader(x));
      if (bad !== void 0) {
        report2(rName, "settings.unknownField", { value: userText(bad) });
        s.required[status] = fallbackR;
      } else s.required[status] = xs.filter(isLeadHeader);
    }
  }
  s.staleDays = {};
  for (const status of s.statuses.filter((x) => !CLOSED.has(x))) {
    const name = SETTING.stalePrefix + status;
    const v = byName.get(name);
    const fallback = DEFAULT_SETTINGS.staleDays[status] ?? 0;
    s.staleDays[status] = fallback;
    if (v === void 0 || v === "") continue;
    const n = Number(v);
    if (!Number.isInteger(n)) report2(name, "settings.notNumber", { value: userText(v), default: fallback });
    else if (n < 0 || n > 3650)
      report2(name, "settings.outOfRange", { value: userText(v), min: 0, max: 3650, default: fallback });
    else s.staleDays[status] = n;
  }
  s.expectedConversion = {};
  for (const src of s.sources) {
    const name = SETTING.expectedPrefix + src;
    const v = byName.get(name);
    const fallback = DEFAULT_SETTINGS.expectedConversion[src];
    if (v === void 0) {
      if (fallback) s.expectedConversion[src] = fallback;
      continue;
    }
    if (v.trim() === "") continue;
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(v);
    const lo = m ? Number(m[1].replace(",", ".")) : Number.NaN;
    const hi = m ? Number(m[2].replace(",", ".")) : Number.NaN;
    if (!m || lo > hi || hi > 100) {
      report2(name, "settings.badRange", { value: userText(v) });
      if (fallback) s.expectedConversion[src] = fallback;
    } else s.expectedConversion[src] = { min: lo / 100, max: hi / 100 };
  }
  for (const k of Object.keys(s.transitions)) if (!known2.has(k)) delete s.transitions[k];
  const numSetting = (name, field, min, max, integer = true) => {
    const v = byName.get(name);
    if (v === void 0 || v === "") return;
    const def = DEFAULT_SETTINGS[field];
    const n = Number(v.replace(",", "."));
    if (!Number.isFinite(n) || integer && !Number.isInteger(n))
      report2(name, "settings.notNumber", { value: userText(v), default: def });
    else if (n < min || n > max) report2(name, "settings.outOfRange", { value: userText(v), min, max, default: def });
    else s[field] = n;
  };
  numSetting(SETTING.firstContactSlaHours, "firstContactSlaHours", 1, 24 * 30);
  numSetting(SETTING.followUpIntervalDays, "followUpIntervalDays", 1, 365);
  numSetting(SETTING.maxFollowUps, "maxFollowUps", 1, 100);
  numSetting(SETTING.recontactDelayMonths, "recontactDelayMonths", 1, 120);
  numSetting(SETTING.auditIntervalMonths, "auditIntervalMonths", 1, 120);
  numSetting(SETTING.reminderHour, "reminderHour", 0, 23);
  numSetting(SETTING.bigDeal, "bigDealThreshold", 0, 1e15);
  const unasked = byName.get(SETTING.campaignsToUnasked);
  if (unasked !== void 0 && unasked.trim() !== "") {
    const v = unasked.trim().toLowerCase();
    if (["yes", "ya", "true", "y"].includes(v)) s.campaignsToUnasked = true;
    else if (["no", "tidak", "false", "n"].includes(v)) s.campaignsToUnasked = false;
    else report2(SETTING.campaignsToUnasked, "settings.yesNo", { value: userText(unasked) });
  }
  const salutation = byName.get(SETTING.salutation);
  if (salutation !== void 0 && salutation.trim() !== "") {
    const v = salutation.trim().toLowerCase();
    if (["auto", "otomatis"].includes(v)) s.salutation = "auto";
    else if (["none", "tidak", "tanpa", "no"].includes(v)) s.salutation = "none";
    else report2(SETTING.salutation, "settings.badSalutation", { value: userText(salutation) });
  }
  const managers = byName.get(SETTING.managerEmails);
  if (managers) {
    for (const m of splitList(managers)) {
      const e = normalizeEmail(m);
      if (e.ok) s.managerEmails.push(e.email);
      else report2(SETTING.managerEmails, "settings.badEmail", { value: userText(m) });
    }
  }
  parseLeadForm(byName, s, report2);
  const knownNames = new Set(defaultSettingRows(s).map((r) => r.setting));
  for (const name of byName.keys()) {
    if (!knownNames.has(name)) report2(name, "settings.unknownSetting");
  }
  return { settings: s, problems };
}
function parseLeadForm(byName, s, report2) {
  const fallback = s.sources.includes(DEFAULT_SETTINGS.leadFormSource) ? DEFAULT_SETTINGS.leadFormSource : s.sources[s.sources.length - 1];
  s.leadFormSource = fallback;
  const src = byName.get(SETTING.leadFormSource);
  if (src !== void 0 && src !== "") {
    const found = s.sources.find((x) => x.toLowerCase() === src.toLowerCase());
    if (found) s.leadFormSource = found;
    else report2(SETTING.leadFormSource, "settings.notASource", { value: userText(src), default: fallback });
  }
  const owners = byName.get(SETTING.leadFormOwners);
  if (!owners) return;
  for (const part of owners.split(/[;\n]/).map((x) => x.trim())) {
    if (part === "") continue;
    const m = /^(.+?)\s*[:=]\s*(\S+)$/.exec(part);
    const source = m ? s.sources.find((x) => x.toLowerCase() === m[1].trim().toLowerCase()) : void 0;
    const owner = m ? normalizeEmail(m[2]) : null;
    if (source && owner?.ok) s.leadFormOwners[source] = owner.email;
    else report2(SETTING.leadFormOwners, "settings.badOwnerRule", { value: userText(part) });
  }
}
function structuredCloneSettings(d) {
  return JSON.parse(JSON.stringify(d));
}

// src/core/dates.ts
var DAY = 864e5;
var MAX_TIME = 864e13;
var getTime = Date.prototype.getTime;
var floor = Math.floor;
var notANumber = Number.isNaN;
var isDate = (v) => {
  if (typeof v !== "object" || v === null) return false;
  try {
    return !notANumber(getTime.call(v));
  } catch {
    return false;
  }
};
var cellText = (v) => typeof v === "string" ? v.trim() : v === null || v === void 0 ? "" : String(v).trim();
function parseYmd(s, offsetMinutes) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(s ?? "").trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t2 = Date.UTC(y, mo - 1, d);
  const check = new Date(t2);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(t2 - offsetMinutes * 6e4);
}
function toYmd(d, offsetMinutes) {
  const local = d.getTime() + offsetMinutes * 6e4;
  if (!(local <= MAX_TIME && local >= -MAX_TIME)) return new Date(local).toISOString().slice(0, 10);
  return dayYmd(floor(local / DAY));
}
function localDay(t2, offsetMinutes) {
  return floor((t2 + offsetMinutes * 6e4) / DAY);
}
function mondayOf(day2) {
  return day2 - ((day2 + 3) % 7 + 7) % 7;
}
var lastDay = Number.NaN;
var lastYmd = "";
function dayYmd(day2) {
  if (day2 !== lastDay) {
    lastYmd = new Date(day2 * DAY).toISOString().slice(0, 10);
    lastDay = day2;
  }
  return lastYmd;
}
function startOfDay(d, offsetMinutes) {
  return parseYmd(toYmd(d, offsetMinutes), offsetMinutes);
}
function addDays(d, days2) {
  return new Date(d.getTime() + days2 * DAY);
}
function addHours(d, hours) {
  return new Date(d.getTime() + hours * 36e5);
}
function addMonths(d, months, offsetMinutes) {
  const [y, m, day2] = toYmd(d, offsetMinutes).split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12 + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return parseYmd(
    `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(day2, last)).padStart(2, "0")}`,
    offsetMinutes
  );
}
function cellDate(v, offsetMinutes) {
  if (isDate(v)) return v;
  if (typeof v !== "string" || v.trim() === "") return null;
  const s = v.trim();
  const ymd3 = parseYmd(s, offsetMinutes);
  if (ymd3) return ymd3;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    const t2 = Date.parse(s);
    return Number.isFinite(t2) ? new Date(t2) : null;
  }
  return null;
}
function offsetFromZ(z) {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
function nextAtHour(now, hour, offsetMinutes) {
  const today = parseYmd(toYmd(now, offsetMinutes), offsetMinutes);
  const at = addHours(today, hour);
  return at > now ? at : addDays(at, 1);
}
function localDateTime(d, offsetMinutes) {
  return new Date(d.getTime() + offsetMinutes * 6e4).toISOString().slice(0, 16).replace("T", " ");
}

// src/gas/execution.ts
var active;
function activeSpreadsheet() {
  if (active === void 0) active = SpreadsheetApp.getActiveSpreadsheet();
  return active;
}
var handles = /* @__PURE__ */ new Map();
function sheetNamed(ss, name) {
  let byName = handles.get(ss);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    handles.set(ss, byName);
  }
  const hit = byName.get(name);
  if (hit) return hit;
  const sheet = ss.getSheetByName(name);
  if (sheet) byName.set(name, sheet);
  return sheet;
}
var userEmail;
function activeUserEmail() {
  if (userEmail === void 0) userEmail = Session.getActiveUser().getEmail() || "";
  return userEmail;
}
var tabs = /* @__PURE__ */ new Map();
function tabState(ss, name) {
  return tabs.get(ss)?.get(name);
}
function rememberTab(ss, name, state) {
  let byName = tabs.get(ss);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    tabs.set(ss, byName);
  }
  byName.set(name, state);
}
function forgetTabs() {
  tabs.clear();
}
var propsHandle = null;
var snapshot = null;
function handle() {
  if (!propsHandle) propsHandle = PropertiesService.getDocumentProperties();
  return propsHandle;
}
function all() {
  if (!snapshot) snapshot = { ...handle().getProperties() };
  return snapshot;
}
var facade = {
  getProperty(key) {
    const v = all()[key];
    return v === void 0 ? null : v;
  },
  getProperties() {
    return { ...all() };
  },
  getKeys() {
    return Object.keys(all());
  },
  setProperty(key, value) {
    handle().setProperty(key, value);
    if (snapshot) snapshot[key] = String(value);
    return facade;
  },
  setProperties(values2, deleteAllOthers) {
    if (deleteAllOthers === void 0) handle().setProperties(values2);
    else handle().setProperties(values2, deleteAllOthers);
    if (snapshot) {
      if (deleteAllOthers) snapshot = {};
      for (const [k, v] of Object.entries(values2)) snapshot[k] = String(v);
    }
    return facade;
  },
  deleteProperty(key) {
    handle().deleteProperty(key);
    if (snapshot) delete snapshot[key];
    return facade;
  },
  deleteAllProperties() {
    handle().deleteAllProperties();
    snapshot = {};
    return facade;
  }
};
function documentProperties() {
  return facade;
}
function lockTaken() {
  holding = true;
  for (const byName of tabs.values())
    for (const state of byName.values()) {
      state.lastRow = null;
      state.maxRows = null;
      state.rows.clear();
    }
  snapshot = null;
}
var holding = false;
function lockReleased() {
  holding = false;
  for (const byName of tabs.values()) for (const state of byName.values()) state.rows.clear();
}
function lockHeld() {
  return holding;
}
function useSpreadsheet(ss) {
  if (ss && !active) active = ss;
}
var cache;
var cached = null;
function documentCache() {
  if (cache === void 0)
    cache = CacheService.getDocumentCache() ?? (activeSpreadsheet() === null ? CacheService.getScriptCache() : null);
  return cache;
}
function cacheGet(keys, key) {
  const c = documentCache();
  if (!c) return null;
  if (!cached) cached = { ...c.getAll([...keys]) };
  return cached[key] ?? null;
}
function cachePut(key, value, seconds) {
  const c = documentCache();
  if (!c) return;
  c.put(key, value, seconds);
  if (cached) cached[key] = value;
}
function cacheRemove(keys) {
  const c = documentCache();
  if (!c) return;
  c.removeAll([...keys]);
  if (cached) for (const k of keys) delete cached[k];
  const script = CacheService.getScriptCache();
  if (script !== c) script.removeAll([...keys]);
}

// src/core/team.ts
var num = (v) => v === "" || v === null || v === void 0 || !Number.isFinite(Number(v)) ? null : Number(v);
function parseTeam(rows) {
  const team2 = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const e = normalizeEmail(r["Email"]);
    if (!e.ok) continue;
    const lang = String(r["Language"] ?? "").trim().toLowerCase();
    team2.set(e.email, {
      email: e.email,
      name: String(r["Name"] ?? "").trim(),
      phone: String(r["Phone"] ?? "").trim(),
      role: String(r["Role"] ?? "").trim(),
      language: lang === "id" || lang === "en" ? lang : "",
      targets: { newLeads: num(r["Target New Leads"]), won: num(r["Target Won"]), value: num(r["Target Value"]) }
    });
  }
  return team2;
}
function teamProblems(rows) {
  const out = [];
  rows.forEach((r, i) => {
    const cell = String(r["Email"] ?? "").trim();
    if (cell !== "" && !normalizeEmail(cell).ok)
      out.push({ key: "setup.teamBadEmail", params: { row: i + 2, value: userText(cell) } });
  });
  return out;
}
function displayName(team2, email2) {
  return team2.get(email2.trim().toLowerCase())?.name ?? "";
}
function managersOf(team2, settingEmails) {
  const out = new Set(settingEmails.map((e) => e.toLowerCase()));
  for (const m of team2.values()) if (m.role.toLowerCase() === "manager") out.add(m.email);
  return [...out];
}

// src/core/salutation.ts
var TITLES = {
  bapak: "male",
  bpk: "male",
  bp: "male",
  pak: "male",
  tn: "male",
  tuan: "male",
  sdr: "male",
  saudara: "male",
  mr: "male",
  h: "male",
  haji: "male",
  ibu: "female",
  ib: "female",
  bu: "female",
  ny: "female",
  nyonya: "female",
  nn: "female",
  nona: "female",
  sdri: "female",
  saudari: "female",
  mrs: "female",
  ms: "female",
  miss: "female",
  hj: "female",
  hajjah: "female",
  dr: "",
  drs: "",
  dra: "female",
  ir: "",
  prof: ""
};
var WORDS = {
  id: { male: "Pak", female: "Bu" },
  en: { male: "Mr", female: "Ms" }
};
function addressee(raw, setting, lang) {
  const { words: words2, titles, gender } = titled(raw);
  const name = words2.slice(titles).join(" ") || words2.join(" ");
  const salutation = setting === "auto" && gender ? WORDS[lang][gender] : "";
  return { name, salutation, greeting: salutation ? `${salutation} ${name}` : name };
}
function titleGender(raw) {
  return titled(String(raw ?? "")).gender;
}
function titled(raw) {
  const cell = String(raw ?? "").replace(/\s+/g, " ").trim();
  const words2 = cell.split(",")[0].trim().split(" ");
  let gender = "";
  let i = 0;
  while (i < words2.length - 1) {
    const key = words2[i].toLowerCase().replace(/\.+$/, "");
    if (!(key in TITLES)) break;
    if (!gender) gender = TITLES[key];
    i++;
  }
  return { words: words2, titles: i, gender };
}

// src/core/templates.ts
var PLACEHOLDERS = {
  nama: "name",
  name: "name",
  sapaan: "greeting",
  salutation: "greeting",
  perusahaan: "company",
  company: "company",
  kebutuhan: "needs",
  needs: "needs",
  sales: "sales",
  salesperson: "sales",
  telepon_sales: "salesPhone",
  sales_phone: "salesPhone",
  nilai: "value",
  value: "value",
  tanggal_penawaran: "quotationDate",
  quotation_date: "quotationDate",
  produk: "product",
  product: "product"
};
function nameValues(rawName, salutation, language2) {
  const a = addressee(rawName, salutation, language2 === "en" ? "en" : "id");
  return { name: a.name, greeting: a.greeting };
}
var PLACEHOLDER = /\{([a-z_]+)\}/gi;
function braces(s) {
  const out = /* @__PURE__ */ new Map();
  for (const m of s.match(PLACEHOLDER) ?? []) out.set(m, (out.get(m) ?? 0) + 1);
  return out;
}
function renderTemplate(t2, values2) {
  const missing = /* @__PURE__ */ new Set();
  const unknown = /* @__PURE__ */ new Set();
  const fromLead = {};
  const fill3 = (s) => String(s ?? "").replace(PLACEHOLDER, (m, raw) => {
    const key = PLACEHOLDERS[raw.toLowerCase()];
    if (!key) {
      unknown.add(m);
      return m;
    }
    const v = String(values2[key] ?? "").trim();
    if (v === "") {
      missing.add(m);
      return m;
    }
    for (const [b, n] of braces(v)) fromLead[b] = (fromLead[b] ?? 0) + n;
    return v;
  });
  return { subject: fill3(t2.subject), text: fill3(t2.text), missing: [...missing], unknown: [...unknown], fromLead };
}
function leftoverPlaceholders(subject, text5, fromLead) {
  return [...braces(`${subject}
${text5}`)].filter(([b, n]) => n > (fromLead[b] ?? 0)).map(([b]) => b);
}
function situationOf(section) {
  return section === "slaBreached" ? "First Contact" : section === "recontact" ? "Re-contact" : section === "pastExpectedClose" ? "Quotation Sent" : "Follow-up";
}
function situationOfStatus(status, contacted) {
  if (status === "Past Client") return "Re-contact";
  if (status === "Quotation Sent" || status === "Negotiation") return "Quotation Sent";
  return contacted ? "Follow-up" : "First Contact";
}
function defaultTemplates() {
  const t2 = (id, name, channel, language2, situation, subject, text5) => ({ id, name, channel, language: language2, situation, subject, text: text5 });
  return [
    t2(
      "T-001",
      "Kontak pertama (WA)",
      "WhatsApp",
      "id",
      "First Contact",
      "",
      "Selamat siang {sapaan}, saya {sales} dari tim kami. Terima kasih sudah menghubungi kami soal {kebutuhan}. Kapan waktu yang nyaman untuk kami jelaskan pilihannya?"
    ),
    t2(
      "T-002",
      "Kontak pertama (email A)",
      "Email",
      "id",
      "First Contact",
      "Kebutuhan {kebutuhan} untuk {perusahaan}",
      "Yth. {sapaan},\n\nTerima kasih atas minat Anda pada {kebutuhan}. Saya {sales}, yang akan membantu Anda. Boleh kami jadwalkan survei atau panggilan singkat minggu ini?\n\nSalam,\n{sales}"
    ),
    t2(
      "T-003",
      "Tindak lanjut (WA)",
      "WhatsApp",
      "id",
      "Follow-up",
      "",
      "Halo {sapaan}, saya {sales}. Menindaklanjuti pembicaraan kita soal {kebutuhan}: apakah ada yang bisa saya bantu jelaskan lagi?"
    ),
    t2(
      "T-004",
      "Penawaran terkirim (WA)",
      "WhatsApp",
      "id",
      "Quotation Sent",
      "",
      "Halo {sapaan}, penawaran untuk {kebutuhan} sudah kami kirim pada {tanggal_penawaran}. Apakah sudah sempat dilihat? Saya {sales}, siap menjawab pertanyaan."
    ),
    t2(
      "T-005",
      "Menghubungi lagi klien lama (WA)",
      "WhatsApp",
      "id",
      "Re-contact",
      "",
      "Halo {sapaan}, saya {sales}. Sudah setahun sejak pemasangan {produk}. Bagaimana kabarnya? Kami siap membantu perawatan atau kebutuhan baru."
    ),
    t2(
      "T-006",
      "Salam hari raya (WA)",
      "WhatsApp",
      "id",
      "Greeting",
      "",
      "Selamat hari raya, {sapaan}. Terima kasih atas kepercayaan Anda. Salam hangat dari {sales} dan tim."
    ),
    t2(
      "T-007",
      "Salam hari raya (email)",
      "Email",
      "id",
      "Greeting",
      "Selamat hari raya, {nama}",
      "Yth. {sapaan},\n\nSelamat hari raya. Terima kasih atas kepercayaan Anda selama ini; semoga kita terus bekerja sama.\n\nSalam hangat,\n{sales}"
    ),
    t2(
      "T-101",
      "First contact (WhatsApp)",
      "WhatsApp",
      "en",
      "First Contact",
      "",
      "Good afternoon {salutation}, this is {sales} from our team. Thank you for asking about {needs}. When would be a good time to walk you through the options?"
    ),
    t2(
      "T-102",
      "First contact (email A)",
      "Email",
      "en",
      "First Contact",
      "{needs} for {company}",
      "Dear {salutation},\n\nThank you for your interest in {needs}. I am {sales} and will be helping you. Could we schedule a site survey or a short call this week?\n\nBest regards,\n{sales}"
    ),
    t2(
      "T-103",
      "Follow-up (WhatsApp)",
      "WhatsApp",
      "en",
      "Follow-up",
      "",
      "Hello {salutation}, this is {sales}. Following up on {needs}: is there anything I can explain further?"
    ),
    t2(
      "T-104",
      "Quotation sent (WhatsApp)",
      "WhatsApp",
      "en",
      "Quotation Sent",
      "",
      "Hello {salutation}, we sent the quotation for {needs} on {quotation_date}. Have you had a chance to look at it? I am {sales}, happy to answer any questions."
    ),
    t2(
      "T-105",
      "Past client re-contact (WhatsApp)",
      "WhatsApp",
      "en",
      "Re-contact",
      "",
      "Hello {salutation}, this is {sales}. It has been a year since we installed {product}. How is it going? We are here for maintenance or anything new."
    ),
    t2(
      "T-107",
      "Holiday greeting (email)",
      "Email",
      "en",
      "Greeting",
      "Season's greetings, {name}",
      "Dear {salutation},\n\nSeason's greetings, and thank you for your trust this year. We look forward to working with you again.\n\nWarm regards,\n{sales}"
    ),
    t2(
      "T-106",
      "Holiday greeting (WhatsApp)",
      "WhatsApp",
      "en",
      "Greeting",
      "",
      "Happy holidays, {salutation}. Thank you for your trust. Warm regards from {sales} and the team."
    )
  ];
}
function parseTemplates(rows) {
  return rows.map((r) => ({
    id: String(r["Template ID"] ?? "").trim(),
    name: String(r["Name"] ?? "").trim(),
    channel: String(r["Channel"] ?? "").trim(),
    language: String(r["Language"] ?? "").trim().toLowerCase(),
    situation: String(r["Situation"] ?? "").trim(),
    subject: String(r["Subject"] ?? ""),
    text: String(r["Text"] ?? "")
  })).filter((t2) => t2.id !== "" && t2.text.trim() !== "");
}

// src/core/headers.ts
function mapHeaders(headerRow) {
  const index = /* @__PURE__ */ Object.create(null);
  const headers = headerRow.map((h) => String(h ?? "").trim());
  headers.forEach((h, i) => {
    if (h !== "" && !(h in index)) index[h] = i;
  });
  return { index, width: headers.length, headers };
}
function missingHeaders(map, required) {
  return required.filter((h) => !(h in map.index));
}

// src/gas/table.ts
var Table = class _Table {
  constructor(state, name, columns) {
    __publicField(this, "state", state);
    __publicField(this, "name", name);
    __publicField(this, "columns", columns);
    __publicField(this, "fields", null);
    /**
     * The rows the last `append` inserted at the end of the sheet (the room kept ahead included),
     * or null: rows that were in the grid already. Leads gives the inserted ones the Status dropdown.
     */
    __publicField(this, "inserted", null);
  }
  get sheet() {
    return this.state.sheet;
  }
  get headers() {
    return this.state.headers;
  }
  /** Last row with content (1-based, header included), shared by every Table of the tab. */
  get lastRow() {
    if (this.state.lastRow === null) this.state.lastRow = Math.max(this.sheet.getLastRow(), 1);
    return this.state.lastRow;
  }
  set lastRow(n) {
    this.state.lastRow = n;
  }
  /**
   * Opens a tab, checking that every required header is there (a clear error otherwise). The
   * tab's header and size are read once per execution and lock section (src/gas/execution.ts):
   * the data range's dimensions come with the handle, so opening costs a lookup, the range and
   * one read of the header row.
   */
  static open(ss, name, columns, lang) {
    const state = _Table.state(ss, name);
    if (!state) throw new CrmError({ key: "error.missingTab", params: { tab: name } }, lang);
    const missing = missingHeaders(
      state.headers,
      columns.map((c) => c.header)
    );
    if (missing.length > 0)
      throw new CrmError({ key: "error.missingHeader", params: { tab: name, header: missing[0] } }, lang);
    return new _Table(state, name, columns);
  }
  /**
   * A tab's header row (and size), read once per execution: null when there is no such tab.
   * `sheet`: its handle when the caller has it already (an edit event's range).
   */
  static headerOf(ss, name, sheet) {
    return _Table.state(ss, name, sheet)?.headers ?? null;
  }
  static state(ss, name, known2) {
    const seen = tabState(ss, name);
    if (seen) return seen;
    const sheet = known2 ?? sheetNamed(ss, name);
    if (!sheet) return null;
    const data = sheet.getDataRange();
    const lastRow = data.getNumRows();
    const headers = mapHeaders(sheet.getSheetValues(1, 1, 1, data.getNumColumns())[0]);
    const state = { sheet, headers, lastRow: Math.max(lastRow, 1), maxRows: null, rows: /* @__PURE__ */ new Map() };
    rememberTab(ss, name, state);
    return state;
  }
  /** The same table with the team's own columns included (as `general` columns), for full-row copies. */
  withUserColumns() {
    const ours = new Set(this.columns.map((c) => c.header));
    const extra = this.headers.headers.filter((h) => h !== "" && !ours.has(h)).map((h) => ({ header: h, key: h, kind: "general" }));
    return new _Table(this.state, this.name, [...this.columns, ...extra]);
  }
  /** The sheet's row count: asked once, then kept as rows are inserted and deleted here. */
  maxRows() {
    if (this.state.maxRows === null) this.state.maxRows = this.sheet.getMaxRows();
    return this.state.maxRows;
  }
  insertRowsAtEnd(howMany) {
    const max = this.maxRows();
    this.sheet.insertRowsAfter(max, howMany);
    this.state.maxRows = max + howMany;
  }
  get rowCount() {
    return this.lastRow - 1;
  }
  /** 1-based sheet column of a header. */
  col(header) {
    return this.headers.index[header] + 1;
  }
  /** 0-based position of a header in a full-width row (`allRows`, `toRecord`). */
  indexOf(header) {
    return this.headers.index[header];
  }
  /** Every data row's value in one column (one read). */
  column(header) {
    if (this.rowCount === 0) return [];
    return this.sheet.getSheetValues(2, this.col(header), this.rowCount, 1).map((r) => r[0]);
  }
  /**
   * Several columns at once, keyed by header: one read of the block from the leftmost to the
   * rightmost of them (the columns between come along; a call costs more than a cell).
   */
  columnsOf(headers) {
    const out = {};
    if (headers.length === 0) return out;
    if (this.rowCount === 0) {
      for (const h of headers) out[h] = [];
      return out;
    }
    const at = headers.map((h) => this.headers.index[h]);
    const from = Math.min(...at);
    const width = Math.max(...at) - from + 1;
    const block = this.sheet.getSheetValues(2, from + 1, this.rowCount, width);
    headers.forEach((h, k) => {
      const i = at[k] - from;
      out[h] = block.map((r) => r[i]);
    });
    return out;
  }
  /** All data rows as full-width arrays (one read). */
  allRows() {
    if (this.rowCount === 0) return [];
    return this.sheet.getSheetValues(2, 1, this.rowCount, this.headers.width);
  }
  /** One data row (0-based data index) as a record keyed by header. */
  readRow(dataIndex) {
    const row = this.sheet.getSheetValues(dataIndex + 2, 1, 1, this.headers.width)[0];
    if (this.held()) this.state.rows.set(dataIndex, [...row]);
    return this.toRecord(row);
  }
  /**
   * Several data rows (0-based, any order) as records, in the order asked. Rows close together
   * come in one read: two reads merge when the cells between them cost less to move than a call
   * (bench/time-model.ts: a read 40 ms, a cell 0.01 ms), so a lead's activities logged one after
   * another (a call and the status change it led to) are one read. `maxReads` bounds the calls:
   * the closest reads merge until no more are left.
   */
  readRows(indices, maxReads = Number.POSITIVE_INFINITY) {
    const sorted = [...new Set(indices)].sort((a, b) => a - b);
    const gapRows = Math.max(1, Math.floor(4e3 / Math.max(1, this.headers.width)));
    const blocks = [];
    for (const i of sorted) {
      const last = blocks[blocks.length - 1];
      if (last && i - last[1] - 1 <= gapRows) last[1] = i;
      else blocks.push([i, i]);
    }
    while (blocks.length > Math.max(1, maxReads)) {
      let best = 0;
      for (let b = 1; b < blocks.length - 1; b++)
        if (blocks[b + 1][0] - blocks[b][1] < blocks[best + 1][0] - blocks[best][1]) best = b;
      blocks.splice(best, 2, [blocks[best][0], blocks[best + 1][1]]);
    }
    const got = /* @__PURE__ */ new Map();
    for (const [first, last] of blocks) {
      const block = this.sheet.getSheetValues(first + 2, 1, last - first + 1, this.headers.width);
      for (const i of sorted) if (i >= first && i <= last) got.set(i, block[i - first]);
    }
    return indices.map((i) => this.toRecord(got.get(i)));
  }
  /**
   * A data row as it stands: read under this lock and kept up to date by `update`, so a write's
   * answer (the card) needs no second read; read from the sheet otherwise.
   */
  currentRow(dataIndex) {
    const known2 = this.held() ? this.state.rows.get(dataIndex) : void 0;
    return known2 ? this.toRecord([...known2]) : this.readRow(dataIndex);
  }
  /** Rows are kept (TabState.rows) only under the lock: read before it, they may be stale. */
  held() {
    return lockHeld();
  }
  /** A full-width row as a record keyed by header (the team's columns too, when opened with them). */
  toRecord(row) {
    if (!this.fields) {
      const names2 = this.columns.map((c) => c.header);
      this.fields = { names: names2, at: names2.map((h) => this.headers.index[h]) };
    }
    const { names, at } = this.fields;
    const rec = {};
    for (let i = 0; i < names.length; i++) rec[names[i]] = row[at[i]];
    return rec;
  }
  /**
   * Appends records (keyed by header) below the last row, formatted as `writeNewRows` says. A
   * full-row copy passes the team's columns too, as a `Record<string, unknown>`. The sheet's row
   * count is not asked first (see `intoGrid`): inside the grid, the usual case with the room
   * kept ahead of Leads and Activities, the write is all it takes.
   */
  append(records, options = {}) {
    this.inserted = null;
    if (records.length === 0) return this.lastRow + 1;
    const start = this.lastRow + 1;
    const rows = records.map((rec) => {
      const row = new Array(this.headers.width).fill("");
      for (const c of this.columns) row[this.headers.index[c.header]] = rec[c.header];
      return row;
    });
    intoGrid(
      // Tried first only where room is kept ahead: other tabs are sized to their rows.
      this.state.maxRows === null && GROWING.has(this.name),
      () => this.writeNewRows(start, rows, options.formats),
      () => {
        const needed = start + rows.length - 1 - this.maxRows();
        if (needed <= 0) return false;
        const first = this.maxRows() + 1;
        const howMany = needed + (GROWING.has(this.name) ? ROOM_AHEAD : 0);
        this.insertRowsAtEnd(howMany);
        this.inserted = { first, rows: howMany };
        return true;
      }
    );
    this.lastRow = start + records.length - 1;
    return start;
  }
  /**
   * Inserts full-width rows right under the header (an undo putting old rows back where they
   * were), with the same formats as `append`, and plain: not bold like the header above them.
   */
  insertAtTop(rows) {
    if (rows.length === 0) return;
    this.sheet.insertRowsAfter(1, rows.length);
    this.state.rows.clear();
    if (this.state.maxRows !== null) this.state.maxRows += rows.length;
    this.writeNewRows(2, rows);
    this.sheet.getRange(2, 1, rows.length, this.headers.width).setFontWeight("normal");
    this.lastRow += rows.length;
  }
  /**
   * Writes rows (by column index) into new, empty rows. Our columns get their format; a team's
   * own column keeps the format its cells have (or the one given, for a full-row copy), so the
   * add-on never reformats a column it does not own. Formats go first, so text stays text (a
   * new row inherits no format in Sheets), and text in a cell that is not plain text is written
   * literally (see `literal`).
   */
  writeNewRows(start, rows, given) {
    const width = this.headers.width;
    const kinds = this.kindsByIndex();
    const range = this.sheet.getRange(start, 1, rows.length, width);
    const known2 = (c) => given !== void 0 && rows.every((_, r) => given[r]?.[c] != null);
    const existing = kinds.every((k, c) => owned(k) || known2(c)) ? [] : range.getNumberFormats();
    const formats = rows.map(
      (_, r) => kinds.map((k, c) => owned(k) ? NUMBER_FORMAT[k] : given?.[r]?.[c] ?? existing[r]?.[c])
    );
    range.setNumberFormats(formats);
    range.setValues(
      rows.map(
        (row, r) => formats[r].map((f, c) => row[c] === void 0 || row[c] === null ? "" : literal(row[c], f))
      )
    );
  }
  /** The number formats of data rows (0-based), full width: one read. */
  formatsOf(firstDataIndex, count) {
    if (count < 1) return [];
    return this.sheet.getRange(firstDataIndex + 2, 1, count, this.headers.width).getNumberFormats();
  }
  /**
   * Writes the given headers' values into one data row: one block per run of adjacent columns,
   * so user columns in between (and their formulas) are never rewritten. Our columns get their
   * format; a team's own column keeps its format and gets its value literally.
   */
  update(dataIndex, changes) {
    const cols = Object.keys(changes).filter((h) => Object.prototype.hasOwnProperty.call(this.headers.index, h)).map((h) => ({ h, i: this.headers.index[h], v: changes[h] })).sort((a, b) => a.i - b.i);
    const kinds = this.kindsByIndex();
    const known2 = this.state.rows.get(dataIndex);
    const bridge = (from, to) => {
      if (!known2) return null;
      const out = [];
      for (let i = from; i < to; i++) {
        if (!owned(kinds[i])) return null;
        out.push({ h: this.headers.headers[i], i, v: known2[i] });
      }
      return out;
    };
    let run = [];
    const flush = () => {
      if (run.length === 0) return;
      const range = this.sheet.getRange(dataIndex + 2, run[0].i + 1, 1, run.length);
      const theirs = run.some((x) => !owned(kinds[x.i]));
      const existing = theirs ? range.getNumberFormats()[0] : [];
      const formats = run.map((x, k) => owned(kinds[x.i]) ? NUMBER_FORMAT[kinds[x.i]] : existing[k]);
      if (run.some((x) => owned(kinds[x.i]))) range.setNumberFormats([formats]);
      range.setValues([run.map((x, k) => literal(blankNull(x.v), formats[k]))]);
      if (known2) for (const x of run) known2[x.i] = blankNull(x.v);
      run = [];
    };
    for (const c of cols) {
      const last = run[run.length - 1];
      if (last && c.i !== last.i + 1) {
        const between = bridge(last.i + 1, c.i);
        if (between) run.push(...between);
        else flush();
      }
      run.push(c);
    }
    flush();
  }
  /**
   * Writes columns over consecutive data rows, given the rows as read under this lock (full
   * width, from `firstDataIndex`): the changed columns and our own columns between them go in one
   * block, written back as they are; a team's column between splits the block, so it (and its
   * formulas) is never rewritten. Our columns get their format, as `update` gives them.
   */
  updateRows(firstDataIndex, current, changes) {
    const n = current.length;
    if (n === 0) return;
    const kinds = this.kindsByIndex();
    const changed = /* @__PURE__ */ new Map();
    for (const [h, values2] of Object.entries(changes))
      if (values2 && Object.prototype.hasOwnProperty.call(this.headers.index, h))
        changed.set(this.headers.index[h], values2);
    const at = [...changed.keys()].sort((a, b) => a - b);
    let k = 0;
    while (k < at.length) {
      let j = k;
      while (j + 1 < at.length) {
        let ours = true;
        for (let c = at[j] + 1; c < at[j + 1]; c++) if (!owned(kinds[c])) ours = false;
        if (!ours) break;
        j++;
      }
      const from = at[k];
      const width = at[j] - from + 1;
      const formats = Array.from(
        { length: width },
        (_, c) => NUMBER_FORMAT[kinds[from + c] ?? "general"]
      );
      const values2 = current.map(
        (row, r) => formats.map((f, c) => {
          const mine = changed.get(from + c);
          return literal(blankNull(mine ? mine[r] : row[from + c]), f);
        })
      );
      const range = this.sheet.getRange(firstDataIndex + 2, from + 1, n, width);
      if (formats.every((f, c) => owned(kinds[from + c]) && f !== void 0))
        range.setNumberFormats(current.map(() => formats));
      range.setValues(values2);
      k = j + 1;
    }
    this.state.rows.clear();
  }
  /** Empties every data row (values and validations) of a generated tab; the header stays. */
  clearData() {
    this.state.rows.clear();
    if (this.rowCount > 0) {
      const old = this.sheet.getRange(2, 1, this.rowCount, this.headers.width);
      old.clearDataValidations();
      old.clearContent();
    }
    this.lastRow = 1;
  }
  /** Sizes the tab to exactly `dataRows` rows below the header (one call when it differs). */
  fitRows(dataRows) {
    const want = Math.max(2, dataRows + 1);
    this.state.rows.clear();
    const max = this.maxRows();
    if (want > max) this.insertRowsAtEnd(want - max);
    else if (want < max) this.state.maxRows = deleteSheetRows(this.sheet, want + 1, max - want, max);
  }
  /** Deletes data rows (0-based), bottom up, one call per run of adjacent rows. */
  deleteDataRows(indices) {
    const sorted = [...new Set(indices)].sort((a, b) => b - a);
    if (sorted.length === 0) return;
    this.state.rows.clear();
    let max = this.maxRows();
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
      max = deleteSheetRows(this.sheet, sorted[j] + 2, j - i + 1, max);
      i = j + 1;
    }
    this.state.maxRows = max;
    this.lastRow -= sorted.length;
  }
  /** Writes one column over consecutive data rows in one block. */
  writeColumn(header, firstDataIndex, values2) {
    if (values2.length === 0) return;
    this.state.rows.clear();
    this.sheet.getRange(firstDataIndex + 2, this.col(header), values2.length, 1).setValues(values2.map((v) => [blankNull(v)]));
  }
  kindsByIndex() {
    const kinds = new Array(this.headers.width).fill(void 0);
    for (const c of this.columns) kinds[this.headers.index[c.header]] = c.kind;
    return kinds;
  }
};
function appendHeaders(sheet, names) {
  if (names.length === 0) return 0;
  forgetTabs();
  const start = sheet.getLastColumn() + 1;
  const over = Math.max(0, start + names.length - 1 - sheet.getMaxColumns());
  if (over > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), over);
  sheet.getRange(1, start, 1, names.length).setNumberFormat("@").setValues([names]).setFontWeight("bold");
  return over;
}
function deleteSheetRows(sheet, start, howMany, maxRows) {
  if (howMany < 1) return maxRows;
  if (maxRows - 1 - howMany >= 1) {
    sheet.deleteRows(start, howMany);
    return maxRows - howMany;
  }
  if (howMany > 1) sheet.deleteRows(start + 1, howMany - 1);
  const keep = sheet.getRange(start, 1, 1, sheet.getMaxColumns());
  keep.clearDataValidations();
  keep.clearContent();
  return maxRows - howMany + 1;
}
var GROWING = /* @__PURE__ */ new Set([TAB.leads, TAB.activities]);
function intoGrid(tryFirst, write3, grow2) {
  if (tryFirst) {
    try {
      write3();
      return;
    } catch (err2) {
      if (String(err2).includes(TIME_LIMIT) || !grow2()) throw err2;
      write3();
      return;
    }
  }
  grow2();
  write3();
}
var TIME_LIMIT = "Exceeded maximum execution time";
function owned(kind) {
  return kind !== void 0 && kind !== "general";
}
function literal(v, format) {
  if (typeof v !== "string" || v === "" || format === "@") return v;
  return `'${v}`;
}
function blankNull(v) {
  return v === null || v === void 0 ? "" : v;
}

// src/gas/team.ts
function rowsOf(crm, tab, columns) {
  if (!sheetNamed(crm.ss, tab)) return [];
  const table2 = Table.open(crm.ss, tab, columns, crm.lang);
  return table2.allRows().map((r) => table2.toRecord(r));
}
var team = null;
function readTeam(crm) {
  if (team) return team;
  const cached2 = readCached(TEAM_CACHE_PROPERTY, crm.now);
  let rows = cached2 && Array.isArray(cached2.rows) ? cached2.rows : null;
  if (!rows) {
    rows = textDates(crm, rowsOf(crm, TAB.team, TEAM_COLUMNS));
    writeCached(TEAM_CACHE_PROPERTY, { at: crm.now.getTime(), rows });
  }
  team = parseTeam(rows);
  return team;
}
function forgetTeam() {
  team = null;
  cacheRemove([TEAM_CACHE_PROPERTY]);
}
function textDates(crm, rows) {
  return rows.map(
    (r) => Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, v instanceof Date ? cellText2(v, crm.offset) : v])
    )
  );
}
var templates = null;
function readTemplates(crm) {
  if (templates) return templates;
  const cached2 = readCached(TEMPLATES_CACHE_PROPERTY, crm.now);
  let rows = cached2 && Array.isArray(cached2.rows) ? cached2.rows : null;
  if (!rows) {
    rows = textDates(crm, rowsOf(crm, TAB.templates, TEMPLATE_COLUMNS));
    writeCached(TEMPLATES_CACHE_PROPERTY, { at: crm.now.getTime(), rows });
  }
  templates = parseTemplates(rows);
  return templates;
}
function forgetTemplates() {
  templates = null;
  cacheRemove([TEMPLATES_CACHE_PROPERTY]);
}

// src/gas/webapp-access.ts
var SPREADSHEET_ID_PROPERTY = "lembar.spreadsheetId";
function rememberSpreadsheet(ss) {
  const props = PropertiesService.getScriptProperties();
  const id = ss.getId();
  if (props.getProperty(SPREADSHEET_ID_PROPERTY) !== id) props.setProperty(SPREADSHEET_ID_PROPERTY, id);
}
function userLang() {
  return resolveLang("", Session.getActiveUserLocale());
}
function webAppSpreadsheet() {
  const id = PropertiesService.getScriptProperties().getProperty(SPREADSHEET_ID_PROPERTY);
  if (!id) throw new CrmError({ key: "phone.notSetUp" }, userLang());
  try {
    return SpreadsheetApp.openById(id);
  } catch (e) {
    if (/permission to call/i.test(String(e?.message))) throw e;
    throw new CrmError({ key: "phone.noAccess", params: { email: userText(signedIn()) } }, userLang());
  }
}
function signedIn() {
  return activeUserEmail();
}
function requireMember(crm) {
  const who = normalizeEmail(signedIn());
  if (!who.ok) throw new CrmError({ key: "phone.noEmail" }, crm.lang);
  const team2 = readTeam(crm);
  if (team2.has(who.email) || managersOf(team2, crm.settings.managerEmails).includes(who.email)) return;
  throw new CrmError({ key: "phone.notMember", params: { email: userText(who.email) } }, crm.lang);
}

// src/gas/services.ts
var LAST_ID_PROPERTY = "lembar.lastLeadNumber";
var SETTINGS_CACHE_PROPERTY = "lembar.settings";
var SETTINGS_TTL_MS = 6 * 60 * 60 * 1e3;
var TEAM_CACHE_PROPERTY = "lembar.team";
var TEMPLATES_CACHE_PROPERTY = "lembar.templates";
var opened = null;
function openCrm() {
  if (opened) return opened;
  const active3 = activeSpreadsheet();
  const ss = active3 ?? webAppSpreadsheet();
  const now = /* @__PURE__ */ new Date();
  const timeZone = ss.getSpreadsheetTimeZone();
  const offset = offsetFromZ(Utilities.formatDate(now, timeZone, "Z"));
  const cached2 = cachedOrRead(ss, now, offset);
  const parsed = parseSettings(cached2.rows.map(([setting, value]) => ({ setting, value })));
  const crm = {
    ss,
    settings: parsed.settings,
    settingProblems: parsed.problems,
    lang: resolveLang(parsed.settings.language, cached2.locale),
    timeZone,
    offset,
    now
  };
  if (!active3) requireMember(crm);
  opened = crm;
  return opened;
}
function openLang() {
  if (opened) return opened.lang;
  const cached2 = cachedOrRead(activeSpreadsheet(), /* @__PURE__ */ new Date(), 0);
  return resolveLang(
    parseSettings(cached2.rows.map(([setting, value]) => ({ setting, value }))).settings.language,
    cached2.locale
  );
}
function cachedOrRead(ss, now, offset) {
  const cached2 = readCachedSettings(now);
  if (cached2) return cached2;
  const fresh = { at: now.getTime(), rows: settingRows(ss, offset), locale: ss.getSpreadsheetLocale() };
  writeCachedSettings(fresh);
  return fresh;
}
function forgetSettings() {
  opened = null;
  cacheRemove(CACHED);
}
function readCachedSettings(now) {
  const c = readCached(SETTINGS_CACHE_PROPERTY, now);
  return c && Array.isArray(c.rows) && typeof c.locale === "string" ? c : null;
}
function writeCachedSettings(c) {
  writeCached(SETTINGS_CACHE_PROPERTY, c);
}
var CACHED = [SETTINGS_CACHE_PROPERTY, TEAM_CACHE_PROPERTY, TEMPLATES_CACHE_PROPERTY];
function readCached(key, now) {
  const raw = cacheGet(CACHED, key);
  if (!raw) return null;
  let c;
  try {
    c = JSON.parse(raw);
  } catch (_err) {
    return null;
  }
  const age = now.getTime() - c.at;
  return age >= 0 && age < SETTINGS_TTL_MS ? c : null;
}
function writeCached(key, value) {
  const raw = JSON.stringify(value);
  if (raw.length > 9e4) return;
  cachePut(key, raw, SETTINGS_TTL_MS / 1e3);
}
function settingRows(ss, offset) {
  const sheet = sheetNamed(ss, TAB.settings);
  if (!sheet) return [];
  const values2 = sheet.getDataRange().getValues();
  const header = values2[0].map((h) => String(h).trim());
  const at = (h) => header.indexOf(h);
  const si = at("Setting");
  const vi = at("Value");
  if (si < 0 || vi < 0) return [];
  return values2.slice(1).map((r) => [cellText2(r[si], offset), cellText2(r[vi], offset)]);
}
function cellText2(v, offset) {
  if (v === null || v === void 0) return "";
  if (isDate(v)) return toYmd(v, offset);
  if (typeof v === "object" || typeof v === "function") return "";
  return String(v);
}
var LOCK_WAIT_MS = 2e4;
var EDIT_LOCK_WAIT_MS = 1e4;
var jobDeadline = 0;
function asJob(deadline, fn) {
  const before = jobDeadline;
  jobDeadline = deadline;
  try {
    return fn();
  } finally {
    jobDeadline = before;
  }
}
var held = 0;
var lockHandles = null;
function crmLocks(lang) {
  if (lockHandles) return lockHandles;
  const doc = LockService.getDocumentLock();
  if (doc) lockHandles = [doc, LockService.getScriptLock()];
  else if (activeSpreadsheet() === null) lockHandles = [LockService.getScriptLock()];
  else throw new CrmError({ key: "error.noDocument" }, lang);
  return lockHandles;
}
function acquire(lock, waitMs) {
  if (jobDeadline === 0) return lock.tryLock(waitMs);
  for (; ; ) {
    const left = jobDeadline - Date.now();
    if (left <= 0) return false;
    if (lock.tryLock(Math.min(left, 6e4))) return true;
  }
}
var kept = false;
function withDocumentLock(lang, fn, waitMs = LOCK_WAIT_MS) {
  if (held > 0) return fn();
  if (!kept) {
    takeLocks(lang, waitMs);
    lockTaken();
  }
  held++;
  let finished = false;
  try {
    const out = fn();
    finished = true;
    return out;
  } finally {
    held--;
    endSection(finished);
  }
}
function takeLocks(lang, waitMs) {
  const taken = [];
  for (const lock of crmLocks(lang)) {
    if (acquire(lock, waitMs)) {
      taken.push(lock);
      continue;
    }
    for (const t2 of taken.reverse()) t2.releaseLock();
    throw new CrmError({ key: "error.busy" }, lang);
  }
}
function endSection(finished) {
  try {
    SpreadsheetApp.flush();
  } catch (err2) {
    kept = true;
    if (finished) throw err2;
    return;
  }
  kept = false;
  lockReleased();
  for (const lock of [...lockHandles ?? []].reverse()) lock.releaseLock();
}
function message(lang, m) {
  return t(lang, m.key, m.params);
}
function currentUser() {
  return activeUserEmail() || Session.getEffectiveUser().getEmail();
}
function editorEmail(e) {
  try {
    const fromEvent = e?.user && typeof e.user.getEmail === "function" ? e.user.getEmail() : "";
    if (typeof fromEvent === "string" && fromEvent !== "") return fromEvent;
  } catch (_err) {
  }
  try {
    return activeUserEmail();
  } catch (_err) {
    return "";
  }
}
function renderErrors(lang, errors) {
  const out = {};
  for (const [k, m] of Object.entries(errors)) out[k] = t(lang, m.key, m.params);
  return out;
}

// src/gas/authorization.ts
function authorizationNeed() {
  try {
    const info2 = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    if (info2.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return { required: false, url: "" };
    return { required: true, url: info2.getAuthorizationUrl() || "" };
  } catch (_err) {
    return { required: false, url: "" };
  }
}

// src/gas/menu.ts
function onOpen(e) {
  const none = e?.authMode === ScriptApp.AuthMode.NONE;
  let lang = "id";
  if (!none) {
    useSpreadsheet(e?.source);
    try {
      lang = openLang();
    } catch (_err) {
      lang = "id";
    }
  }
  const auth = none ? { required: false } : authorizationNeed();
  const ui2 = SpreadsheetApp.getUi();
  const sub = (title, items) => {
    const m = ui2.createMenu(t(lang, title));
    for (const [caption, fn] of items) m.addItem(t(lang, caption), fn);
    return m;
  };
  const menu2 = ui2.createAddonMenu();
  if (auth.required) menu2.addItem(t(lang, "menu.authorize"), "showSidebar").addSeparator();
  menu2.addItem(t(lang, "menu.sidebar"), "showSidebar").addItem(t(lang, "menu.board"), "showPipelineBoard").addItem(t(lang, "menu.summary"), "refreshSummary").addSeparator().addSubMenu(
    sub("menu.duplicates", [
      ["menu.auditNow", "runDuplicateAuditNow"],
      ["menu.merge", "showMergeDialog"],
      ["menu.undoMerge", "undoMerge"]
    ])
  ).addSubMenu(
    sub("menu.campaigns", [
      ["campaignDialog.menu", "showCampaignDialog"],
      ["menu.campaignPreview", "previewCampaign"],
      ["menu.campaignStart", "startCampaign"],
      ["menu.campaignStop", "stopCampaign"]
    ])
  ).addSeparator().addSubMenu(
    sub("menu.admin", [
      ["menu.import", "showImportDialog"],
      ["menu.archive", "showArchiveDialog"],
      ["menu.setup", "setupCrm"],
      ["menu.triggers", "installTriggers"],
      ["menu.nextRun", "showNextRun"]
    ])
  ).addToUi();
  if (auth.required) {
    try {
      SpreadsheetApp.getActiveSpreadsheet().toast(t(lang, "auth.toast"), t(lang, "menu.title"), 30);
    } catch (_err) {
    }
  }
}
function onInstall(e) {
  onOpen(e);
}
function showSidebar() {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(t(crm.lang, "sidebar.title"));
  SpreadsheetApp.getUi().showSidebar(html);
}

// node_modules/libphonenumber-js/es6-modern/tools/semver-compare.js
function semver_compare_default(a, b) {
  a = a.split("-");
  b = b.split("-");
  var pa = a[0].split(".");
  var pb = b[0].split(".");
  for (var i = 0; i < 3; i++) {
    var na = Number(pa[i]);
    var nb = Number(pb[i]);
    if (na > nb) return 1;
    if (nb > na) return -1;
    if (!isNaN(na) && isNaN(nb)) return 1;
    if (isNaN(na) && !isNaN(nb)) return -1;
  }
  if (a[1] && b[1]) {
    return a[1] > b[1] ? 1 : a[1] < b[1] ? -1 : 0;
  }
  return !a[1] && b[1] ? 1 : a[1] && !b[1] ? -1 : 0;
}

// node_modules/libphonenumber-js/es6-modern/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject2(object) {
  return object !== void 0 && object !== null && object.constructor === objectConstructor;
}

// node_modules/libphonenumber-js/es6-modern/helpers/isCallingCode.js
var CALLING_CODE_REG_EXP = /^\d+$/;
function isCallingCode(string) {
  return CALLING_CODE_REG_EXP.test(string);
}

// node_modules/libphonenumber-js/es6-modern/metadata.js
var V3 = "1.2.0";
var V4 = "1.7.35";
var DEFAULT_EXT_PREFIX = " ext. ";
var Metadata = class {
  /**
   * @param {object} metadata — Metadata JSON.
   */
  constructor(metadata) {
    validateMetadata(metadata);
    this.metadata = metadata;
    setVersion.call(this, metadata);
  }
  getCountries() {
    return Object.keys(this.metadata.countries).filter((_) => _ !== "001");
  }
  getCountryMetadata(countryCode) {
    return this.metadata.countries[countryCode];
  }
  nonGeographic() {
    if (this.v1 || this.v2 || this.v3) return;
    return this.metadata.nonGeographic || this.metadata.nonGeographical;
  }
  hasCountry(country) {
    return this.getCountryMetadata(country) !== void 0;
  }
  hasCallingCode(callingCode) {
    if (this.getCountryCodesForCallingCode(callingCode)) {
      return true;
    }
    if (this.nonGeographic()) {
      if (this.nonGeographic()[callingCode]) {
        return true;
      }
    } else {
      const countryCodes = this.countryCallingCodes()[callingCode];
      if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
        return true;
      }
    }
  }
  isNonGeographicCallingCode(callingCode) {
    if (this.nonGeographic()) {
      return this.nonGeographic()[callingCode] ? true : false;
    } else {
      return this.getCountryCodesForCallingCode(callingCode) ? false : true;
    }
  }
  // Deprecated.
  country(countryCode) {
    return this.selectNumberingPlan(countryCode);
  }
  /**
   * Selects a telephone numbering plan based on either a country code or a calling code.
   * @param {string} argument — Country code or calling code.
   * @param {string} legacyArgumentCallingCode — Legacy argument: calling code, if the first argument is not passed.
   */
  selectNumberingPlan(argument, legacyArgumentCallingCode) {
    let countryCode;
    let callingCode;
    if (argument) {
      if (isCallingCode(argument)) {
        callingCode = argument;
      } else {
        countryCode = argument;
      }
    }
    if (legacyArgumentCallingCode) {
      callingCode = legacyArgumentCallingCode;
    }
    if (countryCode && countryCode !== "001") {
      const countryMetadata = this.getCountryMetadata(countryCode);
      if (!countryMetadata) {
        throw new Error(`Unknown country: ${countryCode}`);
      }
      this.numberingPlan = new NumberingPlan(countryMetadata, this);
    } else if (callingCode) {
      if (!this.hasCallingCode(callingCode)) {
        throw new Error(`Unknown calling code: ${callingCode}`);
      }
      this.numberingPlan = new NumberingPlan(this.getNumberingPlanMetadata(callingCode), this);
    } else {
      this.numberingPlan = void 0;
    }
    return this;
  }
  getCountryCodesForCallingCode(callingCode) {
    const countryCodes = this.countryCallingCodes()[callingCode];
    if (countryCodes) {
      if (countryCodes.length === 1 && countryCodes[0].length === 3) {
        return;
      }
      return countryCodes;
    }
  }
  getCountryCodeForCallingCode(callingCode) {
    const countryCodes = this.getCountryCodesForCallingCode(callingCode);
    if (countryCodes) {
      return countryCodes[0];
    }
  }
  getNumberingPlanMetadata(callingCode) {
    const countryCode = this.getCountryCodeForCallingCode(callingCode);
    if (countryCode) {
      return this.getCountryMetadata(countryCode);
    }
    if (this.nonGeographic()) {
      const metadata = this.nonGeographic()[callingCode];
      if (metadata) {
        return metadata;
      }
    } else {
      const countryCodes = this.countryCallingCodes()[callingCode];
      if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
        return this.metadata.countries["001"];
      }
    }
  }
  // Deprecated.
  countryCallingCode() {
    return this.numberingPlan.callingCode();
  }
  // Deprecated.
  IDDPrefix() {
    return this.numberingPlan.IDDPrefix();
  }
  // Deprecated.
  defaultIDDPrefix() {
    return this.numberingPlan.defaultIDDPrefix();
  }
  // Deprecated.
  nationalNumberPattern() {
    return this.numberingPlan.nationalNumberPattern();
  }
  // Deprecated.
  possibleLengths() {
    return this.numberingPlan.possibleLengths();
  }
  // Deprecated.
  formats() {
    return this.numberingPlan.formats();
  }
  // Deprecated.
  nationalPrefixForParsing() {
    return this.numberingPlan.nationalPrefixForParsing();
  }
  // Deprecated.
  nationalPrefixTransformRule() {
    return this.numberingPlan.nationalPrefixTransformRule();
  }
  // Deprecated.
  leadingDigits() {
    return this.numberingPlan.leadingDigits();
  }
  // Deprecated.
  hasTypes() {
    return this.numberingPlan.hasTypes();
  }
  // Deprecated.
  type(type) {
    return this.numberingPlan.type(type);
  }
  // Deprecated.
  ext() {
    return this.numberingPlan.ext();
  }
  countryCallingCodes() {
    if (this.v1) return this.metadata.country_phone_code_to_countries;
    return this.metadata.country_calling_codes;
  }
  // Deprecated.
  chooseCountryByCountryCallingCode(callingCode) {
    return this.selectNumberingPlan(callingCode);
  }
  hasSelectedNumberingPlan() {
    return this.numberingPlan !== void 0;
  }
};
var NumberingPlan = class {
  constructor(metadata, globalMetadataObject) {
    this.globalMetadataObject = globalMetadataObject;
    this.metadata = metadata;
    setVersion.call(this, globalMetadataObject.metadata);
  }
  callingCode() {
    return this.metadata[0];
  }
  // When multiple countries share the same calling code,
  // all phone number formatting rules are included in the metadata
  // of the "default" country for that calling code.
  // Any other countries' metdata doesn't include any formatting rules.
  // Google developers said that such storage architecture was chosen for performance reasons.
  //
  // For example, for NANPA region ("North American Numbering Plan Administration",
  // which includes USA, Canada, Cayman Islands, Bahamas, etc) all formatting rules
  // are contained in the metadata of `US` country.
  //
  // This is not public API.
  //
  _getDefaultCountryMetadataForThisCallingCode() {
    return this.globalMetadataObject.getNumberingPlanMetadata(this.callingCode());
  }
  // Deprecated.
  getDefaultCountryMetadataForRegion() {
    return this._getDefaultCountryMetadataForThisCallingCode();
  }
  // Is always present.
  IDDPrefix() {
    if (this.v1 || this.v2) return;
    return this.metadata[1];
  }
  // Is only present when a country supports multiple IDD prefixes.
  defaultIDDPrefix() {
    if (this.v1 || this.v2) return;
    return this.metadata[12];
  }
  nationalNumberPattern() {
    if (this.v1 || this.v2) return this.metadata[1];
    return this.metadata[2];
  }
  // "possible length" data is always present in Google's metadata.
  possibleLengths() {
    if (this.v1) return;
    return this.metadata[this.v2 ? 2 : 3];
  }
  _getFormats(metadata) {
    return metadata[this.v1 ? 2 : this.v2 ? 3 : 4];
  }
  // For countries of the same region (e.g. NANPA)
  // formats are all stored in the "main" country for that region.
  // E.g. "RU" and "KZ", "US" and "CA".
  formats() {
    const formats = this._getFormats(this.metadata) || this._getFormats(this._getDefaultCountryMetadataForThisCallingCode()) || [];
    return formats.map((_) => new Format(_, this));
  }
  nationalPrefix() {
    return this.metadata[this.v1 ? 3 : this.v2 ? 4 : 5];
  }
  _getNationalPrefixFormattingRule(metadata) {
    return metadata[this.v1 ? 4 : this.v2 ? 5 : 6];
  }
  // For countries of the same region (e.g. NANPA)
  // national prefix formatting rule is stored in the "main" country for that region.
  // E.g. "RU" and "KZ", "US" and "CA".
  nationalPrefixFormattingRule() {
    return this._getNationalPrefixFormattingRule(this.metadata) || this._getNationalPrefixFormattingRule(this._getDefaultCountryMetadataForThisCallingCode());
  }
  _nationalPrefixForParsing() {
    return this.metadata[this.v1 ? 5 : this.v2 ? 6 : 7];
  }
  nationalPrefixForParsing() {
    return this._nationalPrefixForParsing() || this.nationalPrefix();
  }
  nationalPrefixTransformRule() {
    return this.metadata[this.v1 ? 6 : this.v2 ? 7 : 8];
  }
  _getNationalPrefixIsOptionalWhenFormatting() {
    return !!this.metadata[this.v1 ? 7 : this.v2 ? 8 : 9];
  }
  // For countries of the same region (e.g. NANPA)
  // "national prefix is optional when formatting" flag is
  // stored in the "main" country for that region.
  // E.g. "RU" and "KZ", "US" and "CA".
  nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
    return this._getNationalPrefixIsOptionalWhenFormatting(this.metadata) || this._getNationalPrefixIsOptionalWhenFormatting(this._getDefaultCountryMetadataForThisCallingCode());
  }
  leadingDigits() {
    return this.metadata[this.v1 ? 8 : this.v2 ? 9 : 10];
  }
  types() {
    return this.metadata[this.v1 ? 9 : this.v2 ? 10 : 11];
  }
  hasTypes() {
    if (this.types() && this.types().length === 0) {
      return false;
    }
    return !!this.types();
  }
  type(type) {
    if (this.hasTypes() && getType(this.types(), type)) {
      return new Type(getType(this.types(), type), this);
    }
  }
  ext() {
    if (this.v1 || this.v2) return DEFAULT_EXT_PREFIX;
    return this.metadata[13] || DEFAULT_EXT_PREFIX;
  }
};
var Format = class {
  constructor(format, metadata) {
    this._format = format;
    this.metadata = metadata;
  }
  pattern() {
    return this._format[0];
  }
  format() {
    return this._format[1];
  }
  leadingDigitsPatterns() {
    return this._format[2] || [];
  }
  nationalPrefixFormattingRule() {
    return this._format[3] || this.metadata.nationalPrefixFormattingRule();
  }
  nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
    return !!this._format[4] || this.metadata.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
  }
  nationalPrefixIsMandatoryWhenFormattingInNationalFormat() {
    return this.usesNationalPrefix() && !this.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
  }
  // Checks whether national prefix formatting rule contains national prefix.
  usesNationalPrefix() {
    return this.nationalPrefixFormattingRule() && // Check that national prefix formatting rule is not a "dummy" one.
    !FIRST_GROUP_ONLY_PREFIX_PATTERN.test(this.nationalPrefixFormattingRule()) ? true : false;
  }
  internationalFormat() {
    return this._format[5] || this.format();
  }
};
var FIRST_GROUP_ONLY_PREFIX_PATTERN = /^\(?\$1\)?$/;
var Type = class {
  constructor(type, metadata) {
    this.type = type;
    this.metadata = metadata;
  }
  pattern() {
    if (this.metadata.v1) return this.type;
    return this.type[0];
  }
  possibleLengths() {
    if (this.metadata.v1) return;
    return this.type[1] || this.metadata.possibleLengths();
  }
};
function getType(types, type) {
  switch (type) {
    case "FIXED_LINE":
      return types[0];
    case "MOBILE":
      return types[1];
    case "TOLL_FREE":
      return types[2];
    case "PREMIUM_RATE":
      return types[3];
    case "PERSONAL_NUMBER":
      return types[4];
    case "VOICEMAIL":
      return types[5];
    case "UAN":
      return types[6];
    case "PAGER":
      return types[7];
    case "VOIP":
      return types[8];
    case "SHARED_COST":
      return types[9];
  }
}
function validateMetadata(metadata) {
  if (!metadata) {
    throw new Error("[libphonenumber-js] `metadata` argument not passed. Check your arguments.");
  }
  if (!isObject2(metadata) || !isObject2(metadata.countries)) {
    throw new Error(`[libphonenumber-js] \`metadata\` argument was passed but it's not a valid metadata. Must be an object having \`.countries\` child object property. Got ${isObject2(metadata) ? "an object of shape: { " + Object.keys(metadata).join(", ") + " }" : "a " + typeOf(metadata) + ": " + metadata}.`);
  }
}
var typeOf = (_) => typeof _;
function getCountryCallingCode(country, metadataJson) {
  const metadata = new Metadata(metadataJson);
  if (metadata.hasCountry(country)) {
    return metadata.selectNumberingPlan(country).countryCallingCode();
  }
  throw new Error(`Unknown country: ${country}`);
}
function isSupportedCountry(country, metadataJson) {
  return metadataJson.countries.hasOwnProperty(country);
}
function setVersion(metadata) {
  const {
    version
  } = metadata;
  if (typeof version === "number") {
    this.v1 = version === 1;
    this.v2 = version === 2;
    this.v3 = version === 3;
    this.v4 = version === 4;
  } else {
    if (!version) {
      this.v1 = true;
    } else if (semver_compare_default(version, V3) === -1) {
      this.v2 = true;
    } else if (semver_compare_default(version, V4) === -1) {
      this.v3 = true;
    } else {
      this.v4 = true;
    }
  }
}

// node_modules/libphonenumber-js/es6-modern/helpers/mergeArrays.js
function mergeArrays(a, b) {
  const merged = a.slice();
  for (const element of b) {
    if (a.indexOf(element) < 0) {
      merged.push(element);
    }
  }
  return merged.sort((a2, b2) => a2 - b2);
}

// node_modules/libphonenumber-js/es6-modern/helpers/checkNumberLength.js
function checkNumberLength(nationalNumber, country, metadata) {
  return checkNumberLengthForType(nationalNumber, void 0, country, metadata);
}
function checkNumberLengthForType(nationalNumber, type, country, metadata) {
  if (country) {
    metadata = new Metadata(metadata.metadata);
    metadata.selectNumberingPlan(country);
  }
  const type_info = metadata.type(type);
  let possible_lengths = type_info && type_info.possibleLengths() || metadata.possibleLengths();
  if (!possible_lengths) {
    return "IS_POSSIBLE";
  }
  if (type === "FIXED_LINE_OR_MOBILE") {
    if (!metadata.type("FIXED_LINE")) {
      return checkNumberLengthForType(nationalNumber, "MOBILE", country, metadata);
    }
    const mobile_type = metadata.type("MOBILE");
    if (mobile_type) {
      possible_lengths = mergeArrays(possible_lengths, mobile_type.possibleLengths());
    }
  } else if (type && !type_info) {
    return "INVALID_LENGTH";
  }
  const actual_length = nationalNumber.length;
  const minimum_length = possible_lengths[0];
  if (minimum_length === actual_length) {
    return "IS_POSSIBLE";
  }
  if (minimum_length > actual_length) {
    return "TOO_SHORT";
  }
  if (possible_lengths[possible_lengths.length - 1] < actual_length) {
    return "TOO_LONG";
  }
  return possible_lengths.indexOf(actual_length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

// node_modules/libphonenumber-js/es6-modern/isPossible.js
function isPossiblePhoneNumber(input, options, metadataJson) {
  if (options === void 0) {
    options = {};
  }
  const metadata = new Metadata(metadataJson);
  if (options.v2) {
    if (!input.countryCallingCode) {
      throw new Error("Invalid phone number object passed");
    }
    metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  } else {
    if (!input.phone) {
      return false;
    }
    if (input.country) {
      if (!metadata.hasCountry(input.country)) {
        throw new Error(`Unknown country: ${input.country}`);
      }
      metadata.selectNumberingPlan(input.country);
    } else {
      if (!input.countryCallingCode) {
        throw new Error("Invalid phone number object passed");
      }
      metadata.selectNumberingPlan(input.countryCallingCode);
    }
  }
  if (metadata.possibleLengths()) {
    return isPossibleNumber(input.phone || input.nationalNumber, metadata);
  }
  if (input.countryCallingCode && metadata.isNonGeographicCallingCode(input.countryCallingCode)) {
    return true;
  }
  throw new Error('Missing "possibleLengths" in metadata. Perhaps the metadata has been generated before v1.0.18.');
}
function isPossibleNumber(nationalNumber, metadata) {
  switch (checkNumberLength(nationalNumber, void 0, metadata)) {
    case "IS_POSSIBLE":
      return true;
    // This library ignores "local-only" phone numbers (for simplicity).
    // See the readme for more info on what are "local-only" phone numbers.
    // case 'IS_POSSIBLE_LOCAL_ONLY':
    // 	return !isInternational
    default:
      return false;
  }
}

// node_modules/libphonenumber-js/es6-modern/helpers/matchesEntirely.js
function matchesEntirely(text5, regularExpressionText) {
  text5 = text5 || "";
  return new RegExp("^(?:" + regularExpressionText + ")$").test(text5);
}

// node_modules/libphonenumber-js/es6-modern/helpers/getNumberType.js
var NON_FIXED_LINE_PHONE_TYPES = ["MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];
function getNumberType(input, options, metadataJson) {
  options = options || {};
  if (!input.country && !input.countryCallingCode) {
    return;
  }
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  const nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern())) {
    return;
  }
  if (isNumberTypeEqualTo(nationalNumber, "FIXED_LINE", metadata)) {
    if (metadata.type("MOBILE") && metadata.type("MOBILE").pattern() === "") {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (!metadata.type("MOBILE")) {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (isNumberTypeEqualTo(nationalNumber, "MOBILE", metadata)) {
      return "FIXED_LINE_OR_MOBILE";
    }
    return "FIXED_LINE";
  }
  for (const type of NON_FIXED_LINE_PHONE_TYPES) {
    if (isNumberTypeEqualTo(nationalNumber, type, metadata)) {
      return type;
    }
  }
}
function isNumberTypeEqualTo(nationalNumber, type, metadata) {
  const typeDefinition = metadata.type(type);
  if (!typeDefinition || !typeDefinition.pattern()) {
    return false;
  }
  if (typeDefinition.possibleLengths() && typeDefinition.possibleLengths().indexOf(nationalNumber.length) < 0) {
    return false;
  }
  return matchesEntirely(nationalNumber, typeDefinition.pattern());
}

// node_modules/libphonenumber-js/es6-modern/isValid.js
function isValidNumber(input, options, metadataJson) {
  options = options || {};
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  if (metadata.hasTypes()) {
    return getNumberType(input, options, metadata.metadata) !== void 0;
  }
  const nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  return matchesEntirely(nationalNumber, metadata.nationalNumberPattern());
}

// node_modules/libphonenumber-js/es6-modern/helpers/isCountryCode.js
var COUNTRY_CODE_REG_EXP = /^[A-Z]{2}$/;
function isCountryCode(string) {
  return COUNTRY_CODE_REG_EXP.test(string);
}

// node_modules/libphonenumber-js/es6-modern/helpers/getCountryAndCallingCodeFromOneOfThem.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
function getCountryAndCallingCodeFromOneOfThem(countryOrCallingCode, metadataJson) {
  let country;
  let callingCode;
  const metadata = new Metadata(metadataJson);
  if (isCountryCode(countryOrCallingCode)) {
    country = countryOrCallingCode;
    metadata.selectNumberingPlan(country);
    callingCode = metadata.countryCallingCode();
  } else {
    callingCode = countryOrCallingCode;
    if (USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
      if (metadata.isNonGeographicCallingCode(callingCode)) {
        country = "001";
      }
    }
  }
  return {
    country,
    callingCode
  };
}

// node_modules/libphonenumber-js/es6-modern/helpers/getPossibleCountriesForNumber.js
function getPossibleCountriesForNumber(callingCode, nationalNumber, metadata) {
  const _metadata = new Metadata(metadata);
  let possibleCountries = _metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return [];
  }
  return possibleCountries.filter((country) => {
    return couldNationalNumberBelongToCountry(nationalNumber, country, metadata);
  });
}
function couldNationalNumberBelongToCountry(nationalNumber, country, metadataJson) {
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  return metadata.numberingPlan.possibleLengths().indexOf(nationalNumber.length) >= 0;
}

// node_modules/libphonenumber-js/es6-modern/constants.js
var MIN_LENGTH_FOR_NSN = 2;
var MAX_LENGTH_FOR_NSN = 17;
var MAX_LENGTH_COUNTRY_CODE = 3;
var VALID_DIGITS = "0-9０-９٠-٩۰-۹";
var DASHES = "-‐-―−ー－";
var SLASHES = "／/";
var DOTS = "．.";
var WHITESPACE = "  ­​⁠　";
var BRACKETS = "()（）［］\\[\\]";
var TILDES = "~⁓∼～";
var VALID_PUNCTUATION = `${DASHES}${SLASHES}${DOTS}${WHITESPACE}${BRACKETS}${TILDES}`;
var PLUS_CHARS = "+＋";

// node_modules/libphonenumber-js/es6-modern/helpers/stripIddPrefix.js
var CAPTURING_DIGIT_PATTERN = new RegExp("([" + VALID_DIGITS + "])");
function stripIddPrefix(number, country, callingCode, metadataJson) {
  if (!country) {
    return;
  }
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country || callingCode);
  const IDDPrefixPattern = new RegExp(metadata.IDDPrefix());
  if (number.search(IDDPrefixPattern) !== 0) {
    return;
  }
  number = number.slice(number.match(IDDPrefixPattern)[0].length);
  const matchedGroups = number.match(CAPTURING_DIGIT_PATTERN);
  if (matchedGroups && matchedGroups[1] != null && matchedGroups[1].length > 0) {
    if (matchedGroups[1] === "0") {
      return;
    }
  }
  return number;
}

// node_modules/libphonenumber-js/es6-modern/helpers/extractNationalNumberFromPossiblyIncompleteNumber.js
function extractNationalNumberFromPossiblyIncompleteNumber(number, metadata) {
  if (number && metadata.numberingPlan.nationalPrefixForParsing()) {
    const prefixPattern = new RegExp("^(?:" + metadata.numberingPlan.nationalPrefixForParsing() + ")");
    const prefixMatch = prefixPattern.exec(number);
    if (prefixMatch) {
      let nationalNumber;
      let carrierCode;
      const capturedGroupsCount = prefixMatch.length - 1;
      const hasCapturedGroups = capturedGroupsCount > 0 && prefixMatch[capturedGroupsCount];
      if (metadata.nationalPrefixTransformRule() && hasCapturedGroups) {
        nationalNumber = number.replace(prefixPattern, metadata.nationalPrefixTransformRule());
        if (capturedGroupsCount > 1) {
          carrierCode = prefixMatch[1];
        }
      } else {
        const prefixBeforeNationalNumber = prefixMatch[0];
        nationalNumber = number.slice(prefixBeforeNationalNumber.length);
        if (hasCapturedGroups) {
          carrierCode = prefixMatch[1];
        }
      }
      let nationalPrefix;
      if (hasCapturedGroups) {
        const possiblePositionOfTheFirstCapturedGroup = number.indexOf(prefixMatch[1]);
        const possibleNationalPrefix = number.slice(0, possiblePositionOfTheFirstCapturedGroup);
        if (possibleNationalPrefix === metadata.numberingPlan.nationalPrefix()) {
          nationalPrefix = metadata.numberingPlan.nationalPrefix();
        }
      } else {
        nationalPrefix = prefixMatch[0];
      }
      return {
        nationalNumber,
        nationalPrefix,
        carrierCode
      };
    }
  }
  return {
    nationalNumber: number
  };
}

// node_modules/libphonenumber-js/es6-modern/helpers/getCountryByNationalNumber.js
function getCountryByNationalNumber(nationalNumber, countries, metadataJson) {
  const metadata = new Metadata(metadataJson);
  for (const country of countries) {
    metadata.selectNumberingPlan(country);
    if (metadata.leadingDigits()) {
      if (nationalNumber && nationalNumber.search(metadata.leadingDigits()) === 0) {
        return country;
      }
    } else if (getNumberType({
      phone: nationalNumber,
      country
    }, void 0, metadata.metadata)) {
      return country;
    }
  }
}

// node_modules/libphonenumber-js/es6-modern/helpers/getCountryByCallingCode.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE2 = false;
function getCountryByCallingCode(callingCode, {
  nationalNumber,
  metadata
}) {
  if (USE_NON_GEOGRAPHIC_COUNTRY_CODE2) {
    if (metadata.isNonGeographicCallingCode(callingCode)) {
      return "001";
    }
  }
  const possibleCountries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return;
  }
  if (possibleCountries.length === 1) {
    return possibleCountries[0];
  }
  return getCountryByNationalNumber(nationalNumber, possibleCountries, metadata.metadata);
}

// node_modules/libphonenumber-js/es6-modern/helpers/extractNationalNumber.js
function extractNationalNumber(number, country, metadata) {
  const {
    carrierCode,
    nationalNumber
  } = extractNationalNumberFromPossiblyIncompleteNumber(number, metadata);
  if (nationalNumber !== number) {
    if (!shouldHaveExtractedNationalPrefix(number, nationalNumber, metadata)) {
      return {
        nationalNumber: number
      };
    }
    if (metadata.numberingPlan.possibleLengths()) {
      if (!country) {
        country = getCountryByCallingCode(metadata.numberingPlan.callingCode(), {
          nationalNumber,
          metadata
        });
      }
      if (!isPossibleIncompleteNationalNumber(nationalNumber, country, metadata)) {
        return {
          nationalNumber: number
        };
      }
    }
  }
  return {
    nationalNumber,
    carrierCode
  };
}
function shouldHaveExtractedNationalPrefix(nationalNumberBefore, nationalNumberAfter, metadata) {
  if (matchesEntirely(nationalNumberBefore, metadata.nationalNumberPattern()) && !matchesEntirely(nationalNumberAfter, metadata.nationalNumberPattern())) {
    return false;
  }
  return true;
}
function isPossibleIncompleteNationalNumber(nationalNumber, country, metadata) {
  switch (checkNumberLength(nationalNumber, country, metadata)) {
    case "TOO_SHORT":
    case "INVALID_LENGTH":
      return false;
    default:
      return true;
  }
}

// node_modules/libphonenumber-js/es6-modern/helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js
function extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!(country || defaultCountry || defaultCallingCode)) {
    return {
      number
    };
  }
  const countryCallingCode = country || defaultCountry ? getCountryCallingCode(country || defaultCountry, metadataJson) : defaultCallingCode;
  if (number.indexOf(countryCallingCode) === 0) {
    const metadata = new Metadata(metadataJson);
    metadata.selectNumberingPlan(country || defaultCountry || defaultCallingCode);
    const possibleShorterNumber = number.slice(countryCallingCode.length);
    const {
      nationalNumber: possibleShorterNationalNumber
    } = extractNationalNumber(possibleShorterNumber, void 0, metadata);
    const {
      nationalNumber
    } = extractNationalNumber(number, void 0, metadata);
    if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) && matchesEntirely(possibleShorterNationalNumber, metadata.nationalNumberPattern()) || checkNumberLength(nationalNumber, void 0, metadata) === "TOO_LONG") {
      return {
        countryCallingCode,
        number: possibleShorterNumber
      };
    }
  }
  return {
    number
  };
}

// node_modules/libphonenumber-js/es6-modern/helpers/extractCountryCallingCode.js
function extractCountryCallingCode(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!number) {
    return {};
  }
  let isNumberWithIddPrefix;
  if (number[0] !== "+") {
    const numberWithoutIDD = stripIddPrefix(number, country || defaultCountry, defaultCallingCode, metadataJson);
    if (numberWithoutIDD && numberWithoutIDD !== number) {
      isNumberWithIddPrefix = true;
      number = "+" + numberWithoutIDD;
    } else {
      if (country || defaultCountry || defaultCallingCode) {
        const {
          countryCallingCode,
          number: shorterNumber
        } = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson);
        if (countryCallingCode) {
          return {
            countryCallingCodeSource: "FROM_NUMBER_WITHOUT_PLUS_SIGN",
            countryCallingCode,
            number: shorterNumber
          };
        }
      }
      return {
        // No need to set it to `UNSPECIFIED`. It can be just `undefined`.
        // countryCallingCodeSource: 'UNSPECIFIED',
        number
      };
    }
  }
  if (number[1] === "0") {
    return {};
  }
  const metadata = new Metadata(metadataJson);
  let i = 2;
  while (i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length) {
    const countryCallingCode = number.slice(1, i);
    if (metadata.hasCallingCode(countryCallingCode)) {
      metadata.selectNumberingPlan(countryCallingCode);
      return {
        countryCallingCodeSource: isNumberWithIddPrefix ? "FROM_NUMBER_WITH_IDD" : "FROM_NUMBER_WITH_PLUS_SIGN",
        countryCallingCode,
        number: number.slice(i)
      };
    }
    i++;
  }
  return {};
}

// node_modules/libphonenumber-js/es6-modern/helpers/applyInternationalSeparatorStyle.js
function applyInternationalSeparatorStyle(formattedNumber) {
  return formattedNumber.replace(new RegExp(`[${VALID_PUNCTUATION}]+`, "g"), " ").trim();
}

// node_modules/libphonenumber-js/es6-modern/helpers/formatNationalNumberUsingFormat.js
var FIRST_GROUP_PATTERN = /(\$\d)/;
function formatNationalNumberUsingFormat(number, format, {
  useInternationalFormat,
  withNationalPrefix,
  carrierCode,
  metadata
}) {
  const formattedNumber = number.replace(new RegExp(format.pattern()), useInternationalFormat ? format.internationalFormat() : (
    // This library doesn't use `domestic_carrier_code_formatting_rule`,
    // because that one is only used when formatting phone numbers
    // for dialing from a mobile phone, and this is not a dialing library.
    // carrierCode && format.domesticCarrierCodeFormattingRule()
    // 	// First, replace the $CC in the formatting rule with the desired carrier code.
    // 	// Then, replace the $FG in the formatting rule with the first group
    // 	// and the carrier code combined in the appropriate way.
    // 	? format.format().replace(FIRST_GROUP_PATTERN, format.domesticCarrierCodeFormattingRule().replace('$CC', carrierCode))
    // 	: (
    // 		withNationalPrefix && format.nationalPrefixFormattingRule()
    // 			? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule())
    // 			: format.format()
    // 	)
    withNationalPrefix && format.nationalPrefixFormattingRule() ? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule()) : format.format()
  ));
  if (useInternationalFormat) {
    return applyInternationalSeparatorStyle(formattedNumber);
  }
  return formattedNumber;
}

// node_modules/libphonenumber-js/es6-modern/helpers/getIddPrefix.js
var SINGLE_IDD_PREFIX_REG_EXP = /^[\d]+(?:[~\u2053\u223C\uFF5E][\d]+)?$/;
function getIddPrefix(country, callingCode, metadata) {
  const countryMetadata = new Metadata(metadata);
  countryMetadata.selectNumberingPlan(country || callingCode);
  if (countryMetadata.defaultIDDPrefix()) {
    return countryMetadata.defaultIDDPrefix();
  }
  if (SINGLE_IDD_PREFIX_REG_EXP.test(countryMetadata.IDDPrefix())) {
    return countryMetadata.IDDPrefix();
  }
}

// node_modules/libphonenumber-js/es6-modern/helpers/extension/createExtensionPattern.js
var RFC3966_EXTN_PREFIX = ";ext=";
var getExtensionDigitsPattern = (maxLength) => `([${VALID_DIGITS}]{1,${maxLength}})`;
function createExtensionPattern(purpose) {
  var extLimitAfterExplicitLabel = "20";
  var extLimitAfterLikelyLabel = "15";
  var extLimitAfterAmbiguousChar = "9";
  var extLimitWhenNotSure = "6";
  var possibleSeparatorsBetweenNumberAndExtLabel = "[  \\t,]*";
  var possibleCharsAfterExtLabel = "[:\\.．]?[  \\t,-]*";
  var optionalExtnSuffix = "#?";
  var explicitExtLabels = "(?:e?xt(?:ensi(?:ó?|ó))?n?|ｅ?ｘｔｎ?|доб|anexo)";
  var ambiguousExtLabels = "(?:[xｘ#＃~～]|int|ｉｎｔ)";
  var ambiguousSeparator = "[- ]+";
  var possibleSeparatorsNumberExtLabelNoComma = "[  \\t]*";
  var autoDiallingAndExtLabelsFound = "(?:,{2}|;)";
  var rfcExtn = RFC3966_EXTN_PREFIX + getExtensionDigitsPattern(extLimitAfterExplicitLabel);
  var explicitExtn = possibleSeparatorsBetweenNumberAndExtLabel + explicitExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterExplicitLabel) + optionalExtnSuffix;
  var ambiguousExtn = possibleSeparatorsBetweenNumberAndExtLabel + ambiguousExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  var americanStyleExtnWithSuffix = ambiguousSeparator + getExtensionDigitsPattern(extLimitWhenNotSure) + "#";
  var autoDiallingExtn = possibleSeparatorsNumberExtLabelNoComma + autoDiallingAndExtLabelsFound + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterLikelyLabel) + optionalExtnSuffix;
  var onlyCommasExtn = possibleSeparatorsNumberExtLabelNoComma + "(?:,)+" + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  return rfcExtn + "|" + explicitExtn + "|" + ambiguousExtn + "|" + americanStyleExtnWithSuffix + "|" + autoDiallingExtn + "|" + onlyCommasExtn;
}

// node_modules/libphonenumber-js/es6-modern/helpers/isViablePhoneNumber.js
var MIN_LENGTH_PHONE_NUMBER_PATTERN = "[" + VALID_DIGITS + "]{" + MIN_LENGTH_FOR_NSN + "}";
var VALID_PHONE_NUMBER = "[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){3,}[" + VALID_PUNCTUATION + VALID_DIGITS + "]*";
var VALID_PHONE_NUMBER_START_REG_EXP = new RegExp("^[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){1,2}$", "i");
var VALID_PHONE_NUMBER_WITH_EXTENSION = VALID_PHONE_NUMBER + // Phone number extensions
"(?:" + createExtensionPattern() + ")?";
var VALID_PHONE_NUMBER_PATTERN = new RegExp(
  // Either a short two-digit-only phone number
  "^" + MIN_LENGTH_PHONE_NUMBER_PATTERN + "$|^" + VALID_PHONE_NUMBER_WITH_EXTENSION + "$",
  "i"
);
function isViablePhoneNumber(number) {
  return number.length >= MIN_LENGTH_FOR_NSN && VALID_PHONE_NUMBER_PATTERN.test(number);
}
function isViablePhoneNumberStart(number) {
  return VALID_PHONE_NUMBER_START_REG_EXP.test(number);
}

// node_modules/libphonenumber-js/es6-modern/helpers/RFC3966.js
function formatRFC3966({
  number,
  ext
}) {
  if (!number) {
    return "";
  }
  if (number[0] !== "+") {
    throw new Error(`"formatRFC3966()" expects "number" to be in E.164 format.`);
  }
  return `tel:${number}${ext ? ";ext=" + ext : ""}`;
}

// node_modules/libphonenumber-js/es6-modern/format.js
var DEFAULT_OPTIONS = {
  formatExtension: (formattedNumber, extension, metadata) => `${formattedNumber}${metadata.ext()}${extension}`
};
function formatNumber(input, format, options, metadataJson) {
  if (options) {
    options = merge2({}, DEFAULT_OPTIONS, options);
  } else {
    options = DEFAULT_OPTIONS;
  }
  const metadata = new Metadata(metadataJson);
  if (input.country && input.country !== "001") {
    if (!metadata.hasCountry(input.country)) {
      throw new Error(`Unknown country: ${input.country}`);
    }
    metadata.selectNumberingPlan(input.country);
  } else if (input.countryCallingCode) {
    metadata.selectNumberingPlan(input.countryCallingCode);
  } else return input.phone || "";
  const countryCallingCode = metadata.countryCallingCode();
  const nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  let number;
  switch (format) {
    case "NATIONAL":
      if (!nationalNumber) {
        return "";
      }
      number = formatNationalNumber(nationalNumber, input.carrierCode, "NATIONAL", metadata, options);
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case "INTERNATIONAL":
      if (!nationalNumber) {
        return `+${countryCallingCode}`;
      }
      number = formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata, options);
      number = `+${countryCallingCode} ${number}`;
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case "E.164":
      return `+${countryCallingCode}${nationalNumber}`;
    case "RFC3966":
      return formatRFC3966({
        number: `+${countryCallingCode}${nationalNumber}`,
        ext: input.ext
      });
    // For reference, here's Google's IDD formatter:
    // https://github.com/google/libphonenumber/blob/32719cf74e68796788d1ca45abc85dcdc63ba5b9/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L1546
    // Not saying that this IDD formatter replicates it 1:1, but it seems to work.
    // Who would even need to format phone numbers in IDD format anyway?
    case "IDD":
      if (!options.fromCountry) {
        return;
      }
      const formattedNumber = formatIDD(nationalNumber, input.carrierCode, countryCallingCode, options.fromCountry, metadata);
      if (!formattedNumber) {
        return;
      }
      return addExtension(formattedNumber, input.ext, metadata, options.formatExtension);
    default:
      throw new Error(`Unknown "format" argument passed to "formatNumber()": "${format}"`);
  }
}
function formatNationalNumber(number, carrierCode, formatAs, metadata, options) {
  const format = chooseFormatForNumber(metadata.formats(), number);
  if (!format) {
    return number;
  }
  return formatNationalNumberUsingFormat(number, format, {
    useInternationalFormat: formatAs === "INTERNATIONAL",
    withNationalPrefix: format.nationalPrefixIsOptionalWhenFormattingInNationalFormat() && options && options.nationalPrefix === false ? false : true,
    carrierCode,
    metadata
  });
}
function chooseFormatForNumber(availableFormats, nationalNumber) {
  return pickFirstMatchingElement(availableFormats, (format) => {
    if (format.leadingDigitsPatterns().length > 0) {
      const lastLeadingDigitsPattern = format.leadingDigitsPatterns()[format.leadingDigitsPatterns().length - 1];
      if (nationalNumber.search(lastLeadingDigitsPattern) !== 0) {
        return false;
      }
    }
    return matchesEntirely(nationalNumber, format.pattern());
  });
}
function addExtension(formattedNumber, ext, metadata, formatExtension) {
  return ext ? formatExtension(formattedNumber, ext, metadata) : formattedNumber;
}
function formatIDD(nationalNumber, carrierCode, countryCallingCode, fromCountry, metadata) {
  const fromCountryCallingCode = getCountryCallingCode(fromCountry, metadata.metadata);
  if (fromCountryCallingCode === countryCallingCode) {
    const formattedNumber = formatNationalNumber(nationalNumber, carrierCode, "NATIONAL", metadata);
    if (countryCallingCode === "1") {
      return countryCallingCode + " " + formattedNumber;
    }
    return formattedNumber;
  }
  const iddPrefix = getIddPrefix(fromCountry, void 0, metadata.metadata);
  if (iddPrefix) {
    return `${iddPrefix} ${countryCallingCode} ${formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata)}`;
  }
}
function merge2(...objects) {
  let i = 1;
  while (i < objects.length) {
    if (objects[i]) {
      for (const key in objects[i]) {
        objects[0][key] = objects[i][key];
      }
    }
    i++;
  }
  return objects[0];
}
function pickFirstMatchingElement(elements, testFunction) {
  let i = 0;
  while (i < elements.length) {
    if (testFunction(elements[i])) {
      return elements[i];
    }
    i++;
  }
}

// node_modules/libphonenumber-js/es6-modern/PhoneNumber.js
function _extends() {
  return _extends = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends.apply(null, arguments);
}
var PhoneNumber = class {
  /**
   * @param  {string} countryOrCountryCallingCode
   * @param  {string} nationalNumber
   * @param  {object} metadata — Metadata JSON
   * @return {PhoneNumber}
   */
  constructor(countryOrCountryCallingCode, nationalNumber, metadata) {
    if (!countryOrCountryCallingCode) {
      throw new TypeError("First argument is required");
    }
    if (typeof countryOrCountryCallingCode !== "string") {
      throw new TypeError("First argument must be a string");
    }
    if (countryOrCountryCallingCode[0] === "+" && !nationalNumber) {
      throw new TypeError("`metadata` argument not passed");
    }
    if (isObject2(nationalNumber) && isObject2(nationalNumber.countries)) {
      metadata = nationalNumber;
      const e164Number = countryOrCountryCallingCode;
      if (!E164_NUMBER_REGEXP.test(e164Number)) {
        throw new Error('Invalid `number` argument passed: must consist of a "+" followed by digits');
      }
      const {
        countryCallingCode: _countryCallingCode,
        number
      } = extractCountryCallingCode(e164Number, void 0, void 0, void 0, metadata);
      nationalNumber = number;
      countryOrCountryCallingCode = _countryCallingCode;
      if (!nationalNumber) {
        throw new Error("Invalid `number` argument passed: too short");
      }
    }
    if (!nationalNumber) {
      throw new TypeError("`nationalNumber` argument is required");
    }
    if (typeof nationalNumber !== "string") {
      throw new TypeError("`nationalNumber` argument must be a string");
    }
    validateMetadata(metadata);
    const {
      country,
      callingCode: countryCallingCode
    } = getCountryAndCallingCodeFromOneOfThem(countryOrCountryCallingCode, metadata);
    this.country = country;
    this.countryCallingCode = countryCallingCode;
    this.nationalNumber = nationalNumber;
    this.number = "+" + this.countryCallingCode + this.nationalNumber;
    this.getMetadata = () => metadata;
  }
  setExt(ext) {
    this.ext = ext;
  }
  getPossibleCountries() {
    if (this.country) {
      return [this.country];
    }
    return getPossibleCountriesForNumber(this.countryCallingCode, this.nationalNumber, this.getMetadata());
  }
  isPossible() {
    return isPossiblePhoneNumber(this, {
      v2: true
    }, this.getMetadata());
  }
  isValid() {
    return isValidNumber(this, {
      v2: true
    }, this.getMetadata());
  }
  isNonGeographic() {
    const metadata = new Metadata(this.getMetadata());
    return metadata.isNonGeographicCallingCode(this.countryCallingCode);
  }
  isEqual(phoneNumber) {
    return this.number === phoneNumber.number && this.ext === phoneNumber.ext;
  }
  // `validateLength()` method was originally meant to be an equivalent for `validatePhoneNumberLength()`.
  //
  // Later, it became apparent that it's not really a true equivalent.
  // The reason is that a `PhoneNumber` instance is not created
  // when the phone number string is too short for it to be considered a valid phone number:
  // * When there must be at least 2 national (significant) number digits: `"1"`.
  // * When the country calling code part of an international number is incomplete: `"+12"`.
  //
  // So leaving this `validateLength()` method here would suggest a hidden anti-pattern
  // of using it instead of `validatePhoneNumberLength()` while ignoring
  // the "too short to be even possible" case from phone number length validation.
  // And ignoring that case wouldn't make any sense in a real-world application
  // because it would still be a valid case that should be handled.
  //
  // Because of that, this method was eventually commented out in order to not introduce
  // that kind of an anti-pattern.
  //
  // validateLength() {
  // 	const result = checkNumberLength(
  // 		this.nationalNumber,
  // 		undefined,
  // 		this.getMetadata()
  // 	)
  // 	if (result !== 'IS_POSSIBLE') {
  // 		return result
  // 	}
  // }
  getType() {
    return getNumberType(this, {
      v2: true
    }, this.getMetadata());
  }
  format(format, options) {
    return formatNumber(this, format, options ? _extends({}, options, {
      v2: true
    }) : {
      v2: true
    }, this.getMetadata());
  }
  formatNational(options) {
    return this.format("NATIONAL", options);
  }
  formatInternational(options) {
    return this.format("INTERNATIONAL", options);
  }
  getURI(options) {
    return this.format("RFC3966", options);
  }
};
var E164_NUMBER_REGEXP = /^\+\d+$/;

// node_modules/libphonenumber-js/es6-modern/ParseError.js
var ParseError = class _ParseError extends Error {
  constructor(code) {
    super(code);
    Object.setPrototypeOf(this, _ParseError.prototype);
    this.name = this.constructor.name;
  }
};

// node_modules/libphonenumber-js/es6-modern/helpers/extension/extractExtension.js
var EXTN_PATTERN = new RegExp("(?:" + createExtensionPattern() + ")$", "i");
function extractExtension(number) {
  const start = number.search(EXTN_PATTERN);
  if (start < 0) {
    return {};
  }
  const numberWithoutExtension = number.slice(0, start);
  const matches2 = number.match(EXTN_PATTERN);
  let i = 1;
  while (i < matches2.length) {
    if (matches2[i]) {
      return {
        number: numberWithoutExtension,
        ext: matches2[i]
      };
    }
    i++;
  }
}

// node_modules/libphonenumber-js/es6-modern/helpers/parseDigits.js
var DIGITS = {
  "0": "0",
  "1": "1",
  "2": "2",
  "3": "3",
  "4": "4",
  "5": "5",
  "6": "6",
  "7": "7",
  "8": "8",
  "9": "9",
  "０": "0",
  // Fullwidth digit 0
  "１": "1",
  // Fullwidth digit 1
  "２": "2",
  // Fullwidth digit 2
  "３": "3",
  // Fullwidth digit 3
  "４": "4",
  // Fullwidth digit 4
  "５": "5",
  // Fullwidth digit 5
  "６": "6",
  // Fullwidth digit 6
  "７": "7",
  // Fullwidth digit 7
  "８": "8",
  // Fullwidth digit 8
  "９": "9",
  // Fullwidth digit 9
  "٠": "0",
  // Arabic-indic digit 0
  "١": "1",
  // Arabic-indic digit 1
  "٢": "2",
  // Arabic-indic digit 2
  "٣": "3",
  // Arabic-indic digit 3
  "٤": "4",
  // Arabic-indic digit 4
  "٥": "5",
  // Arabic-indic digit 5
  "٦": "6",
  // Arabic-indic digit 6
  "٧": "7",
  // Arabic-indic digit 7
  "٨": "8",
  // Arabic-indic digit 8
  "٩": "9",
  // Arabic-indic digit 9
  "۰": "0",
  // Eastern-Arabic digit 0
  "۱": "1",
  // Eastern-Arabic digit 1
  "۲": "2",
  // Eastern-Arabic digit 2
  "۳": "3",
  // Eastern-Arabic digit 3
  "۴": "4",
  // Eastern-Arabic digit 4
  "۵": "5",
  // Eastern-Arabic digit 5
  "۶": "6",
  // Eastern-Arabic digit 6
  "۷": "7",
  // Eastern-Arabic digit 7
  "۸": "8",
  // Eastern-Arabic digit 8
  "۹": "9"
  // Eastern-Arabic digit 9
};
function parseDigit(character) {
  return DIGITS[character];
}

// node_modules/libphonenumber-js/es6-modern/parseIncompletePhoneNumber.js
function parseIncompletePhoneNumber(string) {
  let result2 = "";
  for (const character of string.split("")) {
    result2 += parsePhoneNumberCharacter(character, result2) || "";
  }
  return result2;
}
function parsePhoneNumberCharacter(character, prevParsedCharacters, eventListener) {
  if (character === "+") {
    if (prevParsedCharacters) {
      if (typeof eventListener === "function") {
        eventListener("end");
      }
      return;
    }
    return "+";
  }
  return parseDigit(character);
}

// node_modules/libphonenumber-js/es6-modern/helpers/extractPhoneContext.js
var PLUS_SIGN = "+";
var RFC3966_VISUAL_SEPARATOR_ = "[\\-\\.\\(\\)]?";
var RFC3966_PHONE_DIGIT_ = "([" + VALID_DIGITS + "]|" + RFC3966_VISUAL_SEPARATOR_ + ")";
var RFC3966_GLOBAL_NUMBER_DIGITS_ = "^\\" + PLUS_SIGN + RFC3966_PHONE_DIGIT_ + "*[" + VALID_DIGITS + "]" + RFC3966_PHONE_DIGIT_ + "*$";
var RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_ = new RegExp(RFC3966_GLOBAL_NUMBER_DIGITS_, "g");
var ALPHANUM_ = VALID_DIGITS;
var RFC3966_DOMAINLABEL_ = "[" + ALPHANUM_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var VALID_ALPHA_ = "a-zA-Z";
var RFC3966_TOPLABEL_ = "[" + VALID_ALPHA_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var RFC3966_DOMAINNAME_ = "^(" + RFC3966_DOMAINLABEL_ + "\\.)*" + RFC3966_TOPLABEL_ + "\\.?$";
var RFC3966_DOMAINNAME_PATTERN_ = new RegExp(RFC3966_DOMAINNAME_, "g");
var RFC3966_PREFIX_ = "tel:";
var RFC3966_PHONE_CONTEXT_ = ";phone-context=";
var RFC3966_ISDN_SUBADDRESS_ = ";isub=";
function extractPhoneContext(numberToExtractFrom) {
  const indexOfPhoneContext = numberToExtractFrom.indexOf(RFC3966_PHONE_CONTEXT_);
  if (indexOfPhoneContext < 0) {
    return null;
  }
  const phoneContextStart = indexOfPhoneContext + RFC3966_PHONE_CONTEXT_.length;
  if (phoneContextStart >= numberToExtractFrom.length) {
    return "";
  }
  const phoneContextEnd = numberToExtractFrom.indexOf(";", phoneContextStart);
  if (phoneContextEnd >= 0) {
    return numberToExtractFrom.substring(phoneContextStart, phoneContextEnd);
  } else {
    return numberToExtractFrom.substring(phoneContextStart);
  }
}
function isPhoneContextValid(phoneContext) {
  if (phoneContext === null) {
    return true;
  }
  if (phoneContext.length === 0) {
    return false;
  }
  return RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_.test(phoneContext) || RFC3966_DOMAINNAME_PATTERN_.test(phoneContext);
}

// node_modules/libphonenumber-js/es6-modern/helpers/extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js
function extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(numberToParse, {
  extractFormattedPhoneNumber: extractFormattedPhoneNumber2
}) {
  const phoneContext = extractPhoneContext(numberToParse);
  if (!isPhoneContextValid(phoneContext)) {
    throw new ParseError("NOT_A_NUMBER");
  }
  let phoneNumberString;
  if (phoneContext === null) {
    phoneNumberString = extractFormattedPhoneNumber2(numberToParse) || "";
  } else {
    phoneNumberString = "";
    if (phoneContext.charAt(0) === PLUS_SIGN) {
      phoneNumberString += phoneContext;
    }
    const indexOfRfc3966Prefix = numberToParse.indexOf(RFC3966_PREFIX_);
    let indexOfNationalNumber;
    if (indexOfRfc3966Prefix >= 0) {
      indexOfNationalNumber = indexOfRfc3966Prefix + RFC3966_PREFIX_.length;
    } else {
      indexOfNationalNumber = 0;
    }
    const indexOfPhoneContext = numberToParse.indexOf(RFC3966_PHONE_CONTEXT_);
    phoneNumberString += numberToParse.substring(indexOfNationalNumber, indexOfPhoneContext);
  }
  const indexOfIsdn = phoneNumberString.indexOf(RFC3966_ISDN_SUBADDRESS_);
  if (indexOfIsdn > 0) {
    phoneNumberString = phoneNumberString.substring(0, indexOfIsdn);
  }
  if (phoneNumberString !== "") {
    return phoneNumberString;
  }
}

// node_modules/libphonenumber-js/es6-modern/parse.js
var MAX_INPUT_STRING_LENGTH = 250;
var PHONE_NUMBER_START_PATTERN = new RegExp("[" + PLUS_CHARS + VALID_DIGITS + "]");
var AFTER_PHONE_NUMBER_END_PATTERN = new RegExp("[^" + VALID_DIGITS + "#]+$");
var USE_NON_GEOGRAPHIC_COUNTRY_CODE3 = false;
function parse(text5, options, metadataJson) {
  options = options || {};
  const metadata = new Metadata(metadataJson);
  if (options.defaultCountry && !metadata.hasCountry(options.defaultCountry)) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    throw new Error(`Unknown country: ${options.defaultCountry}`);
  }
  const {
    number: formattedPhoneNumber,
    ext,
    error
  } = parseInput(text5, options.v2, options.extract);
  if (!formattedPhoneNumber) {
    if (options.v2) {
      if (error === "TOO_SHORT") {
        throw new ParseError("TOO_SHORT");
      }
      throw new ParseError("NOT_A_NUMBER");
    }
    return {};
  }
  const {
    country,
    nationalNumber,
    countryCallingCode,
    countryCallingCodeSource,
    carrierCode
  } = parsePhoneNumber(
    formattedPhoneNumber,
    options.defaultCountry,
    options.defaultCallingCode,
    // If `country` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
    metadata
  );
  if (!metadata.hasSelectedNumberingPlan()) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    return {};
  }
  if (!nationalNumber || nationalNumber.length < MIN_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_SHORT");
    }
    return {};
  }
  if (nationalNumber.length > MAX_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_LONG");
    }
    return {};
  }
  if (options.v2) {
    const phoneNumber = new PhoneNumber(countryCallingCode, nationalNumber, metadata.metadata);
    if (country) {
      phoneNumber.country = country;
    }
    if (carrierCode) {
      phoneNumber.carrierCode = carrierCode;
    }
    if (ext) {
      phoneNumber.ext = ext;
    }
    phoneNumber.__countryCallingCodeSource = countryCallingCodeSource;
    return phoneNumber;
  }
  const valid = (options.extended ? metadata.hasSelectedNumberingPlan() : country) ? matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) : false;
  if (!options.extended) {
    return valid ? result(country, nationalNumber, ext) : {};
  }
  return {
    country,
    countryCallingCode,
    carrierCode,
    valid,
    possible: valid ? true : options.extended === true && metadata.possibleLengths() && isPossibleNumber(nationalNumber, metadata) ? true : false,
    phone: nationalNumber,
    ext
  };
}
function extractFormattedPhoneNumber(text5, extract, throwOnError) {
  if (!text5) {
    return;
  }
  if (text5.length > MAX_INPUT_STRING_LENGTH) {
    if (throwOnError) {
      throw new ParseError("TOO_LONG");
    }
    return;
  }
  if (extract === false) {
    return text5;
  }
  const startsAt = text5.search(PHONE_NUMBER_START_PATTERN);
  if (startsAt < 0) {
    return;
  }
  return text5.slice(startsAt).replace(AFTER_PHONE_NUMBER_END_PATTERN, "");
}
function parseInput(text5, v2, extract) {
  let number = extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(text5, {
    extractFormattedPhoneNumber: (text6) => extractFormattedPhoneNumber(text6, extract, v2)
  });
  if (!number) {
    return {};
  }
  if (!isViablePhoneNumber(number)) {
    if (isViablePhoneNumberStart(number)) {
      return {
        error: "TOO_SHORT"
      };
    }
    return {};
  }
  const withExtensionStripped = extractExtension(number);
  if (withExtensionStripped.ext) {
    return withExtensionStripped;
  }
  return {
    number
  };
}
function result(country, nationalNumber, ext) {
  const result2 = {
    country,
    phone: nationalNumber
  };
  if (ext) {
    result2.ext = ext;
  }
  return result2;
}
function parsePhoneNumber(formattedPhoneNumber, defaultCountry, defaultCallingCode, metadata) {
  let {
    // `countryCallingCodeSource` tells how the returned calling code was extracted (if it was extracted).
    countryCallingCodeSource,
    // `countryCallingCode` is the calling code that was extracted from the input phone number string.
    countryCallingCode,
    // `number` is the originally passed `number` without the extracted calling code (and without a `+`).
    // If the calling code is present but incomplete or invalid, both `countryCallingCode` and `number`
    // will be returned as `undefined`.
    number
  } = extractCountryCallingCode(
    parseIncompletePhoneNumber(formattedPhoneNumber),
    void 0,
    // `defaultCountry` and `defaultCallingCode` are only used to detect
    // if it's an "international" phone number or not. They won't be used
    // to derive the resulting `countryCallingCode` from them, or anything like that.
    defaultCountry,
    defaultCallingCode,
    metadata.metadata
  );
  let country;
  if (countryCallingCode) {
    metadata.selectNumberingPlan(countryCallingCode);
  } else if (number && (defaultCountry || defaultCallingCode)) {
    if (defaultCountry) {
      country = defaultCountry;
      metadata.selectNumberingPlan(defaultCountry);
      countryCallingCode = metadata.numberingPlan.callingCode();
    } else {
      metadata.selectNumberingPlan(defaultCallingCode);
      countryCallingCode = defaultCallingCode;
      if (USE_NON_GEOGRAPHIC_COUNTRY_CODE3) {
        if (metadata.isNonGeographicCallingCode(countryCallingCode)) {
          country = "001";
        }
      }
    }
  } else return {};
  if (!number) {
    return {
      countryCallingCodeSource,
      countryCallingCode
    };
  }
  const {
    nationalNumber,
    carrierCode
  } = extractNationalNumber(parseIncompletePhoneNumber(number), void 0, metadata);
  const exactCountry = getCountryByCallingCode(countryCallingCode, {
    nationalNumber,
    metadata
  });
  if (exactCountry) {
    country = exactCountry;
    if (exactCountry === "001") {
    } else {
      metadata.selectNumberingPlan(country);
    }
  }
  return {
    country,
    countryCallingCode,
    countryCallingCodeSource,
    nationalNumber,
    carrierCode
  };
}

// node_modules/libphonenumber-js/es6-modern/parsePhoneNumberWithError_.js
function _extends2() {
  return _extends2 = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends2.apply(null, arguments);
}
function parsePhoneNumberWithError(text5, options, metadata) {
  return parse(text5, _extends2({}, options, {
    v2: true
  }), metadata);
}

// node_modules/libphonenumber-js/es6-modern/normalizeArguments.js
function _extends3() {
  return _extends3 = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends3.apply(null, arguments);
}
function normalizeArguments(args) {
  const [arg_1, arg_2, arg_3, arg_4] = Array.prototype.slice.call(args);
  let text5;
  let options;
  let metadata;
  if (typeof arg_1 === "string") {
    text5 = arg_1;
  } else throw new TypeError("A text for parsing must be a string.");
  if (!arg_2 || typeof arg_2 === "string") {
    if (arg_4) {
      options = arg_3;
      metadata = arg_4;
    } else {
      options = void 0;
      metadata = arg_3;
    }
    if (arg_2) {
      options = _extends3({
        defaultCountry: arg_2
      }, options);
    }
  } else if (isObject2(arg_2)) {
    if (arg_3) {
      options = arg_2;
      metadata = arg_3;
    } else {
      metadata = arg_2;
    }
  } else throw new Error(`Invalid second argument: ${arg_2}`);
  return {
    text: text5,
    options,
    metadata
  };
}

// node_modules/libphonenumber-js/es6-modern/parsePhoneNumber_.js
function _extends4() {
  return _extends4 = Object.assign ? Object.assign.bind() : function(n) {
    for (var e = 1; e < arguments.length; e++) {
      var t2 = arguments[e];
      for (var r in t2) ({}).hasOwnProperty.call(t2, r) && (n[r] = t2[r]);
    }
    return n;
  }, _extends4.apply(null, arguments);
}
function parsePhoneNumber2(text5, options, metadata) {
  if (options && options.defaultCountry && !isSupportedCountry(options.defaultCountry, metadata)) {
    options = _extends4({}, options, {
      defaultCountry: void 0
    });
  }
  try {
    return parsePhoneNumberWithError(text5, options, metadata);
  } catch (error) {
    if (error instanceof ParseError) {
    } else {
      throw error;
    }
  }
}

// node_modules/libphonenumber-js/es6-modern/parsePhoneNumber.js
function parsePhoneNumber3() {
  const {
    text: text5,
    options,
    metadata
  } = normalizeArguments(arguments);
  return parsePhoneNumber2(text5, options, metadata);
}

// src/core/phone-metadata.json
var phone_metadata_default = { version: 4, country_calling_codes: { "1": ["US", "AG", "AI", "AS", "BB", "BM", "BS", "CA", "DM", "DO", "GD", "GU", "JM", "KN", "KY", "LC", "MP", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"], "7": ["RU", "KZ"], "20": ["EG"], "27": ["ZA"], "30": ["GR"], "31": ["NL"], "32": ["BE"], "33": ["FR"], "34": ["ES"], "36": ["HU"], "39": ["IT", "VA"], "40": ["RO"], "41": ["CH"], "43": ["AT"], "44": ["GB", "GG", "IM", "JE"], "45": ["DK"], "46": ["SE"], "47": ["NO", "SJ"], "48": ["PL"], "49": ["DE"], "51": ["PE"], "52": ["MX"], "53": ["CU"], "54": ["AR"], "55": ["BR"], "56": ["CL"], "57": ["CO"], "58": ["VE"], "60": ["MY"], "61": ["AU", "CC", "CX"], "62": ["ID"], "63": ["PH"], "64": ["NZ"], "65": ["SG"], "66": ["TH"], "81": ["JP"], "82": ["KR"], "84": ["VN"], "86": ["CN"], "90": ["TR"], "91": ["IN"], "92": ["PK"], "93": ["AF"], "94": ["LK"], "95": ["MM"], "98": ["IR"], "211": ["SS"], "212": ["MA", "EH"], "213": ["DZ"], "216": ["TN"], "218": ["LY"], "220": ["GM"], "221": ["SN"], "222": ["MR"], "223": ["ML"], "224": ["GN"], "225": ["CI"], "226": ["BF"], "227": ["NE"], "228": ["TG"], "229": ["BJ"], "230": ["MU"], "231": ["LR"], "232": ["SL"], "233": ["GH"], "234": ["NG"], "235": ["TD"], "236": ["CF"], "237": ["CM"], "238": ["CV"], "239": ["ST"], "240": ["GQ"], "241": ["GA"], "242": ["CG"], "243": ["CD"], "244": ["AO"], "245": ["GW"], "246": ["IO"], "247": ["AC"], "248": ["SC"], "249": ["SD"], "250": ["RW"], "251": ["ET"], "252": ["SO"], "253": ["DJ"], "254": ["KE"], "255": ["TZ"], "256": ["UG"], "257": ["BI"], "258": ["MZ"], "260": ["ZM"], "261": ["MG"], "262": ["RE", "YT"], "263": ["ZW"], "264": ["NA"], "265": ["MW"], "266": ["LS"], "267": ["BW"], "268": ["SZ"], "269": ["KM"], "290": ["SH", "TA"], "291": ["ER"], "297": ["AW"], "298": ["FO"], "299": ["GL"], "350": ["GI"], "351": ["PT"], "352": ["LU"], "353": ["IE"], "354": ["IS"], "355": ["AL"], "356": ["MT"], "357": ["CY"], "358": ["FI", "AX"], "359": ["BG"], "370": ["LT"], "371": ["LV"], "372": ["EE"], "373": ["MD"], "374": ["AM"], "375": ["BY"], "376": ["AD"], "377": ["MC"], "378": ["SM"], "380": ["UA"], "381": ["RS"], "382": ["ME"], "383": ["XK"], "385": ["HR"], "386": ["SI"], "387": ["BA"], "389": ["MK"], "420": ["CZ"], "421": ["SK"], "423": ["LI"], "500": ["FK"], "501": ["BZ"], "502": ["GT"], "503": ["SV"], "504": ["HN"], "505": ["NI"], "506": ["CR"], "507": ["PA"], "508": ["PM"], "509": ["HT"], "590": ["GP", "BL", "MF"], "591": ["BO"], "592": ["GY"], "593": ["EC"], "594": ["GF"], "595": ["PY"], "596": ["MQ"], "597": ["SR"], "598": ["UY"], "599": ["CW", "BQ"], "670": ["TL"], "672": ["NF"], "673": ["BN"], "674": ["NR"], "675": ["PG"], "676": ["TO"], "677": ["SB"], "678": ["VU"], "679": ["FJ"], "680": ["PW"], "681": ["WF"], "682": ["CK"], "683": ["NU"], "685": ["WS"], "686": ["KI"], "687": ["NC"], "688": ["TV"], "689": ["PF"], "690": ["TK"], "691": ["FM"], "692": ["MH"], "850": ["KP"], "852": ["HK"], "853": ["MO"], "855": ["KH"], "856": ["LA"], "880": ["BD"], "886": ["TW"], "960": ["MV"], "961": ["LB"], "962": ["JO"], "963": ["SY"], "964": ["IQ"], "965": ["KW"], "966": ["SA"], "967": ["YE"], "968": ["OM"], "970": ["PS"], "971": ["AE"], "972": ["IL"], "973": ["BH"], "974": ["QA"], "975": ["BT"], "976": ["MN"], "977": ["NP"], "992": ["TJ"], "993": ["TM"], "994": ["AZ"], "995": ["GE"], "996": ["KG"], "998": ["UZ"] }, countries: { AC: ["247", "00", "(?:[01589]\\d|[2-467])\\d{4}", [5, 6], 0, 0, 0, 0, 0, 0, 0, [0, ["[2-47]\\d{4}", [5]]]], AD: ["376", "00", "(?:1|6\\d)\\d{7}|[135-9]\\d{5}", [6, 8, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["690\\d{6}|[356]\\d{5}", [6, 9]]]], AE: ["971", "00", "(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}", [5, 6, 7, 8, 9, 10, 11, 12], [["(\\d{3})(\\d{2,9})", "$1 $2", ["60|8"]], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[236]|[479][2-8]"], "0$1"], ["(\\d{3})(\\d)(\\d{5})", "$1 $2 $3", ["[479]"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["5[02-68]\\d{7}", [9]]]], AF: ["93", "00", "[2-7]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["7\\d{8}"]]], AG: ["1", "011", "(?:268|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([457]\\d{6})$|1", "268$1", 0, "268", [0, ["268(?:464|7(?:1[3-9]|[28]\\d|3[0246]|64|7[0-689]))\\d{4}"]]], AI: ["1", "011", "(?:264|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2457]\\d{6})$|1", "264$1", 0, "264", [0, ["264(?:235|4(?:69|7[67])|5(?:3[6-9]|8[1-4])|7(?:29|72))\\d{4}"]]], AL: ["355", "00", "(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}", [6, 7, 8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["6(?:[78][2-9]|9\\d)\\d{6}", [9]]]], AM: ["374", "00", "(?:[1-489]\\d|55|60|77)\\d{6}", [8], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:33|4[1349]|55|77|88|9[13-9])\\d{6}"]]], AO: ["244", "00", "[29]\\d{8}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["9[1-79]\\d{7}"]]], AR: ["54", "00", "(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}", [10, 11], 0, "0", 0, "0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:02?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3(?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6[1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?", "9$1", 0, 0, [0, ["93(?:7(?:1[15]|81)|8(?:21|4[16]|69|9[12]))[46]\\d{5}|9(?:2(?:2(?:2[59]|44|52)|3(?:26|44)|47[35]|9(?:[07]2|2[26]|34|46))|3327)[45]\\d{5}|9(?:2(?:657|9(?:54|66))|3(?:48[27]|7(?:55|77)|8(?:65|78)))[2-8]\\d{5}|9(?:2(?:284|3(?:02|23)|477|622|920)|3(?:4(?:46|89|92)|541))[2-7]\\d{5}|(?:675\\d|9(?:11[0-8]\\d|2(?:2(?:0[45]|1[2-6]|3[3-6])|3(?:[06]4|7[45])|494|6(?:04|1[2-8]|[36][45]|4[3-6])|80[45]|9(?:[17][4-6]|[48][45]|9[3-6]))|3(?:364|4(?:1[2-8]|[25][4-6]|3[3-6]|84)|5(?:1[2-9]|[38][4-6])|6(?:2[45]|44)|7[069][45]|8(?:0[45]|1[2-7]|3[4-6]|5[3-6]|7[2-6]|8[3-68]))))\\d{6}|9(?:2(?:2(?:62|81)|320|9(?:42|83))|3(?:329|4(?:62|7[16])|5(?:43|64)|7(?:18|5[17])))[2-6]\\d{5}|92(?:2(?:21|4[23]|6[145]|7[1-4]|8[356]|9[267])|3(?:16|3[13-8]|43|5[346-8]|9[3-5])|6(?:2[46]|4[78]|5[1568])|9(?:03|2[1457-9]|3[1356]|4[08]|[56][23]|82))4\\d{5}|9(?:2(?:257|3(?:24|46|92)|9(?:01|23|64))|3(?:4(?:42|64)|5(?:25|37|4[47]|71)|7(?:35|72)|825))[3-6]\\d{5}|9(?:2(?:2(?:02|2[3467]|4[156]|5[45]|6[6-8]|91)|3(?:1[47]|25|[45][25]|96)|47[48]|625|932)|3(?:38[2578]|4(?:0[0-24-9]|3[78]|4[457]|58|6[035-9]|72|83|9[136-8])|5(?:2[124]|[368][23]|4[2689]|7[2-6])|7(?:16|2[15]|3[14]|4[13]|5[468]|7[3-5]|8[26])|8(?:2[67]|3[278]|4[3-5]|5[78]|6[1-378]|[78]7|94)))[4-6]\\d{5}"]]], AS: ["1", "011", "(?:[58]\\d\\d|684|900)\\d{7}", [10], 0, "1", 0, "([267]\\d{6})$|1", "684$1", 0, "684", [0, ["684(?:2(?:48|5[2468]|7[246])|7(?:3[13]|70|82))\\d{4}"]]], AT: ["43", "00", "1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], 0, "0", 0, 0, 0, 0, 0, [0, ["6(?:485|(?:5[0-3579]|6[013-9]|[7-9]\\d)\\d)\\d{3,9}", [7, 8, 9, 10, 11, 12, 13]]]], AU: ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}", [5, 6, 7, 8, 9, 10, 12], [["(\\d{2})(\\d{3,4})", "$1 $2", ["16"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2,4})", "$1 $2 $3", ["16"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["14|4"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[2378]"], "(0$1)"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1(?:30|[89])"]]], "0", 0, "(183[12])|0", 0, 0, 0, [0, ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]]], "0011"], AW: ["297", "00", "(?:[25-79]\\d\\d|800)\\d{4}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:290|5[69]\\d|6(?:[03]0|22|4[0-2]|[69]\\d)|7(?:[34]\\d|7[07])|9(?:6[45]|9[4-8]))\\d{4}"]]], AX: ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}", [5, 6, 7, 8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, "18", [0, ["(?:4[0-8]|50)\\d{4,8}", [6, 7, 8, 9, 10]]], "00"], AZ: ["994", "00", "365\\d{6}|(?:[124579]\\d|60|88)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["36554\\d{4}|(?:[16]0|4[04]|5[015]|7[07]|99)\\d{7}"]]], BA: ["387", "00", "6\\d{8}|(?:[35689]\\d|49|70)\\d{6}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["6040\\d{5}|6(?:03|[1-356]|44|7\\d)\\d{6}"]]], BB: ["1", "011", "(?:246|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "246$1", 0, "246", [0, ["246(?:(?:2(?:[3568]\\d|4[0-57-9])|3(?:5[2-9]|6[0-6])|4(?:46|5\\d)|69[5-7]|8(?:[2-5]\\d|83))\\d|52(?:1[147]|20))\\d{3}"]]], BD: ["880", "00", "[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}", [6, 7, 8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:1[13-9]|64)\\d{8}|(?:3[78]|44|66)[02-9]\\d{7}", [10]]]], BE: ["32", "00", "4\\d{8}|[1-9]\\d{7}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["4[5-9]\\d{7}", [9]]]], BF: ["226", "00", "[024-7]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:0[1-7]|4[4-6]|5[0-8]|[67]\\d)\\d{6}"]]], BG: ["359", "00", "00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}", [6, 7, 8, 9, 12], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:43[07-9]|99[69]\\d)\\d{5}|(?:8[7-9]|98)\\d{7}", [8, 9]]]], BH: ["973", "00", "[136-9]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:3(?:[0-79]\\d|8[0-57-9])\\d|6(?:3(?:00|33|6[16])|441|6(?:3[03-9]|[69]\\d|7[0-689])))\\d{4}"]]], BI: ["257", "00", "(?:[267]\\d|31)\\d{6}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:29|6[1-9]|7[125-9])\\d{6}"]]], BJ: ["229", "00", "01\\d{8}", [10], 0, 0, 0, 0, 0, 0, 0, [0, ["01(?:2[5-9]|[4-69]\\d)\\d{6}"]]], BL: ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"]]], BM: ["1", "011", "(?:441|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "441$1", 0, "441", [0, ["441(?:[2378]\\d|5[0-39]|9[02])\\d{5}"]]], BN: ["673", "00", "[2-578]\\d{6}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-578]"]]], 0, 0, 0, 0, 0, 0, [0, ["(?:22[89]|[78]\\d\\d)\\d{4}"]]], BO: ["591", "00(?:1\\d)?", "(?:[2-7]\\d\\d|8001)\\d{5}", [8, 9], 0, "0", 0, "0(1\\d)?", 0, 0, 0, [0, ["(?:57|[67]\\d)\\d{6}", [8]]]], BQ: ["599", "00", "(?:[34]1|7\\d)\\d{5}", [7], 0, 0, 0, 0, 0, 0, "[347]", [0, ["(?:31(?:8[14-8]|9[14578])|416[14-9]|7(?:0[01]|7[07]|8\\d|9[056])\\d)\\d{3}"]]], BR: ["55", "00(?:1[245]|2[1-35]|31|4[13]|[56]5|99)", "[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}", [8, 9, 10, 11], 0, "0", 0, "(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?", "$2", 0, 0, [0, ["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])(?:7|9\\d)\\d{7}", [10, 11]]]], BS: ["1", "011", "(?:242|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([3-8]\\d{6})$|1", "242$1", 0, "242", [0, ["242(?:3(?:5[79]|7[56]|95)|4(?:[23][1-9]|4[1-35-9]|5[1-8]|6[2-8]|7\\d|81)|5(?:2[45]|3[35]|44|5[1-46-9]|65|77)|6[34]6|7(?:27|38)|8(?:0[1-9]|1[02-9]|2\\d|3[0-4]|[89]9))\\d{4}"]]], BT: ["975", "00", "[178]\\d{7}|[2-8]\\d{6}", [7, 8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:1[67]|[78]7)\\d{6}", [8]]]], BW: ["267", "00", "90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}", [7, 8, 10], 0, 0, 0, 0, 0, 0, 0, [0, ["7(?:[1-8]\\d{3}|9(?:(?:[03]\\d|2[0-7])\\d|1(?:0[13-9]|1[0-35-9]|2\\d|3[0-8])))\\d{3}", [8]]]], BY: ["375", "810", "(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}", [6, 7, 8, 9, 10, 11], 0, "8", 0, "0|80?", 0, 0, 0, [0, ["(?:2(?:5[5-79]|9[1-9])|(?:33|44)\\d)\\d{6}", [9]]], "8~10"], BZ: ["501", "00", "(?:0800\\d|[2-8])\\d{6}", [7, 11], 0, 0, 0, 0, 0, 0, 0, [0, ["6[0-35-7]\\d{5}", [7]]]], CA: ["1", "011", "[2-9]\\d{9}|3\\d{6}", [7, 10], 0, "1", 0, 0, 0, 0, 0, [0, ["(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}", [10]]]], CC: ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}", [6, 7, 8, 9, 10, 12], 0, "0", 0, "([59]\\d{7})$|0", "8$1", 0, 0, [0, ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]]], "0011"], CD: ["243", "00", "(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}", [7, 8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["88\\d{5}|(?:8[0-79]|9[016-9])\\d{7}", [7, 9]]]], CF: ["236", "00", "8776\\d{4}|(?:[27]\\d|61)\\d{6}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["7[02-7]\\d{6}"]]], CG: ["242", "00", "222\\d{6}|(?:0\\d|80)\\d{7}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["026(?:1[0-5]|6[6-9])\\d{4}|0(?:[14-6]\\d\\d|2(?:40|5[5-8]|6[07-9]))\\d{5}"]]], CH: ["41", "00", "8\\d{11}|[2-9]\\d{8}", [9, 12], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:6[89]|7[235-9])\\d{7}", [9]]]], CI: ["225", "00", "[02]\\d{9}", [10], 0, 0, 0, 0, 0, 0, 0, [0, ["0[157]\\d{8}"]]], CK: ["682", "00", "[2-578]\\d{4}", [5], 0, 0, 0, 0, 0, 0, 0, [0, ["[578]\\d{4}"]]], CL: ["56", "(?:0|1(?:1[0-69]|2[02-5]|5[13-58]|69|7[0167]|8[018]))0", "12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}", [9, 10, 11], 0, 0, 0, 0, 0, 0, 0, [0, ["2(?:1982[0-6]|3314[05-9])\\d{3}|(?:2(?:1(?:160|962)|3(?:(?:[24]\\d|50)\\d|3(?:[0346-9]\\d|1[0-35-9]|2[1-9]|5[0-24-9])|600)|646[59])|80[1-8]\\d\\d|9(?:(?:10[0-2]|7[1-9]\\d)\\d|3(?:[0-57-9]\\d\\d|6(?:0[02-9]|[1-9]\\d))|6(?:[0-8]\\d\\d|9(?:[02-79]\\d|1[05-9]))|9(?:[03-9]\\d\\d|1(?:[0235-9]\\d|4[0-24-9])|2(?:[0-79]\\d|8[0-46-9]))))\\d{4}|(?:22|3[2-5]|[47][1-35]|5[1-3578]|6[13-57]|8[1-9]|9[2458])\\d{7}", [9]]]], CM: ["237", "00", "[26]\\d{8}|88\\d{6,7}", [8, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:24[23]|6(?:[25-9]\\d|4[0-2]))\\d{6}", [9]]]], CN: ["86", "00|1(?:[12]\\d|79)\\d\\d00", "(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|(?:[3-579]\\d|8[0-57-9])\\d{5,9}", [7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{5})", "$1 $2", ["101", "1010", "10100"], "0$1"], ["(\\d{2})(\\d{5,6})", "$1 $2", ["(?:10|2[0-57-9])[19]|3(?:[15]|35|49|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3|4[13]|5[1-5]|9[0-35-9])|[39]7[0-79]", "10(?:12|9[56])|2[0-57-9](?:1[02]|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))1", "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))12", "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))123"], "0$1"], ["(\\d{4})(\\d{4})", "$1 $2", ["101", "1010"]], ["(\\d{3})(\\d{5,6})", "$1 $2", ["3(?:[15]|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]|4[13]|5[1-5])", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))[19]", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:10|9[56])", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:100|9[56])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[48]0"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["10|2(?:[02-57-9]|1[1-9])", "10|2(?:[02-57-9]|1[1-9])", "10[0-79]|2(?:[02-57-9]|1[1-79])|(?:10|21)8(?:0[1-9]|[1-9])"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["3(?:[3-59]|7[02-6])|4(?:1[25-9]|[26-8]|3[3-9]|5[2-9])|5(?:3[03-9]|[468]|7[028]|9[2-46-9])|6|7(?:[0-247]|3[04-9]|5[0-4689]|6[2368])|8(?:[1-358]|9[1-7])|9(?:[013479]|5[1-5])|(?:31|55|79|87)[02-9]"], "0$1", 1], ["(\\d{3})(\\d{7,8})", "$1 $2", ["9"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["[3-578]"], "0$1", 1], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["1[3-9]"]], ["(\\d{2})(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["[12]"], "0$1", 1]], "0", 0, "(1(?:[12]\\d|79)\\d\\d)|0", 0, 0, 0, [0, ["1(?:610\\d|740[0-5])\\d{6}|1(?:[38]\\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\\d{8}", [11]]], "00"], CO: ["57", "00(?:4(?:[14]4|56)|[579])", "(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}", [8, 10, 11], 0, "0", 0, "0([3579]|4(?:[14]4|56))?", 0, 0, 0, [0, ["333301[0-5]\\d{3}|3333(?:00|2[5-9]|[3-9]\\d)\\d{4}|(?:3(?:24[1-9]|3(?:00|3[0-24-9]))|9408)\\d{6}|3(?:0[0-5]|1\\d|2[0-3]|5[01]|70)\\d{7}", [10]]]], CR: ["506", "00", "(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}", [8, 10], 0, 0, 0, "(19(?:0[0-2468]|1[09]|20|66|77|99))", 0, 0, 0, [0, ["(?:3005\\d|6500[01])\\d{3}|(?:5[07]|6[0-4]|7[0-3]|8[3-9])\\d{6}", [8]]]], CU: ["53", "119", "(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}", [6, 7, 8, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:5\\d|6[2-4])\\d{6}", [8]]]], CV: ["238", "0", "(?:[2-59]\\d\\d|800)\\d{4}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:36|5[1-37-9]|9\\d)\\d{5}"]]], CW: ["599", "00", "(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}", [7, 8], 0, 0, 0, 0, 0, 0, "[69]", [0, ["953[01]\\d{4}|9(?:5[12467]|6[5-9])\\d{5}"]]], CX: ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}", [6, 7, 8, 9, 10, 12], 0, "0", 0, "([59]\\d{7})$|0", "8$1", 0, 0, [0, ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]]], "0011"], CY: ["357", "00", "(?:[279]\\d|[58]0)\\d{6}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["9(?:10|[4-79]\\d)\\d{5}"]]], CZ: ["420", "00", "(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}", [9, 10, 11, 12], 0, 0, 0, 0, 0, 0, 0, [0, ["7060\\d{5}|(?:60[1-8]|7(?:0[2-5]|19|[2379]\\d))\\d{6}", [9]]]], DE: ["49", "00", "[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [["(\\d{2})(\\d{3,13})", "$1 $2", ["3[02]|40|[68]9"], "0$1"], ["(\\d{3})(\\d{3,12})", "$1 $2", ["2(?:0[1-389]|1[124]|2[18]|3[14])|3(?:[35-9][15]|4[015])|906|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1", "2(?:0[1-389]|12[0-8])|3(?:[35-9][15]|4[015])|906|2(?:[13][14]|2[18])|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1"], "0$1"], ["(\\d{4})(\\d{2,11})", "$1 $2", ["[24-6]|3(?:[3569][02-46-9]|4[2-4679]|7[2-467]|8[2-46-8])|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]", "[24-6]|3(?:3(?:0[1-467]|2[127-9]|3[124578]|7[1257-9]|8[1256]|9[145])|4(?:2[135]|4[13578]|9[1346])|5(?:0[14]|2[1-3589]|6[1-4]|7[13468]|8[13568])|6(?:2[1-489]|3[124-6]|6[13]|7[12579]|8[1-356]|9[135])|7(?:2[1-7]|4[145]|6[1-5]|7[1-4])|8(?:21|3[1468]|6|7[1467]|8[136])|9(?:0[12479]|2[1358]|4[134679]|6[1-9]|7[136]|8[147]|9[1468]))|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]|3[68]4[1347]|3(?:47|60)[1356]|3(?:3[46]|46|5[49])[1246]|3[4579]3[1357]"], "0$1"], ["(\\d{3})(\\d{4})", "$1 $2", ["138"], "0$1"], ["(\\d{5})(\\d{2,10})", "$1 $2", ["3"], "0$1"], ["(\\d{3})(\\d{5,11})", "$1 $2", ["181"], "0$1"], ["(\\d{3})(\\d)(\\d{4,10})", "$1 $2 $3", ["1(?:3|80)|9"], "0$1"], ["(\\d{3})(\\d{7,8})", "$1 $2", ["1[67]"], "0$1"], ["(\\d{3})(\\d{7,12})", "$1 $2", ["8"], "0$1"], ["(\\d{5})(\\d{6})", "$1 $2", ["185", "1850", "18500"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["7"], "0$1"], ["(\\d{4})(\\d{7})", "$1 $2", ["18[68]"], "0$1"], ["(\\d{4})(\\d{7})", "$1 $2", ["15[1279]"], "0$1"], ["(\\d{5})(\\d{6})", "$1 $2", ["15[03-68]", "15(?:[0568]|3[13]|41)"], "0$1"], ["(\\d{3})(\\d{8})", "$1 $2", ["18"], "0$1"], ["(\\d{3})(\\d{2})(\\d{7,8})", "$1 $2 $3", ["1(?:6[023]|7)"], "0$1"], ["(\\d{4})(\\d{2})(\\d{7})", "$1 $2 $3", ["15[279]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{8})", "$1 $2 $3", ["15"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["1(?:6[023]|7\\d)\\d{7,8}|15(?:[0-25-9]\\d\\d|3(?:10|33)|410)\\d{6}", [10, 11]]]], DJ: ["253", "00", "(?:2\\d|77)\\d{6}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["77\\d{6}"]]], DK: ["45", "00", "[2-9]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:2[6-8]|6[78]|96)\\d{6}|(?:2[0-59]|3[0-689]|[457]\\d|6[0-69]|8[126-9]|9[1-47-9])[1-9]\\d{5}"]]], DM: ["1", "011", "(?:[58]\\d\\d|767|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "767$1", 0, "767", [0, ["767(?:2(?:[2-4689]5|7[5-7])|31[5-7]|61[1-8]|70[1-6])\\d{4}"]]], DO: ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "8001|8[024]9", [0, ["8[024]9[2-9]\\d{6}"]]], DZ: ["213", "00", "(?:[1-4]|[5-79]\\d|80)\\d{7}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["5(?:4[0-29]|6[0-4])\\d{6}|(?:55|6\\d|7[7-9])\\d{7}", [9]]]], EC: ["593", "00", "1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}", [8, 9, 10, 11], 0, "0", 0, 0, 0, 0, 0, [0, ["964[0-2]\\d{5}|9(?:3[0-29]|[57][89]|6[0-36-9]|[89]\\d)\\d{6}", [9]]]], EE: ["372", "00", "8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}", [7, 8, 10], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:5\\d{5}|8(?:1(?:0(?:0(?:00|[178]\\d)|[3-9]\\d\\d)|(?:1(?:0[2-6]|1\\d)|[2-79]\\d\\d)\\d)|2(?:0(?:0(?:00|4\\d)|[1-7]\\d\\d)|(?:(?:[124-69]\\d|3[5-9])\\d|7(?:[0-79]\\d|8[013-9])|8(?:[2-6]\\d|7[01]))\\d)|[349]\\d{4}))\\d\\d|5(?:(?:[02]\\d|5[0-478])\\d|1(?:[0-8]\\d|95)|6(?:4[0-4]|5[1-589]))\\d{3}", [7, 8]]]], EG: ["20", "00", "[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}", [8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["1[0-25]\\d{8}", [10]]]], EH: ["212", "00", "[5-8]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"]]], ER: ["291", "00", "[178]\\d{6}", [7], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:17[1-3]|7\\d\\d)\\d{4}"]]], ES: ["34", "00", "400\\d{6}|(?:51|[6-9]\\d)\\d{7}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["9(?:6906(?:09|10)|7390\\d\\d)\\d\\d|(?:6\\d|7[1-48])\\d{7}"]]], ET: ["251", "00", "(?:11|[2-57-9]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:7(?:[03]\\d|1[0-8]|2[1-35-79]|77|86|99)|(?:8[01]|9\\d)\\d)\\d{6}"]]], FI: ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}", [5, 6, 7, 8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, "1[03-79]|[2-9]", [0, ["(?:4[0-8]|50)\\d{4,8}", [6, 7, 8, 9, 10]]], "00"], FJ: ["679", "0(?:0|52)", "45\\d{5}|(?:0800\\d|[235-9])\\d{6}", [7, 11], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:[279]\\d|45|5[01568]|8[034679])\\d{5}", [7]]], "00"], FK: ["500", "00", "[2-7]\\d{4}", [5], 0, 0, 0, 0, 0, 0, 0, [0, ["[56]\\d{4}"]]], FM: ["691", "00", "(?:[39]\\d\\d|820)\\d{4}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["31(?:00[67]|208|309)\\d\\d|(?:3(?:[2357]0[1-9]|602|804|905)|(?:820|9[2-7]\\d)\\d)\\d{3}"]]], FO: ["298", "00", "[2-9]\\d{5}", [6], 0, 0, 0, "(10(?:01|[12]0|88))", 0, 0, 0, [0, ["(?:[27][1-9]|5\\d|9[16])\\d{4}"]]], FR: ["33", "00", "[1-9]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:6(?:[0-24-8]\\d|3[0-8]|9[589])|7[3-9]\\d)\\d{6}"]]], GA: ["241", "00", "(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}", [7, 8], 0, 0, 0, "0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})", "$1", 0, 0, [0, ["(?:(?:0[2-7]|7[467])\\d|6(?:0[0-4]|10|[256]\\d))\\d{5}|[2-7]\\d{6}"]]], GB: ["44", "00", "[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}", [7, 9, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["800", "8001", "80011", "800111", "8001111"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["845", "8454", "84546", "845464"], "0$1"], ["(\\d{3})(\\d{6})", "$1 $2", ["800"], "0$1"], ["(\\d{5})(\\d{4,5})", "$1 $2", ["1(?:38|5[23]|69|76|94)", "1(?:(?:38|69)7|5(?:24|39)|768|946)", "1(?:3873|5(?:242|39[4-6])|(?:697|768)[347]|9467)"], "0$1"], ["(\\d{4})(\\d{5,6})", "$1 $2", ["1(?:[2-69][02-9]|[78])"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["[25]|7(?:0|6[02-9])", "[25]|7(?:0|6(?:[03-9]|2[356]))"], "0$1"], ["(\\d{4})(\\d{6})", "$1 $2", ["7"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1389]"], "0$1"]], "0", 0, "0|180020", 0, 0, 0, [0, ["7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}", [10]]], 0, " x"], GD: ["1", "011", "(?:473|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "473$1", 0, "473", [0, ["473(?:4(?:0[2-79]|1[04-9]|2[0-5]|49|5[6-8])|5(?:2[01]|3[3-8])|901)\\d{4}"]]], GE: ["995", "00", "(?:[3-57]\\d\\d|800)\\d{6}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["5(?:(?:(?:0555|1(?:[17]77|555))[5-9]|757(?:7[7-9]|8[01]))\\d|22252[0-4])\\d\\d|5(?:0(?:0(?:1[09]|70)|505)|1(?:0[01]0|1(?:07|33|51))|2(?:0[02]0|2[25]2)|3(?:0[03]0|3[35]3)|4(?:0[04]0|411)|5222|9000)[0-4]\\d{3}|(?:5(?:0(?:0(?:0\\d|1[12]|2[02]|3[0-6]|4[04]|5[05]|77|88|9[09])|(?:[14]\\d|77)\\d|22[02]|888)|1(?:1(?:[03][01]|[124]\\d|5[02-6]|7[0-6])|4\\d\\d)|2(?:228|555)|3555|4(?:4(?:[02-9]\\d|14)|555)|5(?:[0157-9]\\d\\d|200|333|4(?:44|55))|6[89]\\d\\d|7(?:(?:[0147-9]\\d|22)\\d|5(?:00|[57]5))|8(?:0(?:[018]\\d|2[0-4])|5(?:55|8[89])|8(?:55|88))|9(?:090|[1-35-9]\\d\\d))|790\\d\\d)\\d{4}"]]], GF: ["594", "00", "(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:694(?:[0-249]\\d|3[0-8])|7093[0-3])\\d{4}"]]], GG: ["44", "00", "(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?", [7, 9, 10], 0, "0", 0, "([25-9]\\d{5})$|0|180020", "1481$1", 0, 0, [0, ["7(?:(?:781|839)\\d|911[17])\\d{5}", [10]]]], GH: ["233", "00", "[235]\\d{8}|800\\d{5,6}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:2(?:[0346-9]\\d|5[67])|5(?:[03-7]\\d|9[1-9]))\\d{6}", [9]]]], GI: ["350", "00", "(?:[25]\\d|60)\\d{6}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["5251[0-4]\\d{3}|(?:5(?:[146-8]\\d\\d|250)|60(?:1[01]|6\\d))\\d{4}"]]], GL: ["299", "00", "(?:19|[2-689]\\d|70)\\d{4}", [6], 0, 0, 0, 0, 0, 0, 0, [0, ["[245]\\d{5}"]]], GM: ["220", "00", "[48]\\d{8}|[2-9]\\d{6}", [7, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:(?:[23679]\\d|4[015]|8(?:(?:3[35]|6[68]|99)\\d|7(?:[27]\\d|4[015])))\\d|5(?:[0-489]\\d|56))\\d{4}|8[4-7]\\d{5}"]]], GN: ["224", "00", "722\\d{6}|(?:3|6\\d)\\d{7}", [8, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["6[0-356]\\d{7}", [9]]]], GP: ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"]]], GQ: ["240", "00", "222\\d{6}|(?:3\\d|55|[89]0)\\d{7}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:222|55\\d)\\d{6}"]]], GR: ["30", "00", "5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}", [10, 11, 12], 0, 0, 0, 0, 0, 0, 0, [0, ["68[57-9]\\d{7}|(?:69|94)\\d{8}", [10]]]], GT: ["502", "00", "80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}", [8, 11], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:[3-5]\\d\\d|80[0-4])\\d{5}", [8]]]], GU: ["1", "011", "(?:[58]\\d\\d|671|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "671$1", 0, "671", [0, ["671(?:2\\d\\d|3(?:00|3[39]|4[349]|55|6[26])|4(?:00|56|7[1-9]|8[02-9])|5(?:55|6[2-5]|88)|6(?:3[2-578]|4[24-9]|5[34]|78|8[235-9])|7(?:[0479]7|2[0167]|3[45]|8[7-9])|8(?:[2-57-9]8|6[478])|9(?:2[29]|6[79]|7[1279]|8[7-9]|9[16-9]))\\d{4}"]]], GW: ["245", "00", "[49]\\d{8}|4\\d{6}", [7, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["9(?:5\\d|6[569]|77)\\d{6}", [9]]]], GY: ["592", "001", "(?:[2-8]\\d{3}|9008)\\d{3}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:51[01]|6\\d\\d|7(?:[0-6]\\d|70|8[0167]))\\d{4}"]]], HK: ["852", "00(?:30|5[09]|[126-9]?)", "8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}", [5, 6, 7, 8, 9, 11], [["(\\d{3})(\\d{2,5})", "$1 $2", ["900", "9003"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[2-7]|8[1-4]|9(?:0[1-9]|[1-8])"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]], ["(\\d{3})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]]], 0, 0, 0, 0, 0, 0, [0, ["(?:4(?:0(?:6[0-3]|9[3-6])|24[3-6]|44[0-35-9]|6(?:4[0-57-9]|6[0-6])|7(?:4[0-48]|6[0-5]))|5(?:25[3-7]|35[4-8]|73[0-6]|95[0-8])|6(?:26[013-8]|(?:66|78)[0-5])|7(?:0(?:7[1-8]|8[0-8])|10[1-4])|84(?:4[0-2]|8[0-35-9])|9(?:29[013-9]|39[014-9]|59[0-467]|899))\\d{4}|(?:4(?:4[0-35-9]|6[0-357-9]|7[0-35])|5(?:[1-59][0-46-9]|6[0-4689]|7[0-246-9])|6(?:0[1-9]|[13-59]\\d|[268][0-57-9]|7[0-79])|70[1-59]|84[0-39]|9(?:0[1-9]|1[02-9]|[2358][0-8]|[467]\\d))\\d{5}", [8]]], "00"], HN: ["504", "00", "8\\d{10}|[237-9]\\d{7}", [8, 11], 0, 0, 0, 0, 0, 0, 0, [0, ["[37-9]\\d{7}", [8]]]], HR: ["385", "00", "[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}", [7, 8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["9(?:(?:0[1-9]|[12589]\\d)\\d\\d|7(?:[0679]\\d\\d|5(?:[01]\\d|44|55|77|9[5-79])))\\d{4}|98\\d{6}", [8, 9]]]], HT: ["509", "00", "[2-589]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:[34]\\d|5[568])\\d{6}"]]], HU: ["36", "00", "[235-7]\\d{8}|[1-9]\\d{7}", [8, 9], 0, "06", 0, 0, 0, 0, 0, [0, ["(?:[257]0|3[01])\\d{7}", [9]]]], ID: ["62", "00[89]", "00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}", [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["15"]], ["(\\d{2})(\\d{5,9})", "$1 $2", ["2[124]|[36]1"], "(0$1)"], ["(\\d{3})(\\d{5,7})", "$1 $2", ["800"], "0$1"], ["(\\d{3})(\\d{5,8})", "$1 $2", ["[2-79]"], "(0$1)"], ["(\\d{3})(\\d{3,4})(\\d{3})", "$1-$2-$3", ["8[1-35-9]"], "0$1"], ["(\\d{3})(\\d{6,8})", "$1 $2", ["1"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["804"], "0$1"], ["(\\d{3})(\\d)(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["80"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4,5})", "$1-$2-$3", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["8[1-35-9]\\d{7,10}", [9, 10, 11, 12]]]], IE: ["353", "00", "(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}", [7, 8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["8(?:22|[35-9]\\d)\\d{6}", [9]]]], IL: ["972", "0(?:0|1(?:05|[2-9]))", "1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}", [7, 8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, 0, [0, ["55(?:4(?:0[0-4]|10|6[015-9])|57[0-289]|8[06][0-2])\\d{4}|5(?:(?:[0-2][02-9]|[36]\\d|[49][2-9]|8[3-7])\\d|5(?:01|2\\d|3[0-3]|4[3-5]|5[0-25689]|6[6-8]|7[0-267]|8[7-9]|9[1-9]))\\d{5}", [9]]]], IM: ["44", "00", "1624\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], 0, "0", 0, "([25-8]\\d{5})$|0|180020", "1624$1", 0, "74576|(?:16|7[56])24", [0, ["76245[06]\\d{4}|7(?:4576|[59]24\\d|624[0-4689])\\d{5}"]]], IN: ["91", "00", "(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}", [8, 9, 10, 11, 12, 13], [["(\\d{8})", "$1", ["5(?:0|2[23]|3[03]|[67]1|88)", "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|888)", "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|8888)"], 0, 1], ["(\\d{4})(\\d{4,5})", "$1 $2", ["180", "1800"], 0, 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["140"], 0, 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["11|2[02]|33|4[04]|79[1-5]|80[2-46]", "11|2[02]|33|4[04]|79[1-5]|80(?:[2-4]|6[0-589])", "11|2[02]|33|4[04]|79(?:[1245]|3(?:[02-9]|1[0-24-9]))|80(?:[2-4]|6[0-589])"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["1(?:2[0-249]|3[0-25]|4[145]|[68]|7[1257])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|5[12]|[78]1)|6(?:12|[2-4]1|5[17]|6[13]|80)|7(?:12|3[134]|61|88)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91)|(?:43|59|75)[15]|(?:1[59]|29|67)[14]", "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|674|7(?:(?:3[34]|5[15])[2-6]|61[346]|88[0-8])|8(?:70[2-6]|84[235-7]|91[3-7])|(?:1(?:29|60|8[06])|261|552|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|31)|8(?:16|2[014]|3[126]|6[136]|7[78]|83))[2-7]", "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12(?:[2-6]|7[0-8])|74[2-7])|7(?:3171|5[15][2-6]|61[346]|88(?:[2-7]|82))|8(?:70[2-6]|84(?:[2356]|7[19])|91(?:[3-6]|7[19]))|73[134][2-6]|8(?:16|2[014]|3[126]|6[136]|7[78]|83)(?:[2-6]|7[19])|(?:1(?:29|60|8[06])|261|552|6(?:[2-4]1|5[17]|6[13]|7(?:1|4[0189])|80)|7(?:12|88[01]))[2-7]"], "0$1", 1], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2[2457-9]|3[2-5]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[1-6])|7(?:1[013-9]|3[129]|5[29]|6[02-5]|70)|807", "1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2(?:[2457]|84|95)|3(?:[2-4]|55)|4[235-7]|5[2-689]|6[24578]|7(?:[23569]|8[0-57-9])|8[1-6])|7(?:1(?:[013-8]|9[6-9])|3(?:17|2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4|5[0-367])|70[13-7])|807[19]", "1(?:[2-479]|5(?:[0236-9]|5[013-9]))|[2-5]|6(?:2(?:84|95)|355|8(?:28[235-7]|3))|73179|807(?:1|9[1-3])|(?:1552|6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]))[2-7]"], "0$1", 1], ["(\\d{5})(\\d{5})", "$1 $2", ["16|[6-9]"], "0$1", 1], ["(\\d{4})(\\d{2,4})(\\d{4})", "$1 $2 $3", ["18[06]", "18[06]0"], 0, 1], ["(\\d{4})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["18"], 0, 1]], "0", 0, 0, 0, 0, 0, [0, ["(?:6(?:1279|828[01489])|7(?:887[02-9]|9313)|8(?:079[04-9]|(?:84|91)7[02-8]))\\d{5}|(?:160[01]|6(?:(?:12|[2-4]1|5[17]|6[13]|80)[0189]|7(?:1[0189]|86))|7(?:1(?:2[0189]|9[0-5])|3(?:2[5-8]|[34][017-9]|9[016-9])|5(?:[15][017-9]|2[04-9]|9[7-9])|6(?:0[0-47]|1[0-257-9]|2[0-4]|3[19]|5[4589])|70[0289]|88[089])|8(?:0(?:6[67]|7[02-8])|70[017-9]|84[01489]|91[0-289]))\\d{6}|(?:731|8(?:16|2[014]|3[126]|6[136]|7[78]|83))(?:[0189]\\d|7[02-8])\\d{5}|(?:6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|4[0189]|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-5])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]|881))[0189]\\d{5}|(?:6(?:[09]\\d|1[04679]|2[03689]|3[05-9]|4[0489]|50|6[069]|7[07]|8[7-9])|7(?:[024]\\d|3[05-8]|5[0346-8]|6[6-9]|7[1-9]|8[0-79]|9[06-9])|8(?:0[01589]|1[0-57-9]|2[235-9]|3[03-57-9]|[45]\\d|6[02457-9]|7[1-69]|8[0-25-9]|9[02-9])|9\\d\\d)\\d{7}", [10]]]], IO: ["246", "00", "3\\d{6}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["38\\d{5}"]]], IQ: ["964", "00", "(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}", [8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["7[3-9]\\d{8}", [10]]]], IR: ["98", "00", "[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}", [4, 5, 6, 7, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["9(?:(?:0[0-5]|[13]\\d|2[0-3])\\d\\d|9(?:[0-46]\\d\\d|5(?:10|5\\d)|8(?:[12]\\d|3[0-2]|88)|9(?:[0-359]\\d|69|77|8[7-9])))\\d{5}", [10]]]], IS: ["354", "00|1(?:0(?:01|[12]0)|100)", "(?:38\\d|[4-9])\\d{6}", [7, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:38[589]\\d\\d|6(?:1[1-8]|2[0-6]|3[026-9]|4[014679]|5[0159]|6[0-69]|70|8[06-8]|9\\d)|7(?:5[057]|[6-9]\\d)|8(?:2[0-59]|[3-69]\\d|8[238]))\\d{4}"]], "00"], IT: ["39", "00", "0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?", [6, 7, 8, 9, 10, 11, 12], 0, 0, 0, 0, 0, 0, 0, [0, ["3[2-9]\\d{7,8}|(?:31|43)\\d{8}", [9, 10]]]], JE: ["44", "00", "1534\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], 0, "0", 0, "([0-24-8]\\d{5})$|0|180020", "1534$1", 0, 0, [0, ["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}"]]], JM: ["1", "011", "(?:[58]\\d\\d|658|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "658|876", [0, ["(?:6582(?:[0-4]\\d|95)|876(?:2(?:0[1-9]|[13-9]\\d|2[013-9])|[348]\\d\\d|5(?:0[1-9]|[1-9]\\d)|6(?:4[89]|6[67])|7(?:0[07]|7\\d|8[1-47-9]|9[0-36-9])|9(?:[01]9|9[0579])))\\d{4}"]]], JO: ["962", "00", "(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:427|7(?:11|[29]\\d|[78][0-25-9]))\\d{6}", [9]]]], JP: ["81", "010", "00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}", [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [["(\\d{3})(\\d{3})(\\d{3})", "$1-$2-$3", ["(?:12|57|99)0"], "0$1"], ["(\\d{4})(\\d)(\\d{4})", "$1-$2-$3", ["1(?:26|3[79]|4[56]|5[4-68]|6[3-5])|499|5(?:76|97)|746|8(?:3[89]|47|51)|9(?:80|9[16])", "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:76|97)9|7468|8(?:3(?:8[7-9]|96)|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]", "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:769|979[2-69])|7468|8(?:3(?:8[7-9]|96[2457-9])|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["60"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1-$2-$3", ["3|4(?:2[09]|7[01])|6[1-9]", "3|4(?:2(?:0|9[02-69])|7(?:0[019]|1))|6[1-9]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["1(?:1|5[45]|77|88|9[69])|2(?:2[1-37]|3[0-269]|4[59]|5|6[24]|7[1-358]|8[1369]|9[0-38])|4(?:[28][1-9]|3[0-57]|[45]|6[248]|7[2-579]|9[29])|5(?:2|3[0459]|4[0-369]|5[29]|8[02389]|9[0-389])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9[2-6])|8(?:2[124589]|3[26-9]|49|51|6|7[0-468]|8[68]|9[019])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9[1-489])", "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2(?:[127]|3[014-9])|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9[19])|62|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|8[1-9]|9[29])|5(?:2|3(?:[045]|9[0-8])|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0-2469])|3(?:[29]|60)|49|51|6(?:[0-24]|36|5[0-3589]|7[23]|9[01459])|7[0-468]|8[68])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9(?:[1289]|3[34]|4[0178]))|(?:264|837)[016-9]|2(?:57|93)[015-9]|(?:25[0468]|422|838)[01]|(?:47[59]|59[89]|8(?:6[68]|9))[019]", "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2[127]|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9(?:17|99))|6(?:2|4[016-9])|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|9[29])|5(?:2|3(?:[045]|9(?:[0-58]|6[4-9]|7[0-35689]))|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0169])|3(?:[29]|60|7(?:[017-9]|6[6-8]))|49|51|6(?:[0-24]|36[2-57-9]|5(?:[0-389]|5[23])|6(?:[01]|9[178])|7(?:2[2-468]|3[78])|9[0145])|7[0-468]|8[68])|9(?:4[15]|5[138]|7[156]|8[189]|9(?:[1289]|3(?:31|4[357])|4[0178]))|(?:8294|96)[1-3]|2(?:57|93)[015-9]|(?:223|8699)[014-9]|(?:25[0468]|422|838)[01]|(?:48|8292|9[23])[1-9]|(?:47[59]|59[89]|8(?:68|9))[019]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3", ["[14]|[289][2-9]|5[3-9]|7[2-4679]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["800"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[25-9]"], "0$1"]], "0", 0, "(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0", "$1", 0, 0, [0, ["[6-9]0[1-9]\\d{7}", [10]]]], KE: ["254", "000", "(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}", [7, 8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:1(?:0[0-8]|[18]\\d|2[014]|3[05-9]|4[0-6])|7\\d\\d)\\d{6}", [9]]]], KG: ["996", "00", "8\\d{9}|[235-9]\\d{8}", [9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["312(?:58\\d|973)\\d{3}|(?:2(?:0[0-35]|2\\d)|5[0-24-7]\\d|600|7(?:[07]\\d|55)|88[08]|9(?:12|9[05-9]))\\d{6}", [9]]]], KH: ["855", "00[14-9]", "1\\d{9}|[1-9]\\d{7,8}", [8, 9, 10], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-9]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0", 0, 0, 0, 0, 0, [0, ["(?:(?:1[28]|3[18]|9[67])\\d|6[016-9]|7(?:[07-9]|[16]\\d)|8(?:[013-79]|8\\d))\\d{6}|(?:1\\d|9[0-57-9])\\d{6}|(?:2[3-6]|3[2-6]|4[2-4]|[5-7][2-5])48\\d{5}", [8, 9]]]], KI: ["686", "00", "(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}", [5, 8], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:6200[01]|7(?:310[1-9]|5(?:02[03-9]|12[0-47-9]|22[0-7]|[34](?:0[1-9]|8[02-9])|50[1-9])))\\d{3}|(?:63\\d\\d|7(?:(?:[0146-9]\\d|2[0-689])\\d|3(?:[02-9]\\d|1[1-9])|5(?:[0-2][013-9]|[34][1-79]|5[1-9]|[6-9]\\d)))\\d{4}", [8]]]], KM: ["269", "00", "[3478]\\d{6}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["[34]\\d{6}"]]], KN: ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "869$1", 0, "869", [0, ["869(?:48[89]|55[6-8]|66\\d|76[02-7])\\d{4}"]]], KP: ["850", "00|99", "85\\d{6}|(?:19\\d|[2-7])\\d{7}", [8, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["19[1-3]\\d{7}", [10]]]], KR: ["82", "00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))", "00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}|(?:00|7)0\\d{8}", [5, 6, 8, 9, 10, 11, 12, 13, 14], [["(\\d{2})(\\d{3,4})", "$1-$2", ["(?:3[1-3]|[46][1-4]|5[1-5])1"], "0$1"], ["(\\d{4})(\\d{4})", "$1-$2", ["1"]], ["(\\d)(\\d{3,4})(\\d{4})", "$1-$2-$3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["[36]0|8"], "0$1"], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1-$2-$3", ["[1346]|5[1-5]"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[57]"], "0$1"], ["(\\d{2})(\\d{5})(\\d{4})", "$1-$2-$3", ["5"], "0$1"]], "0", 0, "0(8(?:[1-46-8]|5\\d\\d))?", 0, 0, 0, [0, ["1(?:05(?:[0-8]\\d|9[0-6])|22[13]\\d)\\d{4,5}|1(?:0[0-46-9]|[16-9]\\d|2[013-9])\\d{6,7}", [9, 10]]]], KW: ["965", "00", "18\\d{5}|(?:[2569]\\d|41)\\d{6}", [7, 8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:41\\d\\d|5(?:(?:[05]\\d|1[0-7]|6[56])\\d|2(?:22|5[25])|7(?:55|77)|88[58]|999)|6(?:(?:0[034679]|5[015-9]|6\\d)\\d|1(?:00|11|6[16])|2[26]2|3[36]3|4[46]4|7(?:0[013-9]|[67]\\d)|8[68]8|9(?:[069]\\d|3[039]))|9(?:(?:[04679]\\d|8[057-9])\\d|1(?:00|1[01]|99)|2(?:00|2\\d)|3(?:00|3[03])|5(?:00|5\\d)))\\d{4}", [8]]]], KY: ["1", "011", "(?:345|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "345$1", 0, "345", [0, ["345(?:32[1-9]|4(?:1[2-6]|2[0-4])|5(?:1[67]|2[5-79]|4[6-9]|50|76)|649|82[56]|9(?:1[679]|2[2-9]|3[06-9]|90))\\d{4}"]]], KZ: ["7", "810", "8\\d{13}|[78]\\d{9}", [10, 14], 0, "8", 0, 0, 0, 0, "7", [0, ["7(?:0[0-25-8]|47|6[0-4]|7[15-8]|85)\\d{7}", [10]]], "8~10"], LA: ["856", "00", "(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}", [8, 9, 10], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["2[13]|3[14]|[4-8]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["3"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["2"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["208[78]\\d{6}|(?:20[23579]|30)\\d{7}", [9, 10]]]], LB: ["961", "00", "[27-9]\\d{7}|[13-9]\\d{6}", [7, 8], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:(?:3|81)\\d|7(?:[01]\\d|6[013-9]|8[7-9]|9[0-4]))\\d{5}"]]], LC: ["1", "011", "(?:[58]\\d\\d|758|900)\\d{7}", [10], 0, "1", 0, "([2-8]\\d{6})$|1", "758$1", 0, "758", [0, ["758(?:28[4-7]|384|4(?:6[01]|8[4-9])|5(?:1[89]|20|84)|7(?:1[2-9]|2\\d|3[0-3])|812)\\d{4}"]]], LI: ["423", "00", "[68]\\d{8}|(?:[2378]\\d|90)\\d{5}", [7, 9], 0, "0", 0, "(1001)|0", 0, 0, 0, [0, ["(?:6(?:(?:4[5-9]|5\\d)\\d|6(?:[024-68]\\d|1[01]|3[7-9]|7[02]))\\d|7(?:[37-9]\\d|42|56))\\d{4}"]]], LK: ["94", "00", "[1-9]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["7(?:[0-25-8]\\d|4[0-4])\\d{6}"]]], LR: ["231", "00", "(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}", [7, 8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:(?:(?:22|33)0|555|7(?:6[01]|7\\d)|88\\d)\\d|4(?:240|[67]))\\d{5}|[56]\\d{6}", [7, 9]]]], LS: ["266", "00", "(?:[256]\\d\\d|800)\\d{5}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["[56]\\d{7}"]]], LT: ["370", "00", "(?:[3469]\\d|52|[78]0)\\d{6}", [8], 0, "0", 0, "[08]", 0, 0, 0, [0, ["6\\d{7}"]]], LU: ["352", "00", "35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}", [4, 5, 6, 7, 8, 9, 10, 11], 0, 0, 0, "(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)", 0, 0, 0, [0, ["6(?:[26][18]|5[1568]|7[189]|81|9[128])\\d{6}", [9]]]], LV: ["371", "00", "(?:[268]\\d|78|90)\\d{6}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["2333[0-8]\\d{3}|2(?:[0-24-9]\\d\\d|3(?:0[07]|[14-9]\\d|2[02-9]|3[0-24-9]))\\d{4}"]]], LY: ["218", "00", "[2-9]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["9[1-6]\\d{7}"]]], MA: ["212", "00", "[5-8]\\d{8}", [9], 0, "0", 0, 0, 0, 0, "[5-8]", [0, ["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"]]], MC: ["377", "00", "(?:[3489]|[67]\\d)\\d{7}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["4(?:[46]\\d|5[1-9])\\d{5}|(?:3|[67]\\d)\\d{7}"]]], MD: ["373", "00", "(?:[235-7]\\d|[89]0)\\d{6}", [8], 0, "0", 0, 0, 0, 0, 0, [0, ["562\\d{5}|(?:6\\d|7[16-9])\\d{6}"]]], ME: ["382", "00", "(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["6(?:[07-9]\\d|3[024]|6[0-25])\\d{5}", [8]]]], MF: ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"]]], MG: ["261", "00", "[23]\\d{8}", [9], 0, "0", 0, "([24-9]\\d{6})$|0", "20$1", 0, 0, [0, ["3[2-9]\\d{7}"]]], MH: ["692", "011", "329\\d{4}|(?:[256]\\d|45)\\d{5}", [7], 0, "1", 0, 0, 0, 0, 0, [0, ["(?:(?:23|54)5|329|45[35-8])\\d{4}"]]], MK: ["389", "00", "[2-578]\\d{7}", [8], 0, "0", 0, 0, 0, 0, 0, [0, ["7(?:3555|(?:474|9[019]7)7)\\d{3}|7(?:[0-25-8]\\d\\d|3(?:[1-478]\\d|6[01])|4(?:2\\d|60|7[01578])|9(?:[2-4]\\d|5[01]|7[015]))\\d{4}"]]], ML: ["223", "00", "[24-9]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["2(?:0(?:01|79)|17\\d)\\d{4}|(?:5[0-3]|[679]\\d|8[2-59])\\d{6}"]]], MM: ["95", "00", "1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}", [6, 7, 8, 9, 10], [["(\\d)(\\d{2})(\\d{3})", "$1 $2 $3", ["16|2"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["4(?:[2-46]|5[3-5])|5|6(?:[1-689]|7[235-7])|7(?:[0-4]|5[2-7])|8[1-5]|(?:60|86)[23]"], "0$1"], ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[12]|452|678|86", "[12]|452|6788|86"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[4-7]|8[1-35]"], "0$1"], ["(\\d)(\\d{3})(\\d{4,6})", "$1 $2 $3", ["9(?:2[0-4]|[35-9]|4[137-9])"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"], ["(\\d)(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["92"], "0$1"], ["(\\d)(\\d{5})(\\d{4})", "$1 $2 $3", ["9"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["(?:17[01]|9(?:2(?:[0-4]|[56]\\d\\d)|(?:3(?:[0-36]|4\\d)|(?:6\\d|8[89]|9[4-8])\\d|7(?:3|40|[5-9]\\d))\\d|4(?:(?:[0245]\\d|[1379])\\d|88)|5[0-6])\\d)\\d{4}|9[69]1\\d{6}|9(?:[68]\\d|9[089])\\d{5}", [7, 8, 9, 10]]]], MN: ["976", "001", "[12]\\d{7,9}|[5-9]\\d{7}", [8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:87[01]|92[0139])\\d{5}|(?:5[05]|6[069]|7[28]|8[0135689]|9[013-9])\\d{6}", [8]]]], MO: ["853", "00", "0800\\d{3}|(?:28|[68]\\d)\\d{6}", [7, 8], [["(\\d{4})(\\d{3})", "$1 $2", ["0"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[268]"]]], 0, 0, 0, 0, 0, 0, [0, ["6800[0-79]\\d{3}|6(?:[235]\\d\\d|6(?:0[0-5]|[1-9]\\d)|8(?:0[1-9]|[14-8]\\d|2[5-9]|[39][0-4]))\\d{4}", [8]]]], MP: ["1", "011", "[58]\\d{9}|(?:67|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "670$1", 0, "670", [0, ["670(?:2(?:3[3-7]|56|8[4-8])|32[1-38]|4(?:33|8[348])|5(?:32|55|88)|6(?:64|70|82)|78[3589]|8[3-9]8|989)\\d{4}"]]], MQ: ["596", "00", "7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:69[67]\\d\\d|7091[0-3])\\d{4}"]]], MR: ["222", "00", "(?:[2-4]\\d\\d|800)\\d{5}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["[2-4][0-46-9]\\d{6}"]]], MS: ["1", "011", "(?:[58]\\d\\d|664|900)\\d{7}", [10], 0, "1", 0, "([34]\\d{6})$|1", "664$1", 0, "664", [0, ["664(?:3(?:49|9[1-6])|49[2-6])\\d{4}"]]], MT: ["356", "00", "3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:7(?:210|[79]\\d\\d)|9(?:[29]\\d\\d|69[67]|8(?:1[1-3]|89|97)))\\d{4}"]]], MU: ["230", "0(?:0|[24-7]0|3[03])", "(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}", [7, 8, 10], 0, 0, 0, 0, 0, 0, 0, [0, ["5(?:4(?:2[1-389]|7[1-9])|87[15-8])\\d{4}|(?:5(?:2[5-9]|4[3-689]|[57]\\d|8[0-689]|9[0-8])|7(?:0[0-7]|3[013]))\\d{5}", [8]]], "020"], MV: ["960", "0(?:0|19)", "(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}", [7, 10], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:46[46]|[79]\\d\\d)\\d{4}", [7]]], "00"], MW: ["265", "00", "(?:[1289]\\d|31|77)\\d{7}|1\\d{6}", [7, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["111\\d{6}|(?:2[12]|31|77|[89][89])\\d{7}", [9]]]], MX: ["52", "0[09]", "[2-9]\\d{9}", [10], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:2(?:2\\d|3[1-35-8]|4[13-9]|7[1-689]|8[1-578]|9[467])|3(?:1[1-79]|[2458][1-9]|3\\d|7[1-8]|9[1-5])|4(?:1[1-57-9]|[267][1-9]|3[1-8]|[45]\\d|8[1-35-9]|9[2-689])|5(?:[56]\\d|88|9[1-79])|6(?:1[2-68]|[2-4][1-9]|5[1-36-9]|6[0-57-9]|7[1-7]|8[67]|9[4-8])|7(?:[1346][1-9]|[27]\\d|5[13-9]|8[1-69]|9[17])|8(?:1\\d|2[13-689]|3[1-6]|4[124-6]|6[1246-9]|7[0-378]|9[12479])|9(?:1[346-9]|2[1-4]|3[2-46-8]|5[1348]|[69]\\d|7[12]|8[1-8]))\\d{7}"]], "00"], MY: ["60", "00", "1\\d{8,9}|(?:3\\d|[4-9])\\d{7}", [8, 9, 10], [["(\\d)(\\d{3})(\\d{4})", "$1-$2 $3", ["[4-79]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1-$2 $3", ["1(?:[02469]|[378][1-9]|53)|8", "1(?:[02469]|[37][1-9]|53|8(?:[1-46-9]|5[7-9]))|8"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1-$2 $3", ["3"], "0$1"], ["(\\d)(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3-$4", ["1(?:[367]|80)"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2 $3", ["15"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2 $3", ["1"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["1(?:(?:1888[689]|4400|8(?:47|8[27])[0-4])\\d{4}|9\\d{7,8})|1(?:0(?:[23568]\\d|4[0-6]|7[016-9]|9[0-8])|1(?:[1-5]\\d\\d|6(?:0[5-9]|[1-9]\\d)|7(?:[0-4]\\d|5[0-79]|6[02-4]|8[02-5]))|(?:[26]\\d|[37][1-9]|4[235-9])\\d|5(?:31|9\\d\\d)|8(?:1[23]|[236]\\d|4[06]|5(?:46|[7-9])|7[016-9]|8[01]|9[0-8]))\\d{5}", [9, 10]]]], MZ: ["258", "00", "(?:2|8\\d)\\d{7}", [8, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["8[2-9]\\d{7}", [9]]]], NA: ["264", "00", "[68]\\d{7,8}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:60|8[1245])\\d{7}", [9]]]], NC: ["687", "00", "(?:050|[2-57-9]\\d\\d)\\d{3}", [6], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:[579]\\d|8[0-79])\\d{4}"]]], NE: ["227", "00", "[027-9]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:23|7[0467]|[89]\\d)\\d{6}"]]], NF: ["672", "00", "[13]\\d{5}", [6], 0, 0, 0, "([0-258]\\d{4})$", "3$1", 0, 0, [0, ["(?:14|3[58])\\d{4}"]]], NG: ["234", "009", "(?:20|9\\d)\\d{8}|[78]\\d{9,13}", [10, 11, 12, 13, 14], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:702[0-24-9]|819[01])\\d{6}|(?:7(?:0[13-9]|[12]\\d)|8(?:0[1-9]|1[0-8])|9(?:0[1-9]|1[0-6]))\\d{7}", [10]]]], NI: ["505", "00", "(?:1800|[25-8]\\d{3})\\d{4}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:5(?:5[0-7]|[78]\\d)|6(?:20|3[035]|4[045]|5[05]|77|8[1-9]|9[059])|(?:7[5-8]|8\\d)\\d)\\d{5}"]]], NL: ["31", "00", "(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}", [5, 6, 7, 8, 9, 10, 11], [["(\\d{3})(\\d{4,7})", "$1 $2", ["[89]0"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["66"], "0$1"], ["(\\d)(\\d{8})", "$1 $2", ["6"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["1[16-8]|2[259]|3[124]|4[17-9]|5[124679]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-578]|91"], "0$1"], ["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3", ["9"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["(?:6[1-58]|970\\d)\\d{7}", [9, 11]]]], NO: ["47", "00", "(?:0|[2-9]\\d{3})\\d{4}", [5, 8], 0, 0, 0, 0, 0, 0, "[02-689]|7[0-8]", [0, ["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}", [8]]]], NP: ["977", "00", "(?:1\\d|9)\\d{9}|[1-9]\\d{7}", [8, 10, 11], 0, "0", 0, 0, 0, 0, 0, [0, ["9(?:00|6[0-3]|7[0-24-6]|8[0-24-68])\\d{7}", [10]]]], NR: ["674", "00", "(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:222|55[3-9]|666|777|8\\d\\d|999)\\d{4}"]]], NU: ["683", "00", "(?:[4-7]|888\\d)\\d{3}", [4, 7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:[56]|888[1-9])\\d{3}"]]], NZ: ["64", "0(?:0|161)", "[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}", [5, 6, 7, 8, 9, 10], [["(\\d{2})(\\d{3,8})", "$1 $2", ["8[1-79]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["50[036-8]|8|90", "50(?:[0367]|88)|8|90"], "0$1"], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["24|[346]|7[2-57-9]|9[2-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2(?:10|74)|[589]"], "0$1"], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["1|2[028]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,5})", "$1 $2 $3", ["2(?:[169]|7[0-35-9])|7"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["2(?:[0-27-9]\\d|6)\\d{6,7}|2(?:1\\d|75)\\d{5}", [8, 9, 10]]], "00"], OM: ["968", "00", "(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}", [7, 8, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:1505|90[1-9]\\d)\\d{4}|(?:7[124-9]|9[1-9])\\d{6}", [8]]]], PA: ["507", "00", "(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}", [7, 8, 10, 11], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:1[16]1|21[89]|6\\d{3}|8(?:1[01]|7[23]))\\d{4}", [7, 8]]]], PE: ["51", "00|19(?:1[124]|77|90)00", "(?:[14-8]|9\\d)\\d{7}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["9\\d{8}", [9]]], "00", " Anexo "], PF: ["689", "00", "4\\d{5}(?:\\d{2})?|8\\d{7,8}", [6, 8, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["8[7-9]\\d{6}", [8]]]], PG: ["675", "00|140[1-3]", "(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}", [7, 8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:7\\d|8[1-58])\\d{6}", [8]]], "00"], PH: ["63", "00", "(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}", [6, 8, 9, 10, 11, 12, 13], [["(\\d)(\\d{5})", "$1 $2", ["2"], "(0$1)"], ["(\\d{4})(\\d{4,6})", "$1 $2", ["3(?:23|39|46)|4(?:2[3-6]|[35]9|4[26]|76)|544|88[245]|(?:52|64|86)2", "3(?:230|397|461)|4(?:2(?:35|[46]4|51)|396|4(?:22|63)|59[347]|76[15])|5(?:221|446)|642[23]|8(?:622|8(?:[24]2|5[13]))"], "(0$1)"], ["(\\d{5})(\\d{4})", "$1 $2", ["346|4(?:27|9[35])|883", "3469|4(?:279|9(?:30|56))|8834"], "(0$1)"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[3-7]|8[2-8]"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]], ["(\\d{4})(\\d{1,2})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["1"]]], "0", 0, 0, 0, 0, 0, [0, ["(?:8(?:1[37]|9[5-8])|9(?:0[5-9]|1[0-24-9]|[235-7]\\d|4[2-9]|8[135-9]|9[1-9]))\\d{7}", [10]]]], PK: ["92", "00", "122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}", [8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, 0, [0, ["3(?:[0-247]\\d|3[0-79]|55|64)\\d{7}", [10]]]], PL: ["48", "00", "(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}", [6, 7, 8, 9, 10], 0, 0, 0, 0, 0, 0, 0, [0, ["21(?:1[013-5]|2\\d|3[1-9])\\d{5}|(?:45|5[0137]|6[069]|7[2389]|88)\\d{7}", [9]]]], PM: ["508", "00", "[78]\\d{8}|[2-9]\\d{5}", [6, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["708(?:4[0-5]|5[0-6])\\d{4}|(?:[236-9]\\d|4[02-489]|5[02-9])\\d{4}"]]], PR: ["1", "011", "(?:[589]\\d\\d|787)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "787|939", [0, ["(?:787|939)[2-9]\\d{6}"]]], PS: ["970", "00", "[2489]2\\d{6}|(?:1\\d|5)\\d{8}", [8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["5[69]\\d{7}", [9]]]], PT: ["351", "00", "1693\\d{5}|(?:[26-9]\\d|30)\\d{7}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["6(?:[06]92(?:30|9\\d)|[35]92(?:[049]\\d|3[034]))\\d{3}|(?:(?:16|6[0356])93|9(?:[1-36]\\d\\d|480))\\d{5}"]]], PW: ["680", "01[12]", "(?:[24-8]\\d\\d|345|900)\\d{4}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:(?:46|83)[0-5]|(?:6[2-4689]|78)0)\\d{4}|(?:45|77|88)\\d{5}"]]], PY: ["595", "00", "[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}", [6, 7, 8, 9, 10, 11], 0, "0", 0, 0, 0, 0, 0, [0, ["9881\\d{5}|9(?:51|6[129]|7[1-6]|8[1-7]|9[1-5])\\d{6}", [9]]]], QA: ["974", "00", "800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}", [7, 8, 9, 11], [["(\\d{3})(\\d{4})", "$1 $2", ["2[136]|8"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[3-7]"]]], 0, 0, 0, 0, 0, 0, [0, ["[35-7]\\d{7}", [8]]]], RE: ["262", "00", "709\\d{6}|(?:26|[689]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:69(?:2\\d\\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\\d{4}"]]], RO: ["40", "00", "(?:[2378]\\d|90)\\d{7}|[23]\\d{5}", [6, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["7020\\d{5}|7(?:0[013-9]|1[0-3]|[2-7]\\d|8[03-8]|9[0-39])\\d{6}", [9]]], 0, " int "], RS: ["381", "00", "38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-79])\\d{5,10}", [6, 7, 8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, 0, [0, ["6(?:[0-689]|7\\d)\\d{6,7}", [8, 9, 10]]]], RU: ["7", "810", "8\\d{13}|[347-9]\\d{9}", [10, 14], 0, "8", 0, 0, 0, 0, "[3489]", [0, ["9(?:[0-24-9]\\d{4}|3(?:0(?:0(?:05|[124579]\\d|3[0-7]|6[0-49]|8[04-9])|[1-9]\\d\\d)|[1-9]\\d{3}))\\d{4}", [10]]], "8~10"], RW: ["250", "00", "(?:06|[27]\\d\\d|[89]00)\\d{6}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["7[237-9]\\d{7}", [9]]]], SA: ["966", "00", "(?:[15]\\d|800|92)\\d{7}", [9, 10], [["(\\d{4})(\\d{5})", "$1 $2", ["9"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]]], "0", 0, 0, 0, 0, 0, [0, ["579[0-8]\\d{5}|5(?:[013-689]\\d|7[0-8])\\d{6}", [9]]]], SB: ["677", "0[01]", "[6-9]\\d{6}|[1-6]\\d{4}", [5, 7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:48|99[0-8]\\d)\\d{3}|(?:6[89]|7[1-9]|8[4-9]|9[0-8])\\d{5}"]]], SC: ["248", "010|0[0-2]", "(?:[2489]\\d|64)\\d{5}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["2[125-8]\\d{5}"]], "00"], SD: ["249", "00", "[19]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:1[0-2]|9[0-3569])\\d{7}"]]], SE: ["46", "00", "(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}", [6, 7, 8, 9, 10, 12], 0, "0", 0, 0, 0, 0, 0, [0, ["7[023689]\\d{7}", [9]]]], SG: ["65", "0[0-3]\\d", "(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}", [8, 10, 11], [["(\\d{4})(\\d{4})", "$1 $2", ["[369]|8(?:0[1-9]|[1-9])"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]], ["(\\d{4})(\\d{4})(\\d{3})", "$1 $2 $3", ["7"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]]], 0, 0, 0, 0, 0, 0, [0, ["80[1-9]\\d{5}|(?:8[1-9]|9[0-8])\\d{6}", [8]]]], SH: ["290", "00", "(?:[2569]\\d|8)\\d{3}", [4, 5], 0, 0, 0, 0, 0, 0, "[2569]", [0, ["[569]\\d{4}", [5]]]], SI: ["386", "00|10(?:22|66|88|99)", "[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}", [5, 6, 7, 8], 0, "0", 0, 0, 0, 0, 0, [0, ["65(?:[178]\\d|5[56]|6[01])\\d{4}|(?:[37][01]|4[013]|51|6[489])\\d{6}", [8]]], "00"], SJ: ["47", "00", "0\\d{4}|(?:[489]\\d|79)\\d{6}", [5, 8], 0, 0, 0, 0, 0, 0, "79", [0, ["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}", [8]]]], SK: ["421", "00", "[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}", [6, 7, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["909[1-9]\\d{5}|9(?:0[1-8]|1[0-24-9]|4[03-57-9]|5\\d)\\d{6}", [9]]]], SL: ["232", "00", "(?:[237-9]\\d|66)\\d{6}", [8], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:25|3[0-5]|66|7\\d|8[08]|9[09])\\d{6}"]]], SM: ["378", "00", "(?:0549|[5-7]\\d)\\d{6}", [8, 10], 0, 0, 0, "([89]\\d{5})$", "0549$1", 0, 0, [0, ["6[16]\\d{6}", [8]]]], SN: ["221", "00", "(?:[378]\\d|93)\\d{7}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["7(?:[015-8]\\d|21|90)\\d{6}"]]], SO: ["252", "00", "[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}", [6, 7, 8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:(?:15|(?:3[59]|4[89]|6\\d|7[0-35-9]|8[08])\\d|9(?:0\\d|[2-9]))\\d|2(?:4\\d|8))\\d{5}|(?:[67]\\d\\d|904)\\d{5}", [7, 8, 9]]]], SR: ["597", "00", "(?:[2-5]|[6-9]\\d)\\d{5}", [6, 7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:6[08]|7[1-79]|8[1-9])\\d{5}", [7]]]], SS: ["211", "00", "[19]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:12|9[1257-9])\\d{7}"]]], ST: ["239", "00", "(?:22|9\\d)\\d{5}", [7], 0, 0, 0, 0, 0, 0, 0, [0, ["900[5-9]\\d{3}|9(?:0[1-9]|[89]\\d)\\d{4}"]]], SV: ["503", "00", "[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?", [7, 8, 11], 0, 0, 0, 0, 0, 0, 0, [0, ["[5-7]\\d{7}", [8]]]], SX: ["1", "011", "7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "(5\\d{6})$|1", "721$1", 0, "721", [0, ["7215(?:1[02]|2\\d|5[034679]|8[0-24-8])\\d{4}"]]], SY: ["963", "00", "[1-359]\\d{8}|[1-5]\\d{7}", [8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:50|9[03-689])\\d{7}", [9]]]], SZ: ["268", "00", "0800\\d{4}|(?:[237]\\d|900)\\d{6}", [8, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["7[5-9]\\d{6}", [8]]]], TA: ["290", "00", "8\\d{3}", [4], 0, 0, 0, 0, 0, 0, "8"], TC: ["1", "011", "(?:[58]\\d\\d|649|900)\\d{7}", [10], 0, "1", 0, "([2-479]\\d{6})$|1", "649$1", 0, "649", [0, ["649(?:2(?:3[129]|4[1-79])|3\\d\\d|4[34][1-3])\\d{4}"]]], TD: ["235", "00|16", "(?:22|[3689]\\d|77)\\d{6}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:3[01]|[69]\\d|77|8[5-7])\\d{6}"]], "00"], TG: ["228", "00", "[279]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:7[0-389]|9[0-36-9])\\d{6}"]]], TH: ["66", "00[1-9]", "(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}", [8, 9, 10, 13], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[13-9]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0", 0, 0, 0, 0, 0, [0, ["(?:(?:14|[89]\\d)\\d\\d|6(?:[1-6]\\d\\d|7(?:1[0-8]|2[4-7]|3[1-6])))\\d{5}", [9]]]], TJ: ["992", "810", "(?:[0-57-9]\\d|66)\\d{7}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:33[03-9]|4(?:1[18]|4[02-479])|81[1-9])\\d{6}|(?:[09]\\d|1[0-27-9]|2[0-27]|3[08]|40|5[05]|66|7[0157-9]|8[07-9])\\d{7}"]], "8~10"], TK: ["690", "00", "[2-47]\\d{3,6}", [4, 5, 6, 7], 0, 0, 0, 0, 0, 0, 0, [0, ["7[2-4]\\d{2,5}"]]], TL: ["670", "00", "7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}", [7, 8], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-489]|70"]], ["(\\d{4})(\\d{4})", "$1 $2", ["7"]]], 0, 0, 0, 0, 0, 0, [0, ["7[2-8]\\d{6}", [8]]]], TM: ["993", "810", "[1-7]\\d{7}", [8], 0, "8", 0, 0, 0, 0, 0, [0, ["(?:6\\d|7[12])\\d{6}"]], "8~10"], TN: ["216", "00", "[2-57-9]\\d{7}", [8], 0, 0, 0, 0, 0, 0, 0, [0, ["3(?:001|[12]40)\\d{4}|(?:(?:[259]\\d|4[0-8])\\d|3(?:1[1-35]|6[0-4]|91))\\d{5}"]]], TO: ["676", "00", "(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}", [5, 7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:5(?:4[0-5]|5[4-6])|6(?:[09]\\d|3[02]|8[15-9])|(?:7\\d|8[46-9])\\d|999)\\d{4}", [7]]]], TR: ["90", "00", "4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}", [7, 10, 12, 13], 0, "0", 0, 0, 0, 0, 0, [0, ["5(?:61(?:011|61\\d)|82[2-5]\\d\\d)\\d{4}|5(?:[03-5]\\d|1[06]|24|6[24]|7[245]|9[46])\\d{7}", [10]]]], TT: ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-46-8]\\d{6})$|1", "868$1", 0, "868", [0, ["868(?:(?:2[5-9]|3\\d)\\d|4(?:3[0-6]|[6-9]\\d)|6(?:20|78|8\\d)|7(?:0[1-9]|1[02-9]|[2-9]\\d))\\d{4}"]]], TV: ["688", "00", "(?:2|7\\d\\d|90)\\d{4}", [5, 6, 7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:7[01]\\d|90)\\d{4}", [6, 7]]]], TW: ["886", "0(?:0[25-79]|19)", "[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}", [7, 8, 9, 10, 11], [["(\\d{2})(\\d)(\\d{4})", "$1 $2 $3", ["202"], "0$1"], ["(\\d{3})(\\d{5})", "$1 $2", ["826"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["83"], "0$1"], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["82"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[25]0|37|49|8[09]"], "0$1"], ["(\\d)(\\d{3,4})(\\d{4})", "$1 $2 $3", ["[23568]|4(?:0[02-48]|[1-478])|7[1-9]", "[23568]|4(?:0[2-48]|[1-478])|(?:400|7)[1-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[49]"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["7"], "0$1"]], "0", 0, 0, 0, 0, 0, [0, ["(?:40001[0-2]|9[0-8]\\d{4})\\d{3}", [9]]], 0, "#"], TZ: ["255", "00[056]", "(?:[25-8]\\d|41|90)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:6[0-35-9]|7\\d)\\d{7}"]]], UA: ["380", "00", "[89]\\d{9}|[3-9]\\d{8}", [9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["790\\d{6}|(?:39|50|6[36-8]|7[1-357]|9[1-9])\\d{7}", [9]]], "0~0"], UG: ["256", "00[057]", "800\\d{6}|(?:[29]0|[347]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["7(?:28|34)0\\d{5}|7(?:[014-8]\\d|2[01467]|3[0-267]|9[0-589])\\d{6}"]]], US: ["1", "011", "[2-9]\\d{9}|3\\d{6}", [10], [["(\\d{3})(\\d{4})", "$1-$2", ["310"], 0, 1], ["(\\d{3})(\\d{3})(\\d{4})", "($1) $2-$3", ["[2-9]"], 0, 1, "$1-$2-$3"]], "1", 0, 0, 0, 0, 0, [0, ["983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}"]]], UY: ["598", "0(?:0|1[3-9]\\d)", "0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], 0, "0", 0, 0, 0, 0, 0, [0, ["9[1-9]\\d{6}", [8]]], "00", " int. "], UZ: ["998", "00", "(?:20|33|[5-9]\\d)\\d{7}", [9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:(?:[25]0|33|8[078]|9[0-57-9])\\d{3}|6(?:1(?:2(?:2[01]|98)|35[0-4]|50\\d|61[23]|7(?:[01][017]|4\\d|55|9[5-9]))|2(?:(?:11|7\\d)\\d|2(?:[12]1|9[01379])|5(?:[126]\\d|3[0-4]))|5(?:19[01]|2(?:27|9[26])|(?:30|59|7\\d)\\d)|6(?:2(?:1[5-9]|2[0367]|38|41|52|60)|(?:3[79]|9[0-3])\\d|4(?:56|83)|7(?:[07]\\d|1[017]|3[07]|4[047]|5[057]|67|8[0178]|9[79]))|7(?:2(?:24|3[237]|4[5-9]|7[15-8])|5(?:7[12]|8[0589])|7(?:0\\d|[39][07])|9(?:0\\d|7[079])))|7(?:[07]\\d{3}|2(?:2(?:2[79]|95)|3(?:2[5-9]|6[0-6])|57\\d|7(?:0\\d|1[17]|2[27]|3[37]|44|5[057]|66|88))|3(?:2(?:1[0-6]|21|3[469]|7[159])|(?:33|9[4-6])\\d|5(?:0[0-4]|5[579]|9\\d)|7(?:[0-3579]\\d|4[0467]|6[67]|8[078]))|4(?:2(?:29|5[0257]|6[0-7]|7[1-57])|5(?:1[0-4]|8\\d|9[5-9])|7(?:0\\d|1[024589]|2[0-27]|3[0137]|[46][07]|5[01]|7[5-9]|9[079])|9(?:7[015-9]|[89]\\d))|5(?:112|2(?:0\\d|2[29]|[49]4)|3[1568]\\d|52[6-9]|7(?:0[01578]|1[017]|[23]7|4[047]|[5-7]\\d|8[78]|9[079]))|9(?:22[128]|3(?:2[0-4]|7\\d)|57[02569]|7(?:2[05-9]|3[37]|4\\d|60|7[2579]|87|9[07]))))\\d{4}"]]], VA: ["39", "00", "0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}", [6, 7, 8, 9, 10, 11, 12], 0, 0, 0, 0, 0, 0, "06698", [0, ["3[1-9]\\d{8}|3[2-9]\\d{7}", [9, 10]]]], VC: ["1", "011", "(?:[58]\\d\\d|784|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "784$1", 0, "784", [0, ["784(?:4(?:3[0-5]|5[45]|89|9[0-8])|5(?:2[6-9]|3[0-4])|720)\\d{4}"]]], VE: ["58", "00", "[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}", [10], 0, "0", 0, 0, 0, 0, 0, [0, ["4(?:1[24-8]|2[246])\\d{7}"]]], VG: ["1", "011", "(?:284|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-578]\\d{6})$|1", "284$1", 0, "284", [0, ["284(?:245|3(?:0[0-3]|4[0-7]|68|9[34])|4(?:4[0-6]|68|9[69])|5(?:4[0-7]|68|9[69]))\\d{4}"]]], VI: ["1", "011", "[58]\\d{9}|(?:34|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "340$1", 0, "340", [0, ["340(?:2(?:0\\d|10|2[06-8]|4[49]|77)|3(?:32|44)|4(?:2[23]|44|7[34]|89)|5(?:1[34]|55)|6(?:2[56]|4[23]|77|9[023])|7(?:1[2-57-9]|2[57]|7\\d)|884|998)\\d{4}"]]], VN: ["84", "00", "[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}", [7, 8, 9, 10], [["(\\d{4})(\\d{4,6})", "$1 $2", ["1(?:2[02]|[89])"], 0, 1], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[26]|6"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[1357-9]"], "0$1", 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["2[48]"], "0$1", 1], ["(\\d{3})(\\d{4})(\\d{3})", "$1 $2 $3", ["2"], "0$1", 1]], "0", 0, 0, 0, 0, 0, [0, ["121[0-3]\\d{5}|(?:1[46]0|(?:3\\d|7[06-9])\\d|5(?:[1689]\\d|2[238]|59)|8(?:[1-8]\\d|9[6-9])|9(?:[0-8]\\d|9[013-9]))\\d{6}", [9]]]], VU: ["678", "00", "[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}", [5, 7], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:[58]\\d|7[0-7])\\d{5}", [7]]]], WF: ["681", "00", "(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}", [6, 9], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:72|8[23])\\d{4}", [6]]]], WS: ["685", "0", "(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}", [5, 6, 7, 10], 0, 0, 0, 0, 0, 0, 0, [0, ["(?:7[1-35-8]|8(?:[3-7]|9\\d{3}))\\d{5}", [7, 10]]]], XK: ["383", "00", "2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}", [8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, 0, [0, ["4[3-9]\\d{6}", [8]]]], YE: ["967", "00", "(?:1|7\\d)\\d{7}|[1-7]\\d{6}", [7, 8, 9], 0, "0", 0, 0, 0, 0, 0, [0, ["7[01378]\\d{7}", [9]]]], YT: ["262", "00", "(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:639(?:0[0-79]|1[019]|[267]\\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\\d{4}"]]], ZA: ["27", "00", "[1-79]\\d{8}|8\\d{4,9}", [5, 6, 7, 8, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:1(?:3492[0-25]|4495[0235]|549(?:20|5[01]))|4[34]492[01])\\d{3}|8[1-4]\\d{3,7}|(?:2[27]|47|54)4950\\d{3}|(?:1(?:049[2-4]|9[12]\\d\\d)|(?:50[0-2]|[67]\\d\\d)\\d\\d|8(?:5\\d{3}|7(?:08[67]|158|28[5-9]|310)))\\d{4}|(?:1[6-8]|28|3[2-69]|4[025689]|5[36-8])4920\\d{3}|(?:12|[2-5]1)492\\d{4}", [5, 6, 7, 8, 9]]]], ZM: ["260", "00", "800\\d{6}|(?:21|[579]\\d|63)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [0, ["(?:[59][5-8]|7[5-9])\\d{7}"]]], ZW: ["263", "00", "8\\d{6}(?:\\d{3})?|[235-8]\\d{8}", [7, 9, 10], 0, "0", 0, 0, 0, 0, 0, [0, ["7(?:[1278]\\d|3[1-9]|51|9[01])\\d{6}", [9]]]] }, nonGeographic: { "800": ["800", 0, "(?:00|[1-9]\\d)\\d{6}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["\\d"]]], 0, 0, 0, 0, 0, 0, [0, 0, ["(?:00|[1-9]\\d)\\d{6}"]]], "808": ["808", 0, "[1-9]\\d{7}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[1-9]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, 0, ["[1-9]\\d{7}"]]], "870": ["870", 0, "7\\d{11}|[235-7]\\d{8}", [9, 12], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235-7]"]]], 0, 0, 0, 0, 0, 0, [0, ["(?:[356]|774[45])\\d{8}|7[6-8]\\d{7}"], 0, 0, 0, 0, 0, 0, ["2\\d{8}", [9]]]], "878": ["878", 0, "10\\d{10}", [12], [["(\\d{2})(\\d{5})(\\d{5})", "$1 $2 $3", ["1"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, ["10\\d{10}"]]], "881": ["881", 0, "6\\d{9}|[0-36-9]\\d{8}", [9, 10], [["(\\d)(\\d{3})(\\d{5})", "$1 $2 $3", ["[0-37-9]"]], ["(\\d)(\\d{3})(\\d{5,6})", "$1 $2 $3", ["6"]]], 0, 0, 0, 0, 0, 0, [0, ["6\\d{9}|[0-36-9]\\d{8}"]]], "882": ["882", 0, "[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?", [7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{5})", "$1 $2", ["16|342"]], ["(\\d{2})(\\d{6})", "$1 $2", ["49"]], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["1[36]|9"]], ["(\\d{2})(\\d{4})(\\d{3})", "$1 $2 $3", ["3[23]"]], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["16"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["10|23|3(?:[15]|4[57])|4|5[12]"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["34"]], ["(\\d{2})(\\d{4,5})(\\d{5})", "$1 $2 $3", ["[1-35]"]]], 0, 0, 0, 0, 0, 0, [0, ["342\\d{4}|(?:337|49)\\d{6}|(?:3(?:2|47|7\\d{3})|5(?:0\\d{3}|2[0-2]))\\d{7}", [7, 8, 9, 10, 12]], 0, 0, 0, ["348[57]\\d{7}", [11]], 0, 0, ["1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\\d{4}|6\\d{5,10})|(?:345\\d|9[89])\\d{6}|(?:10|2(?:3|85\\d)|3(?:[15]|[69]\\d\\d)|4[15-8]|51)\\d{8}"]]], "883": ["883", 0, "(?:[1-4]\\d|51)\\d{6,10}", [8, 9, 10, 11, 12], [["(\\d{3})(\\d{3})(\\d{2,8})", "$1 $2 $3", ["[14]|2[24-689]|3[02-689]|51[24-9]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["510"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["21"]], ["(\\d{4})(\\d{4})(\\d{4})", "$1 $2 $3", ["51[13]"]], ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["[235]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, ["(?:2(?:00\\d\\d|10)|(?:370[1-9]|51\\d0)\\d)\\d{7}|51(?:00\\d{5}|[24-9]0\\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\\d{5,9}"]]], "888": ["888", 0, "\\d{11}", [11], [["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3"]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, ["\\d{11}"]]], "979": ["979", 0, "[1359]\\d{8}", [9], [["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[1359]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, ["[1359]\\d{8}"]]] } };

// src/core/phone.ts
var METADATA = phone_metadata_default;
function parsePhone(text5, defaultCountry) {
  return defaultCountry ? parsePhoneNumber3(text5, defaultCountry, METADATA) : parsePhoneNumber3(text5, METADATA);
}
var patterns = /* @__PURE__ */ new Map();
function isValidPhone(p) {
  if (!p) return false;
  const json = METADATA;
  const country = p.country ?? json.country_calling_codes[p.countryCallingCode]?.[0];
  const plan2 = country ? json.countries[country] : json.nonGeographic?.[p.countryCallingCode];
  const key = country ?? `+${p.countryCallingCode}`;
  if (!patterns.has(key)) patterns.set(key, typeof plan2?.[2] === "string" ? new RegExp(`^(?:${plan2[2]})$`) : null);
  return patterns.get(key)?.test(p.nationalNumber) ?? false;
}
function stripPhoneLabels(s) {
  return s.replace(/\b(?:ext|extension|ekst|x)\.?\s*\d{1,5}\s*$/i, " ").replace(/\([^)0-9]*\)/g, " ").replace(/\b(?:hp|wa|whatsapp|telp|tlp|tel|phone|mobile|fax|kantor|rumah|only|saja|nomor|no)\b\.?/gi, " ").replace(/\ba\.?n\.?\s.*$/i, " ").replace(/:/g, " ").trim();
}
function normalizePhone(input) {
  if (input === null || input === void 0) return { ok: false };
  let s = typeof input === "number" ? String(Math.round(input)) : String(input);
  s = stripPhoneLabels(s).replace(/^[\s/,;|]+|[\s/,;|]+$/g, "");
  if (s === "" || /[a-z]{2,}/i.test(s)) return { ok: false };
  if (/^[+\d][\d\s.-]*$/.test(s)) {
    const fast = /^(?:\+62|0|62(?=[\s.-]?8))[\s.-]*(8[\d\s.-]*)$/.exec(s);
    const national2 = fast?.[1].replace(/\D/g, "");
    if (national2 && national2.length >= 9 && national2.length <= 12) return { ok: true, e164: `+62${national2}` };
  }
  if (/^00\d/.test(s)) s = `+${s.slice(2)}`;
  if (/^62[\s.-]?\d/.test(s) && s.replace(/\D/g, "").length >= 10) s = `+${s}`;
  const p = parsePhone(s, "ID");
  if (!isValidPhone(p)) return { ok: false };
  return { ok: true, e164: p.number };
}
function phoneKeys(cell) {
  if (cell === null || cell === void 0 || cell === "") return [];
  if (typeof cell === "number") {
    const r = normalizePhone(cell);
    return r.ok ? [r.e164] : [];
  }
  const parts2 = stripPhoneLabels(String(cell)).split(/\s*(?:[/,;|&]|\bdan\b|\bor\b|\batau\b)\s*/i);
  const out = [];
  for (const part of parts2) {
    const r = normalizePhone(part);
    if (r.ok && !out.includes(r.e164)) out.push(r.e164);
  }
  return out;
}
function phoneTail(s) {
  return String(s ?? "").replace(/\D/g, "").slice(-8);
}
function waLink(e164, text5) {
  return `https://wa.me/${e164.replace(/\D/g, "")}${text5 ? `?text=${encodeURIComponent(text5)}` : ""}`;
}
function isMobile(e164) {
  if (!e164.startsWith("+")) return false;
  return parsePhone(e164)?.isValid() ?? false;
}
function whatsappLink(e164, text5 = "") {
  return isMobile(e164) ? waLink(e164, text5) : "";
}

// src/core/money.ts
var group = (digits2, sep) => digits2.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
function formatMoney(value, currency) {
  if (!Number.isFinite(value)) return "";
  if (currency === "IDR") return `${value < 0 ? "-" : ""}Rp ${group(Math.round(Math.abs(value)).toString(), ".")}`;
  const [int, frac] = Math.abs(value).toFixed(2).split(".");
  return `${value < 0 ? "-" : ""}${currency} ${group(int, ",")}.${frac}`;
}
function formatCount(n, lang) {
  if (!Number.isFinite(n)) return "";
  return `${n < 0 ? "-" : ""}${group(Math.round(Math.abs(n)).toString(), lang === "id" ? "." : ",")}`;
}
function formatDecimal(n, lang, digits2 = 2) {
  if (!Number.isFinite(n)) return "";
  const fixed = Math.abs(n).toFixed(digits2).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  const [int, frac] = fixed.split(".");
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${group(int, lang === "id" ? "." : ",")}${frac ? (lang === "id" ? "," : ".") + frac : ""}`;
}
function parseMoney(input) {
  if (typeof input === "number") return Number.isFinite(input) ? input : null;
  let s = String(input ?? "").trim().toLowerCase();
  if (s === "") return null;
  s = s.replace(/^(rp\.?|idr)\s*/, "").replace(/\s+/g, "");
  let factor = 1;
  const unit = /(jt|juta|rb|ribu|m|miliar)$/.exec(s);
  if (unit) {
    factor = { jt: 1e6, juta: 1e6, rb: 1e3, ribu: 1e3, m: 1e9, miliar: 1e9 }[unit[1]];
    s = s.slice(0, -unit[1].length);
  }
  let n;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) n = Number(s.replace(/\./g, "").replace(",", "."));
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) n = Number(s.replace(/,/g, ""));
  else if (/^\d+([.,]\d+)?$/.test(s)) n = Number(s.replace(",", "."));
  else return null;
  return Number.isFinite(n) ? Math.round(n * factor * 100) / 100 : null;
}

// src/core/import-dates.ts
var MONTHS = {};
[
  ["jan", "januari", "january"],
  ["feb", "februari", "pebruari", "february", "peb"],
  ["mar", "maret", "march"],
  ["apr", "april"],
  ["mei", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["agu", "agt", "ags", "agustus", "aug", "august"],
  ["sep", "sept", "september"],
  ["okt", "oktober", "oct", "october"],
  ["nov", "nop", "november", "nopember"],
  ["des", "desember", "dec", "december"]
].forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});
var NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
var ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
var NAMED = /^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.-]+(\d{4}|\d{2})$/i;
var fullYear = (y) => y.length === 2 ? 2e3 + Number(y) : Number(y);
function ymd(y, m, d) {
  const t2 = new Date(Date.UTC(y, m - 1, d));
  if (t2.getUTCFullYear() !== y || t2.getUTCMonth() !== m - 1 || t2.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function dayOrderOf(values2) {
  let dmy = 0;
  let mdy = 0;
  for (const v of values2) {
    const m = NUMERIC.exec(String(v ?? "").trim());
    if (!m) continue;
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dmy++;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) mdy++;
  }
  return { order: mdy > dmy ? "mdy" : "dmy", conflict: dmy > 0 && mdy > 0 };
}
function parseTypedDate(v, order = "dmy") {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1 || v > 2958465) return { ok: false, reason: "unreadable" };
    const t2 = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 864e5);
    return { ok: true, ymd: t2.toISOString().slice(0, 10) };
  }
  const s = String(v ?? "").trim();
  let m = ISO.exec(s);
  if (m) return done(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return done(order === "dmy" ? ymd(fullYear(m[3]), b, a) : ymd(fullYear(m[3]), a, b));
  }
  m = NAMED.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (!month) return { ok: false, reason: "unreadable" };
    return done(ymd(fullYear(m[3]), month, Number(m[1])));
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) return parseTypedDate(Number(s), order);
  return { ok: false, reason: "unreadable" };
}
var done = (r) => r ? { ok: true, ymd: r } : { ok: false, reason: "impossible" };

// src/core/fields.ts
var LIMITS = {
  name: 100,
  company: 150,
  needs: 2e3,
  summary: 2e3,
  lostReason: 200,
  product: 200,
  owner: 254
};
var fieldName = (field) => `field.${field}`;
var isBlank = (v) => v === null || v === void 0 || typeof v === "string" && v.trim() === "";
function cleanText(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "function" || typeof v === "object" && Object.prototype.toString.call(v) !== "[object Date]")
    return "";
  let s;
  try {
    s = String(v);
  } catch (_e) {
    return "";
  }
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
}
function err(key, field, extra = {}) {
  return { ok: false, error: { key, params: { field: ref(fieldName(field)), ...extra } } };
}
var isScalar = (v) => v === null || v === void 0 || typeof v === "string" || typeof v === "number";
function text(field, v, required) {
  if (!isScalar(v)) return err("valid.text", field);
  const s = cleanText(v);
  if (required && s === "") return err("valid.required", field);
  if (s.length > LIMITS[field]) return err("valid.tooLong", field, { max: LIMITS[field] });
  return { ok: true, value: s };
}
function phone2(v) {
  if (!isScalar(v)) return err("valid.text", "phone");
  const s = cleanText(v);
  if (s === "") return { ok: true, value: "" };
  const r = normalizePhone(s);
  return r.ok ? { ok: true, value: r.e164 } : { ok: false, error: { key: "valid.phone" } };
}
function email(field, v) {
  if (!isScalar(v)) return err("valid.text", field);
  const s = cleanText(v);
  if (s === "") return { ok: true, value: "" };
  const r = normalizeEmail(s);
  return r.ok ? { ok: true, value: r.email } : { ok: false, error: { key: "valid.email" } };
}
function money(field, v, required) {
  if (!isScalar(v)) return err("valid.number", field);
  if (v === null || v === void 0 || cleanText(v) === "")
    return required ? err("valid.required", field) : { ok: true, value: null };
  const n = parseMoney(v);
  if (n === null || n < 0 || n > 1e15) return err("valid.number", field);
  return { ok: true, value: n };
}
function ymd2(field, v, required) {
  if (!isScalar(v)) return err("valid.date", field);
  const s = cleanText(v);
  if (s === "") return required ? err("valid.required", field) : { ok: true, value: "" };
  const d = parseTypedDate(s, "dmy");
  if (!d.ok) return err(d.reason === "impossible" ? "valid.dateImpossible" : "valid.date", field);
  return { ok: true, value: d.ymd };
}

// src/core/lead.ts
function validateLeadForm(input, settings2) {
  const form = input !== null && typeof input === "object" && !Array.isArray(input) ? input : {};
  const errors = {};
  const take = (field, r, fallback) => {
    if (r.ok) return r.value;
    errors[field] = r.error;
    return fallback;
  };
  const lead2 = {
    name: take("name", text("name", form.name, true), ""),
    company: take("company", text("company", form.company, false), ""),
    phone: take("phone", phone2(form.phone), ""),
    email: take("email", email("email", form.email), ""),
    source: typeof form.source === "string" ? cleanText(form.source) : "",
    needs: take("needs", text("needs", form.needs, true), ""),
    owner: take("owner", email("owner", form.owner), ""),
    dealValue: take("dealValue", money("dealValue", form.dealValue, false), null),
    expectedClose: take("expectedClose", ymd2("expectedClose", form.expectedClose, false), "")
  };
  if (lead2.source === "") errors.source = { key: "valid.required", params: { field: ref("field.source") } };
  else if (!settings2.sources.includes(lead2.source)) errors.source = { key: "valid.source" };
  if (!errors.phone && !errors.email && lead2.phone === "" && lead2.email === "") {
    errors.phone = { key: "valid.phoneOrEmail" };
    errors.email = { key: "valid.phoneOrEmail" };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lead: lead2 };
}
function findContactMatches(lead2, rows) {
  const out = [];
  const tail = lead2.phone ? phoneTail(lead2.phone) : "";
  const n = Math.max(rows.phone.length, rows.email.length);
  for (let i = 0; i < n; i++) {
    const on = [];
    const p = rows.phone[i];
    if (tail && p !== "" && p !== null && p !== void 0 && String(p).replace(/\D/g, "").includes(tail) && phoneKeys(p).includes(lead2.phone))
      on.push("phone");
    const e = rows.email[i];
    if (lead2.email && typeof e === "string" && e.toLowerCase().includes(lead2.email) && emailKeys(e).includes(lead2.email))
      on.push("email");
    if (on.length > 0) out.push({ index: i, matchedOn: on });
  }
  return out;
}
function contactIndex(rows) {
  const index = /* @__PURE__ */ new Map();
  const add = (key, i) => {
    const list2 = index.get(key);
    if (!list2) index.set(key, [i]);
    else if (list2[list2.length - 1] !== i) list2.push(i);
  };
  const n = Math.max(rows.phone.length, rows.email.length);
  for (let i = 0; i < n; i++) {
    for (const k of phoneKeys(rows.phone[i])) add(`p:${k}`, i);
    for (const k of emailKeys(rows.email[i])) add(`e:${k}`, i);
  }
  return index;
}
function indexedMatches(lead2, index) {
  const on = /* @__PURE__ */ new Map();
  for (const i of lead2.phone ? index.get(`p:${lead2.phone}`) ?? [] : []) on.set(i, ["phone"]);
  for (const i of lead2.email ? index.get(`e:${lead2.email}`) ?? [] : []) on.set(i, [...on.get(i) ?? [], "email"]);
  return [...on.entries()].sort((a, b) => a[0] - b[0]).map(([index2, matchedOn]) => ({ index: index2, matchedOn }));
}
var LEAD_ID_PREFIX = "L-";
function formatLeadId(n) {
  return LEAD_ID_PREFIX + String(n).padStart(6, "0");
}
function leadIdNumber(id) {
  const m = /^L-(\d+)$/.exec(String(id ?? "").trim());
  return m ? Number(m[1]) : null;
}
function indexOfLeadId(ids, leadId, text5) {
  for (let i = ids.length - 1; i >= 0; i--) if (text5(ids[i]).trim() === leadId) return i;
  return -1;
}
function nextLeadNumber(lastIssued, existingIds) {
  let max = lastIssued;
  for (const id of existingIds) {
    const n = leadIdNumber(id);
    if (n !== null && n > max) max = n;
  }
  return max + 1;
}
function newLeadRecord(lead2, ids, owner, at, slaHours, offset, consent = "") {
  return {
    "Lead ID": ids.leadId,
    "Client ID": ids.clientId,
    "Created At": at,
    Name: lead2.name,
    Company: lead2.company,
    Phone: lead2.phone,
    Email: lead2.email,
    Source: lead2.source,
    Needs: lead2.needs,
    Status: "Lead",
    Owner: owner,
    "Deal Value": lead2.dealValue ?? "",
    "Expected Close": lead2.expectedClose ? parseYmd(lead2.expectedClose, offset) : "",
    "Next Follow-up": startOfDay(addHours(at, slaHours), offset),
    "Follow-ups": 0,
    "Status Changed At": at,
    // A client's consent is one (SPEC §3): a new deal of a client who opted out stays out.
    Consent: consent
  };
}

// src/gas/shadow.ts
var SHADOW_TAB = "_lembar_status";
function entries(sheet, offset) {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getSheetValues(2, 1, last - 1, 2).map(([id, status]) => [cellText2(id, offset).trim(), cellText2(status, offset).trim()]);
}
function readShadow(ss, offset) {
  const sheet = sheetNamed(ss, SHADOW_TAB);
  const map = /* @__PURE__ */ new Map();
  if (sheet) {
    for (const [id, status] of entries(sheet, offset)) if (id !== "") map.set(id, status);
  }
  return map;
}
function writeShadow(ss, map) {
  const sheet = sheetNamed(ss, SHADOW_TAB) ?? createShadow(ss);
  const rows = [
    ...map.entries(),
    ...Array.from({ length: ROOM_AHEAD }, () => ["", ""])
  ];
  const want = rows.length + 1;
  const max = sheet.getMaxRows();
  if (want > max) {
    sheet.insertRowsAfter(max, want - max);
    forgetTabs();
  } else if (want < max) deleteSheetRows(sheet, want + 1, max - want, max);
  writeBlock(sheet, 2, rows);
}
function updateShadow(ss, changes, offset) {
  const wanted = changes.filter(([id]) => id !== "");
  if (wanted.length === 0) return;
  const sheet = sheetNamed(ss, SHADOW_TAB) ?? createShadow(ss);
  const current = entries(sheet, offset);
  const at = new Map(current.map(([id], i) => [id, i]));
  const fresh = [];
  let lo = Infinity;
  let hi = -1;
  for (const [id, status] of wanted) {
    const i = at.get(id);
    if (i === void 0) {
      at.set(id, current.length + fresh.length);
      fresh.push([id, status]);
    } else {
      current[i] = [id, status];
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
  }
  if (hi >= 0) sheet.getRange(lo + 2, 1, hi - lo + 1, 2).setValues(current.slice(lo, hi + 1));
  if (fresh.length > 0) {
    const start = current.length + 2;
    intoGrid(
      true,
      () => writeBlock(sheet, start, fresh),
      () => grow(sheet, start + fresh.length - 1)
    );
  }
}
function appendShadow(ss, rows) {
  if (rows.length === 0) return;
  const sheet = sheetNamed(ss, SHADOW_TAB) ?? createShadow(ss);
  const start = sheet.getLastRow() + 1;
  intoGrid(
    true,
    () => writeBlock(sheet, start, rows),
    () => grow(sheet, start + rows.length - 1)
  );
}
function grow(sheet, last) {
  const max = sheet.getMaxRows();
  if (last <= max) return false;
  sheet.insertRowsAfter(max, last - max + ROOM_AHEAD);
  forgetTabs();
  return true;
}
function writeBlock(sheet, row, rows) {
  const range = sheet.getRange(row, 1, rows.length, 2);
  range.setNumberFormat("@");
  range.setValues(rows);
}
function createShadow(ss) {
  const sheet = ss.insertSheet(SHADOW_TAB);
  sheet.getRange(1, 1, 1, 2).setValues([["Lead ID", "Status"]]);
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  sheet.protect().setDescription(`Lembar CRM: last accepted statuses (${TAB.leads})`).setWarningOnly(true);
  return sheet;
}

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m; i++) {
    let eq = peq[b.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j * 32;
    const vlen2 = Math.min(32, m) + start2;
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j * 32;
  const vlen = Math.min(32, m - start) + start;
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};

// src/core/match-spelling.ts
var respelled = /* @__PURE__ */ new Map();
function modernSpelling(t2) {
  let out = respelled.get(t2);
  if (out === void 0) {
    if (respelled.size > 5e4) respelled.clear();
    out = respell(t2);
    respelled.set(t2, out);
  }
  return out;
}
function respell(t2) {
  return t2.replace(/dj/g, "j").replace(/tj/g, "c").replace(/oe/g, "u").replace(/sj/g, "sy").replace(/nj/g, "ny").replace(/ch(?=[aiueo])/g, "kh").replace(/dh/g, "d").replace(/th/g, "t").replace(/kh/g, "k").replace(/q/g, "k").replace(/ph/g, "f").replace(/[fv]/g, "p").replace(/(?<=.)y(?![aiueo])/g, "i").replace(/([a-z])\1+/g, "$1");
}
var ROMAN = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
  xiii: 13,
  xiv: 14,
  xv: 15,
  xvi: 16,
  xvii: 17,
  xviii: 18,
  xix: 19,
  xx: 20
};
var NUMBERED = /* @__PURE__ */ new Set([
  "tahap",
  "cabang",
  "cab",
  "unit",
  "jilid",
  "blok",
  "gedung",
  "lantai",
  "no",
  "nomor",
  "negeri"
]);
function numberMarks(raw) {
  const text5 = String(raw ?? "");
  if (!/\d|(^|[^a-z])[ivx]+([^a-z]|$)/i.test(text5)) return [];
  const words2 = text5.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean);
  const out = [];
  words2.forEach((w, i) => {
    for (const d of w.match(/\d+/g) ?? []) out.push(d.replace(/^0+(?=\d)/, ""));
    const roman = ROMAN[w];
    if (roman && (w.length >= 2 || i === words2.length - 1 || NUMBERED.has(words2[i - 1] ?? "")) && i > 0)
      out.push(String(roman));
  });
  return out.sort();
}
function marksConflict(a, b) {
  if (!a || !b || a.length === 0 || b.length === 0) return false;
  return a.length !== b.length || a.some((m, i) => m !== b[i]);
}

// src/core/match-company.ts
var LEGAL_FORMS = /* @__PURE__ */ new Set([
  "pt",
  "cv",
  "ud",
  "tbk",
  "toko",
  "tk",
  "yayasan",
  "yys",
  "yay",
  "koperasi",
  "kop",
  "ksp",
  "ksu",
  "kud",
  "kopontren",
  "firma",
  "fa",
  "persero",
  "perum",
  "pd",
  "ltd",
  "inc",
  "co",
  "corp",
  "group",
  "grup",
  "usaha",
  "dagang"
]);
var PLACEHOLDERS2 = /* @__PURE__ */ new Set([
  "",
  "-",
  "--",
  "na",
  "n/a",
  "tbd",
  "tba",
  "unknown",
  "tidak ada",
  "tidakada",
  "none",
  "null",
  "nil",
  "belum ada",
  "?",
  ".",
  "x",
  "xx",
  "xxx"
]);
var PRIVATE = /* @__PURE__ */ new Set([
  "pribadi",
  "perorangan",
  "perseorangan",
  "personal",
  "individu",
  "private",
  "rumah",
  "rumah pribadi",
  "sendiri"
]);
function isPlaceholder(v) {
  return PLACEHOLDERS2.has(
    String(v ?? "").trim().toLowerCase()
  );
}
var TYPE_WORDS = /* @__PURE__ */ new Set(["rs", "rsu", "tb", "sekolah", "sek", "perumahan", "kopkar", "koperasi", "kop"]);
var CITIES = new Set(
  "jakarta bandung surabaya medan semarang makassar palembang denpasar yogyakarta jogja jogjakarta malang bekasi tangerang depok bogor batam pekanbaru balikpapan samarinda pontianak manado solo surakarta cirebon padang jambi lampung bandar banjarmasin kupang mataram ambon jayapura sorong kendari palu gorontalo serang cilegon tasikmalaya sukabumi karawang purwakarta kediri madiun jember banyuwangi sidoarjo gresik mojokerto pasuruan probolinggo blitar tegal pekalongan kudus magelang salatiga klaten sleman bantul cianjur garut bali lombok aceh banda siantar binjai bukittinggi bengkulu pangkalpinang tanjungpinang tarakan bontang".split(" ")
);
var DIRECTIONS = /* @__PURE__ */ new Set(["utara", "selatan", "barat", "timur", "pusat", "tengah", "raya"]);
var OFFICE_WORDS = /* @__PURE__ */ new Set(["pusat", "kantor", "kp", "perwakilan", "wilayah", "area", "regional", "head", "office"]);
function dropBranch(words2) {
  const w = [...words2];
  for (; ; ) {
    const last = w[w.length - 1];
    const prev = w[w.length - 2];
    if (w.length <= 1) return w;
    if (OFFICE_WORDS.has(last) || CITIES.has(last)) w.pop();
    else if (DIRECTIONS.has(last) && prev !== void 0 && CITIES.has(prev) && w.length > 2) w.splice(-2, 2);
    else return w;
  }
}
function initialsOf(words2) {
  const all2 = words2.filter((t2) => !/^\d+$/.test(t2));
  const core = all2.filter((t2) => !LEGAL_FORMS.has(t2) && !TYPE_WORDS.has(t2));
  const noForm = LEGAL_FORMS.has(all2[0] ?? "") || TYPE_WORDS.has(all2[0] ?? "") ? all2.slice(1) : all2;
  const out = /* @__PURE__ */ new Set();
  for (const ws of [all2, core, noForm]) if (ws.length >= 2) out.add(ws.map((t2) => t2[0]).join(""));
  return [...out];
}
function companyKey(raw) {
  const s = String(raw ?? "").trim().toLowerCase();
  if (PLACEHOLDERS2.has(s)) return { kind: "none", tokens: [], core: "", raw: [] };
  if (PRIVATE.has(s.replace(/[^a-z ]/g, "").trim())) return { kind: "private", tokens: [], core: "", raw: [] };
  const formed = s.replace(/\b(p)\s*\.?\s*(t)\b\.?/g, " pt ").replace(/\b(c)\s*\.?\s*(v)\b\.?/g, " cv ").replace(/\b(u)\s*\.?\s*(d)\b\.?/g, " ud ").replace(/\b(r)\s*\.?\s*(s)\b\.?/g, " rs ").replace(/\brumah\s+sakit\b/g, " rs ").replace(/\b(?:toko|tk)\s*\.?\s*bangunan\b/g, " tb ").replace(/\bt\s*\.\s*b\b\.?/g, " tb ").replace(/\b(sd|smp|sma|smk|man|mtsn|min)n\b/g, " $1 negeri ").replace(/\b(cabang|cab)\b\.?.*$/, "").replace(/&/g, " dan ");
  const written = formed.replace(/[^a-z0-9 ]+/g, " ").split(/\s+/).filter(Boolean);
  const cleaned = formed.replace(/\bsimpan\s+pinjam\b/g, " ksp ").replace(/\bkoperasi\s+serba\s+usaha\b/g, " ksu ").replace(/\b([a-z]{1,6})\.(?=\s|$|[a-z])/g, " $1~ ").replace(/[^a-z0-9~ ]+/g, " ");
  let words2 = cleaned.split(/\s+/).filter((t2) => t2 !== "" && !LEGAL_FORMS.has(t2.replace("~", "")) && !TYPE_WORDS.has(t2.replace("~", "")));
  if (words2.length >= 2 && words2.every((t2) => /^[a-z]~?$/.test(t2))) words2 = [words2.map((t2) => t2[0]).join("")];
  if (words2.length === 0) return { kind: "none", tokens: [], core: "", raw: [] };
  const marks = numberMarks(s);
  const initials2 = [
    .../* @__PURE__ */ new Set([...initialsOf(written), ...words2.length >= 2 ? [words2.map((t2) => t2[0]).join("")] : []])
  ];
  const keyOf3 = (ws) => {
    const raw2 = ws.map((t2) => t2.replace("~", ""));
    const tokens2 = raw2.map(modernSpelling);
    const key2 = {
      kind: "company",
      tokens: tokens2,
      core: tokens2.join(" "),
      sorted: [...tokens2].sort().join(" "),
      raw: raw2,
      initials: initials2,
      dotted: ws.map((t2) => t2.endsWith("~"))
    };
    return marks.length > 0 ? { ...key2, marks } : key2;
  };
  const key = keyOf3(words2);
  const base = dropBranch(words2);
  return base.length < words2.length ? { ...key, base: keyOf3(base) } : key;
}
function abbreviates(short, long, dotted) {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  if (j < short.length) return false;
  return dotted || short.length >= 4 && long.startsWith(short) || short.length >= 3 && !/[aiueo]/.test(short.slice(1));
}
var WORD_SHORT = {
  ina: "indonesia",
  indo: "indonesia",
  ind: "indonesia",
  intl: "internasional",
  int: "internasional",
  nus: "nusantara"
};
function wordMatch(a, i, b, j) {
  const x = a.tokens[i];
  const y = b.tokens[j];
  if (x === y) return 1;
  if (x.length >= 4 && y.length >= 4 && x[0] === y[0] && distance(x, y) <= 1) return 0.9;
  if (WORD_SHORT[a.raw[i]] === b.raw[j] || WORD_SHORT[b.raw[j]] === a.raw[i]) return 0.8;
  if (abbreviates(a.raw[i], b.raw[j], a.dotted?.[i] ?? false)) return 0.8;
  if (abbreviates(b.raw[j], a.raw[i], b.dotted?.[j] ?? false)) return 0.8;
  return 0;
}
function alignedWords(a, b) {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (s.tokens.length === 0 || s.tokens.length < 2 && s.tokens.length !== l.tokens.length) return 0;
  let j = 0;
  let whole = false;
  for (let i = 0; i < s.tokens.length; i++) {
    let m = 0;
    for (; j < l.tokens.length; j++) {
      m = wordMatch(s, i, l, j);
      if (m > 0) break;
    }
    if (j >= l.tokens.length) return 0;
    if (m >= 0.9 && s.tokens[i].length >= 3) whole = true;
    j++;
  }
  if (!whole) return 0;
  return s.tokens.length === l.tokens.length ? 0.9 : 0.88;
}
function compareCompanies(a, b) {
  if (a.kind !== "company" || b.kind !== "company" || marksConflict(a.marks, b.marks)) return 0;
  let best = compareCores(a, b);
  if (best < 1 && a.base) best = Math.max(best, compareCores(a.base, b));
  if (best < 1 && b.base) best = Math.max(best, compareCores(a, b.base));
  if (best < 1 && a.base && b.base) best = Math.max(best, compareCores(a.base, b.base));
  return best;
}
function compareCores(a, b) {
  if (a.core === b.core) return 1;
  const sa = a.sorted ?? [...a.tokens].sort().join(" ");
  const sb = b.sorted ?? [...b.tokens].sort().join(" ");
  if (sa === sb) return 0.95;
  if (a.tokens.join("") === b.tokens.join("")) return 0.95;
  const isInitials = (x, y) => x.raw.length === 1 && x.raw[0].length >= 2 && (y.initials ?? []).includes(x.raw[0]);
  if (isInitials(a, b) || isInitials(b, a)) return Math.min(a.raw[0].length, b.raw[0].length) >= 3 ? 0.85 : 0.8;
  const long = Math.max(sa.length, sb.length);
  const ratio2 = 1 - distance(sa, sb) / long;
  return Math.max(ratio2, alignedWords(a, b));
}

// src/core/names.ts
var HONORIFICS = /* @__PURE__ */ new Set([
  "bapak",
  "bpk",
  "bp",
  "pak",
  "ibu",
  "ib",
  "bu",
  "ny",
  "nyonya",
  "nn",
  "nona",
  "sdr",
  "sdri",
  "saudara",
  "saudari",
  "tn",
  "tuan",
  "mas",
  "mbak",
  "mba",
  "kak",
  "kakak",
  "bang",
  "abang",
  "koh",
  "ko",
  "cik",
  "ci",
  "cici",
  "teh",
  "aa",
  "akang",
  "kang",
  "uda",
  "uni",
  "om",
  "tante",
  "mr",
  "mrs",
  "ms",
  "miss",
  "h",
  "hj",
  "haji",
  "hajjah",
  "kh",
  "ust",
  "ustad",
  "ustadz",
  "ustadzah",
  "dr",
  "drs",
  "dra",
  "ir",
  "prof",
  "drg",
  "dok"
]);
var DEGREES = /* @__PURE__ */ new Set([
  "st",
  "se",
  "sh",
  "ssi",
  "skom",
  "spd",
  "spdi",
  "sked",
  "ssos",
  "sip",
  "sag",
  "sak",
  "sp",
  "spsi",
  "sfarm",
  "ssn",
  "sth",
  "stp",
  "sgz",
  "skg",
  "skm",
  "sds",
  "sikom",
  "mt",
  "mm",
  "mba",
  "mkom",
  "msi",
  "mpd",
  "mh",
  "mag",
  "msc",
  "ma",
  "mkes",
  "amd",
  "amdkeb",
  "amdkep",
  "phd",
  "dipl",
  "bsc",
  "ba",
  "ak",
  "cpa",
  "spog",
  "spa",
  "sppd",
  "mars"
]);
var PARTICLES = /* @__PURE__ */ new Set(["br", "boru", "bin", "binti"]);
var BALINESE_ORDER = /* @__PURE__ */ new Set([
  "wayan",
  "made",
  "nyoman",
  "ketut",
  "putu",
  "kadek",
  "komang",
  "gede",
  "gusti",
  "luh",
  "nengah",
  "ketu"
]);
var SHORT_FORMS = { st: "siti", sti: "siti", abd: "abdul", abdl: "abdul", ach: "ahmad" };
var NAME_VARIANTS = {
  nurul: "nur",
  abd: "abdul",
  achmad: "ahmad",
  akhmad: "ahmad",
  ahmat: "ahmad",
  amad: "ahmad"
};
var MUHAMMAD = /* @__PURE__ */ new Set([
  "muhammad",
  "muhamad",
  "muhammat",
  "mohammad",
  "mohamad",
  "mohammed",
  "mochammad",
  "mochamad",
  "mokhammad",
  "mokhamad",
  "muhamed",
  "moh",
  "muh",
  "moch",
  "mhd",
  "mhmd",
  "md",
  "muhd"
]);
function nameKey(raw) {
  let s = String(raw ?? "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  s = s.replace(/\(([^)]*)\)/g, " ");
  const initials2 = /* @__PURE__ */ new Set();
  const typed = [];
  const raws = s.split(/[\s,]+/).filter(Boolean);
  const tokens2 = [];
  raws.forEach((w, i) => {
    const bare = w.replace(/[^a-z]/g, "");
    if (bare === "") return;
    const isLeading = tokens2.length === 0;
    if (isLeading && HONORIFICS.has(bare) && i < raws.length - 1) return;
    if (DEGREES.has(bare) && i > 0) return;
    if (PARTICLES.has(bare) && i > 0 && i < raws.length - 1) return;
    const next = raws[i + 1] ?? "";
    if ((bare === "i" || bare === "ni") && (BALINESE_ORDER.has(next.replace(/[^a-z]/g, "")) || i < raws.length - 2))
      return;
    if (MUHAMMAD.has(bare) || bare === "m" && /\./.test(w) && i === 0) {
      tokens2.push("muhammad");
      typed.push(bare);
      return;
    }
    const full = (/\./.test(w) ? SHORT_FORMS[bare] : void 0) ?? NAME_VARIANTS[bare];
    if (full) {
      tokens2.push(full);
      typed.push(bare);
      return;
    }
    const t2 = modernSpelling(bare);
    if (t2.length === 1 || /^[a-z]\.$/.test(w)) initials2.add(t2);
    tokens2.push(t2);
    typed.push(bare);
  });
  const marks = numberMarks(raw);
  const key = { tokens: tokens2, initials: initials2, typed, joined: joinedWords(tokens2), sorted: [...tokens2].sort().join("") };
  return marks.length > 0 ? { ...key, marks } : key;
}
function joinedWords(xs) {
  return xs.join("").replace(/(.)\1+/g, "$1");
}
function tokenMatch(a, b, aInitial, bInitial) {
  if (a === b) return a.length === 1 ? 0.6 : 1;
  if ((aInitial || a.length === 1) && b.startsWith(a)) return 0.6;
  if ((bInitial || b.length === 1) && a.startsWith(b)) return 0.6;
  if (Math.min(a.length, b.length) < 3) return 0;
  if (Math.max(a.length, b.length) < 4) return a[0] === b[0] && transposed(a, b) ? 0.85 : 0;
  if (a[0] !== b[0]) return 0;
  const d = Math.min(distance(a, b), transposed(a, b) ? 1 : 99);
  const long = Math.max(a.length, b.length);
  if (d === 1) return 0.85;
  if (d === 2 && long >= 7) return 0.75;
  return 0;
}
function transposed(a, b) {
  if (a.length !== b.length) return false;
  const diff = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}
function softTokenMatch(a, b, aInitial, bInitial) {
  const strict = tokenMatch(a, b, aInitial, bInitial);
  if (strict > 0) return strict;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 2 && long.length >= 3 && long.startsWith(short)) return 0.6;
  if (short.length < 3) return 0;
  const d = Math.min(distance(a, b), transposed(a, b) ? 1 : 99);
  return Math.max(0, 1 - d / Math.max(a.length, b.length));
}
function compareNames(a, b, match = tokenMatch) {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const none = { score: 0, matched: 0, shorter: s.tokens.length, longer: l.tokens.length, exact: false };
  if (s.tokens.length === 0 || marksConflict(a.marks, b.marks)) return none;
  if (s.tokens.join(" ") === l.tokens.join(" "))
    return { score: 1, matched: s.tokens.length, shorter: s.tokens.length, longer: l.tokens.length, exact: true };
  const sortedOf = (k) => k.sorted ?? [...k.tokens].sort().join("");
  if ((s.joined ?? joinedWords(s.tokens)) === (l.joined ?? joinedWords(l.tokens)) || sortedOf(s) === sortedOf(l)) {
    return { score: 0.95, matched: l.tokens.length, shorter: l.tokens.length, longer: l.tokens.length, exact: false };
  }
  let used = 0;
  let total = 0;
  let matched = 0;
  let spelled = 0;
  let initials2 = 0;
  const lt = l.tokens;
  for (let i = 0; i < s.tokens.length; i++) {
    const t2 = s.tokens[i];
    const tInitial = s.initials.has(t2);
    const x = s.typed?.[i];
    let best = 0;
    let at = -1;
    for (let j = 0; j < lt.length && j < 30; j++) {
      if (used & 1 << j) continue;
      const u2 = lt[j];
      let m = match(t2, u2, tInitial, l.initials.has(u2));
      const y = l.typed?.[j];
      if (m < 0.85 && x && y && (x !== t2 || y !== u2)) m = Math.max(m, match(x, y, false, false));
      if (m > best) {
        best = m;
        at = j;
      }
    }
    if (at < 0) return none;
    used |= 1 << at;
    total += best;
    matched++;
    const u = l.tokens[at];
    if (best === 1 && t2.length > 1) spelled++;
    else if (t2 !== u && (t2.length === 1 || u.length === 1) && t2[0] === u[0]) initials2++;
  }
  if (initials2 > 0 && spelled + initials2 === s.tokens.length && spelled > 0)
    total += initials2 * ((spelled >= 2 ? 0.9 : 0.75) - 0.6);
  const extra = l.tokens.length - s.tokens.length;
  const score = total / s.tokens.length - 0.05 * extra;
  return { score: Math.max(0, score), matched, shorter: s.tokens.length, longer: l.tokens.length, exact: false };
}
function oneKeystroke(a, b) {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb)
    return a.slice(i + 1) === b.slice(i + 1) || a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function oneTypoApart(a, b, lenient = false) {
  if (a.tokens.length !== b.tokens.length || a.tokens.length < 2) return false;
  let typos = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    if (a.tokens[i] === b.tokens[i]) continue;
    const x = a.typed[i] ?? a.tokens[i];
    const y = b.typed[i] ?? b.tokens[i];
    if (++typos > 1 || Math.min(x.length, y.length) < 3 || !oneKeystroke(x, y)) return false;
    if (!lenient && Math.max(x.length, y.length) < 5 && (x[0] !== y[0] || x.length === y.length && !transposed(x, y)))
      return false;
  }
  return typos === 1 && a.tokens.some((t2, i) => t2 === b.tokens[i] && t2.length >= 3);
}

// src/core/match.ts
var PROVIDERS = [
  "gmail.com",
  "yahoo.com",
  "yahoo.co.id",
  "hotmail.com",
  "outlook.com",
  "icloud.com",
  "ymail.com",
  "live.com",
  "rocketmail.com"
];
var providers = /* @__PURE__ */ new Map();
function providerOf(domain) {
  if (PROVIDERS.includes(domain)) return domain;
  let known2 = providers.get(domain);
  if (known2 === void 0) {
    const near = PROVIDERS.filter((p) => distance(p, domain) <= (p.length >= 9 ? 2 : 1));
    known2 = near.length === 1 ? near[0] : domain;
    if (providers.size > 1e4) providers.clear();
    providers.set(domain, known2);
  }
  return known2;
}
function canonicalEmail(e) {
  const [local, raw] = e.split("@");
  const domain = providerOf(raw ?? "");
  if (domain === "gmail.com" || domain === "googlemail.com")
    return `${local.split("+")[0].replace(/\./g, "")}@gmail.com`;
  return `${local}@${domain}`;
}
function splitNameCompany(name, company) {
  if (company.kind !== "none") return { name, company };
  const m = /^(.+?)\s+[-–—/|]\s+(.+)$/.exec(String(name ?? "").trim());
  if (!m) return { name, company };
  const business = /\b(pt|cv|ud|toko|tk|koperasi|kop|ksu|ksp|yayasan|yys|pd|fa|firma|studio|bengkel|klinik|apotek|rm|rumah makan|cafe|kafe)\b\.?/i.test(
    m[2]
  );
  if (!business) return { name, company };
  const firm = companyKey(m[2]);
  return firm.kind === "company" ? { name: m[1], company: firm } : { name, company };
}
var KeyCache = class {
  constructor() {
    __publicField(this, "names", /* @__PURE__ */ new Map());
    __publicField(this, "companies", /* @__PURE__ */ new Map());
  }
  name(v) {
    if (typeof v !== "string") return nameKey(v);
    let k = this.names.get(v);
    if (!k) {
      k = nameKey(v);
      this.names.set(v, k);
    }
    return k;
  }
  company(v) {
    if (typeof v !== "string") return companyKey(v);
    let k = this.companies.get(v);
    if (!k) {
      k = companyKey(v);
      this.companies.set(v, k);
    }
    return k;
  }
};
function prepare(r, cache2 = new KeyCache()) {
  const nc = splitNameCompany(r.name, cache2.company(r.company));
  const mails = emailKeys(typeof r.email === "string" ? r.email : "");
  return {
    name: cache2.name(nc.name),
    company: nc.company,
    phones: phoneKeys(r.phone),
    emails: mails.map(canonicalEmail),
    // The words of each mailbox's name as typed (`saminah.jaya`: saminah, jaya), for the blocks.
    mailWords: mails.flatMap((e) => e.split("@")[0].split(/[^a-z]+/)).filter((w) => w.length >= 5)
  };
}
var MAX_CONTACT_BLOCK = 60;
var MAX_NAME_BLOCK = 400;
var NAME_WITH_CONTACT = 0.84;
var NAME_WITHOUT_CONTACT = 0.9;
var COMPANY_SAME = 0.85;
var mailboxNames = /* @__PURE__ */ new Map();
function namedIn(email2, tokens2) {
  let local = mailboxNames.get(email2);
  if (local === void 0) {
    local = nameKey(email2.split("@")[0].replace(/[._\-+\d]+/g, " ")).tokens.join("");
    if (mailboxNames.size > 1e4) mailboxNames.clear();
    mailboxNames.set(email2, local);
  }
  return tokens2.some((t2) => t2.length >= 4 && local.includes(t2.slice(0, 4)));
}
function mailboxSpellsName(x, y) {
  const a = x.name.typed;
  const b = y.name.typed;
  if (a.length !== b.length || a.length === 0 || x.emails.length + y.emails.length === 0) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (x.name.tokens[i] === y.name.tokens[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const [s, t2] = [a[diff], b[diff]];
  if (Math.min(s.length, t2.length) < 5 || !oneKeystroke(s, t2)) return false;
  if (s.length === t2.length && s.slice(0, -1) === t2.slice(0, -1)) return false;
  return [...x.emails, ...y.emails].some((e) => {
    const local = e.split("@")[0].replace(/[^a-z]/g, "");
    return local.includes(s) || local.includes(t2);
  });
}
function softEveryToken(a, b) {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (s.tokens.length === 0) return 0;
  const words2 = s.tokens.filter((t2) => !(s.initials.has(t2) || t2.length === 1));
  if (words2.length === 0) return 0;
  return Math.min(
    ...words2.map((t2) => Math.max(0, ...l.tokens.map((u) => softTokenMatch(t2, u, false, l.initials.has(u)))))
  );
}
function judgePair(x, y) {
  const phone3 = x.phones.some((p) => y.phones.includes(p));
  const email2 = x.emails.some((e) => y.emails.includes(e));
  const shared2 = phone3 || email2;
  const bothCompanies = x.company.kind === "company" && y.company.kind === "company";
  if (!shared2 && !bothCompanies) return null;
  const names = compareNames(x.name, y.name);
  const spelled = !shared2 && names.score < NAME_WITHOUT_CONTACT && mailboxSpellsName(x, y);
  if (!shared2 && names.score < NAME_WITHOUT_CONTACT && !spelled) return null;
  const differ = email2 ? [
    ...x.name.tokens.filter((t2) => !y.name.tokens.includes(t2)),
    ...y.name.tokens.filter((t2) => !x.name.tokens.includes(t2))
  ] : [];
  const personalEmail = email2 && x.emails.some(
    (e) => y.emails.includes(e) && namedIn(e, differ.length > 0 ? differ : [...x.name.tokens, ...y.name.tokens])
  );
  const comp = compareCompanies(x.company, y.company);
  const conflict = bothCompanies && comp < 0.6;
  const mononym = names.shorter === 1;
  const reasons2 = [];
  if (phone3) reasons2.push("samePhone");
  if (email2) reasons2.push("sameEmail");
  if (names.exact) reasons2.push("sameName");
  else if (names.score > 0) reasons2.push("similarName");
  if (bothCompanies && comp >= 1) reasons2.push("sameCompany");
  else if (bothCompanies && comp >= COMPANY_SAME) reasons2.push("similarCompany");
  else if (x.company.kind !== "company" && y.company.kind !== "company") reasons2.push("privatePerson");
  else if (!bothCompanies) reasons2.push("companyMissing");
  if (conflict) return null;
  if (shared2) {
    const atSameCompany = bothCompanies && comp >= COMPANY_SAME;
    if (atSameCompany && names.score < NAME_WITH_CONTACT && oneTypoApart(x.name, y.name, personalEmail))
      return {
        score: Math.min(1, 0.55 + 0.35 * 0.85 + 0.1 * comp),
        reasons: [...reasons2.filter((r) => r !== "sameName"), "similarName"],
        shared: shared2
      };
    const strong = personalEmail && (phone3 || atSameCompany);
    const typoAtSameLine = phone3 && atSameCompany && !strong;
    if ((strong || typoAtSameLine) && names.score < NAME_WITH_CONTACT) {
      const soft = compareNames(x.name, y.name, softTokenMatch);
      const each = softEveryToken(x.name, y.name);
      const need = typoAtSameLine ? 0.8 : phone3 && atSameCompany ? 0.55 : 0.65;
      const eachNeed = typoAtSameLine ? 0.8 : 0.6;
      if (soft.score >= need && each >= eachNeed && !(mononym && soft.longer > 2) && !(typoAtSameLine && soft.shorter !== soft.longer)) {
        return {
          score: Math.min(1, 0.5 + 0.3 * soft.score + (bothCompanies ? 0.1 * comp : 0.05)),
          reasons: [...reasons2.filter((r) => r !== "sameName"), "similarName"],
          shared: shared2
        };
      }
      return null;
    }
    if (names.score < NAME_WITH_CONTACT) return null;
    if (mononym && names.longer > 2) return null;
    const manyPieces = personalEmail || phone3 && email2 || typoAtSameLine;
    if (mononym && names.score < 1 && !(manyPieces && names.longer === 1)) return null;
    const score = 0.55 + 0.35 * names.score + (bothCompanies ? 0.1 * comp : 0.05);
    return { score: Math.min(1, score), reasons: reasons2, shared: shared2 };
  }
  const sameOneWord = mononym && names.longer === 1 && names.score === 1 && comp >= 0.95;
  if (spelled && comp >= 0.95) return { score: Math.min(1, 0.35 + 0.35 * 0.85 + 0.25 * comp), reasons: reasons2, shared: shared2 };
  if (!bothCompanies || comp < COMPANY_SAME || mononym && !sameOneWord || names.score < NAME_WITHOUT_CONTACT)
    return null;
  return { score: Math.min(1, 0.35 + 0.35 * names.score + 0.25 * comp), reasons: reasons2, shared: shared2 };
}
var UnionFind = class {
  constructor(n) {
    __publicField(this, "parent");
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i) {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
};
function addToBlock(blocks, key, i) {
  const b = blocks.get(key);
  if (b) b.push(i);
  else blocks.set(key, [i]);
}
var marksOf = (p, which) => {
  const m = which === "name" ? p.name.marks : p.company.marks;
  return m && m.length > 0 ? m.join(" ") : void 0;
};
function findDuplicates(rows) {
  const cache2 = new KeyCache();
  const prepared2 = rows.map((r) => prepare(r, cache2));
  const n = rows.length;
  const contactBlocks = /* @__PURE__ */ new Map();
  const nameBlocks = /* @__PURE__ */ new Map();
  const addPair = (a, c, i) => {
    let inner = nameBlocks.get(a);
    if (!inner) {
      inner = /* @__PURE__ */ new Map();
      nameBlocks.set(a, inner);
    }
    addToBlock(inner, c, i);
  };
  const ids = /* @__PURE__ */ new Map();
  const idOf = (t2) => {
    let v = ids.get(t2);
    if (v === void 0) {
      v = ids.size + 1;
      ids.set(t2, v);
    }
    return v;
  };
  prepared2.forEach((p, i) => {
    for (const ph of p.phones) addToBlock(contactBlocks, `p:${ph}`, i);
    for (const e of p.emails) addToBlock(contactBlocks, `e:${e}`, i);
    const nameIds = p.name.tokens.filter((t2) => t2.length >= 2).map((t2) => idOf(`n:${t2}`));
    const compIds = p.company.tokens.filter((t2) => t2.length >= 3).map((t2) => idOf(`c:${t2}`));
    if (p.name.tokens.length > 0 && p.name.joined) nameIds.push(idOf(`n:${p.name.joined}`));
    for (const w of p.mailWords ?? []) nameIds.push(idOf(`n:${modernSpelling(w)}`));
    const uniqueNames = [...new Set(nameIds)];
    for (const a of uniqueNames) for (const c of compIds) addPair(a, c, i);
    const words2 = p.name.tokens.filter((t2) => t2.length >= 3).map((t2) => idOf(`n:${t2}`));
    if (p.company.kind === "company") {
      for (let x = 0; x < words2.length; x++)
        for (let y = x + 1; y < words2.length; y++)
          if (words2[x] !== words2[y]) addPair(Math.min(words2[x], words2[y]), Math.max(words2[x], words2[y]), i);
    }
  });
  const seen = /* @__PURE__ */ new Set();
  const pairs = [];
  const sharedEdges = /* @__PURE__ */ new Map();
  const consider = (i, j) => {
    if (i === j) return;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const key = a * n + b;
    if (seen.has(key)) return;
    seen.add(key);
    const v = judgePair(prepared2[a], prepared2[b]);
    if (v) pairs.push({ a, b, score: v.score, reasons: v.reasons });
  };
  for (const [key, members] of contactBlocks) {
    if (members.length < 2) continue;
    if (members.length <= MAX_CONTACT_BLOCK)
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) consider(members[x], members[y]);
    sharedEdges.set(key, { members: new Set(members), kind: key.startsWith("p:") ? "phone" : "email" });
  }
  for (const inner of nameBlocks.values())
    for (const members of inner.values()) {
      if (members.length < 2 || members.length > MAX_NAME_BLOCK) continue;
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) consider(members[x], members[y]);
    }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  const uf = new UnionFind(n);
  const companyMark = /* @__PURE__ */ new Map();
  const nameMark = /* @__PURE__ */ new Map();
  const conflicts = (marks, ra, rb) => marks.has(ra) && marks.has(rb) && marks.get(ra) !== marks.get(rb);
  prepared2.forEach((p, i) => {
    const c = marksOf(p, "company");
    const m = marksOf(p, "name");
    if (c !== void 0) companyMark.set(i, c);
    if (m !== void 0) nameMark.set(i, m);
  });
  const kept2 = [];
  for (const p of pairs) {
    const ra = uf.find(p.a);
    const rb = uf.find(p.b);
    if (ra === rb) {
      kept2.push(p);
      continue;
    }
    if (conflicts(companyMark, ra, rb) || conflicts(nameMark, ra, rb)) continue;
    uf.union(p.a, p.b);
    const r = uf.find(p.a);
    for (const marks of [companyMark, nameMark]) {
      const v = marks.get(ra) ?? marks.get(rb);
      if (v !== void 0) marks.set(r, v);
    }
    kept2.push(p);
  }
  const groupsMap = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const g = groupsMap.get(r);
    if (g) g.push(i);
    else groupsMap.set(r, [i]);
  }
  const edgesOf = /* @__PURE__ */ new Map();
  for (const p of kept2) {
    const r = uf.find(p.a);
    const e = edgesOf.get(r);
    if (e) e.push(p);
    else edgesOf.set(r, [p]);
  }
  const groups = [];
  for (const members of groupsMap.values()) {
    if (members.length < 2) continue;
    const edges = edgesOf.get(uf.find(members[0])) ?? [];
    const reasons2 = [...new Set(edges.flatMap((e) => e.reasons))];
    const score = Math.round(edges.reduce((n2, e) => n2 + e.score, 0) / edges.length * 100) / 100;
    groups.push({ members: members.sort((a, b) => a - b), score, reasons: reasons2 });
  }
  groups.sort((a, b) => a.members[0] - b.members[0]);
  const sharedContacts = [];
  for (const [key, { members, kind }] of sharedEdges) {
    const byGroup = /* @__PURE__ */ new Map();
    for (const m of members) byGroup.set(uf.find(m), m);
    if (byGroup.size < 2) continue;
    sharedContacts.push({ members: [...members].sort((a, b) => a - b), contact: key.slice(2), kind });
  }
  sharedContacts.sort((a, b) => a.members[0] - b.members[0]);
  return { groups, sharedContacts };
}
function findSameClient(lead2, rows) {
  const x = prepare(lead2);
  const stems = x.name.tokens.filter((t2) => t2.length >= 3).map((t2) => t2.slice(0, 3));
  if (stems.length === 0 || x.company.kind !== "company") return [];
  const out = [];
  rows.forEach((r, index) => {
    const raw = String(r.name ?? "").toLowerCase();
    if (!stems.some((s) => raw.includes(s))) return;
    const j = judgePair(x, prepare(r));
    if (j && !j.shared) out.push({ index, score: j.score, reasons: j.reasons });
  });
  return out.sort((a, b) => b.score - a.score);
}
function sameClientAtEntry(typed, existing) {
  const x = prepare(typed);
  const y = prepare(existing);
  if (judgePair(x, y) !== null) return true;
  const shared2 = x.phones.some((p) => y.phones.includes(p)) || x.emails.some((e) => y.emails.includes(e));
  if (!shared2) return false;
  const [a, b] = [titleGender(typed.name), titleGender(existing.name)];
  if (a !== "" && b !== "" && a !== b) return false;
  const names = compareNames(x.name, y.name);
  return names.matched > 0 && names.matched === names.shorter && names.score >= NAME_WITH_CONTACT;
}
function explainPair(a, b) {
  const x = prepare(a);
  const y = prepare(b);
  return {
    verdict: judgePair(x, y),
    x: { ...x, name: { tokens: x.name.tokens } },
    y: { ...y, name: { tokens: y.name.tokens } },
    names: compareNames(x.name, y.name),
    company: compareCompanies(x.company, y.company)
  };
}

// src/core/client.ts
var CLIENT_ID_PREFIX = "C-";
function formatClientId(n) {
  return CLIENT_ID_PREFIX + String(n).padStart(6, "0");
}
function clientIdNumber(id) {
  const m = /^C-(\d+)$/.exec(String(id ?? "").trim());
  return m ? Number(m[1]) : null;
}
function nextClientNumber(lastIssued, existingIds) {
  let max = lastIssued;
  for (const id of existingIds) {
    const n = clientIdNumber(id);
    if (n !== null && n > max) max = n;
  }
  return max + 1;
}
var NOT_AN_ID = "\0";
function assignClientIds(rows, lastIssued) {
  const ids = rows.map((r) => String(r.clientId ?? "").trim());
  const missing = ids.flatMap((id, i) => id === "" ? [i] : []);
  let n = nextClientNumber(lastIssued, ids) - 1;
  if (missing.length === 0) return { ids, assigned: [], last: lastIssued };
  const subset = candidates(rows, ids);
  const groups = findDuplicates(subset.map((i) => rows[i])).groups.map((g) => g.members.map((m) => subset[m]));
  const groupOf = /* @__PURE__ */ new Map();
  for (const g of groups) for (const m of g) groupOf.set(m, g);
  for (const i of missing) {
    if (ids[i] !== "") continue;
    const group2 = groupOf.get(i) ?? [i];
    const id = commonClientId(group2.map((m) => ids[m])) || formatClientId(++n);
    for (const m of group2) if (ids[m] === "") ids[m] = id;
  }
  return { ids, assigned: missing, last: Math.max(n, lastIssued) };
}
function commonClientId(ids) {
  const count = /* @__PURE__ */ new Map();
  const real = ids.filter((id) => id !== "" && !id.startsWith(NOT_AN_ID));
  for (const id of real) count.set(id, (count.get(id) ?? 0) + 1);
  let best = "";
  for (const id of real) if (best === "" || count.get(id) > count.get(best)) best = id;
  return best;
}
function candidates(rows, ids) {
  const all2 = rows.map((_, i) => i);
  if (ids.every((id) => id === "")) return all2;
  const keysOf = (r) => {
    const keys = [];
    for (const e of emailKeys(typeof r.email === "string" ? r.email : ""))
      keys.push(`e:${canonicalEmail(e).split("@")[0]}`);
    for (const chunk of String(r.phone ?? "").split(/[/,;|&]|\s{2,}/)) {
      const d = chunk.replace(/\D/g, "");
      if (d.length >= 7) keys.push(`p:${d.slice(-7)}`);
    }
    const names = nameKey(r.name).tokens.filter((t2) => t2.length >= 2);
    const company = [...companyKey(r.company).tokens, ...companyKey(r.name).tokens].filter((t2) => t2.length >= 3);
    for (const t2 of names) for (const c of company) keys.push(`n:${t2.slice(0, 3)}|${c.slice(0, 3)}`);
    if (company.length > 0)
      for (let i = 0; i < names.length; i++)
        for (let j = i + 1; j < names.length; j++) keys.push(`m:${[names[i], names[j]].sort().join("+")}`);
    for (const e of emailKeys(typeof r.email === "string" ? r.email : ""))
      for (const w of e.split("@")[0].split(/[^a-z]+/))
        if (w.length >= 5) for (const c of company) keys.push(`n:${w.slice(0, 3)}|${c.slice(0, 3)}`);
    return keys;
  };
  const wanted = /* @__PURE__ */ new Set();
  for (let i = 0; i < rows.length; i++) if (ids[i] === "") for (const k of keysOf(rows[i])) wanted.add(k);
  return all2.filter((i) => ids[i] === "" || keysOf(rows[i]).some((k) => wanted.has(k)));
}

// src/core/activity.ts
var LOGGABLE_TYPES = ACTIVITY_TYPES.filter((t2) => t2 !== "Status Change");
function validateActivity(raw) {
  const input = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  const errors = {};
  const leadId = typeof input.leadId === "string" ? cleanText(input.leadId) : "";
  const type = typeof input.type === "string" ? cleanText(input.type) : "";
  if (leadId === "") errors.leadId = { key: "valid.required", params: { field: ref("field.leadId") } };
  if (type === "") errors.type = { key: "valid.required", params: { field: ref("field.type") } };
  else if (!LOGGABLE_TYPES.includes(type))
    errors.type = {
      key: "error.unknownType",
      params: { type: userText(type), types: labelRefs("type", LOGGABLE_TYPES) }
    };
  const summary2 = text("summary", input.summary, type === "Note");
  if (!summary2.ok) errors.summary = summary2.error;
  const next = ymd2("nextFollowUp", input.nextFollowUp, false);
  if (!next.ok) errors.nextFollowUp = next.error;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    activity: { leadId, type, summary: summary2.ok ? summary2.value : "", nextFollowUp: next.ok ? next.value : "" }
  };
}
function pastFollowUp(ymd3, today) {
  return typeof ymd3 === "string" && /^\d{4}-\d{2}-\d{2}$/.test(ymd3) && ymd3 < today ? { key: "valid.pastFollowUp", params: { field: ref("field.nextFollowUp") } } : null;
}
var CLOSED_STATUSES = /* @__PURE__ */ new Set(["Won", "Lost", "Past Client"]);
function recontactAfter(from, settings2, offset) {
  return startOfDay(addMonths(from, settings2.recontactDelayMonths, offset), offset);
}
function contactUpdate(lead2, a, now, settings2, offsetMinutes) {
  const out = {};
  if (isContactType(a.type)) {
    const contacted = lead2.lastContact !== "" && lead2.lastContact !== null && lead2.lastContact !== void 0;
    const count = Number(lead2.followUps);
    out.lastContact = now;
    if (contacted) out.followUps = (Number.isFinite(count) ? count : 0) + 1;
    else if (lead2.followUps === "" || lead2.followUps === null || lead2.followUps === void 0) out.followUps = 0;
  }
  if (a.nextFollowUp) out.nextFollowUp = parseYmd(a.nextFollowUp, offsetMinutes);
  else if (isContactType(a.type) && !CLOSED_STATUSES.has(lead2.status)) {
    const next = startOfDay(addDays(now, settings2.followUpIntervalDays), offsetMinutes);
    const planned = cellDate(lead2.nextFollowUp, offsetMinutes);
    if (!planned || planned.getTime() <= next.getTime()) out.nextFollowUp = next;
  } else if (isContactType(a.type) && lead2.status === "Past Client") {
    const next = recontactAfter(now, settings2, offsetMinutes);
    const planned = cellDate(lead2.nextFollowUp, offsetMinutes);
    if (!planned || planned.getTime() <= next.getTime()) out.nextFollowUp = next;
  }
  return out;
}

// src/core/merge.ts
var ADVANCEMENT = {
  "Past Client": 5,
  Won: 4,
  Negotiation: 3,
  "Quotation Sent": 2,
  Lead: 1,
  Lost: 0
};
function suggestPrimary(rows, headers) {
  let best = 0;
  const rank = (r) => [
    ADVANCEMENT[String(r["Status"] ?? "").trim()] ?? 0,
    headers.filter((h) => !isBlank(r[h])).length
  ];
  rows.forEach((r, i) => {
    const [a1, c1] = rank(r);
    const [a0, c0] = rank(rows[best]);
    if (a1 > a0 || a1 === a0 && c1 > c0) best = i;
  });
  return best;
}
function fingerprint(values2) {
  let h = 5381;
  const s = values2.map((v) => Object.prototype.toString.call(v) === "[object Date]" ? v.toISOString() : String(v ?? "")).join("");
  for (let i = 0; i < s.length; i++) h = (h << 5) + h + s.charCodeAt(i) | 0;
  return (h >>> 0).toString(36);
}
var KEPT = /* @__PURE__ */ new Set(["Lead ID", "Created At", "Status", "Status Changed At", "Follow-ups"]);
var NOTED = /* @__PURE__ */ new Set(["Created At", "Status", "Follow-ups"]);
var same = (a, b) => {
  const n = (v) => Object.prototype.toString.call(v) === "[object Date]" ? v.getTime() : typeof v === "string" ? v.trim().toLowerCase() : v;
  return n(a) === n(b);
};
var sameDay = (a, b) => isDate(a) && isDate(b) && Math.abs(a.getTime() - b.getTime()) < 12 * 3600 * 1e3;
function planMerge(primary, others, headers) {
  const filled2 = {};
  const conflicts = [];
  for (const o of others) {
    for (const h of headers) {
      if (isBlank(o[h])) continue;
      if (KEPT.has(h)) {
        if (NOTED.has(h) && !same(primary[h], o[h]) && !sameDay(primary[h], o[h]))
          conflicts.push({ leadId: String(o["Lead ID"] ?? ""), header: h, value: o[h] });
        continue;
      }
      const current = h in filled2 ? filled2[h] : primary[h];
      if (isBlank(current)) filled2[h] = o[h];
      else if (h === "Client ID") continue;
      else if (!same(current, o[h])) conflicts.push({ leadId: String(o["Lead ID"] ?? ""), header: h, value: o[h] });
    }
  }
  return { filled: filled2, conflicts };
}

// src/core/deals.ts
var LEAD_HEADERS2 = LEAD_COLUMNS.map((c) => c.header);
var isOpenStatus = (status) => status !== "" && !CLOSED_STATUSES.has(status);
function moneyOf(v) {
  if (isBlank(v)) return null;
  return parseMoney(v);
}
function dealFacts(rec, offset) {
  const status = cellText(rec["Status"]);
  const changed = cellDate(rec["Status Changed At"], offset);
  const completed = status === "Past Client" ? cellDate(rec["Completed On"], offset) : null;
  const closedAt = isOpenStatus(status) ? null : changed && completed ? new Date(Math.min(changed.getTime(), completed.getTime())) : changed ?? completed;
  return { status, createdAt: cellDate(rec["Created At"], offset), closedAt, dealValue: moneyOf(rec["Deal Value"]) };
}
function sameDeal(a, b) {
  if (a.dealValue !== null && b.dealValue !== null && a.dealValue !== b.dealValue) return false;
  const openA = isOpenStatus(a.status);
  const openB = isOpenStatus(b.status);
  if (openA !== openB && (openA && a.dealValue !== null || openB && b.dealValue !== null)) return false;
  if (!a.createdAt || !b.createdAt) return openA && openB;
  const [first, later] = a.createdAt.getTime() <= b.createdAt.getTime() ? [a, b] : [b, a];
  if (!isOpenStatus(first.status)) {
    if (!first.closedAt) return false;
    if (first.closedAt.getTime() <= later.createdAt.getTime()) return false;
  }
  return true;
}
function splitDeals(rows) {
  const order = rows.map((_, i) => i).sort((x, y) => (rows[x].createdAt?.getTime() ?? 0) - (rows[y].createdAt?.getTime() ?? 0) || x - y);
  const deals = [];
  for (const i of order) {
    const deal = deals.find((d) => d.every((j) => sameDeal(rows[i], rows[j])));
    if (deal) deal.push(i);
    else deals.push([i]);
  }
  return deals.map((d) => d.sort((x, y) => x - y));
}
function wonValue(rec) {
  const status = cellText(rec["Status"]);
  if (status !== "Won" && status !== "Past Client") return 0;
  return moneyOf(rec["Contract Value"]) ?? moneyOf(rec["Deal Value"]) ?? 0;
}
function contactFacts(rows, text5, offset, first = -1) {
  const order = rows.map((_, i) => i).sort(
    (x, y) => Number(y === first) - Number(x === first) || (cellDate(rows[y]["Created At"], offset)?.getTime() ?? 0) - (cellDate(rows[x]["Created At"], offset)?.getTime() ?? 0) || y - x
  );
  const pick2 = (h) => order.map((i) => text5(rows[i][h]).trim()).find((v) => v !== "") ?? "";
  const optedOut = rows.some((r) => text5(r["Consent"]).trim() === "Opted out");
  return {
    name: pick2("Name"),
    company: pick2("Company"),
    phone: pick2("Phone"),
    email: pick2("Email"),
    consent: optedOut ? "Opted out" : pick2("Consent")
  };
}
function clientActions(rows, primaryOf, text5, offset) {
  const deals = splitDeals(rows.map((r) => dealFacts(r, offset)));
  const out = [];
  const heads = [];
  const merged = /* @__PURE__ */ new Map();
  for (const deal of deals) {
    const head = deal[primaryOf(deal.map((i) => rows[i]))];
    heads.push(head);
    if (deal.length === 1) continue;
    out.push({ action: "merge", members: deal, primary: head });
    const others = deal.filter((i) => i !== head).map((i) => rows[i]);
    merged.set(head, { ...rows[head], ...planMerge(rows[head], others, LEAD_HEADERS2).filled });
  }
  if (heads.length > 1) {
    const members = heads.sort((a, b) => a - b);
    const records = members.map((i) => merged.get(i) ?? rows[i]);
    const link = linkChanges(records, newestRow(records, offset), text5, offset);
    if (link.clientId === "" || link.changes.some((c) => Object.keys(c).length > 0))
      out.push({ action: "link", members, primary: members[newestRow(records, offset)] });
  }
  return out;
}
function newestRow(rows, offset) {
  let best = 0;
  rows.forEach((r, i) => {
    const t2 = cellDate(r["Created At"], offset)?.getTime() ?? 0;
    if (t2 >= (cellDate(rows[best]["Created At"], offset)?.getTime() ?? 0)) best = i;
  });
  return best;
}
function linkChanges(rows, primary, text5, offset) {
  const clientId = commonClientId(rows.map((r) => text5(r["Client ID"]).trim()));
  const facts = contactFacts(rows, text5, offset, primary);
  const wanted = {
    ...clientId ? { "Client ID": clientId } : {},
    Name: facts.name,
    Company: facts.company,
    Phone: facts.phone,
    Email: facts.email,
    Consent: facts.consent
  };
  const changes = rows.map((r) => {
    const c = {};
    for (const [h, v] of Object.entries(wanted))
      if (v !== "" && text5(r[h]).trim() !== v) c[h] = v;
    return c;
  });
  return { clientId, facts, changes };
}
function clientFigures(rows) {
  const clients = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const id = cellText(r["Client ID"]) || `lead:${cellText(r["Lead ID"])}`;
    const c = clients.get(id) ?? clients.set(id, { open: false, won: 0, value: 0 }).get(id);
    const status = cellText(r["Status"]);
    if (isOpenStatus(status)) c.open = true;
    if (status === "Won" || status === "Past Client") {
      c.won++;
      c.value += wonValue(r);
    }
  }
  const all2 = [...clients.values()];
  const buyers = all2.filter((c) => c.won > 0);
  const repeat = buyers.filter((c) => c.won >= 2).length;
  const round3 = (n, d) => Math.round(n * 10 ** d) / 10 ** d;
  return {
    total: all2.length,
    withOpenDeal: all2.filter((c) => c.open).length,
    repeat,
    repeatRate: buyers.length > 0 ? round3(repeat / buyers.length, 4) : 0,
    lifetimeValue: buyers.length > 0 ? round3(buyers.reduce((n, c) => n + c.value, 0) / buyers.length, 2) : 0
  };
}

// src/core/people.ts
var NO_OWNER = "(none)";
function personKey(v) {
  return String(v ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9@]+/g, " ").trim();
}
var tokens = (s) => personKey(s).split(" ").filter(Boolean);
function spellings(p) {
  const name = tokens(p.name);
  const local = tokens(p.email.split("@")[0]);
  const out = [];
  if (name.length > 0) out.push([name.join(" ")]);
  if (local.length > 0) out.push([local.join(" "), local.join("")]);
  return out;
}
function fitsTokens(value, name) {
  if (value.length === 0 || value.length > name.length) return false;
  let j = 0;
  for (const v of value) {
    while (j < name.length && !(name[j] === v || v.length === 1 && name[j].startsWith(v))) j++;
    if (j === name.length) return false;
    j++;
  }
  return value.some((v) => v.length > 1);
}
var initialsOf2 = (name) => name.map((t2) => t2[0]).join("");
function matchOwner(raw, team2) {
  const text5 = String(raw ?? "").trim();
  if (text5 === "") return { email: "", how: "empty", candidates: [] };
  const e = normalizeEmail(text5);
  if (e.ok) return { email: e.email, how: "email", candidates: [] };
  const key = personKey(text5);
  const v = tokens(text5);
  const compact = v.join("");
  const levels = [
    (p) => spellings(p).some((s) => s.includes(key)),
    (p) => fitsTokens(v, tokens(p.name)) || fitsTokens(v, tokens(p.email.split("@")[0])),
    (p) => v.length === 1 && compact.length >= 2 && tokens(p.name).length >= 2 && initialsOf2(tokens(p.name)) === compact,
    (p) => v.every((t2) => t2.length === 1) && v.length >= 2 && initialsOf2(tokens(p.name)) === compact
  ];
  for (const level of levels) {
    const hits = team2.filter(level);
    if (hits.length === 1) return { email: hits[0].email, how: "name", candidates: [hits[0].email] };
    if (hits.length > 1) return { email: "", how: "ambiguous", candidates: hits.map((p) => p.email) };
  }
  return { email: "", how: "unknown", candidates: [] };
}
function ownerValues(cells2, team2) {
  const byKey = /* @__PURE__ */ new Map();
  for (const c of cells2) {
    const text5 = String(c.value ?? "").trim();
    if (text5 === "") continue;
    const e = normalizeEmail(text5);
    const key = e.ok ? e.email : personKey(text5);
    const known2 = byKey.get(key);
    if (known2) known2.rows.push(c.row);
    else byKey.set(key, { value: text5, rows: [c.row], match: matchOwner(text5, team2) });
  }
  return [...byKey.values()];
}
function answerFor(answers, value) {
  if (!answers) return void 0;
  if (Object.prototype.hasOwnProperty.call(answers, value)) return answers[value];
  const key = personKey(value);
  for (const k of Object.keys(answers)) if (personKey(k) === key) return answers[k];
  return void 0;
}
function readOwnerAnswer(answer, team2) {
  if (answer.trim() === NO_OWNER) return { kind: "none" };
  const e = normalizeEmail(answer);
  if (!e.ok) return { kind: "bad" };
  return team2.some((p) => p.email === e.email) ? { kind: "member", email: e.email } : { kind: "new", email: e.email };
}
function typedOwner(raw, team2) {
  const m = matchOwner(raw, team2);
  if (m.how === "email" || m.how === "name" || m.how === "empty") return { ok: true, owner: m.email };
  const value = userText(String(raw ?? "").trim());
  if (m.how === "ambiguous") {
    const names = m.candidates.map((e) => `${team2.find((p) => p.email === e)?.name || e} (${e})`).join(", ");
    return { ok: false, error: { key: "valid.ownerAmbiguous", params: { value, names } } };
  }
  return { ok: false, error: { key: "valid.ownerUnknown", params: { value } } };
}

// src/core/format.ts
var MONTHS2 = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ]
};
var MONTHS_SHORT = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
};
var WEEKDAYS = {
  id: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
};
function parts(ymd3) {
  const x = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(ymd3 ?? ""));
  if (!x) return null;
  const y = Number(x[1]);
  const m = Number(x[2]);
  const d = Number(x[3]);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}
function formatDay(ymd3, lang, style = "long") {
  const p = parts(ymd3);
  if (!p) return String(ymd3 ?? "");
  if (style === "long") return `${p.d} ${MONTHS2[lang][p.m - 1]} ${p.y}`;
  if (style === "medium") return `${p.d} ${MONTHS_SHORT[lang][p.m - 1]} ${p.y}`;
  return `${WEEKDAYS[lang][p.wd].slice(0, lang === "en" ? 3 : void 0)}, ${p.d} ${MONTHS_SHORT[lang][p.m - 1]}`;
}
function formatDateTime(local, lang) {
  const s = String(local ?? "");
  const time = /[ T](\d{2}):(\d{2})/.exec(s);
  const day2 = formatDay(s, lang, "medium");
  if (!time || day2 === s) return s;
  return `${day2} ${time[1]}${lang === "id" ? "." : ":"}${time[2]}`;
}
function formatPhone(e164) {
  const s = String(e164 ?? "").trim();
  if (!s.startsWith("+")) return s;
  const p = parsePhone(s);
  if (!isValidPhone(p)) return s;
  return p.country === "ID" ? p.formatNational() : p.formatInternational();
}

// src/core/html.ts
function escapeHtml(v) {
  return String(v ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/core/sla.ts
function slaOutcome(created, firstContact, status, statusChangedAt, firstStatus, slaHours, now) {
  const deadline = created.getTime() + slaHours * 36e5;
  if (firstContact) return firstContact.getTime() <= deadline ? "within" : "breached";
  if (status !== "" && status !== firstStatus) {
    if (!statusChangedAt) return "unknown";
    return statusChangedAt.getTime() <= deadline ? "within" : "breached";
  }
  return now.getTime() > deadline ? "breached" : "pending";
}

// src/core/summary.ts
var WEEKS = 12;
var round = (n, d = 4) => Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : 0;
var ratio = (a, b) => b > 0 ? round(a / b) : 0;
function median(xs) {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return round(s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, 2);
}
function weekStart(d, offset) {
  return dayYmd(mondayOf(localDay(d.getTime(), offset)));
}
var MIN_LEADS_FOR_VERDICT = 10;
function verdictOf(rate, leads, expected) {
  if (!expected) return "no benchmark";
  if (leads < MIN_LEADS_FOR_VERDICT) return "too few";
  return rate < expected.min ? "below" : rate > expected.max ? "above" : "within";
}
function computeSummary(leads, activities, settings2, now, offset) {
  const skipped = { unknownStatus: 0, badNumber: 0, noCreatedAt: 0, noContactDate: 0 };
  const text5 = cellText;
  const num3 = (v) => {
    if (v === "" || v === null || v === void 0) return null;
    const n = typeof v === "number" ? v : parseMoney(v);
    if (n === null || !Number.isFinite(n)) {
      skipped.badNumber++;
      return null;
    }
    return n;
  };
  const rows = leads.filter((r) => text5(r["Lead ID"]) !== "" || text5(r["Name"]) !== "");
  const known2 = new Set(settings2.statuses);
  const isWon = (s) => s === "Won" || s === "Past Client";
  const firstContact = /* @__PURE__ */ new Map();
  const reachedByActivity = /* @__PURE__ */ new Map();
  for (const a of activities) {
    const id = text5(a["Lead ID"]);
    if (id === "") continue;
    const type = text5(a["Type"]);
    const at = cellDate(a["Timestamp"], offset);
    if (isContactType(type) && at) {
      const prev = firstContact.get(id);
      if (!prev || at.getTime() < prev.getTime()) firstContact.set(id, at);
    }
    if (type === "Status Change") {
      const [from, to] = text5(a["Summary"]).split("→").map((x) => x?.trim());
      const got = reachedByActivity.get(id) ?? reachedByActivity.set(id, /* @__PURE__ */ new Set()).get(id);
      if (to) got.add(to);
      if (from && from !== "–") got.add(from);
    }
  }
  const totals = { leads: rows.length, open: 0, won: 0, lost: 0, pastClients: 0 };
  const byStatus = new Map(settings2.statuses.map((s) => [s, { status: s, count: 0, value: 0 }]));
  const bySource = /* @__PURE__ */ new Map();
  const sourceName = new Map(settings2.sources.map((s) => [s.toLowerCase(), s]));
  const lostReasons = /* @__PURE__ */ new Map();
  const byOwner = /* @__PURE__ */ new Map();
  const weeks = /* @__PURE__ */ new Map();
  const thisWeek = parseYmd(weekStart(now, offset), offset);
  for (let w = WEEKS - 1; w >= 0; w--) weeks.set(toYmd(addDays(thisWeek, -7 * w), offset), 0);
  const sla = { withinSla: 0, breached: 0, pending: 0 };
  const reached = new Map(settings2.statuses.map((s) => [s, 0]));
  const funnelStatuses = [...reached.keys()];
  const funnelCounts = funnelStatuses.map(() => 0);
  const firstStatus = settings2.statuses[0];
  const contactDays = /* @__PURE__ */ new Map();
  let wonEver = 0;
  let wonValueSum = 0;
  let wonValueCount = 0;
  let forecast = 0;
  let openValue = 0;
  for (const r of rows) {
    const status = text5(r["Status"]);
    const deal = num3(r["Deal Value"]);
    const contract = num3(r["Contract Value"]);
    if (!known2.has(status)) skipped.unknownStatus++;
    else {
      const s = byStatus.get(status);
      s.count++;
      s.value += deal ?? 0;
      if (!CLOSED_STATUSES.has(status)) {
        totals.open++;
        forecast += (deal ?? 0) * (settings2.probabilities[status] ?? 0);
        openValue += deal ?? 0;
      }
    }
    if (status === "Won") totals.won++;
    if (status === "Lost") totals.lost++;
    if (status === "Past Client") totals.pastClients++;
    if (isWon(status)) {
      wonEver++;
      const v = contract ?? deal;
      if (v !== null) {
        wonValueSum += v;
        wonValueCount++;
      }
    }
    if (status === "Lost") {
      const reason = text5(r["Lost Reason"]) || "—";
      lostReasons.set(reason, (lostReasons.get(reason) ?? 0) + 1);
    }
    const rawSource = text5(r["Source"]) || "—";
    const source = sourceName.get(rawSource.toLowerCase()) ?? rawSource;
    const src = bySource.get(source) ?? bySource.set(source, { source, leads: 0, won: 0 }).get(source);
    src.leads++;
    if (isWon(status)) src.won++;
    const owner = text5(r["Owner"]) || "—";
    const o = byOwner.get(owner) ?? byOwner.set(owner, { owner, leads: 0, won: 0, value: 0 }).get(owner);
    o.leads++;
    if (isWon(status)) o.won++;
    o.value += deal ?? 0;
    const created = cellDate(r["Created At"], offset);
    if (!created) skipped.noCreatedAt++;
    else {
      const wk = weekStart(created, offset);
      if (weeks.has(wk)) weeks.set(wk, weeks.get(wk) + 1);
      const id = text5(r["Lead ID"]);
      const first = firstContact.get(id) ?? cellDate(r["Last Contact"], offset);
      const outcome = slaOutcome(
        created,
        first,
        status,
        cellDate(r["Status Changed At"], offset),
        settings2.statuses[0],
        settings2.firstContactSlaHours,
        now
      );
      if (outcome === "within") sla.withinSla++;
      else if (outcome === "breached") sla.breached++;
      else if (outcome === "pending") sla.pending++;
      else skipped.noContactDate++;
      if (first) {
        const days2 = (first.getTime() - created.getTime()) / 864e5;
        if (days2 >= 0) (contactDays.get(owner) ?? contactDays.set(owner, []).get(owner)).push(days2);
      }
    }
    const got = reachedByActivity.get(text5(r["Lead ID"]));
    for (let k = 0; k < funnelStatuses.length; k++) {
      const s = funnelStatuses[k];
      if (s === status || s === firstStatus || s === "Won" && status === "Past Client" || got?.has(s))
        funnelCounts[k]++;
    }
  }
  funnelStatuses.forEach((s, k) => reached.set(s, funnelCounts[k]));
  return {
    generatedAt: now.toISOString(),
    totals,
    byStatus: [...byStatus.values()].map((s) => ({ ...s, value: round(s.value, 2) })),
    bySource: [...bySource.values()].sort((a, b) => b.leads - a.leads || (a.source < b.source ? -1 : 1)).map((s) => {
      const conversionRate = ratio(s.won, s.leads);
      const expected = settings2.expectedConversion[s.source] ?? null;
      return { ...s, conversionRate, expected, verdict: verdictOf(conversionRate, s.leads, expected) };
    }),
    thisWeek: {
      newLeads: weeks.get(toYmd(thisWeek, offset)) ?? 0,
      lastWeekNewLeads: weeks.get(toYmd(addDays(thisWeek, -7), offset)) ?? 0,
      openValue: round(openValue, 2)
    },
    winRate: ratio(wonEver, wonEver + totals.lost),
    averageDealValue: wonValueCount > 0 ? round(wonValueSum / wonValueCount, 2) : 0,
    weightedForecast: round(forecast, 2),
    lostReasons: [...lostReasons.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    leadsPerWeek: [...weeks.entries()].map(([weekStart2, count]) => ({ weekStart: weekStart2, count })),
    firstContactSla: { ...sla, rate: ratio(sla.withinSla, sla.withinSla + sla.breached) },
    byOwner: [...byOwner.values()].sort((a, b) => b.leads - a.leads || (a.owner < b.owner ? -1 : 1)).map((o) => ({ ...o, value: round(o.value, 2) })),
    funnel: settings2.statuses.map((s) => ({ status: s, reached: reached.get(s) })),
    firstContactDays: [...contactDays.entries()].map(([owner, xs]) => ({ owner, leads: xs.length, medianDays: median(xs) })).sort((a, b) => a.owner < b.owner ? -1 : 1),
    clients: clientFigures(rows),
    skipped
  };
}
var CELL_LIMIT = 1e7;
function capacityOf(cells2, leadsLast12Weeks, leadWidth, activitiesLast12Weeks, activityWidth, now, offset) {
  const perWeek = (leadsLast12Weeks * leadWidth + activitiesLast12Weeks * activityWidth) / 12;
  const weeks = perWeek > 0 ? Math.max(0, CELL_LIMIT - cells2) / perWeek : Number.POSITIVE_INFINITY;
  const fullBy = weeks < 52 * 10 ? toYmd(addDays(now, Math.ceil(weeks * 7)), offset).slice(0, 7) : null;
  const monthsToLimit = weeks < 52 * 10 ? Math.round(weeks * 7 / (365.25 / 12) * 10) / 10 : null;
  return {
    cells: cells2,
    limit: CELL_LIMIT,
    share: ratio(cells2, CELL_LIMIT),
    perWeek: Math.round(perWeek),
    fullBy,
    monthsToLimit
  };
}

// src/core/reports.ts
var text2 = cellText;
function activityOn(activities, ymd3, offset) {
  const by = /* @__PURE__ */ new Map();
  const start = parseYmd(ymd3, offset);
  if (!start || toYmd(start, offset) !== ymd3) return [];
  const day2 = localDay(start.getTime(), offset);
  for (const a of activities) {
    const at = cellDate(a["Timestamp"], offset);
    if (!at || localDay(at.getTime(), offset) !== day2) continue;
    const who = text2(a["By"]).toLowerCase() || "—";
    const d = by.get(who) ?? by.set(who, { by: who, calls: 0, meetings: 0, quotations: 0, statusChanges: 0, other: 0 }).get(who);
    const type = text2(a["Type"]);
    if (type === "Follow-up Call") d.calls++;
    else if (type === "Meeting" || type === "Site Survey") d.meetings++;
    else if (type === "Quotation Sent" || type === "Revised Quotation") d.quotations++;
    else if (type === "Status Change") d.statusChanges++;
    else d.other++;
  }
  return [...by.values()].sort((a, b) => a.by < b.by ? -1 : 1);
}
function weekChanges(leads, activities, now, offset) {
  const thisWeek = parseYmd(weekStart(now, offset), offset);
  const last = toYmd(addDays(thisWeek, -7), offset);
  const lastMonday = mondayOf(localDay(thisWeek.getTime(), offset)) - 7;
  const slot = (d) => {
    if (!d) return null;
    const w = mondayOf(localDay(d.getTime(), offset));
    return w === lastMonday ? 1 : w === lastMonday - 7 ? 0 : null;
  };
  const by = /* @__PURE__ */ new Map();
  const get = (o) => by.get(o) ?? by.set(o, { owner: o, newLeads: [0, 0], won: [0, 0], activities: [0, 0] }).get(o);
  for (const r of leads) {
    const owner = text2(r["Owner"]).toLowerCase();
    if (!owner.includes("@")) continue;
    const c = slot(cellDate(r["Created At"], offset));
    if (c !== null) get(owner).newLeads[c]++;
    const w = text2(r["Status"]) === "Won" ? slot(cellDate(r["Status Changed At"], offset)) : null;
    if (w !== null) get(owner).won[w]++;
  }
  for (const a of activities) {
    const who = text2(a["By"]).toLowerCase();
    const s = slot(cellDate(a["Timestamp"], offset));
    if (s !== null && who.includes("@")) get(who).activities[s]++;
  }
  return { lastWeek: last, changes: [...by.values()].sort((a, b) => a.owner < b.owner ? -1 : 1) };
}
var table = (head, rows) => `<table style="border-collapse:collapse;font-size:13px"><tr>${head.map((h) => `<th style="border:1px solid #dadce0;padding:4px;text-align:left">${escapeHtml(h)}</th>`).join("")}</tr>${rows.map(
  (r) => `<tr>${r.map((c) => `<td style="border:1px solid #dadce0;padding:4px">${escapeHtml(c)}</td>`).join("")}</tr>`
).join("")}</table>`;
var pct = (x) => x === null ? "–" : `${Math.round(x * 100)}%`;
var page = (title, body) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">${body}</body></html>`;
function weeklyReportEmail(lang, to, cards, week, currency, nameOf = (e) => e) {
  const m = (k, p = {}) => t(lang, k, p);
  const weekOf = formatDay(week.lastWeek, lang, "long");
  const subject = m("report.weeklySubject", { date: weekOf });
  const head = [
    m("summary.col.owner"),
    m("summary.col.newPerWeek"),
    m("summary.col.slaRate"),
    m("summary.col.winRate"),
    m("summary.col.avgDeal"),
    m("summary.col.openValue"),
    m("summary.col.retention"),
    m("summary.col.actsPerWeek")
  ];
  const rows = cards.map((c) => [
    c.name || c.owner,
    formatDecimal(c.newLeadsPerWeek, lang),
    pct(c.firstContactWithinSlaRate),
    pct(c.winRate),
    c.averageDealValue === null ? "–" : formatMoney(c.averageDealValue, currency),
    formatMoney(c.openValue, currency),
    pct(c.retentionRate),
    formatDecimal(c.activitiesPerWeek, lang)
  ]);
  const arrow = ([a, b]) => `${b} (${b > a ? "+" : ""}${b - a})`;
  const changeHead = [m("summary.col.owner"), m("report.newLeads"), m("report.won"), m("report.activities")];
  const changeRows = week.changes.map((c) => [nameOf(c.owner), arrow(c.newLeads), arrow(c.won), arrow(c.activities)]);
  const text5 = [
    m("report.weeklyIntro", { date: weekOf }),
    "",
    m("summary.scorecard"),
    // The plain text's tables with their header lines, so each figure says what it is.
    head.join(" · "),
    ...rows.map((r) => r.join(" · ")),
    "",
    m("report.changes"),
    changeHead.join(" · "),
    ...changeRows.map((r) => r.join(" · ")),
    "",
    m("digest.footer")
  ];
  const html = `<p>${escapeHtml(m("report.weeklyIntro", { date: weekOf }))}</p><h3>${escapeHtml(m("summary.scorecard"))}</h3>${table(head, rows)}<h3>${escapeHtml(m("report.changes"))}</h3>${table(changeHead, changeRows)}`;
  return { to, subject, text: text5.join("\n"), html: page(subject, html) };
}
function bigDeals(leads, threshold) {
  if (!(threshold > 0)) return [];
  return leads.filter(
    (r) => typeof r["Deal Value"] === "number" && r["Deal Value"] >= threshold && text2(r["Lead ID"]) !== "" && text2(r["Status"]) !== "Lost"
  ).map((r) => ({
    leadId: text2(r["Lead ID"]),
    name: text2(r["Name"]),
    company: text2(r["Company"]),
    owner: text2(r["Owner"]),
    value: r["Deal Value"],
    status: text2(r["Status"])
  }));
}
function bigDealLine(lang, d, currency, nameOf = (e) => e) {
  return t(lang, "report.bigDealLine", {
    leadId: d.leadId,
    name: d.name,
    company: d.company || "—",
    value: formatMoney(d.value, currency),
    owner: d.owner ? nameOf(d.owner) : "—",
    status: labelRef("status", d.status)
  });
}
function bigDealEmail(lang, to, deals, currency, nameOf = (e) => e) {
  const subject = t(lang, "report.bigDealSubject", { count: deals.length });
  const lines = deals.map((d) => bigDealLine(lang, d, currency, nameOf));
  return {
    to,
    subject,
    text: lines.join("\n"),
    html: page(subject, `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`)
  };
}
function yesterdayLines(lang, acts, nameOf = (e) => e) {
  return acts.map(
    (a) => t(lang, "report.yesterdayLine", {
      by: nameOf(a.by),
      calls: a.calls,
      meetings: a.meetings,
      quotations: a.quotations,
      statusChanges: a.statusChanges
    })
  );
}

// src/gas/ledger.ts
var PREFIX = "lembar.mail.";
var WAITING = "lembar.mailWaiting.";
var SHARD_BYTES = 8e3;
var LEGACY = "lembar.reminders.sent";
function bytes(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 56319 ? 2 : 3;
  }
  return n;
}
function shardsOf(all2, prefix) {
  return Object.keys(all2).filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length))).sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length))).map((name) => {
    try {
      const keys = JSON.parse(all2[name]);
      return { name, keys: Array.isArray(keys) ? keys.map(String) : [] };
    } catch (_e) {
      return { name, keys: [] };
    }
  });
}
function writeShards(props, all2, prefix, keys) {
  const chunks = [];
  let current = [];
  let size = 2;
  for (const k of keys) {
    const add = bytes(JSON.stringify(k)) + 1;
    if (current.length > 0 && size + add > SHARD_BYTES) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(k);
    size += add;
  }
  if (current.length > 0) chunks.push(current);
  const values2 = {};
  chunks.forEach((c, i) => values2[`${prefix}${i}`] = JSON.stringify(c));
  if (chunks.length > 0) props.setProperties(values2);
  for (const s of shardsOf(all2, prefix)) if (!(s.name in values2)) props.deleteProperty(s.name);
}
var scopePrefix = (scope) => `${PREFIX}${scope}.`;
function claimMail(crm, scope, key, checkQuota = true) {
  return withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all2 = props.getProperties();
    const prefix = scopePrefix(scope);
    const shards = shardsOf(all2, prefix);
    if (shards.some((s) => s.keys.includes(key))) return "already";
    const left = typeof checkQuota === "function" ? checkQuota : () => MailApp.getRemainingDailyQuota();
    if (checkQuota !== false && left() < 1) return "noQuota";
    const last = shards[shards.length - 1];
    if (last && bytes(JSON.stringify([...last.keys, key])) <= SHARD_BYTES)
      props.setProperty(last.name, JSON.stringify([...last.keys, key]));
    else props.setProperty(`${prefix}${shards.length}`, JSON.stringify([key]));
    return "claimed";
  });
}
function claimedKeys(scope) {
  const all2 = documentProperties().getProperties();
  return new Set(shardsOf(all2, scopePrefix(scope)).flatMap((s) => s.keys));
}
function releaseMail(crm, scope, key) {
  withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all2 = props.getProperties();
    for (const s of shardsOf(all2, scopePrefix(scope))) {
      if (s.keys.includes(key)) props.setProperty(s.name, JSON.stringify(s.keys.filter((k) => k !== key)));
    }
  });
}
function pruneMail(crm, keep) {
  withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all2 = props.getProperties();
    for (const name of Object.keys(all2)) {
      if (name === LEGACY) props.deleteProperty(name);
      if (!name.startsWith(PREFIX)) continue;
      const scope = name.slice(PREFIX.length, name.lastIndexOf("."));
      if (!keep(scope)) props.deleteProperty(name);
    }
  });
}
function readWaiting() {
  const all2 = documentProperties().getProperties();
  return shardsOf(all2, WAITING).flatMap((s) => s.keys);
}
function writeWaiting(crm, keys) {
  withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    writeShards(props, props.getProperties(), WAITING, keys);
  });
}
function waitingFirst(items, waiting) {
  const rank = new Map(waiting.map((k, i) => [k, i]));
  const first = items.filter((x) => rank.has(x.key)).sort((a, b) => rank.get(a.key) - rank.get(b.key));
  return [...first, ...items.filter((x) => !rank.has(x.key))];
}

// src/gas/mail.ts
var QUOTA_ERROR = /too many times|quota/i;
var url = null;
function spreadsheetUrl(crm) {
  if (!url || url.ss !== crm.ss) url = { ss: crm.ss, url: crm.ss.getUrl() };
  return url.url;
}
function sendUnderLedger(crm, scope, items, sender2 = "Lembar CRM") {
  const result2 = { sent: 0, alreadySent: 0, waiting: [], errors: [], sentKeys: [] };
  let left = null;
  const quota = () => {
    if (left === null) left = MailApp.getRemainingDailyQuota();
    return left;
  };
  for (let i = 0; i < items.length; i++) {
    const { key, email: email2 } = items[i];
    const c = claimMail(crm, scope, key, quota);
    if (c === "already") {
      result2.alreadySent++;
      continue;
    }
    if (c === "noQuota") {
      result2.waiting.push(key);
      continue;
    }
    try {
      MailApp.sendEmail({
        to: email2.to,
        subject: email2.subject,
        body: email2.text,
        htmlBody: email2.html,
        name: sender2,
        ...email2.replyTo ? { replyTo: email2.replyTo } : {}
      });
      result2.sent++;
      result2.sentKeys.push(key);
      if (left !== null) left--;
    } catch (e) {
      releaseMail(crm, scope, key);
      const msg = e instanceof Error ? e.message : String(e);
      if (QUOTA_ERROR.test(msg)) {
        result2.waiting.push(...items.slice(i).map((x) => x.key));
        break;
      }
      result2.errors.push(`${email2.to}: ${msg}`);
    }
  }
  return result2;
}

// src/gas/bigdeal.ts
var KEY = "lembar.bigdeal.";
function alreadyTold(props, leadId) {
  return Object.prototype.hasOwnProperty.call(props, KEY + leadId);
}
function markTold(crm, leadIds) {
  if (leadIds.length === 0) return;
  documentProperties().setProperties(Object.fromEntries(leadIds.map((id) => [KEY + id, crm.now.toISOString()])));
}
function alertBigDealNow(crm, lead2) {
  try {
    const value = lead2["Deal Value"];
    const threshold = crm.settings.bigDealThreshold;
    const leadId = cellText2(lead2["Lead ID"], crm.offset);
    if (!(threshold > 0) || typeof value !== "number" || value < threshold || !leadId || cellText2(lead2["Status"], crm.offset) === "Lost")
      return;
    if (documentProperties().getProperty(KEY + leadId) !== null) return;
    const team2 = readTeam(crm);
    const managers = managersOf(team2, crm.settings.managerEmails);
    if (managers.length === 0) return;
    const deal = {
      leadId,
      name: cellText2(lead2["Name"], crm.offset),
      company: cellText2(lead2["Company"], crm.offset),
      owner: cellText2(lead2["Owner"], crm.offset),
      value,
      status: cellText2(lead2["Status"], crm.offset)
    };
    const r = sendUnderLedger(
      crm,
      "bigdeal",
      managers.map((m) => ({
        key: `${leadId}:${m}`,
        email: bigDealEmail(crm.lang, m, [deal], crm.settings.currency, (e) => displayName(team2, e) || e)
      }))
    );
    if (r.waiting.length === 0 && r.errors.length === 0) markTold(crm, [leadId]);
  } catch (_e) {
  }
}

// src/gas/clients.ts
var LAST_CLIENT_PROPERTY = "lembar.lastClientNumber";
function lastClientNumber() {
  return Number(documentProperties().getProperty(LAST_CLIENT_PROPERTY) ?? 0) || 0;
}
function giveClientIds(ss, offset) {
  const sheet = ss.getSheetByName(TAB.leads);
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  const header = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const read = (h) => sheet.getSheetValues(2, header.index[h] + 1, last - 1, 1).map((r) => r[0]);
  const clientCells = read("Client ID");
  const ids = clientCells.map((v) => cellText2(v, offset).trim());
  const leadIds = read("Lead ID");
  const names = read("Name");
  const isLead = (i) => cellText2(leadIds[i], offset).trim() !== "" || cellText2(names[i], offset).trim() !== "";
  const rows = ids.flatMap((_id, i) => isLead(i) ? [i] : []);
  if (rows.every((i) => ids[i] !== "")) return 0;
  const company = read("Company");
  const phone3 = read("Phone");
  const email2 = read("Email");
  const given = rows.map((i) => ({
    leadId: cellText2(leadIds[i], offset).trim(),
    clientId: ids[i],
    name: names[i],
    company: company[i],
    phone: phone3[i],
    email: email2[i]
  }));
  const result2 = assignClientIds(given, lastClientNumber());
  if (result2.assigned.length === 0) return 0;
  documentProperties().setProperty(LAST_CLIENT_PROPERTY, String(result2.last));
  const changed = result2.assigned.map((k) => rows[k]);
  const first = changed.reduce((a, b) => Math.min(a, b));
  const end = changed.reduce((a, b) => Math.max(a, b));
  const block = clientCells.slice(first, end + 1).map((v) => [v]);
  result2.assigned.forEach((k) => block[rows[k] - first][0] = result2.ids[k]);
  sheet.getRange(first + 2, header.index["Client ID"] + 1, block.length, 1).setNumberFormat("@").setValues(block);
  return result2.assigned.length;
}
function clientSummary(crm, all2, clientId) {
  const text5 = (v) => cellText2(v, crm.offset);
  const rows = all2.filter((r) => text5(r["Client ID"]).trim() === clientId);
  const facts = contactFacts(rows, text5, crm.offset);
  const iso = (d) => d ? d.toISOString() : "";
  const deals = rows.map((r) => {
    const f = dealFacts(r, crm.offset);
    const contract = moneyOf(r["Contract Value"]);
    return {
      leadId: text5(r["Lead ID"]).trim(),
      status: f.status,
      needs: text5(r["Needs"]),
      owner: text5(r["Owner"]),
      dealValue: f.dealValue ?? "",
      contractValue: contract ?? "",
      createdAt: iso(f.createdAt),
      closedAt: iso(f.closedAt),
      createdOn: f.createdAt ? toYmd(f.createdAt, crm.offset) : "",
      at: f.createdAt?.getTime() ?? 0
    };
  }).sort((a, b) => a.at - b.at).map(({ at: _at, ...d }) => d);
  return { clientId, ...facts, deals, lifetimeValue: rows.reduce((n, r) => n + wonValue(r), 0) };
}
function clientIdsForNew(crm, leads, incoming) {
  if (incoming.length === 0) return [];
  const cols = leads.columnsOf(["Client ID", "Name", "Company", "Phone", "Email"]);
  const existing = cols["Client ID"].map((id, i) => ({
    leadId: "",
    // A row still without one (the sheet was not set up since) is not given one here.
    clientId: cellText2(id, crm.offset).trim() || `${NOT_AN_ID}${i}`,
    name: cols["Name"][i],
    company: cols["Company"][i],
    phone: cols["Phone"][i],
    email: cols["Email"][i]
  }));
  const result2 = assignClientIds([...existing, ...incoming.map((r) => ({ ...r, clientId: "" }))], lastClientNumber());
  documentProperties().setProperty(LAST_CLIENT_PROPERTY, String(result2.last));
  return result2.ids.slice(existing.length);
}
var MAX_CARD_ACTIVITIES = 300;
var CARD_READS = 5;
function getClient(arg) {
  const crm = openCrm();
  const clientId = cleanText(arg && typeof arg === "object" ? arg.clientId : "");
  if (clientIdNumber(clientId) === null) return null;
  const text5 = (v) => cellText2(v, crm.offset);
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const rowsOf3 = (column, wanted) => column.flatMap((v, i) => wanted(text5(v).trim()) ? [i] : []);
  const dealRows = rowsOf3(leads.column("Client ID"), (id) => id === clientId);
  if (dealRows.length === 0) return null;
  const client2 = clientSummary(crm, leads.readRows(dealRows, CARD_READS), clientId);
  const ids = new Set(client2.deals.map((d) => d.leadId));
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const history = acts.readRows(
    rowsOf3(acts.column("Lead ID"), (id) => ids.has(id)),
    CARD_READS
  ).map((a, order) => ({ a, order, at: isDate(a["Timestamp"]) ? a["Timestamp"].getTime() : 0 })).sort((x, y) => x.at - y.at || x.order - y.order).map(
    ({ a }) => ({
      leadId: text5(a["Lead ID"]).trim(),
      timestamp: isDate(a["Timestamp"]) ? a["Timestamp"].toISOString() : text5(a["Timestamp"]),
      when: isDate(a["Timestamp"]) ? localDateTime(a["Timestamp"], crm.offset) : text5(a["Timestamp"]),
      type: text5(a["Type"]),
      summary: text5(a["Summary"]),
      by: text5(a["By"])
    })
  );
  const phone3 = normalizePhone(client2.phone);
  return {
    ...client2,
    activities: history.slice(-MAX_CARD_ACTIVITIES),
    activityCount: history.length,
    whatsapp: phone3.ok ? whatsappLink(phone3.e164) : "",
    tel: phone3.ok ? `tel:${phone3.e164}` : "",
    phoneText: phone3.ok ? formatPhone(phone3.e164) : client2.phone
  };
}

// src/gas/leads.ts
function findLead(leads, leadId, offset) {
  return indexOfLeadId(leads.column("Lead ID"), leadId, (v) => cellText2(v, offset));
}
function statusRule(statuses) {
  return SpreadsheetApp.newDataValidation().requireValueInList(statuses, true).setAllowInvalid(false).build();
}
function giveStatusDropdown(leads, first, rows, statuses) {
  const added = leads.inserted ? leads.inserted.first + leads.inserted.rows - 1 : 0;
  const last = Math.max(first + rows - 1, added);
  leads.sheet.getRange(first, leads.col("Status"), last - first + 1, 1).setDataValidation(statusRule(statuses));
}
function ownerOf(crm, raw) {
  if (typeof raw !== "string" || raw.trim() === "" || normalizeEmail(raw).ok) return { ok: true, owner: raw };
  return typedOwner(
    raw,
    [...readTeam(crm).values()].map((m) => ({ email: m.email, name: m.name }))
  );
}
var MAX_LISTED_DUPLICATES = 10;
var MAX_LISTED_CLIENTS = 3;
function submitLead(form) {
  const crm = openCrm();
  const given = form !== null && typeof form === "object" && !Array.isArray(form) ? form : {};
  const owner = ownerOf(crm, given.owner);
  const input = owner.ok ? { ...given, owner: owner.owner } : { ...given, owner: "" };
  const ownerError = owner.ok ? {} : { owner: owner.error };
  const clientId = input.clientId === void 0 || input.clientId === "" ? "" : cleanText(input.clientId);
  if (input.clientId !== void 0 && input.clientId !== "" && clientIdNumber(clientId) === null)
    return { ok: false, errors: unknownClient(crm.lang, clientId) };
  const checked = clientId ? null : validateLeadForm(input, crm.settings);
  if (checked && !checked.ok)
    return { ok: false, errors: renderErrors(crm.lang, { ...checked.errors, ...ownerError }) };
  if (!owner.ok) return { ok: false, errors: renderErrors(crm.lang, ownerError) };
  let saved = null;
  let savedOwner = "";
  const result2 = withDocumentLock(crm.lang, () => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const cols = leads.columnsOf(["Lead ID", "Client ID", "Name", "Company", "Phone", "Email"]);
    const clientIds = cols["Client ID"].map((v) => cellText2(v, crm.offset).trim());
    let lead2;
    let consent = "";
    let client2 = clientId;
    let clientNumber = null;
    if (clientId) {
      const mine = clientIds.flatMap((id, i) => id === clientId ? [i] : []);
      if (mine.length === 0) return { ok: false, errors: unknownClient(crm.lang, clientId) };
      const facts = contactFacts(leads.readRows(mine, CARD_READS), (v) => cellText2(v, crm.offset), crm.offset);
      const blank = (v) => v === void 0 || v === null || typeof v === "string" && v.trim() === "";
      const filled2 = {
        ...input,
        name: blank(input.name) ? facts.name : input.name,
        company: blank(input.company) ? facts.company : input.company,
        phone: blank(input.phone) ? facts.phone : input.phone,
        email: blank(input.email) ? facts.email : input.email
      };
      const valid = validateLeadForm(filled2, crm.settings);
      if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, valid.errors) };
      lead2 = valid.lead;
      consent = facts.consent;
    } else {
      lead2 = checked.lead;
      const matches2 = matchesOf(lead2, cols, crm.offset);
      if (matches2.length > 0 && input.allowDuplicate !== true) return duplicatesAnswer(crm, leads, matches2, clientIds);
      clientNumber = nextClientNumber(lastClientNumber(), clientIds);
      client2 = formatClientId(clientNumber);
    }
    const owner2 = lead2.owner || currentUser();
    const props = documentProperties();
    const n = nextLeadNumber(Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0, cols["Lead ID"]);
    const leadId = formatLeadId(n);
    const row = leads.append([
      newLeadRecord(
        lead2,
        { leadId, clientId: client2 },
        owner2,
        crm.now,
        crm.settings.firstContactSlaHours,
        crm.offset,
        consent
      )
    ]);
    giveStatusDropdown(leads, row, 1, crm.settings.statuses);
    props.setProperties(
      clientNumber === null ? { [LAST_ID_PROPERTY]: String(n) } : { [LAST_ID_PROPERTY]: String(n), [LAST_CLIENT_PROPERTY]: String(clientNumber) }
    );
    appendShadow(crm.ss, [[leadId, "Lead"]]);
    saved = lead2;
    savedOwner = owner2;
    return { ok: true, leadId };
  });
  const done2 = saved;
  if (result2.ok && done2)
    alertBigDealNow(crm, {
      "Lead ID": result2.leadId,
      Name: done2.name,
      Company: done2.company,
      Owner: savedOwner,
      "Deal Value": done2.dealValue ?? "",
      Status: "Lead"
    });
  return result2;
}
var unknownClient = (lang, clientId) => renderErrors(lang, { clientId: { key: "client.unknown", params: { clientId: userText(clientId || "?") } } });
function matchesOf(lead2, cols, offset) {
  const row = (i) => ({
    leadId: cellText2(cols["Lead ID"][i], offset),
    name: cols["Name"][i],
    company: cols["Company"][i],
    phone: cols["Phone"][i],
    email: cols["Email"][i]
  });
  const typed = { leadId: "", name: lead2.name, company: lead2.company, phone: lead2.phone, email: lead2.email };
  const contact = findContactMatches(lead2, { phone: cols["Phone"], email: cols["Email"] }).map((m) => ({
    ...m,
    sameClient: sameClientAtEntry(typed, row(m.index))
  }));
  const sameClient = findSameClient(
    typed,
    cols["Lead ID"].map((_, i) => row(i))
  ).filter((m) => !contact.some((c) => c.index === m.index)).map((m) => ({ index: m.index, matchedOn: ["name", "company"], sameClient: true }));
  return [...contact, ...sameClient];
}
function duplicatesAnswer(crm, leads, matches2, clientIds) {
  const text5 = (v) => cellText2(v, crm.offset);
  const listed = matches2.slice(0, MAX_LISTED_DUPLICATES);
  const ids = [
    ...new Set(
      listed.filter((m) => m.sameClient).map((m) => clientIds[m.index]).filter((id) => id !== "")
    )
  ].slice(0, MAX_LISTED_CLIENTS);
  const wanted = new Set(ids);
  const dealRows = clientIds.flatMap((id, i) => wanted.has(id) ? [i] : []);
  const read = leads.readRows([...listed.map((m) => m.index), ...dealRows], CARD_READS);
  const duplicates = listed.map((m, k) => {
    const r = read[k];
    return {
      leadId: text5(r["Lead ID"]),
      name: text5(r["Name"]),
      company: text5(r["Company"]),
      phone: text5(r["Phone"]),
      email: text5(r["Email"]),
      owner: text5(r["Owner"]),
      status: text5(r["Status"]),
      matchedOn: m.matchedOn.join(", "),
      clientId: text5(r["Client ID"]).trim()
    };
  });
  const deals = read.slice(listed.length);
  return { ok: false, duplicates, clients: ids.map((id) => clientSummary(crm, deals, id)) };
}

// src/gas/runlog.ts
var RUN_LOG_MAX_ROWS = 500;
var held2 = null;
function appendRunLog(ss, lang, now, job, outcome, details) {
  const line = { Time: now, Job: job, Outcome: t(lang, `run.${outcome}`), Details: details };
  if (held2) held2.push(line);
  else write(ss, lang, [line]);
}
function appendRunLogNow(ss, lang, now, job, outcome, details) {
  write(ss, lang, [...held2 ?? [], { Time: now, Job: job, Outcome: t(lang, `run.${outcome}`), Details: details }]);
  if (held2) held2 = [];
}
function holdRunLog() {
  if (!held2) held2 = [];
}
function flushRunLog(ss, lang) {
  const lines = held2 ?? [];
  held2 = null;
  if (lines.length > 0) write(ss, lang, lines);
}
function runLogHeld() {
  return held2 !== null && held2.length > 0;
}
function write(ss, lang, lines) {
  const log2 = Table.open(ss, TAB.runLog, RUN_LOG_COLUMNS, lang);
  log2.append(lines);
  const excess = log2.rowCount - RUN_LOG_MAX_ROWS;
  if (excess > 0) {
    log2.sheet.deleteRows(2, excess);
    forgetTabs();
  }
}

// src/gas/campaign-ledger.ts
var sentScope = (id) => `cmp-${id}`;
var journalName = (id) => `lembar.campaignJournal.${id}`;
var uncertainPrefix = (id) => `lembar.campaignUncertain.${id}.`;
var IN_FLIGHT_MS = 45 * 6e4;
var JOURNAL_BYTES = 4e3;
var BY = "Lembar CRM";
function parseJournal(v) {
  try {
    const j = JSON.parse(v ?? "");
    return { sending: Array.isArray(j.sending) ? j.sending : [], sent: Array.isArray(j.sent) ? j.sent : [] };
  } catch (_e) {
    return { sending: [], sent: [] };
  }
}
function stateOf(all2, id) {
  return {
    sent: new Set(shardsOf(all2, scopePrefix(sentScope(id))).flatMap((s) => s.keys)),
    uncertain: new Set(shardsOf(all2, uncertainPrefix(id)).flatMap((s) => s.keys)),
    journal: parseJournal(all2[journalName(id)])
  };
}
function readLedger(id) {
  return stateOf(documentProperties().getProperties(), id);
}
function journaled() {
  const all2 = documentProperties().getProperties();
  const prefix = journalName("");
  return new Set(
    Object.keys(all2).filter((k) => k.startsWith(prefix)).filter((k) => {
      const j = parseJournal(all2[k]);
      return j.sending.length + j.sent.length > 0;
    }).map((k) => k.slice(prefix.length))
  );
}
function handled(s, key) {
  return s.sent.has(key) || s.uncertain.has(key) || s.journal.sending.some((e) => e.k === key);
}
function addSent(all2, id, key, out) {
  const prefix = scopePrefix(sentScope(id));
  const shards = shardsOf(all2, prefix);
  const last = shards[shards.length - 1];
  if (last && bytes(JSON.stringify([...last.keys, key])) <= 8e3) out[last.name] = JSON.stringify([...last.keys, key]);
  else out[`${prefix}${shards.length}`] = JSON.stringify([key]);
}
var runId = () => `${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
function activity(e, type, summary2) {
  return { Timestamp: new Date(e.at), "Lead ID": e.l, Type: type, Summary: summary2, By: BY, "Next Follow-up": "" };
}
function appendActivities(crm, records, checkExisting) {
  if (records.length === 0) return;
  withDocumentLock(crm.lang, () => {
    const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    let todo = records;
    if (checkExisting) {
      const cols = acts.columnsOf(["Lead ID", "Type", "Summary", "Timestamp"]);
      const keyOf3 = (id, type, summary2) => `${cellText2(id, crm.offset)}\0${cellText2(type, crm.offset)}\0${cellText2(summary2, crm.offset)}`;
      const times = /* @__PURE__ */ new Map();
      cols["Lead ID"].forEach((id, i) => {
        const when = cols["Timestamp"][i];
        const k = keyOf3(id, cols["Type"][i], cols["Summary"][i]);
        if (isDate(when)) times.set(k, [...times.get(k) ?? [], when.getTime()]);
      });
      todo = records.filter(
        (r) => !(times.get(keyOf3(r["Lead ID"], r["Type"], r["Summary"])) ?? []).some(
          (at) => Math.abs(at - r["Timestamp"].getTime()) < 12e4
        )
      );
    }
    acts.append(todo);
  });
}
function settleLedger(crm, id, name) {
  const before = readLedger(id);
  const cutoff = Date.now() - IN_FLIGHT_MS;
  const dead = (e) => e.at < cutoff;
  const lost = before.journal.sending.filter(dead);
  const unlogged = before.journal.sent.filter(dead);
  if (lost.length === 0 && unlogged.length === 0) return before;
  const note = (e) => t(crm.lang, "campaign.uncertainNote", { name: userText(name), summary: userText(e.sm) });
  appendActivities(
    crm,
    [...unlogged.map((e) => activity(e, "Email", e.sm)), ...lost.map((e) => activity(e, "Note", note(e)))],
    true
  );
  if (lost.length > 0) {
    const leads = lost.map((e) => e.l).join(", ");
    appendRunLogNow(
      crm.ss,
      crm.lang,
      crm.now,
      "runCampaigns",
      "partial",
      t(crm.lang, "campaign.uncertain", { name: userText(name), count: lost.length, leads: userText(leads) })
    );
  }
  const after = withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all2 = props.getProperties();
    const s = stateOf(all2, id);
    const gone = new Set([...lost, ...unlogged].map((e) => `${e.r}\0${e.k}`));
    const keep = (e) => !gone.has(`${e.r}\0${e.k}`);
    const journal = { sending: s.journal.sending.filter(keep), sent: s.journal.sent.filter(keep) };
    for (const e of lost) s.uncertain.add(e.k);
    writeShards(props, all2, uncertainPrefix(id), [...s.uncertain]);
    props.setProperty(journalName(id), JSON.stringify(journal));
    return { ...s, journal };
  });
  return after;
}
var QUOTA_ERROR2 = /too many times|quota/i;
function sendCampaignBatch(crm, id, name, items) {
  const out = { sent: 0, waiting: [], errors: [] };
  const run = runId();
  const mine = (k) => (e) => e.r === run && e.k === k;
  let confirm = null;
  let release = null;
  let durable = [];
  let logged = [];
  const step = (next) => withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const all2 = props.getProperties();
    const s = stateOf(all2, id);
    const values2 = {};
    const j = s.journal;
    if (confirm) {
      const c = confirm;
      j.sending = j.sending.filter((e) => !mine(c.k)(e));
      j.sent.push(c);
      if (!s.sent.has(c.k)) addSent(all2, id, c.k, values2);
      s.sent.add(c.k);
    }
    if (release) {
      const r = release;
      j.sending = j.sending.filter((e) => !mine(r.k)(e));
    }
    for (const e of logged) j.sent = j.sent.filter((x) => !mine(e.k)(x));
    let outcome = "done";
    if (next) {
      if (handled(s, next.k)) outcome = "already";
      else if (MailApp.getRemainingDailyQuota() < 1) outcome = "noQuota";
      else {
        j.sending.push(next);
        outcome = "claimed";
      }
    }
    values2[journalName(id)] = JSON.stringify(j);
    props.setProperties(values2);
    if (confirm) durable.push(confirm);
    confirm = null;
    release = null;
    logged = [];
    return outcome;
  });
  const flush = () => {
    if (confirm || release) step(null);
    appendActivities(
      crm,
      durable.map((e) => activity(e, "Email", e.sm)),
      false
    );
    logged = durable;
    durable = [];
  };
  const team2 = readTeam(crm);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (bytes(JSON.stringify(durable)) > JOURNAL_BYTES) flush();
    const entry = { k: x.key, l: x.leadId, at: Date.now(), sm: `${name}: ${x.subject}`.slice(0, 300), r: run };
    const claim = step(entry);
    if (claim === "already") continue;
    if (claim === "noQuota") {
      out.waiting.push(...items.slice(i).map((y) => y.key));
      break;
    }
    try {
      MailApp.sendEmail({
        to: x.to,
        subject: headerText(x.subject),
        body: x.text,
        htmlBody: `<p>${escapeHtml(x.text).replace(/\n/g, "<br>")}</p>`,
        // From the lead's owner as the Team names them (Reply-To is theirs): a client is written
        // to by a person, not by "Lembar CRM". Without a name, Gmail shows the account's own.
        ...displayName(team2, x.owner) ? { name: displayName(team2, x.owner) } : {},
        ...x.owner ? { replyTo: x.owner } : {}
      });
      out.sent++;
      confirm = entry;
    } catch (e) {
      release = entry;
      const msg = e instanceof Error ? e.message : String(e);
      if (QUOTA_ERROR2.test(msg)) {
        out.waiting.push(...items.slice(i).map((y) => y.key));
        break;
      }
      out.errors.push(`${x.to}: ${msg}`);
    }
  }
  flush();
  if (logged.length > 0) step(null);
  return out;
}
var LAST_CAMPAIGN = "lembar.lastCampaignNumber";
var ID_RE = /^CMP-(\d+)$/;
var formatCampaignId = (n) => `CMP-${String(n).padStart(4, "0")}`;
function giveCampaignIds(table2, offset) {
  if (table2.rowCount === 0) return 0;
  const ids = table2.column("Campaign ID").map((v) => cellText2(v, offset).trim());
  const names = table2.column("Campaign").map((v) => cellText2(v, offset).trim());
  const missing = names.map((n2, i) => n2 !== "" && ids[i] === "" ? i : -1).filter((i) => i >= 0);
  if (missing.length === 0) return 0;
  const props = documentProperties();
  const all2 = props.getProperties();
  let n = Number(all2[LAST_CAMPAIGN] ?? 0) || 0;
  for (const id of ids) {
    const m = ID_RE.exec(id);
    if (m && Number(m[1]) > n) n = Number(m[1]);
  }
  const legacy = /* @__PURE__ */ new Set();
  const given = [];
  for (const i of missing) {
    const id = formatCampaignId(++n);
    const old = scopePrefix(`campaign-${names[i]}`);
    const keys = shardsOf(all2, old).flatMap((s) => s.keys);
    if (keys.length > 0) {
      writeShards(props, all2, scopePrefix(sentScope(id)), [
        ...new Set(keys.map((k) => k.includes("@") ? mailboxKey(k) : k))
      ]);
      legacy.add(old);
    }
    given.push({ index: i, id });
  }
  props.setProperty(LAST_CAMPAIGN, String(n));
  for (const g of given) table2.update(g.index, { "Campaign ID": g.id });
  for (const old of legacy) for (const s of shardsOf(all2, old)) props.deleteProperty(s.name);
  return given.length;
}

// src/core/intake.ts
var INTAKE_COLUMNS = [
  { header: "Lead ID", key: "leadId", kind: "text" },
  { header: "Owner", key: "owner", kind: "text" },
  { header: "Intake", key: "intake", kind: "text" },
  { header: "Owner Told", key: "ownerTold", kind: "datetime" },
  { header: "Intake Note", key: "intakeNote", kind: "text" }
];
var INTAKE = {
  pending: "Pending",
  joining: "Joining",
  newLead: "New lead",
  newDeal: "New deal",
  joined: "Joined",
  review: "Review"
};
var FORM_AUTHOR = "Lead form";
var QUESTION_WORDS = [
  ["company", /\b(company|perusahaan|instansi|usaha|bisnis|organi[sz]ation|organisasi|kantor)\b/],
  ["source", /\b(hear|heard|tahu|mengetahui|sumber|source|referensi)\b|dari mana/],
  ["email", /\b(e ?mail|surel)\b/],
  ["phone", /\b(phone|telepon|telpon|telp|hp|handphone|whatsapp|wa|mobile|ponsel|nomor)\b/],
  ["needs", /\b(needs?|kebutuhan|keperluan|message|pesan|requirements?|inquiry|pertanyaan|keterangan)\b/],
  ["name", /\b(name|nama)\b/]
];
var words = (h) => h.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
function mapQuestions(headers) {
  const ours = new Set(INTAKE_COLUMNS.map((c) => c.header));
  const out = {};
  headers.forEach((h, i) => {
    const title = String(h ?? "").trim();
    if (i === 0 || title === "" || ours.has(title)) return;
    const w = words(title);
    const q = QUESTION_WORDS.find(([name, re]) => out[name] === void 0 && re.test(w));
    if (q) out[q[0]] = i;
  });
  return out;
}
var isLeadForm = (q) => q.name !== void 0 && (q.phone !== void 0 || q.email !== void 0);
var SOURCE_WORDS = [
  ["Google Ads", /\b(google ads|iklan google|adwords|google)\b/],
  ["Referral", /\b(referral|referensi|teman|friend|kenalan|rekomendasi|recommend|saudara|keluarga|colleague|rekan)\b/],
  ["Social Media", /\b(instagram|ig|facebook|fb|tiktok|linkedin|twitter|youtube|social|sosial|medsos)\b/],
  ["WhatsApp", /\b(whatsapp|wa)\b/],
  ["Event", /\b(event|pameran|expo|acara|seminar|exhibition)\b/],
  ["Walk-in", /\b(walk in|datang langsung|toko|showroom)\b/],
  ["Email", /\b(email|newsletter)\b/],
  ["Phone", /\b(phone|telepon|telpon)\b/],
  ["Website", /\b(website|web|situs|internet|online|search)\b/]
];
function sourceOf(answer, settings2) {
  const a = cleanText(answer).toLowerCase();
  const exact = settings2.sources.find((s) => s.toLowerCase() === a);
  if (exact) return exact;
  const w = words(a);
  for (const [source, re] of SOURCE_WORDS) {
    const known2 = settings2.sources.find((s) => s.toLowerCase() === source.toLowerCase());
    if (known2 && re.test(w)) return known2;
  }
  return settings2.leadFormSource;
}
var LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|ru|xyz|top|info|biz|io|click|site)\b)/gi;
function spamReason(answers) {
  const all2 = Object.values(answers).join(" ");
  if (/<\s*a\s|<\s*script|\[url[=\]]/i.test(all2)) return { key: "intake.spamMarkup" };
  if ((answers.name.match(LINK) ?? []).length > 0) return { key: "intake.spamLinkInName" };
  if ((answers.needs.match(LINK) ?? []).length >= 3) return { key: "intake.spamLinks" };
  if (answers.name !== "" && !/\p{L}/u.test(answers.name)) return { key: "intake.spamName" };
  return null;
}
function decide(answers, settings2, leads) {
  const checked = validateLeadForm(
    {
      name: answers.name,
      company: answers.company,
      phone: answers.phone,
      email: answers.email,
      needs: answers.needs,
      source: sourceOf(answers.source, settings2)
    },
    settings2
  );
  const spam = spamReason(answers);
  if (!checked.ok || spam) return { kind: "review", errors: checked.ok ? {} : checked.errors, spam };
  const lead2 = checked.lead;
  const rows = leads.filter((r) => r.clientId !== "");
  const me = { leadId: "", name: lead2.name, company: lead2.company, phone: lead2.phone, email: lead2.email };
  const contact = findContactMatches(lead2, { phone: rows.map((r) => r.phone), email: rows.map((r) => r.email) }).map((m) => m.index).filter((i) => explainPair(me, rows[i]).verdict !== null);
  const named = findSameClient(me, rows).map((m) => m.index);
  const hits = [.../* @__PURE__ */ new Set([...contact, ...named])];
  if (hits.length === 0) return { kind: "new", lead: lead2, clientId: "", clientOwner: "" };
  const clientId = rows[hits[0]].clientId;
  const deals = rows.filter((r) => r.clientId === clientId).sort((a, b) => b.createdAt - a.createdAt);
  const open = deals.find((r) => isOpenStatus(r.status));
  if (open) return { kind: "join", lead: lead2, leadId: open.leadId, owner: open.owner };
  return { kind: "new", lead: lead2, clientId, clientOwner: deals[0]?.owner ?? "" };
}
function digest2(text5) {
  let h = 2166136261;
  for (let i = 0; i < text5.length; i++) {
    h ^= text5.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(36);
}
function ownerByRule(source, settings2, sales, lastTurn2) {
  const bySource = settings2.leadFormOwners[source];
  if (bySource) return bySource;
  if (sales.length === 0) return "";
  const at = sales.indexOf(lastTurn2);
  return sales[(at + 1) % sales.length];
}

// src/gas/intake-tab.ts
function formTabs(ss) {
  if (ss.getFormUrl() === null) return [];
  return ss.getSheets().filter((s) => s.getFormUrl() !== null);
}
function openResponses(sheet) {
  const values2 = sheet.getDataRange().getValues();
  const titles = (values2[0] ?? []).map((h) => String(h ?? "").trim());
  const questions = mapQuestions(titles);
  if (!isLeadForm(questions)) return null;
  const missing = INTAKE_COLUMNS.map((c) => c.header).filter((h) => !titles.includes(h));
  if (missing.length > 0) {
    appendHeaders(sheet, missing);
    titles.push(...missing);
    if (questions.phone !== void 0)
      sheet.getRange(2, questions.phone + 1, sheet.getMaxRows() - 1, 1).setNumberFormat("@");
  }
  const width = titles.length;
  const rows = values2.slice(1).map((r) => {
    const row = r.slice(0, width);
    while (row.length < width) row.push("");
    return row;
  });
  const col2 = Object.fromEntries(INTAKE_COLUMNS.map((c) => [c.header, titles.indexOf(c.header)]));
  return { sheet, rows, col: col2, questions, titles };
}
function answersOf(tab, row, offset) {
  const at = (q) => {
    const i = tab.questions[q];
    return i === void 0 ? "" : cleanText(cellText2(row[i], offset));
  };
  return {
    name: at("name"),
    company: at("company"),
    phone: at("phone"),
    email: at("email"),
    needs: at("needs"),
    source: at("source")
  };
}
function answersFromEvent(tab, named) {
  if (named === null || typeof named !== "object") return null;
  const byTitle = named;
  const at = (q) => {
    const i = tab.questions[q];
    if (i === void 0) return "";
    const v = byTitle[tab.titles[i]];
    return cleanText(Array.isArray(v) ? v.join(", ") : v);
  };
  return {
    name: at("name"),
    company: at("company"),
    phone: at("phone"),
    email: at("email"),
    needs: at("needs"),
    source: at("source")
  };
}
function sentAt(row) {
  return isDate(row[0]) ? row[0] : null;
}
function hasAnswers(tab, row) {
  return Object.values(tab.questions).some((i) => i !== void 0 && String(row[i] ?? "").trim() !== "");
}
function writeMarks(tab, marks) {
  if (marks.size === 0) return;
  const indices = [...marks.keys()];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  for (const [i, m] of marks) for (const [h, v] of Object.entries(m)) tab.rows[i][tab.col[h]] = v;
  const cols = Object.values(tab.col).sort((a, b) => a - b);
  let run = [];
  const flush = () => {
    if (run.length === 0) return;
    const block = tab.rows.slice(first, last + 1).map((r) => run.map((c) => r[c] ?? ""));
    tab.sheet.getRange(first + 2, run[0] + 1, block.length, run.length).setValues(block);
    run = [];
  };
  for (const c of cols) {
    if (run.length > 0 && c !== run[run.length - 1] + 1) flush();
    run.push(c);
  }
  flush();
}
function connectLeadForm(ss) {
  for (const sheet of formTabs(ss)) {
    const tab = openResponses(sheet);
    if (!tab) continue;
    const missing = QUESTIONS.filter((q) => tab.questions[q] === void 0);
    return { tab: sheet.getName(), formUrl: sheet.getFormUrl() ?? "", missing };
  }
  return null;
}
var QUESTIONS = ["name", "company", "phone", "email", "needs", "source"];

// src/gas/owners.ts
function people(crm, owners) {
  const out = [...readTeam(crm).values()].map((m) => ({ email: m.email, name: m.name }));
  const seen = new Set(out.map((p) => p.email));
  for (const v of owners) {
    const e = typeof v === "string" && v.includes("@") ? normalizeEmail(v) : null;
    if (e?.ok && !seen.has(e.email)) {
      seen.add(e.email);
      out.push({ email: e.email, name: "" });
    }
  }
  return out;
}
function ownerNamesOf(crm, owners, team2) {
  const cells2 = owners.map((v, i) => ({ row: i + 2, value: cellText2(v, crm.offset) }));
  return ownerValues(cells2, team2).filter((o) => o.match.how !== "email").map((o) => ({
    value: o.value,
    rows: o.rows.length,
    email: o.match.email,
    how: o.match.how,
    candidates: o.match.candidates
  }));
}
function ownerLines(crm, names) {
  return names.map(
    (o) => t(crm.lang, "owners.bareNames", {
      rows: o.rows,
      value: userText(o.value),
      guess: o.email ? t(crm.lang, "owners.guess", { email: o.email }) : ""
    })
  );
}
function ownerToast(crm, names) {
  if (names.length === 0) return "";
  const shown3 = names.slice(0, 3).map((o) => o.value);
  return t(crm.lang, "owners.toast", {
    count: names.length,
    names: userText(names.length > 3 ? `${shown3.join(", ")}, …` : shown3.join(", "))
  });
}
function getOwnerNames() {
  return ownerNamesFor(openCrm());
}
function ownerNamesFor(crm, column) {
  if (!column && !crm.ss.getSheetByName(TAB.leads)) return { owners: [], team: [] };
  const owners = column ?? Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).column("Owner");
  const team2 = people(crm, owners);
  return { owners: ownerNamesOf(crm, owners, team2), team: team2 };
}
function mapOwners(arg) {
  const crm = openCrm();
  const raw = arg && typeof arg === "object" ? arg.mapping : void 0;
  const mapping = /* @__PURE__ */ Object.create(null);
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v.trim() !== "") mapping[k] = v;
  }
  return withDocumentLock(crm.lang, () => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const owners = leads.column("Owner");
    const ids = leads.column("Lead ID");
    const team2 = people(crm, owners);
    const to = /* @__PURE__ */ new Map();
    const added = [];
    for (const o of ownerNamesOf(crm, owners, team2)) {
      const answer = answerFor(mapping, o.value);
      if (answer === void 0) continue;
      const a = readOwnerAnswer(answer, team2);
      if (a.kind === "bad")
        throw new CrmError(
          { key: "import.badOwner", params: { value: userText(o.value), answer: userText(answer) } },
          crm.lang
        );
      if (a.kind === "new" && !added.some((p) => p.email === a.email)) added.push({ email: a.email, name: o.value });
      to.set(o.value, a.kind === "none" ? "" : a.email);
    }
    const values2 = owners.map((v) => cellText2(v, crm.offset));
    const changes = [];
    const byKey = new Map([...to].map(([k, v]) => [k, v]));
    values2.forEach((v, i) => {
      const text5 = v.trim();
      if (text5 === "") return;
      const target = byKey.get(text5) ?? answerFor(Object.fromEntries(byKey), text5);
      if (target === void 0 || target === text5) return;
      changes.push({ index: i, from: v, to: target });
    });
    if (changes.length > 0) {
      const lo = changes[0].index;
      const hi = changes[changes.length - 1].index;
      const block = owners.slice(lo, hi + 1);
      for (const c of changes) block[c.index - lo] = c.to;
      leads.writeColumn("Owner", lo, block);
    }
    if (added.length > 0 && crm.ss.getSheetByName(TAB.team)) {
      Table.open(crm.ss, TAB.team, TEAM_COLUMNS, crm.lang).append(
        added.map((p) => ({ Email: p.email, Name: p.name, Role: "Sales" }))
      );
      forgetTeam();
    }
    const by = currentUser();
    if (changes.length > 0)
      Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(
        changes.map(
          (c) => ({
            Timestamp: crm.now,
            "Lead ID": cellText2(ids[c.index], crm.offset),
            Type: "Note",
            Summary: t(crm.lang, "owners.note", {
              from: userText(c.from),
              to: c.to === "" ? t(crm.lang, "change.empty") : userText(c.to)
            }),
            By: by,
            "Next Follow-up": ""
          })
        )
      );
    const message2 = t(crm.lang, "owners.done", { count: changes.length, team: added.length });
    if (changes.length > 0 || added.length > 0) appendRunLog(crm.ss, crm.lang, crm.now, "mapOwners", "ok", message2);
    return { changed: changes.length, addedTeam: added.length, message: message2 };
  });
}

// src/gas/setup.ts
function setupCrm() {
  forgetSettings();
  const crm = openCrm();
  rememberSpreadsheet(crm.ss);
  return withDocumentLock(crm.lang, () => {
    const ss = crm.ss;
    const result2 = {
      createdTabs: [],
      addedHeaders: [],
      addedSettings: [],
      numbered: 0,
      clientIds: 0,
      addedTemplates: 0,
      settingsProblems: [],
      teamProblems: [],
      leadForm: null,
      ownerNames: []
    };
    for (const table2 of TABLES) {
      let sheet = ss.getSheetByName(table2.name);
      if (!sheet) {
        sheet = ss.insertSheet(table2.name);
        result2.createdTabs.push(table2.name);
      }
      const added = ensureHeaders(sheet, table2.columns);
      for (const h of added) result2.addedHeaders.push({ tab: table2.name, header: h });
      applyFormats(sheet, table2.columns);
    }
    if (!ss.getSheetByName(TAB.summary)) {
      ss.insertSheet(TAB.summary);
      result2.createdTabs.push(TAB.summary);
    }
    applyStatusDropdown(ss, crm.settings.statuses);
    result2.numbered = numberRowsWithoutId(ss, crm.offset);
    result2.clientIds = giveClientIds(ss, crm.offset);
    result2.addedTemplates = ensureTemplates(ss);
    giveCampaignIds(Table.open(ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang), crm.offset);
    rebuildShadow(ss, crm.offset);
    const settingsSheet = ss.getSheetByName(TAB.settings);
    result2.addedSettings = ensureSettings(settingsSheet, crm.lang, crm.offset);
    result2.settingsProblems = writeSettingProblems(settingsSheet, crm.lang, crm.offset);
    forgetSettings();
    protect(ss);
    const team2 = Table.open(ss, TAB.team, TEAM_COLUMNS, crm.lang);
    result2.leadForm = connectLeadForm(ss);
    result2.teamProblems = teamProblems(team2.allRows().map((r) => team2.toRecord(r))).map((m) => message(crm.lang, m));
    const owners = ownerNamesFor(crm).owners;
    result2.ownerNames = ownerLines(crm, owners);
    ss.toast(
      [
        t(crm.lang, "setup.done", { created: result2.createdTabs.length, repaired: result2.addedHeaders.length }),
        result2.numbered > 0 ? t(crm.lang, "setup.numbered", { count: result2.numbered }) : "",
        result2.clientIds > 0 ? t(crm.lang, "setup.clientIds", { count: result2.clientIds }) : "",
        result2.addedTemplates > 0 ? t(crm.lang, "setup.templates", { count: result2.addedTemplates }) : "",
        result2.settingsProblems.length > 0 ? t(crm.lang, "setup.settingsProblems", { count: result2.settingsProblems.length }) : "",
        ...result2.teamProblems,
        leadFormText(crm.lang, result2.leadForm),
        ownerToast(crm, owners)
      ].filter(Boolean).join(" "),
      t(crm.lang, "menu.title")
    );
    return result2;
  });
}
function leadFormText(lang, form) {
  if (!form) return t(lang, "setup.noLeadForm");
  const connected = t(lang, "setup.leadForm", { tab: form.tab });
  if (form.missing.length === 0) return connected;
  const fields2 = refs(form.missing.map((q) => `field.${q}`));
  return `${connected} ${t(lang, "setup.leadFormMissing", { fields: fields2 })}`;
}
function ensureHeaders(sheet, columns) {
  const lastCol = sheet.getLastColumn();
  const map = mapHeaders(lastCol > 0 ? sheet.getSheetValues(1, 1, 1, lastCol)[0] : []);
  const missing = columns.map((c) => c.header).filter((h) => !(h in map.index));
  appendHeaders(sheet, missing);
  const width = lastCol + missing.length;
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  return missing;
}
function applyFormats(sheet, columns) {
  const lastCol = sheet.getLastColumn();
  const map = mapHeaders(sheet.getSheetValues(1, 1, 1, lastCol)[0]);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const want = new Array(map.width).fill(null);
  for (const c of columns) if (c.kind !== "checkbox") want[map.index[c.header]] = NUMBER_FORMAT[c.kind];
  for (let i = 0; i < want.length; ) {
    const f = want[i];
    let n = 1;
    while (i + n < want.length && f !== null && want[i + n] === f) n++;
    if (f !== null) sheet.getRange(2, i + 1, rows, n).setNumberFormat(f);
    i += n;
  }
}
function ensureTemplates(ss) {
  const sheet = ss.getSheetByName(TAB.templates);
  if (sheet.getLastRow() > 1) return 0;
  forgetTemplates();
  const header = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const rows = defaultTemplates().map((tpl) => {
    const row = new Array(header.width).fill("");
    const set = (h, v) => {
      if (h in header.index) row[header.index[h]] = v;
    };
    set("Template ID", tpl.id);
    set("Name", tpl.name);
    set("Channel", tpl.channel);
    set("Language", tpl.language);
    set("Situation", tpl.situation);
    set("Subject", tpl.subject);
    set("Text", tpl.text);
    return row;
  });
  const need = rows.length + 1 - sheet.getMaxRows();
  if (need > 0) {
    sheet.insertRowsAfter(sheet.getMaxRows(), need);
    forgetTabs();
  }
  const range = sheet.getRange(2, 1, rows.length, header.width);
  range.setNumberFormat("@");
  range.setValues(rows);
  return rows.length;
}
function numberRowsWithoutId(ss, offset) {
  const sheet = ss.getSheetByName(TAB.leads);
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  const header = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const idRange = sheet.getRange(2, header.index["Lead ID"] + 1, last - 1, 1);
  const ids = idRange.getValues();
  const names = sheet.getSheetValues(2, header.index["Name"] + 1, last - 1, 1);
  const missing = ids.map(([id], i) => cellText2(id, offset).trim() === "" && cellText2(names[i][0], offset).trim() !== "" ? i : -1).filter((i) => i >= 0);
  if (missing.length === 0) return 0;
  const props = documentProperties();
  let n = nextLeadNumber(
    Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0,
    ids.map((r) => r[0])
  );
  const first = n;
  for (const i of missing) ids[i][0] = formatLeadId(n++);
  props.setProperty(LAST_ID_PROPERTY, String(n - 1));
  idRange.setNumberFormat("@").setValues(ids);
  return n - first;
}
function rebuildShadow(ss, offset) {
  const sheet = ss.getSheetByName(TAB.leads);
  const last = sheet.getLastRow();
  const map = /* @__PURE__ */ new Map();
  if (last >= 2) {
    const header = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
    const ids = sheet.getSheetValues(2, header.index["Lead ID"] + 1, last - 1, 1);
    const statuses = sheet.getSheetValues(2, header.index["Status"] + 1, last - 1, 1);
    ids.forEach(([id], i) => {
      if (cellText2(id, offset).trim() !== "")
        map.set(cellText2(id, offset).trim(), cellText2(statuses[i][0], offset).trim());
    });
  }
  const existing = readShadow(ss, offset);
  if (existing.size === map.size && [...map].every(([k, v]) => existing.get(k) === v)) return;
  writeShadow(ss, map);
}
function applyStatusDropdown(ss, statuses) {
  const sheet = ss.getSheetByName(TAB.leads);
  const map = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  sheet.getRange(2, map.index["Status"] + 1, rows, 1).setDataValidation(statusRule(statuses));
}
function ensureSettings(sheet, lang, offset) {
  const values2 = sheet.getDataRange().getValues();
  const map = mapHeaders(values2[0]);
  const present = new Set(values2.slice(1).map((r) => String(r[map.index["Setting"]]).trim()));
  const current = parseSettings(
    values2.slice(1).map((r) => ({ setting: r[map.index["Setting"]], value: cellText2(r[map.index["Value"]], offset) }))
  ).settings;
  const missing = defaultSettingRows(current).filter((r) => !present.has(r.setting));
  if (missing.length === 0) return [];
  const start = sheet.getLastRow() + 1;
  const need = start + missing.length - 1 - sheet.getMaxRows();
  if (need > 0) {
    sheet.insertRowsAfter(sheet.getMaxRows(), need);
    forgetTabs();
  }
  const rows = missing.map((r) => {
    const row = new Array(map.width).fill("");
    row[map.index["Setting"]] = r.setting;
    row[map.index["Value"]] = r.value;
    row[map.index["Description"]] = message(lang, r.description);
    return row;
  });
  const range = sheet.getRange(start, 1, rows.length, map.width);
  range.setNumberFormat("@");
  range.setValues(rows);
  return missing.map((r) => r.setting);
}
function describeSettings(sheet, map, rows, lang, current) {
  const ours = new Map(defaultSettingRows(current).map((r) => [r.setting, r.description]));
  const next = rows.map((r) => {
    const was = r[map.index["Description"]];
    const text5 = typeof was === "string" ? was : null;
    const desc = ours.get(String(r[map.index["Setting"]]).trim());
    if (!desc || text5 === null) return null;
    if (text5.trim() !== "" && text5 !== message("id", desc) && text5 !== message("en", desc)) return null;
    const now = message(lang, desc);
    return now === text5 ? null : now;
  });
  const col2 = map.index["Description"] + 1;
  for (let i = 0; i < next.length; ) {
    if (next[i] === null) {
      i++;
      continue;
    }
    let j = i;
    while (j < next.length && next[j] !== null) j++;
    sheet.getRange(2 + i, col2, j - i, 1).setValues(next.slice(i, j).map((v) => [v]));
    i = j;
  }
}
function writeSettingProblems(sheet, lang, offset) {
  const values2 = sheet.getDataRange().getValues();
  const map = mapHeaders(values2[0]);
  const rows = values2.slice(1);
  const parsed = parseSettings(
    rows.map((r) => ({ setting: r[map.index["Setting"]], value: cellText2(r[map.index["Value"]], offset) }))
  );
  const bySetting = /* @__PURE__ */ new Map();
  for (const p of parsed.problems)
    bySetting.set(p.setting, [...bySetting.get(p.setting) ?? [], message(lang, p.problem)]);
  if (rows.length > 0) {
    const col2 = rows.map((r) => [(bySetting.get(String(r[map.index["Setting"]]).trim()) ?? []).join(" ")]);
    sheet.getRange(2, map.index["Problem"] + 1, rows.length, 1).setValues(col2);
    describeSettings(sheet, map, rows, lang, parsed.settings);
  }
  return parsed.problems.map((p) => ({ setting: p.setting, problem: message(lang, p.problem) }));
}
function protect(ss) {
  const description = (what) => `Lembar CRM: ${what}`;
  for (const name of [TAB.archive, TAB.runLog, TAB.summary, TAB.duplicates]) {
    const sheet = ss.getSheetByName(name);
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) continue;
    const p = sheet.protect().setDescription(description(name)).setWarningOnly(true);
    if (name === TAB.duplicates) {
      const header = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
      const rows = sheet.getMaxRows() - 1;
      const reviewed = ["Merge", "Primary", "Action"];
      p.setUnprotectedRanges(reviewed.map((h) => sheet.getRange(2, header.index[h] + 1, Math.max(1, rows), 1)));
    }
  }
  for (const name of [TAB.leads, TAB.activities, TAB.settings]) {
    const sheet = ss.getSheetByName(name);
    const headerDescription = description(`${name} headers`);
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === headerDescription))
      continue;
    sheet.getRange(1, 1, 1, sheet.getLastColumn()).protect().setDescription(headerDescription).setWarningOnly(true);
  }
}

// src/core/intake-email.ts
var INTRO = {
  new: "intake.introNew",
  newDeal: "intake.introNewDeal",
  joined: "intake.introJoined"
};
function intakeEmail(lang, to, greetAs, n) {
  const subject = t(lang, n.kind === "joined" ? "intake.subjectJoined" : "intake.subjectNew", { name: n.name });
  const greeting = t(lang, "intake.greeting", { owner: greetAs || to });
  const intro = t(lang, INTRO[n.kind], { due: formatDay(n.due, lang, "long"), leadId: n.leadId });
  const facts = [
    ["field.name", n.name],
    ["field.company", n.company],
    ["field.phone", n.phone ? formatPhone(n.phone) : ""],
    ["field.email", n.email],
    ["field.needs", n.needs],
    ["field.source", n.source ? label(lang, "source", n.source) : ""]
  ];
  const shown3 = facts.filter(([, v]) => v !== "");
  const open = t(lang, "intake.openRow");
  const footer = t(lang, "intake.footer");
  const text5 = [
    greeting,
    "",
    intro,
    "",
    ...shown3.map(([k, v]) => `${t(lang, k)}: ${v}`),
    "",
    `${open} (${n.leadId}): ${n.link}`,
    "",
    footer
  ].join("\n");
  const rows = shown3.map(
    ([k, v]) => `<tr><td style="color:#5f6368;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(t(lang, k))}</td><td style="white-space:pre-wrap">${escapeHtml(v)}</td></tr>`
  ).join("");
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124;max-width:680px"><p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><table>${rows}</table><p><a href="${escapeHtml(n.link)}">${escapeHtml(open)} (${escapeHtml(n.leadId)})</a></p><p style="color:#5f6368;font-size:12px;margin-top:20px">${escapeHtml(footer)}</p></body></html>`;
  return { to, subject, text: text5, html };
}

// src/gas/intake-mail.ts
var SCOPE = "intake";
var TOLD = [INTAKE.newLead, INTAKE.newDeal, INTAKE.joined];
var keyOf = (tab, row, crm) => `${cellText2(row[tab.col["Lead ID"]], crm.offset).trim()}@${(sentAt(row) ?? /* @__PURE__ */ new Date(0)).getTime()}#${digest2(
  Object.values(answersOf(tab, row, crm.offset)).join("")
)}`;
var waitsForTelling = (tab, row, crm) => TOLD.includes(cellText2(row[tab.col["Intake"]], crm.offset).trim()) && cellText2(row[tab.col["Owner Told"]], crm.offset).trim() === "" && cellText2(row[tab.col["Lead ID"]], crm.offset).trim() !== "";
function tellOwners(crm, tab, seen) {
  const rows = tab.rows.filter((r) => waitsForTelling(tab, r, crm));
  if (rows.length === 0) return { told: 0, waiting: 0, errors: [] };
  const read = seen ?? readLeadsAndTeam(crm);
  const text5 = (v) => cellText2(v, crm.offset).trim();
  const at = /* @__PURE__ */ new Map();
  read.leads.forEach((rec, i) => at.set(text5(rec["Lead ID"]), { rec, row: i + 2 }));
  const team2 = read.team;
  const base = `${crm.ss.getUrl()}#gid=${read.leadsSheetId}&range=A`;
  const items = [];
  for (const row of rows) {
    const owner = normalizeEmail(row[tab.col["Owner"]]);
    const lead2 = at.get(text5(row[tab.col["Lead ID"]]));
    if (!owner.ok || !lead2) continue;
    const state = text5(row[tab.col["Intake"]]);
    const news = {
      kind: state === INTAKE.joined ? "joined" : state === INTAKE.newDeal ? "newDeal" : "new",
      leadId: text5(lead2.rec["Lead ID"]),
      name: text5(lead2.rec["Name"]),
      company: text5(lead2.rec["Company"]),
      phone: text5(lead2.rec["Phone"]),
      email: text5(lead2.rec["Email"]),
      // A joined deal's needs are the deal's; what the client asked this time is the response's.
      needs: state === INTAKE.joined ? answersOf(tab, row, crm.offset).needs : text5(lead2.rec["Needs"]),
      source: text5(lead2.rec["Source"]),
      due: text5(lead2.rec["Next Follow-up"]),
      link: `${base}${lead2.row}`
    };
    const lang = team2.get(owner.email)?.language || crm.lang;
    items.push({
      key: keyOf(tab, row, crm),
      email: intakeEmail(lang, owner.email, displayName(team2, owner.email), news)
    });
  }
  const sent = sendUnderLedger(crm, SCOPE, items);
  const claimed = claimedKeys(SCOPE);
  const told = new Set(items.map((x) => x.key).filter((k) => claimed.has(k)));
  if (told.size > 0) markTold2(crm, tab, told);
  return { told: sent.sent, waiting: sent.waiting.length, errors: sent.errors };
}
function readLeadsAndTeam(crm) {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  return {
    leads: leads.allRows().map((r) => leads.toRecord(r)),
    leadsSheetId: leads.sheet.getSheetId(),
    team: readTeam(crm)
  };
}
function markTold2(crm, tab, told) {
  withDocumentLock(crm.lang, () => {
    const fresh = openResponses(tab.sheet);
    if (!fresh) return;
    const marks = /* @__PURE__ */ new Map();
    fresh.rows.forEach((r, i) => {
      if (waitsForTelling(fresh, r, crm) && told.has(keyOf(fresh, r, crm))) marks.set(i, { "Owner Told": crm.now });
    });
    writeMarks(fresh, marks);
    const props = documentProperties();
    const all2 = props.getProperties();
    const keys = shardsOf(all2, scopePrefix(SCOPE)).flatMap((s) => s.keys);
    writeShards(
      props,
      all2,
      scopePrefix(SCOPE),
      keys.filter((k) => !told.has(k))
    );
  });
}

// src/gas/daily-run.ts
var active2 = false;
var shared = /* @__PURE__ */ new Map();
function asDailyRun(fn) {
  active2 = true;
  try {
    return fn();
  } finally {
    active2 = false;
    shared.clear();
  }
}
function inDailyRun() {
  return active2;
}
function rowsOf2(crm, tab, columns) {
  const kept2 = active2 ? shared.get(tab) : void 0;
  return kept2 ?? freshRows(crm, tab, columns);
}
function freshRows(crm, tab, columns) {
  const table2 = Table.open(crm.ss, tab, columns, crm.lang);
  const raw = table2.allRows();
  const records = raw.map((r) => table2.toRecord(r));
  if (active2) shared.set(tab, { table: table2, records });
  return { table: table2, raw, records };
}
function forgetRows(...tabs2) {
  for (const tab of tabs2) shared.delete(tab);
}

// src/gas/intake.ts
var empty = () => ({
  responses: 0,
  created: 0,
  joined: 0,
  review: 0,
  told: 0,
  waitingForQuota: 0,
  errors: []
});
function onLeadFormSubmit(e) {
  const crm = openCrm();
  const given = e !== null && typeof e === "object" ? e.range : void 0;
  const range = given !== null && typeof given === "object" && typeof given.getSheet === "function" ? given : void 0;
  const sheets = range ? [range.getSheet()] : formTabs(crm.ss);
  const event = range ? { row: range.getRow() - 2, named: e?.namedValues } : null;
  return asJob(Date.now() + TRIGGER_WAIT_MS, () => runAndLog(crm, sheets, event, "onLeadFormSubmit"));
}
var TRIGGER_WAIT_MS = 4 * 60 * 1e3;
function runLeadIntake() {
  const crm = openCrm();
  return runAndLog(crm, formTabs(crm.ss), null, "runLeadIntake");
}
function runAndLog(crm, sheets, event, job) {
  const total = empty();
  for (const sheet of sheets) {
    const r = intakeTab(crm, sheet, event);
    total.responses += r.responses;
    total.created += r.created;
    total.joined += r.joined;
    total.review += r.review;
    total.told += r.told;
    total.waitingForQuota += r.waitingForQuota;
    total.errors.push(...r.errors);
  }
  if (total.responses > 0 || total.told > 0 || total.errors.length > 0)
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      job,
      total.errors.length > 0 || total.waitingForQuota > 0 ? "partial" : "ok",
      t(crm.lang, "run.intakeDetail", {
        responses: total.responses,
        created: total.created,
        joined: total.joined,
        review: total.review,
        told: total.told,
        waiting: total.waitingForQuota
      }) + (total.errors.length > 0 ? ` — ${total.errors.join("; ")}` : "")
    );
  return total;
}
function intakeTab(crm, sheet, event) {
  const result2 = empty();
  let seen = null;
  const tab = withDocumentLock(crm.lang, () => {
    const opened2 = openResponses(sheet);
    if (opened2) seen = processResponses(crm, opened2, event, result2);
    return opened2;
  });
  if (!tab) return result2;
  const told = tellOwners(crm, tab, seen);
  result2.told = told.told;
  result2.waitingForQuota = told.waiting;
  result2.errors.push(...told.errors);
  return result2;
}
function processResponses(crm, tab, event, result2) {
  const todo = tab.rows.map((row, i) => ({ row, i, state: cellText2(row[tab.col["Intake"]], crm.offset).trim() })).filter(
    (r) => r.state === "" && hasAnswers(tab, r.row) || r.state === INTAKE.pending || r.state === INTAKE.joining
  );
  if (todo.length === 0) return null;
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const all2 = leads.allRows().map((r) => leads.toRecord(r));
  const text5 = (v) => cellText2(v, crm.offset).trim();
  const rows = all2.map((r) => ({
    leadId: text5(r["Lead ID"]),
    clientId: text5(r["Client ID"]),
    name: r["Name"],
    company: r["Company"],
    phone: r["Phone"],
    email: r["Email"],
    status: text5(r["Status"]),
    owner: text5(r["Owner"]),
    createdAt: isDate(r["Created At"]) ? r["Created At"].getTime() : 0
  }));
  const known2 = new Set(rows.map((r) => r.leadId));
  const team2 = readTeam(crm);
  const sales = [...team2.values()].filter((m) => m.role.toLowerCase() === "sales").map((m) => m.email);
  const props = documentProperties();
  const stored = props.getProperties();
  const lastLead = Number(stored[LAST_ID_PROPERTY] ?? 0) || 0;
  const lastClient = Number(stored[LAST_CLIENT_PROPERTY] ?? 0) || 0;
  let turn = lastTurn(crm, tab, sales);
  let nextLead = nextLeadNumber(
    lastLead,
    rows.map((r) => r.leadId)
  );
  let nextClient = nextClientNumber(
    lastClient,
    rows.map((r) => r.clientId)
  );
  const fallbackOwner = currentUser();
  const joining = todo.some((r) => r.state === INTAKE.joining);
  const notes = joining ? formNotes(crm) : /* @__PURE__ */ new Set();
  const pending = /* @__PURE__ */ new Map();
  const final = /* @__PURE__ */ new Map();
  const newLeads = [];
  const newNotes = [];
  for (const { row, i, state } of todo) {
    const at = sentAt(row) ?? crm.now;
    const answers = (event && event.row === i && state === "" ? answersFromEvent(tab, event.named) : null) ?? answersOf(tab, row, crm.offset);
    const reserved = text5(row[tab.col["Lead ID"]]);
    if (state !== "" && reserved !== "" && known2.has(reserved)) {
      const joined = state === INTAKE.joining;
      const note = noteOf(crm, reserved, at, answers);
      if (joined && !notes.has(noteKey(reserved, at, String(note.Summary)))) newNotes.push(note);
      const clientRows = rows.filter((r) => r.clientId === rows.find((x) => x.leadId === reserved)?.clientId);
      final.set(i, { Intake: joined ? INTAKE.joined : clientRows.length > 1 ? INTAKE.newDeal : INTAKE.newLead });
      if (joined) result2.joined++;
      else result2.created++;
      result2.responses++;
      continue;
    }
    const d = decide(answers, crm.settings, rows);
    result2.responses++;
    if (d.kind === "review") {
      result2.review++;
      final.set(i, { Intake: INTAKE.review, "Intake Note": reviewNote(crm, d.errors, d.spam) });
      pending.set(i, final.get(i));
      continue;
    }
    if (d.kind === "join") {
      result2.joined++;
      pending.set(i, { "Lead ID": d.leadId, Owner: d.owner, Intake: INTAKE.joining, "Intake Note": "" });
      newNotes.push(noteOf(crm, d.leadId, at, answers));
      final.set(i, { Intake: INTAKE.joined });
      continue;
    }
    const leadId = state === INTAKE.pending && reserved !== "" ? reserved : formatLeadId(nextLead++);
    const clientId = d.clientId || formatClientId(nextClient++);
    let owner = state === INTAKE.pending ? text5(row[tab.col["Owner"]]) : "";
    if (!owner && d.clientOwner && team2.has(d.clientOwner.toLowerCase())) owner = d.clientOwner;
    if (!owner) {
      owner = ownerByRule(d.lead.source, crm.settings, sales, turn);
      if (owner !== "" && owner !== crm.settings.leadFormOwners[d.lead.source]) turn = owner;
    }
    owner = owner || fallbackOwner;
    result2.created++;
    pending.set(i, { "Lead ID": leadId, Owner: owner, Intake: INTAKE.pending, "Intake Note": "" });
    final.set(i, { Intake: d.clientId ? INTAKE.newDeal : INTAKE.newLead });
    const consent = d.clientId ? clientConsent(crm, all2, d.clientId) : "";
    newLeads.push(
      newLeadRecord(d.lead, { leadId, clientId }, owner, at, crm.settings.firstContactSlaHours, crm.offset, consent)
    );
    rows.push({ ...toLeadRow(d.lead, leadId, clientId, owner), createdAt: at.getTime() });
    known2.add(leadId);
  }
  if (nextLead - 1 > lastLead || nextClient - 1 > lastClient)
    props.setProperties({
      [LAST_ID_PROPERTY]: String(Math.max(nextLead - 1, lastLead)),
      [LAST_CLIENT_PROPERTY]: String(Math.max(nextClient - 1, lastClient))
    });
  writeMarks(tab, pending);
  if (newLeads.length > 0) {
    const first = leads.append(newLeads);
    giveStatusDropdown(leads, first, newLeads.length, crm.settings.statuses);
    appendShadow(
      crm.ss,
      newLeads.map((r) => [String(r["Lead ID"]), "Lead"])
    );
  }
  if (newNotes.length > 0) Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(newNotes);
  if (newLeads.length > 0 || newNotes.length > 0) forgetRows(TAB.leads, TAB.activities);
  writeMarks(tab, final);
  return { leads: [...all2, ...newLeads], leadsSheetId: leads.sheet.getSheetId(), team: team2 };
}
function lastTurn(crm, tab, sales) {
  for (let i = tab.rows.length - 1; i >= 0; i--) {
    const row = tab.rows[i];
    const state = cellText2(row[tab.col["Intake"]], crm.offset).trim();
    const owner = cellText2(row[tab.col["Owner"]], crm.offset).trim().toLowerCase();
    if (state !== INTAKE.newLead && state !== INTAKE.pending) continue;
    if (!sales.includes(owner)) continue;
    if (crm.settings.leadFormOwners[sourceOf(answersOf(tab, row, crm.offset).source, crm.settings)]) continue;
    return owner;
  }
  return "";
}
var noteKey = (leadId, at, summary2) => `${leadId}@${at.getTime()}@${summary2}`;
function formNotes(crm) {
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const cols = acts.columnsOf(["Lead ID", "Timestamp", "By", "Summary"]);
  const out = /* @__PURE__ */ new Set();
  cols["By"].forEach((by, i) => {
    const at = cols["Timestamp"][i];
    if (String(by) === FORM_AUTHOR && isDate(at))
      out.add(noteKey(cellText2(cols["Lead ID"][i], crm.offset).trim(), at, String(cols["Summary"][i])));
  });
  return out;
}
function noteOf(crm, leadId, at, answers) {
  return {
    Timestamp: at,
    "Lead ID": leadId,
    Type: "Note",
    Summary: t(crm.lang, "intake.note", { needs: answers.needs || answers.name }),
    By: FORM_AUTHOR,
    "Next Follow-up": ""
  };
}
function clientConsent(crm, all2, clientId) {
  const text5 = (v) => cellText2(v, crm.offset);
  const mine = all2.filter((r) => text5(r["Client ID"]).trim() === clientId);
  return mine.length > 0 ? contactFacts(mine, text5, crm.offset).consent : "";
}
function reviewNote(crm, errors, spam) {
  const reasons2 = [...spam ? [spam] : [], ...Object.values(errors)].map((m) => message(crm.lang, m));
  return t(crm.lang, "intake.review", { reasons: [...new Set(reasons2)].join(" ") });
}
function toLeadRow(lead2, leadId, clientId, owner) {
  return {
    leadId,
    clientId,
    name: lead2.name,
    company: lead2.company,
    phone: lead2.phone,
    email: lead2.email,
    status: "Lead",
    owner
  };
}

// src/core/pipeline.ts
var KIND = new Map(LEAD_COLUMNS.map((c) => [c.header, c.kind]));
function isFilled(header, v, offsetMinutes = 0) {
  if (v === null || v === void 0) return false;
  if (typeof v === "string" && v.trim() === "") return false;
  const kind = KIND.get(header);
  if (kind === "number") return typeof v === "number" ? Number.isFinite(v) && v >= 0 : (parseMoney(v) ?? -1) >= 0;
  if (kind === "date" || kind === "datetime") return cellDate(v, offsetMinutes) !== null;
  return true;
}
function judgeTransition(from, to, lead2, settings2, offsetMinutes = 0) {
  const f = from === null ? "?" : from.trim();
  const t2 = to.trim();
  if (f === t2) return { ok: true, change: false };
  const st = (name) => labelRef("status", name);
  if (t2 === "") return { ok: false, reason: { key: "pipeline.cleared", params: { from: st(f) } } };
  if (!settings2.statuses.includes(t2))
    return {
      ok: false,
      reason: {
        key: "pipeline.unknownStatus",
        params: { to: userText(t2), statuses: labelRefs("status", settings2.statuses) }
      }
    };
  if (f === "") {
    if (t2 !== settings2.statuses[0])
      return {
        ok: false,
        reason: { key: "pipeline.newMustStart", params: { to: st(t2), first: st(settings2.statuses[0]) } }
      };
  } else if (settings2.statuses.includes(f)) {
    const allowed = settings2.transitions[f] ?? [];
    if (!allowed.includes(t2)) {
      return allowed.length === 0 ? { ok: false, reason: { key: "pipeline.final", params: { from: st(f), to: st(t2) } } } : {
        ok: false,
        reason: {
          key: "pipeline.notAllowed",
          params: { from: st(f), to: st(t2), allowed: labelRefs("status", allowed) }
        }
      };
    }
  }
  const missing = (settings2.required[t2] ?? []).filter((h) => !isFilled(h, lead2[h], offsetMinutes));
  if (missing.length > 0)
    return {
      ok: false,
      reason: {
        key: "pipeline.missingFields",
        params: {
          from: f ? st(f) : "–",
          to: st(t2),
          fields: refs(missing.map((h) => `field.${camelKey(h)}`))
        }
      },
      missing
    };
  return { ok: true, change: true };
}
function isForward(from, to, settings2) {
  const a = settings2.statuses.indexOf(from.trim());
  const b = settings2.statuses.indexOf(to.trim());
  if (a < 0 || b < 0 || to.trim() === "Lost") return false;
  return b > a;
}
function statusEffects(from, to, lead2, now, settings2, offsetMinutes) {
  const out = { "Status Changed At": now };
  if (isForward(from, to, settings2) && (Number(lead2["Follow-ups"]) || 0) !== 0) out["Follow-ups"] = 0;
  if (to === "Won" || to === "Lost") out["Next Follow-up"] = "";
  if (CLOSED_STATUSES.has(from.trim()) && !CLOSED_STATUSES.has(to)) {
    out["Next Follow-up"] = startOfDay(now, offsetMinutes);
    if ((Number(lead2["Follow-ups"]) || 0) !== 0) out["Follow-ups"] = 0;
  }
  if (to === "Past Client") {
    const done2 = cellDate(lead2["Completed On"], offsetMinutes);
    if (done2) out["Next Follow-up"] = recontactAfter(done2, settings2, offsetMinutes);
  }
  return out;
}
function statusChangeSummary(from, to) {
  return `${from.trim() || "–"} → ${to}`;
}
function isQuotationActivity(type, summary2) {
  if (type === "Quotation Sent") return true;
  const moved = statusChangeSummary("", "Quotation Sent");
  return type === "Status Change" && summary2.trim().endsWith(moved.slice(moved.indexOf(" → ")));
}

// src/gas/card.ts
var DATE_ONLY = new Set(LEAD_COLUMNS.filter((c) => c.kind === "date").map((c) => c.header));
function rowVersion(rec) {
  let h = 2166136261;
  for (const c of LEAD_COLUMNS) {
    const v = rec[c.header];
    const s = `${isDate(v) ? `d${v.getTime()}` : `${typeof v}:${v === null || v === void 0 ? "" : String(v)}`}`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
  }
  return h.toString(36);
}
function values(rec, crm) {
  const out = {};
  for (const c of LEAD_COLUMNS) {
    const v = rec[c.header];
    out[c.key] = isDate(v) ? DATE_ONLY.has(c.header) ? toYmd(v, crm.offset) : v.toISOString() : typeof v === "number" ? v : cellText2(v, crm.offset);
  }
  const p = normalizePhone(rec["Phone"]);
  return {
    ...out,
    leadId: cellText2(rec["Lead ID"], crm.offset).trim(),
    phoneE164: p.ok ? p.e164 : ""
  };
}
function leadCard(crm, rec, index) {
  const lead2 = values(rec, crm);
  const phone3 = String(lead2.phoneE164);
  return {
    ...lead2,
    row: index + 2,
    version: rowVersion(rec),
    // WhatsApp only where it can work (a mobile); a landline is called.
    whatsapp: phone3 ? whatsappLink(phone3) : "",
    tel: phone3 ? `tel:${phone3}` : "",
    phoneText: phone3 ? formatPhone(phone3) : String(lead2.phone),
    lastContactLocal: isDate(rec["Last Contact"]) ? localDateTime(rec["Last Contact"], crm.offset) : cellText2(rec["Last Contact"], crm.offset),
    situation: situationOfStatus(
      cellText2(rec["Status"], crm.offset),
      cellDate(rec["Last Contact"], crm.offset) !== null
    )
  };
}
function recentActivity(r, crm) {
  const ts = r["Timestamp"];
  return {
    timestamp: isDate(ts) ? ts.toISOString() : cellText2(ts, crm.offset),
    // Shown in the spreadsheet's time zone, not the browser's.
    when: isDate(ts) ? localDateTime(ts, crm.offset) : cellText2(ts, crm.offset),
    type: cellText2(r["Type"], crm.offset),
    summary: cellText2(r["Summary"], crm.offset),
    by: cellText2(r["By"], crm.offset)
  };
}
function cardAfterWrite(crm, leads, index, logged) {
  return {
    lead: leadCard(crm, leads.currentRow(index), index),
    logged: [...logged].reverse().map((a) => recentActivity(a, crm))
  };
}

// src/core/template-order.ts
function templatesFor(all2, lang, situation, whatsapp) {
  const mine = all2.filter((t2) => t2.language === lang && (t2.channel !== "WhatsApp" || whatsapp));
  return [...mine.filter((t2) => t2.situation === situation), ...mine.filter((t2) => t2.situation !== situation)];
}

// src/core/reminders.ts
var SECTIONS = [
  "slaBreached",
  "maxFollowUps",
  "pastExpectedClose",
  "followUpDue",
  "noNextStep",
  "recontact",
  "stale"
];
var emptySections = () => ({
  slaBreached: [],
  maxFollowUps: [],
  pastExpectedClose: [],
  followUpDue: [],
  noNextStep: [],
  recontact: [],
  stale: []
});
function planReminders(rows, settings2, now, offset) {
  const today = toYmd(now, offset);
  const byOwner = /* @__PURE__ */ new Map();
  const invalid = /* @__PURE__ */ new Map();
  const unowned = [];
  let listed = 0;
  let slaBreached = 0;
  const firstStatus = settings2.statuses[0];
  const recontactOf = recontactRows(rows, offset);
  rows.forEach((r, i) => {
    const status = cellText(r["Status"]);
    const id = cellText(r["Lead ID"]);
    if (id === "" && cellText(r["Name"]) === "") return;
    const ymd3 = (h) => {
      const d = cellDate(r[h], offset);
      return d ? toYmd(d, offset) : "";
    };
    const created = cellDate(r["Created At"], offset);
    const contacted = cellDate(r["Last Contact"], offset) !== null;
    const followUps = Number(r["Follow-ups"]) || 0;
    const nextFollowUp = ymd3("Next Follow-up");
    const open = status !== "" && !CLOSED_STATUSES.has(status);
    let section = null;
    let due = "";
    if (open && status === firstStatus && !contacted && created && addHours(created, settings2.firstContactSlaHours) < now) {
      section = "slaBreached";
      due = toYmd(addHours(created, settings2.firstContactSlaHours), offset);
    } else if (open && followUps >= settings2.maxFollowUps) {
      section = "maxFollowUps";
      due = nextFollowUp;
    } else if (open && ymd3("Expected Close") !== "" && ymd3("Expected Close") < today) {
      section = "pastExpectedClose";
      due = ymd3("Expected Close");
    } else if (open && nextFollowUp !== "" && nextFollowUp <= today) {
      section = "followUpDue";
      due = nextFollowUp;
    } else if (status === "Past Client" && recontactOf(i)) {
      const completed = cellDate(r["Completed On"], offset);
      const recontact = nextFollowUp || (completed ? toYmd(recontactAfter(completed, settings2, offset), offset) : "");
      if (recontact !== "" && recontact <= today) {
        section = "recontact";
        due = recontact;
      }
    }
    const changed = cellDate(r["Status Changed At"], offset);
    const staleAfter = settings2.staleDays[status] ?? 0;
    if (!section && open && staleAfter > 0 && changed && addDays(changed, staleAfter) < now) {
      section = "stale";
      due = toYmd(addDays(changed, staleAfter), offset);
    }
    if (!section && open && nextFollowUp === "" && staleAfter > 0 && (status !== firstStatus || contacted || !created))
      section = "noNextStep";
    if (!section) return;
    const phone3 = normalizePhone(r["Phone"]);
    const lead2 = {
      row: i + 2,
      leadId: id,
      name: String(r["Name"] ?? ""),
      company: String(r["Company"] ?? ""),
      needs: String(r["Needs"] ?? ""),
      phoneE164: phone3.ok ? phone3.e164 : "",
      status,
      due,
      followUps
    };
    listed++;
    if (section === "slaBreached") slaBreached++;
    const ownerCell = cellText(r["Owner"]);
    if (ownerCell === "") {
      unowned.push(lead2);
      return;
    }
    const email2 = normalizeEmail(ownerCell);
    if (!email2.ok) {
      invalid.set(ownerCell, (invalid.get(ownerCell) ?? 0) + 1);
      return;
    }
    if (!byOwner.has(email2.email)) byOwner.set(email2.email, emptySections());
    byOwner.get(email2.email)[section].push(lead2);
  });
  const byDue = (a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.row - b.row;
  const owners = [...byOwner.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([owner, sections]) => {
    for (const s of SECTIONS) sections[s].sort(byDue);
    return { owner, sections };
  });
  return {
    today,
    owners,
    invalidOwners: [...invalid.entries()].map(([owner, leads]) => ({ owner, leads })).sort((a, b) => b.leads - a.leads),
    unowned,
    listed,
    slaBreached
  };
}
function recontactRows(rows, offset) {
  const clientOf = (r) => cellText(r["Client ID"]);
  const open = /* @__PURE__ */ new Set();
  const latest = /* @__PURE__ */ new Map();
  rows.forEach((r, i) => {
    const c = clientOf(r);
    if (c === "") return;
    const status = cellText(r["Status"]);
    if (status !== "" && !CLOSED_STATUSES.has(status)) open.add(c);
    if (status !== "Past Client") return;
    const time = (h) => cellDate(r[h], offset)?.getTime() ?? 0;
    const at = Math.max(time("Completed On"), time("Last Contact")) || (cellDate(r["Created At"], offset)?.getTime() ?? 0);
    const best = latest.get(c);
    if (!best || at >= best.at) latest.set(c, { index: i, at });
  });
  return (i) => {
    const c = clientOf(rows[i]);
    return c === "" || !open.has(c) && latest.get(c)?.index === i;
  };
}
function countOf(d) {
  return SECTIONS.reduce((n, s) => n + d.sections[s].length, 0);
}

// src/core/today.ts
var days = (from, to) => {
  const a = parseYmd(from, 0);
  const b = parseYmd(to, 0);
  return a && b ? Math.max(0, Math.round((b.getTime() - a.getTime()) / 864e5)) : 0;
};
function myDay(plan2, owner, settings2, lang = "id") {
  const thisYear = plan2.today.slice(0, 4);
  const date = (ymd3) => formatDay(ymd3, lang, ymd3.slice(0, 4) === thisYear ? "weekday" : "long");
  const mine = plan2.owners.find((o) => o.owner === owner.toLowerCase());
  const sections = SECTIONS.map((key) => ({
    key,
    items: (mine?.sections[key] ?? []).map((l) => {
      const overdueDays = days(l.due, plan2.today);
      const reason = key === "slaBreached" ? overdueDays > 0 ? {
        key: "day.reason.slaBreachedLate",
        params: { hours: settings2.firstContactSlaHours, date: date(l.due), days: overdueDays }
      } : { key: "day.reason.slaBreached", params: { hours: settings2.firstContactSlaHours, date: date(l.due) } } : key === "maxFollowUps" ? {
        key: "day.reason.maxFollowUps",
        params: { count: l.followUps, max: settings2.maxFollowUps, lost: labelRef("status", "Lost") }
      } : key === "pastExpectedClose" ? { key: "day.reason.pastExpectedClose", params: { date: date(l.due), days: overdueDays } } : key === "recontact" ? { key: "day.reason.recontact", params: { date: date(l.due) } } : key === "stale" ? { key: "day.reason.stale", params: { status: labelRef("status", l.status), date: date(l.due) } } : key === "noNextStep" ? { key: "day.reason.noNextStep", params: { status: labelRef("status", l.status) } } : overdueDays > 0 ? { key: "day.reason.overdue", params: { date: date(l.due), days: overdueDays } } : { key: "day.reason.dueToday" };
      return {
        leadId: l.leadId,
        name: l.name,
        company: l.company,
        needs: l.needs,
        status: l.status,
        dueDate: l.due,
        overdueDays,
        phone: l.phoneE164,
        reason
      };
    })
  })).filter((s) => s.items.length > 0);
  return { owner: owner.toLowerCase(), date: plan2.today, sections };
}

// src/gas/day.ts
function getMyDay(arg) {
  const crm = openCrm();
  const me = currentUser().toLowerCase();
  const asked = cleanText(arg && typeof arg === "object" ? arg.owner : "");
  const team2 = readTeam(crm);
  const managers = managersOf(team2, crm.settings.managerEmails);
  let owner = me;
  if (asked !== "" && asked.toLowerCase() !== me) {
    const e = normalizeEmail(asked);
    if (!e.ok) throw new CrmError({ key: "valid.email" }, crm.lang);
    if (!managers.includes(me)) throw new CrmError({ key: "error.notManager" }, crm.lang);
    owner = e.email;
  }
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const plan2 = planReminders(
    leads.allRows().map((r) => leads.toRecord(r)),
    crm.settings,
    crm.now,
    crm.offset
  );
  const day2 = myDay(plan2, owner, crm.settings, crm.lang);
  const templates2 = readTemplates(crm).filter((x) => x.channel === "WhatsApp" && x.language === crm.lang);
  const sales = displayName(team2, owner);
  const owners = [.../* @__PURE__ */ new Set([...plan2.owners.map((o) => o.owner), ...team2.keys()])].sort();
  return {
    owner: day2.owner,
    ownerName: sales,
    date: day2.date,
    dateText: formatDay(day2.date, crm.lang, "weekday"),
    ownerNames: Object.fromEntries(
      (managers.includes(me) ? [day2.owner, ...owners] : [day2.owner]).map((o) => [o, displayName(team2, o)])
    ),
    canSwitch: managers.includes(me),
    owners: managers.includes(me) ? owners : [],
    sections: day2.sections.map((s) => ({
      key: s.key,
      title: t(crm.lang, `day.section.${s.key}`),
      items: s.items.map((i) => {
        const tpl = templates2.find((x) => x.situation === situationOf(s.key));
        const text5 = tpl ? renderTemplate(tpl, {
          ...nameValues(i.name, crm.settings.salutation, tpl.language),
          company: i.company,
          needs: i.needs,
          sales
        }).text : "";
        const ready = tpl && !/\{[a-z_]+\}/i.test(text5) ? text5 : "";
        return {
          leadId: i.leadId,
          name: i.name,
          company: i.company,
          needs: i.needs,
          status: i.status,
          dueDate: i.dueDate,
          overdueDays: i.overdueDays,
          phone: i.phone,
          whatsapp: i.phone ? whatsappLink(i.phone, ready) : "",
          reason: message(crm.lang, i.reason)
        };
      })
    }))
  };
}

// src/gas/activities.ts
function logActivity(input) {
  const result2 = recordActivity(input);
  if (!result2.ok || !input || typeof input !== "object" || !input.day) return result2;
  try {
    return { ...result2, day: getMyDay(input.day) };
  } catch (_err) {
    return result2;
  }
}
function recordActivity(input) {
  const crm = openCrm();
  const valid = validateActivity(input ?? {});
  if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, valid.errors) };
  const a = valid.activity;
  const past = pastFollowUp(a.nextFollowUp, toYmd(crm.now, crm.offset));
  if (past) return { ok: false, errors: renderErrors(crm.lang, { nextFollowUp: past }) };
  return withDocumentLock(crm.lang, () => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const index = findLead(leads, a.leadId, crm.offset);
    if (index < 0)
      return {
        ok: false,
        errors: renderErrors(crm.lang, {
          leadId: { key: "error.unknownLead", params: { leadId: userText(a.leadId) } }
        })
      };
    const activities = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    const lead2 = leads.readRow(index);
    const update = contactUpdate(
      {
        status: cellText2(lead2["Status"], crm.offset),
        lastContact: lead2["Last Contact"],
        followUps: lead2["Follow-ups"],
        nextFollowUp: lead2["Next Follow-up"]
      },
      a,
      crm.now,
      crm.settings,
      crm.offset
    );
    const logged = {
      Timestamp: crm.now,
      "Lead ID": a.leadId,
      Type: a.type,
      Summary: a.summary,
      By: currentUser(),
      "Next Follow-up": update.nextFollowUp ?? ""
    };
    activities.append([logged]);
    const changes = {};
    if (update.lastContact) changes["Last Contact"] = update.lastContact;
    if (update.followUps !== void 0) changes["Follow-ups"] = update.followUps;
    if (update.nextFollowUp) changes["Next Follow-up"] = update.nextFollowUp;
    if (Object.keys(changes).length > 0) leads.update(index, changes);
    const followUps = update.followUps ?? Number(lead2["Follow-ups"] || 0);
    const last = update.lastContact ?? lead2["Last Contact"];
    const next = update.nextFollowUp ?? lead2["Next Follow-up"];
    return {
      ok: true,
      leadId: a.leadId,
      lastContact: isDate(last) ? last.toISOString() : cellText2(last, crm.offset),
      followUps,
      nextFollowUp: isDate(next) ? toYmd(next, crm.offset) : cellText2(next, crm.offset),
      card: cardAfterWrite(crm, leads, index, [logged])
    };
  });
}

// src/gas/templates.ts
function prepared(crm, arg) {
  const a = arg && typeof arg === "object" ? arg : {};
  const templateId = cleanText(typeof a.templateId === "string" ? a.templateId : "");
  const leadId = cleanText(typeof a.leadId === "string" ? a.leadId : "");
  const template2 = readTemplates(crm).find((x) => x.id === templateId);
  if (!template2)
    throw new CrmError({ key: "template.unknown", params: { templateId: userText(templateId || "?") } }, crm.lang);
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const index = leadId ? findLead(leads, leadId, crm.offset) : -1;
  if (index < 0)
    throw new CrmError({ key: "error.unknownLead", params: { leadId: userText(leadId || "?") } }, crm.lang);
  const lead2 = leads.readRow(index);
  return { template: template2, values: templateValues(crm, template2, lead2, leadId), lead: lead2, leadId };
}
function templateValues(crm, template2, lead2, leadId, quotation) {
  const team2 = readTeam(crm);
  const owner = cellText2(lead2["Owner"], crm.offset).trim().toLowerCase() || currentUser().toLowerCase();
  const value = typeof lead2["Deal Value"] === "number" ? formatMoney(lead2["Deal Value"], crm.settings.currency) : "";
  const quoted = (quotation ?? quotationDate(crm, leadId)) || statusDate(crm, lead2);
  return {
    ...nameValues(cellText2(lead2["Name"], crm.offset), crm.settings.salutation, template2.language),
    company: cellText2(lead2["Company"], crm.offset),
    needs: cellText2(lead2["Needs"], crm.offset),
    product: cellText2(lead2["Product"], crm.offset),
    sales: displayName(team2, owner),
    salesPhone: team2.get(owner)?.phone ?? "",
    value,
    quotationDate: quoted ? formatDay(quoted, template2.language === "en" ? "en" : "id", "long") : ""
  };
}
function quotationDate(crm, leadId) {
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const cols = acts.columnsOf(["Timestamp", "Lead ID", "Type", "Summary"]);
  const text5 = (v) => cellText2(v, crm.offset);
  for (let i = cols["Lead ID"].length - 1; i >= 0; i--) {
    if (text5(cols["Lead ID"][i]) !== leadId || !isQuotationActivity(text5(cols["Type"][i]), text5(cols["Summary"][i])))
      continue;
    const when = cols["Timestamp"][i];
    return isDate(when) ? toYmd(when, crm.offset) : "";
  }
  return "";
}
function statusDate(crm, lead2) {
  const at = lead2["Status Changed At"];
  return cellText2(lead2["Status"], crm.offset) === "Quotation Sent" && isDate(at) ? toYmd(at, crm.offset) : "";
}
function renderTemplate2(arg) {
  const crm = openCrm();
  const { template: template2, values: values2, lead: lead2 } = prepared(crm, arg);
  return rendered(crm, template2, values2, lead2);
}
function firstTemplateFor(crm, lead2, card, quotation) {
  const [first] = templatesFor(readTemplates(crm), crm.lang, card.situation, card.whatsapp !== "");
  return first ? rendered(crm, first, templateValues(crm, first, lead2, card.leadId, quotation), lead2) : null;
}
function rendered(crm, template2, values2, lead2) {
  const r = renderTemplate(template2, values2);
  const phone3 = normalizePhone(lead2["Phone"]);
  const missing = [...r.missing, ...r.unknown];
  return {
    templateId: template2.id,
    channel: template2.channel,
    subject: r.subject,
    text: r.text,
    missing,
    fromLead: r.fromLead,
    to: cellText2(lead2["Email"], crm.offset),
    from: template2.channel === "Email" ? sender(values2) : "",
    whatsapp: template2.channel === "WhatsApp" && phone3.ok && missing.length === 0 ? whatsappLink(phone3.e164, r.text) : ""
  };
}
function sender(values2) {
  const name = headerText(values2.sales ?? "");
  const address = currentUser();
  return name && address ? `${name} <${address}>` : name || address;
}
function sendTemplateEmail(arg) {
  const crm = openCrm();
  const { template: template2, values: values2, lead: lead2, leadId } = prepared(crm, arg);
  if (template2.channel !== "Email")
    throw new CrmError({ key: "template.notEmail", params: { templateId: userText(template2.id) } }, crm.lang);
  const cell = cellText2(lead2["Email"], crm.offset).trim();
  if (!cell) throw new CrmError({ key: "template.noEmail" }, crm.lang);
  const address = normalizeEmail(cell);
  if (!address.ok)
    throw new CrmError(
      {
        key: "template.badEmail",
        params: { field: ref("field.email"), leadId: userText(leadId), email: userText(cell.replace(/\s+/g, " ")) }
      },
      crm.lang
    );
  const to = address.email;
  const a = arg ?? {};
  const r = renderTemplate(template2, values2);
  const subject = typeof a.subject === "string" ? a.subject : r.subject;
  const text5 = typeof a.text === "string" ? a.text : r.text;
  const left = leftoverPlaceholders(subject, text5, r.fromLead);
  if (left.length > 0)
    throw new CrmError({ key: "template.missing", params: { names: userText(left.join(", ")) } }, crm.lang);
  if (MailApp.getRemainingDailyQuota() < 1) throw new CrmError({ key: "template.quota" }, crm.lang);
  MailApp.sendEmail({
    to,
    subject: headerText(subject),
    body: text5,
    name: headerText(values2.sales ?? "") || void 0
  });
  const logged = logActivity({ leadId, type: "Email", summary: `${subject}`.slice(0, 500) || template2.name });
  return {
    ok: true,
    message: t(crm.lang, logged.ok ? "mail.sent" : "mail.sentNotLogged", { to: userText(to) }),
    logged: logged.ok,
    to,
    card: logged.ok ? logged.card : null
  };
}

// src/core/search.ts
var SEARCH_LIMIT = 20;
var digits = (s) => s.replace(/\D/g, "");
var national = (e164) => e164.startsWith("+62") ? `0${e164.slice(3)}` : digits(e164);
function searchRows(rows, query, opts = {}) {
  const q = String(query ?? "").trim();
  if (q === "") return [];
  const limit = opts.limit ?? SEARCH_LIMIT;
  const idNumber = /^l-?\d+$/i.test(q) ? leadIdNumber(`L-${q.replace(/^l-?/i, "")}`) : null;
  const qDigits = digits(q);
  const phoneLike = qDigits.length >= 5 && qDigits.length >= q.replace(/[\s().+-]/g, "").length - 1;
  const phone3 = phoneLike ? normalizePhone(q) : { ok: false };
  const email2 = q.includes("@") ? q.toLowerCase() : "";
  const words2 = nameKey(q).tokens.filter((t2) => t2.length > 0);
  const qCompany = companyKey(q).tokens;
  const out = [];
  rows.forEach((r, index) => {
    if (opts.owner && r.owner.toLowerCase() !== opts.owner) return;
    if (opts.status && r.status !== opts.status) return;
    let score = 0;
    if (idNumber !== null && leadIdNumber(r.leadId) === idNumber) score = 100;
    if (phoneLike && r.phone !== "" && r.phone !== null && r.phone !== void 0) {
      const keys = phoneKeys(r.phone);
      if (phone3.ok && keys.includes(phone3.e164)) score = Math.max(score, 95);
      else if (keys.some((k) => national(k).includes(qDigits) || digits(k).includes(qDigits)))
        score = Math.max(score, 60);
    }
    if (email2 && typeof r.email === "string" && r.email !== "") {
      const keys = emailKeys(r.email);
      if (keys.includes(email2)) score = Math.max(score, 95);
      else if (r.email.toLowerCase().includes(email2)) score = Math.max(score, 60);
    }
    if (words2.length > 0 && !phoneLike && idNumber === null) {
      const name = nameKey(r.name).tokens;
      const hits = words2.map((w) => name.includes(w) ? 2 : name.some((t2) => t2.startsWith(w)) ? 1 : 0);
      if (hits.every((x) => x > 0)) score = Math.max(score, hits.every((x) => x === 2) ? 90 : 80);
      const company = companyKey(r.company).tokens;
      if (qCompany.length > 0 && qCompany.every((w) => company.some((t2) => t2.startsWith(w))))
        score = Math.max(score, qCompany.every((w) => company.includes(w)) ? 75 : 65);
      if (score === 0 && q.length >= 3 && `${String(r.name ?? "")} ${String(r.company ?? "")}`.toLowerCase().includes(q.toLowerCase()))
        score = 50;
    }
    if (score > 0) out.push({ index, score, name: String(r.name ?? "") });
  });
  out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.index - b.index);
  return out.slice(0, limit).map(({ index, score }) => ({ index, score }));
}

// src/core/board.ts
var EVERYONE = "*";
var text3 = (v) => (v === null || v === void 0 ? "" : String(v)).trim();
function initials(owner, name = "") {
  const words2 = (name || owner.split("@")[0]).split(/[\s._-]+/).filter(Boolean);
  return words2.slice(0, 2).map((w) => w[0].toUpperCase()).join("");
}
function buildBoard(rows, settings2, now, offset, filter = {}, names = () => "") {
  const today = toYmd(now, offset);
  const open = settings2.statuses.filter((s) => !CLOSED_STATUSES.has(s));
  const drops = ["Won", "Lost"].filter((s) => settings2.statuses.includes(s));
  const wanted = filter.query ? new Set(
    searchRows(
      rows.map((r) => ({
        leadId: text3(r["Lead ID"]),
        name: r["Name"],
        company: r["Company"],
        phone: r["Phone"],
        email: r["Email"],
        status: text3(r["Status"]),
        owner: text3(r["Owner"])
      })),
      filter.query,
      { limit: Number.MAX_SAFE_INTEGER }
    ).map((h) => h.index)
  ) : null;
  const columns = new Map(
    open.map((s) => [s, { status: s, count: 0, value: 0, weighted: 0, dropOnly: false, cards: [] }])
  );
  rows.forEach((r, i) => {
    const status = text3(r["Status"]);
    const column = columns.get(status);
    const leadId = text3(r["Lead ID"]);
    if (!column || leadId === "") return;
    const owner = text3(r["Owner"]).toLowerCase();
    if (filter.owner && owner !== filter.owner) return;
    if (filter.source && text3(r["Source"]) !== filter.source) return;
    if (wanted && !wanted.has(i)) return;
    const ymd3 = (h) => {
      const d = cellDate(r[h], offset);
      return d ? toYmd(d, offset) : "";
    };
    const value = typeof r["Deal Value"] === "number" && Number.isFinite(r["Deal Value"]) ? r["Deal Value"] : null;
    const changed = cellDate(r["Status Changed At"], offset) ?? cellDate(r["Created At"], offset);
    const daysInStage = changed ? Math.max(0, Math.floor((now.getTime() - changed.getTime()) / 864e5)) : 0;
    const staleAfter = settings2.staleDays[status] ?? 0;
    const nextFollowUp = ymd3("Next Follow-up");
    column.cards.push({
      leadId,
      name: text3(r["Name"]),
      company: text3(r["Company"]),
      value,
      expectedClose: ymd3("Expected Close"),
      nextFollowUp,
      overdue: nextFollowUp !== "" && nextFollowUp < today,
      closePast: !CLOSED_STATUSES.has(status) && ymd3("Expected Close") !== "" && ymd3("Expected Close") < today,
      owner,
      ownerInitials: initials(owner, names(owner)),
      daysInStage,
      stale: staleAfter > 0 && !!changed && addDays(changed, staleAfter) < now,
      source: text3(r["Source"]),
      status
    });
    column.count++;
    if (value !== null) {
      column.value += value;
      column.weighted += value * (settings2.probabilities[status] ?? 0);
    }
  });
  for (const c of columns.values()) {
    c.cards.sort(
      (a, b) => (a.nextFollowUp || "9999").localeCompare(b.nextFollowUp || "9999") || a.name.localeCompare(b.name)
    );
    c.weighted = Math.round(c.weighted);
  }
  return [
    ...columns.values(),
    ...drops.map((s) => ({ status: s, count: 0, value: 0, weighted: 0, dropOnly: true, cards: [] }))
  ];
}

// src/gas/board.ts
function showPipelineBoard() {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile("Board").setWidth(1200).setHeight(720);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, "board.title"));
}
function getPipelineBoard(arg) {
  const crm = openCrm();
  const a = arg && typeof arg === "object" ? arg : {};
  const me = currentUser().toLowerCase();
  const team2 = readTeam(crm);
  const manager = managersOf(team2, crm.settings.managerEmails).includes(me);
  const asked = cleanText(typeof a.owner === "string" ? a.owner : "");
  const email2 = normalizeEmail(asked);
  const owner = asked === EVERYONE ? "" : email2.ok ? email2.email : manager ? "" : me;
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const columns = buildBoard(
    rows,
    crm.settings,
    crm.now,
    crm.offset,
    {
      owner: owner || void 0,
      source: cleanText(typeof a.source === "string" ? a.source : "") || void 0,
      query: cleanText(typeof a.query === "string" ? a.query : "").slice(0, 200) || void 0
    },
    (e) => displayName(team2, e)
  );
  const owners = [
    ...new Set(
      rows.map(
        (r) => String(r["Owner"] ?? "").trim().toLowerCase()
      ).filter((o) => o.includes("@"))
    )
  ].sort();
  return {
    columns,
    generatedAt: crm.now.toISOString(),
    owner: owner || EVERYONE,
    owners,
    ownerNames: Object.fromEntries(owners.map((o) => [o, displayName(team2, o)]).filter(([, n]) => n !== "")),
    sources: crm.settings.sources,
    currency: crm.settings.currency
  };
}

// src/gas/sidebar.ts
function getSidebarContext(arg) {
  const context = sidebarContext();
  if (!arg || typeof arg !== "object") return context;
  if (arg.board) return { ...context, board: getPipelineBoard(arg.board) };
  if (!arg.day) return context;
  try {
    return { ...context, day: getMyDay(arg.day) };
  } catch (_e) {
    return context;
  }
}
function sidebarContext() {
  const crm = openCrm();
  const s = crm.settings;
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    user: currentUser(),
    currency: s.currency,
    sources: s.sources,
    statuses: s.statuses,
    transitions: s.transitions,
    required: s.required,
    lostReasons: s.lostReasons,
    maxFollowUps: s.maxFollowUps,
    followUpIntervalDays: s.followUpIntervalDays,
    teamNames: Object.fromEntries([...readTeam(crm)].map(([email2, m]) => [email2, m.name]).filter(([, n]) => n)),
    activityTypes: LOGGABLE_TYPES,
    // Running WhatsApp campaigns: the sidebar works through their queue.
    campaigns: runningWhatsappCampaigns(crm),
    // Templates the sidebar offers (their text is filled on the server, for one lead).
    templates: readTemplates(crm).map((x) => ({
      id: x.id,
      name: x.name,
      channel: x.channel,
      language: x.language,
      situation: x.situation
    })),
    authorization: authorizationNeed()
  };
}
function runningWhatsappCampaigns(crm) {
  if (!sheetNamed(crm.ss, TAB.campaigns)) return [];
  const table2 = Table.open(
    crm.ss,
    TAB.campaigns,
    CAMPAIGN_COLUMNS.filter((c) => ["Campaign", "Template ID", "State"].includes(c.header)),
    crm.lang
  );
  const wa = new Set(
    readTemplates(crm).filter((x) => x.channel === "WhatsApp").map((x) => x.id)
  );
  return table2.allRows().map((r) => table2.toRecord(r)).filter(
    (c) => cellText2(c["State"], crm.offset).trim() === "Running" && wa.has(cellText2(c["Template ID"], crm.offset).trim())
  ).map((c) => cellText2(c["Campaign"], crm.offset).trim());
}
var RECENT_ACTIVITIES = 5;
function getSelectedLead(arg) {
  const crm = openCrm();
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  let index = -1;
  const wanted = cleanText(arg?.leadId);
  const ids = wanted ? leads.columnsOf(["Lead ID", "Client ID"]) : null;
  if (ids) index = indexOfLeadId(ids["Lead ID"], wanted, (v) => cellText2(v, crm.offset));
  else {
    const range = crm.ss.getActiveRange();
    if (range && range.getSheet().getName() === TAB.leads && range.getRow() >= 2 && range.getRow() <= leads.lastRow)
      index = range.getRow() - 2;
  }
  if (index < 0) return null;
  const rec = leads.readRow(index);
  const card = leadCard(crm, rec, index);
  if (!card.leadId) return null;
  if (wanted && arg?.select === true) leads.sheet.getRange(index + 2, 1, 1, leads.headers.width).activate();
  const history = activitiesOf(crm, card.leadId);
  return {
    ...card,
    activities: history.recent,
    clientDeals: card.clientId ? (ids ? ids["Client ID"] : leads.column("Client ID")).filter(
      (v) => cellText2(v, crm.offset).trim() === card.clientId
    ).length : 0,
    template: firstTemplateFor(crm, rec, card, history.quotation)
  };
}
function getActiveLead() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const range = ss?.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet();
  const row = range.getRow();
  if (row < 2 || sheet.getName() !== TAB.leads) return null;
  const width = sheet.getLastColumn();
  if (width < 1 || row > sheet.getLastRow()) return null;
  const header = mapHeaders(sheet.getSheetValues(1, 1, 1, width)[0]);
  const values2 = sheet.getSheetValues(row, 1, 1, width)[0];
  const rec = {};
  for (const c of LEAD_COLUMNS) if (c.header in header.index) rec[c.header] = values2[header.index[c.header]];
  const leadId = String(rec["Lead ID"] ?? "").trim();
  return leadId ? { leadId, version: rowVersion(rec) } : null;
}
function activitiesOf(crm, leadId) {
  if (!sheetNamed(crm.ss, TAB.activities)) return { recent: [], quotation: "" };
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const ids = acts.column("Lead ID");
  const mine = [];
  for (let i = ids.length - 1; i >= 0; i--) if (cellText2(ids[i], crm.offset) === leadId) mine.push(i);
  const rows = acts.readRows(mine.slice(0, RECENT_ACTIVITIES));
  const day2 = (ts) => isDate(ts) ? toYmd(ts, crm.offset) : "";
  let quotation = null;
  const text5 = (v) => cellText2(v, crm.offset);
  const seen = rows.find((r) => isQuotationActivity(text5(r["Type"]), text5(r["Summary"])));
  if (seen) quotation = day2(seen["Timestamp"]);
  else if (mine.length <= rows.length) quotation = "";
  else {
    const older = acts.columnsOf(["Type", "Summary"]);
    const at = mine.slice(rows.length).find((i) => isQuotationActivity(text5(older["Type"][i]), text5(older["Summary"][i])));
    quotation = at === void 0 ? "" : day2(acts.readRow(at)["Timestamp"]);
  }
  return { recent: rows.map((r) => recentActivity(r, crm)), quotation };
}

// src/core/change-text.ts
var MONEY_HEADERS = /* @__PURE__ */ new Set(["Deal Value", "Contract Value"]);
var LABELLED = {
  Status: "status",
  Source: "source",
  "Lost Reason": "lostReason",
  Consent: "consent"
};
function changeText(lang, currency) {
  return {
    empty: t(lang, "change.empty"),
    name(header) {
      const col2 = LEAD_COLUMNS.find((c) => c.header === header);
      const name = col2 ? t(lang, `field.${col2.key}`) : header;
      return name.toLowerCase() === header.toLowerCase() ? header : `${name} (${header})`;
    },
    value(header, v) {
      const col2 = LEAD_COLUMNS.find((c) => c.header === header);
      if (v === "" || !col2) return v;
      const kind = LABELLED[header];
      if (kind) {
        const l = label(lang, kind, v);
        return l.toLowerCase() === v.toLowerCase() ? v : `${l} (${v})`;
      }
      if (header === "Phone") {
        const p = normalizePhone(v);
        return p.ok && v.startsWith("+") ? formatPhone(p.e164) : v;
      }
      if ((col2.kind === "date" || col2.kind === "datetime") && /^\d{4}-\d{2}-\d{2}$/.test(v))
        return formatDay(v, lang, "medium");
      if (col2.kind === "number" && /^\d+(\.\d+)?$/.test(v)) {
        if (!MONEY_HEADERS.has(header)) return formatCount(Number(v), lang);
        const n = parseMoney(v);
        return n === null ? v : formatMoney(n, currency);
      }
      return v;
    }
  };
}
function gridMessage(lang, m) {
  const named = (k) => {
    const dot = k.indexOf(".");
    const [kind, name] = [k.slice(0, dot), k.slice(dot + 1)];
    const label3 = Object.prototype.hasOwnProperty.call(CATALOG[lang], k) ? CATALOG[lang][k] : name;
    const data = kind === "field" ? LEAD_COLUMNS.find((c) => c.key === name)?.header ?? "" : kind === "status" ? name : "";
    return data === "" || data.toLowerCase() === label3.toLowerCase() ? label3 : `${label3} (${data})`;
  };
  const params = {};
  for (const [p, v] of Object.entries(m.params ?? {}))
    params[p] = typeof v === "object" && v !== null && "ref" in v ? v.ref.map(named).join(", ") : v;
  return t(lang, m.key, params);
}

// src/core/lead-edit.ts
var EDITABLE = {
  name: "Name",
  company: "Company",
  phone: "Phone",
  email: "Email",
  source: "Source",
  needs: "Needs",
  owner: "Owner",
  dealValue: "Deal Value",
  expectedClose: "Expected Close",
  nextFollowUp: "Next Follow-up",
  lostReason: "Lost Reason",
  contractValue: "Contract Value",
  product: "Product",
  completedOn: "Completed On",
  consent: "Consent"
};
function validateEdit(input, settings2) {
  const fields2 = input !== null && typeof input === "object" && !Array.isArray(input) ? input : {};
  const errors = {};
  const values2 = {};
  const own2 = (k) => Object.prototype.hasOwnProperty.call(fields2, k);
  if (own2("status")) errors.status = { key: "edit.statusHere" };
  const take = (key, r) => {
    if (!r.ok) errors[key] = r.error;
    else values2[key] = r.value === null ? "" : r.value;
  };
  for (const key of Object.keys(EDITABLE)) {
    if (!own2(key)) continue;
    const v = fields2[key];
    if (key === "name" || key === "needs") take(key, text(key, v, true));
    else if (key === "company" || key === "lostReason" || key === "product") take(key, text(key, v, false));
    else if (key === "phone") take(key, phone2(v));
    else if (key === "email" || key === "owner") take(key, email(key, v));
    else if (key === "dealValue" || key === "contractValue") take(key, money(key, v, false));
    else if (key === "expectedClose" || key === "nextFollowUp" || key === "completedOn")
      take(key, ymd2(key, v, false));
    else if (key === "consent") {
      const c = typeof v === "string" ? cleanText(v) : "";
      if (c === "" || c === "Subscribed" || c === "Opted out") values2.consent = c;
      else errors.consent = { key: "valid.consent" };
    } else if (key === "source") {
      const s = typeof v === "string" ? cleanText(v) : "";
      if (s === "") errors.source = { key: "valid.required", params: { field: ref("field.source") } };
      else if (!settings2.sources.includes(s)) errors.source = { key: "valid.source" };
      else values2.source = s;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values: values2 };
}
function describeChanges(changes, show) {
  const name = (h) => show ? show.name(h) : h;
  const value = (h, v) => v === "" ? show?.empty ?? "∅" : show ? show.value(h, v) : v;
  return changes.map((c) => `${name(c.header)}: ${value(c.header, c.from)} → ${value(c.header, c.to)}`).join("; ");
}

// src/core/consent.ts
function consentOf(v) {
  const s = String(v ?? "").trim().toLowerCase();
  if (s === "") return "notAsked";
  if (s === "subscribed") return "subscribed";
  return s === "opted out" ? "optedOut" : "unclear";
}
function consentToShare(v, single, oldValue) {
  const kind = consentOf(v);
  if (kind === "optedOut") return "Opted out";
  if (kind === "subscribed" && single && consentOf(oldValue) !== "subscribed") return "Subscribed";
  return null;
}

// src/gas/consent-edit.ts
function shareConsent(crm, edit) {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  if (leads.rowCount === 0) return;
  const text5 = (v) => cellText2(v, crm.offset).trim();
  const ids = leads.column("Lead ID").map(text5);
  const clients = leads.column("Client ID").map(text5);
  const consents = leads.column("Consent");
  const addresses = leads.column("Email").map((v) => emailKeys(text5(v)).map(canonicalEmail));
  const edited = [];
  for (let i = edit.first - 2; i < Math.min(edit.first - 2 + edit.span, leads.rowCount); i++) edited.push(i);
  const inEdit = new Set(edited);
  const byClient = /* @__PURE__ */ new Map();
  const byAddress = /* @__PURE__ */ new Map();
  const add = (map, key, j) => {
    const list2 = map.get(key);
    if (list2) list2.push(j);
    else map.set(key, [j]);
  };
  ids.forEach((_, j) => {
    if (clients[j] !== "") add(byClient, clients[j], j);
    for (const a of addresses[j]) add(byAddress, a, j);
  });
  const reach = /* @__PURE__ */ new Map();
  for (const i of edited) {
    const consent = consentToShare(consents[i], edit.single, edit.oldValue);
    if (consent === null) continue;
    const others = [
      ...clients[i] === "" ? [] : byClient.get(clients[i]) ?? [],
      ...addresses[i].flatMap((a) => byAddress.get(a) ?? [])
    ];
    for (const j of others) {
      if (inEdit.has(j) || reach.get(j)?.consent === "Opted out") continue;
      reach.set(j, { consent, from: i });
    }
  }
  const changed = [...reach].filter(([j, r]) => consentOf(consents[j]) !== consentOf(r.consent)).sort(([a], [b]) => a - b);
  if (changed.length === 0) return;
  const lo = changed[0][0];
  const block = consents.slice(lo, changed[changed.length - 1][0] + 1);
  for (const [j, r] of changed) block[j - lo] = r.consent;
  leads.writeColumn("Consent", lo, block);
  const show = changeText(crm.lang, crm.settings.currency);
  const notes = changed.filter(([j]) => ids[j] !== "").map(([j, r]) => ({
    Timestamp: crm.now,
    "Lead ID": ids[j],
    Type: "Note",
    Summary: t(crm.lang, "edit.noteShared", {
      leadId: ids[r.from] || t(crm.lang, "edit.sheetRow", { row: r.from + 2 }),
      changes: describeChanges([{ header: "Consent", from: text5(consents[j]), to: r.consent }], show)
    }),
    By: edit.by,
    "Next Follow-up": ""
  }));
  if (notes.length > 0) Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(notes);
}

// src/gas/owner-edit.ts
function noteOwnerEdit(crm, edit) {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const lo = edit.first - 2;
  const height = Math.min(edit.span, leads.rowCount - lo);
  if (lo < 0 || height <= 0) return;
  const text5 = (v) => cellText2(v, crm.offset).trim();
  const owners = leads.sheet.getSheetValues(edit.first, leads.col("Owner"), height, 1).map((r) => r[0]);
  const ids = leads.sheet.getSheetValues(edit.first, leads.col("Lead ID"), height, 1).map((r) => text5(r[0]));
  const team2 = readTeam(crm);
  const refused = [];
  const written = owners.map((v) => {
    const o = ownerOf(crm, typeof v === "string" ? v : text5(v));
    if (!o.ok) refused.push(o.error);
    return o.ok ? text5(o.owner) : null;
  });
  const mapped = written.map((w, i) => w === null ? owners[i] : w);
  if (mapped.some((w, i) => w !== owners[i])) leads.writeColumn("Owner", lo, mapped);
  const show = changeText(crm.lang, crm.settings.currency);
  const who = (email2) => email2 ? displayName(team2, email2) || email2 : "";
  const notes = [];
  mapped.forEach((w, i) => {
    const now = text5(w);
    const before = height === 1 && edit.oldValue !== void 0 ? edit.oldValue.trim() : null;
    if (ids[i] === "" || now === "" || before !== null && before === now) return;
    notes.push({
      Timestamp: crm.now,
      "Lead ID": ids[i],
      Type: "Note",
      Summary: before === null ? t(crm.lang, "owner.noteSheet", { owner: who(now) }) : t(crm.lang, "owner.noteSheetFrom", {
        changes: describeChanges([{ header: "Owner", from: who(before), to: who(now) }], show)
      }),
      By: edit.by,
      "Next Follow-up": ""
    });
  });
  if (notes.length > 0) Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(notes);
  if (refused.length > 0) crm.ss.toast(message(crm.lang, refused[0]), t(crm.lang, "menu.title"), 15);
}

// src/gas/status.ts
var TOAST_LINES = 3;
function onEdit(e) {
  if (e?.authMode === ScriptApp.AuthMode.NONE) return;
  const range = e?.range;
  if (!range) return;
  useSpreadsheet(e?.source);
  const sheet = range.getSheet();
  const tab = sheet.getName();
  if (tab === TAB.settings || tab === TAB.team || tab === TAB.templates) forgetSettings();
  if (tab !== TAB.leads) return;
  const row = range.getRow();
  const numRows = range.getNumRows();
  const col2 = range.getColumn();
  const numCols = range.getNumColumns();
  const lastRow = row + numRows - 1;
  if (lastRow < 2) return;
  const header = Table.headerOf(activeSpreadsheet(), TAB.leads, sheet);
  const index = header.index;
  const covers = (h) => index[h] !== void 0 && index[h] + 1 >= col2 && index[h] + 1 <= col2 + numCols - 1;
  const statusCol = (header.index["Status"] ?? -1) + 1;
  const status = covers("Status");
  const consent = covers("Consent");
  const owner = covers("Owner");
  if (!status && !consent && !owner) return;
  const crm = openCrm();
  const first = Math.max(row, 2);
  const span = lastRow - first + 1;
  const single = numRows === 1 && numCols === 1;
  const typedOld = single && e !== void 0 && typeof e.oldValue === "string" ? e.oldValue : void 0;
  const needShadow = typedOld === void 0;
  const previousOf = (id, shadow) => typedOld !== void 0 ? typedOld : id === "" ? "" : shadow.get(id) ?? null;
  const putBack = (err2) => {
    const ids = sheet.getSheetValues(first, header.index["Lead ID"] + 1, span, 1);
    const statuses = sheet.getSheetValues(first, statusCol, span, 1);
    const shadow = needShadow ? readShadow(crm.ss, crm.offset) : /* @__PURE__ */ new Map();
    const back = statuses.map(([now], i) => previousOf(cellText2(ids[i][0], crm.offset).trim(), shadow) ?? now);
    writeStatusColumn(sheet.getRange(first, statusCol, span, 1), back, crm.settings.statuses, crm.offset);
    const text5 = err2.msg.key === "error.busy" ? t(crm.lang, "pipeline.busy") : t(crm.lang, err2.msg.key, err2.msg.params);
    crm.ss.toast(text5, t(crm.lang, "menu.title"), 10);
  };
  let side = null;
  const sheetEdit = () => side ?? (side = {
    first,
    span,
    single,
    oldValue: single && typeof e?.oldValue === "string" ? e.oldValue : void 0,
    by: editorEmail(e) || t(crm.lang, "pipeline.editedInSheet")
  });
  let judged = false;
  if (status)
    try {
      withDocumentLock(
        crm.lang,
        () => {
          judged = true;
          judgeEdit();
        },
        EDIT_LOCK_WAIT_MS
      );
    } catch (err2) {
      if (judged || !(err2 instanceof CrmError)) throw err2;
      putBack(err2);
    }
  if ((consent || owner) && !status) sideEdits();
  function sideEdits() {
    try {
      withDocumentLock(crm.lang, () => sideEditsLocked(), EDIT_LOCK_WAIT_MS);
    } catch (err2) {
      if (!(err2 instanceof CrmError)) throw err2;
      crm.ss.toast(
        err2.msg.key === "error.busy" ? t(crm.lang, "edit.sideBusy") : t(crm.lang, err2.msg.key, err2.msg.params),
        t(crm.lang, "menu.title"),
        15
      );
    }
  }
  function sideEditsLocked() {
    if (owner) noteOwnerEdit(crm, sheetEdit());
    if (consent) shareConsent(crm, sheetEdit());
  }
  function judgeEdit() {
    try {
      const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
      const block = sheet.getSheetValues(first, 1, span, leads.headers.width);
      const shadow = needShadow ? readShadow(crm.ss, crm.offset) : /* @__PURE__ */ new Map();
      const by = editorEmail(e) || t(crm.lang, "pipeline.editedInSheet");
      const rejected = [];
      const statuses = [];
      const changedAt = [];
      const nextFollowUp = [];
      const followUps = [];
      const activities = [];
      const shadowChanges = [];
      block.forEach((cells2, i) => {
        const lead2 = leads.toRecord(cells2);
        const id = cellText2(lead2["Lead ID"], crm.offset).trim();
        const to = cellText2(lead2["Status"], crm.offset).trim();
        const from = previousOf(id, shadow);
        const verdict = judgeTransition(from, to, lead2, crm.settings, crm.offset);
        statuses.push(cells2[leads.indexOf("Status")]);
        changedAt.push(cells2[leads.indexOf("Status Changed At")]);
        nextFollowUp.push(cells2[leads.indexOf("Next Follow-up")]);
        followUps.push(cells2[leads.indexOf("Follow-ups")]);
        if (!verdict.ok && from !== null) {
          rejected.push({ row: first + i, reason: verdict.reason });
          statuses[i] = from;
          return;
        }
        if (!verdict.ok) rejected.push({ row: first + i, reason: verdict.reason });
        if (verdict.ok && !verdict.change) return;
        const fx = statusEffects(from ?? "", to, lead2, crm.now, crm.settings, crm.offset);
        changedAt[i] = fx["Status Changed At"];
        if (fx["Next Follow-up"] !== void 0) nextFollowUp[i] = fx["Next Follow-up"];
        if (fx["Follow-ups"] !== void 0) followUps[i] = fx["Follow-ups"];
        if (id !== "") {
          activities.push({
            Timestamp: crm.now,
            "Lead ID": id,
            Type: "Status Change",
            Summary: statusChangeSummary(from ?? "", to),
            By: by,
            "Next Follow-up": fx["Next Follow-up"] ?? ""
          });
          shadowChanges.push([id, to]);
        }
      });
      if (rejected.length > 0)
        writeStatusColumn(
          leads.sheet.getRange(first, leads.col("Status"), span, 1),
          statuses,
          crm.settings.statuses,
          crm.offset
        );
      if (activities.length > 0) {
        leads.updateRows(first - 2, block, {
          "Status Changed At": changedAt,
          "Next Follow-up": nextFollowUp,
          "Follow-ups": followUps
        });
        Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(activities);
        updateShadow(crm.ss, shadowChanges, crm.offset);
      }
      if (rejected.length > 0) crm.ss.toast(rejectionText(crm.lang, rejected, span), t(crm.lang, "menu.title"), 15);
      sideEditsLocked();
    } catch (err2) {
      if (!(err2 instanceof CrmError)) throw err2;
      crm.ss.toast(t(crm.lang, err2.msg.key, err2.msg.params), t(crm.lang, "menu.title"), 15);
    }
  }
}
function writeStatusColumn(range, values2, statuses, offset) {
  const legacy = values2.some((v) => cellText2(v, offset) !== "" && !statuses.includes(cellText2(v, offset)));
  if (legacy) range.clearDataValidations();
  range.setValues(values2.map((v) => [v]));
  if (legacy) range.setDataValidation(statusRule(statuses));
}
function rejectionText(lang, rejected, total) {
  if (rejected.length === 1 && total === 1)
    return t(lang, "pipeline.reverted", {
      row: rejected[0].row,
      reason: gridMessage(lang, rejected[0].reason)
    });
  const lines = rejected.slice(0, TOAST_LINES).map((r) => t(lang, "pipeline.reverted", { row: r.row, reason: gridMessage(lang, r.reason) }));
  if (rejected.length > TOAST_LINES) lines.push(t(lang, "pipeline.more", { count: rejected.length - TOAST_LINES }));
  return [t(lang, "pipeline.revertedMany", { count: rejected.length, total }), ...lines].join("\n");
}
var FIELDS = [
  "Deal Value",
  "Expected Close",
  "Lost Reason",
  "Contract Value",
  "Product",
  "Completed On"
];
var FIELD_HEADERS = Object.fromEntries(
  LEAD_COLUMNS.filter((c) => FIELDS.includes(c.header)).map((c) => [c.key, c.header])
);
function validateFields(fields2, crm) {
  const values2 = {};
  const errors = {};
  for (const [key, raw] of Object.entries(fields2)) {
    if (!Object.prototype.hasOwnProperty.call(FIELD_HEADERS, key)) continue;
    const header = FIELD_HEADERS[key];
    if (raw === null || raw === void 0 || typeof raw === "string" && cleanText(raw) === "") continue;
    let r;
    if (key === "dealValue" || key === "contractValue") r = money(key, raw, false);
    else if (key === "expectedClose" || key === "completedOn") {
      const d = ymd2(key, raw, false);
      r = d.ok ? { ok: true, value: parseYmd(d.value, crm.offset) } : d;
    } else r = text(key, raw, false);
    if (r.ok) values2[header] = r.value;
    else errors[key] = r.error;
  }
  return { values: values2, errors };
}
function saveFields(crm, leads, index, leadId, status, stored, values2) {
  const changes = {};
  const log2 = [];
  for (const [h, v] of Object.entries(values2)) {
    const from = cellText2(stored[h], crm.offset);
    const to = cellText2(v, crm.offset);
    if (from === to || typeof v === "number" && from !== "" && Number(stored[h]) === v) continue;
    changes[h] = v;
    log2.push({ header: h, from, to });
  }
  if (log2.length === 0) return { changes, count: 0, note: null };
  leads.update(index, changes);
  const note = {
    Timestamp: crm.now,
    "Lead ID": leadId,
    Type: "Note",
    Summary: t(crm.lang, "pipeline.fieldsNote", {
      status: labelRef("status", status),
      changes: describeChanges(log2, changeText(crm.lang, crm.settings.currency))
    }),
    By: currentUser(),
    "Next Follow-up": ""
  };
  Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append([note]);
  return { changes, count: log2.length, note };
}
function setLeadStatus(input) {
  const result2 = changeStatus(input);
  const board2 = input !== null && typeof input === "object" ? input.board : void 0;
  return result2.ok && board2 && typeof board2 === "object" ? { ...result2, board: getPipelineBoard(board2) } : result2;
}
function changeStatus(input) {
  const crm = openCrm();
  const arg = input !== null && typeof input === "object" && !Array.isArray(input) ? input : {};
  const leadId = typeof arg.leadId === "string" ? cleanText(arg.leadId) : "";
  const to = typeof arg.status === "string" ? cleanText(arg.status) : "";
  const fields2 = arg.fields !== null && typeof arg.fields === "object" && !Array.isArray(arg.fields) ? arg.fields : {};
  const { values: values2, errors } = validateFields(fields2, crm);
  if (leadId === "") errors.leadId = { key: "valid.required", params: { field: ref("field.leadId") } };
  if (to === "") errors.status = { key: "valid.required", params: { field: ref("field.status") } };
  if (Object.keys(errors).length > 0) return { ok: false, errors: renderErrors(crm.lang, errors) };
  let saved = null;
  const result2 = withDocumentLock(crm.lang, () => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const index = findLead(leads, leadId, crm.offset);
    if (index < 0)
      return {
        ok: false,
        errors: renderErrors(crm.lang, { leadId: { key: "error.unknownLead", params: { leadId: userText(leadId) } } })
      };
    const stored = leads.readRow(index);
    const lead2 = { ...stored, ...values2 };
    const from = cellText2(lead2["Status"], crm.offset).trim();
    const expected = typeof arg.expectedStatus === "string" ? cleanText(arg.expectedStatus) : "";
    if (expected !== "" && expected !== from)
      return {
        ok: false,
        changed: true,
        errors: renderErrors(crm.lang, {
          status: { key: "board.changed", params: { status: labelRef("status", from) } }
        })
      };
    const verdict = judgeTransition(from, to, lead2, crm.settings, crm.offset);
    if (!verdict.ok) {
      const out = { status: verdict.reason };
      for (const h of verdict.missing ?? []) {
        const key = Object.keys(FIELD_HEADERS).find((k) => FIELD_HEADERS[k] === h) ?? h;
        out[key] = { key: "valid.required", params: { field: ref(`field.${key}`) } };
      }
      return { ok: false, errors: renderErrors(crm.lang, out) };
    }
    if (!verdict.change) {
      const kept2 = saveFields(crm, leads, index, leadId, from, stored, values2);
      if (kept2.changes["Deal Value"] !== void 0) saved = { ...stored, ...kept2.changes };
      return {
        ok: true,
        leadId,
        status: to,
        changed: kept2.count,
        card: cardAfterWrite(crm, leads, index, kept2.note ? [kept2.note] : [])
      };
    }
    const fx = statusEffects(from, to, lead2, crm.now, crm.settings, crm.offset);
    leads.update(index, { ...values2, Status: to, ...fx });
    const logged = {
      Timestamp: crm.now,
      "Lead ID": leadId,
      Type: "Status Change",
      Summary: statusChangeSummary(from, to),
      By: currentUser(),
      "Next Follow-up": fx["Next Follow-up"] ?? ""
    };
    Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append([logged]);
    updateShadow(crm.ss, [[leadId, to]], crm.offset);
    saved = { ...lead2, Status: to };
    return { ok: true, leadId, status: to, card: cardAfterWrite(crm, leads, index, [logged]) };
  });
  if (saved) alertBigDealNow(crm, saved);
  return result2;
}

// src/gas/retry.ts
var REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;
var KEEP_SECONDS = 21600;
function remembered(name, write3) {
  return (arg) => {
    const id = arg !== null && typeof arg === "object" && typeof arg.requestId === "string" ? arg.requestId : "";
    if (!REQUEST_ID.test(id)) return write3(arg);
    const { requestId: _drop, ...rest } = arg;
    const crm = openCrm();
    return withDocumentLock(crm.lang, () => {
      const cache2 = CacheService.getUserCache();
      const key = `lembar.request.${name}.${id}`;
      const first = cache2.get(key);
      if (first !== null) return JSON.parse(first);
      const result2 = write3(rest);
      if (result2.ok) {
        try {
          cache2.put(key, JSON.stringify(result2), KEEP_SECONDS);
        } catch (_tooLarge) {
        }
      }
      return result2;
    });
  };
}
var submitLead2 = remembered("submitLead", submitLead);
var logActivity2 = remembered("logActivity", logActivity);
var setLeadStatus2 = remembered("setLeadStatus", setLeadStatus);

// src/gas/webapp.ts
function scriptJson(v) {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
var escapeHtml2 = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function forPhone(out, title) {
  return out.setTitle(title).addMetaTag("viewport", "width=device-width, initial-scale=1");
}
function refusal(lang, err2) {
  const text5 = t(lang, err2.msg.key, err2.msg.params);
  const title = t(lang, "phone.refusedTitle");
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><style>body{font:17px/1.5 system-ui,sans-serif;margin:24px;color:#202124}h1{font-size:20px}</style></head><body><main><h1>${escapeHtml2(title)}</h1><p role="alert">${escapeHtml2(text5)}</p></main></body></html>`;
  return forPhone(HtmlService.createHtmlOutput(html), title);
}
function doGet(e) {
  let boot;
  try {
    const context = getSidebarContext();
    const day2 = getMyDay();
    const asked = cleanText(e?.parameter?.lead ?? "").slice(0, 40);
    boot = { context, day: day2, open: asked };
  } catch (err2) {
    if (err2 instanceof CrmError) return refusal(userLang(), err2);
    throw err2;
  }
  const page3 = HtmlService.createHtmlOutputFromFile("Phone").getContent().replace("/*BOOT*/null", () => scriptJson(boot));
  return forPhone(HtmlService.createHtmlOutput(page3), t(boot.context.lang, "phone.title"));
}

// src/core/scorecard.ts
var round2 = (n, d = 4) => Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : 0;
var rateOf = (a, b) => b > 0 ? round2(a / b) : null;
var text4 = cellText;
var median2 = (xs) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return round2(s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, 1);
};
var WEEKS2 = 4;
function scorecards(leads, activities, settings2, team2, now, offset) {
  const since = addDays(now, -7 * WEEKS2);
  const sinceMs = since.getTime();
  const month = toYmd(now, offset).slice(0, 7);
  const firstContact = /* @__PURE__ */ new Map();
  const actsBy = /* @__PURE__ */ new Map();
  for (const a of activities) {
    const type = text4(a["Type"]);
    const at = cellDate(a["Timestamp"], offset);
    if (!at || !isContactType(type)) continue;
    const id = text4(a["Lead ID"]);
    const prev = firstContact.get(id);
    if (!prev || at.getTime() < prev.getTime()) firstContact.set(id, at);
    if (at.getTime() >= sinceMs) {
      const by = text4(a["By"]).toLowerCase();
      actsBy.set(by, (actsBy.get(by) ?? 0) + 1);
    }
  }
  const created = leads.map((r) => cellDate(r["Created At"], offset));
  const keysOf = (r) => {
    const client2 = text4(r["Client ID"]);
    if (client2 !== "") return [`c${client2}`];
    return [...phoneKeys(r["Phone"]).map((k) => `p${k}`), ...emailKeys(r["Email"]).map((k) => `e${k}`)];
  };
  const latest = /* @__PURE__ */ new Map();
  leads.forEach((r, i) => {
    const t2 = created[i]?.getTime() ?? 0;
    for (const k of keysOf(r)) if (t2 > (latest.get(k) ?? 0)) latest.set(k, t2);
  });
  const acc = /* @__PURE__ */ new Map();
  const get = (o) => acc.get(o) ?? acc.set(o, {
    leads4w: 0,
    sla: 0,
    slaBase: 0,
    hours: [],
    overMax: 0,
    won: 0,
    lost: 0,
    wonValue: 0,
    wonValueN: 0,
    open: 0,
    weighted: 0,
    wonClients: /* @__PURE__ */ new Set(),
    repeat: /* @__PURE__ */ new Set(),
    monthLeads: 0,
    monthWon: 0,
    monthValue: 0
  }).get(o);
  leads.forEach((r, i) => {
    const owner = text4(r["Owner"]).toLowerCase();
    if (!owner.includes("@")) return;
    const a = get(owner);
    const status = text4(r["Status"]);
    const c = created[i];
    const deal = typeof r["Deal Value"] === "number" ? r["Deal Value"] : null;
    const contract = typeof r["Contract Value"] === "number" ? r["Contract Value"] : null;
    if (c && c.getTime() >= sinceMs) a.leads4w++;
    if (c && toYmd(c, offset).slice(0, 7) === month) a.monthLeads++;
    if (c) {
      const first = firstContact.get(text4(r["Lead ID"])) ?? cellDate(r["Last Contact"], offset);
      const outcome = slaOutcome(
        c,
        first,
        status,
        cellDate(r["Status Changed At"], offset),
        settings2.statuses[0],
        settings2.firstContactSlaHours,
        now
      );
      if (outcome === "within" || outcome === "breached") a.slaBase++;
      if (outcome === "within") a.sla++;
      if (first && first.getTime() >= c.getTime()) a.hours.push((first.getTime() - c.getTime()) / 36e5);
    }
    const open = status !== "" && !CLOSED_STATUSES.has(status);
    if (open && (Number(r["Follow-ups"]) || 0) >= settings2.maxFollowUps) a.overMax++;
    if (open && deal !== null) {
      a.open += deal;
      a.weighted += deal * (settings2.probabilities[status] ?? 0);
    }
    if (status === "Lost") a.lost++;
    if (status === "Won" || status === "Past Client") {
      a.won++;
      const client2 = text4(r["Client ID"]) || `lead:${text4(r["Lead ID"])}`;
      a.wonClients.add(client2);
      const v = contract ?? deal;
      if (v !== null) {
        a.wonValue += v;
        a.wonValueN++;
      }
      const t2 = c?.getTime() ?? 0;
      if (keysOf(r).some((k) => (latest.get(k) ?? 0) > t2)) a.repeat.add(client2);
      const changed = cellDate(r["Status Changed At"], offset);
      if (status === "Won" && changed && toYmd(changed, offset).slice(0, 7) === month) {
        a.monthWon++;
        a.monthValue += v ?? 0;
      }
    }
  });
  const sellers = [...team2.entries()].filter(([, m]) => m.role === "" || m.role.toLowerCase() === "sales");
  const logged = [...actsBy.keys()].filter((by) => team2.has(by));
  const owners = [.../* @__PURE__ */ new Set([...acc.keys(), ...logged, ...sellers.map(([email2]) => email2)])].sort();
  return owners.map((owner) => {
    const a = acc.get(owner) ?? get(owner);
    const m = team2.get(owner);
    return {
      owner,
      name: m?.name ?? "",
      newLeadsPerWeek: round2(a.leads4w / WEEKS2, 2),
      firstContactWithinSlaRate: rateOf(a.sla, a.slaBase),
      medianHoursToFirstContact: a.hours.length > 0 ? median2(a.hours) : null,
      leadsOverMaxFollowUps: a.overMax,
      winRate: rateOf(a.won, a.won + a.lost),
      averageDealValue: a.wonValueN > 0 ? round2(a.wonValue / a.wonValueN, 2) : null,
      openValue: round2(a.open, 2),
      weightedValue: round2(a.weighted, 2),
      repeatClients: a.repeat.size,
      retentionRate: rateOf(a.repeat.size, a.wonClients.size),
      activitiesPerWeek: round2((actsBy.get(owner) ?? 0) / WEEKS2, 2),
      targets: {
        newLeads: { target: m?.targets.newLeads ?? null, actual: a.monthLeads },
        won: { target: m?.targets.won ?? null, actual: a.monthWon },
        value: { target: m?.targets.value ?? null, actual: round2(a.monthValue, 2) }
      }
    };
  });
}

// src/core/digest.ts
var sectionTitle = (lang, s, settings2) => t(lang, `digest.section.${s}`, {
  hours: settings2.firstContactSlaHours,
  max: settings2.maxFollowUps,
  lost: labelRef("status", "Lost")
});
var dueText = (lang, ymd3) => t(lang, "digest.due", { date: ymd3 ? formatDay(ymd3, lang, "long") : "–" });
function phoneMemo() {
  const seen = /* @__PURE__ */ new Map();
  return (e164) => {
    let s = seen.get(e164);
    if (s === void 0) {
      s = formatPhone(e164);
      seen.set(e164, s);
    }
    return s;
  };
}
function lineText(lang, l, links, phoneOf = formatPhone) {
  const who = [l.leadId, l.name, l.company].filter(Boolean).join(" · ");
  const wa = l.phoneE164 ? whatsappLink(l.phoneE164) : "";
  const phone3 = l.phoneE164 ? ` · ${phoneOf(l.phoneE164)}${wa ? ` (${wa})` : ""}` : "";
  const due = l.due ? ` · ${dueText(lang, l.due)}` : "";
  return `- ${who}${phone3} · ${label(lang, "status", l.status)}${due}
  ${links.row(l.row)}`;
}
function lineHtml(lang, l, links, settings2, phoneOf = formatPhone) {
  const greet = addressee(l.name, settings2.salutation, lang).greeting;
  const wa = l.phoneE164 ? whatsappLink(l.phoneE164, t(lang, "digest.waGreeting", { name: greet })) : "";
  const chat = wa ? ` · <a href="${escapeHtml(wa)}">${escapeHtml(t(lang, "digest.chat"))} ${escapeHtml(phoneOf(l.phoneE164))}</a>` : l.phoneE164 ? ` · <a href="${escapeHtml(`tel:${l.phoneE164}`)}">${escapeHtml(t(lang, "digest.call"))} ${escapeHtml(phoneOf(l.phoneE164))}</a>` : "";
  return `<li style="margin:4px 0"><strong>${escapeHtml(l.name)}</strong>` + (l.company ? ` · ${escapeHtml(l.company)}` : "") + ` <span style="color:#5f6368">(${escapeHtml(l.leadId)}, ${escapeHtml(label(lang, "status", l.status))})</span>${chat}` + (l.due ? ` · ${escapeHtml(dueText(lang, l.due))}` : "") + ` · <a href="${escapeHtml(links.row(l.row))}">${escapeHtml(t(lang, "digest.openRow"))}</a></li>`;
}
function page2(title, body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124;max-width:680px">${body}</body></html>`;
}
function ownerDigestEmail(lang, plan2, d, settings2, links, name = "") {
  const count = countOf(d);
  const subject = t(lang, "digest.subject", { count, date: formatDay(plan2.today, lang, "long") });
  const greeting = t(lang, "digest.greeting", { owner: name || d.owner });
  const text5 = [greeting, "", t(lang, "digest.intro"), ""];
  let html = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(t(lang, "digest.intro"))}</p>`;
  const phoneOf = phoneMemo();
  for (const s of SECTIONS) {
    const leads = d.sections[s];
    if (leads.length === 0) continue;
    const title = `${sectionTitle(lang, s, settings2)} (${leads.length})`;
    text5.push(title, ...leads.map((l) => lineText(lang, l, links, phoneOf)), "");
    html += `<h3 style="font-size:15px;margin:16px 0 4px;color:#188038">${escapeHtml(title)}</h3><ul style="padding-left:18px;margin:0">${leads.map((l) => lineHtml(lang, l, links, settings2, phoneOf)).join("")}</ul>`;
  }
  text5.push(t(lang, "digest.footer"));
  html += `<p style="color:#5f6368;font-size:12px;margin-top:20px">${escapeHtml(t(lang, "digest.footer"))}</p>`;
  return { to: d.owner, subject, text: text5.join("\n"), html: page2(subject, html) };
}
function managerDigestEmail(lang, plan2, settings2, to, links, extras = {}) {
  const today = formatDay(plan2.today, lang, "long");
  const subject = t(lang, "digest.teamSubject", { date: today });
  const nameOf = extras.nameOf ?? ((e) => e);
  const head = [
    t(lang, "digest.owner"),
    ...SECTIONS.map((s) => sectionTitle(lang, s, settings2)),
    t(lang, "digest.total")
  ];
  const rows = plan2.owners.map((d) => [
    nameOf(d.owner),
    ...SECTIONS.map((s) => String(d.sections[s].length)),
    String(countOf(d))
  ]);
  const sla = plan2.slaBreached;
  const text5 = [
    t(lang, "digest.teamIntro", { date: today }),
    "",
    t(lang, "digest.slaTotal", { count: sla }),
    ""
  ];
  const line = (r) => `${r[0]}: ${r.slice(1, -1).join(" / ")} = ${r[r.length - 1]}`;
  text5.push(line(head), ...rows.map(line), "");
  let html = `<p>${escapeHtml(t(lang, "digest.teamIntro", { date: today }))}</p><p><strong>${escapeHtml(t(lang, "digest.slaTotal", { count: sla }))}</strong></p>`;
  html += `<table style="border-collapse:collapse;font-size:13px"><tr>${head.map((h) => `<th style="border:1px solid #dadce0;padding:4px;text-align:left">${escapeHtml(h)}</th>`).join("")}</tr>`;
  html += `${rows.map((r) => `<tr>${r.map((c) => `<td style="border:1px solid #dadce0;padding:4px">${escapeHtml(c)}</td>`).join("")}</tr>`).join("")}</table>`;
  if (plan2.unowned.length > 0) {
    const title = t(lang, "digest.unowned", { count: plan2.unowned.length });
    text5.push(title, ...plan2.unowned.map((l) => lineText(lang, l, links)), "");
    html += `<h3 style="font-size:15px">${escapeHtml(title)}</h3><ul>${plan2.unowned.map((l) => lineHtml(lang, l, links, settings2)).join("")}</ul>`;
  }
  if (plan2.invalidOwners.length > 0) {
    const lines = plan2.invalidOwners.map(
      (o) => t(lang, "digest.invalidOwner", { owner: userText(o.owner), count: o.leads })
    );
    text5.push(t(lang, "digest.invalidOwners"), ...lines.map((l) => `- ${l}`), "");
    html += `<h3 style="font-size:15px">${escapeHtml(t(lang, "digest.invalidOwners"))}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
  }
  if (extras.formerOwners && extras.formerOwners.length > 0) {
    const lines = extras.formerOwners.map(
      (o) => t(lang, "digest.invalidOwner", { owner: userText(o.owner), count: o.leads })
    );
    text5.push(t(lang, "digest.formerOwners"), ...lines.map((l) => `- ${l}`), "");
    html += `<h3 style="font-size:15px">${escapeHtml(t(lang, "digest.formerOwners"))}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
  }
  if (extras.bigDeals && extras.bigDeals.length > 0) {
    const title = t(lang, "report.bigDeals", { count: extras.bigDeals.length });
    text5.push(title, ...extras.bigDeals.map((l) => `- ${l}`), "");
    html += `<h3 style="font-size:15px;color:#b06000">${escapeHtml(title)}</h3><ul>${extras.bigDeals.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
  }
  if (extras.yesterday) {
    const title = t(lang, "report.yesterday", { date: formatDay(extras.yesterday.date, lang, "long") });
    const lines = extras.yesterday.lines.length > 0 ? extras.yesterday.lines : [t(lang, "report.yesterdayNone")];
    text5.push(title, ...lines.map((l) => `- ${l}`), "");
    html += `<h3 style="font-size:15px">${escapeHtml(title)}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
  }
  text5.push(t(lang, "digest.footer"));
  return { to, subject, text: text5.join("\n"), html: page2(subject, html) };
}

// src/core/quality.ts
var REQUIRED = ["Name", "Source", "Needs"];
var CHECKED_FOR_PLACEHOLDERS = ["Name", "Company", "Phone", "Email", "Source", "Needs", "Owner"];
function findProblems(rows) {
  const out = [];
  rows.forEach((r, index) => {
    const text5 = (h) => cellText(r[h]);
    if (text5("Lead ID") === "" && text5("Name") === "") return;
    const placeholder = /* @__PURE__ */ new Set();
    for (const h of CHECKED_FOR_PLACEHOLDERS) {
      if (text5(h) !== "" && isPlaceholder(text5(h))) {
        placeholder.add(h);
        out.push({ index, field: h, problem: "quality.placeholder", value: text5(h) });
      }
    }
    for (const h of REQUIRED) if (text5(h) === "") out.push({ index, field: h, problem: "quality.missing", value: "" });
    const phone3 = text5("Phone");
    const email2 = text5("Email");
    const phoneOk = phone3 !== "" && !placeholder.has("Phone") && phoneKeys(r["Phone"]).length > 0;
    const emailOk = email2 !== "" && !placeholder.has("Email") && emailKeys(email2).length > 0;
    if (phone3 !== "" && !placeholder.has("Phone") && !phoneOk)
      out.push({ index, field: "Phone", problem: "quality.invalidPhone", value: phone3 });
    if (email2 !== "" && !placeholder.has("Email") && !emailOk)
      out.push({ index, field: "Email", problem: "quality.invalidEmail", value: email2 });
    if (!phoneOk && !emailOk) out.push({ index, field: "Phone", problem: "quality.noContact", value: "" });
  });
  return out;
}

// src/gas/merge-log.ts
var MERGES_TAB = "_lembar_merges";
var MERGE_SEQ = "lembar.lastMergeNumber";
var LAST_AUDIT = "lembar.lastAudit";
var HEADERS = ["Merge ID", "Kind", "Lead ID", "Part", "Value"];
var PART = 4e4;
var encode = (v) => isDate(v) ? { $date: v.toISOString() } : v === void 0 ? null : v;
var decode = (v) => v !== null && typeof v === "object" && "$date" in v ? new Date(v.$date) : v;
var planKey = (p) => (p.kind === "link" ? [...p.leadIds ?? []] : [p.primary, ...p.others.map((o) => o.leadId)]).sort().join(",");
function activityKey(row, offset) {
  return JSON.stringify([
    encode(row["Timestamp"]),
    cellText2(row["Type"], offset),
    cellText2(row["Summary"], offset),
    cellText2(row["By"], offset)
  ]);
}
function createSheet(crm) {
  const sheet = crm.ss.insertSheet(MERGES_TAB);
  sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  sheet.protect().setDescription("Lembar CRM: merge records for undo").setWarningOnly(true);
  return sheet;
}
function readJournal(crm) {
  const sheet = crm.ss.getSheetByName(MERGES_TAB);
  const last = sheet ? sheet.getLastRow() : 0;
  const rows = sheet && last > 1 ? sheet.getSheetValues(2, 1, last - 1, HEADERS.length) : [];
  const parts2 = /* @__PURE__ */ new Map();
  const state = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const id = cellText2(r[0], crm.offset);
    const kind = cellText2(r[1], crm.offset);
    if (kind === "plan") {
      const list2 = parts2.get(id) ?? [];
      list2[Number(r[3]) || 0] = cellText2(r[4], crm.offset);
      parts2.set(id, list2);
      if (!state.has(id)) state.set(id, "planned");
    } else if (kind === "done" || kind === "undoing" || kind === "undone") state.set(id, kind);
  }
  const plans = /* @__PURE__ */ new Map();
  for (const [id, list2] of parts2) {
    try {
      plans.set(id, JSON.parse(list2.join("")));
    } catch (_e) {
      state.delete(id);
    }
  }
  return { plans, state, sheet, crm };
}
function writeJournal(journal, rows) {
  if (rows.length === 0) return;
  journal.sheet ?? (journal.sheet = createSheet(journal.crm));
  const sheet = journal.sheet;
  const last = sheet.getLastRow();
  if (last === 0) sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  const start = Math.max(last, 1) + 1;
  const max = sheet.getMaxRows();
  if (start + rows.length - 1 > max) {
    sheet.insertRowsAfter(max, start + rows.length - 1 - max);
    forgetTabs();
  }
  const range = sheet.getRange(start, 1, rows.length, HEADERS.length);
  range.setNumberFormat("@");
  range.setValues(rows.map((r) => r.map((v) => typeof v === "number" ? String(v) : v)));
}
function planRows(plan2) {
  const json = JSON.stringify(plan2);
  const rows = [];
  for (let i = 0, part = 0; i < json.length || part === 0; i += PART, part++)
    rows.push([plan2.mergeId, "plan", plan2.primary, part, json.slice(i, i + PART)]);
  return rows;
}
var stateRow = (plan2, state) => [
  plan2.mergeId,
  state,
  plan2.primary,
  "",
  ""
];

// src/gas/link.ts
var sameValue = (a, b, offset) => isDate(a) && isDate(b) ? a.getTime() === b.getTime() : !isDate(a) && !isDate(b) && cellText2(a, offset).trim() === cellText2(b, offset).trim();
function planLink(crm, rows, group2, mergeId, at, by, clientIds) {
  const text5 = (v) => cellText2(v, crm.offset);
  const plan2 = linkChanges(rows, group2.ids.indexOf(group2.primary), text5, crm.offset);
  let clientId = plan2.clientId;
  if (!clientId) {
    const n = nextClientNumber(lastClientNumber(), clientIds());
    documentProperties().setProperty(LAST_CLIENT_PROPERTY, String(n));
    clientId = formatClientId(n);
    for (const c of plan2.changes) c["Client ID"] = clientId;
  }
  const linked = group2.ids.flatMap((leadId, k) => {
    const after = plan2.changes[k];
    if (Object.keys(after).length === 0) return [];
    const row = rows[k];
    const before = Object.fromEntries(Object.keys(after).map((h) => [h, encode(row[h])]));
    const changes = describeChanges(
      Object.keys(after).map((h) => ({ header: h, from: text5(row[h]), to: text5(after[h]) }))
    );
    const note = t(crm.lang, "link.note", {
      mergeId,
      clientId,
      leadIds: group2.ids.filter((id) => id !== leadId).join(", "),
      changes
    });
    return [{ leadId, before, after: Object.fromEntries(Object.entries(after).map(([h, v]) => [h, encode(v)])), note }];
  });
  if (linked.length === 0) return null;
  return {
    mergeId,
    group: group2.name,
    primary: group2.primary,
    at,
    by,
    filled: {},
    others: [],
    repoint: [],
    notes: [],
    kind: "link",
    leadIds: group2.ids,
    clientId,
    linked
  };
}
function linkGroups(crm, tables, journal, groups, run, result2) {
  const { leads, acts } = tables;
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const where = /* @__PURE__ */ new Map();
  rows.forEach((r, i) => where.set(cellText2(r["Lead ID"], crm.offset).trim(), i));
  let seq = run.seq;
  const plans = [];
  for (const g of groups) {
    if (g.ids.some((id) => !where.has(id))) {
      result2.skipped.push(t(crm.lang, "merge.changed", { group: userText(g.name) }));
      continue;
    }
    const mergeId = `M-${String(seq + 1).padStart(6, "0")}`;
    const plan2 = planLink(
      crm,
      g.ids.map((id) => rows[where.get(id)]),
      g,
      mergeId,
      run.at,
      run.by,
      () => rows.map((r) => r["Client ID"])
    );
    if (!plan2) continue;
    seq++;
    plans.push(plan2);
    result2.linked.push({ mergeId, clientId: plan2.clientId ?? "", leadIds: g.ids });
  }
  if (plans.length === 0) return seq;
  documentProperties().setProperty(MERGE_SEQ, String(seq));
  writeJournal(journal, plans.flatMap(planRows));
  applyLinks(crm, leads, acts, plans);
  writeJournal(
    journal,
    plans.map((p) => stateRow(p, "done"))
  );
  return seq;
}
function applyLinks(crm, leads, acts, plans) {
  const ids = leads.column("Lead ID").map((v) => cellText2(v, crm.offset).trim());
  for (const p of plans)
    for (const r of p.linked ?? []) {
      const i = ids.indexOf(r.leadId);
      if (i >= 0) leads.update(i, Object.fromEntries(Object.entries(r.after).map(([h, v]) => [h, decode(v)])));
    }
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  const notes = [];
  for (const p of plans) {
    const at = new Date(p.at);
    for (const r of p.linked ?? []) {
      if (!ids.includes(r.leadId) || actRows.some((a) => isNote(a, r.leadId, r.note, at, crm.offset))) continue;
      notes.push({ Timestamp: at, "Lead ID": r.leadId, Type: "Note", Summary: r.note, By: p.by });
    }
  }
  acts.append(notes);
}
function undoLink(crm, leads, acts, plan2) {
  const ids = leads.column("Lead ID").map((v) => cellText2(v, crm.offset).trim());
  for (const r of plan2.linked ?? []) {
    const i = ids.indexOf(r.leadId);
    if (i < 0) continue;
    const current = leads.readRow(i);
    const back = {};
    for (const [h, v] of Object.entries(r.after))
      if (sameValue(current[h], decode(v), crm.offset)) back[h] = decode(r.before[h]);
    if (Object.keys(back).length > 0) leads.update(i, back);
  }
  const at = new Date(plan2.at);
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  acts.deleteDataRows(
    actRows.flatMap(
      (a, i) => (plan2.linked ?? []).some((r) => isNote(a, r.leadId, r.note, at, crm.offset)) ? [i] : []
    )
  );
  return (plan2.linked ?? []).map((r) => r.leadId);
}
function isNote(a, leadId, note, at, offset) {
  return cellText2(a["Lead ID"], offset).trim() === leadId && cellText2(a["Type"], offset) === "Note" && cellText2(a["Summary"], offset) === note && isDate(a["Timestamp"]) && a["Timestamp"].getTime() === at.getTime();
}

// src/gas/merge-groups.ts
var LEAD_HEADERS3 = LEAD_COLUMNS.map((c) => c.header);
var sameValue2 = (a, b, offset) => isDate(a) && isDate(b) ? a.getTime() === b.getTime() : !isDate(a) && !isDate(b) && cellText2(a, offset) === cellText2(b, offset) && typeof a === typeof b;
function takesOpenDeal(primary, other, offset) {
  const o = dealFacts(other, offset);
  if (!isOpenStatus(o.status) || o.dealValue === null) return false;
  const p = dealFacts(primary, offset);
  return !isOpenStatus(p.status) || p.dealValue !== null && p.dealValue !== o.dealValue;
}
function readTickedGroups(crm, journal) {
  const dup = openDuplicates(crm);
  const dupRows = dup.allRows().map((r) => dup.toRecord(r));
  const groups = /* @__PURE__ */ new Map();
  for (const r of dupRows) {
    const g = cellText2(r["Group"], crm.offset);
    if (!/^G\d+$/.test(g)) continue;
    const entry = groups.get(g) ?? {
      ids: [],
      checks: [],
      primary: cellText2(r["Primary"], crm.offset).trim(),
      ticked: false,
      // A tab written before groups had an Action was all merges.
      link: false
    };
    entry.ids.push(cellText2(r["Lead ID"], crm.offset).trim());
    entry.checks.push(cellText2(r["Check"], crm.offset));
    if (r["Merge"] === true) entry.ticked = true;
    if (cellText2(r["Action"], crm.offset).trim().toLowerCase() === "link") entry.link = true;
    groups.set(g, entry);
  }
  const finished = new Set(
    [...journal.plans.values()].filter((p) => journal.state.get(p.mergeId) === "done").map(planKey)
  );
  const alreadyMerged = [...groups.values()].some((g) => g.ticked && finished.has([...g.ids].sort().join(",")));
  const ticked = [...groups.entries()].filter(([, g]) => g.ticked && !finished.has([...g.ids].sort().join(",")));
  return { dup, ticked, alreadyMerged };
}
function tickedSignature(ticked) {
  return fingerprint(
    ticked.map(([name, g]) => [name, g.primary, g.link ? "link" : "merge", ...g.ids, ...g.checks].join("|"))
  );
}
function decideGroups(crm, journal, leads, raw, ticked) {
  const indexOf = /* @__PURE__ */ new Map();
  const idCol = leads.indexOf("Lead ID");
  raw.forEach((r, i) => indexOf.set(cellText2(r[idCol], crm.offset).trim(), i));
  const since = documentProperties().getProperty(LAST_AUDIT) ?? "";
  const fills = [...journal.plans.values()].filter(
    (p) => p.kind !== "link" && journal.state.get(p.mergeId) === "done" && p.at >= since
  );
  const unchanged = (row, check) => {
    if (fingerprint(row) === check) return true;
    const id = cellText2(row[idCol], crm.offset).trim();
    const mine = fills.filter((p) => p.primary === id);
    if (mine.length === 0) return false;
    const before = [...row];
    for (const p of mine)
      for (const [h, v] of Object.entries(p.filled)) {
        const c = leads.headers.index[h];
        if (c !== void 0 && sameValue2(before[c], decode(v), crm.offset)) before[c] = "";
      }
    return fingerprint(before) === check;
  };
  const out = [];
  for (const [name, g] of ticked) {
    const idx = g.ids.map((id) => indexOf.get(id));
    if (idx.some((i) => i === void 0) || idx.some((i, k) => !unchanged(raw[i], g.checks[k]))) {
      out.push({ kind: "skip", name, g, reason: t(crm.lang, "merge.changed", { group: userText(name) }) });
      continue;
    }
    if (!g.ids.includes(g.primary)) {
      out.push({
        kind: "skip",
        name,
        g,
        reason: t(crm.lang, "merge.badPrimary", { group: userText(name), primary: userText(g.primary) })
      });
      continue;
    }
    if (g.link) {
      out.push({ kind: "link", name, g });
      continue;
    }
    const primary = leads.toRecord(raw[indexOf.get(g.primary)]);
    const others = g.ids.filter((id) => id !== g.primary);
    const otherRecords = others.map((id) => leads.toRecord(raw[indexOf.get(id)]));
    const open = others.find((_, k) => takesOpenDeal(primary, otherRecords[k], crm.offset));
    if (open) {
      out.push({
        kind: "skip",
        name,
        g,
        reason: t(crm.lang, "merge.openDeal", { group: userText(name), leadId: userText(open) })
      });
      continue;
    }
    out.push({ kind: "merge", name, g, others, otherRecords, merge: planMerge(primary, otherRecords, LEAD_HEADERS3) });
  }
  return out;
}

// src/gas/merge.ts
var sameValue3 = (a, b, offset) => isDate(a) && isDate(b) ? a.getTime() === b.getTime() : !isDate(a) && !isDate(b) && cellText2(a, offset) === cellText2(b, offset) && typeof a === typeof b;
function openTables(crm) {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
  return {
    leads,
    archive: openArchive(crm, leads),
    acts: Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang)
  };
}
function mergeDuplicates(arg) {
  const crm = openCrm();
  const expect = arg !== null && typeof arg === "object" && typeof arg.expect === "string" ? arg.expect : null;
  return withDocumentLock(crm.lang, () => {
    const journal = readJournal(crm);
    const recovered = finishUnfinished(crm, journal);
    const { dup, ticked, alreadyMerged } = readTickedGroups(crm, journal);
    if (expect !== null && tickedSignature(ticked) !== expect)
      throw new CrmError({ key: "mergeDialog.changed" }, crm.lang);
    const result2 = { merged: [], linked: [], skipped: [], ...recovered.length ? { recovered } : {} };
    if (ticked.length === 0) {
      if (alreadyMerged) untick(dup);
      const said2 = t(crm.lang, recovered.length ? "merge.recovered" : "merge.none", { ids: recovered.join(", ") });
      crm.ss.toast(said2, t(crm.lang, "menu.title"), 10);
      return { ...result2, message: said2 };
    }
    const tables = openTables(crm);
    const { leads } = tables;
    const raw = leads.allRows();
    const formats = leads.formatsOf(0, raw.length);
    const indexOf = /* @__PURE__ */ new Map();
    const idCol = leads.indexOf("Lead ID");
    raw.forEach((r, i) => indexOf.set(cellText2(r[idCol], crm.offset).trim(), i));
    const actRows = tables.acts.allRows().map((r) => tables.acts.toRecord(r));
    const props = documentProperties();
    let seq = Number(props.getProperty(MERGE_SEQ) ?? 0) || 0;
    const by = currentUser();
    const at = crm.now.toISOString();
    const plans = [];
    const linking = [];
    const show = changeText(crm.lang, crm.settings.currency);
    const noteValue = (v) => isDate(v) ? toYmd(v, crm.offset) : cellText2(v, crm.offset);
    for (const d of decideGroups(crm, journal, leads, raw, ticked)) {
      const { name, g } = d;
      if (d.kind === "skip") {
        result2.skipped.push(d.reason);
        continue;
      }
      if (d.kind === "link") {
        linking.push([name, g]);
        continue;
      }
      const { others, merge: merge3 } = d;
      const mergeId = `M-${String(++seq).padStart(6, "0")}`;
      const plan2 = {
        mergeId,
        group: name,
        primary: g.primary,
        at,
        by,
        filled: Object.fromEntries(Object.entries(merge3.filled).map(([h, v]) => [h, encode(v)])),
        others: others.map((id) => {
          const i = indexOf.get(id);
          const row = {};
          const fmt = {};
          leads.headers.headers.forEach((h, c) => {
            if (h === "") return;
            row[h] = encode(raw[i][c]);
            fmt[h] = formats[i][c];
          });
          return { leadId: id, row, formats: fmt };
        }),
        repoint: actRows.filter((a) => others.includes(cellText2(a["Lead ID"], crm.offset).trim())).map((a) => ({ from: cellText2(a["Lead ID"], crm.offset).trim(), key: activityKey(a, crm.offset) })),
        notes: others.map((id) => {
          const mine = merge3.conflicts.filter((c) => c.leadId === id);
          const values2 = mine.map((c) => `${show.name(c.header)}: ${show.value(c.header, noteValue(c.value))}`).join("; ");
          return mine.length ? t(crm.lang, "merge.note", { mergeId, leadId: id, values: values2 }) : t(crm.lang, "merge.noteNoConflict", { mergeId, leadId: id });
        })
      };
      plans.push(plan2);
      result2.merged.push({ mergeId, primary: g.primary, archived: others });
    }
    if (plans.length > 0) {
      props.setProperty(MERGE_SEQ, String(seq));
      writeJournal(journal, plans.flatMap(planRows));
      applyMerges(tables, plans, crm.offset);
      writeJournal(
        journal,
        plans.map((p) => stateRow(p, "done"))
      );
    }
    if (linking.length > 0) {
      seq = linkGroups(
        crm,
        tables,
        journal,
        linking.map(([name, g]) => ({ name, ids: g.ids, primary: g.primary })),
        { seq, at, by },
        result2
      );
    }
    if (plans.length > 0 || result2.linked.length > 0) untick(dup);
    const said = [
      result2.merged.length > 0 ? t(crm.lang, "merge.done", {
        merged: result2.merged.length,
        rows: result2.merged.reduce((n, m) => n + m.archived.length, 0)
      }) : "",
      result2.linked.length > 0 ? t(crm.lang, "link.done", {
        linked: result2.linked.length,
        rows: result2.linked.reduce((n, m) => n + m.leadIds.length, 0)
      }) : "",
      result2.skipped.length > 0 ? t(crm.lang, "merge.skippedCount", { skipped: result2.skipped.length }) : ""
    ].filter(Boolean);
    const text5 = said.length > 0 ? said.join(" ") : t(crm.lang, "merge.nothingDone");
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      "mergeDuplicates",
      result2.skipped.length ? "partial" : "ok",
      [text5, ...result2.skipped].join(" ")
    );
    crm.ss.toast([text5, ...result2.skipped].join("\n"), t(crm.lang, "menu.title"), 15);
    return { ...result2, message: text5 };
  });
}
function openDuplicates(crm) {
  const have = Table.headerOf(crm.ss, TAB.duplicates);
  if (have?.headers.some((h) => h !== "")) {
    const missing = DUPLICATE_COLUMNS.map((c) => c.header).filter((h) => !(h in have.index));
    if (missing.length > 0) appendHeaders(sheetNamed(crm.ss, TAB.duplicates), missing);
  }
  return Table.open(crm.ss, TAB.duplicates, DUPLICATE_COLUMNS, crm.lang);
}
function untick(dup) {
  const merge3 = dup.column("Merge");
  if (merge3.some((v) => v === true))
    dup.writeColumn(
      "Merge",
      0,
      merge3.map((v) => v === true ? false : v)
    );
}
function applyMerges(tables, plans, offset) {
  const { leads, archive: archive2, acts } = tables;
  const rows = leads.allRows();
  const idCol = leads.indexOf("Lead ID");
  const ids = rows.map((r) => cellText2(r[idCol], offset).trim());
  for (const p of plans) {
    const i = ids.indexOf(p.primary);
    if (i < 0) continue;
    const current = leads.toRecord(rows[i]);
    const fill3 = {};
    for (const [h, v] of Object.entries(p.filled)) if (isBlank(current[h])) fill3[h] = decode(v);
    if (Object.keys(fill3).length > 0) leads.update(i, fill3);
  }
  const [mergeCol, leadCol] = [archive2.indexOf("Merge ID"), archive2.indexOf("Lead ID")];
  const archivedKeys = new Set(
    archive2.allRows().map((r) => `${cellText2(r[mergeCol], offset)}|${cellText2(r[leadCol], offset)}`)
  );
  const toArchive = [];
  for (const p of plans) {
    for (const o of p.others) {
      if (archivedKeys.has(`${p.mergeId}|${o.leadId}`)) continue;
      const rec = {};
      for (const [h, v] of Object.entries(o.row)) rec[h] = decode(v);
      toArchive.push({
        rec: {
          ...rec,
          "Merged Into": p.primary,
          "Merge ID": p.mergeId,
          "Archived At": new Date(p.at),
          "Archived By": p.by
        },
        formats: o.formats
      });
    }
  }
  archive2.append(
    toArchive.map((x) => x.rec),
    { formats: toArchive.map((x) => archive2.headers.headers.map((h) => x.formats[h])) }
  );
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  const actIds = actRows.map((a) => cellText2(a["Lead ID"], offset).trim());
  let repointed = false;
  const notes = [];
  for (const p of plans) {
    for (const r of p.repoint) {
      const k = actRows.findIndex((a, i) => actIds[i] === r.from && activityKey(a, offset) === r.key);
      if (k >= 0) {
        actIds[k] = p.primary;
        repointed = true;
      }
    }
    const at = new Date(p.at);
    for (const summary2 of p.notes) {
      const present = actRows.some(
        (a, i) => actIds[i] === p.primary && cellText2(a["Type"], offset) === "Note" && cellText2(a["Summary"], offset) === summary2 && isDate(a["Timestamp"]) && a["Timestamp"].getTime() === at.getTime()
      );
      if (!present) notes.push({ Timestamp: at, "Lead ID": p.primary, Type: "Note", Summary: summary2, By: p.by });
    }
  }
  if (repointed) acts.writeColumn("Lead ID", 0, actIds);
  acts.append(notes);
  const gone = new Set(plans.flatMap((p) => p.others.map((o) => o.leadId)));
  leads.deleteDataRows(ids.flatMap((id, i) => gone.has(id) ? [i] : []));
}
function finishUnfinished(crm, journal) {
  const inState = (s) => [...journal.state.entries()].filter(([, x]) => x === s).map(([id]) => journal.plans.get(id));
  const planned = inState("planned");
  const merges = planned.filter((p) => p.kind !== "link");
  const links = planned.filter((p) => p.kind === "link");
  const undos = inState("undoing");
  if (planned.length === 0 && undos.length === 0) return [];
  const tables = openTables(crm);
  if (merges.length > 0) applyMerges(tables, merges, crm.offset);
  if (links.length > 0) applyLinks(crm, tables.leads, tables.acts, links);
  if (planned.length > 0) {
    writeJournal(
      journal,
      planned.map((p) => stateRow(p, "done"))
    );
    for (const p of planned) journal.state.set(p.mergeId, "done");
  }
  for (const p of undos) {
    const fresh = openTables(crm);
    if (p.kind === "link") undoLink(crm, fresh.leads, fresh.acts, p);
    else applyUndo(crm, fresh, p);
    writeJournal(journal, [stateRow(p, "undone")]);
    journal.state.set(p.mergeId, "undone");
  }
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    "mergeDuplicates",
    "ok",
    t(crm.lang, "merge.recovered", { ids: [...planned, ...undos].map((p) => p.mergeId).join(", ") })
  );
  return [...planned, ...undos].map((p) => p.mergeId);
}
function finishUnfinishedMerges(crm) {
  return withDocumentLock(crm.lang, () => finishUnfinished(crm, readJournal(crm)));
}
function openArchive(crm, leads) {
  let archive2 = Table.open(crm.ss, TAB.archive, ARCHIVE_COLUMNS, crm.lang);
  const missing = leads.headers.headers.filter((h) => h !== "" && !(h in archive2.headers.index));
  if (missing.length > 0) {
    appendHeaders(archive2.sheet, missing);
    archive2 = Table.open(crm.ss, TAB.archive, ARCHIVE_COLUMNS, crm.lang);
  }
  return archive2.withUserColumns();
}
function mergeIdOf(crm, arg) {
  const given = arg !== null && typeof arg === "object" && Object.prototype.hasOwnProperty.call(arg, "mergeId") ? arg.mergeId : void 0;
  if (given !== void 0 && given !== null && given !== "") {
    if (typeof given !== "string") throw new CrmError({ key: "merge.unknown", params: { mergeId: "?" } }, crm.lang);
    return given.trim();
  }
  const range = crm.ss.getActiveRange();
  const sheet = range?.getSheet();
  if (range && sheet && sheet.getName() === TAB.archive && range.getRow() >= 2) {
    const header = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
    if (header.index["Merge ID"] !== void 0)
      return cellText2(sheet.getRange(range.getRow(), header.index["Merge ID"] + 1).getValue(), crm.offset).trim();
  }
  if (range && sheet && sheet.getName() === TAB.activities && range.getRow() >= 2) {
    const header = mapHeaders(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
    if (header.index["Summary"] !== void 0) {
      const summary2 = cellText2(sheet.getRange(range.getRow(), header.index["Summary"] + 1).getValue(), crm.offset);
      return /^[^:]*\b(M-\d{6}):/.exec(summary2)?.[1] ?? "";
    }
  }
  return "";
}
function undoMerge(arg) {
  const crm = openCrm();
  const mergeId = mergeIdOf(crm, arg);
  if (!mergeId) throw new CrmError({ key: "merge.pickArchive" }, crm.lang);
  return withDocumentLock(crm.lang, () => {
    const journal = readJournal(crm);
    finishUnfinished(crm, journal);
    const plan2 = journal.plans.get(mergeId);
    const state = journal.state.get(mergeId);
    if (!plan2 || state !== "done")
      throw new CrmError(
        { key: state === "undone" ? "merge.alreadyUndone" : "merge.unknown", params: { mergeId: userText(mergeId) } },
        crm.lang
      );
    writeJournal(journal, [stateRow(plan2, "undoing")]);
    const tables = openTables(crm);
    const restored = plan2.kind === "link" ? undoLink(crm, tables.leads, tables.acts, plan2) : applyUndo(crm, tables, plan2);
    writeJournal(journal, [stateRow(plan2, "undone")]);
    const text5 = t(crm.lang, plan2.kind === "link" ? "link.undone" : "merge.undone", { mergeId, rows: restored.length });
    appendRunLog(crm.ss, crm.lang, crm.now, "undoMerge", "ok", text5);
    crm.ss.toast(text5, t(crm.lang, "menu.title"), 10);
    return { mergeId, restored };
  });
}
function applyUndo(crm, tables, plan2) {
  const { leads, archive: archive2, acts } = tables;
  const ids = leads.column("Lead ID").map((v) => cellText2(v, crm.offset).trim());
  const missing = plan2.others.filter((o) => !ids.includes(o.leadId));
  if (missing.length > 0) {
    const start = leads.append(
      missing.map((o) => Object.fromEntries(Object.entries(o.row).map(([h, v]) => [h, decode(v)]))),
      { formats: missing.map((o) => leads.headers.headers.map((h) => o.formats[h])) }
    );
    giveStatusDropdown(leads, start, missing.length, crm.settings.statuses);
  }
  const pIndex = ids.indexOf(plan2.primary);
  if (pIndex >= 0) {
    const current = leads.readRow(pIndex);
    const clear = {};
    for (const [h, v] of Object.entries(plan2.filled)) if (sameValue3(current[h], decode(v), crm.offset)) clear[h] = "";
    if (Object.keys(clear).length > 0) leads.update(pIndex, clear);
  }
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  const actIds = actRows.map((a) => cellText2(a["Lead ID"], crm.offset).trim());
  let changed = false;
  for (const r of plan2.repoint) {
    const k = actRows.findIndex((a, i) => actIds[i] === plan2.primary && activityKey(a, crm.offset) === r.key);
    if (k >= 0) {
      actIds[k] = r.from;
      changed = true;
    }
  }
  if (changed) acts.writeColumn("Lead ID", 0, actIds);
  const at = new Date(plan2.at).getTime();
  const notes = new Set(plan2.notes);
  acts.deleteDataRows(
    actRows.flatMap(
      (a, i) => actIds[i] === plan2.primary && cellText2(a["Type"], crm.offset) === "Note" && notes.has(cellText2(a["Summary"], crm.offset)) && isDate(a["Timestamp"]) && a["Timestamp"].getTime() === at ? [i] : []
    )
  );
  const mine = archive2.column("Merge ID").flatMap((v, i) => cellText2(v, crm.offset).trim() === plan2.mergeId ? [i] : []);
  archive2.deleteDataRows(mine);
  const restored = plan2.others.map((o) => o.leadId);
  updateShadow(
    crm.ss,
    plan2.others.map((o) => [o.leadId, cellText2(decode(o.row["Status"]), crm.offset)]),
    crm.offset
  );
  return restored;
}

// src/gas/audit.ts
var LEAD_HEADERS4 = LEAD_COLUMNS.map((c) => c.header);
var reasonText = (lang, reasons2) => reasons2.map((r) => t(lang, `reason.${r}`)).join(", ");
function audit2(crm) {
  const { raw, records: rows } = freshRows(crm, TAB.leads, LEAD_COLUMNS);
  const text5 = (v) => cellText2(v, crm.offset);
  const id = (i) => text5(rows[i]["Lead ID"]).trim();
  const result2 = findDuplicates(
    rows.map((r, i) => ({
      leadId: id(i),
      name: r["Name"],
      company: r["Company"],
      phone: r["Phone"],
      email: r["Email"]
    }))
  );
  const proposals = result2.groups.flatMap(
    (g) => clientActions(
      g.members.map((m) => rows[m]),
      (rs) => suggestPrimary(rs, LEAD_HEADERS4),
      text5,
      crm.offset
    ).map((a) => ({
      action: a.action,
      members: a.members.map((k) => g.members[k]),
      primary: g.members[a.primary],
      score: g.score,
      reasons: g.reasons
    }))
  );
  const links = proposals.map(
    (p) => p.action === "link" ? linkChanges(
      p.members.map((m) => rows[m]),
      p.members.indexOf(p.primary),
      text5,
      crm.offset
    ) : null
  );
  const problems = findProblems(rows);
  const json = {
    groups: proposals.map((p, pi) => ({
      leadIds: p.members.map(id),
      score: p.score,
      reasons: p.reasons.map((r) => t(crm.lang, `reason.${r}`)),
      primary: id(p.primary),
      action: p.action,
      clientId: links[pi]?.clientId ?? text5(rows[p.primary]["Client ID"]).trim()
    })),
    sharedContacts: result2.sharedContacts.map((s) => ({
      leadIds: s.members.map(id),
      contact: s.contact,
      kind: s.kind
    })),
    problems: problems.map((p) => ({
      leadId: id(p.index),
      field: p.field,
      problem: t(crm.lang, p.problem),
      value: p.value
    }))
  };
  const dup = openDuplicates(crm);
  const records = [];
  const checkbox = [];
  const push = (rec, box = false) => {
    records.push(rec);
    checkbox.push(box);
  };
  const leadCells = (i) => ({
    "Lead ID": id(i),
    Name: rows[i]["Name"],
    Company: rows[i]["Company"],
    Phone: text5(rows[i]["Phone"]),
    Email: rows[i]["Email"],
    Owner: rows[i]["Owner"],
    Status: rows[i]["Status"]
  });
  const columnName = (header) => {
    const col2 = LEAD_COLUMNS.find((c) => c.header === header);
    const name = col2 ? t(crm.lang, `field.${col2.key}`) : header;
    return name.toLowerCase() === header.toLowerCase() ? header : `${name} (${header})`;
  };
  const becomes = (p, pi, k) => {
    const m = p.members[k];
    if (p.action === "merge") {
      const others = p.members.filter((x) => x !== p.primary).map(id);
      return m === p.primary ? t(crm.lang, "audit.becomes.kept", { others: others.join(", ") }) : t(crm.lang, "audit.becomes.merged", { primary: id(p.primary) });
    }
    const link = links[pi];
    const value = moneyOf(rows[m]["Deal Value"]);
    const changes = Object.entries(link.changes[k]).filter(([h]) => h !== "Client ID").map(
      ([h, v]) => `${columnName(h)}: ${text5(rows[m][h]) || t(crm.lang, "change.empty")} → ${text5(v) || t(crm.lang, "change.empty")}`
    ).join("; ");
    return t(crm.lang, changes ? "audit.becomes.linked" : "audit.becomes.linkedSame", {
      status: labelRef("status", text5(rows[m]["Status"])),
      value: value === null ? "–" : formatMoney(value, crm.settings.currency),
      clientId: link.clientId || t(crm.lang, "audit.newClientId"),
      changes
    });
  };
  push({ Group: t(crm.lang, "audit.groupsTitle") });
  proposals.forEach((p, gi) => {
    const reason = reasonText(crm.lang, p.reasons);
    p.members.forEach((m, k) => {
      push(
        {
          Group: `G${gi + 1}`,
          Action: p.action,
          ...leadCells(m),
          Reason: reason,
          Score: p.score.toFixed(2),
          Primary: json.groups[gi].primary,
          Becomes: becomes(p, gi, k),
          Merge: k === 0 ? false : "",
          Check: fingerprint(raw[m])
        },
        k === 0
      );
    });
  });
  push({});
  push({ Group: t(crm.lang, "audit.sharedTitle") });
  json.sharedContacts.forEach((s, si) => {
    const reason = t(crm.lang, "audit.sharedReason", {
      kind: t(crm.lang, s.kind === "phone" ? "field.phone" : "field.email").toLowerCase(),
      // A phone as people dial it (the cell beside it keeps what was typed).
      contact: s.kind === "phone" ? formatPhone(s.contact) : s.contact
    });
    result2.sharedContacts[si].members.forEach((m) => push({ Group: `S${si + 1}`, ...leadCells(m), Reason: reason }));
  });
  push({});
  push({ Group: t(crm.lang, "audit.problemsTitle") });
  problems.forEach(
    (p, pi) => push({
      Group: `Q${pi + 1}`,
      ...leadCells(p.index),
      Reason: `${t(crm.lang, `field.${LEAD_COLUMNS.find((c) => c.header === p.field).key}`)}: ${t(crm.lang, p.problem)}${p.value ? ` (${p.value})` : ""}`
    })
  );
  withDocumentLock(crm.lang, () => {
    dup.clearData();
    dup.fitRows(records.length);
    const start = dup.append(records);
    const rule = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    dup.sheet.getRange(start, dup.col("Merge"), records.length, 1).setDataValidations(checkbox.map((b) => [b ? rule : null]));
  });
  return json;
}
var PENDING_SUMMARY = "lembar.audit.summary";
function countsOf(json) {
  const merges = json.groups.filter((g) => g.action === "merge");
  const links = json.groups.filter((g) => g.action === "link");
  return {
    groups: merges.length,
    rows: merges.reduce((n, g) => n + g.leadIds.length, 0),
    links: links.length,
    linkRows: links.reduce((n, g) => n + g.leadIds.length, 0),
    shared: json.sharedContacts.length,
    problems: json.problems.length
  };
}
function queueAuditSummary(crm, json) {
  const params = { ...countsOf(json), date: formatDay(toYmd(crm.now, crm.offset), crm.lang, "long") };
  const pending = { id: crm.now.toISOString(), params };
  documentProperties().setProperties({
    [LAST_AUDIT]: crm.now.toISOString(),
    [PENDING_SUMMARY]: JSON.stringify(pending)
  });
}
function sendPendingAuditSummary(crm) {
  const none = { sent: 0, alreadySent: 0, waiting: [], errors: [], sentKeys: [] };
  const props = documentProperties();
  let pending;
  try {
    pending = JSON.parse(props.getProperty(PENDING_SUMMARY) ?? "");
  } catch (_e) {
    return none;
  }
  if (!pending || typeof pending.id !== "string") return none;
  const scope = `audit-${pending.id.replace(/[^0-9]/g, "")}`;
  const params = { links: 0, linkRows: 0, ...pending.params };
  const subject = t(crm.lang, "audit.subject", params);
  const body = t(crm.lang, "audit.body", params);
  const url2 = spreadsheetUrl(crm);
  const items = managersOf(readTeam(crm), crm.settings.managerEmails).map((to) => ({
    key: to,
    email: {
      to,
      subject,
      text: `${body}

${url2}`,
      html: `<p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url2)}">${TAB.duplicates}</a></p>`
    }
  }));
  const result2 = sendUnderLedger(crm, scope, items);
  if (result2.waiting.length === 0 && result2.errors.length === 0) {
    props.deleteProperty(PENDING_SUMMARY);
    pruneMail(crm, (s) => s !== scope);
  }
  return result2;
}
function runAudit(crm) {
  if (finishUnfinishedMerges(crm).length > 0) forgetRows(TAB.leads, TAB.activities);
  const json = audit2(crm);
  queueAuditSummary(crm, json);
  let mail = { sent: 0, alreadySent: 0, waiting: [], errors: [], sentKeys: [] };
  try {
    mail = sendPendingAuditSummary(crm);
  } catch (e) {
    mail.errors.push(e instanceof Error ? e.message : String(e));
  }
  const detail = t(crm.lang, "audit.detail", { ...countsOf(json), emails: mail.sent });
  const problems = [
    ...mail.errors,
    ...mail.waiting.length ? [t(crm.lang, "audit.summaryWaits", { count: mail.waiting.length })] : []
  ];
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    "runDuplicateAudit",
    problems.length ? "partial" : "ok",
    problems.length ? `${detail} — ${problems.join("; ")}` : detail
  );
  if (!inDailyRun()) crm.ss.toast(t(crm.lang, "audit.done", countsOf(json)), t(crm.lang, "menu.title"), 10);
  return json;
}
function runDuplicateAuditNow() {
  return runAudit(openCrm());
}
function runDuplicateAudit() {
  const crm = openCrm();
  return notDue(crm) ?? withDocumentLock(crm.lang, () => notDue(crm) ?? runAudit(crm));
}
function notDue(crm) {
  const last = documentProperties().getProperty(LAST_AUDIT);
  if (!last) return null;
  const next = addMonths(new Date(last), crm.settings.auditIntervalMonths, crm.offset);
  if (crm.now >= next) return null;
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    "runDuplicateAudit",
    "skipped",
    t(crm.lang, "run.notDue", {
      last: formatDateTime(localDateTime(new Date(last), crm.offset), crm.lang),
      next: formatDay(toYmd(next, crm.offset), crm.lang, "long")
    })
  );
  return { skipped: true, lastAudit: last, nextAudit: next.toISOString() };
}

// src/gas/reminders.ts
function followUpReminders(crm) {
  const { table: leads, records: rows } = rowsOf2(crm, TAB.leads, LEAD_COLUMNS);
  const plan2 = planReminders(rows, crm.settings, crm.now, crm.offset);
  const base = `${spreadsheetUrl(crm)}#gid=${leads.sheet.getSheetId()}&range=A`;
  const links = { row: (r) => `${base}${r}` };
  const team2 = readTeam(crm);
  const langOf = (email2) => team2.get(email2)?.language || crm.lang;
  const managers = managersOf(team2, crm.settings.managerEmails);
  const nameOf = (email2) => displayName(team2, email2) || email2;
  const onTeam = (email2) => team2.size === 0 || team2.has(email2);
  const formerOwners = plan2.owners.filter((d) => countOf(d) > 0 && !onTeam(d.owner)).map((d) => ({ owner: d.owner, leads: countOf(d) }));
  const emails = plan2.owners.filter((d) => countOf(d) > 0 && onTeam(d.owner)).map((d) => ({
    key: `owner:${d.owner}`,
    email: ownerDigestEmail(langOf(d.owner), plan2, d, crm.settings, links, displayName(team2, d.owner))
  }));
  const actRows = rowsOf2(crm, TAB.activities, ACTIVITY_COLUMNS).records;
  const yesterday = toYmd(addDays(crm.now, -1), crm.offset);
  const didYesterday = activityOn(actRows, yesterday, crm.offset);
  const props = documentProperties().getProperties();
  const newBigDeals = bigDeals(rows, crm.settings.bigDealThreshold).filter((d) => !alreadyTold(props, d.leadId));
  if (plan2.listed > 0 || plan2.invalidOwners.length > 0 || formerOwners.length > 0 || didYesterday.length > 0 || newBigDeals.length > 0) {
    for (const m of managers)
      emails.push({
        key: `team:${m}`,
        email: managerDigestEmail(langOf(m), plan2, crm.settings, m, links, {
          yesterday: { date: yesterday, lines: yesterdayLines(langOf(m), didYesterday, nameOf) },
          bigDeals: newBigDeals.map((d) => bigDealLine(langOf(m), d, crm.settings.currency, nameOf)),
          nameOf,
          formerOwners
        })
      });
  }
  pruneMail(crm, (scope) => scope === plan2.today || !/^\d{4}-\d{2}-\d{2}$/.test(scope));
  const summary2 = sendPendingAuditSummary(crm);
  const ordered = waitingFirst(emails, readWaiting());
  const sent = sendUnderLedger(crm, plan2.today, ordered);
  writeWaiting(crm, sent.waiting);
  if (managers.length > 0 && !sent.waiting.some((k) => k.startsWith("team:")))
    markTold(
      crm,
      newBigDeals.map((d) => d.leadId)
    );
  return {
    date: plan2.today,
    sent: sent.sent + summary2.sent,
    alreadySent: sent.alreadySent + summary2.alreadySent,
    waitingForQuota: sent.waiting.length + summary2.waiting.length,
    listed: plan2.listed,
    errors: [...sent.errors, ...summary2.errors]
  };
}
function runFollowUpReminders() {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    const result2 = followUpReminders(crm);
    const outcome = result2.errors.length > 0 || result2.waitingForQuota > 0 ? "partial" : "ok";
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      "runFollowUpReminders",
      outcome,
      t(crm.lang, "run.remindersDetail", {
        sent: result2.sent,
        already: result2.alreadySent,
        waiting: result2.waitingForQuota,
        listed: result2.listed,
        errors: result2.errors.length
      }) + (result2.errors.length ? ` — ${result2.errors.join("; ")}` : "")
    );
    return result2;
  });
}
function runWeeklyReport() {
  const crm = openCrm();
  const week = weekStart(crm.now, crm.offset);
  if (!weeklyPending(crm, week)) return { week, sent: 0, alreadySent: 0, waitingForQuota: 0, errors: [] };
  return withDocumentLock(crm.lang, () => weeklyReport(crm, week));
}
function weeklyPending(crm, week) {
  const sentThisWeek = claimedKeys(`weekly-${week}`);
  return managersOf(readTeam(crm), crm.settings.managerEmails).some((m) => !sentThisWeek.has(`weekly:${m}`));
}
function weeklyReport(crm, week) {
  const team2 = readTeam(crm);
  const managers = managersOf(team2, crm.settings.managerEmails);
  let items = [];
  if (weeklyPending(crm, week)) {
    const rows = rowsOf2(crm, TAB.leads, LEAD_COLUMNS).records;
    const actRows = rowsOf2(crm, TAB.activities, ACTIVITY_COLUMNS).records;
    const cards = scorecards(rows, actRows, crm.settings, team2, crm.now, crm.offset);
    const changes = weekChanges(rows, actRows, crm.now, crm.offset);
    items = managers.map((m) => ({
      key: `weekly:${m}`,
      email: weeklyReportEmail(
        team2.get(m)?.language || crm.lang,
        m,
        cards,
        changes,
        crm.settings.currency,
        (e) => displayName(team2, e) || e
      )
    }));
  }
  const r = sendUnderLedger(crm, `weekly-${week}`, items);
  if (r.sent > 0 || r.errors.length > 0)
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      "runWeeklyReport",
      r.errors.length > 0 ? "partial" : "ok",
      `${week}: ${r.sent}`
    );
  return { week, sent: r.sent, alreadySent: r.alreadySent, waitingForQuota: r.waiting.length, errors: r.errors };
}

// src/core/campaign.ts
var FIELDS2 = {
  status: "Status",
  source: "Source",
  owner: "Owner",
  product: "Product",
  "last contact": "Last Contact",
  created: "Created At"
};
var DATE_FIELDS = /* @__PURE__ */ new Set(["Last Contact", "Created At"]);
function parseSegment(segment, campaign2) {
  const rules = [];
  for (const part of segment.split(";").map((p) => p.trim()).filter(Boolean)) {
    const m = /^([^=<>]+?)\s*(=|<|>)\s*(.+)$/.exec(part);
    const field = m ? m[1].trim() : part;
    const header = FIELDS2[field.toLowerCase()];
    if (!m || !header)
      return {
        ok: false,
        error: { key: "campaign.badSegment", params: { name: userText(campaign2), field: userText(field) } }
      };
    const value = m[3].trim();
    if (DATE_FIELDS.has(header)) {
      const range = m[2] === "=" && value.includes("..") ? value.split("..").map((v) => v.trim()) : [value];
      for (const v of range)
        if (!parseYmd(v, 0))
          return {
            ok: false,
            error: {
              key: "campaign.badValue",
              params: { name: userText(campaign2), field: userText(field), value: userText(v) }
            }
          };
      rules.push({ header, op: range.length === 2 ? "between" : m[2], values: range });
    } else rules.push({ header, op: "=", values: value.split(",").map((v) => v.trim().toLowerCase()) });
  }
  return { ok: true, rules };
}
function matches(r, rules, offset) {
  return rules.every((rule) => {
    if (!DATE_FIELDS.has(rule.header))
      return rule.values.includes(
        String(r[rule.header] ?? "").trim().toLowerCase()
      );
    const d = cellDate(r[rule.header], offset);
    if (!d) return false;
    const day2 = toYmd(d, offset);
    if (rule.op === "<") return day2 < rule.values[0];
    if (rule.op === ">") return day2 > rule.values[0];
    if (rule.op === "between") return day2 >= rule.values[0] && day2 <= rule.values[1];
    return day2 === rule.values[0];
  });
}
function addressKeys(r, whatsapp) {
  if (whatsapp) {
    const p = normalizePhone(r["Phone"]);
    return p.ok ? [p.e164] : [];
  }
  const cell = r["Email"];
  return emailKeys(typeof cell === "string" ? cell : String(cell ?? "")).map(mailboxKey);
}
function planCampaign(rows, template2, rules, settings2, salesName, offset, stopLine) {
  const out = { recipients: [], skipped: [], notAsked: 0 };
  const seen = /* @__PURE__ */ new Map();
  const seenClient = /* @__PURE__ */ new Map();
  const whatsapp = template2.channel === "WhatsApp";
  const refused = /* @__PURE__ */ new Map();
  const subscribed = /* @__PURE__ */ new Set();
  for (const r of rows) {
    const c = consentOf(r["Consent"]);
    if (c === "notAsked") continue;
    for (const k of addressKeys(r, whatsapp)) {
      if (c === "subscribed") subscribed.add(k);
      else if (!refused.has(k))
        refused.set(k, { leadId: String(r["Lead ID"] ?? "").trim(), unclear: c !== "optedOut" });
    }
  }
  const skip = (leadId, reason) => out.skipped.push({ leadId, reason });
  for (const r of rows) {
    const leadId = String(r["Lead ID"] ?? "").trim();
    if (!leadId || !matches(r, rules, offset)) continue;
    const consent = consentOf(r["Consent"]);
    if (consent === "optedOut") {
      skip(leadId, { key: "campaign.skip.optedOut" });
      continue;
    }
    if (consent === "unclear") {
      skip(leadId, { key: "campaign.skip.unclear", params: { value: userText(String(r["Consent"])) } });
      continue;
    }
    let to = "";
    let key = "";
    if (whatsapp) {
      const p = normalizePhone(r["Phone"]);
      to = p.ok && isMobile(p.e164) ? p.e164 : "";
      key = to;
      if (!to) {
        skip(leadId, { key: "campaign.skip.noPhone" });
        continue;
      }
    } else {
      const cell = String(r["Email"] ?? "").trim();
      const e = normalizeEmail(cell);
      if (!e.ok) {
        skip(
          leadId,
          cell === "" ? { key: "campaign.skip.noEmail" } : { key: "campaign.skip.badAddress", params: { field: ref("field.email"), value: userText(cell) } }
        );
        continue;
      }
      to = e.email;
      key = mailboxKey(to);
    }
    const refusedOn = refused.get(key);
    if (refusedOn !== void 0) {
      skip(leadId, {
        key: refusedOn.unclear ? "campaign.skip.unclearElsewhere" : "campaign.skip.optedOutElsewhere",
        params: { leadId: userText(refusedOn.leadId) }
      });
      continue;
    }
    if (consent === "notAsked" && !subscribed.has(key)) {
      out.notAsked++;
      if (!settings2.campaignsToUnasked) {
        skip(leadId, { key: "campaign.skip.notAsked" });
        continue;
      }
    }
    const first = seen.get(key);
    if (first) {
      skip(leadId, { key: "campaign.skip.sameAddress", params: { leadId: userText(first) } });
      continue;
    }
    const client2 = String(r["Client ID"] ?? "").trim();
    const firstOfClient = client2 ? seenClient.get(client2) : void 0;
    if (firstOfClient) {
      skip(leadId, { key: "campaign.skip.sameClient", params: { leadId: userText(firstOfClient) } });
      continue;
    }
    const ownerCell = String(r["Owner"] ?? "").trim();
    const ownerEmail = normalizeEmail(ownerCell);
    if (!whatsapp && ownerCell !== "" && !ownerEmail.ok) {
      skip(leadId, {
        key: "campaign.skip.badAddress",
        params: { field: ref("field.owner"), value: userText(ownerCell) }
      });
      continue;
    }
    const owner = ownerEmail.ok ? ownerEmail.email : "";
    const values2 = {
      ...nameValues(String(r["Name"] ?? ""), settings2.salutation, template2.language),
      company: String(r["Company"] ?? ""),
      needs: String(r["Needs"] ?? ""),
      product: String(r["Product"] ?? ""),
      sales: salesName(owner)
    };
    const rendered2 = renderTemplate(template2, values2);
    if (rendered2.missing.length > 0 || rendered2.unknown.length > 0) {
      skip(leadId, {
        key: "campaign.skip.missing",
        params: { names: userText([...rendered2.missing, ...rendered2.unknown].join(", ")) }
      });
      continue;
    }
    seen.set(key, leadId);
    if (client2) seenClient.set(client2, leadId);
    out.recipients.push({
      leadId,
      name: String(r["Name"] ?? ""),
      to,
      key,
      owner,
      subject: rendered2.subject,
      text: `${rendered2.text}

${stopLine}`
    });
  }
  return out;
}

// src/gas/campaigns.ts
var ADDED = ["Uncertain", "Campaign ID"];
function openCampaigns(crm) {
  try {
    return Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
  } catch (e) {
    const sheet = crm.ss.getSheetByName(TAB.campaigns);
    if (!sheet) throw e;
    const added = withDocumentLock(crm.lang, () => {
      const width = sheet.getLastColumn();
      const have = mapHeaders(width > 0 ? sheet.getSheetValues(1, 1, 1, width)[0] : []);
      const add = ADDED.filter((h) => !(h in have.index));
      appendHeaders(sheet, add);
      return add.length;
    });
    if (added === 0) throw e;
    return Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
  }
}
function readCampaigns(crm, table2) {
  const list2 = table2.allRows().map((r, index) => {
    const rec = table2.toRecord(r);
    const start = rec["Start"];
    return {
      index,
      id: cellText2(rec["Campaign ID"], crm.offset).trim(),
      name: cellText2(rec["Campaign"], crm.offset).trim(),
      templateId: cellText2(rec["Template ID"], crm.offset).trim(),
      segment: cellText2(rec["Segment"], crm.offset),
      start: isDate(start) ? toYmd(start, crm.offset) : cellText2(start, crm.offset).trim(),
      state: cellText2(rec["State"], crm.offset).trim() || "Draft",
      sameIdAs: ""
    };
  });
  for (const c of list2) c.sameIdAs = c.id && list2.find((o) => o !== c && o.id === c.id)?.name || "";
  return list2;
}
function campaigns(crm) {
  let table2 = openCampaigns(crm);
  let list2 = readCampaigns(crm, table2);
  if (list2.some((c) => c.name !== "" && c.id === "")) {
    list2 = withDocumentLock(crm.lang, () => {
      table2 = Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
      giveCampaignIds(table2, crm.offset);
      return readCampaigns(crm, table2);
    });
  }
  return { table: table2, list: list2 };
}
function campaignOf(crm, arg) {
  const { table: table2, list: list2 } = campaigns(crm);
  const a = arg && typeof arg === "object" ? arg : {};
  const id = cleanText(a.id);
  let name = cleanText(a.name);
  if (!name && !id) {
    const range = crm.ss.getActiveRange();
    if (range && range.getSheet().getName() === TAB.campaigns && range.getRow() >= 2)
      name = list2[range.getRow() - 2]?.name ?? "";
    if (!name) throw new CrmError({ key: "campaign.pick" }, crm.lang);
  }
  const c = list2.find((x) => id ? x.id === id : x.name === name);
  if (!c) throw new CrmError({ key: "campaign.unknown", params: { name: userText(name || id) } }, crm.lang);
  return { table: table2, c };
}
function plan(crm, c) {
  if (c.sameIdAs)
    throw new CrmError(
      { key: "campaign.sameId", params: { name: userText(c.name), other: userText(c.sameIdAs), id: userText(c.id) } },
      crm.lang
    );
  return planOf(crm, c.templateId, c.segment, c.name).plan;
}
function planOf(crm, templateId, segmentText2, name) {
  if (!templateId) throw new CrmError({ key: "campaign.noTemplate", params: { name: userText(name) } }, crm.lang);
  const template2 = readTemplates(crm).find((x) => x.id === templateId);
  if (!template2)
    throw new CrmError(
      { key: "campaign.badTemplate", params: { name: userText(name), templateId: userText(templateId) } },
      crm.lang
    );
  const segment = parseSegment(segmentText2, name);
  if (!segment.ok) throw new CrmError(segment.error, crm.lang);
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const team2 = readTeam(crm);
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const p = planCampaign(
    rows,
    template2,
    segment.rules,
    crm.settings,
    (o) => displayName(team2, o),
    crm.offset,
    t(crm.lang, "campaign.stopLine")
  );
  return { plan: { ...p, channel: template2.channel }, rows };
}
var reasons = (crm, skipped) => {
  const counts = /* @__PURE__ */ new Map();
  for (const x of skipped) {
    const field = x.reason.params?.field;
    const label3 = t(crm.lang, x.reason.key, {
      leadId: "…",
      names: "…",
      value: "…",
      ...typeof field === "string" ? { field } : {}
    });
    counts.set(label3, (counts.get(label3) ?? 0) + 1);
  }
  return [...counts.entries()].map(([label3, n]) => `${label3}: ${n}`).join("; ");
};
function progressOf(p, led) {
  const uncertain = p.recipients.filter((r) => led.uncertain.has(r.key)).length;
  const sent = p.recipients.filter((r) => led.sent.has(r.key) && !led.uncertain.has(r.key)).length;
  return { sent, uncertain, waiting: p.recipients.length - sent - uncertain };
}
function writeProgress(crm, table2, c, p, led, state) {
  const g = progressOf(p, led);
  withDocumentLock(crm.lang, () => {
    table2.update(c.index, {
      ...state ? { State: state } : {},
      Recipients: p.recipients.length,
      Sent: g.sent,
      Waiting: g.waiting,
      Skipped: p.skipped.length,
      "Why skipped": reasons(crm, p.skipped),
      Uncertain: g.uncertain
    });
  });
  return g;
}
function consentNote(crm, p) {
  if (p.notAsked === 0) return "";
  return t(crm.lang, crm.settings.campaignsToUnasked ? "campaign.notAskedIncluded" : "campaign.notAskedExcluded", {
    count: p.notAsked,
    setting: SETTING.campaignsToUnasked
  });
}
function previewCampaign(arg) {
  const crm = openCrm();
  const { table: table2, c } = campaignOf(crm, arg);
  const p = plan(crm, c);
  writeProgress(crm, table2, c, p, readLedger(c.id));
  const consent = consentNote(crm, p);
  crm.ss.toast(
    `${t(crm.lang, "campaign.preview", { name: userText(c.name), recipients: p.recipients.length, skipped: p.skipped.length })} ${consent}`,
    t(crm.lang, "menu.title"),
    10
  );
  return {
    id: c.id,
    name: c.name,
    channel: p.channel,
    recipients: p.recipients.length,
    notAsked: p.notAsked,
    consent,
    skipped: p.skipped.map((s) => ({ leadId: s.leadId, reason: message(crm.lang, s.reason) })),
    sample: p.recipients[0] ? { subject: p.recipients[0].subject, text: p.recipients[0].text } : null
  };
}
function startCampaign(arg) {
  const crm = openCrm();
  const { table: table2, c } = campaignOf(crm, arg);
  const p = plan(crm, c);
  writeProgress(crm, table2, c, p, readLedger(c.id), "Running");
  const text5 = `${t(crm.lang, "campaign.started", { name: userText(c.name), recipients: p.recipients.length })} ${consentNote(crm, p)}`.trim();
  crm.ss.toast(text5, t(crm.lang, "menu.title"), 10);
  return { id: c.id, name: c.name, state: "Running", recipients: p.recipients.length, message: text5 };
}
function stopCampaign(arg) {
  const crm = openCrm();
  const { table: table2, c } = campaignOf(crm, arg);
  withDocumentLock(crm.lang, () => table2.update(c.index, { State: "Stopped" }));
  const text5 = t(crm.lang, "campaign.stopped", { name: userText(c.name) });
  crm.ss.toast(text5, t(crm.lang, "menu.title"), 10);
  return { id: c.id, name: c.name, state: "Stopped", message: text5 };
}
function sendCampaignTest(arg) {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  return sendTestOf(crm, plan(crm, c), c.name);
}
function sendTestOf(crm, p, name) {
  const first = p.recipients[0];
  const me = currentUser();
  if (!first || p.channel !== "Email" || !me)
    throw new CrmError({ key: "campaign.notRunning", params: { name: userText(name) } }, crm.lang);
  if (MailApp.getRemainingDailyQuota() < 1) throw new CrmError({ key: "template.quota" }, crm.lang);
  MailApp.sendEmail({
    to: me,
    subject: headerText(`[TEST] ${first.subject}`),
    body: first.text,
    htmlBody: `<p>${escapeHtml(first.text).replace(/\n/g, "<br>")}</p>`
  });
  return { message: t(crm.lang, "campaign.test", { name: userText(name), to: me }) };
}
function runCampaigns() {
  const crm = openCrm();
  const today = toYmd(crm.now, crm.offset);
  const { table: table2, list: list2 } = campaigns(crm);
  const out = { campaigns: 0, sent: 0, waiting: 0, uncertain: 0, errors: [] };
  const open = journaled();
  try {
    for (const c of list2) {
      const settled = c.id && open.has(c.id) ? settleLedger(crm, c.id, c.name) : null;
      if (c.state !== "Running" || c.start && c.start > today) continue;
      let p;
      try {
        p = plan(crm, c);
      } catch (e) {
        out.errors.push(e.message);
        continue;
      }
      if (p.channel !== "Email") continue;
      out.campaigns++;
      const before = settled ?? readLedger(c.id);
      const pending = p.recipients.filter((x) => !handled(before, x.key));
      const batch = pending.slice(0, Math.max(0, MailApp.getRemainingDailyQuota()));
      const r = sendCampaignBatch(crm, c.id, c.name, batch);
      const led = readLedger(c.id);
      const inHand = led.journal.sending.length + led.journal.sent.length;
      const g = progressOf(p, led);
      const finished = g.waiting === 0 && inHand === 0 && r.errors.length === 0;
      writeProgress(crm, table2, c, p, led, finished ? "Done" : void 0);
      out.sent += r.sent;
      out.waiting += g.waiting;
      out.uncertain += g.uncertain;
      out.errors.push(...r.errors);
      if (finished)
        appendRunLogNow(
          crm.ss,
          crm.lang,
          crm.now,
          "runCampaigns",
          "ok",
          g.uncertain > 0 ? t(crm.lang, "campaign.doneUncertain", { name: userText(c.name), sent: g.sent, uncertain: g.uncertain }) : t(crm.lang, "campaign.done", { name: userText(c.name), sent: g.sent })
        );
    }
  } finally {
    if (open.size > 0 || out.campaigns > 0) forgetRows(TAB.leads, TAB.activities);
  }
  return out;
}
function nextOf(c, p) {
  const led = readLedger(c.id);
  const left = p.recipients.filter((r) => !handled(led, r.key));
  const next = left[0];
  return next ? {
    name: c.name,
    leadId: next.leadId,
    leadName: next.name,
    to: next.to,
    text: next.text,
    whatsapp: waLink(next.to, next.text),
    remaining: left.length
  } : { name: c.name, leadId: "", remaining: 0 };
}
function nextCampaignContact(arg) {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  if (c.state !== "Running")
    throw new CrmError({ key: "campaign.notRunning", params: { name: userText(c.name) } }, crm.lang);
  return nextOf(c, plan(crm, c));
}
function markCampaignContact(arg) {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  if (c.state !== "Running")
    throw new CrmError({ key: "campaign.notRunning", params: { name: userText(c.name) } }, crm.lang);
  const leadId = cleanText(arg?.leadId);
  const outcome = arg?.outcome === "skip" ? "skip" : "sent";
  const p = plan(crm, c);
  const rec = p.recipients.find((r) => r.leadId === leadId);
  if (!rec) throw new CrmError({ key: "error.unknownLead", params: { leadId: userText(leadId || "?") } }, crm.lang);
  const claim = claimMail(crm, sentScope(c.id), rec.key, false);
  if (claim === "claimed" && outcome === "sent") {
    withDocumentLock(
      crm.lang,
      () => Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append([
        {
          Timestamp: crm.now,
          "Lead ID": leadId,
          Type: "WhatsApp",
          Summary: `${c.name}: ${rec.text.slice(0, 200)}`,
          By: currentUser(),
          "Next Follow-up": ""
        }
      ])
    );
  }
  return nextOf(c, p);
}

// src/gas/summary-sheet.ts
var VERDICT_MESSAGE = {
  below: "summary.verdict.below",
  within: "summary.verdict.within",
  above: "summary.verdict.above",
  "too few": "summary.verdict.tooFew",
  "no benchmark": "summary.verdict.noBenchmark"
};
var WIDTH = 14;
var COLUMN_WIDTHS = { first: 250, rest: 120 };
var CHART = { width: 580, height: 360, rows: 19 };
var Layout = class {
  constructor() {
    __publicField(this, "rows", []);
    __publicField(this, "formats", []);
    __publicField(this, "bold", []);
    __publicField(this, "wrap", []);
    /** Cells holding a formula: [row, column, formula], 1-based. */
    __publicField(this, "formulas", []);
    /** A table's header row and its size; `chartRows` rows (header included) go into its chart. */
    __publicField(this, "tables", {});
    /** Where the charts go: the first row of each strip. */
    __publicField(this, "chartStrips", []);
  }
  add(cells2, formats = [], bold = false, wrap = false) {
    const line = [...cells2];
    while (line.length < WIDTH) line.push("");
    this.rows.push(line);
    this.formats.push(line.map((_, i) => formats[i] ?? (typeof line[i] === "string" ? "@" : "General")));
    this.bold.push(bold);
    this.wrap.push(wrap);
  }
  table(name, title, header, body, formats, chartBody = body.length) {
    this.add([title], [], true);
    this.add(header, [], true, true);
    this.tables[name] = { row: this.rows.length, rows: body.length + 1, chartRows: chartBody + 1 };
    for (const r of body) this.add(r, formats);
    this.add([]);
  }
};
var MONEY = '"Rp "#,##0';
var PERCENT = "0.0%";
var INT = "#,##0";
var literal2 = (s) => `"${s.replace(/"/g, '""')}"`;
function layout(lang, s, crm, owners) {
  const L = new Layout();
  const m = (k2) => t(lang, k2);
  const currency = crm.settings.currency;
  const money2 = currency === "IDR" ? MONEY : "#,##0.00";
  const count = (n) => formatCount(n, lang);
  const cash = (n) => formatMoney(n, currency);
  const pct2 = (x) => {
    const text5 = `${(x * 100).toFixed(1)}%`;
    return lang === "id" ? text5.replace(".", ",") : text5;
  };
  const lower = (x) => x.charAt(0).toLowerCase() + x.slice(1);
  const pair = (...parts2) => parts2.map(([label3, v]) => `· ${lower(label3)} ${v}`).join(" ");
  const blank = (v, key) => v === "—" || v.trim() === "" ? m(key) : v;
  const noData = (v) => v === null ? "–" : v;
  const generated = localDateTime(new Date(s.generatedAt), crm.offset);
  L.add([m("summary.title")], [], true);
  L.add([t(lang, "summary.generated", { time: formatDateTime(generated, lang) })]);
  const day2 = toYmd(crm.now, crm.offset);
  const [y, mo, d] = day2.split("-").map(Number);
  const stale = t(lang, "summarySheet.stale", {
    date: formatDay(day2, lang, "long"),
    menu: m("menu.title"),
    item: m("menu.summary")
  });
  L.formulas.push([L.rows.length + 1, 1, `=IF(TODAY()>DATE(${y},${mo},${d}),${literal2(stale)},"")`]);
  L.add([""], ["General"], true);
  L.add([]);
  L.add([m("summary.glance")], [], true);
  const kpi = (label3, value, format, paired = "") => L.add([label3, value, paired], ["@", format, "@"]);
  kpi(
    m("summary.kpi.newThisWeek"),
    s.thisWeek.newLeads,
    INT,
    pair([m("summary.kpi.lastWeek"), count(s.thisWeek.lastWeekNewLeads)])
  );
  kpi(
    m("summary.kpi.openPipeline"),
    s.thisWeek.openValue,
    money2,
    pair([m("summary.kpi.weighted"), cash(s.weightedForecast)])
  );
  kpi(
    m("summary.kpi.winRate"),
    // No deal closed yet: a dash, as the scorecard shows, not a 0% that reads as every deal lost.
    noData(s.totals.won + s.totals.pastClients + s.totals.lost === 0 ? null : s.winRate),
    PERCENT,
    // No deal won with a value: no average either (a dash, as the win rate beside it).
    pair([
      m("summary.kpi.averageDealValue"),
      s.totals.won + s.totals.pastClients === 0 ? "–" : cash(s.averageDealValue)
    ])
  );
  const timed = s.firstContactSla.withinSla + s.firstContactSla.breached;
  kpi(m("summary.kpi.slaRate"), noData(timed === 0 ? null : s.firstContactSla.rate), PERCENT);
  kpi(
    m("summary.kpi.leads"),
    s.totals.leads,
    INT,
    pair(
      [m("summary.kpi.open"), count(s.totals.open)],
      [m("summary.kpi.won"), count(s.totals.won + s.totals.pastClients)],
      [m("summary.kpi.lost"), count(s.totals.lost)]
    )
  );
  kpi(
    m("summary.kpi.clients"),
    s.clients.total,
    INT,
    pair([m("summary.kpi.clientsOpen"), count(s.clients.withOpenDeal)])
  );
  kpi(
    m("summary.kpi.repeatClients"),
    s.clients.repeat,
    INT,
    pair([m("summary.kpi.repeatRate"), pct2(s.clients.repeatRate)])
  );
  kpi(m("summary.kpi.lifetimeValue"), s.clients.lifetimeValue, money2);
  L.add([]);
  for (const _ of [0, 1]) {
    L.chartStrips.push(L.rows.length + 1);
    for (let i = 0; i < CHART.rows; i++) L.add([]);
  }
  L.table(
    "leadsPerWeek",
    m("summary.leadsPerWeek"),
    [m("summary.col.week"), m("summary.col.count")],
    s.leadsPerWeek.map((w) => [formatDay(w.weekStart, lang, "medium"), w.count]),
    ["@", INT]
  );
  const open = s.byStatus.filter((b) => !CLOSED_STATUSES.has(b.status));
  const closed = s.byStatus.filter((b) => CLOSED_STATUSES.has(b.status));
  L.table(
    "byStatus",
    m("summary.byStatus"),
    [m("summary.col.status"), m("summary.col.value"), m("summary.col.count")],
    [...open, ...closed].map((b) => [label(lang, "status", b.status), b.value, b.count]),
    ["@", money2, INT],
    open.length
  );
  L.table(
    "bySource",
    m("summary.bySource"),
    [
      m("summary.col.source"),
      m("summary.col.conversion"),
      m("summarySheet.expectedFrom"),
      m("summarySheet.expectedTo"),
      m("summary.col.count"),
      m("summary.col.won"),
      m("summary.col.verdict")
    ],
    s.bySource.map((b) => [
      b.source === "—" ? m("summarySheet.noSource") : label(lang, "source", b.source),
      b.conversionRate,
      b.expected ? b.expected.min : "",
      b.expected ? b.expected.max : "",
      b.leads,
      b.won,
      m(VERDICT_MESSAGE[b.verdict])
    ]),
    ["@", PERCENT, PERCENT, PERCENT, INT, INT, "@"]
  );
  L.table(
    "lostReasons",
    m("summary.lostReasons"),
    [m("summary.col.reason"), m("summary.col.count")],
    s.lostReasons.map((r) => [
      r.reason === "—" || r.reason.trim() === "" ? m("summarySheet.noReason") : label(lang, "lostReason", r.reason),
      r.count
    ]),
    ["@", INT]
  );
  const target = (x) => x.target === null ? count(x.actual) : `${count(x.actual)} / ${count(x.target)}`;
  L.table(
    "scorecard",
    m("summary.scorecard"),
    [
      m("summary.col.owner"),
      m("summary.col.name"),
      m("summary.col.newPerWeek"),
      m("summary.col.slaRate"),
      m("summary.col.hours"),
      m("summary.col.overMax"),
      m("summary.col.winRate"),
      m("summary.col.avgDeal"),
      m("summary.col.openValue"),
      m("summary.col.weighted"),
      m("summary.col.repeat"),
      m("summary.col.retention"),
      m("summary.col.actsPerWeek"),
      `${m("summary.col.targetNew")} · ${m("summary.col.targetWon")}`
    ],
    s.scorecard.map((c) => [
      blank(c.owner, "summarySheet.noOwner"),
      c.name,
      c.newLeadsPerWeek,
      noData(c.firstContactWithinSlaRate),
      noData(c.medianHoursToFirstContact),
      c.leadsOverMaxFollowUps,
      noData(c.winRate),
      noData(c.averageDealValue),
      c.openValue,
      c.weightedValue,
      c.repeatClients,
      noData(c.retentionRate),
      c.activitiesPerWeek,
      `${target(c.targets.newLeads)} · ${target(c.targets.won)}`
    ]),
    ["@", "@", "0.0", PERCENT, "0.0", INT, PERCENT, money2, money2, money2, INT, PERCENT, "0.0", "@"]
  );
  L.table(
    "funnel",
    m("summary.funnel"),
    [m("summary.col.status"), m("summary.col.reached")],
    s.funnel.map((f) => [label(lang, "status", f.status), f.reached]),
    ["@", INT]
  );
  L.table(
    "firstContactDays",
    m("summary.firstContactDays"),
    [m("summary.col.owner"), m("summary.col.days"), m("summary.col.count")],
    // Each owner by the Team's name, as the scorecard above names them.
    s.firstContactDays.map((f) => [
      blank(s.scorecard.find((c) => c.owner === f.owner)?.name || f.owner, "summarySheet.noOwner"),
      f.medianDays,
      f.leads
    ]),
    ["@", "0.0", INT]
  );
  L.add([m("summary.capacity")], [], true);
  L.add([
    t(lang, "summary.capacity.used", {
      used: formatCount(s.capacity.cells, lang),
      percent: pct2(s.capacity.share)
    })
  ]);
  const month = (ym) => formatDay(`${ym}-01`, lang, "long").replace(/^1 /, "");
  L.add([
    s.capacity.fullBy ? t(lang, "summary.capacity.when", { month: month(s.capacity.fullBy) }) : m("summary.capacity.never")
  ]);
  for (const a of s.capacity.archived)
    L.add([
      t(lang, a.by ? "summary.capacity.archivedBy" : "summary.capacity.archived", {
        count: formatCount(a.count, lang),
        year: a.beforeYear,
        url: a.url,
        by: userText(a.by)
      })
    ]);
  L.add([]);
  const k = s.skipped;
  L.add([m("summary.notCounted")], [], true);
  for (const line of ownerLines(crm, ownerNamesFor(crm, owners).owners)) L.add([line]);
  L.add([
    k.unknownStatus + k.badNumber + k.noCreatedAt > 0 ? t(lang, "summary.notCounted.text", k) : m("summary.notCounted.none")
  ]);
  if (k.noContactDate > 0) L.add([t(lang, "summary.notCounted.noContactDate", k)]);
  return L;
}

// src/gas/summary-tab.ts
var SUMMARY_SHAPE_PROPERTY = "lembar.summary.shape";
var AXES = {
  count: { format: "0", minValue: 0 },
  percent: { format: "0%", minValue: 0 },
  idr: { format: '"Rp "#,##0,," jt"', minValue: 0 }
};
var axis = (name, lang) => name === "idr" && lang === "en" ? { ...AXES.idr, format: '"Rp "#,##0,,"M"' } : AXES[name];
var CHARTS = [
  { table: "leadsPerWeek", type: "COLUMN", title: "summary.leadsPerWeek", strip: 0, side: 0, axis: "count" },
  { table: "byStatus", type: "BAR", title: "summarySheet.openStages", strip: 0, side: 1, axis: "idr" },
  // Conversion as bars, the expected band as two dashed lines over them.
  {
    table: "bySource",
    type: "COMBO",
    title: "summarySheet.conversionBand",
    strip: 1,
    side: 0,
    axis: "percent",
    cols: 4,
    options: {
      seriesType: "bars",
      series: { 1: { type: "line", lineDashStyle: [4, 4] }, 2: { type: "line", lineDashStyle: [4, 4] } }
    }
  },
  { table: "lostReasons", type: "BAR", title: "summary.lostReasons", strip: 1, side: 1, axis: "count" }
];
function shapeOf(lang, L) {
  const charts = CHARTS.map((c) => ({ ...c, title: t(lang, c.title) }));
  return digest3(
    JSON.stringify([
      L.rows.length,
      L.formats,
      L.bold,
      L.wrap,
      L.formulas.map(([r, c]) => [r, c]),
      L.tables,
      L.chartStrips,
      charts,
      CHARTS.map((c) => axis(c.axis, lang)),
      WIDTH,
      COLUMN_WIDTHS,
      CHART
    ])
  );
}
function digest3(s) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
function cells(L) {
  const rows = L.rows.map((r) => [...r]);
  for (const [row, column, formula] of L.formulas) rows[row - 1][column - 1] = formula;
  return rows;
}
function writeSummaryTab(crm, L, figuresOnly) {
  const props = documentProperties();
  const shape = shapeOf(crm.lang, L);
  const sheet = sheetNamed(crm.ss, TAB.summary);
  const same2 = props.getProperty(SUMMARY_SHAPE_PROPERTY) === shape;
  if (figuresOnly && sheet && same2 && intact(sheet, L)) {
    sheet.getRange(1, 1, L.rows.length, WIDTH).setValues(cells(L));
    return;
  }
  build(crm, sheet ?? crm.ss.insertSheet(TAB.summary), L);
  if (!same2) props.setProperty(SUMMARY_SHAPE_PROPERTY, shape);
}
function intact(sheet, L) {
  let last = L.rows.length;
  while (last > 0 && L.rows[last - 1].every((v) => v === "") && !L.formulas.some(([r]) => r === last)) last--;
  return sheet.getLastRow() === last && sheet.getCharts().length === CHARTS.length;
}
function build(crm, sheet, L) {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const max = sheet.getMaxRows();
  if (L.rows.length > max) {
    sheet.insertRowsAfter(max, L.rows.length - max);
    forgetTabs();
  }
  const range = sheet.getRange(1, 1, L.rows.length, WIDTH);
  range.setNumberFormats(L.formats);
  range.setValues(cells(L));
  range.setFontWeights(L.bold.map((b) => new Array(WIDTH).fill(b ? "bold" : "normal")));
  range.setWraps(L.wrap.map((w) => new Array(WIDTH).fill(w)));
  sheet.setColumnWidth(1, COLUMN_WIDTHS.first);
  sheet.setColumnWidths(2, WIDTH - 1, COLUMN_WIDTHS.rest);
  for (const c of CHARTS) {
    const tb = L.tables[c.table];
    const cols = c.cols ?? 2;
    const type = Charts.ChartType[c.type];
    let builder = sheet.newChart().setChartType(type).addRange(sheet.getRange(tb.row, 1, tb.chartRows, cols)).setNumHeaders(1).setOption("title", t(crm.lang, c.title)).setOption("legend", { position: cols > 2 ? "bottom" : "none" }).setOption("width", CHART.width).setOption("height", CHART.height).setOption(c.type === "BAR" ? "hAxis" : "vAxis", axis(c.axis, crm.lang));
    for (const [k, v] of Object.entries(c.options ?? {})) builder = builder.setOption(k, v);
    const column = c.side === 0 ? 1 : 2 + Math.ceil((CHART.width + 20 - COLUMN_WIDTHS.first) / COLUMN_WIDTHS.rest);
    sheet.insertChart(builder.setPosition(L.chartStrips[c.strip], column, 0, 0).build());
  }
}

// src/core/zone.ts
var MINUTE = 6e4;
var STEP = 14 * 864e5;
var ZoneClock = class _ZoneClock {
  /** `probe(t)`: minutes east of UTC at the instant `t` (ms). */
  constructor(probe) {
    __publicField(this, "probe", probe);
    __publicField(this, "grid", /* @__PURE__ */ new Map());
    __publicField(this, "changes", /* @__PURE__ */ new Map());
    __publicField(this, "newYears", /* @__PURE__ */ new Map());
  }
  /** A zone with one offset for ever (tests; a fixed offset). */
  static fixed(offsetMinutes) {
    return new _ZoneClock(() => offsetMinutes);
  }
  /**
   * Minutes east of UTC at the instant `t` (ms). The probes are the two ends of `t`'s two-week
   * step, shared by every date in it, and the minute the offset changes when it does (a
   * bisection, about 15 probes): the calls grow with the weeks the dates span, never with rows.
   */
  offsetAt(t2) {
    const k = Math.floor(t2 / STEP);
    const a = this.at(k);
    const b = this.at(k + 1);
    if (a === b) return a;
    let change = this.changes.get(k);
    if (change === void 0) {
      let lo = k * STEP / MINUTE;
      let hi = (k + 1) * STEP / MINUTE;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.probe(mid * MINUTE) === a) lo = mid;
        else hi = mid;
      }
      change = hi * MINUTE;
      this.changes.set(k, change);
    }
    return t2 < change ? a : b;
  }
  /** The wall clock at an instant, as milliseconds read as if UTC. */
  wallOf(t2) {
    return t2 + this.offsetAt(t2) * MINUTE;
  }
  /**
   * The instant at which the zone's wall clock reads `wall` (milliseconds read as if UTC): the
   * offset at `wall`, then the offset at the instant that gives. A wall time that occurs twice
   * (the hour the clocks go back) gets one of its two instants, as a spreadsheet cell does.
   */
  instantOf(wall) {
    const first = wall - this.offsetAt(wall) * MINUTE;
    return wall - this.offsetAt(first) * MINUTE;
  }
  /** The local calendar year of an instant (the zone's own new year). */
  yearOf(t2) {
    const y = new Date(t2).getUTCFullYear();
    if (t2 < this.newYear(y)) return y - 1;
    if (t2 >= this.newYear(y + 1)) return y + 1;
    return y;
  }
  /** The instant of local midnight on 1 January of `year`. */
  newYear(year) {
    let at = this.newYears.get(year);
    if (at === void 0) {
      at = this.instantOf(Date.UTC(year, 0, 1));
      this.newYears.set(year, at);
    }
    return at;
  }
  at(k) {
    let off = this.grid.get(k);
    if (off === void 0) {
      off = this.probe(k * STEP);
      this.grid.set(k, off);
    }
    return off;
  }
};

// src/core/archive.ts
var DAY2 = 864e5;
var EPOCH_DAYS = 25569;
var clockOf = (z) => typeof z === "number" ? ZoneClock.fixed(z) : z;
function fromSerial(serial, zone) {
  return new Date(clockOf(zone).instantOf(Math.round((serial - EPOCH_DAYS) * DAY2)));
}
function yearOf(v, zone) {
  if (isDate(v)) return clockOf(zone).yearOf(v.getTime());
  const day2 = typeof v === "string" ? parseYmd(v, 0) : null;
  if (day2) return day2.getUTCFullYear();
  const d = cellDate(v, 0);
  return d ? clockOf(zone).yearOf(d.getTime()) : null;
}
function activityYears(timestamps, zone) {
  const clock = clockOf(zone);
  const by = /* @__PURE__ */ new Map();
  for (const v of timestamps) {
    const y = yearOf(v, clock);
    if (y !== null) by.set(y, (by.get(y) ?? 0) + 1);
  }
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}
function rowsBefore(timestamps, beforeYear, zone) {
  const clock = clockOf(zone);
  const out = [];
  timestamps.forEach((v, i) => {
    const y = yearOf(v, clock);
    if (y !== null && y < beforeYear) out.push(i);
  });
  return out;
}
function checkYear(input, maxYear2) {
  const s = typeof input === "string" || typeof input === "number" ? String(input).trim() : "";
  if (!/^\d{4}$/.test(s)) return { error: { key: "archive.badYear", params: { value: userText(s) } } };
  const year = Number(s);
  if (year < 1900 || year > maxYear2) return { error: { key: "archive.yearRange", params: { max: maxYear2 } } };
  return { year };
}
var DATE_PATTERN = "yyyy-mm-dd";
var DATE_TIME_PATTERN = "yyyy-mm-dd hh:mm:ss";
function toCellData(v, zone) {
  if (v === null || v === void 0 || v === "") return {};
  if (isDate(v)) {
    const local = clockOf(zone).wallOf(v.getTime());
    const midnight = (local % DAY2 + DAY2) % DAY2 === 0;
    return {
      userEnteredValue: { numberValue: local / DAY2 + EPOCH_DAYS },
      userEnteredFormat: {
        numberFormat: midnight ? { type: "DATE", pattern: DATE_PATTERN } : { type: "DATE_TIME", pattern: DATE_TIME_PATTERN }
      }
    };
  }
  if (typeof v === "number") return { userEnteredValue: { numberValue: v } };
  if (typeof v === "boolean") return { userEnteredValue: { boolValue: v } };
  return { userEnteredValue: { stringValue: String(v) } };
}
function fromReads(serialRows, formattedRows, count, width, zone) {
  const clock = clockOf(zone);
  const isDateCell = (r, c) => typeof serialRows[r]?.[c] === "number" && typeof formattedRows[r]?.[c] === "string";
  const out = [];
  for (let r = 0; r < count; r++) {
    const a = serialRows[r] ?? [];
    const row = new Array(width).fill("");
    for (let c = 0; c < width; c++) {
      const v = a[c];
      if (v === void 0 || v === null) continue;
      row[c] = isDateCell(r, c) ? fromSerial(v, clock) : v;
    }
    out.push(row);
  }
  return out;
}
function rowKey(row) {
  const parts2 = row.map((v) => {
    if (v === null || v === void 0 || v === "") return "";
    if (isDate(v)) return `d${v.getTime()}`;
    return `${typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s"}${String(v)}`;
  });
  while (parts2.length > 0 && parts2[parts2.length - 1] === "") parts2.pop();
  return JSON.stringify(parts2);
}
function matchRows(present, wanted) {
  const need = /* @__PURE__ */ new Map();
  wanted.forEach((row, i) => {
    const k = rowKey(row);
    const list2 = need.get(k);
    if (list2) list2.push(i);
    else need.set(k, [i]);
  });
  const found = [];
  const matched = /* @__PURE__ */ new Set();
  present.forEach((row, i) => {
    const list2 = need.get(rowKey(row));
    if (list2 && list2.length > 0) {
      matched.add(list2.shift());
      found.push(i);
    }
  });
  const missing = wanted.map((_, i) => i).filter((i) => !matched.has(i));
  return { found, missing };
}
function rowsPerRequest(width) {
  return Math.max(1, Math.floor(5e4 / Math.max(1, width)));
}
var MAX_REQUEST_BYTES = 15e5;
var BLOCK_OVERHEAD = 256;
function jsonBytes(v) {
  const s = JSON.stringify(v) ?? "";
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) n += c > 2047 && (c < 55296 || c > 57343) ? 2 : 1;
  }
  return n;
}
function packRows(rows, max = MAX_REQUEST_BYTES, reserve = 0) {
  const batches = [];
  let batch = [];
  let bytes2 = reserve;
  let block = null;
  const close = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    bytes2 = 0;
    block = null;
  };
  const place = (row, col2, cells2, size, alone) => {
    const extra = size + (block && !alone ? 0 : BLOCK_OVERHEAD);
    if (batch.length > 0 && bytes2 + extra > max) close();
    if (!block || alone) {
      block = { row, col: col2, rows: [] };
      batch.push(block);
      bytes2 += BLOCK_OVERHEAD;
    }
    block.rows.push(cells2);
    bytes2 += size;
    if (alone) block = null;
  };
  rows.forEach((cells2, i) => {
    const size = jsonBytes({ values: cells2 }) + 1;
    if (size + BLOCK_OVERHEAD <= max) {
      place(i, 0, cells2, size, false);
      return;
    }
    block = null;
    let start = 0;
    while (start < cells2.length) {
      let end = start;
      let run = 16;
      while (end < cells2.length) {
        const cell = jsonBytes(cells2[end]) + 1;
        if (end > start && run + cell + BLOCK_OVERHEAD > max) break;
        run += cell;
        end++;
      }
      place(i, start, cells2.slice(start, end), run, true);
      start = end;
    }
  });
  close();
  return batches;
}
function fingerprint2(rows) {
  let h = 2166136261;
  const step = Math.max(1, Math.ceil(rows.length / 64));
  const picked = rows.filter((_, i) => i % step === 0 || i === rows.length - 1);
  for (const row of picked) {
    const k = `${rowKey(row)}
`;
    for (let i = 0; i < k.length; i++) {
      h ^= k.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
  }
  return `${rows.length}:${h.toString(16).padStart(8, "0")}`;
}
var isBlankRow = (row) => row.every((v) => v === "" || v === null || v === void 0);
function isOwnArchive(rec, user) {
  return rec.by === "" || user === "" || rec.by.trim().toLowerCase() === user.trim().toLowerCase();
}

// src/gas/archive.ts
var LAST = "lembar.archive.last";
var RECORD = "lembar.archive.";
var ID_PREFIX = "AR-";
var TAB_NAME = TAB.activities;
var RECENT_DAYS = 84;
function api(crm) {
  const s = typeof Sheets === "undefined" ? void 0 : Sheets?.Spreadsheets;
  if (!s?.Values) throw new CrmError({ key: "archive.noService" }, crm.lang);
  return s;
}
function showArchiveDialog() {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile("Archive").setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, "archive.title"));
}
function getArchiveContext() {
  const crm = openCrm();
  const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang);
  const me = currentUser();
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    maxYear: maxYear(crm),
    years: activityYears(acts.column("Timestamp"), zoneOf(crm)),
    cellsPerRow: acts.sheet.getMaxColumns(),
    archives: readRecords().map((r) => ({
      ...r,
      mine: isOwnArchive(r, me),
      day: Number.isNaN(Date.parse(r.at)) ? "" : toYmd(new Date(r.at), crm.offset)
    }))
  };
}
function zoneOf(crm) {
  return new ZoneClock((ms) => offsetFromZ(Utilities.formatDate(new Date(ms), crm.timeZone, "Z")));
}
var cannotOpen = (err2) => err2 instanceof CrmError && err2.msg.key === "archive.cannotOpen";
function byOf(crm, rec) {
  return rec.by ? userText(rec.by) : t(crm.lang, "archive.someone");
}
function onFile(crm, rec, fn) {
  try {
    return fn();
  } catch (err2) {
    const text5 = String(err2?.message ?? err2);
    if (err2 instanceof CrmError || !/not found|permission|forbidden/i.test(text5)) throw err2;
    throw new CrmError({ key: "archive.cannotOpen", params: { id: userText(rec.id), by: byOf(crm, rec) } }, crm.lang);
  }
}
function archiveActivities(input) {
  const crm = openCrm();
  const checked = checkYear(input?.beforeYear, maxYear(crm));
  if ("error" in checked) return { ok: false, errors: { beforeYear: message(crm.lang, checked.error) } };
  const year = checked.year;
  return withDocumentLock(crm.lang, () => {
    const props = documentProperties();
    const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang).withUserColumns();
    const me = currentUser();
    const zone = zoneOf(crm);
    settleRestores(crm, acts, me);
    let rows = acts.allRows();
    for (const rec2 of readRecords()) {
      if (rec2.state !== "removing") continue;
      const wait = (m) => ({ ok: false, errors: { beforeYear: message(crm.lang, m) } });
      if (!isOwnArchive(rec2, me)) return wait({ key: "archive.waitOwner", params: { id: rec2.id, by: byOf(crm, rec2) } });
      try {
        finishRemoval(crm, rec2, acts, rows, zone);
      } catch (err2) {
        if (!cannotOpen(err2)) throw err2;
        return wait({ key: "archive.blocked", params: { id: rec2.id } });
      }
      rows = acts.allRows();
    }
    const at = acts.indexOf("Timestamp");
    const picked = rowsBefore(
      rows.map((r) => r[at]),
      year,
      zone
    );
    if (picked.length === 0)
      return { ok: false, errors: { beforeYear: t(crm.lang, "archive.nothing", { year }) } };
    const moving = picked.map((i) => rows[i]);
    const width = acts.headers.width;
    const number = (Number(props.getProperty(LAST)) || 0) + 1;
    const id = `${ID_PREFIX}${String(number).padStart(4, "0")}`;
    const rec = {
      id,
      beforeYear: year,
      count: moving.length,
      width,
      state: "copying",
      spreadsheetId: "",
      url: "",
      at: crm.now.toISOString(),
      by: me
    };
    const save = () => saveRecord(rec);
    props.setProperty(LAST, String(number));
    save();
    const sheets = api(crm);
    const created = sheets.create({
      // No locale: the API refuses some locale codes Apps Script reports (dates carry their own pattern).
      properties: { title: t(crm.lang, "archive.fileTitle", { name: crm.ss.getName(), year }), timeZone: crm.timeZone },
      sheets: [
        {
          properties: {
            title: TAB_NAME,
            gridProperties: { rowCount: moving.length + 1, columnCount: width, frozenRowCount: 1 }
          }
        }
      ]
    });
    rec.spreadsheetId = String(created.spreadsheetId);
    rec.url = String(created.spreadsheetUrl);
    save();
    const sheetId = Number(created.sheets?.[0]?.properties?.sheetId ?? 0);
    writeCopy(sheets, rec.spreadsheetId, sheetId, acts.headers.headers.slice(0, width), moving, zone);
    const back = readCopy(sheets, rec, zone);
    if (back.length !== moving.length || back.some((r, i) => rowKey(r) !== rowKey(moving[i]))) {
      rec.state = "failed";
      save();
      throw new CrmError({ key: "archive.verifyFailed", params: { url: rec.url } }, crm.lang);
    }
    rec.state = "removing";
    save();
    const gridBefore = acts.sheet.getMaxRows();
    acts.deleteDataRows(picked);
    const cellsFreed = (gridBefore - acts.sheet.getMaxRows()) * acts.sheet.getMaxColumns();
    rec.state = "done";
    save();
    return {
      ok: true,
      archiveId: id,
      count: moving.length,
      url: rec.url,
      cellsFreed,
      message: t(crm.lang, "archive.done", { count: moving.length, year })
    };
  });
}
function undoArchive(input) {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    const id = cleanText(input?.archiveId);
    const me = currentUser();
    const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang).withUserColumns();
    settleRestores(crm, acts, me);
    const rec = readRecords().find((r) => r.id === id);
    if (!rec) throw new CrmError({ key: "archive.unknown", params: { id: userText(id || "?") } }, crm.lang);
    if (rec.state !== "done" && rec.state !== "removing")
      throw new CrmError({ key: "archive.cannotUndo", params: { id: userText(id) } }, crm.lang);
    if (!isOwnArchive(rec, me))
      throw new CrmError({ key: "archive.onlyOwner", params: { id: rec.id, by: byOf(crm, rec) } }, crm.lang);
    const sheets = api(crm);
    const back = onFile(crm, rec, () => readCopy(sheets, rec, zoneOf(crm)));
    if (acts.headers.width < rec.width)
      throw new CrmError({ key: "archive.narrower", params: { id: userText(id) } }, crm.lang);
    const { missing } = matchRows(acts.allRows(), back);
    const restore = missing.map((i) => back[i]);
    if (restore.length > 0) {
      rec.restoring = { rows: restore.length, key: fingerprint2(restore), from: rec.state };
      rec.state = "restoring";
      saveRecord(rec);
      acts.insertAtTop(restore);
    }
    rec.state = "undone";
    delete rec.restoring;
    saveRecord(rec);
    renameRestored(crm, rec);
    return {
      ok: true,
      restored: restore.length,
      message: t(crm.lang, "archive.undone", { count: restore.length })
    };
  });
}
function renameRestored(crm, rec) {
  onFile(
    crm,
    rec,
    () => api(crm).batchUpdate(
      {
        requests: [
          {
            updateSpreadsheetProperties: {
              properties: {
                title: t(crm.lang, "archive.restoredTitle", { year: rec.beforeYear, name: crm.ss.getName() })
              },
              fields: "title"
            }
          }
        ]
      },
      rec.spreadsheetId
    )
  );
}
function settleRestores(crm, acts, me) {
  for (const rec of readRecords()) {
    if (rec.state !== "restoring") continue;
    const r = rec.restoring ?? { rows: 0, key: "", from: "done" };
    const n = r.rows <= acts.rowCount ? r.rows : 0;
    const top = n > 0 ? acts.sheet.getSheetValues(2, 1, n, acts.headers.width) : [];
    let done2 = false;
    if (n > 0 && top.every(isBlankRow)) acts.deleteDataRows(top.map((_, i) => i));
    else done2 = n > 0 && fingerprint2(top) === r.key;
    rec.state = done2 ? "undone" : r.from;
    delete rec.restoring;
    saveRecord(rec);
    if (done2 && isOwnArchive(rec, me)) {
      try {
        renameRestored(crm, rec);
      } catch (err2) {
        if (!cannotOpen(err2)) throw err2;
      }
    }
  }
}
function readRecords() {
  const all2 = documentProperties().getProperties();
  return Object.keys(all2).filter((k) => k.startsWith(RECORD + ID_PREFIX)).map((k) => JSON.parse(all2[k])).sort((a, b) => a.id < b.id ? 1 : -1);
}
function saveRecord(rec) {
  documentProperties().setProperty(RECORD + rec.id, JSON.stringify(rec));
}
function maxYear(crm) {
  return new Date(crm.now.getTime() - RECENT_DAYS * 864e5 + crm.offset * 6e4).getUTCFullYear();
}
function a1Column(n) {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + (x - 1) % 26) + s;
  return s;
}
function writeCopy(sheets, spreadsheetId, sheetId, headers, rows, zone) {
  const header = {
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: 0 },
      rows: [
        {
          values: headers.map((h) => ({
            userEnteredValue: { stringValue: String(h) },
            userEnteredFormat: { textFormat: { bold: true } }
          }))
        }
      ],
      fields: "userEnteredValue,userEnteredFormat.textFormat.bold"
    }
  };
  const cells2 = rows.map((r) => r.map((v) => toCellData(v, zone)));
  const batches = packRows(cells2, void 0, jsonBytes(header));
  if (batches.length === 0) batches.push([]);
  batches.forEach((blocks, i) => {
    const requests = blocks.map((b) => ({
      updateCells: {
        start: { sheetId, rowIndex: b.row + 1, columnIndex: b.col },
        rows: b.rows.map((values2) => ({ values: values2 })),
        fields: "userEnteredValue,userEnteredFormat.numberFormat"
      }
    }));
    if (i === 0) requests.unshift(header);
    sheets.batchUpdate({ requests }, spreadsheetId);
  });
}
function readCopy(sheets, rec, zone) {
  const per = rowsPerRequest(rec.width);
  const out = [];
  for (let start = 0; start < rec.count; start += per) {
    const n = Math.min(per, rec.count - start);
    const range = `'${TAB_NAME}'!A${start + 2}:${a1Column(rec.width)}${start + 1 + n}`;
    const serial = sheets.Values.get(rec.spreadsheetId, range, {
      valueRenderOption: "UNFORMATTED_VALUE",
      dateTimeRenderOption: "SERIAL_NUMBER"
    }).values ?? [];
    const formatted = sheets.Values.get(rec.spreadsheetId, range, {
      valueRenderOption: "UNFORMATTED_VALUE",
      dateTimeRenderOption: "FORMATTED_STRING"
    }).values ?? [];
    out.push(...fromReads(serial, formatted, n, rec.width, zone));
  }
  return out;
}
function finishRemoval(crm, rec, acts, rows, zone) {
  const back = onFile(crm, rec, () => readCopy(api(crm), rec, zone));
  const { found } = matchRows(rows, back);
  acts.deleteDataRows(found);
  rec.state = "done";
  saveRecord(rec);
}

// src/gas/summary.ts
function summarize(crm) {
  const { table: leads, records: leadRecords } = rowsOf2(crm, TAB.leads, LEAD_COLUMNS);
  const { table: acts, records: actRecords } = rowsOf2(crm, TAB.activities, ACTIVITY_COLUMNS);
  const summary2 = computeSummary(leadRecords, actRecords, crm.settings, crm.now, crm.offset);
  const scorecard = scorecards(leadRecords, actRecords, crm.settings, readTeam(crm), crm.now, crm.offset);
  const cells2 = gridCells(crm);
  const since = addDays(crm.now, -84);
  const recent = (rows, h) => rows.filter((r) => (cellDate(r[h], crm.offset)?.getTime() ?? 0) >= since.getTime()).length;
  const capacity = capacityOf(
    cells2,
    recent(leadRecords, "Created At"),
    leads.headers.width,
    recent(actRecords, "Timestamp"),
    acts.headers.width,
    crm.now,
    crm.offset
  );
  const archived = readRecords().filter((r) => r.state === "done").map((r) => ({ beforeYear: r.beforeYear, count: r.count, url: r.url, by: r.by }));
  return {
    summary: { ...summary2, scorecard, capacity: { ...capacity, archived } },
    owners: leadRecords.map((r) => r["Owner"])
  };
}
var GRID_FIELDS = "sheets.properties.gridProperties(rowCount,columnCount)";
function gridCells(crm) {
  const api2 = typeof Sheets === "undefined" ? void 0 : Sheets?.Spreadsheets;
  if (api2 && typeof api2.get === "function") {
    try {
      const sheets = api2.get(crm.ss.getId(), { fields: GRID_FIELDS }).sheets ?? [];
      return sheets.reduce((n, s) => {
        const g = s.properties?.gridProperties;
        return n + (g?.rowCount ?? 0) * (g?.columnCount ?? 0);
      }, 0);
    } catch (e) {
      console.error(`Sheets API: ${String(e)}; the tabs are counted one by one`);
    }
  }
  return crm.ss.getSheets().reduce((n, sh) => n + sh.getMaxRows() * sh.getMaxColumns(), 0);
}
function getCrmSummary() {
  return summarize(openCrm()).summary;
}
function refreshSummary() {
  return refresh(false);
}
function refreshSummaryJob() {
  return refresh(true);
}
function refresh(figuresOnly) {
  const crm = openCrm();
  const { summary: summary2, owners } = summarize(crm);
  const L = layout(crm.lang, summary2, crm, owners);
  withDocumentLock(crm.lang, () => writeSummaryTab(crm, L, figuresOnly));
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    "refreshSummary",
    "ok",
    `${t(crm.lang, "summary.kpi.leads")}: ${summary2.totals.leads}`
  );
  if (!inDailyRun()) crm.ss.toast(t(crm.lang, "summary.done"), t(crm.lang, "menu.title"), 5);
  return summary2;
}

// src/gas/automation.ts
var HANDLER = "runDailyJobs";
var FORM_HANDLER = "onLeadFormSubmit";
function info(crm, installed) {
  const next = nextAtHour(crm.now, crm.settings.reminderHour, crm.offset);
  return { installed, hour: crm.settings.reminderHour, timeZone: crm.timeZone, nextRun: next.toISOString() };
}
function installTriggers() {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    for (const trigger of ScriptApp.getUserTriggers(crm.ss)) {
      const handler = trigger.getHandlerFunction();
      if (handler === HANDLER || handler === FORM_HANDLER) ScriptApp.deleteTrigger(trigger);
    }
    ScriptApp.newTrigger(HANDLER).timeBased().atHour(crm.settings.reminderHour).everyDays(1).inTimezone(crm.timeZone).create();
    ScriptApp.newTrigger(FORM_HANDLER).forSpreadsheet(crm.ss).onFormSubmit().create();
    const result2 = info(crm, true);
    crm.ss.toast(`${nextRunText(crm, result2)} ${t(crm.lang, "triggers.leadForm")}`, t(crm.lang, "menu.title"), 10);
    return result2;
  });
}
function nextRunText(crm, i) {
  if (!i.installed) return t(crm.lang, "triggers.none");
  const next = new Date(i.nextRun);
  return t(crm.lang, "triggers.installed", {
    hour: String(i.hour).padStart(2, "0"),
    hourEnd: String((i.hour + 1) % 24).padStart(2, "0"),
    timeZone: i.timeZone,
    next: formatDateTime(localDateTime(next, crm.offset), crm.lang),
    // Only the time of the hour's end, written as the language writes it (18.00 or 18:00).
    nextEnd: formatDateTime(localDateTime(new Date(next.getTime() + 36e5), crm.offset), crm.lang).split(" ").pop() ?? ""
  });
}
function showNextRun() {
  const crm = openCrm();
  const installed = ScriptApp.getUserTriggers(crm.ss).some((tr) => tr.getHandlerFunction() === HANDLER);
  const result2 = info(crm, installed);
  SpreadsheetApp.getUi().alert(nextRunText(crm, result2));
  return result2;
}
var JOBS = [
  // Responses that arrived while no trigger ran become leads first, so the digests count them.
  { name: "runLeadIntake", run: runLeadIntake },
  { name: "runFollowUpReminders", run: runFollowUpReminders },
  { name: "runWeeklyReport", run: runWeeklyReport },
  // Campaigns use the quota the digests left.
  { name: "runCampaigns", run: runCampaigns },
  { name: "runDuplicateAudit", run: runDuplicateAudit },
  { name: "refreshSummary", run: refreshSummaryJob, oneLock: true }
];
var RUN_BUDGET_MS = 6 * 60 * 1e3;
var WORK_MARGIN_MS = 90 * 1e3;
function runDailyJobs() {
  const started = Date.now();
  const deadline = started + RUN_BUDGET_MS - WORK_MARGIN_MS;
  return asDailyRun(() => {
    holdRunLog();
    try {
      return runJobs(started, deadline);
    } finally {
      writeHeldLines(deadline);
    }
  });
}
function runJobs(started, deadline) {
  const out = [];
  const auth = authorizationNeed();
  if (auth.required) log("runDailyJobs", "error", (lang) => t(lang, "auth.runLog", { url: auth.url }));
  for (let i = 0; i < JOBS.length; i++) {
    const job = JOBS[i];
    const last = i === JOBS.length - 1;
    const run = () => {
      const r = job.run();
      if (last) flushQuietly();
      return r;
    };
    try {
      asJob(deadline, job.oneLock ? () => withDocumentLock(openCrm().lang, run) : run);
      out.push({ job: job.name, outcome: "ok" });
    } catch (e) {
      if (e instanceof CrmError && e.msg.key === "error.busy") {
        const left = JOBS.slice(i).map((j) => j.name);
        for (const name of left) out.push({ job: name, outcome: "skipped" });
        const minutes = Math.round((Date.now() - started) / 6e4);
        log("runDailyJobs", "skipped", (lang) => t(lang, "run.leftForNext", { minutes, jobs: left.join(", ") }));
        break;
      }
      const error = e instanceof Error ? e.message : String(e);
      out.push({ job: job.name, outcome: "error", error });
      log(job.name, "error", () => error);
    }
  }
  return out;
}
function writeHeldLines(deadline) {
  if (!runLogHeld()) {
    flushQuietly();
    return;
  }
  try {
    asJob(deadline, () => withDocumentLock(openCrm().lang, flushQuietly));
  } catch (_busy) {
    flushQuietly();
  }
}
function flushQuietly() {
  try {
    const crm = openCrm();
    flushRunLog(crm.ss, crm.lang);
  } catch (logError) {
    console.error(`the run log failed: ${String(logError)}`);
  }
}
function log(job, outcome, details) {
  try {
    const crm = openCrm();
    appendRunLog(crm.ss, crm.lang, crm.now, job, outcome, details(crm.lang));
  } catch (logError) {
    console.error(`${job}: ${details("en")}; and the run log failed: ${String(logError)}`);
  }
}

// src/gas/merge-dialog.ts
function showMergeDialog() {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile("Merge").setWidth(760).setHeight(620);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, "mergeDialog.title"));
}
var KEY_OF = new Map(LEAD_COLUMNS.map((c) => [c.header, c.key]));
function fieldLabel(lang, header) {
  const key = KEY_OF.get(header);
  const text5 = key ? CATALOG[lang][`field.${key}`] : void 0;
  return text5 ?? header;
}
function shown(crm, header, v) {
  if (isDate(v)) return formatDay(toYmd(v, crm.offset), crm.lang, "medium");
  const text5 = cellText2(v, crm.offset).trim();
  if (header === "Phone") return formatPhone(text5);
  const kind = LABELLED[header];
  return kind ? label(crm.lang, kind, text5) : text5;
}
function getMergePreview() {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    const journal = readJournal(crm);
    const { ticked } = readTickedGroups(crm, journal);
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
    const raw = ticked.length > 0 ? leads.allRows() : [];
    const byId = /* @__PURE__ */ new Map();
    for (const r of raw) {
      const rec = leads.toRecord(r);
      byId.set(cellText2(rec["Lead ID"], crm.offset).trim(), rec);
    }
    const row = (leadId, becomes, changes = []) => {
      const rec = byId.get(leadId) ?? {};
      return {
        leadId,
        name: cellText2(rec["Name"], crm.offset),
        company: cellText2(rec["Company"], crm.offset),
        status: shown(crm, "Status", rec["Status"]),
        becomes,
        changes
      };
    };
    const groups = decideGroups(crm, journal, leads, raw, ticked).map((d) => {
      const base = { group: d.name, primary: d.g.primary, skipped: "", clientId: "", kept: [] };
      if (d.kind === "skip")
        return {
          ...base,
          action: "skip",
          skipped: d.reason,
          rows: d.g.ids.map((id) => row(id, id === d.g.primary ? "primary" : "archived"))
        };
      if (d.kind === "link") {
        const recs = d.g.ids.map((id) => byId.get(id) ?? {});
        const plan2 = linkChanges(recs, d.g.ids.indexOf(d.g.primary), (v) => cellText2(v, crm.offset), crm.offset);
        return {
          ...base,
          action: "link",
          clientId: plan2.clientId,
          rows: d.g.ids.map(
            (id, k) => row(
              id,
              "linked",
              Object.entries(plan2.changes[k]).map(([h, v]) => ({
                field: fieldLabel(crm.lang, h),
                before: shown(crm, h, recs[k][h]),
                after: shown(crm, h, v)
              }))
            )
          )
        };
      }
      const source = (h, v) => d.others[d.otherRecords.findIndex(
        (o) => !isBlank(o[h]) && shown(crm, h, o[h]) === shown(crm, h, v)
      )] ?? "";
      const fills = Object.entries(d.merge.filled).map(([h, v]) => ({
        field: fieldLabel(crm.lang, h),
        before: "",
        after: shown(crm, h, v),
        from: source(h, v)
      }));
      return {
        ...base,
        action: "merge",
        rows: d.g.ids.map((id) => id === d.g.primary ? row(id, "primary", fills) : row(id, "archived")),
        kept: d.merge.conflicts.map((c) => ({
          leadId: c.leadId,
          field: fieldLabel(crm.lang, c.header),
          value: shown(crm, c.header, c.value)
        }))
      };
    });
    return { lang: crm.lang, messages: CATALOG[crm.lang], signature: tickedSignature(ticked), groups };
  });
}

// src/core/csv-parse.ts
var QUOTE = '"';
var NEWLINE = "\n";
function parseRows(input, delim, preview = 0) {
  const data = [];
  const errors = [];
  if (!input) return { data, errors };
  if (input.indexOf(QUOTE) === -1) {
    const lines = input.split(NEWLINE);
    for (let i = 0; i < lines.length; i++) {
      data.push(lines[i].split(delim));
      if (preview && i >= preview) return { data: data.slice(0, preview), errors };
    }
    return { data, errors };
  }
  const inputLen = input.length;
  const delimLen = delim.length;
  const unquote = (s) => s.replace(/""/g, QUOTE);
  let row = [];
  let cursor = 0;
  let nextDelim = input.indexOf(delim, cursor);
  let nextNewline = input.indexOf(NEWLINE, cursor);
  let quoteSearch = input.indexOf(QUOTE, cursor);
  const extraSpaces = (index) => {
    if (index === -1) return 0;
    const between = input.substring(quoteSearch + 1, index);
    return between && between.trim() === "" ? between.length : 0;
  };
  const finish = (value) => {
    row.push(value === void 0 ? input.substring(cursor) : value);
    data.push(row);
    return { data, errors };
  };
  const saveRow = (newCursor) => {
    cursor = newCursor;
    data.push(row);
    row = [];
    nextNewline = input.indexOf(NEWLINE, cursor);
  };
  for (; ; ) {
    if (input[cursor] === QUOTE) {
      quoteSearch = cursor;
      cursor++;
      for (; ; ) {
        quoteSearch = input.indexOf(QUOTE, quoteSearch + 1);
        if (quoteSearch === -1) {
          errors.push({ code: "MissingQuotes", message: "Quoted field unterminated", row: data.length });
          return finish();
        }
        if (quoteSearch === inputLen - 1) return finish(unquote(input.substring(cursor, quoteSearch)));
        if (input[quoteSearch + 1] === QUOTE) {
          quoteSearch++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quoteSearch + 1) nextDelim = input.indexOf(delim, quoteSearch + 1);
        if (nextNewline !== -1 && nextNewline < quoteSearch + 1) nextNewline = input.indexOf(NEWLINE, quoteSearch + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesBeforeDelim = extraSpaces(checkUpTo);
        const afterQuote = quoteSearch + 1 + spacesBeforeDelim;
        if (input.substring(afterQuote, afterQuote + delimLen) === delim) {
          row.push(unquote(input.substring(cursor, quoteSearch)));
          cursor = afterQuote + delimLen;
          if (input[afterQuote + delimLen] !== QUOTE) quoteSearch = input.indexOf(QUOTE, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = input.indexOf(NEWLINE, cursor);
          break;
        }
        const afterSpaces = quoteSearch + 1 + extraSpaces(nextNewline);
        if (input[afterSpaces] === NEWLINE) {
          row.push(unquote(input.substring(cursor, quoteSearch)));
          saveRow(afterSpaces + 1);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          quoteSearch = input.indexOf(QUOTE, cursor);
          if (preview && data.length >= preview) return { data, errors };
          break;
        }
        errors.push({
          code: "InvalidQuotes",
          message: "Trailing quote on quoted field is malformed",
          row: data.length
        });
        quoteSearch++;
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      row.push(input.substring(cursor, nextDelim));
      cursor = nextDelim + delimLen;
      nextDelim = input.indexOf(delim, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      row.push(input.substring(cursor, nextNewline));
      saveRow(nextNewline + 1);
      if (preview && data.length >= preview) return { data, errors };
      continue;
    }
    break;
  }
  return finish();
}
function isBlankRow2(row) {
  return row.join("").trim() === "";
}
function guessDelimiter(input, candidates2) {
  let best;
  let bestDelta = 0;
  let maxFieldCount = 0;
  for (const delim of candidates2) {
    const { data } = parseRows(input, delim, 10);
    let delta = 0;
    let avgFieldCount = 0;
    let blank = 0;
    let previous;
    for (const row of data) {
      if (isBlankRow2(row)) {
        blank++;
        continue;
      }
      avgFieldCount += row.length;
      if (previous === void 0) previous = row.length;
      else if (row.length > 0) {
        delta += Math.abs(row.length - previous);
        previous = row.length;
      }
    }
    if (data.length > 0) avgFieldCount /= data.length - blank;
    if (avgFieldCount > 1.99 && (best === void 0 || delta < bestDelta || delta === bestDelta && avgFieldCount > maxFieldCount)) {
      best = delim;
      bestDelta = delta;
      maxFieldCount = avgFieldCount;
    }
  }
  return best ?? ",";
}

// src/core/csv.ts
var DELIMITERS = [",", ";", "	", "|"];
function parseCsvText(text5, options = {}) {
  const src = text5.replace(/^\uFEFF\uFEFF?/, "").replace(/\r\n?/g, "\n");
  const r = parseRows(src, guessDelimiter(src, DELIMITERS));
  const bad = r.errors[0];
  if (bad) return { ok: false, reason: bad.message, row: bad.row + 1 };
  const rows = options.keepBlank ? r.data : r.data.filter((row) => !isBlankRow2(row));
  return { ok: true, rows };
}

// src/core/import-columns.ts
var MAX_SOURCE_COLUMNS = 500;
var SHEET_MAX_COLUMNS = 18278;
var SHEET_MAX_CELLS = 1e7;
var CELL_LIMIT2 = 49999;
var dict = () => /* @__PURE__ */ Object.create(null);
var own = (d, key) => d && Object.prototype.hasOwnProperty.call(d, key) ? d[key] : void 0;
function columnLetter(n) {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + (x - 1) % 26) + s;
  return s;
}
function uniqueName(base, taken) {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n++;
  return `${base} (${n})`;
}
function nameColumns(headers, rows, unnamed) {
  const width = rows.reduce((w, r) => Math.max(w, r.length), headers.length);
  const texts = Array.from({ length: width }, (_, i) => cleanText(headers[i]));
  const taken = new Set(texts.filter((h) => h !== ""));
  const used = /* @__PURE__ */ new Set();
  const out = { names: [], sources: [], renamed: [] };
  texts.forEach((header, i) => {
    if (header === "" && !rows.some((r) => cleanText(r[i]) !== "")) return;
    const base = header === "" ? unnamed(columnLetter(i + 1)) : header;
    const name = used.has(base) || header === "" && taken.has(base) ? uniqueName(base, /* @__PURE__ */ new Set([...taken, ...used])) : base;
    used.add(name);
    out.names.push(name);
    out.sources.push(i);
    if (name !== header) out.renamed.push({ name, header });
  });
  return out;
}
function textLimit(header) {
  const key = camelKey(header);
  return Object.prototype.hasOwnProperty.call(LIMITS, key) ? { max: LIMITS[key], field: key } : { max: CELL_LIMIT2 };
}

// src/core/import-map.ts
var keyOf2 = (s) => String(s ?? "").toLowerCase().replace(/[._:/()\-–*#]+/g, " ").replace(/\s+/g, " ").trim();
var HEADERS2 = {
  Name: [
    "nama",
    "nama klien",
    "nama client",
    "nama pelanggan",
    "nama customer",
    "nama konsumen",
    "nama kontak",
    "customer",
    "customer name",
    "client",
    "klien",
    "pelanggan",
    "konsumen",
    "contact",
    "contact name",
    "kontak",
    "full name"
  ],
  Company: [
    "perusahaan",
    "nama perusahaan",
    "pt",
    "pt cv",
    "company",
    "company name",
    "instansi",
    "toko",
    "usaha",
    "nama usaha",
    "organisasi",
    "organization"
  ],
  Phone: [
    "no hp",
    "nomor hp",
    "no handphone",
    "handphone",
    "hp",
    "no telp",
    "no telepon",
    "nomor telepon",
    "telp",
    "telepon",
    "tlp",
    "wa",
    "no wa",
    "nomor wa",
    "whatsapp",
    "no whatsapp",
    "hp wa",
    "phone",
    "phone number",
    "mobile",
    "kontak wa"
  ],
  Email: ["email", "e mail", "alamat email", "surel", "mail"],
  Source: ["sumber", "sumber lead", "sumber prospek", "source", "lead source", "asal", "asal lead", "channel", "media"],
  Needs: [
    "kebutuhan",
    "keterangan",
    "ket",
    "needs",
    "need",
    "catatan",
    "notes",
    "note",
    "deskripsi",
    "description",
    "permintaan",
    "request",
    "minat"
  ],
  Status: ["status", "tahap", "stage", "status lead", "status prospek", "pipeline"],
  Owner: [
    "sales",
    "pic",
    "sales pic",
    "pic sales",
    "owner",
    "marketing",
    "penanggung jawab",
    "salesman",
    "sales person",
    "salesperson",
    "assigned to",
    "email sales"
  ],
  "Deal Value": [
    "nilai",
    "nilai penawaran",
    "nilai deal",
    "deal value",
    "deal",
    "value",
    "harga",
    "nominal",
    "penawaran",
    "nilai proyek",
    "amount",
    "budget"
  ],
  "Created At": [
    "tanggal",
    "tgl",
    "tgl masuk",
    "tanggal masuk",
    "tanggal input",
    "tgl input",
    "created",
    "created at",
    "date",
    "date added",
    "tanggal lead"
  ],
  "Expected Close": [
    "expected close",
    "perkiraan closing",
    "target closing",
    "tgl closing",
    "tanggal closing",
    "close date"
  ],
  "Next Follow-up": [
    "next follow up",
    "follow up",
    "tgl follow up",
    "jadwal follow up",
    "follow up berikutnya",
    "fu berikutnya",
    "jadwal fu"
  ],
  "Lost Reason": ["lost reason", "alasan", "alasan kalah", "alasan batal", "alasan gagal"],
  Product: ["produk", "product", "layanan", "service"],
  "Contract Value": ["nilai kontrak", "contract value"],
  "Completed On": ["completed on", "tanggal selesai", "tgl selesai"],
  "Follow-ups": ["jumlah follow up", "jumlah fu"],
  "Last Contact": ["kontak terakhir", "terakhir dihubungi", "last contacted"],
  "Status Changed At": ["status berubah", "tanggal status"]
};
var IMPORTABLE = LEAD_COLUMNS.map((c) => c.header).filter(
  (h) => h !== "Lead ID" && h !== "Client ID"
);
var isImportable = (h) => IMPORTABLE.includes(h);
var HEADER_INDEX = /* @__PURE__ */ new Map();
for (const h of IMPORTABLE) HEADER_INDEX.set(keyOf2(h), h);
for (const [h, names] of Object.entries(HEADERS2))
  for (const n of names) if (!HEADER_INDEX.has(n)) HEADER_INDEX.set(n, h);
var NOTE_COLUMN = "(note)";
var NOTE_HEADERS = /* @__PURE__ */ new Set([
  "keterangan",
  "ket",
  "catatan",
  "notes",
  "note",
  "remarks",
  "remark",
  "komentar",
  "comment",
  "comments",
  "keterangan tambahan",
  "catatan sales",
  "catatan follow up",
  "hasil follow up",
  "hasil fu",
  "riwayat",
  "riwayat follow up"
]);
function suggestMapping(headers) {
  const out = dict();
  const taken = /* @__PURE__ */ new Set();
  const remarks = (h) => NOTE_HEADERS.has(keyOf2(h));
  const strongNeeds = headers.some((h) => HEADER_INDEX.get(keyOf2(h)) === "Needs" && !remarks(h));
  for (const h of headers) {
    const named = combinedTargets(h)[0] ?? HEADER_INDEX.get(keyOf2(h)) ?? "";
    const target = named === "Needs" && strongNeeds && remarks(h) ? "" : named;
    out[h] = target && !taken.has(target) ? target : remarks(h) ? NOTE_COLUMN : "";
    if (target) taken.add(target);
  }
  return out;
}
var ROW_NUMBER_HEADERS = /* @__PURE__ */ new Set(["", "no", "nomor", "nomer", "no urut", "nomor urut", "urut", "nr"]);
function isRowNumberColumn(header, values2) {
  const raw = String(header ?? "").trim();
  if (raw === "" || !ROW_NUMBER_HEADERS.has(keyOf2(raw))) return false;
  let last = 0;
  let seen = 0;
  for (const v of values2) {
    const text5 = String(v ?? "").trim();
    if (text5 === "") continue;
    if (!/^\d{1,6}$/.test(text5)) return false;
    const n = Number(text5);
    if (n <= last) return false;
    last = n;
    seen++;
  }
  return seen > 0;
}
function combinedTargets(header) {
  const text5 = String(header ?? "");
  const marked = /[/&+|]/.test(text5);
  if (!marked && HEADER_INDEX.has(keyOf2(text5))) return [];
  const parts2 = text5.split(marked ? /\s*[/&+|]\s*/ : /\s*(?:,|\bdan\b|\batau\b|\bor\b|\band\b)\s*/i).map(keyOf2).filter(Boolean);
  if (parts2.length < 2) return [];
  const out = [];
  for (const p of parts2) {
    const t2 = HEADER_INDEX.get(p);
    if (t2 && !out.includes(t2)) out.push(t2);
  }
  return out;
}
var STATUS_WORDS = {
  Lead: ["baru", "prospek", "new", "lead", "calon", "potensial", "open", "belum dihubungi"],
  "Quotation Sent": [
    "penawaran",
    "kirim penawaran",
    "sudah penawaran",
    "quotation",
    "quotation sent",
    "quote",
    "sph",
    "proposal"
  ],
  Negotiation: ["nego", "negosiasi", "negotiation", "tawar", "deal pending"],
  Won: ["deal", "menang", "won", "win", "closing", "closed", "closed won", "jadi", "sukses", "berhasil", "po", "goal"],
  Lost: ["batal", "kalah", "lost", "gagal", "closed lost", "tidak jadi", "cancel", "cancelled", "canceled", "ditolak"],
  "Past Client": ["selesai", "klien lama", "pelanggan lama", "past client", "client lama", "repeat", "done"]
};
var SOURCE_WORDS2 = {
  WhatsApp: ["wa", "whatsapp", "whats app", "w a", "chat wa"],
  "Social Media": [
    "ig",
    "instagram",
    "fb",
    "facebook",
    "tiktok",
    "sosmed",
    "medsos",
    "social media",
    "social",
    "twitter",
    "linkedin"
  ],
  Website: ["web", "website", "situs", "landing page", "form website", "site"],
  Referral: ["referensi", "rekomendasi", "referral", "teman", "kenalan", "relasi", "refferal", "referal"],
  "Walk-in": ["walk in", "walkin", "datang langsung", "datang ke toko", "offline", "showroom"],
  "Google Ads": ["google", "google ads", "iklan google", "adwords", "ads", "sem"],
  Event: ["event", "pameran", "expo", "seminar", "bazar"],
  Email: ["email", "e mail", "surel"],
  Phone: ["telepon", "telp", "phone", "call", "telpon"],
  Other: ["lain", "lainnya", "other", "others", "dll"]
};
function suggestValues(kind, values2, allowed) {
  const words2 = kind === "status" ? STATUS_WORDS : SOURCE_WORDS2;
  const out = dict();
  for (const v of values2) {
    const raw = String(v ?? "").trim();
    if (raw === "" || raw in out) continue;
    const k = keyOf2(raw);
    const exact = allowed.find((a) => keyOf2(a) === k);
    const synonym = Object.entries(words2).find(([target, names]) => allowed.includes(target) && names.includes(k))?.[0];
    out[raw] = exact ?? synonym ?? "";
  }
  return out;
}

// src/core/import-cells.ts
var COMPANY_MARK = /^(pt|cv|ud|pd|toko|koperasi|kop|yayasan|klinik|rs|apotek|hotel|restoran|resto|kantor|firma|bengkel|studio|sekolah)\b/i;
function routeCells(used, spill, cell) {
  const out = /* @__PURE__ */ new Map();
  for (const [target, from] of used) out.set(target, { raw: cell(target), source: from[0] });
  for (const [target, more] of spill) {
    const { raw, source } = out.get(target);
    if (typeof raw !== "string" || cleanText(raw) === "") continue;
    const text5 = cleanText(raw);
    if (target === "Email" && more.includes("Phone") || target === "Phone" && more.includes("Email")) {
      const parts2 = text5.split(/\s*[/,;|]\s*|\s+(?=\S+@)/).filter(Boolean);
      const emails = parts2.filter((p) => p.includes("@"));
      const phones = parts2.filter((p) => !p.includes("@"));
      out.set("Email", { raw: emails.join(", "), source });
      out.set("Phone", { raw: phones.join(" / "), source });
    } else if (target === "Name" && more.includes("Company")) {
      const parts2 = text5.split(/\s*\/\s*|\s+[-–]\s+/).filter(Boolean);
      if (parts2.length !== 2) continue;
      const [a, b] = COMPANY_MARK.test(parts2[0]) && !COMPANY_MARK.test(parts2[1]) ? [parts2[1], parts2[0]] : parts2;
      out.set("Name", { raw: a, source });
      out.set("Company", { raw: b, source });
    }
  }
  return out;
}
function phoneCell(raw) {
  if (typeof raw === "number" || /^\s*\d+(?:[.,]\d+)?e\+?\d+\s*$/i.test(String(raw ?? ""))) {
    return { phone: String(raw), problem: { key: "import.phoneAsNumber" } };
  }
  const text5 = cleanText(raw);
  if (text5 === "") return { phone: "" };
  const parts2 = stripPhoneLabels(text5).split(/\s*(?:[/,;|&\n]|\bdan\b|\bor\b|\batau\b)\s*/i).filter((p) => p.trim() !== "");
  const first = parts2.findIndex((p) => normalizePhone(p).ok);
  if (first < 0) return { phone: text5, problem: { key: "import.phoneInvalid" } };
  const e164 = normalizePhone(parts2[first]).e164;
  const others = parts2.filter((_, i) => i !== first).map((p) => {
    const r = normalizePhone(p);
    return r.ok ? r.e164 : p.trim();
  });
  return others.length > 0 ? { phone: e164, others: others.join(" / ") } : { phone: e164 };
}

// src/core/import-dups.ts
var DUP_ACTIONS = ["skip", "fill", "newDeal", "separate"];
var isDupAction = (v) => DUP_ACTIONS.includes(v);
function sameDeal2(a, b) {
  const x = a.deal ?? [];
  const y = b.deal ?? [];
  return x.every((v, i) => {
    const p = personKey(v);
    const q = personKey(y[i]);
    return p === "" || q === "" || p === q;
  });
}
var identity = (c) => [
  personKey(c.name),
  personKey(c.company),
  phoneKeys(c.phone).sort().join(","),
  emailKeys(c.email).sort().join(",")
].join("|");
function looseKeys(c) {
  const keys = [
    ...phoneKeys(c.phone).map((p) => `p:${p}`),
    ...emailKeys(c.email).map((e) => `e:${e}`),
    `i:${identity(c)}`
  ];
  for (const t2 of nameKey(c.name).tokens) if (t2.length >= 3) keys.push(`n:${t2}`);
  return keys;
}
function findImportDuplicates(incoming, existing, answers) {
  const wanted = new Set(incoming.flatMap(looseKeys));
  const subset = existing.flatMap((c, i) => looseKeys(c).some((k) => wanted.has(k)) ? [i] : []);
  const toRow = (c, leadId) => ({
    leadId,
    name: c.name,
    company: c.company,
    phone: c.phone,
    email: c.email
  });
  const rows = [...subset.map((i) => toRow(existing[i], `x${i}`)), ...incoming.map((c) => toRow(c, `r${c.row}`))];
  const groupOf = /* @__PURE__ */ new Map();
  for (const g of findDuplicates(rows).groups) for (const m of g.members) groupOf.set(m, g.members);
  const ids = /* @__PURE__ */ new Map();
  subset.forEach((i, k) => {
    const key = identity(existing[i]);
    ids.set(key, [...ids.get(key) ?? [], k]);
  });
  const contacts = contactIndex({
    phone: rows.map((r) => r.phone),
    email: rows.map((r) => r.email)
  });
  const n = subset.length;
  const keys = incoming.map(identity);
  const firstOf = /* @__PURE__ */ new Map();
  keys.forEach((k, j) => {
    if (!firstOf.has(k)) firstOf.set(k, j);
  });
  const out = [];
  incoming.forEach((c, j) => {
    const me = n + j;
    const same2 = new Set((groupOf.get(me) ?? []).filter((m) => m !== me));
    const key = keys[j];
    for (const k of ids.get(key) ?? []) same2.add(k);
    const e = firstOf.get(key);
    if (e < j) same2.add(n + e);
    const earlier = (m) => m < n || m - n < j;
    const sameList = [...same2].filter(earlier);
    const phone3 = phoneKeys(c.phone)[0] ?? "";
    const email2 = emailKeys(c.email)[0] ?? "";
    const shared2 = indexedMatches({ phone: phone3, email: email2 }, contacts).filter((m) => m.index !== me && earlier(m.index));
    const members = sameList.length > 0 ? sameList : shared2.map((m) => m.index);
    if (members.length === 0) return;
    const on = new Set(shared2.flatMap((m) => m.matchedOn));
    if (sameList.length > 0 && on.size === 0) on.add("name");
    const sameClient = sameList.length > 0;
    const given = own(answers, String(c.row));
    const other = (m) => m < n ? existing[subset[m]] : incoming[m - n];
    const fallback = !sameClient ? "separate" : members.some((m) => sameDeal2(c, other(m))) ? "skip" : "newDeal";
    out.push({
      row: c.row,
      existing: members.filter((m) => m < n).map((m) => subset[m]),
      rows: members.filter((m) => m >= n).map((m) => incoming[m - n].row),
      sameClient,
      matchedOn: [...on],
      action: isDupAction(given) ? given : fallback
    });
  });
  return out;
}

// src/core/import-notes.ts
var NOTE_LIMIT = CELL_LIMIT2 - 1e3;
function remarksOf(cells2) {
  return cells2.filter((c) => c.text !== "").map((c) => `${c.header}: ${c.text}`).join(" · ");
}
function joinNotes(a, b) {
  const both = [a, b].filter(Boolean).join(" · ");
  return both.length > NOTE_LIMIT ? `${both.slice(0, NOTE_LIMIT - 1)}…` : both;
}
function gateGaps(leads, settings2, offsetMinutes) {
  const out = /* @__PURE__ */ new Map();
  for (const l of leads) {
    const status = String(l.values.Status ?? "");
    const required = own(settings2.required, status);
    if (!Array.isArray(required)) continue;
    const fields2 = required.filter((h) => !isFilled(h, l.values[h], offsetMinutes));
    if (fields2.length === 0) continue;
    const key = `${status}\0${fields2.join("\0")}`;
    const gap = out.get(key) ?? out.set(key, { status, fields: fields2, rows: [] }).get(key);
    gap.rows.push(l.row);
  }
  return [...out.values()];
}

// src/core/import.ts
var SKIP_COLUMN = "(skip)";
var KEEP = "(keep)";
var OTHER_PHONES = "Other Phones";
var DATE_COLUMNS = [
  "Created At",
  "Expected Close",
  "Next Follow-up",
  "Completed On",
  "Last Contact",
  "Status Changed At"
];
var MONEY_COLUMNS = ["Deal Value", "Contract Value"];
var MAX_MONEY = 1e15;
var CRM_HEADERS = new Set(LEAD_COLUMNS.map((c) => c.header));
var cut = (s, max = 200) => s.length > max ? `${s.slice(0, max - 1)}…` : s;
var shown2 = (v, offset, lang) => isDate(v) ? formatDay(toYmd(v, offset), lang, "medium") : String(v ?? "");
var filled = (row) => row.some((v) => cleanText(v) !== "");
function planImport(table2, answers, settings2, crm, offsetMinutes, lang = "en") {
  const named = nameColumns(table2.headers, table2.rows, (letter) => t(lang, "import.unnamedColumn", { letter }));
  const headers = named.names;
  const rows = table2.rows.map((r, i) => ({ row: i + 2, cells: named.sources.map((k) => r[k]) })).filter((r) => filled(r.cells));
  const suggested = suggestMapping(headers);
  headers.forEach((h, i) => {
    if (suggested[h] === "" && isRowNumberColumn(
      h,
      rows.map((r) => r.cells[i])
    ))
      suggested[h] = SKIP_COLUMN;
  });
  for (const h of headers) if (suggested[h] === NOTE_COLUMN && crm.columns?.includes(h)) suggested[h] = "";
  const mapping = dict();
  for (const h of headers) {
    const answer = own(answers.mapping, h);
    mapping[h] = typeof answer === "string" ? answer : suggested[h] ?? "";
  }
  const plan2 = {
    headers,
    sources: named.sources,
    mapping,
    statusMap: dict(),
    sourceMap: dict(),
    ownerMap: dict(),
    values: [],
    owners: [],
    newTeam: [],
    teamColumns: [],
    leads: [],
    fills: [],
    skipped: 0,
    problems: [],
    questions: [],
    duplicates: [],
    fatal: null,
    gateGaps: []
  };
  const problem = (row, column, value, message2, blocking = false) => plan2.problems.push({
    row,
    column,
    value: cut(shown2(value, offsetMinutes, lang)),
    message: message2,
    ...blocking ? { blocking } : {}
  });
  for (const r of named.renamed)
    problem(
      1,
      r.name,
      r.header,
      r.header === "" ? { key: "import.headerEmpty", params: { name: userText(r.name) } } : { key: "import.headerDuplicate", params: { header: userText(r.header), name: userText(r.name) } }
    );
  const used = /* @__PURE__ */ new Map();
  for (const h of headers) {
    const target = mapping[h];
    if (!target || target === SKIP_COLUMN || target === NOTE_COLUMN) continue;
    if (!isImportable(target))
      return { ...plan2, fatal: { key: "import.badTarget", params: { column: userText(h), target: userText(target) } } };
    used.set(target, [...used.get(target) ?? [], h]);
  }
  for (const [target, from] of used)
    if (from.length > 1)
      return { ...plan2, fatal: { key: "import.twice", params: { target, columns: userText(from.join(", ")) } } };
  if (rows.length === 0) return { ...plan2, fatal: { key: "import.empty" } };
  if (!used.has("Name")) return { ...plan2, fatal: { key: "import.noName" } };
  const index = new Map([...used].map(([target, from]) => [target, headers.indexOf(from[0])]));
  const at = (cells2, target) => index.has(target) ? cells2[index.get(target)] : void 0;
  const distinct = (target) => used.has(target) ? [...new Set(rows.map((r) => cleanText(at(r.cells, target))).filter((v) => v !== ""))] : [];
  plan2.statusMap = Object.assign(
    dict(),
    suggestValues("status", distinct("Status"), settings2.statuses),
    pick(answers.statusMap, distinct("Status"))
  );
  plan2.sourceMap = Object.assign(
    dict(),
    suggestValues("source", distinct("Source"), settings2.sources),
    pick(answers.sourceMap, distinct("Source"))
  );
  for (const [value, target] of Object.entries(plan2.statusMap))
    if (target && !settings2.statuses.includes(target))
      return {
        ...plan2,
        fatal: { key: "import.badStatus", params: { value: userText(value), target: userText(target) } }
      };
  for (const [value, target] of Object.entries(plan2.sourceMap))
    if (target && target !== KEEP && !settings2.sources.includes(target))
      return {
        ...plan2,
        fatal: { key: "import.badSource", params: { value: userText(value), target: userText(target) } }
      };
  const tally = /* @__PURE__ */ new Map();
  for (const target of ["Status", "Source"])
    if (used.has(target))
      for (const r of rows) {
        const k = `${target}\0${cleanText(at(r.cells, target))}`;
        tally.set(k, (tally.get(k) ?? 0) + 1);
      }
  const count = (target, value) => tally.get(`${target}\0${value}`) ?? 0;
  for (const value of Object.keys(plan2.statusMap))
    plan2.values.push({ kind: "status", value, rows: count("Status", value) });
  for (const value of Object.keys(plan2.sourceMap))
    plan2.values.push({ kind: "source", value, rows: count("Source", value) });
  for (const [value, target] of Object.entries(plan2.statusMap))
    if (!target) plan2.questions.push({ kind: "status", value, rows: count("Status", value) });
  for (const [value, target] of Object.entries(plan2.sourceMap))
    if (!target) plan2.questions.push({ kind: "source", value, rows: count("Source", value) });
  const ownerOfRow = /* @__PURE__ */ new Map();
  const ownerCells = used.has("Owner") ? rows.map((r) => ({ row: r.row, value: cleanText(at(r.cells, "Owner")) })) : [];
  const people2 = knownPeople(crm, ownerCells);
  for (const o of ownerValues(ownerCells, people2)) {
    const answer = answerFor(answers.ownerMap, o.value);
    let email2 = o.match.email;
    let how = o.match.how;
    let newMember = false;
    if (typeof answer === "string" && answer.trim() !== "") {
      const a = readOwnerAnswer(answer, people2);
      if (a.kind === "bad")
        return {
          ...plan2,
          fatal: { key: "import.badOwner", params: { value: userText(o.value), answer: userText(answer) } }
        };
      email2 = a.kind === "none" ? NO_OWNER : a.email;
      how = "answer";
      newMember = a.kind === "new";
      if (newMember && !plan2.newTeam.some((p) => p.email === email2)) plan2.newTeam.push({ email: email2, name: o.value });
    }
    plan2.ownerMap[o.value] = email2;
    plan2.owners.push({ value: o.value, rows: o.rows.length, email: email2, how, newMember });
    for (const r of o.rows) ownerOfRow.set(r, email2);
    if (!email2)
      plan2.questions.push({
        kind: "owner",
        value: o.value,
        rows: o.rows.length,
        ...o.match.candidates.length > 1 ? { candidates: o.match.candidates } : {}
      });
  }
  const spill = /* @__PURE__ */ new Map();
  for (const [target, from] of used) {
    const more = combinedTargets(from[0]).filter((x) => isImportable(x) && !used.has(x));
    if (more.length > 0) spill.set(target, more);
  }
  const orders = /* @__PURE__ */ new Map();
  for (const target of DATE_COLUMNS)
    if (used.has(target)) orders.set(target, dayOrderOf(rows.map((r) => at(r.cells, target))));
  const kept2 = headers.map((h, i) => ({ h, i })).filter(({ h }) => !mapping[h]);
  const teamNames = /* @__PURE__ */ new Set();
  const teamName = kept2.map(({ h }) => {
    const name = uniqueName(CRM_HEADERS.has(h) ? `${h} (imported)` : h, teamNames);
    teamNames.add(name);
    if (name.length > CELL_LIMIT2)
      problem(1, h, h, { key: "import.cellTooLong", params: { length: name.length, max: CELL_LIMIT2 } }, true);
    return name;
  });
  plan2.teamColumns = [...teamName];
  const sourceOf2 = new Map(kept2.map(({ h }, k) => [teamName[k], h]));
  const noteColumns = headers.map((h, i) => ({ h, i })).filter(({ h }) => mapping[h] === NOTE_COLUMN);
  for (const { row, cells: cells2 } of rows) {
    const values2 = dict();
    const extra = dict();
    kept2.forEach(({ i }, k) => extra[teamName[k]] = cells2[i] ?? "");
    const inputs = routeCells(used, spill, (target) => at(cells2, target));
    for (const [target, { raw, source }] of inputs) {
      const text5 = cleanText(isDate(raw) ? "" : raw);
      if (target === "Owner") {
        if (text5 === "") continue;
        const email2 = ownerOfRow.get(row) ?? "";
        values2.Owner = email2 === NO_OWNER ? "" : email2 || text5;
      } else if (target === "Phone") {
        const phone3 = phoneCell(raw);
        if (phone3.problem) problem(row, source, raw, phone3.problem);
        values2.Phone = phone3.phone;
        if (phone3.others) {
          const before = cleanText(own(extra, OTHER_PHONES));
          extra[OTHER_PHONES] = before ? `${before} / ${phone3.others}` : phone3.others;
          if (!sourceOf2.has(OTHER_PHONES)) sourceOf2.set(OTHER_PHONES, source);
          if (!plan2.teamColumns.includes(OTHER_PHONES)) plan2.teamColumns.push(OTHER_PHONES);
        }
      } else if (target === "Email") {
        if (text5 === "") continue;
        const e = normalizeEmail(text5);
        if (e.ok) values2[target] = e.email;
        else {
          values2[target] = text5;
          problem(row, source, raw, { key: "import.emailInvalid" });
        }
      } else if (MONEY_COLUMNS.includes(target)) {
        if (text5 === "" && typeof raw !== "number") continue;
        const negative = typeof raw === "number" ? raw < 0 : /^\s*(-|\(.*\)\s*$)/.test(text5);
        const n = negative ? null : parseMoney(typeof raw === "number" ? raw : text5);
        if (n === null || n > MAX_MONEY) {
          values2[target] = typeof raw === "number" ? raw : text5;
          problem(row, source, raw, { key: negative ? "import.moneyNegative" : "import.moneyInvalid" });
        } else values2[target] = n;
      } else if (target === "Follow-ups") {
        if (text5 === "" && typeof raw !== "number") continue;
        const n = typeof raw === "number" ? raw : /^\d{1,6}$/.test(text5) ? Number(text5) : NaN;
        if (Number.isInteger(n) && n >= 0 && n <= 999999) values2[target] = n;
        else {
          values2[target] = typeof raw === "number" ? raw : text5;
          problem(row, source, raw, { key: "import.countInvalid" });
        }
      } else if (DATE_COLUMNS.includes(target)) {
        if (isDate(raw)) {
          values2[target] = new Date(raw.getTime() + offsetMinutes * 6e4).toISOString().slice(0, 10);
          continue;
        }
        if (text5 === "" && typeof raw !== "number") continue;
        const { order, conflict } = orders.get(target);
        const d = parseTypedDate(typeof raw === "number" ? raw : text5, order);
        if (d.ok) {
          values2[target] = d.ymd;
          const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]/.exec(text5);
          if (conflict && m && Number(m[1]) <= 12 && Number(m[2]) <= 12)
            problem(row, source, raw, {
              key: "import.dateAmbiguous",
              params: { date: formatDay(d.ymd, lang, "long") }
            });
        } else {
          values2[target] = text5;
          problem(row, source, raw, {
            key: d.reason === "impossible" ? "import.dateImpossible" : "import.dateInvalid"
          });
        }
      } else if (target === "Status") {
        values2.Status = text5 === "" ? "Lead" : own(plan2.statusMap, text5) || text5;
      } else if (target === "Source") {
        if (text5 === "") continue;
        const mapped = own(plan2.sourceMap, text5);
        values2.Source = mapped && mapped !== KEEP ? mapped : text5;
      } else if (text5 !== "") values2[target] = text5;
    }
    if (!values2.Name) problem(row, used.get("Name")[0], "", { key: "import.nameMissing" });
    values2.Status ?? (values2.Status = "Lead");
    for (const [target, { source }] of inputs) {
      const v = values2[target];
      if (typeof v !== "string") continue;
      const limit = textLimit(target);
      if (v.length <= limit.max) continue;
      const params = { length: v.length, max: limit.max };
      problem(
        row,
        source,
        v,
        limit.field ? { key: "import.tooLong", params: { ...params, field: ref(`field.${limit.field}`) } } : { key: "import.cellTooLong", params },
        true
      );
    }
    const note = remarksOf(
      noteColumns.map(({ h, i }) => ({
        header: h,
        text: cleanText(isDate(cells2[i]) ? shown2(cells2[i], offsetMinutes, lang) : cells2[i])
      }))
    );
    if (note.length > NOTE_LIMIT)
      problem(
        row,
        noteColumns.map(({ h }) => h).join(", "),
        note,
        { key: "import.cellTooLong", params: { length: note.length, max: NOTE_LIMIT } },
        true
      );
    for (const [name, v] of Object.entries(extra))
      if (typeof v === "string" && v.length > CELL_LIMIT2)
        problem(
          row,
          sourceOf2.get(name) ?? name,
          v,
          { key: "import.cellTooLong", params: { length: v.length, max: CELL_LIMIT2 } },
          true
        );
    plan2.leads.push({ row, values: values2, extra, ...note ? { note } : {} });
  }
  applyDuplicates(plan2, crm, answers.duplicates);
  plan2.gateGaps = gateGaps(plan2.leads, settings2, offsetMinutes);
  return plan2;
}
function knownPeople(crm, cells2) {
  const out = [...crm.team];
  const seen = new Set(out.map((p) => p.email));
  for (const v of [...crm.leads.Owner ?? [], ...cells2.map((c) => c.value)]) {
    if (typeof v !== "string" || !v.includes("@")) continue;
    const e = normalizeEmail(v);
    if (e.ok && !seen.has(e.email)) {
      seen.add(e.email);
      out.push({ email: e.email, name: "" });
    }
  }
  return out;
}
var NOT_FILLED = /* @__PURE__ */ new Set(["Lead ID", "Client ID", "Status", "Status Changed At", "Created At"]);
var emptyCell = (v) => v === "" || v === null || v === void 0;
function applyDuplicates(plan2, crm, answers) {
  const ex = crm.leads;
  const count = Math.max(0, ...Object.values(ex).map((c) => c?.length ?? 0));
  const existing = Array.from({ length: count }, (_, i) => ({
    name: ex.Name?.[i],
    company: ex.Company?.[i],
    phone: ex.Phone?.[i],
    email: ex.Email?.[i],
    deal: [ex.Needs?.[i], ex.Product?.[i], ex["Deal Value"]?.[i]]
  }));
  const incoming = plan2.leads.map((l) => ({
    row: l.row,
    name: l.values.Name ?? "",
    company: l.values.Company ?? "",
    phone: l.values.Phone ?? "",
    email: l.values.Email ?? "",
    deal: [l.values.Needs, l.values.Product, l.values["Deal Value"]]
  }));
  plan2.duplicates = findImportDuplicates(incoming, existing, answers);
  const byRow = new Map(plan2.leads.map((l) => [l.row, l]));
  const gone = /* @__PURE__ */ new Set();
  const fillOf = /* @__PURE__ */ new Map();
  const filledInto = /* @__PURE__ */ new Map();
  for (const d of plan2.duplicates) {
    const lead2 = byRow.get(d.row);
    if (d.action === "skip") gone.add(d.row);
    else if (d.action === "newDeal") {
      if (d.existing.length > 0) lead2.clientOf = d.existing[0];
      else lead2.clientOfRow = d.rows[0];
    } else if (d.action === "fill") {
      gone.add(d.row);
      const earlier = d.existing.length === 0 ? byRow.get(d.rows[0]) : void 0;
      if (earlier && !gone.has(earlier.row)) {
        for (const [h, v] of Object.entries(lead2.values))
          if (!NOT_FILLED.has(h) && emptyCell(earlier.values[h])) earlier.values[h] = v;
        if (lead2.note) earlier.note = joinNotes(earlier.note, lead2.note);
        continue;
      }
      const index = d.existing[0] ?? filledInto.get(d.rows[0] ?? -1);
      if (index === void 0) continue;
      filledInto.set(d.row, index);
      const fill3 = fillOf.get(index) ?? { row: d.row, index, values: {} };
      for (const [h, v] of Object.entries(lead2.values))
        if (!NOT_FILLED.has(h) && emptyCell(ex[h]?.[index]) && emptyCell(fill3.values[h]) && !emptyCell(v))
          fill3.values[h] = v;
      if (lead2.note) fill3.note = joinNotes(fill3.note, lead2.note);
      if (!fillOf.has(index) && (Object.keys(fill3.values).length > 0 || fill3.note)) {
        fillOf.set(index, fill3);
        plan2.fills.push(fill3);
      }
    }
  }
  plan2.leads = plan2.leads.filter((l) => !gone.has(l.row));
  plan2.skipped = gone.size;
  const skipped = new Set(plan2.duplicates.filter((d) => d.action === "skip").map((d) => d.row));
  plan2.problems = plan2.problems.filter((p) => !skipped.has(p.row));
}
function pick(given, values2) {
  const out = dict();
  for (const v of values2) if (typeof own(given, v) === "string") out[v] = given[v];
  return out;
}

// src/core/encoding.ts
var TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"];

// src/gas/import-journal.ts
var LAST_IMPORT = "lembar.lastImport";
var JOURNAL = "lembar.import.";
var RECENT_DAYS2 = 7;
function recentImports(crm, limit = 3) {
  const since = crm.now.getTime() - RECENT_DAYS2 * 864e5;
  const all2 = documentProperties().getProperties();
  const out = [];
  for (const [k, v] of Object.entries(all2)) {
    if (!k.startsWith(JOURNAL)) continue;
    try {
      const j = JSON.parse(v);
      const at = j && typeof j.at === "string" ? new Date(j.at).getTime() : Number.NaN;
      if (j.state === "done" && /^I-\d{6}$/.test(String(j.importId)) && j.last >= j.first && at >= since) out.push(j);
    } catch (_e) {
    }
  }
  return out.sort((a, b) => b.importId.localeCompare(a.importId)).slice(0, limit).map((j) => ({
    importId: j.importId,
    file: String(j.file ?? ""),
    count: j.last - j.first + 1,
    at: j.at ? localStamp(new Date(j.at), crm.offset) : ""
  }));
}
var localStamp = (d, offset) => Number.isNaN(d.getTime()) ? "" : new Date(d.getTime() + offset * 6e4).toISOString().slice(0, 16).replace("T", " ");
var isImportNote = (type, summary2, importId, offset) => cellText2(type, offset) === "Note" && cellText2(summary2, offset).includes(importId);
var numberIn = (j, id, offset) => {
  const n = leadIdNumber(cellText2(id, offset));
  return n !== null && n >= j.first && n <= j.last ? n : null;
};
function workedOn(crm, j) {
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const ids = acts.column("Lead ID");
  const types = acts.column("Type");
  const summaries2 = acts.column("Summary");
  const worked = /* @__PURE__ */ new Map();
  ids.forEach((id, i) => {
    const n = numberIn(j, id, crm.offset);
    if (n !== null && !isImportNote(types[i], summaries2[i], j.importId, crm.offset))
      worked.set(n, cellText2(id, crm.offset));
  });
  return worked;
}
function readJournal2(importId) {
  const raw = documentProperties().getProperty(JOURNAL + importId);
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
function removeImport(crm, j, keep = /* @__PURE__ */ new Map()) {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const mine = (id) => {
    const n = numberIn(j, id, crm.offset);
    return n !== null && !keep.has(n);
  };
  const leadIds = leads.column("Lead ID");
  const rows = leadIds.map((id, i) => mine(id) ? i : -1).filter((i) => i >= 0);
  const statuses = keep.size > 0 ? leads.column("Status") : [];
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const actIds = acts.column("Lead ID");
  const types = acts.column("Type");
  const summaries2 = acts.column("Summary");
  const notes = actIds.map((id, i) => mine(id) && isImportNote(types[i], summaries2[i], j.importId, crm.offset) ? i : -1).filter((i) => i >= 0);
  acts.deleteDataRows(notes);
  leads.deleteDataRows(rows);
  const shadow = readShadow(crm.ss, crm.offset);
  let changed = false;
  for (const id of [...shadow.keys()])
    if (mine(id)) {
      shadow.delete(id);
      changed = true;
    }
  leadIds.forEach((id, i) => {
    const n = numberIn(j, id, crm.offset);
    if (n === null || !keep.has(n) || shadow.has(cellText2(id, crm.offset).trim())) return;
    shadow.set(cellText2(id, crm.offset).trim(), cellText2(statuses[i], crm.offset).trim());
    changed = true;
  });
  if (changed) writeShadow(crm.ss, shadow);
  removeEmptyColumns(crm, j);
  removeTeamRows(crm, j, keep.size > 0);
  return rows.length;
}
function removeTeamRows(crm, j, kept2) {
  if (!j.team || j.team.length === 0 || kept2 || !crm.ss.getSheetByName(TAB.team)) return;
  const team2 = Table.open(crm.ss, TAB.team, TEAM_COLUMNS, crm.lang);
  const added = new Set(j.team);
  const rows = team2.column("Email").map((e, i) => added.has(cellText2(e, crm.offset).trim().toLowerCase()) ? i : -1).filter((i) => i >= 0);
  team2.deleteDataRows(rows);
  forgetTeam();
}
function addedColumns(headers, columns) {
  if (Array.isArray(columns)) {
    const index = mapHeaders(headers).index;
    const found = columns.map((h) => own(index, h)).filter((i) => i !== void 0);
    return found.length === columns.length ? found.map((i) => i + 1) : [];
  }
  const { at, count, digest: digest4 } = columns;
  if (!(count > 0)) return [];
  const fits = (p2) => p2 >= 1 && p2 + count - 1 <= headers.length && fingerprint(headers.slice(p2 - 1, p2 - 1 + count)) === digest4;
  let p = fits(at) ? at : 0;
  for (let q = 1; p === 0 && q + count - 1 <= headers.length; q++) if (fits(q)) p = q;
  return p === 0 ? [] : Array.from({ length: count }, (_, k) => p + k);
}
function removeEmptyColumns(crm, j) {
  if ((Array.isArray(j.columns) ? j.columns.length : j.columns.count) === 0 && !(j.inserted > 0)) return;
  const table2 = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
  const found = addedColumns(table2.headers.headers, j.columns);
  if (found.length > 0) {
    const all2 = table2.rowCount > 0 ? table2.allRows() : [];
    if (!found.every((c) => all2.every((r) => r[c - 1] === "" || r[c - 1] === null))) return;
    for (let k = 0; k < found.length; ) {
      let n = 1;
      while (k + n < found.length && found[k + n] === found[k] + n) n++;
      table2.sheet.getRange(1, found[k], 1, n).clear();
      k += n;
    }
    forgetTabs();
  }
  const sheet = table2.sheet;
  const max = sheet.getMaxColumns();
  if (j.inserted > 0 && sheet.getLastColumn() <= max - j.inserted) {
    sheet.deleteColumns(max - j.inserted + 1, j.inserted);
    forgetTabs();
  }
}
function rollBackUnfinished(crm) {
  const props = documentProperties();
  const all2 = props.getProperties();
  for (const [key, raw] of Object.entries(all2)) {
    if (!key.startsWith(JOURNAL)) continue;
    let j;
    try {
      j = JSON.parse(raw);
    } catch {
      continue;
    }
    if (j.state !== "writing") continue;
    const worked = workedOn(crm, j);
    removeImport(crm, j, worked);
    props.setProperty(key, JSON.stringify({ ...j, state: "rolledBack" }));
    const text5 = worked.size > 0 ? t(crm.lang, "import.recoveredKept", {
      importId: j.importId,
      count: worked.size,
      ids: userText([...worked.values()].slice(0, 5).join(", "))
    }) : t(crm.lang, "import.recovered", { importId: j.importId });
    appendRunLog(crm.ss, crm.lang, crm.now, "importLeads", "ok", text5);
  }
}
function undoImport(arg) {
  const crm = openCrm();
  const importId = cleanText(arg && typeof arg === "object" ? arg.importId : "");
  return withDocumentLock(crm.lang, () => {
    rollBackUnfinished(crm);
    const j = /^I-\d{6}$/.test(importId) ? readJournal2(importId) : null;
    if (!j || j.state === "rolledBack")
      throw new CrmError({ key: "import.unknown", params: { importId: userText(importId || "?") } }, crm.lang);
    if (j.state === "undone")
      throw new CrmError({ key: "import.alreadyUndone", params: { importId: userText(importId) } }, crm.lang);
    const worked = workedOn(crm, j);
    if (worked.size > 0)
      throw new CrmError(
        {
          key: "import.worked",
          params: { importId, count: worked.size, ids: userText([...worked.values()].slice(0, 5).join(", ")) }
        },
        crm.lang
      );
    const removed = removeImport(crm, j);
    documentProperties().setProperty(JOURNAL + importId, JSON.stringify({ ...j, state: "undone" }));
    const text5 = (j.filled ?? 0) > 0 ? t(crm.lang, "import.undoneFilled", { importId, count: removed, filled: j.filled ?? 0 }) : t(crm.lang, "import.undone", { importId, count: removed });
    appendRunLog(crm.ss, crm.lang, crm.now, "undoImport", "ok", text5);
    crm.ss.toast(text5, t(crm.lang, "menu.title"), 10);
    return { importId, removed, message: text5 };
  });
}

// src/gas/import-report.ts
var REPORT_MAX = 1e3;
var PREVIEW_ROWS = 5;
var known = (lang, key) => Object.prototype.hasOwnProperty.call(CATALOG[lang], key) ? CATALOG[lang][key] : "";
function labelsOf(lang, statuses, sources = []) {
  const out = {};
  for (const c of LEAD_COLUMNS) out[c.header] = known(lang, `field.${camelKey(c.header)}`) || c.header;
  for (const s of statuses) out[`status:${s}`] = known(lang, `status.${s}`) || s;
  for (const s of sources) out[`source:${s}`] = known(lang, `source.${s}`) || s;
  return out;
}
function shownValue(lang, currency, header, v) {
  if ((header === "Deal Value" || header === "Contract Value") && typeof v === "number")
    return formatMoney(v, currency);
  if (header === "Status" && typeof v === "string") return known(lang, `status.${v}`) || v;
  if (header === "Source" && typeof v === "string") return known(lang, `source.${v}`) || v;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDay(v, lang, "medium");
  if (header === "Phone" && typeof v === "string" && v.startsWith("+")) return formatPhone(v);
  return cut(String(v ?? ""), 80);
}
function reportOf(crm, table2, plan2, existing, team2, opts) {
  const lang = crm.lang;
  const m = (msg) => message(lang, msg);
  const text5 = (v) => isDate(v) ? formatDay(toYmd(v, crm.offset), lang, "medium") : cellText2(v ?? "", crm.offset);
  const problems = [...plan2.problems.filter((p) => p.blocking), ...plan2.problems.filter((p) => !p.blocking)].slice(
    0,
    REPORT_MAX
  );
  const nameOf = (email2) => team2.find((p) => p.email === email2)?.name ?? "";
  const col2 = (row, target) => {
    const from = Object.keys(plan2.mapping).find((h) => plan2.mapping[h] === target);
    if (from === void 0) return "";
    return text5(table2.rows[row - 2]?.[plan2.sources[plan2.headers.indexOf(from)]]);
  };
  const side = (row) => ({
    leadId: "",
    row,
    name: col2(row, "Name"),
    company: col2(row, "Company"),
    status: col2(row, "Status")
  });
  const lead2 = (i) => ({
    leadId: text5(existing["Lead ID"]?.[i]),
    row: null,
    name: text5(existing.Name?.[i]),
    company: text5(existing.Company?.[i]),
    status: text5(existing.Status?.[i])
  });
  const shownHeaders = IMPORTABLE.filter((h) => Object.values(plan2.mapping).includes(h));
  return {
    ok: false,
    waitingFor: null,
    dryRun: opts.dryRun,
    importId: null,
    imported: 0,
    rows: plan2.leads.length + plan2.skipped,
    skipped: plan2.skipped,
    filled: plan2.fills.length,
    headers: plan2.headers,
    mapping: plan2.mapping,
    suggested: suggestMapping(plan2.headers),
    statusMap: plan2.statusMap,
    sourceMap: plan2.sourceMap,
    ownerMap: plan2.ownerMap,
    values: plan2.values,
    owners: plan2.owners.map((o) => ({ ...o, name: nameOf(o.email) })),
    duplicateActions: Object.fromEntries(plan2.duplicates.map((d) => [String(d.row), d.action])),
    teamColumns: plan2.teamColumns,
    problems: problems.map((p) => ({
      row: p.row,
      column: p.column,
      value: p.value,
      message: m(p.message),
      blocking: p.blocking === true
    })),
    problemCount: plan2.problems.length,
    questions: plan2.questions.map((q) => ({
      kind: q.kind,
      value: q.value,
      rows: q.rows,
      candidates: q.candidates ?? [],
      message: t(
        lang,
        q.kind === "owner" && (q.candidates ?? []).length > 1 ? "import.question.ownerAmbiguous" : `import.question.${q.kind}`,
        {
          value: userText(q.value),
          rows: q.rows,
          names: userText((q.candidates ?? []).map((e) => nameOf(e) || e).join(", "))
        }
      )
    })),
    duplicates: plan2.duplicates.slice(0, REPORT_MAX).map((d) => {
      const others = [...d.existing.map(lead2), ...d.rows.map(side)];
      const me = side(d.row);
      const first = others[0];
      return {
        row: d.row,
        name: me.name,
        company: me.company,
        status: me.status,
        sameClient: d.sameClient,
        matchedOn: d.matchedOn,
        action: d.action,
        others,
        message: first.leadId ? t(lang, d.sameClient ? "import.dup.same" : "import.dup.shared", {
          row: d.row,
          other: first.leadId,
          name: userText(first.name || "—")
        }) : t(lang, d.sameClient ? "import.dup.repeat" : "import.dup.sharedRow", {
          row: d.row,
          other: first.row ?? 0,
          name: userText(first.name || "—")
        })
      };
    }),
    duplicateCount: plan2.duplicates.length,
    warnings: opts.warnings,
    choices: { headers: IMPORTABLE, statuses: crm.settings.statuses, sources: crm.settings.sources, team: [...team2] },
    labels: labelsOf(lang, crm.settings.statuses, crm.settings.sources),
    sample: table2.rows.slice(0, 5).map((r) => plan2.sources.map((i) => cut(text5(r[i])))),
    preview: {
      headers: shownHeaders,
      rows: plan2.leads.slice(0, PREVIEW_ROWS).map((l) => shownHeaders.map((h) => shownValue(lang, crm.settings.currency, h, l.values[h])))
    },
    message: ""
  };
}

// src/gas/import-warnings.ts
var rowList = (rows) => rows.length > 8 ? `${rows.slice(0, 8).join(", ")}, …` : rows.join(", ");
function importWarnings(crm, plan2, windows1252) {
  const warnings = windows1252 ? [t(crm.lang, "import.encoding1252")] : [];
  const undated = plan2.leads.filter((l) => !/^\d{4}-\d{2}-\d{2}$/.test(String(l.values["Created At"] ?? ""))).length;
  if (undated > 0) warnings.push(t(crm.lang, "import.noDates", { count: undated }));
  const mapped = new Set(Object.values(plan2.mapping));
  if (plan2.leads.length > 0 && !mapped.has("Status"))
    warnings.push(
      t(crm.lang, "import.noStatusColumn", {
        count: plan2.leads.length,
        status: label(crm.lang, "status", "Lead")
      })
    );
  if (plan2.leads.length > 0 && !mapped.has("Source"))
    warnings.push(t(crm.lang, "import.noSourceColumn", { count: plan2.leads.length }));
  const first = crm.settings.statuses[0] ?? "Lead";
  const day2 = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseYmd(v, crm.offset) : null;
  const overdue = plan2.leads.filter((l) => {
    const created = day2(l.values["Created At"]);
    if (!created || String(l.values.Status ?? first) !== first || l.values["Last Contact"]) return false;
    const outcome = slaOutcome(
      created,
      day2(l.values["Last Contact"]),
      first,
      day2(l.values["Status Changed At"]),
      first,
      crm.settings.firstContactSlaHours,
      crm.now
    );
    return outcome === "breached";
  });
  if (overdue.length > 0)
    warnings.push(
      t(crm.lang, "import.slaOverdue", {
        count: overdue.length,
        status: label(crm.lang, "status", first),
        hours: crm.settings.firstContactSlaHours,
        rows: rowList(overdue.map((l) => l.row))
      })
    );
  const second = plan2.leads.filter((l) => cleanText(own(l.extra, OTHER_PHONES)) !== "");
  if (second.length > 0)
    warnings.push(
      t(crm.lang, "import.otherPhones", {
        count: second.length,
        column: OTHER_PHONES,
        rows: rowList(second.map((l) => l.row))
      })
    );
  for (const g of plan2.gateGaps)
    warnings.push(
      t(crm.lang, "import.gateMissing", {
        count: g.rows.length,
        status: ref(`status.${g.status}`),
        fields: refs(g.fields.map((h) => `field.${camelKey(h)}`)),
        rows: rowList(g.rows)
      })
    );
  return warnings;
}

// src/gas/import.ts
var MAX_ROWS = 5e4;
var str = (v) => typeof v === "string" ? v : "";
var obj = (v) => {
  const out = dict();
  if (v && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  }
  return out;
};
function importLeads(request) {
  const crm = openCrm();
  const raw = request && typeof request === "object" && !Array.isArray(request) ? request : {};
  const req = {
    csv: str(raw.csv),
    fileName: cleanText(str(raw.fileName)).slice(0, 200),
    tab: cleanText(str(raw.tab)),
    mapping: obj(raw.mapping),
    statusMap: obj(raw.statusMap),
    sourceMap: obj(raw.sourceMap),
    ownerMap: obj(raw.ownerMap),
    duplicates: obj(raw.duplicates),
    dryRun: raw.dryRun === true,
    encoding: TEXT_ENCODINGS.find((e) => e === raw.encoding)
  };
  const table2 = readSource(crm, req);
  if (table2.rows.length > MAX_ROWS)
    throw new CrmError({ key: "import.tooLarge", params: { rows: table2.rows.length, max: MAX_ROWS } }, crm.lang);
  const width = table2.rows.reduce((w, r) => Math.max(w, r.length), table2.headers.length);
  if (width > MAX_SOURCE_COLUMNS)
    throw new CrmError({ key: "import.tooWide", params: { columns: width, max: MAX_SOURCE_COLUMNS } }, crm.lang);
  return withDocumentLock(crm.lang, () => {
    rollBackUnfinished(crm);
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const all2 = leads.rowCount > 0 ? leads.allRows() : [];
    const cols = dict();
    for (const c of LEAD_COLUMNS) {
      const i = own(leads.headers.index, c.header);
      cols[c.header] = i === void 0 ? all2.map(() => "") : all2.map((r) => r[i]);
    }
    const team2 = [...readTeam(crm).values()].map((m) => ({ email: m.email, name: m.name }));
    const plan2 = planImport(
      table2,
      req,
      crm.settings,
      { leads: cols, team: team2, columns: leads.headers.headers },
      crm.offset,
      crm.lang
    );
    const warnings = importWarnings(crm, plan2, req.csv !== "" && req.encoding === "windows-1252");
    const report2 = reportOf(crm, table2, plan2, cols, team2, { dryRun: req.dryRun === true, warnings });
    if (plan2.fatal) return { ...report2, ok: false, waitingFor: "other", message: message(crm.lang, plan2.fatal) };
    const wide = leads.headers.width + newColumns(leads, plan2).length;
    if (wide > SHEET_MAX_COLUMNS)
      return {
        ...report2,
        ok: false,
        waitingFor: "other",
        message: t(crm.lang, "import.leadsTooWide", { columns: wide, max: SHEET_MAX_COLUMNS })
      };
    const cells2 = wide * (leads.lastRow + plan2.leads.length);
    if (cells2 > SHEET_MAX_CELLS)
      return {
        ...report2,
        ok: false,
        waitingFor: "other",
        message: t(crm.lang, "import.tooManyCells", { cells: cells2, max: SHEET_MAX_CELLS })
      };
    if (plan2.questions.length > 0)
      return {
        ...report2,
        ok: false,
        waitingFor: "answers",
        message: t(crm.lang, "import.needsAnswers", { count: plan2.questions.length })
      };
    const blocking = plan2.problems.filter((p) => p.blocking).length;
    if (blocking > 0)
      return { ...report2, ok: false, waitingFor: "fixes", message: t(crm.lang, "import.mustFix", { count: blocking }) };
    const counts = { count: plan2.leads.length, skipped: plan2.skipped, filled: plan2.fills.length };
    if (req.dryRun) return { ...report2, ok: true, message: t(crm.lang, "import.checked", counts) };
    if (plan2.leads.length === 0 && plan2.fills.length === 0 && plan2.newTeam.length === 0)
      return { ...report2, ok: true, message: t(crm.lang, "import.nothingNew", counts) };
    const written = write2(crm, leads, plan2, cols, req.fileName || req.tab || "CSV");
    return { ...report2, ok: true, importId: written.importId, imported: plan2.leads.length, message: written.text };
  });
}
function readSource(crm, req) {
  if (req.tab) {
    const sheet = crm.ss.getSheetByName(req.tab);
    if (!sheet || Object.values(TAB).includes(req.tab))
      throw new CrmError({ key: "import.tabMissing", params: { tab: userText(req.tab) } }, crm.lang);
    const values2 = sheet.getDataRange().getValues();
    return { headers: (values2[0] ?? []).map((h) => cellText2(h, crm.offset)), rows: values2.slice(1) };
  }
  if (!req.csv) throw new CrmError({ key: "import.noSource" }, crm.lang);
  const r = parseCsvText(req.csv, { keepBlank: true });
  if (!r.ok) throw new CrmError({ key: "import.csv", params: { reason: r.reason, row: r.row } }, crm.lang);
  return { headers: r.rows[0] ?? [], rows: r.rows.slice(1) };
}
var newColumns = (leads, plan2) => plan2.teamColumns.filter((h) => own(leads.headers.index, h) === void 0);
function write2(crm, leads, plan2, cols, file) {
  const props = documentProperties();
  const importId = `I-${String((Number(props.getProperty(LAST_IMPORT)) || 0) + 1).padStart(6, "0")}`;
  const ids = cols["Lead ID"] ?? [];
  const first = nextLeadNumber(Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0, ids);
  const last = first + plan2.leads.length - 1;
  const added = plan2.leads.length > 0 ? newColumns(leads, plan2) : [];
  const lastColumn = leads.sheet.getLastColumn();
  const inserted = Math.max(0, lastColumn + added.length - leads.sheet.getMaxColumns());
  const columns = { at: lastColumn + 1, count: added.length, digest: fingerprint(added) };
  const journal = {
    importId,
    file,
    first,
    last,
    columns,
    inserted,
    ...plan2.fills.length > 0 ? { filled: plan2.fills.length } : {},
    // Kept small: the journal is one document property (9 KB); a file with more new people keeps them on undo.
    ...plan2.newTeam.length > 0 && plan2.newTeam.length <= 100 ? { team: plan2.newTeam.map((p) => p.email) } : {},
    state: "writing",
    at: crm.now.toISOString()
  };
  props.setProperties({
    [LAST_IMPORT]: importId.slice(2),
    ...plan2.leads.length > 0 ? { [LAST_ID_PROPERTY]: String(last) } : {},
    [JOURNAL + importId]: JSON.stringify(journal)
  });
  appendHeaders(leads.sheet, added);
  const table2 = added.length > 0 ? Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns() : leads.withUserColumns();
  const owner = currentUser();
  const date = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseYmd(v, crm.offset) ?? v : v ?? "";
  const records = plan2.leads.length > 0 ? newRecords(crm, leads, plan2, cols, first, owner, date) : [];
  if (records.length > 0) {
    const start = table2.append(records);
    giveStatusDropdown(table2, start, records.length, crm.settings.statuses);
  }
  fill2(table2, plan2, date);
  addTeamRows(crm, plan2.newTeam);
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const note = t(crm.lang, "import.noteSummary", { file: userText(file), importId });
  const fields2 = (values2) => Object.keys(values2).map((h) => message(crm.lang, { key: "import.fieldName", params: { field: labelRef2(h) } })).join(", ");
  const withRemarks = (text6, remarks) => remarks ? `${text6} ${remarks}` : text6;
  acts.append([
    ...records.map(
      (r, i) => ({
        Timestamp: crm.now,
        "Lead ID": r["Lead ID"],
        Type: "Note",
        Summary: withRemarks(note, plan2.leads[i].note),
        By: owner,
        "Next Follow-up": ""
      })
    ),
    // What came from the import, on each lead it filled in (the import ID names it for undo's rule).
    ...plan2.fills.map(
      (f) => ({
        Timestamp: crm.now,
        "Lead ID": cellText2(ids[f.index], crm.offset),
        Type: "Note",
        Summary: withRemarks(
          Object.keys(f.values).length > 0 ? t(crm.lang, "import.noteFilled", {
            file: userText(file),
            importId,
            row: f.row,
            fields: userText(fields2(f.values))
          }) : t(crm.lang, "import.noteRemarks", { file: userText(file), importId, row: f.row }),
          f.note
        ),
        By: owner,
        "Next Follow-up": ""
      })
    )
  ]);
  if (records.length > 0)
    appendShadow(
      crm.ss,
      records.map((r, i) => [String(r["Lead ID"]), String(plan2.leads[i].values.Status)])
    );
  const text5 = t(crm.lang, records.length > 0 ? "import.done" : "import.doneFilled", {
    count: records.length,
    first: formatLeadId(first),
    last: formatLeadId(last),
    importId,
    skipped: plan2.skipped,
    filled: plan2.fills.length
  });
  appendRunLog(crm.ss, crm.lang, crm.now, "importLeads", "ok", text5);
  props.setProperty(JOURNAL + importId, JSON.stringify({ ...journal, state: "done" }));
  return { importId, text: text5 };
}
function labelRef2(header) {
  const key = `field.${camelKey(header)}`;
  return Object.prototype.hasOwnProperty.call(CATALOG.en, key) ? ref(key) : userText(header);
}
function newRecords(crm, leads, plan2, cols, first, owner, date) {
  const clients = clientIdsForNew(
    crm,
    leads,
    plan2.leads.map((l) => ({
      leadId: "",
      name: l.values.Name ?? "",
      company: l.values.Company ?? "",
      phone: l.values.Phone ?? "",
      email: l.values.Email ?? ""
    }))
  );
  const clientOfRow = /* @__PURE__ */ new Map();
  plan2.leads.forEach((l, i) => {
    const known2 = l.clientOf !== void 0 ? cellText2(cols["Client ID"]?.[l.clientOf], crm.offset).trim() : "";
    const earlier = l.clientOfRow !== void 0 ? clientOfRow.get(l.clientOfRow) ?? "" : "";
    if (known2 || earlier) clients[i] = known2 || earlier;
    clientOfRow.set(l.row, clients[i]);
  });
  return plan2.leads.map((l, i) => {
    const v = l.values;
    return Object.assign(dict(), l.extra, v, {
      "Lead ID": formatLeadId(first + i),
      "Client ID": clients[i],
      "Created At": date(v["Created At"]),
      "Expected Close": date(v["Expected Close"]),
      "Next Follow-up": date(v["Next Follow-up"]),
      "Completed On": date(v["Completed On"]),
      // No Owner column (or an empty cell): the person importing; an owner answered "nobody": empty.
      Owner: v.Owner ?? owner,
      "Follow-ups": v["Follow-ups"] ?? 0,
      "Last Contact": date(v["Last Contact"]),
      "Status Changed At": date(v["Status Changed At"])
    });
  });
}
function fill2(table2, plan2, date) {
  if (plan2.fills.length === 0) return;
  const headers = [...new Set(plan2.fills.flatMap((f) => Object.keys(f.values)))];
  for (const h of headers) {
    const fills = plan2.fills.filter((f) => own(f.values, h) !== void 0);
    const lo = Math.min(...fills.map((f) => f.index));
    const hi = Math.max(...fills.map((f) => f.index));
    const values2 = table2.sheet.getSheetValues(lo + 2, table2.col(h), hi - lo + 1, 1).map((r) => r[0]);
    for (const f of fills) values2[f.index - lo] = date(f.values[h]);
    table2.writeColumn(h, lo, values2);
  }
}
function addTeamRows(crm, people2) {
  if (people2.length === 0) return;
  if (!crm.ss.getSheetByName(TAB.team)) return;
  const team2 = Table.open(crm.ss, TAB.team, TEAM_COLUMNS, crm.lang);
  team2.append(people2.map((p) => ({ Email: p.email, Name: p.name, Role: "Sales" })));
  forgetTeam();
}
function showImportDialog() {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile("Import").setWidth(960).setHeight(680);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, "import.title"));
}
function getImportContext() {
  const crm = openCrm();
  const protectedTabs = Object.values(TAB);
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    tabs: crm.ss.getSheets().map((s) => s.getName()).filter((n) => !n.startsWith("_") && !protectedTabs.includes(n)),
    ownerNames: ownerNamesFor(crm),
    recent: recentImports(crm)
  };
}

// src/gas/search.ts
var shownPhone = (cell) => {
  const p = normalizePhone(cell);
  return p.ok ? formatPhone(p.e164) : cell;
};
function searchLeads(arg) {
  const crm = openCrm();
  const a = arg && typeof arg === "object" ? arg : {};
  const query = cleanText(typeof a.query === "string" ? a.query : "").slice(0, 200);
  if (query === "") return [];
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const cols = leads.columnsOf([
    "Lead ID",
    "Client ID",
    "Name",
    "Company",
    "Phone",
    "Email",
    "Status",
    "Owner",
    "Next Follow-up"
  ]);
  const rows = cols["Lead ID"].map((id, i) => ({
    leadId: cellText2(id, crm.offset).trim(),
    name: cols["Name"][i],
    company: cols["Company"][i],
    phone: cols["Phone"][i],
    email: cols["Email"][i],
    status: cellText2(cols["Status"][i], crm.offset).trim(),
    owner: cellText2(cols["Owner"][i], crm.offset).trim()
  }));
  const status = typeof a.status === "string" ? cleanText(a.status) : "";
  const hits = searchRows(rows, query, {
    owner: a.mine === true ? currentUser().toLowerCase() : void 0,
    status: status || void 0
  });
  return hits.filter((h) => rows[h.index].leadId !== "").map(({ index }) => {
    const next = cols["Next Follow-up"][index];
    return {
      leadId: rows[index].leadId,
      clientId: cellText2(cols["Client ID"][index], crm.offset).trim(),
      name: cellText2(rows[index].name, crm.offset),
      company: cellText2(rows[index].company, crm.offset),
      phone: cellText2(rows[index].phone, crm.offset),
      phoneText: shownPhone(cellText2(rows[index].phone, crm.offset)),
      email: cellText2(rows[index].email, crm.offset),
      status: rows[index].status,
      owner: rows[index].owner,
      nextFollowUp: isDate(next) ? toYmd(next, crm.offset) : cellText2(next, crm.offset)
    };
  });
}

// src/gas/edit.ts
var DATE_HEADERS = ["Expected Close", "Next Follow-up", "Completed On"];
function updateLead(arg) {
  const result2 = saveEdit(arg);
  return result2.ok && arg && typeof arg === "object" && arg.day ? { ...result2, day: getMyDay(arg.day) } : result2;
}
function saveEdit(arg) {
  const crm = openCrm();
  const a = arg && typeof arg === "object" ? arg : {};
  const leadId = cleanText(typeof a.leadId === "string" ? a.leadId : "");
  const given = a.fields && typeof a.fields === "object" && !Array.isArray(a.fields) ? a.fields : void 0;
  const owner = given && "owner" in given ? ownerOf(crm, given.owner) : { ok: true, owner: void 0 };
  const fields2 = given && owner.ok && "owner" in given ? { ...given, owner: owner.owner } : given;
  const ownerError = owner.ok ? {} : { owner: owner.error };
  const valid = validateEdit(owner.ok ? fields2 : { ...fields2, owner: "" }, crm.settings);
  if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, { ...valid.errors, ...ownerError }) };
  if (!owner.ok) return { ok: false, errors: renderErrors(crm.lang, ownerError) };
  const past = pastFollowUp(valid.values.nextFollowUp, toYmd(crm.now, crm.offset));
  if (past) return { ok: false, errors: renderErrors(crm.lang, { nextFollowUp: past }) };
  let saved = null;
  const result2 = withDocumentLock(crm.lang, () => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const index = leadId ? findLead(leads, leadId, crm.offset) : -1;
    if (index < 0)
      return {
        ok: false,
        errors: renderErrors(crm.lang, {
          leadId: { key: "edit.unknown", params: { leadId: userText(leadId || "?") } }
        })
      };
    const lead2 = leads.readRow(index);
    const shown3 = (v) => isDate(v) ? toYmd(v, crm.offset) : cellText2(v, crm.offset);
    const changes = {};
    const log2 = [];
    for (const [key, value] of Object.entries(valid.values)) {
      const header = EDITABLE[key];
      const from = shown3(lead2[header]);
      const to = String(value);
      if (from === to || typeof value === "number" && Number(lead2[header]) === value && from !== "") continue;
      changes[header] = /^\d{4}-\d{2}-\d{2}$/.test(to) && DATE_HEADERS.includes(header) ? parseYmd(to, crm.offset) : value;
      log2.push({ header, from, to });
    }
    const changed = (h) => h in changes;
    const phone3 = changed("Phone") ? String(changes["Phone"]) : shown3(lead2["Phone"]);
    const email2 = changed("Email") ? String(changes["Email"]) : shown3(lead2["Email"]);
    if (phone3 === "" && email2 === "")
      return {
        ok: false,
        errors: renderErrors(crm.lang, { phone: { key: "valid.phoneOrEmail" }, email: { key: "valid.phoneOrEmail" } })
      };
    if (log2.length === 0) return { ok: true, errors: {}, changed: 0, card: cardAfterWrite(crm, leads, index, []) };
    leads.update(index, changes);
    const by = currentUser();
    const show = changeText(crm.lang, crm.settings.currency);
    const notes = [
      {
        Timestamp: crm.now,
        "Lead ID": leadId,
        Type: "Note",
        Summary: t(crm.lang, "edit.note", { changes: describeChanges(log2, show) }),
        By: by,
        "Next Follow-up": ""
      }
    ];
    const shared2 = shareFacts(crm, leads, index, { ...lead2, ...changes }, changes, a.applyToClient === true);
    for (const s of shared2)
      notes.push({
        Timestamp: crm.now,
        "Lead ID": s.leadId,
        Type: "Note",
        Summary: t(crm.lang, "edit.noteShared", { leadId, changes: describeChanges(s.log, show) }),
        By: by,
        "Next Follow-up": ""
      });
    Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(notes);
    if (changed("Deal Value")) saved = { ...lead2, ...changes };
    return {
      ok: true,
      errors: {},
      changed: log2.length,
      ...shared2.length > 0 ? { applied: shared2.length } : {},
      card: cardAfterWrite(crm, leads, index, [notes[0]])
    };
  });
  if (saved) alertBigDealNow(crm, saved);
  return result2;
}
var FACTS = ["Name", "Company", "Phone", "Email"];
function shareFacts(crm, leads, index, lead2, changes, toClient) {
  const facts = toClient ? FACTS.filter((h) => h in changes) : [];
  const consent = "Consent" in changes;
  if (facts.length === 0 && !consent) return [];
  const text5 = (v) => cellText2(v, crm.offset).trim();
  const clientId = text5(lead2["Client ID"]);
  const address = new Set(emailKeys(text5(lead2["Email"])).map(canonicalEmail));
  const out = [];
  leads.allRows().forEach((row, i) => {
    if (i === index) return;
    const r = leads.toRecord(row);
    const sameClient = clientId !== "" && text5(r["Client ID"]) === clientId;
    const sameAddress = consent && emailKeys(text5(r["Email"])).some((e) => address.has(canonicalEmail(e)));
    if (!sameClient && !sameAddress) return;
    const set = {};
    const log2 = [];
    for (const h of [...sameClient ? facts : [], ...consent ? ["Consent"] : []]) {
      if (text5(r[h]) === text5(changes[h])) continue;
      set[h] = changes[h];
      log2.push({ header: h, from: text5(r[h]), to: text5(changes[h]) });
    }
    if (log2.length === 0) return;
    leads.update(i, set);
    out.push({ leadId: text5(r["Lead ID"]), log: log2 });
  });
  return out;
}

// src/core/campaign-draft.ts
var YMD = /^\d{4}-\d{2}-\d{2}$/;
function validDay(s) {
  if (!YMD.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const t2 = new Date(Date.UTC(y, m - 1, d));
  return t2.getUTCFullYear() === y && t2.getUTCMonth() === m - 1 && t2.getUTCDate() === d;
}
function shiftDay(ymd3, days2) {
  const [y, m, d] = ymd3.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days2)).toISOString().slice(0, 10);
}
var LISTS = [
  ["status", "Status", "field.status"],
  ["source", "Source", "field.source"],
  ["owner", "Owner", "field.owner"],
  ["product", "Product", "field.product"]
];
function segmentText(choice) {
  const parts2 = [];
  for (const [key, field, label3] of LISTS) {
    const values2 = (choice[key] ?? []).map((v) => String(v).trim()).filter(Boolean);
    if (values2.length === 0) continue;
    const bad = values2.find((v) => /[;,=<>]/.test(v));
    if (bad)
      return {
        ok: false,
        error: { key: "campaignDialog.badValue", params: { field: ref(label3), value: userText(bad) } }
      };
    parts2.push(`${field}=${values2.join(",")}`);
  }
  const days2 = [
    ["createdFrom", "campaignDialog.createdFrom"],
    ["createdTo", "campaignDialog.createdTo"],
    ["lastContactBefore", "campaignDialog.lastContactBefore"]
  ];
  for (const [key, label3] of days2) {
    const v = String(choice[key] ?? "").trim();
    if (v !== "" && !validDay(v))
      return { ok: false, error: { key: "campaignDialog.badDay", params: { field: ref(label3) } } };
  }
  const from = String(choice.createdFrom ?? "").trim();
  const to = String(choice.createdTo ?? "").trim();
  if (from && to) {
    if (from > to) return { ok: false, error: { key: "campaignDialog.badRange" } };
    parts2.push(`Created=${from}..${to}`);
  } else if (from) parts2.push(`Created>${shiftDay(from, -1)}`);
  else if (to) parts2.push(`Created<${shiftDay(to, 1)}`);
  const before = String(choice.lastContactBefore ?? "").trim();
  if (before) parts2.push(`Last Contact<${before}`);
  return { ok: true, text: parts2.join("; ") };
}
function sendSchedule(total, perDay, firstDay) {
  if (total <= 0 || perDay <= 0) return [];
  const out = [];
  let left = total;
  for (let i = 0; left > 0; i++) {
    const n = Math.min(perDay, left);
    out.push({ day: shiftDay(firstDay, i), count: n });
    left -= n;
  }
  return out;
}

// src/gas/campaign-dialog.ts
function showCampaignDialog() {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile("Campaign").setWidth(900).setHeight(680);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, "campaignDialog.title"));
}
var label2 = (lang, key, fallback) => CATALOG[lang][key] ?? fallback;
function inLanguage(all2, lang) {
  const mine = all2.filter((x) => (x.language === "en" ? "en" : "id") === lang);
  return mine.length > 0 ? mine : all2;
}
var num2 = (v) => typeof v === "number" && Number.isFinite(v) ? v : Number(v) || 0;
function summaries(crm) {
  const { table: table2, list: list2 } = campaigns(crm);
  const rows = table2.allRows().map((r) => table2.toRecord(r));
  const templates2 = new Map(readTemplates(crm).map((x) => [x.id, x.name]));
  return list2.filter((c) => c.name !== "").map((c) => {
    const r = rows[c.index];
    return {
      id: c.id,
      name: c.name,
      state: c.state,
      template: templates2.get(c.templateId) ?? c.templateId,
      recipients: num2(r["Recipients"]),
      sent: num2(r["Sent"]),
      waiting: num2(r["Waiting"]),
      skipped: num2(r["Skipped"]),
      uncertain: num2(r["Uncertain"])
    };
  });
}
function getCampaignContext() {
  const crm = openCrm();
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const team2 = readTeam(crm);
  const distinct = (h) => [...new Set(leads.column(h).map((v) => cellText2(v, crm.offset).trim()))].filter(Boolean).sort();
  const usable = (v) => !/[;,=<>]/.test(v);
  const owners = [.../* @__PURE__ */ new Set([...team2.keys(), ...distinct("Owner")])].filter(usable);
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    templates: inLanguage(readTemplates(crm), crm.lang).map((x) => ({ id: x.id, name: x.name, channel: x.channel })),
    options: {
      status: crm.settings.statuses.map((s) => ({ value: s, label: label2(crm.lang, `status.${s}`, s) })),
      source: crm.settings.sources.filter(usable).map((s) => ({ value: s, label: label2(crm.lang, `source.${s}`, s) })),
      owner: owners.map((o) => ({ value: o, label: team2.get(o.toLowerCase())?.name || o })),
      product: distinct("Product").filter(usable).slice(0, 100).map((p) => ({ value: p, label: p }))
    },
    campaigns: summaries(crm)
  };
}
function segmentOf(crm, arg) {
  const s = segmentText(arg?.segment && typeof arg.segment === "object" ? arg.segment : {});
  if (!s.ok) throw new CrmError(s.error, crm.lang);
  return s.text;
}
function templateOf(crm, arg) {
  const id = cleanText(arg?.templateId);
  if (!id) throw new CrmError({ key: "valid.required", params: { field: ref("campaignDialog.template") } }, crm.lang);
  return id;
}
function whenText(crm, p, rows) {
  const recipients = p.recipients.length;
  if (p.channel !== "Email") return t(crm.lang, "campaignDialog.whenWhatsApp", { recipients });
  const installed = ScriptApp.getUserTriggers(crm.ss).some((x) => x.getHandlerFunction() === "runDailyJobs");
  if (!installed)
    return t(crm.lang, "campaignDialog.noTrigger", {
      menu: t(crm.lang, "menu.title"),
      admin: t(crm.lang, "menu.admin"),
      item: t(crm.lang, "menu.triggers")
    });
  const owners = new Set(rows.map((r) => cellText2(r["Owner"], crm.offset).trim().toLowerCase()).filter(Boolean));
  const digests = owners.size + managersOf(readTeam(crm), crm.settings.managerEmails).length;
  const perDay = Math.max(0, MailApp.getRemainingDailyQuota() - digests);
  const first = nextAtHour(crm.now, crm.settings.reminderHour, crm.offset);
  const plan2 = sendSchedule(recipients, perDay, toYmd(first, crm.offset));
  if (plan2.length === 0) return t(crm.lang, "campaignDialog.noQuota");
  const days2 = plan2.map(
    (d) => t(crm.lang, "campaignDialog.planDay", { count: d.count, day: formatDay(d.day, crm.lang, "weekday") })
  );
  const hour = `${String(crm.settings.reminderHour).padStart(2, "0")}${crm.lang === "id" ? "." : ":"}00`;
  const shown3 = days2.length > 4 ? [...days2.slice(0, 3), "…", days2[days2.length - 1]] : days2;
  return t(crm.lang, "campaignDialog.whenEmail", { recipients, hour, perDay, plan: shown3.join(", ") });
}
function previewCampaignDraft(arg) {
  const crm = openCrm();
  const { plan: p, rows } = planOf(crm, templateOf(crm, arg), segmentOf(crm, arg), cleanText(arg?.name));
  const names = new Map(rows.map((r) => [cellText2(r["Lead ID"], crm.offset).trim(), cellText2(r["Name"], crm.offset)]));
  const shownTo = (to) => to.startsWith("+") ? formatPhone(to) : to;
  const first = p.recipients[0];
  return {
    channel: p.channel,
    matched: p.recipients.length + p.skipped.length,
    recipients: p.recipients.length,
    list: p.recipients.slice(0, 50).map((r) => ({ leadId: r.leadId, name: r.name, to: shownTo(r.to) })),
    skipped: p.skipped.map((s) => ({
      leadId: s.leadId,
      name: names.get(s.leadId) ?? "",
      reason: message(crm.lang, s.reason)
    })),
    consent: consentNote(crm, p),
    sample: first ? { to: shownTo(first.to), subject: first.subject, text: first.text } : null,
    when: whenText(crm, p, rows)
  };
}
function sendCampaignDraftTest(arg) {
  const crm = openCrm();
  const name = cleanText(arg?.name);
  const { plan: p } = planOf(crm, templateOf(crm, arg), segmentOf(crm, arg), name);
  if (p.channel !== "Email" || p.recipients.length === 0)
    throw new CrmError({ key: "campaignDialog.testEmailOnly" }, crm.lang);
  return sendTestOf(crm, p, name);
}
function createCampaign(arg) {
  const crm = openCrm();
  const name = cleanText(arg?.name);
  if (!name) throw new CrmError({ key: "valid.required", params: { field: ref("campaignDialog.name") } }, crm.lang);
  const templateId = templateOf(crm, arg);
  const segment = segmentOf(crm, arg);
  const { plan: p, rows } = planOf(crm, templateId, segment, name);
  if (p.recipients.length === 0) throw new CrmError({ key: "campaignDialog.noRecipients" }, crm.lang);
  campaigns(crm);
  const id = withDocumentLock(crm.lang, () => {
    const table2 = Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
    const names = table2.column("Campaign").map((v) => cellText2(v, crm.offset).trim().toLowerCase());
    if (names.includes(name.toLowerCase()))
      throw new CrmError({ key: "campaignDialog.nameTaken", params: { name: userText(name) } }, crm.lang);
    table2.append([
      {
        Campaign: name,
        "Template ID": templateId,
        Segment: segment,
        Start: parseYmd(toYmd(crm.now, crm.offset), crm.offset) ?? crm.now,
        State: "Running",
        Recipients: p.recipients.length,
        Sent: 0,
        Waiting: p.recipients.length,
        Skipped: p.skipped.length,
        "Why skipped": reasons(crm, p.skipped),
        Uncertain: 0
      }
    ]);
    const fresh = Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
    giveCampaignIds(fresh, crm.offset);
    return cellText2(fresh.column("Campaign ID")[fresh.rowCount - 1], crm.offset).trim();
  });
  const text5 = `${t(crm.lang, "campaign.started", { name: userText(name), recipients: p.recipients.length })} ${whenText(crm, p, rows)}`;
  return { id, name, message: text5, campaigns: summaries(crm) };
}
function getCampaignProgress() {
  return summaries(openCrm());
}
  return {
    archiveActivities,
    createCampaign,
    doGet,
    getActiveLead,
    getArchiveContext,
    getCampaignContext,
    getCampaignProgress,
    getClient,
    getCrmSummary,
    getImportContext,
    getMergePreview,
    getMyDay,
    getOwnerNames,
    getPipelineBoard,
    getSelectedLead,
    getSidebarContext,
    importLeads,
    installTriggers,
    logActivity: logActivity2,
    mapOwners,
    markCampaignContact,
    mergeDuplicates,
    nextCampaignContact,
    onEdit,
    onInstall,
    onLeadFormSubmit,
    onOpen,
    previewCampaign,
    previewCampaignDraft,
    refreshSummary,
    renderTemplate: renderTemplate2,
    runDailyJobs,
    runDuplicateAudit,
    runDuplicateAuditNow,
    runFollowUpReminders,
    searchLeads,
    sendCampaignDraftTest,
    sendCampaignTest,
    sendTemplateEmail,
    setLeadStatus: setLeadStatus2,
    setupCrm,
    showArchiveDialog,
    showCampaignDialog,
    showImportDialog,
    showMergeDialog,
    showNextRun,
    showPipelineBoard,
    showSidebar,
    startCampaign,
    stopCampaign,
    submitLead: submitLead2,
    undoArchive,
    undoImport,
    undoMerge,
    updateLead,
  };
})();

// Global functions for Apps Script (generated by build.mjs)
function archiveActivities(arg) {
  return Lembar.archiveActivities(arg);
}
function createCampaign(arg) {
  return Lembar.createCampaign(arg);
}
function doGet(arg) {
  return Lembar.doGet(arg);
}
function getActiveLead(arg) {
  return Lembar.getActiveLead(arg);
}
function getArchiveContext(arg) {
  return Lembar.getArchiveContext(arg);
}
function getCampaignContext(arg) {
  return Lembar.getCampaignContext(arg);
}
function getCampaignProgress(arg) {
  return Lembar.getCampaignProgress(arg);
}
function getClient(arg) {
  return Lembar.getClient(arg);
}
function getCrmSummary(arg) {
  return Lembar.getCrmSummary(arg);
}
function getImportContext(arg) {
  return Lembar.getImportContext(arg);
}
function getMergePreview(arg) {
  return Lembar.getMergePreview(arg);
}
function getMyDay(arg) {
  return Lembar.getMyDay(arg);
}
function getOwnerNames(arg) {
  return Lembar.getOwnerNames(arg);
}
function getPipelineBoard(arg) {
  return Lembar.getPipelineBoard(arg);
}
function getSelectedLead(arg) {
  return Lembar.getSelectedLead(arg);
}
function getSidebarContext(arg) {
  return Lembar.getSidebarContext(arg);
}
function importLeads(arg) {
  return Lembar.importLeads(arg);
}
function installTriggers(arg) {
  return Lembar.installTriggers(arg);
}
function logActivity(arg) {
  return Lembar.logActivity(arg);
}
function mapOwners(arg) {
  return Lembar.mapOwners(arg);
}
function markCampaignContact(arg) {
  return Lembar.markCampaignContact(arg);
}
function mergeDuplicates(arg) {
  return Lembar.mergeDuplicates(arg);
}
function nextCampaignContact(arg) {
  return Lembar.nextCampaignContact(arg);
}
function onEdit(arg) {
  return Lembar.onEdit(arg);
}
function onInstall(arg) {
  return Lembar.onInstall(arg);
}
function onLeadFormSubmit(arg) {
  return Lembar.onLeadFormSubmit(arg);
}
function onOpen(arg) {
  return Lembar.onOpen(arg);
}
function previewCampaign(arg) {
  return Lembar.previewCampaign(arg);
}
function previewCampaignDraft(arg) {
  return Lembar.previewCampaignDraft(arg);
}
function refreshSummary(arg) {
  return Lembar.refreshSummary(arg);
}
function renderTemplate(arg) {
  return Lembar.renderTemplate(arg);
}
function runDailyJobs(arg) {
  return Lembar.runDailyJobs(arg);
}
function runDuplicateAudit(arg) {
  return Lembar.runDuplicateAudit(arg);
}
function runDuplicateAuditNow(arg) {
  return Lembar.runDuplicateAuditNow(arg);
}
function runFollowUpReminders(arg) {
  return Lembar.runFollowUpReminders(arg);
}
function searchLeads(arg) {
  return Lembar.searchLeads(arg);
}
function sendCampaignDraftTest(arg) {
  return Lembar.sendCampaignDraftTest(arg);
}
function sendCampaignTest(arg) {
  return Lembar.sendCampaignTest(arg);
}
function sendTemplateEmail(arg) {
  return Lembar.sendTemplateEmail(arg);
}
function setLeadStatus(arg) {
  return Lembar.setLeadStatus(arg);
}
function setupCrm(arg) {
  return Lembar.setupCrm(arg);
}
function showArchiveDialog(arg) {
  return Lembar.showArchiveDialog(arg);
}
function showCampaignDialog(arg) {
  return Lembar.showCampaignDialog(arg);
}
function showImportDialog(arg) {
  return Lembar.showImportDialog(arg);
}
function showMergeDialog(arg) {
  return Lembar.showMergeDialog(arg);
}
function showNextRun(arg) {
  return Lembar.showNextRun(arg);
}
function showPipelineBoard(arg) {
  return Lembar.showPipelineBoard(arg);
}
function showSidebar(arg) {
  return Lembar.showSidebar(arg);
}
function startCampaign(arg) {
  return Lembar.startCampaign(arg);
}
function stopCampaign(arg) {
  return Lembar.stopCampaign(arg);
}
function submitLead(arg) {
  return Lembar.submitLead(arg);
}
function undoArchive(arg) {
  return Lembar.undoArchive(arg);
}
function undoImport(arg) {
  return Lembar.undoImport(arg);
}
function undoMerge(arg) {
  return Lembar.undoMerge(arg);
}
function updateLead(arg) {
  return Lembar.updateLead(arg);
}

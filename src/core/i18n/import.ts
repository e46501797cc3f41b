// Importing leads: the dialog, the problems found, the refusals.
import type { Entries } from './entry';

export const importing = {
  'ui.import.intro': {
    en: "Bring in a team's existing leads: paste a CSV or TSV (a block copied from a sheet works), upload a .csv file, or pick a tab of this spreadsheet. Nothing is written until you press Import.",
    id: 'Masukkan prospek lama tim: tempel CSV atau TSV (blok yang disalin dari sheet juga bisa), unggah file .csv, atau pilih tab di spreadsheet ini. Belum ada yang ditulis sampai Anda menekan Impor.',
  },
  'ui.import.paste': { en: 'Paste CSV or TSV', id: 'Tempel CSV atau TSV' },
  'ui.import.file': { en: 'Or upload a .csv file', id: 'Atau unggah file .csv' },
  'ui.import.tab': { en: 'Or import a tab of this spreadsheet', id: 'Atau impor tab di spreadsheet ini' },
  'ui.import.noTab': { en: '(none)', id: '(tidak ada)' },
  'ui.import.check': { en: 'Check', id: 'Periksa' },
  'ui.import.recheck': { en: 'Check again', id: 'Periksa lagi' },
  'ui.import.run': { en: 'Import {count} {count|lead|leads}', id: 'Impor {count} prospek' },
  'ui.import.columns': { en: 'Columns', id: 'Kolom' },
  'ui.import.column': { en: 'Column in the file', id: 'Kolom di file' },
  'ui.import.target': { en: 'Goes to', id: 'Masuk ke' },
  'ui.import.keep': { en: "(keep as the team's own column)", id: '(simpan sebagai kolom tim sendiri)' },
  'ui.import.keepValue': { en: '(keep as written)', id: '(simpan seperti tertulis)' },
  'ui.import.example': { en: 'Example', id: 'Contoh' },
  'ui.import.values': { en: 'Values to map', id: 'Nilai yang perlu dipetakan' },
  'ui.import.problems': { en: 'Needs attention ({count})', id: 'Perlu diperhatikan ({count})' },
  'ui.import.noProblems': { en: 'Every value could be read.', id: 'Semua nilai bisa dibaca.' },
  'ui.import.row': { en: 'Row', id: 'Baris' },
  'ui.import.value': { en: 'Value', id: 'Nilai' },
  'ui.import.what': { en: 'What', id: 'Keterangan' },
  'ui.import.duplicates': { en: 'Possible duplicates ({count})', id: 'Kemungkinan duplikat ({count})' },
  'ui.import.dupExisting': {
    en: 'Row {row} has the same {on} as {leads}.',
    id: 'Baris {row} punya {on} yang sama dengan {leads}.',
  },
  'ui.import.dupRows': {
    en: 'Row {row} has the same {on} as row {rows} of the file.',
    id: 'Baris {row} punya {on} yang sama dengan baris {rows} di file.',
  },
  'ui.import.more': { en: '… and {count} more.', id: '… dan {count} lagi.' },
  'ui.import.undo': { en: 'Undo this import', id: 'Batalkan impor ini' },
  'ui.import.undoConfirm': {
    en: 'Yes, remove the {count} {count|lead|leads} of {importId}',
    id: 'Ya, hapus {count} prospek dari {importId}',
  },
  'ui.import.undoKeep': { en: 'Keep them', id: 'Jangan, simpan' },
  'ui.import.undoConfirmLater': {
    en: 'Yes, remove the leads of {importId} still in the CRM',
    id: 'Ya, hapus prospek dari {importId} yang masih ada',
  },
  'ui.import.recent': { en: 'Earlier imports', id: 'Impor sebelumnya' },
  'ui.import.recentCount': { en: '{count} {count|lead|leads}', id: '{count} prospek' },
  'ui.import.close': { en: 'Close', id: 'Tutup' },
  'ui.import.working': { en: 'Working…', id: 'Sedang diproses…' },
  'ui.import.choose': { en: 'Choose…', id: 'Pilih…' },
  'ui.import.skipColumn': { en: '(do not import)', id: '(jangan diimpor)' },
  'ui.import.noteColumn': { en: '(a note on each lead)', id: '(jadikan catatan)' },
  'ui.import.guessed': { en: 'guessed', id: 'tebakan' },
  'ui.import.newEmail': { en: 'Email of the new Team member', id: 'Email anggota Team baru' },
  'ui.import.ownerNew': { en: 'A new Team member…', id: 'Anggota Team baru…' },
  'ui.import.ownerNone': { en: '(no owner)', id: '(tanpa penanggung jawab)' },
  'ui.import.kind': { en: 'Column', id: 'Kolom' },
  'ui.import.rows': { en: 'Rows', id: 'Baris' },
  'ui.import.becomes': { en: 'Becomes', id: 'Menjadi' },
  'ui.import.dupThis': { en: 'This row', id: 'Baris ini' },
  'ui.import.dupOther': { en: 'Already there', id: 'Sudah ada' },
  'ui.import.action': { en: 'What to do', id: 'Tindakan' },
  'ui.import.actionFor': { en: 'What to do with row {row}', id: 'Tindakan untuk baris {row}' },
  'ui.import.fileRow': { en: 'Row {row} of the file', id: 'Baris {row} di file' },
  'ui.import.dup.skip': { en: 'Skip (do not import)', id: 'Lewati (jangan diimpor)' },
  'ui.import.dup.fill': { en: 'Fill its empty fields', id: 'Lengkapi kolom yang kosong' },
  'ui.import.dup.newDeal': { en: 'A new deal for the same client', id: 'Deal baru untuk klien yang sama' },
  'ui.import.dup.separate': { en: 'A separate lead (another client)', id: 'Prospek terpisah (klien lain)' },
  'ui.import.preview': { en: 'First rows as they will be written', id: 'Baris pertama seperti yang akan ditulis' },
  'ui.import.stillOpen': {
    en: '{count} {count|value|values} still {count|needs|need} an answer above.',
    id: '{count} nilai di atas masih perlu dijawab.',
  },
  'import.title': { en: 'Import leads', id: 'Impor prospek' },
  'import.badTarget': {
    en: 'The column "{column}" cannot be imported into {target}.',
    id: 'Kolom "{column}" tidak bisa diimpor ke {target}.',
  },
  'import.twice': {
    en: '{target} would be filled from two columns ({columns}): map only one.',
    id: '{target} akan diisi dari dua kolom ({columns}): pilih satu saja.',
  },
  'import.empty': { en: 'The file has no rows to import.', id: 'File tidak berisi baris untuk diimpor.' },
  'import.noName': {
    en: "No column is mapped to Name: choose the column that holds the lead's name.",
    id: 'Belum ada kolom untuk Nama (Name): pilih kolom yang berisi nama prospek.',
  },
  'import.badStatus': {
    en: '"{value}" cannot become {target}: it is not a status in Settings.',
    id: '"{value}" tidak bisa menjadi {target}: bukan status di Settings.',
  },
  'import.badSource': {
    en: '"{value}" cannot become {target}: it is not a source in Settings.',
    id: '"{value}" tidak bisa menjadi {target}: bukan sumber di Settings.',
  },
  'import.phoneAsNumber': {
    en: 'The spreadsheet turned this phone number into a number, so digits may be lost. Kept as it is: check it and type it as text.',
    id: 'Spreadsheet sudah mengubah nomor telepon ini menjadi angka, jadi digitnya bisa hilang. Disimpan apa adanya: periksa dan ketik ulang sebagai teks.',
  },
  'import.phoneInvalid': {
    en: 'Not a phone number the CRM can read. Kept as it is.',
    id: 'Bukan nomor telepon yang bisa dibaca CRM. Disimpan apa adanya.',
  },
  'import.slaOverdue': {
    en: '{count} {count|lead is|leads are} still at {status} with a Created At older than the first-contact SLA ({hours} {hours|hour|hours}) and no contact on record ({count|row|rows} {rows}): Today lists {count|it|them} as first contact overdue, and the SLA figure counts {count|it|them} as missed. If the file says when {count|it was|they were} contacted, map that column to Last contact (Last Contact).',
    id: '{count} prospek masih di tahap {status} dengan Tanggal masuk lebih lama dari SLA kontak pertama ({hours} jam) dan tanpa catatan kontak (baris {rows}): Hari ini mencantumkannya sebagai kontak pertama terlambat, dan angka SLA menghitungnya terlewat. Jika file mencatat kapan mereka dihubungi, petakan kolom itu ke Kontak terakhir (Last Contact).',
  },
  'import.otherPhones': {
    en: "{count} {count|row has|rows have} a second phone number ({count|row|rows} {rows}): it is kept in the {column} column; the lead's card and its WhatsApp use the first.",
    id: '{count} baris punya nomor telepon kedua (baris {rows}): disimpan di kolom {column}; kartu prospek dan WhatsApp-nya memakai nomor pertama.',
  },
  'import.gateMissing': {
    en: '{count} {count|lead comes|leads come} in as {status} without {fields}, which that stage needs ({count|row|rows} {rows}). Fill {fields} in the file, or on the {count|lead|leads} after the import: until then the Summary counts {count|it|them} without {fields}.',
    id: '{count} prospek masuk sebagai {status} tanpa {fields}, padahal tahap itu memerlukannya (baris {rows}). Isi {fields} di file, atau di prospeknya setelah impor: sebelum diisi, Ringkasan menghitungnya tanpa {fields}.',
  },
  'import.emailInvalid': {
    en: 'Not a valid email address. Kept as it is.',
    id: 'Alamat email tidak valid. Disimpan apa adanya.',
  },
  'import.moneyInvalid': {
    en: 'Not an amount the CRM can read. Kept as text.',
    id: 'Bukan nilai uang yang bisa dibaca CRM. Disimpan sebagai teks.',
  },
  'import.moneyNegative': { en: 'A negative amount. Kept as text.', id: 'Nilai negatif. Disimpan sebagai teks.' },
  'import.dateImpossible': {
    en: 'There is no such date. Kept as text.',
    id: 'Tanggal ini tidak ada. Disimpan sebagai teks.',
  },
  'import.dateInvalid': {
    en: 'Not a date the CRM can read. Kept as text.',
    id: 'Bukan tanggal yang bisa dibaca CRM. Disimpan sebagai teks.',
  },
  'import.dateAmbiguous': {
    en: 'This column has dates written day-first and month-first; this one was read as {date}.',
    id: 'Kolom ini berisi tanggal yang ditulis hari dulu dan bulan dulu; yang ini dibaca sebagai {date}.',
  },
  'import.nameMissing': {
    en: 'No name: imported without one. Give it a name in the sidebar.',
    id: 'Tanpa nama: diimpor tanpa nama. Beri nama di sidebar.',
  },
  'import.question.status': {
    en: 'Status "{value}" ({rows} {rows|row|rows}) is not in Settings: choose the status it means.',
    id: 'Status "{value}" ({rows} baris) tidak ada di Settings: pilih status yang dimaksud.',
  },
  'import.question.source': {
    en: 'Source "{value}" ({rows} {rows|row|rows}) is not in Settings: choose the source it means, or keep it as written.',
    id: 'Sumber "{value}" ({rows} baris) tidak ada di Settings: pilih sumber yang dimaksud, atau simpan seperti tertulis.',
  },
  'import.needsAnswers': {
    en: 'Nothing was imported: {count} {count|value|values} {count|needs|need} an answer first.',
    id: 'Belum ada yang diimpor: {count} nilai perlu dijawab dulu.',
  },
  'import.noteSummary': {
    en: 'Imported from {file} (import {importId}).',
    id: 'Diimpor dari {file} (impor {importId}).',
  },
  'import.done': {
    en: '{count} {count|lead|leads} imported as {first} to {last} (import {importId}).',
    id: '{count} prospek diimpor sebagai {first} sampai {last} (impor {importId}).',
  },
  'import.checked': {
    en: 'Checked: {count} new {count|lead|leads}, {skipped} {skipped|row|rows} skipped, {filled} existing {filled|lead|leads} filled in. Nothing was written yet.',
    id: 'Diperiksa: {count} prospek baru, {skipped} baris dilewati, {filled} prospek yang ada dilengkapi. Belum ada yang ditulis.',
  },
  'import.undone': {
    en: 'Import {importId} undone: {count} {count|lead|leads} removed.',
    id: 'Impor {importId} dibatalkan: {count} prospek dihapus.',
  },
  'import.unknown': {
    en: 'There is no import {importId} to undo.',
    id: 'Tidak ada impor {importId} untuk dibatalkan.',
  },
  'import.alreadyUndone': { en: 'Import {importId} was already undone.', id: 'Impor {importId} sudah dibatalkan.' },
  'import.worked': {
    en: 'Import {importId} cannot be undone: {count} of its leads {count|has|have} been worked on since ({ids}). Archive or merge them instead.',
    id: 'Impor {importId} tidak bisa dibatalkan: {count} prospeknya sudah dikerjakan sejak itu ({ids}). Arsipkan atau gabungkan saja.',
  },
  'import.csv': {
    en: 'The file cannot be read as CSV: {reason} (row {row}).',
    id: 'File tidak bisa dibaca sebagai CSV: {reason} (baris {row}).',
  },
  'import.noSource': {
    en: 'Give the import a CSV text or the name of a tab.',
    id: 'Beri impor teks CSV atau nama tab.',
  },
  'import.tabMissing': { en: 'There is no tab named "{tab}".', id: 'Tidak ada tab bernama "{tab}".' },
  'import.tooLarge': {
    en: 'The file is too large to import at once ({rows} {rows|row|rows}; at most {max}). Split it.',
    id: 'File terlalu besar untuk diimpor sekaligus ({rows} baris; paling banyak {max}). Pecah filenya.',
  },
  'import.recoveredKept': {
    en: 'An import that stopped half way ({importId}) was rolled back, except {count} {count|lead|leads} worked on since ({ids}): {count|it was|they were} kept.',
    id: 'Impor yang terhenti di tengah jalan ({importId}) sudah dikembalikan, kecuali {count} prospek yang sudah dikerjakan sejak itu ({ids}): prospek itu tetap disimpan.',
  },
  'import.unnamedColumn': { en: 'Column {letter}', id: 'Kolom {letter}' },
  'import.headerDuplicate': {
    en: 'The file has the header "{header}" more than once: this column is imported as "{name}".',
    id: 'Judul kolom "{header}" ada lebih dari sekali di file: kolom ini diimpor sebagai "{name}".',
  },
  'import.headerEmpty': {
    en: 'This column has values but no header: it is imported as "{name}". Give it a header in the file, or choose where it goes.',
    id: 'Kolom ini berisi nilai tetapi tanpa judul: diimpor sebagai "{name}". Beri judul di file, atau pilih tujuannya.',
  },
  'import.countInvalid': {
    en: 'Not a number of follow-ups (a whole number, 0 or more). Kept as it is.',
    id: 'Bukan jumlah tindak lanjut (bilangan bulat, 0 atau lebih). Disimpan apa adanya.',
  },
  'import.tooLong': {
    en: "Longer than {field} may be ({length} characters; at most {max}). Shorten it in the file, or keep this column as the team's own.",
    id: 'Lebih panjang dari batas {field} ({length} karakter; maksimal {max}). Persingkat di file, atau simpan kolom ini sebagai kolom tim sendiri.',
  },
  'import.cellTooLong': {
    en: 'Too long for a spreadsheet cell ({length} characters; at most {max}). Shorten it in the file.',
    id: 'Terlalu panjang untuk satu sel spreadsheet ({length} karakter; maksimal {max}). Persingkat di file.',
  },
  'import.mustFix': {
    en: 'Nothing was imported: {count} {count|value|values} must be fixed first.',
    id: 'Belum ada yang diimpor: {count} nilai harus diperbaiki dulu.',
  },
  'import.tooWide': {
    en: 'The file has {columns} columns; one import takes at most {max}. Remove the columns you do not need, or split the file.',
    id: 'File berisi {columns} kolom; satu impor paling banyak {max}. Hapus kolom yang tidak diperlukan, atau pecah filenya.',
  },
  'import.leadsTooWide': {
    en: "Leads would have {columns} columns; a sheet holds at most {max}. Keep fewer of the file's columns.",
    id: 'Leads akan berisi {columns} kolom; satu sheet paling banyak {max}. Simpan lebih sedikit kolom dari file.',
  },
  'import.tooManyCells': {
    en: "Leads would hold {cells} {cells|cell|cells}; a spreadsheet holds at most {max}. Import fewer rows at once, or keep fewer of the file's columns.",
    id: 'Leads akan berisi {cells} sel; satu spreadsheet paling banyak {max}. Impor lebih sedikit baris sekaligus, atau simpan lebih sedikit kolom dari file.',
  },
  'import.encoding1252': {
    en: 'The file is not UTF-8, so it was read as Windows-1252 (Western European). Check names with accents; if letters look wrong, save the file as "CSV UTF-8" and import it again.',
    id: 'File ini bukan UTF-8, jadi dibaca sebagai Windows-1252 (Eropa Barat). Periksa nama yang beraksen; jika hurufnya tampak salah, simpan file sebagai "CSV UTF-8" lalu impor lagi.',
  },
  'import.encodingWorkbook': {
    en: 'This is a spreadsheet workbook (.xlsx or .xls), not a CSV file. Open it, save it as "CSV UTF-8", and import that file.',
    id: 'Ini file workbook spreadsheet (.xlsx atau .xls), bukan file CSV. Buka, simpan sebagai "CSV UTF-8", lalu impor file itu.',
  },
  'import.encodingUnknown': {
    en: 'The file cannot be read as text (it is not UTF-8, UTF-16 or Windows-1252). Save it as "CSV UTF-8" and import that file.',
    id: 'File tidak bisa dibaca sebagai teks (bukan UTF-8, UTF-16, atau Windows-1252). Simpan sebagai "CSV UTF-8" lalu impor file itu.',
  },
  'import.recovered': {
    en: 'An import that stopped half way ({importId}) was rolled back.',
    id: 'Impor yang terhenti di tengah jalan ({importId}) sudah dikembalikan.',
  },
  'import.badOwner': {
    en: 'The owner "{value}" cannot become "{answer}": give a Team member, a new email address, or no owner.',
    id: 'Penanggung jawab (Owner) "{value}" tidak bisa menjadi "{answer}": pilih anggota Team, alamat email baru, atau tanpa penanggung jawab.',
  },
  'import.question.owner': {
    en: 'Owner "{value}" ({rows} {rows|row|rows}) is not a Team member the CRM can tell: choose who it is, give a new email for the Team, or no owner.',
    id: 'Penanggung jawab (Owner) "{value}" ({rows} baris) tidak dikenali sebagai anggota Team: pilih siapa orangnya, isi email baru untuk tab Team, atau tanpa penanggung jawab.',
  },
  'import.question.ownerAmbiguous': {
    en: 'Owner "{value}" ({rows} {rows|row|rows}) could be {names}: choose who it is.',
    id: 'Penanggung jawab (Owner) "{value}" ({rows} baris) bisa berarti {names}: pilih siapa orangnya.',
  },
  'import.dup.same': {
    en: 'Row {row} is already in the CRM as {other} ({name}).',
    id: 'Baris {row} sudah ada di CRM sebagai {other} ({name}).',
  },
  'import.dup.shared': {
    en: 'Row {row} shares a phone or email with {other} ({name}).',
    id: 'Baris {row} memakai telepon atau email yang sama dengan {other} ({name}).',
  },
  'import.dup.repeat': {
    en: 'Row {row} repeats row {other} of the file ({name}).',
    id: 'Baris {row} mengulang baris {other} di file ({name}).',
  },
  'import.dup.sharedRow': {
    en: 'Row {row} shares a phone or email with row {other} of the file ({name}).',
    id: 'Baris {row} memakai telepon atau email yang sama dengan baris {other} di file ({name}).',
  },
  'import.nothingNew': {
    en: 'Nothing was written: the {skipped} {skipped|row|rows} of the file {skipped|is|are} already in the CRM.',
    id: 'Tidak ada yang ditulis: {skipped} baris di file sudah ada di CRM.',
  },
  'import.fieldName': { en: '{field}', id: '{field}' },
  'import.noteRemarks': {
    en: 'From {file} (import {importId}, row {row}):',
    id: 'Dari {file} (impor {importId}, baris {row}):',
  },
  'import.noteFilled': {
    en: 'Filled from {file} (import {importId}, row {row}): {fields}.',
    id: 'Diisi dari {file} (impor {importId}, baris {row}): {fields}.',
  },
  'import.doneFilled': {
    en: 'No new lead; {filled} existing {filled|lead|leads} filled in (import {importId}).',
    id: 'Tidak ada prospek baru; {filled} prospek yang ada dilengkapi (impor {importId}).',
  },
  'import.noStatusColumn': {
    en: 'The file has no Status column: the {count} {count|lead comes|leads come} in as {status}. Choose the column that holds the stage, if the file has one.',
    id: 'Tidak ada kolom Status di file: {count} prospek masuk sebagai {status}. Pilih kolom yang berisi tahapnya, jika file punya.',
  },
  'import.noSourceColumn': {
    en: 'The file has no Source column: the {count} {count|lead comes|leads come} in without a Source, and the Summary counts {count|it|them} under "—" in conversion by source.',
    id: 'Tidak ada kolom Sumber (Source) di file: {count} prospek masuk tanpa Sumber, dan Ringkasan menghitungnya di "—" pada konversi per sumber.',
  },
  'import.noDates': {
    en: '{count} {count|lead|leads} {count|has|have} no Created At in the file: {count|it comes|they come} in without a date, never the import day, and {count|is|are} left out of the first-contact SLA and stale figures (not counted: imported without dates).',
    id: '{count} prospek tidak punya Tanggal masuk (Created At) di file: diimpor tanpa tanggal, bukan tanggal impor, dan tidak ikut dihitung di SLA kontak pertama dan prospek mandek (tidak dihitung: diimpor tanpa tanggal).',
  },
  'import.undoneFilled': {
    en: 'Import {importId} undone: {count} {count|lead|leads} removed. The {filled} existing {filled|lead|leads} it filled in {filled|keeps|keep} those values (each has a Note saying what came from the file).',
    id: 'Impor {importId} dibatalkan: {count} prospek dihapus. {filled} prospek lama yang dilengkapinya tetap menyimpan nilai itu (masing-masing punya Catatan tentang apa yang berasal dari file).',
  },
  'owners.note': { en: 'Owner: {from} → {to}', id: 'Penanggung jawab (Owner): {from} → {to}' },
  'owners.done': {
    en: '{count} Owner {count|cell|cells} now {count|holds|hold} an email; {team} Team {team|row|rows} added.',
    id: '{count} sel Penanggung jawab (Owner) sekarang berisi email; {team} baris Team ditambahkan.',
  },
  'owners.bareNames': {
    en: 'Owner written as a name, not an email, on {rows} {rows|lead|leads}: {value}{guess}. Today, the digest and the scorecard leave {rows|it|them} out. Map it in Extensions → Lembar CRM → Admin → Import leads… (Owners written as names).',
    id: 'Penanggung jawab (Owner) ditulis sebagai nama, bukan email, di {rows} prospek: {value}{guess}. Hari ini, ringkasan harian, dan scorecard tidak menghitungnya. Petakan di Ekstensi → Lembar CRM → Admin → Impor prospek… (Penanggung jawab yang ditulis sebagai nama).',
  },
  'owners.toast': {
    en: '{count} owner {count|name|names} in Leads {count|is not an email|are not emails} ({names}): map {count|it|them} in Import leads….',
    id: '{count} nama penanggung jawab di Leads bukan email ({names}): petakan di Impor prospek….',
  },
  'owners.guess': { en: ' (probably {email})', id: ' (kemungkinan {email})' },
  'ui.owners.title': {
    en: 'Owners written as names in Leads',
    id: 'Penanggung jawab (Owner) yang ditulis sebagai nama di Leads',
  },
  'ui.owners.intro': {
    en: 'These owners are names, not emails: Today, the digest, the scorecard and message templates cannot find them. Choose who each one is.',
    id: 'Penanggung jawab ini berupa nama, bukan email: Hari ini, ringkasan harian, scorecard, dan template pesan tidak bisa menemukannya. Pilih siapa orangnya.',
  },
  'ui.owners.apply': { en: 'Apply to Leads', id: 'Terapkan ke Leads' },
} satisfies Entries;

// The campaign dialog (issue 29 item 6): a campaign made by choosing, its preview with reasons,
// a test send, Start with what happens and when, and each campaign's progress.
import type { Entries } from './entry';

export const campaignDialog = {
  'campaignDialog.title': { en: 'Campaigns', id: 'Kampanye' },
  'campaignDialog.menu': { en: 'Make or follow a campaign…', id: 'Buat atau pantau kampanye…' },
  'campaignDialog.new': { en: 'New campaign', id: 'Kampanye baru' },
  'campaignDialog.list': { en: 'Campaigns and their progress', id: 'Kampanye dan kemajuannya' },
  'campaignDialog.name': { en: 'Campaign name', id: 'Nama kampanye' },
  'campaignDialog.template': { en: 'Template', id: 'Template' },
  'campaignDialog.pickTemplate': { en: 'Choose a template', id: 'Pilih template' },
  'campaignDialog.templateOption': { en: '{name} ({channel})', id: '{name} ({channel})' },
  'campaignDialog.segment': { en: 'Who receives it', id: 'Siapa yang menerima' },
  'campaignDialog.segmentHint': {
    en: 'Tick nothing in a list to take everyone.',
    id: 'Jangan centang apa pun di sebuah daftar untuk mengambil semuanya.',
  },
  'campaignDialog.createdFrom': { en: 'Created from', id: 'Dibuat sejak' },
  'campaignDialog.createdTo': { en: 'Created up to', id: 'Dibuat sampai' },
  'campaignDialog.lastContactBefore': { en: 'Last contacted before', id: 'Terakhir dihubungi sebelum' },
  'campaignDialog.counting': { en: 'Counting…', id: 'Menghitung…' },
  'campaignDialog.count': {
    en: '{matched} in the segment: {recipients} will receive it, {skipped} skipped.',
    id: '{matched} dalam segmen: {recipients} akan menerima, {skipped} dilewati.',
  },
  'campaignDialog.recipients': { en: 'Will receive it', id: 'Akan menerima' },
  'campaignDialog.more': { en: '… and {count} more', id: '… dan {count} lainnya' },
  'campaignDialog.skipped': { en: 'Skipped, and why', id: 'Dilewati, dan alasannya' },
  'campaignDialog.sample': {
    en: 'The message, as the first recipient gets it',
    id: 'Pesannya, seperti yang diterima penerima pertama',
  },
  'campaignDialog.to': { en: 'To: {to}', id: 'Kepada: {to}' },
  'campaignDialog.subject': { en: 'Subject: {subject}', id: 'Subjek: {subject}' },
  'campaignDialog.test': { en: 'Send a test to me', id: 'Kirim uji ke saya' },
  'campaignDialog.testSent': {
    en: 'Test email sent to {to} (not counted as the campaign’s).',
    id: 'Email uji terkirim ke {to} (tidak dihitung sebagai kiriman kampanye).',
  },
  'campaignDialog.testEmailOnly': {
    en: 'A test can be sent for an email template with at least one recipient.',
    id: 'Uji hanya bisa dikirim untuk template email dengan minimal satu penerima.',
  },
  'campaignDialog.start': { en: 'Start…', id: 'Mulai…' },
  'campaignDialog.whenEmail': {
    en: '{recipients} {recipients|email|emails}, sent by the daily run at {hour} within the mail quota left after the digests ({perDay} a day): {plan}.',
    id: '{recipients} email, dikirim oleh proses harian pukul {hour} dalam kuota email yang tersisa setelah ringkasan harian ({perDay} per hari): {plan}.',
  },
  'campaignDialog.planDay': { en: '{count} on {day}', id: '{count} pada {day}' },
  'campaignDialog.noQuota': {
    en: 'No mail quota is left for a campaign after the digests and the campaigns already running: the emails wait until there is.',
    id: 'Tidak ada kuota email tersisa untuk kampanye setelah ringkasan harian dan kampanye yang sedang berjalan: email menunggu sampai ada.',
  },
  'campaignDialog.whenWhatsApp': {
    en: '{recipients} WhatsApp {recipients|message|messages} {recipients|goes|go} into the campaign queue in the sidebar: your team {recipients|sends it|sends them one by one}, from today.',
    id: '{recipients} pesan WhatsApp masuk ke antrean kampanye di sidebar: tim Anda mengirimnya satu per satu, mulai hari ini.',
  },
  'campaignDialog.confirmStart': { en: 'Start the campaign', id: 'Mulai kampanye' },
  'campaignDialog.back': { en: 'Back', id: 'Kembali' },
  'campaignDialog.nameTaken': {
    en: 'A campaign named "{name}" exists already: choose another name.',
    id: 'Kampanye bernama "{name}" sudah ada: pilih nama lain.',
  },
  'campaignDialog.noRecipients': {
    en: 'Nobody in this segment would receive it: choose another segment or template.',
    id: 'Tidak ada yang akan menerima dari segmen ini: pilih segmen atau template lain.',
  },
  'campaignDialog.badValue': {
    en: '{field}: "{value}" cannot be chosen in a campaign (it holds a comma, semicolon or comparison sign).',
    id: '{field}: "{value}" tidak bisa dipilih untuk kampanye (mengandung koma, titik koma atau tanda pembanding).',
  },
  'campaignDialog.badDay': { en: '{field}: choose a date.', id: '{field}: pilih tanggal.' },
  'campaignDialog.badRange': {
    en: '"Created from" must be on or before "Created up to".',
    id: '"Dibuat sejak" harus sama dengan atau sebelum "Dibuat sampai".',
  },
  'campaignDialog.state.Draft': { en: 'draft', id: 'draf' },
  'campaignDialog.state.Running': { en: 'running', id: 'berjalan' },
  'campaignDialog.state.Stopped': { en: 'stopped', id: 'dihentikan' },
  'campaignDialog.state.Done': { en: 'done', id: 'selesai' },
  'campaignDialog.progress': {
    en: '{sent} of {recipients} sent · {waiting} waiting · {skipped} skipped',
    id: '{sent} dari {recipients} terkirim · {waiting} menunggu · {skipped} dilewati',
  },
  'campaignDialog.uncertain': { en: '{count} uncertain (see the Run Log)', id: '{count} tidak pasti (lihat Run Log)' },
  'campaignDialog.stop': { en: 'Stop', id: 'Hentikan' },
  'campaignDialog.refresh': { en: 'Refresh', id: 'Muat ulang' },
  'campaignDialog.none': { en: 'No campaign yet.', id: 'Belum ada kampanye.' },
  'campaignDialog.close': { en: 'Close', id: 'Tutup' },
  'campaignDialog.noTrigger': {
    en: 'The daily run is not installed, so nothing is sent yet: Extensions ▸ {menu} ▸ {admin} ▸ {item}.',
    id: 'Proses harian belum dipasang, jadi belum ada yang dikirim: Ekstensi ▸ {menu} ▸ {admin} ▸ {item}.',
  },
} satisfies Entries;

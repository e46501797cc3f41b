// What a team's old sheet calls things, and what Lembar CRM calls them: headers (English and
// Indonesian, as teams write them) and Status and Source values. Suggestions only: the person
// importing sees and can change every one.
import { LEAD_COLUMNS, type LeadHeader } from './schema';
import { dict } from './import-columns';

/** A header or a value reduced to what identifies it: `No. HP` and `no hp` are one. */
export const keyOf = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[._:/()\-–*#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const HEADERS = {
  Name: [
    'nama',
    'nama klien',
    'nama client',
    'nama pelanggan',
    'nama customer',
    'nama konsumen',
    'nama kontak',
    'customer',
    'customer name',
    'client',
    'klien',
    'pelanggan',
    'konsumen',
    'contact',
    'contact name',
    'kontak',
    'full name',
  ],
  Company: [
    'perusahaan',
    'nama perusahaan',
    'pt',
    'pt cv',
    'company',
    'company name',
    'instansi',
    'toko',
    'usaha',
    'nama usaha',
    'organisasi',
    'organization',
  ],
  Phone: [
    'no hp',
    'nomor hp',
    'no handphone',
    'handphone',
    'hp',
    'no telp',
    'no telepon',
    'nomor telepon',
    'telp',
    'telepon',
    'tlp',
    'wa',
    'no wa',
    'nomor wa',
    'whatsapp',
    'no whatsapp',
    'hp wa',
    'phone',
    'phone number',
    'mobile',
    'kontak wa',
  ],
  Email: ['email', 'e mail', 'alamat email', 'surel', 'mail'],
  Source: ['sumber', 'sumber lead', 'sumber prospek', 'source', 'lead source', 'asal', 'asal lead', 'channel', 'media'],
  Needs: [
    'kebutuhan',
    'keterangan',
    'ket',
    'needs',
    'need',
    'catatan',
    'notes',
    'note',
    'deskripsi',
    'description',
    'permintaan',
    'request',
    'minat',
  ],
  Status: ['status', 'tahap', 'stage', 'status lead', 'status prospek', 'pipeline'],
  Owner: [
    'sales',
    'pic',
    'sales pic',
    'pic sales',
    'owner',
    'marketing',
    'penanggung jawab',
    'salesman',
    'sales person',
    'salesperson',
    'assigned to',
    'email sales',
  ],
  'Deal Value': [
    'nilai',
    'nilai penawaran',
    'nilai deal',
    'deal value',
    'deal',
    'value',
    'harga',
    'nominal',
    'penawaran',
    'nilai proyek',
    'amount',
    'budget',
  ],
  'Created At': [
    'tanggal',
    'tgl',
    'tgl masuk',
    'tanggal masuk',
    'tanggal input',
    'tgl input',
    'created',
    'created at',
    'date',
    'date added',
    'tanggal lead',
  ],
  'Expected Close': [
    'expected close',
    'perkiraan closing',
    'target closing',
    'tgl closing',
    'tanggal closing',
    'close date',
  ],
  'Next Follow-up': [
    'next follow up',
    'follow up',
    'tgl follow up',
    'jadwal follow up',
    'follow up berikutnya',
    'fu berikutnya',
    'jadwal fu',
  ],
  'Lost Reason': ['lost reason', 'alasan', 'alasan kalah', 'alasan batal', 'alasan gagal'],
  Product: ['produk', 'product', 'layanan', 'service'],
  'Contract Value': ['nilai kontrak', 'contract value'],
  'Completed On': ['completed on', 'tanggal selesai', 'tgl selesai'],
  'Follow-ups': ['jumlah follow up', 'jumlah fu'],
  'Last Contact': ['kontak terakhir', 'terakhir dihubungi', 'last contacted'],
  'Status Changed At': ['status berubah', 'tanggal status'],
} satisfies Partial<Record<LeadHeader, string[]>>;

/**
 * The Leads headers an import may fill: all but the Lead ID and the Client ID (given by the client
 * rule). Follow-ups, Last Contact and Status Changed At are the add-on's to keep up, but a team's
 * history is taken from the file when it has them.
 */
export const IMPORTABLE: LeadHeader[] = LEAD_COLUMNS.map((c) => c.header).filter(
  (h) => h !== 'Lead ID' && h !== 'Client ID',
);
export const isImportable = (h: string): h is LeadHeader => (IMPORTABLE as readonly string[]).includes(h);

const HEADER_INDEX = new Map<string, string>();
for (const h of IMPORTABLE) HEADER_INDEX.set(keyOf(h), h);
for (const [h, names] of Object.entries(HEADERS))
  for (const n of names) if (!HEADER_INDEX.has(n)) HEADER_INDEX.set(n, h);

/** A mapping answer meaning "each row's cell becomes a Note on the lead it makes" (its timeline). */
export const NOTE_COLUMN = '(note)';

/**
 * Headers of a team's remarks: what happened with the client (`Keterangan: sudah kirim sampel`),
 * not a field of the lead. One alone may stand for Needs (above); beside another Needs column,
 * or under a name only remarks have, it becomes a Note the sidebar and the phone show.
 */
const NOTE_HEADERS = new Set([
  'keterangan',
  'ket',
  'catatan',
  'notes',
  'note',
  'remarks',
  'remark',
  'komentar',
  'comment',
  'comments',
  'keterangan tambahan',
  'catatan sales',
  'catatan follow up',
  'hasil follow up',
  'hasil fu',
  'riwayat',
  'riwayat follow up',
]);

/**
 * Each source header's suggested Leads header ('' = kept as the team's own column, NOTE_COLUMN =
 * a Note on each lead). A Leads header goes to the first source column that names it; Needs goes
 * to a needs column before a remarks column.
 */
export function suggestMapping(headers: readonly string[]): Record<string, string> {
  const out = dict<string>();
  const taken = new Set<string>();
  const remarks = (h: string) => NOTE_HEADERS.has(keyOf(h));
  const strongNeeds = headers.some((h) => HEADER_INDEX.get(keyOf(h)) === 'Needs' && !remarks(h));
  for (const h of headers) {
    const named = combinedTargets(h)[0] ?? HEADER_INDEX.get(keyOf(h)) ?? '';
    const target = named === 'Needs' && strongNeeds && remarks(h) ? '' : named;
    out[h] = target && !taken.has(target) ? target : remarks(h) ? NOTE_COLUMN : '';
    if (target) taken.add(target);
  }
  return out;
}

/** Headers a sheet's running number goes under (`No`, `No.`, `#`, `Nomor`, `No Urut`). */
const ROW_NUMBER_HEADERS = new Set(['', 'no', 'nomor', 'nomer', 'no urut', 'nomor urut', 'urut', 'nr']);

/**
 * A sheet's running number (1, 2, 3…): numbered rows, not something about the client, so the
 * import suggests leaving it out rather than keeping it as a team column of Leads. Only when the
 * header says so and every value is a whole number, each larger than the one before.
 */
export function isRowNumberColumn(header: string, values: readonly unknown[]): boolean {
  const raw = String(header ?? '').trim();
  if (raw === '' || !ROW_NUMBER_HEADERS.has(keyOf(raw))) return false;
  let last = 0;
  let seen = 0;
  for (const v of values) {
    const text = String(v ?? '').trim();
    if (text === '') continue;
    if (!/^\d{1,6}$/.test(text)) return false;
    const n = Number(text);
    if (n <= last) return false;
    last = n;
    seen++;
  }
  return seen > 0;
}

/**
 * What a combined header names, in its order: `No HP/WA` → Phone, `Nama/Perusahaan` → Name and
 * Company, `Email / HP` → Email and Phone. A header that is one known name is not combined.
 */
export function combinedTargets(header: string): string[] {
  // A slash joins two names (`Nama/Perusahaan` is not `Nama Perusahaan`); a word only when the whole is unknown.
  const text = String(header ?? '');
  const marked = /[/&+|]/.test(text);
  if (!marked && HEADER_INDEX.has(keyOf(text))) return [];
  const parts = text
    .split(marked ? /\s*[/&+|]\s*/ : /\s*(?:,|\bdan\b|\batau\b|\bor\b|\band\b)\s*/i)
    .map(keyOf)
    .filter(Boolean);
  if (parts.length < 2) return [];
  const out: string[] = [];
  for (const p of parts) {
    const t = HEADER_INDEX.get(p);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const STATUS_WORDS: Record<string, string[]> = {
  Lead: ['baru', 'prospek', 'new', 'lead', 'calon', 'potensial', 'open', 'belum dihubungi'],
  'Quotation Sent': [
    'penawaran',
    'kirim penawaran',
    'sudah penawaran',
    'quotation',
    'quotation sent',
    'quote',
    'sph',
    'proposal',
  ],
  Negotiation: ['nego', 'negosiasi', 'negotiation', 'tawar', 'deal pending'],
  Won: ['deal', 'menang', 'won', 'win', 'closing', 'closed', 'closed won', 'jadi', 'sukses', 'berhasil', 'po', 'goal'],
  Lost: ['batal', 'kalah', 'lost', 'gagal', 'closed lost', 'tidak jadi', 'cancel', 'cancelled', 'canceled', 'ditolak'],
  'Past Client': ['selesai', 'klien lama', 'pelanggan lama', 'past client', 'client lama', 'repeat', 'done'],
};

const SOURCE_WORDS: Record<string, string[]> = {
  WhatsApp: ['wa', 'whatsapp', 'whats app', 'w a', 'chat wa'],
  'Social Media': [
    'ig',
    'instagram',
    'fb',
    'facebook',
    'tiktok',
    'sosmed',
    'medsos',
    'social media',
    'social',
    'twitter',
    'linkedin',
  ],
  Website: ['web', 'website', 'situs', 'landing page', 'form website', 'site'],
  Referral: ['referensi', 'rekomendasi', 'referral', 'teman', 'kenalan', 'relasi', 'refferal', 'referal'],
  'Walk-in': ['walk in', 'walkin', 'datang langsung', 'datang ke toko', 'offline', 'showroom'],
  'Google Ads': ['google', 'google ads', 'iklan google', 'adwords', 'ads', 'sem'],
  Event: ['event', 'pameran', 'expo', 'seminar', 'bazar'],
  Email: ['email', 'e mail', 'surel'],
  Phone: ['telepon', 'telp', 'phone', 'call', 'telpon'],
  Other: ['lain', 'lainnya', 'other', 'others', 'dll'],
};

/**
 * A suggested Settings value for each distinct value of a column ('' when none is known). The
 * team's own list decides: a synonym only counts when its value is in `allowed`.
 */
export function suggestValues(
  kind: 'status' | 'source',
  values: readonly unknown[],
  allowed: readonly string[],
): Record<string, string> {
  const words = kind === 'status' ? STATUS_WORDS : SOURCE_WORDS;
  const out = dict<string>();
  for (const v of values) {
    const raw = String(v ?? '').trim();
    if (raw === '' || raw in out) continue;
    const k = keyOf(raw);
    const exact = allowed.find((a) => keyOf(a) === k);
    const synonym = Object.entries(words).find(([target, names]) => allowed.includes(target) && names.includes(k))?.[0];
    out[raw] = exact ?? synonym ?? '';
  }
  return out;
}

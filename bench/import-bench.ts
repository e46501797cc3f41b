// importLeads over a CSV kept the way teams keep them: service calls and Node time of
// the check (dry run) and of the write, at growing file sizes, into a CRM that already holds
// 1,000 leads. The calls must not grow with the rows; 20,000 rows must take well under 30 s.
import { Environment, defaultDistDir } from '../src/local/environment';
import { populate, type BenchRow } from './common';

const SOURCES = ['WA', 'IG', 'Website', 'Referensi', 'Pameran'];
const STATUSES = ['Baru', 'Penawaran', 'Nego', 'Deal', 'Batal'];

/** A messy CSV of `n` rows: Indonesian headers, `;`, phones with spaces and two numbers, money and dates as typed. */
export function messyCsv(n: number): string {
  const lines = ['No;Nama Klien;PT;No. HP;Email;Sumber;Keterangan;Status;Sales;Nilai Penawaran;Tgl Masuk'];
  for (let i = 0; i < n; i++) {
    const hp = `0812 ${String(4000 + (i % 6000)).padStart(4, '0')} ${String(1000 + Math.floor(i / 6000)).padStart(4, '0')}`;
    lines.push(
      [
        i + 1,
        `Klien ${i}`,
        i % 3 ? `PT Usaha ${i % 911}` : '',
        i % 10 === 0 ? `${hp} / 021-555-${String(1000 + (i % 9000))}` : hp,
        i % 2 ? ` Klien${i}@Contoh.CO.ID ` : '',
        SOURCES[i % SOURCES.length],
        'CCTV',
        STATUSES[i % STATUSES.length],
        `sales${i % 4}@firma.id`,
        i % 4 === 0 ? `Rp ${((i % 90) + 1) * 1000000}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : `${(i % 50) + 1} jt`,
        `${(i % 28) + 1}/${(i % 12) + 1}/2025`,
      ].join(';'),
    );
  }
  return lines.join('\r\n');
}

export function runImportBench(sizes = [100, 2000, 20000], distDir = defaultDistDir()): BenchRow[] {
  const out: BenchRow[] = [];
  for (const rows of sizes) {
    const csv = messyCsv(rows);
    for (const dryRun of [true, false]) {
      const env = new Environment({ distDir, now: '2026-11-24T09:00:00+07:00' });
      env.call('setupCrm');
      populate(env.spreadsheet, 1000);
      const r = env.call('importLeads', { csv, fileName: 'leads.csv', dryRun }) as {
        ok: boolean;
        imported: number;
        message: string;
      };
      if (!r.ok || (!dryRun && r.imported !== rows)) throw new Error(`import of ${rows} rows: ${r.message}`);
      out.push({
        op: dryRun ? 'importLeads (dry run)' : 'importLeads (write)',
        rows,
        serviceCalls: env.lastRun.serviceCalls,
        ms: Math.round(env.lastRun.ms),
      });
    }
  }
  return out;
}

// What the benches share: the sheet they run over (populate) and the row each measurement is
// reported as. Its own module, so bench.ts, import-bench.ts and playground-bench.ts import it
// and never each other.
import { LEAD_COLUMNS, ACTIVITY_COLUMNS, ROOM_AHEAD } from '../src/core/schema';
import type { FakeSpreadsheet } from '../src/local/spreadsheet';
import { SHADOW_TAB } from '../src/gas/shadow';

export interface BenchRow {
  op: string;
  rows: number;
  serviceCalls: number;
  ms: number;
  /** Modelled time on Google (bench/time-model.ts: an estimate, see docs/google-time-model.md). */
  googleMs?: number;
  /** The operation's calls by service method. */
  byMethod?: Record<string, number>;
  /** Cells read or written, by service method. */
  cellsByMethod?: Record<string, number>;
}

const ACTIVITIES_PER_LEAD = 5;

/** Grows or shrinks a sheet to exactly `rows` rows: every size is benched on a full sheet. */
function fitRows(sheet: ReturnType<FakeSpreadsheet['getSheetByName']> & object, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
  else if (rows < max) sheet.deleteRows(rows + 1, max - rows);
}

/** Fills Leads and Activities with `n` plausible rows, straight into the emulated sheet. */
export function populate(ss: FakeSpreadsheet, n: number): void {
  const leads = ss.getSheetByName('Leads')!;
  const headers = LEAD_COLUMNS.map((c) => c.header);
  const statuses = ['Lead', 'Quotation Sent', 'Negotiation', 'Won', 'Lost', 'Past Client'];
  const created = Date.parse('2025-01-01T09:00:00+07:00');
  const rows = Array.from({ length: n }, (_, i) => {
    const rec: Record<string, unknown> = {
      'Lead ID': `L-${String(i + 1).padStart(6, '0')}`,
      // Every 50th lead is a second entry of the one before: the same client.
      'Client ID': `C-${String(i % 50 === 49 ? i : i + 1).padStart(6, '0')}`,
      'Created At': new Date(created + i * 3600000),
      Name: `Pelanggan ${i}`,
      Company: i % 3 ? `PT Usaha ${i % 997}` : '',
      Phone: `+62813${String(10000000 + i).padStart(8, '0')}`,
      Email: i % 2 ? `pelanggan${i}@contoh.co.id` : '',
      Source: 'Website',
      Needs: 'CCTV',
      Status: statuses[i % statuses.length],
      Owner: `sales${i % 5}@firma.id`,
      'Deal Value': (i % 50) * 1000000,
      'Expected Close': i % 3 === 0 ? new Date(created + (i + 60) * 86400000) : '',
      'Follow-ups': i % 4,
      'Next Follow-up': i % 7 === 0 ? new Date(created + i * 3600000 + 3 * 86400000) : '',
      'Last Contact': i % 5 === 0 ? '' : new Date(created + i * 3600000 + 7200000),
    };
    // Every 50th lead is a second entry of the one before (the audit has groups to find).
    if (i % 50 === 49)
      Object.assign(rec, {
        Name: `Bapak Pelanggan ${i - 1}`,
        Phone: `0813-${String(10000000 + i - 1).slice(0, 4)}-${String(10000000 + i - 1).slice(4)}`,
      });
    return headers.map((h) => rec[h] ?? '');
  });
  // With the empty rows the add-on keeps ahead of Leads (ROOM_AHEAD), as after any save.
  fitRows(leads, n + 1 + ROOM_AHEAD);
  leads.getRange(2, 1, n, headers.length).setValues(rows);
  // Each lead's last accepted status, as the add-on records it (src/gas/shadow.ts), with room ahead.
  const shadow = ss.getSheetByName(SHADOW_TAB);
  if (shadow) {
    fitRows(shadow, n + 1 + ROOM_AHEAD);
    shadow
      .getRange(2, 1, n, 2)
      .setValues(rows.map((r) => [r[headers.indexOf('Lead ID')], r[headers.indexOf('Status')]]));
  }
  // Five activities per lead, as a team that logs its work would have.
  const acts = ss.getSheetByName('Activities')!;
  const a = n * ACTIVITIES_PER_LEAD;
  // With the empty rows the add-on keeps ahead of Activities (ROOM_AHEAD), as after
  // any save: the next one inserts none.
  fitRows(acts, a + 1 + ROOM_AHEAD);
  acts
    .getRange(2, 1, a, ACTIVITY_COLUMNS.length)
    .setValues(
      Array.from({ length: a }, (_, i) => [
        new Date(created + i * 720000),
        `L-${String((i % n) + 1).padStart(6, '0')}`,
        'Follow-up Call',
        'Telepon',
        'sales0@firma.id',
        '',
      ]),
    );
}

// What an import says beside its rows: a team's remarks column made a Note on each lead, and the
// rows that come in at a stage without the fields its gate asks for.
import { isFilled } from './pipeline';
import type { LeadHeader } from './schema';
import type { Settings } from './settings';
import { CELL_LIMIT, own } from './import-columns';

/** Room in a Note's cell for the import's own words before the remarks (file name, import ID). */
export const NOTE_LIMIT = CELL_LIMIT - 1000;

/** A row's remarks, each under its column's name: `Keterangan: sudah kirim sampel · Catatan: minta diskon`. */
export function remarksOf(cells: { header: string; text: string }[]): string {
  return cells
    .filter((c) => c.text !== '')
    .map((c) => `${c.header}: ${c.text}`)
    .join(' · ');
}

/** Two rows' remarks as one (a row filled into another keeps both), never over a cell's room. */
export function joinNotes(a: string | undefined, b: string | undefined): string {
  const both = [a, b].filter(Boolean).join(' · ');
  return both.length > NOTE_LIMIT ? `${both.slice(0, NOTE_LIMIT - 1)}…` : both;
}

/** Rows at one stage that lack the same gate fields. */
export interface GateGap {
  status: string;
  fields: LeadHeader[];
  rows: number[];
}

/**
 * The rows whose stage's gate (Settings, Required for) the file leaves unfilled, by stage and
 * fields, read by the gate's own rule (pipeline.ts isFilled: `nego` is no Deal Value): history
 * comes in as it is, but said before it is written, so a Won without its value is no surprise.
 */
export function gateGaps(
  leads: readonly { row: number; values: { [K in LeadHeader]?: string | number } }[],
  settings: Settings,
  offsetMinutes: number,
): GateGap[] {
  const out = new Map<string, GateGap>();
  for (const l of leads) {
    const status = String(l.values.Status ?? '');
    const required = own(settings.required, status);
    if (!Array.isArray(required)) continue;
    const fields = required.filter((h) => !isFilled(h, l.values[h], offsetMinutes));
    if (fields.length === 0) continue;
    const key = `${status}\u0000${fields.join('\u0000')}`;
    const gap = out.get(key) ?? out.set(key, { status, fields, rows: [] }).get(key)!;
    gap.rows.push(l.row);
  }
  return [...out.values()];
}

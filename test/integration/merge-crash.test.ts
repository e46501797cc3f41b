// MergeDuplicates and undoMerge killed at every one of their service calls, then
// run again: no Lead ID twice, no lead both in Leads and Archive, every activity points at a
// lead that exists, and the undo then restores the state before the merge exactly.
import { setUpEnv, records, iso, ok, killedAt } from '../helpers';
import type { Environment } from '../../src/local/environment';

/** Three groups of two, each member with an activity, audited and ticked. */
function threeGroups(): Environment {
  const e = setUpEnv();
  const people = [
    ['Budi Santoso', 'PT Maju', '0812-1111-2222'],
    ['Sari Dewi', 'CV Sinar', '0813-3333-4444'],
    ['Agus Salim', 'UD Makmur', '0857-5555-6666'],
  ];
  for (const [name, company, phone] of people) {
    for (const email of ['', `${name.split(' ')[0].toLowerCase()}@contoh.id`]) {
      const r = ok(
        e.call('submitLead', { name, company, phone, email, source: 'Website', needs: 'CCTV', allowDuplicate: true }),
      );
      e.call('logActivity', { leadId: r.leadId, type: 'Follow-up Call', summary: `telepon ${r.leadId}` });
    }
  }
  e.call('runDuplicateAuditNow');
  const dup = e.spreadsheet.getSheetByName('Duplicates')!;
  const values = dup.getDataRange().getValues();
  const c = values[0].indexOf('Merge') + 1;
  values.forEach((r, i) => {
    if (/^G\d+$/.test(String(r[0])) && r[c - 1] === false) dup.getRange(i + 1, c).setValue(true);
  });
  return e;
}

/** Leads and Activities as comparable data (order of leads ignored; types kept). */
function state(e: Environment) {
  const typed = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, `${typeof v}:${iso(v)}`]));
  const leads = records(e.spreadsheet, 'Leads')
    .map(typed)
    .sort((a, b) => a['Lead ID'].localeCompare(b['Lead ID']));
  const acts = records(e.spreadsheet, 'Activities').map(typed);
  return { leads, acts };
}

function invariants(e: Environment, label: string): void {
  const ids = records(e.spreadsheet, 'Leads').map((r) => String(r['Lead ID']));
  const archived = records(e.spreadsheet, 'Archive')
    .map((r) => String(r['Lead ID']))
    .filter((x) => x !== '');
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  const both = archived.filter((id) => ids.includes(id));
  const orphans = records(e.spreadsheet, 'Activities')
    .filter((a) => !ids.includes(String(a['Lead ID'])))
    .map((a) => a['Lead ID']);
  expect({ label, twice, both, orphans }).toEqual({ label, twice: [], both: [], orphans: [] });
}

describe('a merge killed at any service call', () => {
  test('the next merge finishes it; undo then restores the state before the merge exactly', () => {
    const probe = threeGroups();
    probe.call('mergeDuplicates');
    const calls = probe.lastRun.calls;
    expect(calls).toBeGreaterThan(30);
    for (let n = 1; n <= calls; n++) {
      const e = threeGroups();
      const before = state(e);
      if (!killedAt(e, n, () => e.call('mergeDuplicates'))) continue;
      e.call('mergeDuplicates');
      invariants(e, `merge killed at call ${n}`);
      // Every group merged exactly once, whether the first run, its recovery or the second run did it.
      const ids = records(e.spreadsheet, 'Archive').map((r) => String(r['Merge ID']));
      expect({ n, archived: ids.length, merges: new Set(ids).size }).toEqual({ n, archived: 3, merges: 3 });
      for (const id of new Set(ids)) e.call('undoMerge', { mergeId: id });
      invariants(e, `undo after merge killed at ${n}`);
      expect({ n, ...state(e) }).toEqual({ n, ...before });
    }
  });
});

describe('an undo killed at any service call', () => {
  test('the next undo (or merge, or audit) finishes it: the state before the merge, exactly', () => {
    const probe = threeGroups();
    const m = probe.call('mergeDuplicates');
    probe.call('undoMerge', { mergeId: m.merged[0].mergeId });
    const calls = probe.lastRun.calls;
    for (let n = 1; n <= calls; n++) {
      const e = threeGroups();
      const before = state(e);
      const merged = e.call('mergeDuplicates');
      const target = merged.merged[0].mergeId;
      if (!killedAt(e, n, () => e.call('undoMerge', { mergeId: target }))) continue;
      // Whatever comes next finishes an undo that had started (here the audit on even calls);
      // the user then tries the undo again, which is done or says it was done.
      if (n % 2 === 0) {
        e.call('runDuplicateAuditNow');
        invariants(e, `undo killed at ${n}, then the audit`);
      }
      try {
        e.call('undoMerge', { mergeId: target });
      } catch (err) {
        expect(String(err)).toMatch(/sudah dibatalkan/);
      }
      invariants(e, `undo killed at ${n}, then undo again`);
      for (const x of merged.merged.slice(1)) e.call('undoMerge', { mergeId: x.mergeId });
      expect({ n, ...state(e) }).toEqual({ n, ...before });
    }
  });
});

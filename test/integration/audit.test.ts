// The duplicate audit, merge and undo through the bundle, on the 3,000-row development set.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setUpEnv, FIXTURES, records, iso } from '../helpers';
import { importCsv } from '../../src/local/import';
import type { Environment } from '../../src/local/environment';
import { setSetting } from '../../src/local/demo';

function imported(): Environment {
  const e = setUpEnv();
  importCsv(e.spreadsheet, fs.readFileSync(path.join(FIXTURES, 'leads-dev-3k.csv'), 'utf8'));
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  return e;
}

/** Every cell value of Leads, Archive and Activities summaries, as text. */
function everything(e: Environment): string {
  const parts: string[] = [];
  for (const tab of ['Leads', 'Archive', 'Activities']) {
    for (const r of e.spreadsheet.getSheetByName(tab)!.getDataRange().getValues())
      parts.push(r.map((v) => iso(v)).join('\u0001'));
  }
  return parts.join('\n');
}

function tick(e: Environment, groups: string[]): void {
  const sheet = e.spreadsheet.getSheetByName('Duplicates')!;
  const values = sheet.getDataRange().getValues();
  const mergeCol = values[0].indexOf('Merge') + 1;
  const seen = new Set<string>();
  values.forEach((r, i) => {
    if (groups.includes(String(r[0])) && !seen.has(String(r[0]))) {
      seen.add(String(r[0]));
      sheet.getRange(i + 1, mergeCol).setValue(true);
    }
  });
}

describe('runDuplicateAuditNow', () => {
  test('writes groups, shared contacts and problems to the Duplicates tab and emails the managers', () => {
    const e = imported();
    const a = e.call('runDuplicateAuditNow');
    expect(a.groups.length).toBeGreaterThan(100);
    expect(a.sharedContacts.length).toBeGreaterThan(20);
    expect(a.problems.length).toBeGreaterThan(50);
    const dup = records(e.spreadsheet, 'Duplicates');
    const g1 = dup.filter((r) => r.Group === 'G1');
    expect(g1.map((r) => r['Lead ID'])).toEqual(a.groups[0].leadIds);
    expect(g1[0].Merge).toBe(false);
    const mergeCol = Object.keys(dup[0]).indexOf('Merge') + 1;
    expect(
      e.spreadsheet.getSheetByName('Duplicates')!.getRange(3, mergeCol).getDataValidation()!.getCriteriaType(),
    ).toBe('CHECKBOX');
    // Each group says what ticking it does, on every row.
    expect(new Set(a.groups.map((g) => g.action))).toEqual(new Set(['merge', 'link']));
    expect(g1.every((r) => r.Action === a.groups[0].action && String(r.Becomes) !== '')).toBe(true);
    expect(dup.some((r) => String(r.Group).startsWith('S'))).toBe(true);
    expect(
      dup.some(
        (r) => String(r.Group).startsWith('Q') && /nomor telepon tidak valid|nilai pengisi/.test(String(r.Reason)),
      ),
    ).toBe(true);
    expect(e.mail.sent.map((m) => m.to)).toEqual(['boss@firma.id']);
    expect(e.mail.sent[0].subject).toMatch(/audit duplikat — \d+ grup/);
  });

  test('its groups, merges and links alike, score on the development set as the matcher does', () => {
    const e = imported();
    const a = e.call('runDuplicateAuditNow');
    // score.js joins groups that share a row: a client's merge and link proposals are one client.
    const { score } = require(path.join(FIXTURES, 'score.js')) as {
      score: (t: string[][], p: string[][], x: object) => { pairwise: { precision: number; f1: number } };
    };
    const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'truth-dev-3k.json'), 'utf8'));
    const s = score(
      truth.truth,
      a.groups.map((g) => g.leadIds),
      { negatives: truth.negatives },
    ) as { pairwise: { precision: number; f1: number }; negatives: Record<string, { merged: number }> };
    expect(s.pairwise.precision).toBeGreaterThanOrEqual(0.999);
    expect(s.pairwise.f1).toBeGreaterThanOrEqual(0.9975);
    for (const [kind, n] of Object.entries(s.negatives))
      expect({ kind, merged: n.merged }).toEqual({ kind, merged: 0 });
  });

  test('runDuplicateAudit runs the first time, then only after the interval', () => {
    const e = imported();
    const first = e.call('runDuplicateAudit');
    expect('groups' in first ? first.groups.length : undefined).toBeGreaterThan(0);
    e.clock.advance(30 * 86400000);
    expect(e.call('runDuplicateAudit')).toMatchObject({ skipped: true });
    e.clock.advance(160 * 86400000);
    const due = e.call('runDuplicateAudit');
    expect('groups' in due ? due.groups : undefined).toBeDefined();
  });
});

describe('mergeDuplicates and undoMerge', () => {
  test('a merge loses nothing, and an undo puts every row and activity back', () => {
    const e = imported();
    // Activities for the members, to see them re-pointed.
    const merges = (a: { groups: { action: string; leadIds: string[] }[] }) =>
      a.groups.flatMap((g, i) => (g.action === 'merge' ? [{ ...g, name: `G${i + 1}` }] : [])).slice(0, 5);
    for (const g of merges(e.call('runDuplicateAuditNow')))
      for (const id of g.leadIds) e.call('logActivity', { leadId: id, type: 'Follow-up Call', summary: `call ${id}` });
    const targets = merges(e.call('runDuplicateAuditNow'));
    const leadsBefore = records(e.spreadsheet, 'Leads');
    const cellsBefore = new Set(
      leadsBefore.flatMap((r) =>
        Object.values(r)
          .map((v) => iso(v))
          .filter((v) => v !== ''),
      ),
    );
    const activitiesBefore = records(e.spreadsheet, 'Activities');
    tick(
      e,
      targets.map((g) => g.name),
    );
    const result = e.call('mergeDuplicates');
    expect(result.merged).toHaveLength(5);
    expect(result.linked).toEqual([]);
    const archivedCount = targets.reduce((n, g) => n + g.leadIds.length - 1, 0);
    expect(records(e.spreadsheet, 'Leads')).toHaveLength(leadsBefore.length - archivedCount);
    expect(records(e.spreadsheet, 'Archive')).toHaveLength(archivedCount);
    // Nothing lost: every original cell value is in Leads, Archive or the activity log.
    const all = everything(e);
    for (const v of cellsBefore) expect({ v, found: all.includes(v) }).toEqual({ v, found: true });
    // Activities now point to the primary.
    for (const m of result.merged) {
      for (const id of m.archived)
        expect(records(e.spreadsheet, 'Activities').some((r) => r['Lead ID'] === id && r.Type !== 'Note')).toBe(false);
      expect(
        records(e.spreadsheet, 'Activities').some(
          (r) => r['Lead ID'] === m.primary && String(r.Summary).includes(m.mergeId),
        ),
      ).toBe(true);
    }
    // Undo the first merge: its rows come back with their own IDs and activities.
    const first = result.merged[0];
    const undo = e.call('undoMerge', { mergeId: first.mergeId });
    expect(undo.restored.sort()).toEqual([...first.archived].sort());
    const leadsAfter = records(e.spreadsheet, 'Leads');
    for (const id of first.archived) {
      const back = leadsAfter.find((r) => r['Lead ID'] === id)!;
      const orig = leadsBefore.find((r) => r['Lead ID'] === id)!;
      expect(Object.fromEntries(Object.entries(back).map(([k, v]) => [k, iso(v)]))).toEqual(
        Object.fromEntries(Object.entries(orig).map(([k, v]) => [k, iso(v)])),
      );
    }
    const primaryNow = leadsAfter.find((r) => r['Lead ID'] === first.primary)!;
    const primaryBefore = leadsBefore.find((r) => r['Lead ID'] === first.primary)!;
    for (const [k, v] of Object.entries(primaryBefore)) expect({ k, v: iso(primaryNow[k]) }).toEqual({ k, v: iso(v) });
    const acts = records(e.spreadsheet, 'Activities');
    for (const act of activitiesBefore.filter((r) => first.archived.includes(String(r['Lead ID'])))) {
      expect(acts.some((r) => r['Lead ID'] === act['Lead ID'] && r.Summary === act.Summary)).toBe(true);
    }
    expect(records(e.spreadsheet, 'Archive')).toHaveLength(archivedCount - first.archived.length);
  });

  test('a group whose rows changed since the audit is skipped with a message', () => {
    const e = imported();
    const a = e.call('runDuplicateAuditNow');
    const id = a.groups[0].leadIds[1];
    const leads = e.spreadsheet.getSheetByName('Leads')!;
    const ids = leads
      .getRange(1, 1, leads.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    const needs = leads.getRange(1, 1, 1, leads.getLastColumn()).getValues()[0].indexOf('Needs') + 1;
    leads.getRange(ids.indexOf(id) + 1, needs).setValue('Kebutuhan baru diketik tangan');
    tick(e, ['G1', 'G2']);
    const r = e.call('mergeDuplicates');
    expect(r.merged.length + r.linked.length).toBe(1);
    expect(r.skipped[0]).toMatch(/^Grup G1 dilewati: barisnya berubah sejak audit/);
  });

  test('a merge killed half way (the services fail after N calls) loses nothing', () => {
    for (const failAt of [15, 30, 45, 60]) {
      const e = imported();
      e.call('runDuplicateAuditNow');
      const before = records(e.spreadsheet, 'Leads');
      const cells = new Set(
        before.flatMap((r) =>
          Object.values(r)
            .map((v) => iso(v))
            .filter((v) => v !== ''),
        ),
      );
      tick(e, ['G1', 'G2', 'G3']);
      const start = e.counter.total;
      e.counter.fault = (_n, _k, total) =>
        total - start === failAt ? new Error('Exceeded maximum execution time') : null;
      expect(() => e.call('mergeDuplicates')).toThrow(/Exceeded maximum execution time/);
      e.counter.fault = null;
      const all = everything(e);
      const lost = [...cells].filter((v) => !all.includes(v));
      expect({ failAt, lost }).toEqual({ failAt, lost: [] });
    }
  });

  test('nothing ticked: a clear message and no change', () => {
    const e = imported();
    e.call('runDuplicateAuditNow');
    expect(e.call('mergeDuplicates')).toEqual({
      merged: [],
      linked: [],
      skipped: [],
      message: 'Tidak ada grup yang dicentang di tab Duplicates.',
    });
    expect(e.spreadsheet.toasts.at(-1)!.message).toBe('Tidak ada grup yang dicentang di tab Duplicates.');
  });
});

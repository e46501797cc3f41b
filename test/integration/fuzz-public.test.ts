// Every public function, fed hostile arguments, answers with data or a clear
// localised message: never a raw TypeError or a service's signature error, never a stack.
import * as fc from 'fast-check';
import { setUpEnv } from '../helpers';

const RAW =
  /TypeError|ReferenceError|Cannot read|is not a function|is not iterable|don't match the method signature|undefined|\[object Object\]|native code/;
const CALLED_WITH_INPUT = [
  'submitLead',
  'logActivity',
  'setLeadStatus',
  'undoMerge',
  'getSelectedLead',
  'getSidebarContext',
  'importLeads',
  'undoImport',
  'getImportContext',
  'getMyDay',
  'searchLeads',
  'updateLead',
  'renderTemplate',
  'sendTemplateEmail',
  'archiveActivities',
  'undoArchive',
  'getArchiveContext',
];
const KEYS = [
  'constructor',
  'toString',
  'valueOf',
  '__proto__',
  'hasOwnProperty',
  'leadId',
  'status',
  'fields',
  'mergeId',
  'name',
  'phone',
  'email',
  'type',
  'summary',
  'dealValue',
  'lostReason',
  'source',
  'needs',
  'csv',
  'tab',
  'mapping',
  'statusMap',
  'sourceMap',
  'dryRun',
  'importId',
  'fileName',
  'owner',
  'query',
  'mine',
  'templateId',
  'subject',
  'text',
  'outcome',
  'expectedStatus',
  'beforeYear',
  'archiveId',
];

const hostile: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      undefined,
      '',
      'L-000001',
      'Lost',
      '@constructor',
      'x'.repeat(5000),
      0,
      -1,
      Number.NaN,
      true,
      'I-000001',
      'Nama,HP\nBudi,0812',
      'Name\n"x',
      'T-001',
      '{nama}',
      'budi@x.id',
      '2026',
      2025,
      'AR-0001',
    ),
    fc.string(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
    fc.constant({ toString: 'x', valueOf: 1 }),
  ),
})).value;

test('hostile arguments to every public function never raise a raw error', () => {
  const e = setUpEnv();
  e.call('submitLead', { name: 'Budi', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' });
  // An old activity and an archive of it, so the archive functions have something to act on.
  e.spreadsheet.getSheetByName('Activities')!.appendRow([new Date('2024-03-01T02:00:00Z'), 'L-000001', 'Note', 'old']);
  expect(e.call('archiveActivities', { beforeYear: 2025 })).toMatchObject({ ok: true, archiveId: 'AR-0001' });
  fc.assert(
    fc.property(fc.constantFrom(...CALLED_WITH_INPUT), hostile, (fn, arg) => {
      try {
        e.callRaw(fn, arg);
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        expect({ fn, arg, msg, raw: RAW.test(msg) || msg.length > 400 }).toEqual({ fn, arg, msg, raw: false });
      }
    }),
    { numRuns: 400, seed: 12 },
  );
});

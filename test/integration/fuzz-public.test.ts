// Every public function, fed hostile arguments, answers with data or a clear
// localised message: never a raw TypeError or a service's signature error, never a stack.
import * as fc from 'fast-check';
import { setUpEnv } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';

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

/** What a person reads of an answer: `message`, `error`, every entry of `errors`. */
function messagesOf(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return key === 'message' || key === 'error' || key === 'errors' ? [v] : [];
  if (Array.isArray(v)) return v.flatMap((x) => messagesOf(x, key));
  if (v !== null && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => messagesOf(x, key === 'errors' ? 'errors' : k));
  return [];
}

test('an id or a status of 5,000 characters, an object or a list: messages quote an excerpt, never the whole, never "[object Object]" (issue 25, 16)', () => {
  const e = setUpEnv();
  e.call('submitLead', { name: 'Budi', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' });
  const long = 'x'.repeat(5000);
  const fns = [
    ...CALLED_WITH_INPUT,
    'previewCampaign',
    'startCampaign',
    'stopCampaign',
    'sendCampaignTest',
    'nextCampaignContact',
    'markCampaignContact',
    'getPipelineBoard',
  ];
  const keys = [
    'leadId',
    'status',
    'expectedStatus',
    'importId',
    'archiveId',
    'mergeId',
    'name',
    'templateId',
    'tab',
    'type',
    'owner',
    'outcome',
    'query',
  ];
  const bad: unknown[] = [];
  for (const fn of fns)
    for (const key of keys)
      for (const v of [long, {}, ['L-000001']]) {
        const arg = { leadId: 'L-000001', status: 'Quotation Sent', templateId: 'T-002', [key]: v };
        let said: string[];
        let all: string;
        try {
          const out = e.callRaw(fn, arg);
          said = messagesOf(out);
          all = JSON.stringify(out) ?? '';
        } catch (err) {
          said = [err instanceof Error ? err.message : String(err)];
          all = said[0];
        }
        const whole = said.find((m) => m.includes('x'.repeat(100)) || m.length > 1000);
        if (whole !== undefined || all.includes('[object Object]'))
          bad.push({ fn, key, v: typeof v === 'string' ? 'long' : v, said: (whole ?? all).slice(0, 160) });
      }
  expect(bad).toEqual([]);
});

test('an Email cell with a line break is refused before MailApp, naming the field (issue 25, 16)', () => {
  const e = setUpEnv();
  e.call('submitLead', { name: 'Budi', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' });
  const email = e.spreadsheet
    .getSheetByName('Leads')!
    .getRange(2, LEAD_COLUMNS.findIndex((c) => c.header === 'Email') + 1);
  email.setValue('budi@contoh.id\nBcc: spy@evil.example');
  expect(() => e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001' })).toThrow(
    'Email prospek L-000001 bukan satu alamat yang valid ("budi@contoh.id Bcc: spy@evil.example")',
  );
  expect(e.mail.sent).toEqual([]);
  // A well-formed address (with spaces around it) is sent to.
  email.setValue('  Budi@Contoh.id ');
  e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001', subject: 'Halo', text: 'Halo Budi' });
  expect(e.mail.sent.map((m) => m.to)).toEqual(['budi@contoh.id']);
});

// `npx lembar setup | import FILE.csv | run FUNCTION [--json ARG] | read TAB [--range A1]`
// over a workbook file, through the built bundle and our emulated services.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withWorkbook, WorkbookMissingError } from './session';
import { importCsv, readCsvFile } from './import';
import { outboxWriter } from './outbox';
import { parseNow, UnknownFunctionError, DEFAULT_USER } from './environment';
import { CsvError } from './csv';
import { dropEmptyFirstSheet } from './demo';
import { replayResponses } from './intake-cli';

const USAGE = `usage: lembar <command> [options]
  setup                      create or repair the CRM tabs (runs setupCrm)
  import FILE.csv            import leads (runs importLeads): columns and values mapped, cleaned, reported
      [--dry-run] [--map JSON] [--status-map JSON] [--source-map JSON] [--owner-map JSON]
      [--duplicates JSON]  (file row -> skip | fill | newDeal | separate)
      --map '{"No":"(skip)","Keterangan":"(note)"}' leaves a column out, or makes it a note on each lead;
      --owner-map '{"Rudi":"rudi@x.id","Lama":"(none)"}'
      exit code 3 when values need an answer (nothing is written then)
  import --raw FILE.csv      append a CSV with Leads headers to Leads as a paste would, unvalidated
  intake RESPONSES.csv       replay lead-form responses (header: [Timestamp,] the form's questions)
                             through the form: each a new response row, then onLeadFormSubmit
  run FUNCTION [--json ARG]  call a global function and print its result as JSON
  read TAB [--range A1:B2]   print a tab's values as JSON (as getValues returns them)
options: --workbook FILE.xlsx (default crm.xlsx)  --now ISO (or LEMBAR_NOW)
         --outbox DIR  --user EMAIL`;

class UsageError extends Error {}
/** A result printed as usual, with a non-zero exit code. */
class Exit {
  constructor(
    readonly code: number,
    readonly result: unknown,
  ) {}
}

function jsonFlag(args: Args, name: string): Record<string, string> | undefined {
  const v = args.flags[name];
  if (v === undefined) return undefined;
  try {
    const parsed = JSON.parse(v) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, string>;
  } catch {
    /* reported below */
  }
  throw new UsageError(`--${name} must be a JSON object, e.g. '{"No HP":"Phone"}'.`);
}
/** Output printed as it is rather than as JSON. */
class Text {
  constructor(readonly text: string) {}
}

interface Args {
  command: string;
  positional: string[];
  workbook: string;
  now?: string;
  outbox?: string;
  json?: string;
  range?: string;
  user: string;
  flags: Record<string, string>;
  switches: Set<string>;
}

function parseArgs(argv: string[]): Args {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run' || a === '--raw') switches.add(a.slice(2));
    else if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split(/=(.*)/s);
      if (
        ![
          'workbook',
          'now',
          'outbox',
          'json',
          'range',
          'user',
          'map',
          'status-map',
          'source-map',
          'owner-map',
          'duplicates',
        ].includes(k)
      )
        throw new UsageError(`Unknown option --${k} (run \`npx lembar help\` for usage).`);
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`--${k} needs a value.`);
      flags[k] = v;
    } else positional.push(a);
  }
  const [command = 'help', ...rest] = positional;
  const now = flags.now ?? process.env.LEMBAR_NOW;
  if (now) parseNow(now);
  return {
    command,
    positional: rest,
    workbook: flags.workbook ?? 'crm.xlsx',
    now,
    outbox: flags.outbox,
    json: flags.json,
    range: flags.range,
    user: flags.user ?? process.env.LEMBAR_USER ?? DEFAULT_USER,
    flags,
    switches,
  };
}

function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v ?? null));
}

export async function main(argv: string[]): Promise<unknown> {
  const args = parseArgs(argv);
  const opts = {
    now: args.now,
    user: args.user,
    onSend: args.outbox ? outboxWriter(args.outbox, args.user) : undefined,
  };
  switch (args.command) {
    case 'setup':
      return withWorkbook(args.workbook, { ...opts, create: true }, (env) => {
        const result = env.call('setupCrm');
        dropEmptyFirstSheet(env);
        return result;
      });
    case 'import': {
      const file = args.positional[0];
      if (!file) throw new UsageError('usage: lembar import FILE.csv --workbook FILE.xlsx');
      if (!fs.existsSync(file)) throw new UsageError(`The CSV file ${file} does not exist.`);
      const { text, encoding, warning } = readCsvFile(file);
      if (args.switches.has('raw'))
        return withWorkbook(args.workbook, opts, (env) => ({
          ...importCsv(env.spreadsheet, text),
          ...(warning ? { warning } : {}),
        }));
      const request = {
        csv: text,
        encoding,
        fileName: path.basename(file),
        mapping: jsonFlag(args, 'map'),
        statusMap: jsonFlag(args, 'status-map'),
        sourceMap: jsonFlag(args, 'source-map'),
        ownerMap: jsonFlag(args, 'owner-map'),
        duplicates: jsonFlag(args, 'duplicates'),
        dryRun: args.switches.has('dry-run'),
      };
      const r = await withWorkbook(args.workbook, opts, (env) => env.call('importLeads', request));
      // The dialog's report, but for what only a page draws (its choices, labels and sample rows).
      const { choices: _c, labels: _l, sample: _s, ...report } = r;
      // Values that need the user's answer: nothing was written, and the exit code says so.
      if (!r.ok && Array.isArray(r.questions) && r.questions.length > 0) return new Exit(3, report);
      if (!r.ok) throw new UsageError(String(r.message));
      return report;
    }
    case 'intake': {
      const file = args.positional[0];
      if (!file) throw new UsageError('usage: lembar intake RESPONSES.csv --workbook FILE.xlsx');
      if (!fs.existsSync(file)) throw new UsageError(`The CSV file ${file} does not exist.`);
      const { text } = readCsvFile(file);
      return withWorkbook(args.workbook, opts, (env) => replayResponses(env, text));
    }
    case 'run': {
      const fn = args.positional[0];
      if (!fn) throw new UsageError('usage: lembar run FUNCTION [--json ARG] --workbook FILE.xlsx');
      let arg: unknown;
      if (args.json !== undefined) {
        try {
          arg = JSON.parse(args.json);
        } catch {
          throw new UsageError(`--json is not valid JSON: ${args.json}`);
        }
      }
      return withWorkbook(args.workbook, opts, (env) => (arg === undefined ? env.callRaw(fn) : env.callRaw(fn, arg)));
    }
    case 'read': {
      const tab = args.positional[0];
      if (!tab) throw new UsageError('usage: lembar read TAB [--range A1:B2] --workbook FILE.xlsx');
      return withWorkbook(args.workbook, opts, (env) => {
        const sheet = env.spreadsheet.getSheetByName(tab);
        if (!sheet) throw new UsageError(`The workbook has no tab "${tab}".`);
        const range = args.range ? sheet.getRange(args.range) : sheet.getDataRange();
        return {
          range: range.getA1Notation(),
          values: plain(range.getValues()),
          formulas: range.getFormulas(),
          numberFormats: range.getNumberFormats(),
        };
      });
    }
    case 'help':
      return new Text(USAGE);
    default:
      throw new UsageError(`Unknown command "${args.command}" (run \`npx lembar help\` for usage).`);
  }
}

/** Every error a user can cause is one clear line and exit code 2. */
export function run(argv: string[]): void {
  main(argv).then(
    (result) => {
      const out = result instanceof Exit ? result.result : result;
      process.stdout.write(out instanceof Text ? `${out.text}\n` : `${JSON.stringify(plain(out), null, 2)}\n`);
      if (result instanceof Exit) process.exitCode = result.code;
    },
    (e: unknown) => {
      const known =
        e instanceof UsageError ||
        e instanceof WorkbookMissingError ||
        e instanceof UnknownFunctionError ||
        e instanceof CsvError;
      // A script error reads as Sheets shows it to a person: the message, not the class.
      const msg = (e instanceof Error ? e.message : String(e)).replace(/^(?:Exception|CrmError): /, '');
      process.stderr.write(`lembar: ${known ? msg : msg.split('\n')[0]}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run(process.argv.slice(2));

// `npx lembar setup | import FILE.csv | run FUNCTION [--json ARG] | read TAB [--range A1]`
// over a workbook file, through the built bundle and our emulated services.
import * as fs from 'node:fs';
import { withWorkbook, WorkbookMissingError } from './session';
import { importCsv } from './import';
import { outboxWriter } from './outbox';
import { parseNow, UnknownFunctionError, DEFAULT_USER } from './environment';
import { CsvError } from './csv';
import { dropEmptyFirstSheet } from './demo';

const USAGE = `usage: lembar <command> [options]
  setup                      create or repair the CRM tabs (runs setupCrm)
  import FILE.csv            append a CSV with Leads headers to Leads, as typed
  run FUNCTION [--json ARG]  call a global function and print its result as JSON
  read TAB [--range A1:B2]   print a tab's values as JSON (as getValues returns them)
options: --workbook FILE.xlsx (default crm.xlsx)  --now ISO (or LEMBAR_NOW)
         --outbox DIR  --user EMAIL`;

class UsageError extends Error {}
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
}

function parseArgs(argv: string[]): Args {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split(/=(.*)/s);
      if (!['workbook', 'now', 'outbox', 'json', 'range', 'user'].includes(k)) throw new UsageError(`Unknown option --${k} (run \`npx lembar help\` for usage).`);
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
      const text = fs.readFileSync(file, 'utf8');
      return withWorkbook(args.workbook, opts, (env) => importCsv(env.spreadsheet, text));
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
      return withWorkbook(args.workbook, opts, (env) => (arg === undefined ? env.call(fn) : env.call(fn, arg)));
    }
    case 'read': {
      const tab = args.positional[0];
      if (!tab) throw new UsageError('usage: lembar read TAB [--range A1:B2] --workbook FILE.xlsx');
      return withWorkbook(args.workbook, opts, (env) => {
        const sheet = env.spreadsheet.getSheetByName(tab);
        if (!sheet) throw new UsageError(`The workbook has no tab "${tab}".`);
        const range = args.range ? sheet.getRange(args.range) : sheet.getDataRange();
        return { range: range.getA1Notation(), values: plain(range.getValues()), formulas: range.getFormulas(), numberFormats: range.getNumberFormats() };
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
      process.stdout.write(result instanceof Text ? `${result.text}\n` : `${JSON.stringify(plain(result), null, 2)}\n`);
    },
    (e: unknown) => {
      const known = e instanceof UsageError || e instanceof WorkbookMissingError || e instanceof UnknownFunctionError || e instanceof CsvError;
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`lembar: ${known ? msg : msg.split('\n')[0]}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run(process.argv.slice(2));

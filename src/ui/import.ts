// The import dialog: a source (pasted text, a .csv file or a tab), then a check that
// shows the suggested column mapping, the values to map, what needs attention and the possible
// duplicates; then the import, which writes everything or nothing; then an undo. All the rules
// live on the server (importLeads): this page only shows the report and sends the answers.
import { call, closeDialog, h, msg, setMessages } from './client';
import { status as showStatus, type StatusKind } from './status';
import type { ImportReport } from '../gas/import';
import { KEEP } from '../core/import';
import { decodeText, type TextEncoding } from '../core/encoding';

// The report's shape is the server's (a type-only import: no server code is bundled).
type Report = ImportReport;

const SHOWN = 100;
let source: { csv?: string; fileName?: string; tab?: string; encoding?: TextEncoding } = {};
/** The text of the file last chosen, as the text box holds it, and the encoding it was read in. */
let loaded: { text: string; encoding: TextEncoding } | null = null;
let report: Report | null = null;
// Without a prototype: a column or a value named `__proto__` or `constructor` is answered like any other.
const dict = (from: Record<string, string> = {}): Record<string, string> =>
  Object.assign(Object.create(null) as Record<string, string>, from);
const answers = { mapping: dict(), statusMap: dict(), sourceMap: dict() };

const app = () => document.getElementById('app')!;
const status = (text: string, kind?: StatusKind) => showStatus(document.getElementById('import-status')!, text, kind);

function select(
  label: string,
  options: { value: string; label: string }[],
  value: string,
  onChange: (v: string) => void,
): HTMLSelectElement {
  const s = h('select', { 'aria-label': label });
  for (const o of options) s.append(h('option', { value: o.value, text: o.label }));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

function sourceStep(tabs: string[]): void {
  const text = h('textarea', { id: 'import-text', rows: '8', spellcheck: 'false' });
  const file = h('input', { id: 'import-file', type: 'file', accept: '.csv,.tsv,.txt,text/csv' }) as HTMLInputElement;
  const tab = h('select', { id: 'import-tab' });
  tab.append(h('option', { value: '', text: msg('ui.import.noTab') }));
  for (const t of tabs) tab.append(h('option', { value: t, text: t }));
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    // Read as the bytes say (UTF-8, Excel's UTF-16 "Unicode Text", Windows-1252), never assumed UTF-8.
    const d = decodeText(new Uint8Array(await f.arrayBuffer()));
    if (!d.ok) {
      loaded = null;
      status(msg(d.error.key), 'error');
      return;
    }
    text.value = d.text;
    loaded = { text: text.value, encoding: d.encoding };
    source.fileName = f.name;
    status(d.encoding === 'windows-1252' ? msg('import.encoding1252') : '');
  });
  const check = h('button', { type: 'submit', class: 'primary', text: msg('ui.import.check') });
  const form = h(
    'form',
    { id: 'import-source' },
    h('p', { class: 'muted', text: msg('ui.import.intro') }),
    h('label', { for: 'import-text', text: msg('ui.import.paste') }),
    text,
    h('label', { for: 'import-file', text: msg('ui.import.file') }),
    file,
    h('label', { for: 'import-tab', text: msg('ui.import.tab') }),
    tab,
    check,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // The file's encoding goes with its text, unless the text was changed since.
    const encoding = loaded && loaded.text === text.value ? loaded.encoding : undefined;
    source = tab.value
      ? { tab: tab.value }
      : { csv: text.value, fileName: source.fileName || 'CSV', ...(encoding ? { encoding } : {}) };
    void run(true);
  });
  app().replaceChildren(
    form,
    h('p', { id: 'import-status', class: 'status', role: 'status' }),
    h('div', { id: 'import-report' }),
  );
}

async function run(dryRun: boolean): Promise<void> {
  status(msg('ui.import.working'));
  try {
    report = await call('importLeads', { ...source, ...answers, dryRun });
    answers.mapping = dict(report.mapping);
    answers.statusMap = dict(report.statusMap);
    answers.sourceMap = dict(report.sourceMap);
    status(report.message, report.ok ? 'ok' : 'error');
    if (!dryRun && report.ok && report.importId) return done(report.importId);
    draw(report);
    // The answer is below the form: bring it into view.
    document.getElementById('import-status')?.scrollIntoView({ block: 'start' });
  } catch (e) {
    status((e as Error).message, 'error');
  }
}

function draw(r: Report): void {
  const out = document.getElementById('import-report')!;
  const targets = [
    { value: '', label: msg('ui.import.keep') },
    ...r.choices.headers.map((x) => ({ value: x, label: x })),
  ];
  const mapRows = r.headers.map((head, i) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', text: head }),
      h(
        'td',
        {},
        select(`${msg('ui.import.target')}: ${head}`, targets, answers.mapping[head] ?? '', (v) => {
          answers.mapping[head] = v;
        }),
      ),
      h('td', { class: 'muted', text: r.sample.find((row) => row[i])?.[i] ?? '' }),
    ),
  );
  const columns = h(
    'section',
    { 'aria-labelledby': 'import-columns' },
    h('h3', { id: 'import-columns', text: msg('ui.import.columns') }),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { text: msg('ui.import.column') }),
          h('th', { text: msg('ui.import.target') }),
          h('th', { text: msg('ui.import.example') }),
        ),
      ),
      h('tbody', {}, ...mapRows),
    ),
  );
  const values = h(
    'section',
    { 'aria-labelledby': 'import-values' },
    h('h3', { id: 'import-values', text: msg('ui.import.values') }),
  );
  for (const q of r.questions) {
    const options =
      q.kind === 'status'
        ? [{ value: '', label: msg('ui.import.choose') }, ...r.choices.statuses.map((x) => ({ value: x, label: x }))]
        : [
            { value: '', label: msg('ui.import.choose') },
            { value: KEEP, label: msg('ui.import.keepValue') },
            ...r.choices.sources.map((x) => ({ value: x, label: x })),
          ];
    const map = q.kind === 'status' ? answers.statusMap : answers.sourceMap;
    values.append(
      h(
        'p',
        {},
        h('span', { text: q.message }),
        ' ',
        select(
          `${q.kind === 'status' ? 'Status' : 'Source'} ${q.value}`,
          options,
          map[q.value] ?? '',
          (v) => (map[q.value] = v),
        ),
      ),
    );
  }
  const problems = h(
    'section',
    { 'aria-labelledby': 'import-problems' },
    h('h3', { id: 'import-problems', text: msg('ui.import.problems', { count: r.problemCount }) }),
    r.problems.length === 0
      ? h('p', { class: 'muted', text: msg('ui.import.noProblems') })
      : h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { text: msg('ui.import.row') }),
              h('th', { text: msg('ui.import.column') }),
              h('th', { text: msg('ui.import.value') }),
              h('th', { text: msg('ui.import.what') }),
            ),
          ),
          h(
            'tbody',
            {},
            ...r.problems
              .slice(0, SHOWN)
              .map((p) =>
                h(
                  'tr',
                  p.blocking ? { class: 'blocking' } : {},
                  h('td', { text: String(p.row) }),
                  h('td', { text: p.column }),
                  h('td', { text: p.value }),
                  h('td', { text: p.message }),
                ),
              ),
          ),
        ),
    r.problemCount > SHOWN
      ? h('p', { class: 'muted', text: msg('ui.import.more', { count: r.problemCount - SHOWN }) })
      : null,
  );
  const dups = h(
    'section',
    { 'aria-labelledby': 'import-dups' },
    h('h3', { id: 'import-dups', text: msg('ui.import.duplicates', { count: r.duplicateCount }) }),
    ...r.duplicates.slice(0, SHOWN).map((d) => {
      const on = d.matchedOn.join(', ');
      return h('p', {
        text:
          d.leads.length > 0
            ? msg('ui.import.dupExisting', { row: d.row, on, leads: d.leads.join(', ') })
            : msg('ui.import.dupRows', { row: d.row, on, rows: d.rows.join(', ') }),
      });
    }),
  );
  const again = h('button', { type: 'button', text: msg('ui.import.recheck') });
  again.addEventListener('click', () => void run(true));
  const go = h('button', {
    type: 'button',
    class: 'primary',
    text: msg('ui.import.run', { count: r.rows }),
    disabled: !r.ok,
  });
  go.addEventListener('click', () => void run(false));
  const warnings = r.warnings.map((w) => h('p', { class: 'warning', role: 'note', text: w }));
  out.replaceChildren(
    ...warnings,
    r.questions.length > 0 ? values : '',
    columns,
    problems,
    r.duplicates.length > 0 ? dups : '',
    h('div', { class: 'actions' }, again, go),
  );
}

function done(importId: string): void {
  const out = document.getElementById('import-report')!;
  const undo = h('button', { type: 'button', text: msg('ui.import.undo') });
  undo.addEventListener('click', async () => {
    status(msg('ui.import.working'));
    try {
      const u = await call('undoImport', { importId });
      status(u.message, 'ok');
      undo.remove();
    } catch (e) {
      status((e as Error).message, 'error');
    }
  });
  const close = h('button', { type: 'button', class: 'primary', text: msg('ui.import.close') });
  close.addEventListener('click', () => closeDialog());
  document.getElementById('import-source')?.remove();
  out.replaceChildren(h('div', { class: 'actions' }, undo, close));
}

(async () => {
  try {
    const ctx = await call('getImportContext');
    setMessages(ctx.messages);
    document.documentElement.lang = ctx.lang;
    sourceStep(ctx.tabs);
  } catch (e) {
    app().textContent = (e as Error).message;
  }
})();

// The import dialog: a source (pasted text, a .csv file or a tab), then a check that shows
// every guess the import made (columns, Status, Source and Owner values) so each can be changed,
// what needs an answer, the duplicates with both sides and what to do with each, the problems by
// the file's own row, and the first rows as they will be written; then the import, which writes
// everything or nothing; then an undo. All the rules live on the server (importLeads): this
// page only shows the report and keeps the person's answers, across checks, until the source changes.
import { call, closeDialog, h, msg, setMessages } from './client';
import { status as showStatus, type StatusKind } from './status';
import type { ImportReport } from '../gas/import';
import { KEEP, NOTE_COLUMN, SKIP_COLUMN } from '../core/import';
import { NO_OWNER } from '../core/people';
import type { DupAction } from '../core/import-dups';
import { decodeText, type TextEncoding } from '../core/encoding';
import { drawTables, ownerChoice } from './import-tables';
import type { OwnerNames } from '../gas/owners';
import type { RecentImport } from '../gas/import-journal';
import { formatDateTime } from '../core/format';
import type { Lang } from '../core/i18n';

type Report = ImportReport;

let source: { csv?: string; fileName?: string; tab?: string; encoding?: TextEncoding } = {};
/** The text of the file last chosen, as the text box holds it, and the encoding it was read in. */
let loaded: { text: string; encoding: TextEncoding } | null = null;
// Without a prototype: a column or a value named `__proto__` or `constructor` is answered like any other.
const dict = (): Record<string, string> => Object.create(null) as Record<string, string>;
/** Only what the person chose: a guess stays the server's, so a check never freezes one. */
const answers = { mapping: dict(), statusMap: dict(), sourceMap: dict(), ownerMap: dict(), duplicates: dict() };
/** The owner values answered "a new Team member": their email as typed so far. */
const newEmails = dict();

/** What a duplicate row may become (the server's list; a type-only import keeps the matcher out of the page). */
const DUP_ACTIONS: readonly DupAction[] = ['skip', 'fill', 'newDeal', 'separate'];

const app = () => document.getElementById('app')!;
const status = (text: string, kind?: StatusKind) => showStatus(document.getElementById('import-status')!, text, kind);

function resetAnswers(): void {
  for (const m of Object.values(answers)) for (const k of Object.keys(m)) delete m[k];
  for (const k of Object.keys(newEmails)) delete newEmails[k];
}

/** Owners Leads already holds as names (a sheet typed by hand): the same choice as an import's, applied to Leads. */
function ownersSection(names: OwnerNames): HTMLElement | null {
  if (names.owners.length === 0) return null;
  const chosen = dict();
  const typed = dict();
  const rows = names.owners.map((w) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', text: w.value }),
      h('td', { text: String(w.rows) }),
      h('td', {}, ...ownerChoice(w, names.team, chosen, typed, NO_OWNER, () => {})),
    ),
  );
  const apply = h('button', { type: 'button', text: msg('ui.owners.apply') });
  const note = h('p', { class: 'status', role: 'status' });
  apply.addEventListener('click', async () => {
    // A guess the person left as it is counts as their answer; "new" without an email does not.
    const mapping = dict();
    for (const w of names.owners) {
      const v = chosen[w.value] ?? w.email;
      if (v && v !== 'new') mapping[w.value] = v;
    }
    showStatus(note, msg('ui.import.working'));
    try {
      const r = await call('mapOwners', { mapping });
      showStatus(note, r.message, 'ok');
    } catch (e) {
      showStatus(note, (e as Error).message, 'error');
    }
  });
  return h(
    'section',
    { 'aria-labelledby': 'owners-title', id: 'owners' },
    h('h3', { id: 'owners-title', text: msg('ui.owners.title') }),
    h('p', { class: 'muted', text: msg('ui.owners.intro') }),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: msg('field.owner') }),
          h('th', { scope: 'col', text: msg('ui.import.rows') }),
          h('th', { scope: 'col', text: msg('ui.import.becomes') }),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h('div', { class: 'actions' }, apply),
    note,
  );
}

function sourceStep(tabs: string[], owners: OwnerNames, recent: RecentImport[]): void {
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
    const next: typeof source = tab.value
      ? { tab: tab.value }
      : { csv: text.value, fileName: source.fileName || 'CSV', ...(encoding ? { encoding } : {}) };
    // Answers belong to one source: another file starts from the guesses again.
    if (next.tab !== source.tab || next.csv !== source.csv) resetAnswers();
    source = next;
    void run(true);
  });
  app().replaceChildren(
    ...[ownersSection(owners)].filter((x): x is HTMLElement => x !== null),
    form,
    ...[recentSection(recent, document.documentElement.lang === 'en' ? 'en' : 'id')].filter(
      (x): x is HTMLElement => x !== null,
    ),
    h('p', { id: 'import-status', class: 'status', role: 'status' }),
    h('div', { id: 'import-report' }),
  );
}

async function run(dryRun: boolean): Promise<void> {
  status(msg('ui.import.working'));
  try {
    // An owner marked "new Team member" whose email is not typed yet is not an answer yet.
    const ownerMap = dict();
    for (const [k, v] of Object.entries(answers.ownerMap)) if (v !== 'new') ownerMap[k] = v;
    const report = await call('importLeads', { ...source, ...answers, ownerMap, dryRun });
    status(report.message, report.ok ? 'ok' : 'error');
    if (!dryRun && report.ok && report.importId) return done(report.importId, report.imported ?? 0);
    draw(report);
    // The answer is below the form: bring it into view.
    document.getElementById('import-status')?.scrollIntoView({ block: 'start' });
  } catch (e) {
    status((e as Error).message, 'error');
  }
}

/** The questions still open with the answers given on this page (a guess or an answer counts). */
function unanswered(r: Report): number {
  return r.questions.filter((q) => {
    const map = q.kind === 'status' ? answers.statusMap : q.kind === 'source' ? answers.sourceMap : answers.ownerMap;
    const a = map[q.value] ?? '';
    return a === '' || (q.kind === 'owner' && a !== NO_OWNER && !a.includes('@'));
  }).length;
}

function draw(r: Report): void {
  const out = document.getElementById('import-report')!;
  const go = h('button', { type: 'button', class: 'primary' });
  /** Import is offered as soon as nothing is left unanswered: no "Check again" needed first. */
  const refresh = () => {
    const open = r.ok ? 0 : r.waitingFor === 'answers' ? unanswered(r) : -1;
    go.textContent = msg('ui.import.run', { count: r.rows - r.skipped });
    (go as HTMLButtonElement).disabled = open !== 0;
    hint.textContent = open > 0 ? msg('ui.import.stillOpen', { count: open }) : '';
  };
  const hint = h('p', { class: 'muted', id: 'import-hint', role: 'note' });
  const sections = drawTables(r, {
    answers,
    newEmails,
    onChange: refresh,
    keepValue: KEEP,
    skipColumn: SKIP_COLUMN,
    noteColumn: NOTE_COLUMN,
    noOwner: NO_OWNER,
    actions: DUP_ACTIONS,
  });
  const again = h('button', { type: 'button', text: msg('ui.import.recheck') });
  again.addEventListener('click', () => void run(true));
  go.addEventListener('click', () => void run(false));
  const warnings = r.warnings.map((w) => h('p', { class: 'warning', role: 'note', text: w }));
  out.replaceChildren(...warnings, ...sections, hint, h('div', { class: 'actions' }, again, go));
  refresh();
}

/**
 * "Undo this import", asked once more before it removes the leads (a click beside Close must not
 * delete a day's import): the button becomes "Yes, remove N leads" and "Keep them".
 */
function undoButton(importId: string, count: number | null, onUndone: () => void): HTMLElement {
  const box = h('span', { class: 'undo-import' });
  const undo = h('button', { type: 'button', text: msg('ui.import.undo') });
  const ask = () => {
    // The count is sure only just after the import: later, some of its leads may be gone already.
    const yes = h('button', {
      type: 'button',
      class: 'warn',
      text:
        count === null
          ? msg('ui.import.undoConfirmLater', { importId })
          : msg('ui.import.undoConfirm', { count, importId }),
    });
    const no = h('button', { type: 'button', text: msg('ui.import.undoKeep') });
    no.addEventListener('click', () => box.replaceChildren(undo));
    yes.addEventListener('click', async () => {
      (yes as HTMLButtonElement).disabled = true;
      status(msg('ui.import.working'));
      try {
        const u = await call('undoImport', { importId });
        status(u.message, 'ok');
        onUndone();
      } catch (e) {
        status((e as Error).message, 'error');
        box.replaceChildren(undo);
      }
    });
    box.replaceChildren(yes, no);
    yes.focus();
  };
  undo.addEventListener('click', ask);
  box.append(undo);
  return box;
}

function done(importId: string, count: number): void {
  const out = document.getElementById('import-report')!;
  const close = h('button', { type: 'button', class: 'primary', text: msg('ui.import.close') });
  close.addEventListener('click', () => closeDialog());
  const undo = undoButton(importId, count, () => undo.remove());
  document.getElementById('import-source')?.remove();
  out.replaceChildren(h('div', { class: 'actions' }, undo, close));
}

/** The last imports still in the CRM, each with its undo: a mistake found the next day is still one click (and a yes) away. */
function recentSection(recent: RecentImport[], lang: Lang): HTMLElement | null {
  if (recent.length === 0) return null;
  const list = h('ul', { class: 'recent-imports' });
  for (const r of recent) {
    const item = h('li', {
      text: `${r.importId} · ${r.file}${r.at ? ` · ${formatDateTime(r.at, lang)}` : ''} · ${msg('ui.import.recentCount', { count: r.count })} `,
    });
    item.append(undoButton(r.importId, null, () => item.remove()));
    list.append(item);
  }
  return h(
    'section',
    { 'aria-labelledby': 'recent-imports-title' },
    h('h3', { id: 'recent-imports-title', text: msg('ui.import.recent') }),
    list,
  );
}

(async () => {
  try {
    const ctx = await call('getImportContext');
    setMessages(ctx.messages);
    document.documentElement.lang = ctx.lang;
    sourceStep(ctx.tabs, ctx.ownerNames, ctx.recent);
  } catch (e) {
    app().textContent = (e as Error).message;
  }
})();

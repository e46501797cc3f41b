// The import dialog's report, drawn: the columns and where each goes, every Status, Source and
// Owner value with what it becomes, the problems by the file's row, the duplicates with both
// sides and an action each, and the first rows as they will be written. Every select writes into
// the page's answers, which the next check or the import sends.
import { h, msg } from './client';
import type { ImportReport } from '../gas/import';
import type { DupAction } from '../core/import-dups';

type Report = ImportReport;
const SHOWN = 100;

export interface TableOptions {
  answers: {
    mapping: Record<string, string>;
    statusMap: Record<string, string>;
    sourceMap: Record<string, string>;
    ownerMap: Record<string, string>;
    duplicates: Record<string, string>;
  };
  newEmails: Record<string, string>;
  onChange: () => void;
  keepValue: string;
  skipColumn: string;
  noteColumn: string;
  noOwner: string;
  actions: readonly DupAction[];
}

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

const table = (heads: string[], rows: HTMLElement[]) =>
  h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...heads.map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', {}, ...rows),
  );

const section = (id: string, title: string, ...body: (Node | string | null)[]) =>
  h('section', { 'aria-labelledby': id }, h('h3', { id, text: title }), ...body);

/** A Leads header by its label, with the data name beside when they differ: `Telepon (Phone)`. */
const labelled = (r: Report, header: string) => {
  const l = r.labels[header] ?? header;
  return l === header ? header : `${l} (${header})`;
};
const statusLabel = (r: Report, s: string) => r.labels[`status:${s}`] ?? s;
const sourceLabel = (r: Report, s: string) => r.labels[`source:${s}`] ?? s;

export function drawTables(r: Report, o: TableOptions): HTMLElement[] {
  const a = o.answers;
  const changed = (map: Record<string, string>, key: string) => (v: string) => {
    map[key] = v;
    o.onChange();
  };

  // Columns: every guess shown, each changeable; a column can be left out entirely.
  const targets = [
    { value: '', label: msg('ui.import.keep') },
    { value: o.skipColumn, label: msg('ui.import.skipColumn') },
    { value: o.noteColumn, label: msg('ui.import.noteColumn') },
    ...r.choices.headers.map((x) => ({ value: x, label: labelled(r, x) })),
  ];
  const columnRows = r.headers.map((head, i) => {
    const now = a.mapping[head] ?? r.mapping[head] ?? '';
    const guessed = !(head in a.mapping) && now !== '' && r.suggested[head] === now;
    return h(
      'tr',
      {},
      h('th', { scope: 'row', text: head }),
      h(
        'td',
        {},
        select(`${msg('ui.import.target')}: ${head}`, targets, now, changed(a.mapping, head)),
        guessed ? h('span', { class: 'muted guess', text: ` ${msg('ui.import.guessed')}` }) : null,
      ),
      h('td', { class: 'muted', text: r.sample.find((row) => row[i])?.[i] ?? '' }),
    );
  });
  const columns = section(
    'import-columns',
    msg('ui.import.columns'),
    table([msg('ui.import.column'), msg('ui.import.target'), msg('ui.import.example')], columnRows),
  );

  // Values: every Status and Source value with what it becomes (Deal → Won), and every Owner.
  const valueRows = r.values.map((v) => {
    const map = v.kind === 'status' ? a.statusMap : a.sourceMap;
    const given = v.kind === 'status' ? r.statusMap : r.sourceMap;
    const options = [
      { value: '', label: msg('ui.import.choose') },
      ...(v.kind === 'source' ? [{ value: o.keepValue, label: msg('ui.import.keepValue') }] : []),
      ...(v.kind === 'status'
        ? r.choices.statuses.map((x) => ({ value: x, label: statusLabel(r, x) }))
        : r.choices.sources.map((x) => ({ value: x, label: sourceLabel(r, x) }))),
    ];
    const kind = msg(v.kind === 'status' ? 'field.status' : 'field.source');
    return h(
      'tr',
      {},
      h('td', { text: kind }),
      h('th', { scope: 'row', text: v.value }),
      h('td', { text: String(v.rows) }),
      h(
        'td',
        {},
        select(
          `${v.kind === 'status' ? 'Status' : 'Source'} ${v.value}`,
          options,
          map[v.value] ?? given[v.value] ?? '',
          changed(map, v.value),
        ),
      ),
    );
  });
  const ownerRows = r.owners.map((w) =>
    h(
      'tr',
      {},
      h('td', { text: msg('field.owner') }),
      h('th', { scope: 'row', text: w.value }),
      h('td', { text: String(w.rows) }),
      h('td', {}, ...ownerChoice(w, r.choices.team, a.ownerMap, o.newEmails, o.noOwner, o.onChange)),
    ),
  );
  const open = new Set(r.questions.map((q) => `${q.kind}:${q.value}`));
  const questions = r.questions.map((q) => h('li', { text: q.message }));
  const values =
    valueRows.length + ownerRows.length > 0
      ? section(
          'import-values',
          msg('ui.import.values'),
          questions.length > 0 ? h('ul', { class: 'questions' }, ...questions) : null,
          table(
            [msg('ui.import.kind'), msg('ui.import.value'), msg('ui.import.rows'), msg('ui.import.becomes')],
            [...valueRows, ...ownerRows].map((tr, i) => {
              const v = i < r.values.length ? r.values[i] : null;
              const key = v ? `${v.kind}:${v.value}` : `owner:${r.owners[i - r.values.length].value}`;
              if (open.has(key)) tr.classList.add('open');
              return tr;
            }),
          ),
        )
      : null;

  const problems = section(
    'import-problems',
    msg('ui.import.problems', { count: r.problemCount }),
    r.problems.length === 0
      ? h('p', { class: 'muted', text: msg('ui.import.noProblems') })
      : table(
          [msg('ui.import.row'), msg('ui.import.column'), msg('ui.import.value'), msg('ui.import.what')],
          r.problems
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
    r.problemCount > SHOWN
      ? h('p', { class: 'muted', text: msg('ui.import.more', { count: r.problemCount - SHOWN }) })
      : null,
  );

  // Duplicates: both sides (name, company, status), and what to do with each row.
  const who = (x: { name: string; company: string; status: string }) =>
    [x.name, x.company, x.status ? statusLabel(r, x.status) : ''].filter((s) => s !== '').join(' · ');
  const dups =
    r.duplicates.length > 0
      ? section(
          'import-dups',
          msg('ui.import.duplicates', { count: r.duplicateCount }),
          table(
            [msg('ui.import.row'), msg('ui.import.dupThis'), msg('ui.import.dupOther'), msg('ui.import.action')],
            r.duplicates.slice(0, SHOWN).map((d) =>
              h(
                'tr',
                {},
                h('td', { text: String(d.row) }),
                h('td', { text: who(d) }),
                h(
                  'td',
                  {},
                  h('span', { text: d.message }),
                  ...d.others.map((x) =>
                    h('div', {
                      class: 'muted',
                      text: `${x.leadId || msg('ui.import.fileRow', { row: x.row ?? 0 })}: ${who(x)}`,
                    }),
                  ),
                ),
                h(
                  'td',
                  {},
                  select(
                    msg('ui.import.actionFor', { row: d.row }),
                    o.actions.map((x) => ({ value: x, label: msg(`ui.import.dup.${x}`) })),
                    a.duplicates[String(d.row)] ?? d.action,
                    changed(a.duplicates, String(d.row)),
                  ),
                ),
              ),
            ),
          ),
          r.duplicateCount > SHOWN
            ? h('p', { class: 'muted', text: msg('ui.import.more', { count: r.duplicateCount - SHOWN }) })
            : null,
        )
      : null;

  const preview =
    r.preview.rows.length > 0
      ? section(
          'import-preview',
          msg('ui.import.preview'),
          table(
            r.preview.headers.map((x) => r.labels[x] ?? x),
            r.preview.rows.map((row) => h('tr', {}, ...row.map((c) => h('td', { text: c })))),
          ),
        )
      : null;

  return [values, columns, problems, dups, preview].filter((x): x is HTMLElement => x !== null);
}

/**
 * Who a written owner is: a Team member, a new Team member (with the email typed beside), or
 * nobody. The choice goes into `answers` under the value as written ('new' until an email is typed).
 */
export function ownerChoice(
  w: { value: string; email: string; how: string },
  team: readonly { email: string; name: string }[],
  answers: Record<string, string>,
  newEmails: Record<string, string>,
  noOwner: string,
  onChange: () => void,
): HTMLElement[] {
  const members = team.map((p) => ({ value: p.email, label: p.name ? `${p.name} (${p.email})` : p.email }));
  const now = answers[w.value] ?? (w.email || '');
  const isNew = now !== '' && now !== noOwner && now !== 'new' && !team.some((p) => p.email === now);
  const email = h('input', {
    type: 'email',
    'aria-label': `${msg('ui.import.newEmail')}: ${w.value}`,
    placeholder: 'nama@contoh.co.id',
    value: isNew ? now : (newEmails[w.value] ?? ''),
    hidden: !(isNew || now === 'new'),
  }) as HTMLInputElement;
  email.addEventListener('input', () => {
    newEmails[w.value] = email.value.trim();
    answers[w.value] = email.value.trim() || 'new';
    onChange();
  });
  const options = [
    { value: '', label: msg('ui.import.choose') },
    ...members,
    ...(w.how === 'email' && !team.some((p) => p.email === w.email) ? [{ value: w.email, label: w.email }] : []),
    { value: 'new', label: msg('ui.import.ownerNew') },
    { value: noOwner, label: msg('ui.import.ownerNone') },
  ];
  const s = select(`Owner ${w.value}`, options, isNew ? 'new' : now, (v) => {
    email.hidden = v !== 'new';
    answers[w.value] = v === 'new' ? newEmails[w.value] || 'new' : v;
    onChange();
    if (v === 'new') email.focus();
  });
  return [s, email];
}

// Owners a team typed by hand (`Rudi`, `bu tini`) instead of an email: the digest, Today, the
// scorecard and `{sales}` cannot find them. getOwnerNames lists each written name once with the
// Team member it matches (the import's rule, core/people.ts); mapOwners writes the answers into
// the Owner column under the document lock, each changed cell logged as a Note on its lead.
import { CrmError, t, userText } from '../core/i18n';
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, TEAM_COLUMNS, type ActivityRecord } from '../core/schema';
import { answerFor, ownerValues, readOwnerAnswer, type OwnerHow, type Person } from '../core/people';
import { normalizeEmail } from '../core/email';
import { Table } from './table';
import { cellText, currentUser, openCrm, withDocumentLock, type Crm } from './services';
import { forgetTeam, readTeam } from './team';
import { appendRunLog } from './runlog';

export interface OwnerName {
  /** The owner as written (one line per name, whatever its case or spacing). */
  value: string;
  /** Leads rows holding it. */
  rows: number;
  /** The Team member it matches ('' when none, or when several could be meant). */
  email: string;
  how: OwnerHow;
  candidates: string[];
}

export interface OwnerNames {
  owners: OwnerName[];
  team: Person[];
}

/** The Team, and the owners Leads already holds as emails (an email without a Team row is still a person). */
function people(crm: Crm, owners: readonly unknown[]): Person[] {
  const out: Person[] = [...readTeam(crm).values()].map((m) => ({ email: m.email, name: m.name }));
  const seen = new Set(out.map((p) => p.email));
  for (const v of owners) {
    const e = typeof v === 'string' && v.includes('@') ? normalizeEmail(v) : null;
    if (e?.ok && !seen.has(e.email)) {
      seen.add(e.email);
      out.push({ email: e.email, name: '' });
    }
  }
  return out;
}

/** The bare-name owners of Leads (not emails), each with its match. */
export function ownerNamesOf(crm: Crm, owners: readonly unknown[], team: readonly Person[]): OwnerName[] {
  const cells = owners.map((v, i) => ({ row: i + 2, value: cellText(v, crm.offset) }));
  return ownerValues(cells, team)
    .filter((o) => o.match.how !== 'email')
    .map((o) => ({
      value: o.value,
      rows: o.rows.length,
      email: o.match.email,
      how: o.match.how,
      candidates: o.match.candidates,
    }));
}

/** One sentence per bare-name owner of Leads (Set up / repair and the Summary say them). */
export function ownerLines(crm: Crm, names: readonly OwnerName[]): string[] {
  return names.map((o) =>
    t(crm.lang, 'owners.bareNames', {
      rows: o.rows,
      value: userText(o.value),
      guess: o.email ? t(crm.lang, 'owners.guess', { email: o.email }) : '',
    }),
  );
}

/** One short sentence for a toast, however many names there are ('' when none). */
export function ownerToast(crm: Crm, names: readonly OwnerName[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, 3).map((o) => o.value);
  return t(crm.lang, 'owners.toast', {
    count: names.length,
    names: userText(names.length > 3 ? `${shown.join(', ')}, …` : shown.join(', ')),
  });
}

export function getOwnerNames(): OwnerNames {
  return ownerNamesFor(openCrm());
}

/**
 * The bare-name owners of Leads and who may be meant, for a page already holding the CRM open.
 * `column`: the Owner column when the caller read Leads already (the Summary).
 */
export function ownerNamesFor(crm: Crm, column?: readonly unknown[]): OwnerNames {
  // A spreadsheet not set up yet has no Leads: nobody to map.
  if (!column && !crm.ss.getSheetByName(TAB.leads)) return { owners: [], team: [] };
  const owners = column ?? Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).column('Owner');
  const team = people(crm, owners);
  return { owners: ownerNamesOf(crm, owners, team), team };
}

export interface MapOwnersResult {
  /** Owner cells changed. */
  changed: number;
  /** Team rows added for owners given a new email. */
  addedTeam: number;
  message: string;
}

/**
 * Writes each answered owner name as its email (a Team member's, a new Team row's, or nobody):
 * the Owner column in one block, one Note per changed lead (`Owner: Rudi → rudi@toko.id`).
 */
export function mapOwners(arg: { mapping?: Record<string, string> }): MapOwnersResult {
  const crm = openCrm();
  const raw = arg && typeof arg === 'object' ? (arg as { mapping?: unknown }).mapping : undefined;
  const mapping: Record<string, string> = Object.create(null) as Record<string, string>;
  if (raw && typeof raw === 'object' && !Array.isArray(raw))
    for (const [k, v] of Object.entries(raw as object)) if (typeof v === 'string' && v.trim() !== '') mapping[k] = v;
  return withDocumentLock(crm.lang, () => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const owners = leads.column('Owner');
    const ids = leads.column('Lead ID');
    const team = people(crm, owners);
    const to = new Map<string, string>();
    const added: Person[] = [];
    for (const o of ownerNamesOf(crm, owners, team)) {
      const answer = answerFor(mapping, o.value);
      if (answer === undefined) continue;
      const a = readOwnerAnswer(answer, team);
      if (a.kind === 'bad')
        throw new CrmError(
          { key: 'import.badOwner', params: { value: userText(o.value), answer: userText(answer) } },
          crm.lang,
        );
      if (a.kind === 'new' && !added.some((p) => p.email === a.email)) added.push({ email: a.email, name: o.value });
      to.set(o.value, a.kind === 'none' ? '' : a.email);
    }
    const values = owners.map((v) => cellText(v, crm.offset));
    const changes: { index: number; from: string; to: string }[] = [];
    const byKey = new Map([...to].map(([k, v]) => [k, v]));
    values.forEach((v, i) => {
      const text = v.trim();
      if (text === '') return;
      const target = byKey.get(text) ?? answerFor(Object.fromEntries(byKey), text);
      if (target === undefined || target === text) return;
      changes.push({ index: i, from: v, to: target });
    });
    if (changes.length > 0) {
      const lo = changes[0].index;
      const hi = changes[changes.length - 1].index;
      const block = owners.slice(lo, hi + 1);
      for (const c of changes) block[c.index - lo] = c.to;
      leads.writeColumn('Owner', lo, block);
    }
    if (added.length > 0 && crm.ss.getSheetByName(TAB.team)) {
      // They own leads: sales people (the admin changes the Role when it is not so).
      Table.open(crm.ss, TAB.team, TEAM_COLUMNS, crm.lang).append(
        added.map((p) => ({ Email: p.email, Name: p.name, Role: 'Sales' })),
      );
      forgetTeam();
    }
    const by = currentUser();
    if (changes.length > 0)
      Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(
        changes.map(
          (c): ActivityRecord => ({
            Timestamp: crm.now,
            'Lead ID': cellText(ids[c.index], crm.offset),
            Type: 'Note',
            Summary: t(crm.lang, 'owners.note', {
              from: userText(c.from),
              to: c.to === '' ? t(crm.lang, 'change.empty') : userText(c.to),
            }),
            By: by,
            'Next Follow-up': '',
          }),
        ),
      );
    const message = t(crm.lang, 'owners.done', { count: changes.length, team: added.length });
    if (changes.length > 0 || added.length > 0) appendRunLog(crm.ss, crm.lang, crm.now, 'mapOwners', 'ok', message);
    return { changed: changes.length, addedTeam: added.length, message };
  });
}

// The Team tab (SPEC §1): each sales person's display name, phone, role and language. Greetings
// in templates and digests use the display name; digests go out in each owner's language;
// managers are the Manager rows (Settings' Manager emails still count).
import { normalizeEmail } from './email';
import { userText, type Lang, type Message } from './i18n';
import type { TeamRecord } from './schema';

export const ROLES = ['Sales', 'Manager', 'Admin Proyek'] as const;

export interface TeamMember {
  email: string;
  name: string;
  phone: string;
  role: string;
  language: Lang | '';
  targets: { newLeads: number | null; won: number | null; value: number | null };
}

export type Team = Map<string, TeamMember>;

const num = (v: unknown) =>
  v === '' || v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);

export function parseTeam(rows: TeamRecord[]): Team {
  const team: Team = new Map();
  for (const r of rows) {
    const e = normalizeEmail(r['Email']);
    if (!e.ok) continue;
    const lang = String(r['Language'] ?? '')
      .trim()
      .toLowerCase();
    team.set(e.email, {
      email: e.email,
      name: String(r['Name'] ?? '').trim(),
      phone: String(r['Phone'] ?? '').trim(),
      role: String(r['Role'] ?? '').trim(),
      language: lang === 'id' || lang === 'en' ? lang : '',
      targets: { newLeads: num(r['Target New Leads']), won: num(r['Target Won']), value: num(r['Target Value']) },
    });
  }
  return team;
}

/**
 * Team rows whose Email is not one address by the rule of every mail header (email.ts): they are
 * left out of the team (never a digest's To), each named with its row so it can be corrected.
 */
export function teamProblems(rows: Record<string, unknown>[]): Message[] {
  const out: Message[] = [];
  rows.forEach((r, i) => {
    const cell = String(r['Email'] ?? '').trim();
    if (cell !== '' && !normalizeEmail(cell).ok)
      out.push({ key: 'setup.teamBadEmail', params: { row: i + 2, value: userText(cell) } });
  });
  return out;
}

/** A person's display name: the Team row's Name, or '' (never a name made up from an email address). */
export function displayName(team: Team, email: string): string {
  return team.get(email.trim().toLowerCase())?.name ?? '';
}

/** Managers: the Team's Manager rows and Settings' Manager emails, once each. */
export function managersOf(team: Team, settingEmails: readonly string[]): string[] {
  const out = new Set(settingEmails.map((e) => e.toLowerCase()));
  for (const m of team.values()) if (m.role.toLowerCase() === 'manager') out.add(m.email);
  return [...out];
}

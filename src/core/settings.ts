// The Settings model: defaults of SPEC §1/§2, parsed from the Settings tab's rows.
// A bad value never breaks a run: it is reported as a problem and the default is used.
import { isLeadHeader, type LeadHeader } from './schema';
import { userText, type Message, type MessageKey, type Params } from './i18n';
import { normalizeEmail } from './email';

export interface Settings {
  language: 'auto' | 'id' | 'en';
  currency: string;
  statuses: string[];
  transitions: Record<string, string[]>;
  /** 0..1 per status. */
  probabilities: Record<string, number>;
  /** Lead headers that must be filled before entering a status. */
  required: Record<string, LeadHeader[]>;
  /** Days a deal may stay in an open stage before it is stale (0: never). */
  staleDays: Record<string, number>;
  /** Expected conversion per source, 0..1 (benchmarks from the lead-to-opportunity seed). */
  expectedConversion: Record<string, { min: number; max: number }>;
  /** A Deal Value from which the managers are told (0: never). */
  bigDealThreshold: number;
  /** Whether a lead never asked (empty Consent) may receive campaigns (default no); Opted out never does. */
  campaignsToUnasked: boolean;
  sources: string[];
  lostReasons: string[];
  firstContactSlaHours: number;
  followUpIntervalDays: number;
  maxFollowUps: number;
  recontactDelayMonths: number;
  auditIntervalMonths: number;
  reminderHour: number;
  managerEmails: string[];
  /** The lead form (SPEC §4, Lead intake): the Source of a response whose answer names none. */
  leadFormSource: string;
  /** The lead form's owner per source (normalised email); a source not listed goes round-robin over Sales. */
  leadFormOwners: Record<string, string>;
}

export const DEFAULT_STATUSES = ['Lead', 'Quotation Sent', 'Negotiation', 'Won', 'Lost', 'Past Client'];

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  currency: 'IDR',
  statuses: DEFAULT_STATUSES,
  transitions: {
    Lead: ['Quotation Sent', 'Lost'],
    'Quotation Sent': ['Negotiation', 'Won', 'Lost'],
    Negotiation: ['Quotation Sent', 'Won', 'Lost'],
    Won: ['Past Client'],
    Lost: ['Lead'],
    'Past Client': [],
  },
  probabilities: { Lead: 0.1, 'Quotation Sent': 0.3, Negotiation: 0.6, Won: 1, Lost: 0, 'Past Client': 1 },
  required: {
    Lead: [],
    'Quotation Sent': ['Deal Value', 'Expected Close'],
    Negotiation: [],
    Won: ['Deal Value'],
    Lost: ['Lost Reason'],
    'Past Client': ['Contract Value', 'Product', 'Completed On'],
  },
  staleDays: { Lead: 14, 'Quotation Sent': 14, Negotiation: 21 },
  // Inbound 15–25%, referral 25–40%, events 8–15%, outbound 3–10% (the seed's benchmarks).
  expectedConversion: {
    'Google Ads': { min: 0.15, max: 0.25 },
    Website: { min: 0.15, max: 0.25 },
    Referral: { min: 0.25, max: 0.4 },
    Phone: { min: 0.03, max: 0.1 },
    Email: { min: 0.03, max: 0.1 },
    WhatsApp: { min: 0.15, max: 0.25 },
    'Walk-in': { min: 0.15, max: 0.25 },
    Event: { min: 0.08, max: 0.15 },
    'Social Media': { min: 0.15, max: 0.25 },
    Other: { min: 0.03, max: 0.1 },
  },
  bigDealThreshold: 500000000,
  // Promotions go to Subscribed only unless the team chooses otherwise (UU PDP: consent is recorded).
  campaignsToUnasked: false,
  sources: [
    'Google Ads',
    'Website',
    'Referral',
    'Phone',
    'Email',
    'WhatsApp',
    'Walk-in',
    'Event',
    'Social Media',
    'Other',
  ],
  lostReasons: [
    'Price too high',
    'Chose a competitor',
    'No budget',
    'No response',
    'Project cancelled',
    'Timing',
    'Other',
  ],
  firstContactSlaHours: 24,
  followUpIntervalDays: 3,
  maxFollowUps: 3,
  recontactDelayMonths: 12,
  auditIntervalMonths: 6,
  reminderHour: 8,
  managerEmails: [],
  leadFormSource: 'Website',
  leadFormOwners: {},
};

/** Statuses a deal does not move on from (no stale warning, no board column). */
const CLOSED = new Set(['Won', 'Lost', 'Past Client']);

/** Setting names as they appear in the Settings tab (stable English data names). */
export const SETTING = {
  language: 'Language',
  currency: 'Currency',
  statuses: 'Statuses',
  transitionPrefix: 'Transitions from: ',
  probabilityPrefix: 'Probability %: ',
  requiredPrefix: 'Required for: ',
  stalePrefix: 'Stale after days: ',
  expectedPrefix: 'Expected conversion %: ',
  bigDeal: 'Big deal threshold',
  campaignsToUnasked: 'Campaigns to leads not asked for consent',
  sources: 'Sources',
  lostReasons: 'Lost Reasons',
  firstContactSlaHours: 'First-contact SLA (hours)',
  followUpIntervalDays: 'Follow-up interval (days)',
  maxFollowUps: 'Maximum follow-ups',
  recontactDelayMonths: 'Re-contact delay (months)',
  auditIntervalMonths: 'Duplicate audit interval (months)',
  reminderHour: 'Reminder hour',
  managerEmails: 'Manager emails',
  leadFormSource: 'Lead form source',
  leadFormOwners: 'Lead form owners',
} as const;

export interface SettingRow {
  setting: string;
  value: string;
  description: Message;
}

const list = (xs: string[]) => xs.join(', ');

/** Every setting with its default value, in the order setupCrm writes them. */
export function defaultSettingRows(d: Settings = DEFAULT_SETTINGS): SettingRow[] {
  const rows: SettingRow[] = [
    { setting: SETTING.language, value: d.language, description: { key: 'desc.language' } },
    { setting: SETTING.currency, value: d.currency, description: { key: 'desc.currency' } },
    { setting: SETTING.statuses, value: list(d.statuses), description: { key: 'desc.statuses' } },
  ];
  for (const s of d.statuses) {
    rows.push({
      setting: SETTING.transitionPrefix + s,
      value: list(d.transitions[s] ?? []),
      description: { key: 'desc.transition', params: { status: s } },
    });
  }
  for (const s of d.statuses) {
    rows.push({
      setting: SETTING.probabilityPrefix + s,
      value: String(Math.round((d.probabilities[s] ?? 0) * 100)),
      description: { key: 'desc.probability', params: { status: s } },
    });
  }
  for (const s of d.statuses) {
    rows.push({
      setting: SETTING.requiredPrefix + s,
      value: list(d.required[s] ?? []),
      description: { key: 'desc.required', params: { status: s } },
    });
  }
  for (const s of d.statuses.filter((x) => !CLOSED.has(x))) {
    rows.push({
      setting: SETTING.stalePrefix + s,
      value: String(d.staleDays[s] ?? 0),
      description: { key: 'desc.stale', params: { status: s } },
    });
  }
  for (const src of d.sources) {
    const e = d.expectedConversion[src];
    rows.push({
      setting: SETTING.expectedPrefix + src,
      value: e ? `${Math.round(e.min * 100)}-${Math.round(e.max * 100)}` : '',
      description: { key: 'desc.expected', params: { source: src } },
    });
  }
  rows.push({ setting: SETTING.bigDeal, value: String(d.bigDealThreshold), description: { key: 'desc.bigDeal' } });
  rows.push({
    setting: SETTING.campaignsToUnasked,
    value: d.campaignsToUnasked ? 'yes' : 'no',
    description: { key: 'desc.campaignsToUnasked' },
  });
  const num = (setting: string, v: number, key: MessageKey) =>
    rows.push({ setting, value: String(v), description: { key } });
  rows.push({ setting: SETTING.sources, value: list(d.sources), description: { key: 'desc.sources' } });
  rows.push({ setting: SETTING.lostReasons, value: list(d.lostReasons), description: { key: 'desc.lostReasons' } });
  num(SETTING.firstContactSlaHours, d.firstContactSlaHours, 'desc.sla');
  num(SETTING.followUpIntervalDays, d.followUpIntervalDays, 'desc.followUpInterval');
  num(SETTING.maxFollowUps, d.maxFollowUps, 'desc.maxFollowUps');
  num(SETTING.recontactDelayMonths, d.recontactDelayMonths, 'desc.recontact');
  num(SETTING.auditIntervalMonths, d.auditIntervalMonths, 'desc.auditInterval');
  num(SETTING.reminderHour, d.reminderHour, 'desc.reminderHour');
  rows.push({ setting: SETTING.managerEmails, value: list(d.managerEmails), description: { key: 'desc.managers' } });
  rows.push({ setting: SETTING.leadFormSource, value: d.leadFormSource, description: { key: 'desc.leadFormSource' } });
  rows.push({
    setting: SETTING.leadFormOwners,
    value: Object.entries(d.leadFormOwners)
      .map(([src, owner]) => `${src}: ${owner}`)
      .join('; '),
    description: { key: 'desc.leadFormOwners' },
  });
  return rows;
}

export interface SettingProblem {
  setting: string;
  problem: Message;
}

export interface ParsedSettings {
  settings: Settings;
  problems: SettingProblem[];
}

function splitList(v: string): string[] {
  return v
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Parses `Setting`/`Value` pairs (values as the sheet holds them) into Settings plus problems. */
export function parseSettings(rows: { setting: unknown; value: unknown }[]): ParsedSettings {
  const problems: SettingProblem[] = [];
  const s: Settings = structuredCloneSettings(DEFAULT_SETTINGS);
  const byName = new Map<string, string>();
  for (const r of rows) {
    const name = String(r.setting ?? '').trim();
    if (name === '') continue;
    byName.set(name, r.value === null || r.value === undefined ? '' : String(r.value).trim());
  }
  const report = (setting: string, key: MessageKey, params: Params = {}) =>
    problems.push({ setting, problem: { key, params } });

  const lang = byName.get(SETTING.language);
  if (lang !== undefined && lang !== '') {
    const l = lang.toLowerCase();
    if (l === 'auto' || l === 'id' || l === 'en') s.language = l;
    else report(SETTING.language, 'settings.badLanguage', { value: userText(lang) });
  }
  const cur = byName.get(SETTING.currency);
  if (cur) s.currency = cur.toUpperCase();

  const statuses = byName.get(SETTING.statuses);
  if (statuses !== undefined) {
    const xs = splitList(statuses);
    if (xs.length > 0) s.statuses = xs;
    else report(SETTING.statuses, 'settings.emptyList');
  }
  const known = new Set(s.statuses);
  const listSetting = (name: string, apply: (xs: string[]) => void) => {
    const v = byName.get(name);
    if (v === undefined) return;
    const xs = splitList(v);
    if (xs.length === 0) report(name, 'settings.emptyList');
    else apply(xs);
  };
  listSetting(SETTING.sources, (xs) => (s.sources = xs));
  listSetting(SETTING.lostReasons, (xs) => (s.lostReasons = xs));

  for (const status of s.statuses) {
    const tName = SETTING.transitionPrefix + status;
    const tv = byName.get(tName);
    const fallbackT = (DEFAULT_SETTINGS.transitions[status] ?? []).filter((x) => known.has(x));
    if (tv === undefined) s.transitions[status] = fallbackT;
    else {
      const xs = splitList(tv);
      const bad = xs.find((x) => !known.has(x));
      if (bad !== undefined) {
        report(tName, 'settings.unknownStatus', { value: userText(bad) });
        s.transitions[status] = fallbackT;
      } else s.transitions[status] = xs;
    }

    const pName = SETTING.probabilityPrefix + status;
    const pv = byName.get(pName);
    const fallbackP = DEFAULT_SETTINGS.probabilities[status] ?? 0;
    s.probabilities[status] = fallbackP;
    if (pv !== undefined && pv !== '') {
      const n = Number(pv.replace('%', '').replace(',', '.'));
      if (!Number.isFinite(n)) report(pName, 'settings.notNumber', { value: userText(pv), default: fallbackP * 100 });
      else if (n < 0 || n > 100)
        report(pName, 'settings.outOfRange', { value: userText(pv), min: 0, max: 100, default: fallbackP * 100 });
      else s.probabilities[status] = n / 100;
    }

    const rName = SETTING.requiredPrefix + status;
    const rv = byName.get(rName);
    const fallbackR = DEFAULT_SETTINGS.required[status] ?? [];
    if (rv === undefined) s.required[status] = fallbackR;
    else {
      const xs = splitList(rv);
      const bad = xs.find((x) => !isLeadHeader(x));
      if (bad !== undefined) {
        report(rName, 'settings.unknownField', { value: userText(bad) });
        s.required[status] = fallbackR;
      } else s.required[status] = xs.filter(isLeadHeader);
    }
  }
  // Days before a deal is stale, per open stage: a whole number of 0 (never) or more.
  s.staleDays = {};
  for (const status of s.statuses.filter((x) => !CLOSED.has(x))) {
    const name = SETTING.stalePrefix + status;
    const v = byName.get(name);
    const fallback = DEFAULT_SETTINGS.staleDays[status] ?? 0;
    s.staleDays[status] = fallback;
    if (v === undefined || v === '') continue;
    const n = Number(v);
    if (!Number.isInteger(n)) report(name, 'settings.notNumber', { value: userText(v), default: fallback });
    else if (n < 0 || n > 3650)
      report(name, 'settings.outOfRange', { value: userText(v), min: 0, max: 3650, default: fallback });
    else s.staleDays[status] = n;
  }
  // Expected conversion per source: `15-25` (percent); empty: no benchmark.
  s.expectedConversion = {};
  for (const src of s.sources) {
    const name = SETTING.expectedPrefix + src;
    const v = byName.get(name);
    const fallback = DEFAULT_SETTINGS.expectedConversion[src];
    if (v === undefined) {
      if (fallback) s.expectedConversion[src] = fallback;
      continue;
    }
    if (v.trim() === '') continue;
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(v);
    const lo = m ? Number(m[1].replace(',', '.')) : Number.NaN;
    const hi = m ? Number(m[2].replace(',', '.')) : Number.NaN;
    if (!m || lo > hi || hi > 100) {
      report(name, 'settings.badRange', { value: userText(v) });
      if (fallback) s.expectedConversion[src] = fallback;
    } else s.expectedConversion[src] = { min: lo / 100, max: hi / 100 };
  }
  // Statuses removed from the list keep no transitions.
  for (const k of Object.keys(s.transitions)) if (!known.has(k)) delete s.transitions[k];

  const numSetting = (name: string, field: keyof Settings, min: number, max: number, integer = true) => {
    const v = byName.get(name);
    if (v === undefined || v === '') return;
    const def = DEFAULT_SETTINGS[field] as number;
    const n = Number(v.replace(',', '.'));
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)))
      report(name, 'settings.notNumber', { value: userText(v), default: def });
    else if (n < min || n > max) report(name, 'settings.outOfRange', { value: userText(v), min, max, default: def });
    else (s[field] as number) = n;
  };
  numSetting(SETTING.firstContactSlaHours, 'firstContactSlaHours', 1, 24 * 30);
  numSetting(SETTING.followUpIntervalDays, 'followUpIntervalDays', 1, 365);
  numSetting(SETTING.maxFollowUps, 'maxFollowUps', 1, 100);
  numSetting(SETTING.recontactDelayMonths, 'recontactDelayMonths', 1, 120);
  numSetting(SETTING.auditIntervalMonths, 'auditIntervalMonths', 1, 120);
  numSetting(SETTING.reminderHour, 'reminderHour', 0, 23);
  numSetting(SETTING.bigDeal, 'bigDealThreshold', 0, 1e15);
  const unasked = byName.get(SETTING.campaignsToUnasked);
  if (unasked !== undefined && unasked.trim() !== '') {
    const v = unasked.trim().toLowerCase();
    if (['yes', 'ya', 'true', 'y'].includes(v)) s.campaignsToUnasked = true;
    else if (['no', 'tidak', 'false', 'n'].includes(v)) s.campaignsToUnasked = false;
    else report(SETTING.campaignsToUnasked, 'settings.yesNo', { value: userText(unasked) });
  }

  const managers = byName.get(SETTING.managerEmails);
  if (managers) {
    // The one address rule of every mail header (email.ts): a name, brackets or a line break is refused.
    for (const m of splitList(managers)) {
      const e = normalizeEmail(m);
      if (e.ok) s.managerEmails.push(e.email);
      else report(SETTING.managerEmails, 'settings.badEmail', { value: userText(m) });
    }
  }

  parseLeadForm(byName, s, report);

  const knownNames = new Set(defaultSettingRows(s).map((r) => r.setting));
  for (const name of byName.keys()) {
    if (!knownNames.has(name)) report(name, 'settings.unknownSetting');
  }
  return { settings: s, problems };
}

/** The lead form's settings: its default Source (one of Sources) and `Source: owner; …`. */
function parseLeadForm(
  byName: Map<string, string>,
  s: Settings,
  report: (setting: string, key: MessageKey, params?: Params) => void,
): void {
  const fallback = s.sources.includes(DEFAULT_SETTINGS.leadFormSource)
    ? DEFAULT_SETTINGS.leadFormSource
    : s.sources[s.sources.length - 1];
  s.leadFormSource = fallback;
  const src = byName.get(SETTING.leadFormSource);
  if (src !== undefined && src !== '') {
    const found = s.sources.find((x) => x.toLowerCase() === src.toLowerCase());
    if (found) s.leadFormSource = found;
    else report(SETTING.leadFormSource, 'settings.notASource', { value: userText(src), default: fallback });
  }
  const owners = byName.get(SETTING.leadFormOwners);
  if (!owners) return;
  for (const part of owners.split(/[;\n]/).map((x) => x.trim())) {
    if (part === '') continue;
    const m = /^(.+?)\s*[:=]\s*(\S+)$/.exec(part);
    const source = m ? s.sources.find((x) => x.toLowerCase() === m[1].trim().toLowerCase()) : undefined;
    const owner = m ? normalizeEmail(m[2]) : null;
    if (source && owner?.ok) s.leadFormOwners[source] = owner.email;
    else report(SETTING.leadFormOwners, 'settings.badOwnerRule', { value: userText(part) });
  }
}

function structuredCloneSettings(d: Settings): Settings {
  return JSON.parse(JSON.stringify(d)) as Settings;
}

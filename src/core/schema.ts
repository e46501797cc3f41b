// The tabs and headers of SPEC §1. Data names are English and stable; code finds columns by header.

export const TAB = {
  leads: 'Leads',
  activities: 'Activities',
  settings: 'Settings',
  summary: 'Summary',
  duplicates: 'Duplicates',
  archive: 'Archive',
  runLog: 'Run Log',
  team: 'Team',
  templates: 'Templates',
  campaigns: 'Campaigns',
} as const;

/** How a column is stored: text columns get the plain-text format `@` so typed input stays text. */
export type ColumnKind = 'text' | 'number' | 'date' | 'datetime' | 'checkbox' | 'general';

/** A column of a tab; `H` is its header as a literal type, so a misspelt header fails to compile. */
export interface ColumnDef<H extends string = string> {
  readonly header: H;
  readonly key: string;
  readonly kind: ColumnKind;
}

function col<H extends string>(header: H, kind: ColumnKind): ColumnDef<H> {
  return { header, key: camelKey(header), kind };
}

/** The headers of a column list, as a union of literals. */
export type HeaderOf<C extends readonly ColumnDef[]> = C[number]['header'];

/**
 * A row as values by header (what a Table reads, what core functions take): only the tab's
 * headers may be named, so `rec['Lead Id']` does not compile. Every header is optional, as a
 * caller may build a record with some of them (and a missing cell reads as `undefined`).
 */
export type RecordOf<H extends string> = { [K in H]?: unknown };

/** `Next Follow-up` -> `nextFollowUp`, `Lead ID` -> `leadId`. */
export function camelKey(header: string): string {
  const words = header
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

export const LEAD_COLUMNS = [
  col('Lead ID', 'text'),
  /** The client this deal belongs to (`C-000045`): every row of one client carries the same one. */
  col('Client ID', 'text'),
  col('Created At', 'datetime'),
  col('Name', 'text'),
  col('Company', 'text'),
  col('Phone', 'text'),
  col('Email', 'text'),
  col('Source', 'text'),
  col('Needs', 'text'),
  col('Status', 'text'),
  col('Owner', 'text'),
  col('Deal Value', 'number'),
  col('Expected Close', 'date'),
  col('Next Follow-up', 'date'),
  col('Follow-ups', 'number'),
  col('Last Contact', 'datetime'),
  col('Status Changed At', 'datetime'),
  col('Lost Reason', 'text'),
  col('Contract Value', 'number'),
  col('Product', 'text'),
  col('Completed On', 'date'),
  /** Campaign consent: `Subscribed`, `Opted out`, or empty (not asked). */
  col('Consent', 'text'),
] as const;
export type LeadHeader = HeaderOf<typeof LEAD_COLUMNS>;
export type LeadRecord = RecordOf<LeadHeader>;

const LEAD_HEADERS: ReadonlySet<string> = new Set(LEAD_COLUMNS.map((c) => c.header));
/** A header of Leads (one typed in Settings, or an import's target): then usable as one. */
export const isLeadHeader = (h: string): h is LeadHeader => LEAD_HEADERS.has(h);

/**
 * Empty rows the add-on keeps ahead of the tabs that grow with almost every save (Leads, with its
 * status record, and Activities): one insert per hundred rows instead of one per save (an insert
 * is a structural change, the slowest kind of call). Other tabs keep exactly their rows.
 */
export const ROOM_AHEAD = 100;

export const ACTIVITY_COLUMNS = [
  col('Timestamp', 'datetime'),
  col('Lead ID', 'text'),
  col('Type', 'text'),
  col('Summary', 'text'),
  col('By', 'text'),
  col('Next Follow-up', 'date'),
] as const;
export type ActivityHeader = HeaderOf<typeof ACTIVITY_COLUMNS>;
export type ActivityRecord = RecordOf<ActivityHeader>;

export const SETTINGS_COLUMNS = [
  col('Setting', 'text'),
  col('Value', 'text'),
  col('Description', 'text'),
  col('Problem', 'text'),
] as const;
export type SettingsHeader = HeaderOf<typeof SETTINGS_COLUMNS>;

export const DUPLICATE_COLUMNS = [
  col('Group', 'text'),
  /** What ticking the group does (SPEC §4): `merge` (one deal entered twice) or `link` (a client's deals). */
  col('Action', 'text'),
  col('Lead ID', 'text'),
  col('Name', 'text'),
  col('Company', 'text'),
  col('Phone', 'text'),
  col('Email', 'text'),
  col('Owner', 'text'),
  col('Status', 'text'),
  col('Reason', 'text'),
  col('Score', 'text'),
  col('Primary', 'text'),
  /** What the row will become when the group is ticked. */
  col('Becomes', 'text'),
  col('Merge', 'checkbox'),
  /** Fingerprint of the lead row at audit time: a merge skips groups edited since. */
  col('Check', 'text'),
] as const;
export type DuplicateHeader = HeaderOf<typeof DUPLICATE_COLUMNS>;

export const ARCHIVE_EXTRA_COLUMNS = [
  col('Merged Into', 'text'),
  col('Merge ID', 'text'),
  col('Archived At', 'datetime'),
  col('Archived By', 'text'),
] as const;
/** The Archive: a Leads row in full, and who merged or archived it when. */
export const ARCHIVE_COLUMNS = [...LEAD_COLUMNS, ...ARCHIVE_EXTRA_COLUMNS] as const;
export type ArchiveHeader = HeaderOf<typeof ARCHIVE_COLUMNS>;

export const RUN_LOG_COLUMNS = [
  col('Time', 'datetime'),
  col('Job', 'text'),
  col('Outcome', 'text'),
  col('Details', 'text'),
] as const;
export type RunLogHeader = HeaderOf<typeof RUN_LOG_COLUMNS>;

export const TEAM_COLUMNS = [
  col('Email', 'text'),
  col('Name', 'text'),
  col('Phone', 'text'),
  col('Role', 'text'),
  col('Language', 'text'),
  col('Target New Leads', 'number'),
  col('Target Won', 'number'),
  col('Target Value', 'number'),
] as const;
export type TeamHeader = HeaderOf<typeof TEAM_COLUMNS>;
export type TeamRecord = RecordOf<TeamHeader>;

export const TEMPLATE_COLUMNS = [
  col('Template ID', 'text'),
  col('Name', 'text'),
  col('Channel', 'text'),
  col('Language', 'text'),
  col('Situation', 'text'),
  col('Subject', 'text'),
  col('Text', 'text'),
] as const;
export type TemplateHeader = HeaderOf<typeof TEMPLATE_COLUMNS>;
export type TemplateRecord = RecordOf<TemplateHeader>;

export const CAMPAIGN_COLUMNS = [
  col('Campaign', 'text'),
  col('Template ID', 'text'),
  col('Segment', 'text'),
  col('Start', 'date'),
  col('State', 'text'),
  col('Recipients', 'number'),
  col('Sent', 'number'),
  col('Waiting', 'number'),
  col('Skipped', 'number'),
  col('Why skipped', 'text'),
  /** Sends a killed run left unknown (maybe sent, maybe not): never sent again, listed in the Run Log. */
  col('Uncertain', 'number'),
  /** The campaign's identity (`CMP-0001`), given once: its ledger is kept under it, so a rename never resends. */
  col('Campaign ID', 'text'),
] as const;
export type CampaignHeader = HeaderOf<typeof CAMPAIGN_COLUMNS>;

/** Tables whose headers setupCrm creates and repairs. Summary is free-form and only created. */
export const TABLES: { name: string; columns: readonly ColumnDef[] }[] = [
  { name: TAB.leads, columns: LEAD_COLUMNS },
  { name: TAB.activities, columns: ACTIVITY_COLUMNS },
  { name: TAB.settings, columns: SETTINGS_COLUMNS },
  { name: TAB.duplicates, columns: DUPLICATE_COLUMNS },
  { name: TAB.archive, columns: ARCHIVE_COLUMNS },
  { name: TAB.runLog, columns: RUN_LOG_COLUMNS },
  { name: TAB.team, columns: TEAM_COLUMNS },
  { name: TAB.templates, columns: TEMPLATE_COLUMNS },
  { name: TAB.campaigns, columns: CAMPAIGN_COLUMNS },
];

export const ACTIVITY_TYPES = [
  'Quotation Sent',
  'Follow-up Call',
  'Meeting',
  'Site Survey',
  'Revised Quotation',
  'Email',
  'WhatsApp',
  'Note',
  'Status Change',
] as const;

/** Types that count as contact with the client (SPEC §1): all but Note and Status Change. */
export function isContactType(type: string): boolean {
  return (ACTIVITY_TYPES as readonly string[]).includes(type) && type !== 'Note' && type !== 'Status Change';
}

/** The number format each kind of column gets, so typed text stays text and dates show as dates. */
export const NUMBER_FORMAT: Record<ColumnKind, string> = {
  text: '@',
  number: '#,##0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  checkbox: 'General',
  /** A team's own column: left as Sheets would format it. */
  general: 'General',
};

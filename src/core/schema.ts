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

export interface ColumnDef {
  header: string;
  key: string;
  kind: ColumnKind;
}

function col(header: string, kind: ColumnKind): ColumnDef {
  return { header, key: camelKey(header), kind };
}

/** `Next Follow-up` -> `nextFollowUp`, `Lead ID` -> `leadId`. */
export function camelKey(header: string): string {
  const words = header
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
}

export const LEAD_COLUMNS: ColumnDef[] = [
  col('Lead ID', 'text'),
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
];

export const ACTIVITY_COLUMNS: ColumnDef[] = [col('Timestamp', 'datetime'), col('Lead ID', 'text'), col('Type', 'text'), col('Summary', 'text'), col('By', 'text'), col('Next Follow-up', 'date')];

export const SETTINGS_COLUMNS: ColumnDef[] = [col('Setting', 'text'), col('Value', 'text'), col('Description', 'text'), col('Problem', 'text')];

export const DUPLICATE_COLUMNS: ColumnDef[] = [
  col('Group', 'text'),
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
  col('Merge', 'checkbox'),
  /** Fingerprint of the lead row at audit time: a merge skips groups edited since. */
  col('Check', 'text'),
];

export const ARCHIVE_EXTRA_COLUMNS: ColumnDef[] = [col('Merged Into', 'text'), col('Merge ID', 'text'), col('Archived At', 'datetime'), col('Archived By', 'text')];

export const RUN_LOG_COLUMNS: ColumnDef[] = [col('Time', 'datetime'), col('Job', 'text'), col('Outcome', 'text'), col('Details', 'text')];

export const TEAM_COLUMNS: ColumnDef[] = [
  col('Email', 'text'),
  col('Name', 'text'),
  col('Phone', 'text'),
  col('Role', 'text'),
  col('Language', 'text'),
  col('Target New Leads', 'number'),
  col('Target Won', 'number'),
  col('Target Value', 'number'),
];

export const TEMPLATE_COLUMNS: ColumnDef[] = [
  col('Template ID', 'text'),
  col('Name', 'text'),
  col('Channel', 'text'),
  col('Language', 'text'),
  col('Situation', 'text'),
  col('Subject', 'text'),
  col('Text', 'text'),
];

export const CAMPAIGN_COLUMNS: ColumnDef[] = [
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
];

/** Tables whose headers setupCrm creates and repairs. Summary is free-form and only created. */
export const TABLES: { name: string; columns: ColumnDef[] }[] = [
  { name: TAB.leads, columns: LEAD_COLUMNS },
  { name: TAB.activities, columns: ACTIVITY_COLUMNS },
  { name: TAB.settings, columns: SETTINGS_COLUMNS },
  { name: TAB.duplicates, columns: DUPLICATE_COLUMNS },
  { name: TAB.archive, columns: [...LEAD_COLUMNS, ...ARCHIVE_EXTRA_COLUMNS] },
  { name: TAB.runLog, columns: RUN_LOG_COLUMNS },
  { name: TAB.team, columns: TEAM_COLUMNS },
  { name: TAB.templates, columns: TEMPLATE_COLUMNS },
  { name: TAB.campaigns, columns: CAMPAIGN_COLUMNS },
];

export const ACTIVITY_TYPES = ['Quotation Sent', 'Follow-up Call', 'Meeting', 'Site Survey', 'Revised Quotation', 'Email', 'WhatsApp', 'Note', 'Status Change'] as const;

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

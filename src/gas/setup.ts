// setupCrm: creates or repairs every tab, header, format, dropdown and the Settings rows.
// It only ever adds (tabs, missing headers at the end, missing settings, a Campaign ID where a
// campaign has none); records are never otherwise touched.
import { rememberSpreadsheet } from './webapp-access';
import {
  TABLES,
  TAB,
  NUMBER_FORMAT,
  CAMPAIGN_COLUMNS,
  TEAM_COLUMNS,
  type ColumnDef,
  type DuplicateHeader,
  type LeadHeader,
  type SettingsHeader,
  type TemplateHeader,
} from '../core/schema';
import { mapHeaders, type HeaderMap } from '../core/headers';
import { defaultSettingRows, parseSettings, type ParsedSettings } from '../core/settings';
import { refs, t, type MessageKey } from '../core/i18n';
import { forgetTemplates } from './team';
import { openCrm, forgetSettings, withDocumentLock, message, type Ss, cellText, LAST_ID_PROPERTY } from './services';
import { formatLeadId, nextLeadNumber } from '../core/lead';
import { defaultTemplates } from '../core/templates';
import { teamProblems } from '../core/team';
import { readShadow, writeShadow } from './shadow';
import { appendHeaders, Table } from './table';
import { statusRule } from './leads';
import { giveCampaignIds } from './campaign-ledger';
import { giveClientIds } from './clients';
import { connectLeadForm } from './intake-tab';
import { ownerLines, ownerNamesFor, ownerToast } from './owners';
import { documentProperties, forgetTabs } from './execution';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupResult {
  createdTabs: string[];
  addedHeaders: { tab: string; header: string }[];
  addedSettings: string[];
  /** Rows of Leads with a Name but no Lead ID, numbered now. */
  numbered: number;
  /** Rows of Leads that had no Client ID and were given their client's (section 3, Clients). */
  clientIds: number;
  /** Default message templates written into an empty Templates tab. */
  addedTemplates: number;
  settingsProblems: { setting: string; problem: string }[];
  /** Team rows whose Email is not one address (left out of the team). */
  teamProblems: string[];
  /** The lead form whose responses land here (SPEC §4, Lead intake), or null when none is linked yet. */
  leadForm: { tab: string; formUrl: string; missing: string[] } | null;
  /** Owners of Leads written as a name, not an email (one line per name; gas/owners.ts maps them). */
  ownerNames: string[];
}

export function setupCrm(): SetupResult {
  // Setup reads Settings and Team from their tabs, and may write them: the cached copies go.
  forgetSettings();
  const crm = openCrm();
  // The phone page (a web app) opens this spreadsheet by its ID.
  rememberSpreadsheet(crm.ss);
  return withDocumentLock(crm.lang, () => {
    const ss = crm.ss;
    const result: SetupResult = {
      createdTabs: [],
      addedHeaders: [],
      addedSettings: [],
      numbered: 0,
      clientIds: 0,
      addedTemplates: 0,
      settingsProblems: [],
      teamProblems: [],
      leadForm: null,
      ownerNames: [],
    };
    for (const table of TABLES) {
      let sheet = ss.getSheetByName(table.name);
      if (!sheet) {
        sheet = ss.insertSheet(table.name);
        result.createdTabs.push(table.name);
      }
      const added = ensureHeaders(sheet, table.columns);
      for (const h of added) result.addedHeaders.push({ tab: table.name, header: h });
      applyFormats(sheet, table.columns);
    }
    if (!ss.getSheetByName(TAB.summary)) {
      ss.insertSheet(TAB.summary);
      result.createdTabs.push(TAB.summary);
    }
    applyStatusDropdown(ss, crm.settings.statuses);
    result.numbered = numberRowsWithoutId(ss, crm.offset);
    result.clientIds = giveClientIds(ss, crm.offset);
    result.addedTemplates = ensureTemplates(ss);
    // Every campaign gets its Campaign ID (a campaign of an earlier version keeps its ledger).
    giveCampaignIds(Table.open(ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang), crm.offset);
    rebuildShadow(ss, crm.offset);
    const settingsSheet = ss.getSheetByName(TAB.settings)!;
    result.addedSettings = ensureSettings(settingsSheet, crm.lang, crm.offset);
    result.settingsProblems = writeSettingProblems(settingsSheet, crm.lang, crm.offset);
    forgetSettings();
    protect(ss);
    const team = Table.open(ss, TAB.team, TEAM_COLUMNS, crm.lang);
    result.leadForm = connectLeadForm(ss);
    result.teamProblems = teamProblems(team.allRows().map((r) => team.toRecord(r))).map((m) => message(crm.lang, m));
    const owners = ownerNamesFor(crm).owners;
    result.ownerNames = ownerLines(crm, owners);
    ss.toast(
      [
        t(crm.lang, 'setup.done', { created: result.createdTabs.length, repaired: result.addedHeaders.length }),
        result.numbered > 0 ? t(crm.lang, 'setup.numbered', { count: result.numbered }) : '',
        result.clientIds > 0 ? t(crm.lang, 'setup.clientIds', { count: result.clientIds }) : '',
        result.addedTemplates > 0 ? t(crm.lang, 'setup.templates', { count: result.addedTemplates }) : '',
        result.settingsProblems.length > 0
          ? t(crm.lang, 'setup.settingsProblems', { count: result.settingsProblems.length })
          : '',
        ...result.teamProblems,
        leadFormText(crm.lang, result.leadForm),
        ownerToast(crm, owners),
      ]
        .filter(Boolean)
        .join(' '),
      t(crm.lang, 'menu.title'),
    );
    return result;
  });
}

/** What Set up says of the lead form: connected (and which questions it lacks), or how to link one. */
function leadFormText(lang: 'id' | 'en', form: SetupResult['leadForm']): string {
  if (!form) return t(lang, 'setup.noLeadForm');
  const connected = t(lang, 'setup.leadForm', { tab: form.tab });
  if (form.missing.length === 0) return connected;
  const fields = refs(form.missing.map((q) => `field.${q}` as MessageKey));
  return `${connected} ${t(lang, 'setup.leadFormMissing', { fields })}`;
}

/** Adds missing headers after the last used column; bold, frozen header row. */
function ensureHeaders(sheet: Sheet, columns: readonly ColumnDef[]): string[] {
  const lastCol = sheet.getLastColumn();
  const map = mapHeaders(lastCol > 0 ? sheet.getSheetValues(1, 1, 1, lastCol)[0] : []);
  const missing = columns.map((c) => c.header).filter((h) => !(h in map.index));
  appendHeaders(sheet, missing);
  const width = lastCol + missing.length;
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  return missing;
}

/** Number formats on our columns below the header: text stays text, dates show as dates. */
function applyFormats(sheet: Sheet, columns: readonly ColumnDef[]): void {
  const lastCol = sheet.getLastColumn();
  const map = mapHeaders(sheet.getSheetValues(1, 1, 1, lastCol)[0]);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  // One call per run of adjacent columns wanting the same format (a team's column in between,
  // or a checkbox, which keeps its own, ends a run).
  const want: (string | null)[] = new Array(map.width).fill(null);
  for (const c of columns) if (c.kind !== 'checkbox') want[map.index[c.header]] = NUMBER_FORMAT[c.kind];
  for (let i = 0; i < want.length; ) {
    const f = want[i];
    let n = 1;
    while (i + n < want.length && f !== null && want[i + n] === f) n++;
    if (f !== null) sheet.getRange(2, i + 1, rows, n).setNumberFormat(f);
    i += n;
  }
}

/** An empty Templates tab gets the default messages (a team's own templates are never touched). */
function ensureTemplates(ss: Ss): number {
  const sheet = ss.getSheetByName(TAB.templates)!;
  if (sheet.getLastRow() > 1) return 0;
  forgetTemplates();
  const header = mapHeaders<TemplateHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const rows = defaultTemplates().map((tpl) => {
    const row: string[] = new Array(header.width).fill('');
    const set = (h: TemplateHeader, v: string) => {
      if (h in header.index) row[header.index[h]] = v;
    };
    set('Template ID', tpl.id);
    set('Name', tpl.name);
    set('Channel', tpl.channel);
    set('Language', tpl.language);
    set('Situation', tpl.situation);
    set('Subject', tpl.subject);
    set('Text', tpl.text);
    return row;
  });
  const need = rows.length + 1 - sheet.getMaxRows();
  if (need > 0) {
    sheet.insertRowsAfter(sheet.getMaxRows(), need);
    forgetTabs(); // sizes an open Table took are stale now
  }
  const range = sheet.getRange(2, 1, rows.length, header.width);
  range.setNumberFormat('@');
  range.setValues(rows);
  return rows.length;
}

/**
 * Rows typed or pasted into Leads by hand (a Name, no Lead ID) get the next Lead IDs, so they
 * can be selected, logged and moved from the sidebar. One read and one write of the column.
 */
function numberRowsWithoutId(ss: Ss, offset: number): number {
  const sheet = ss.getSheetByName(TAB.leads)!;
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  const header = mapHeaders<LeadHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const idRange = sheet.getRange(2, header.index['Lead ID'] + 1, last - 1, 1);
  const ids = idRange.getValues();
  const names = sheet.getSheetValues(2, header.index['Name'] + 1, last - 1, 1);
  const missing = ids
    .map(([id], i) => (cellText(id, offset).trim() === '' && cellText(names[i][0], offset).trim() !== '' ? i : -1))
    .filter((i) => i >= 0);
  if (missing.length === 0) return 0;
  const props = documentProperties();
  let n = nextLeadNumber(
    Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0,
    ids.map((r) => r[0]),
  );
  const first = n;
  for (const i of missing) ids[i][0] = formatLeadId(n++);
  // Taken before they are written: a run that dies here never hands them out twice.
  props.setProperty(LAST_ID_PROPERTY, String(n - 1));
  idRange.setNumberFormat('@').setValues(ids);
  return n - first;
}

/** The statuses in Leads now are the accepted baseline for onEdit (see shadow.ts). */
function rebuildShadow(ss: Ss, offset: number): void {
  const sheet = ss.getSheetByName(TAB.leads)!;
  const last = sheet.getLastRow();
  const map = new Map<string, string>();
  if (last >= 2) {
    const header = mapHeaders<LeadHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
    const ids = sheet.getSheetValues(2, header.index['Lead ID'] + 1, last - 1, 1);
    const statuses = sheet.getSheetValues(2, header.index['Status'] + 1, last - 1, 1);
    ids.forEach(([id], i) => {
      if (cellText(id, offset).trim() !== '')
        map.set(cellText(id, offset).trim(), cellText(statuses[i][0], offset).trim());
    });
  }
  const existing = readShadow(ss, offset);
  if (existing.size === map.size && [...map].every(([k, v]) => existing.get(k) === v)) return;
  writeShadow(ss, map);
}

function applyStatusDropdown(ss: Ss, statuses: string[]): void {
  const sheet = ss.getSheetByName(TAB.leads)!;
  const map = mapHeaders<LeadHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  sheet.getRange(2, map.index['Status'] + 1, rows, 1).setDataValidation(statusRule(statuses));
}

/** Appends the settings that are missing (a user's values are never changed). */
function ensureSettings(sheet: Sheet, lang: 'id' | 'en', offset: number): string[] {
  const values = sheet.getDataRange().getValues();
  const map = mapHeaders<SettingsHeader>(values[0]);
  const present = new Set(values.slice(1).map((r) => String(r[map.index['Setting']]).trim()));
  const current = parseSettings(
    values.slice(1).map((r) => ({ setting: r[map.index['Setting']], value: cellText(r[map.index['Value']], offset) })),
  ).settings;
  // Built from the user's own status list, so custom statuses get their rows too; a missing
  // setting parses to its default, which is the value written.
  const missing = defaultSettingRows(current).filter((r) => !present.has(r.setting));
  if (missing.length === 0) return [];
  const start = sheet.getLastRow() + 1;
  const need = start + missing.length - 1 - sheet.getMaxRows();
  if (need > 0) {
    sheet.insertRowsAfter(sheet.getMaxRows(), need);
    forgetTabs(); // sizes an open Table took are stale now
  }
  const rows = missing.map((r) => {
    const row: string[] = new Array(map.width).fill('');
    row[map.index['Setting']] = r.setting;
    row[map.index['Value']] = r.value;
    row[map.index['Description']] = message(lang, r.description);
    return row;
  });
  const range = sheet.getRange(start, 1, rows.length, map.width);
  range.setNumberFormat('@');
  range.setValues(rows);
  return missing.map((r) => r.setting);
}

/**
 * Our settings' descriptions in the CRM's language: a team that switches Language gets them in
 * the new one at Set up / repair. A description is ours when it is empty or one of our texts in
 * either language; one a person wrote stays as written.
 */
function describeSettings(
  sheet: Sheet,
  map: HeaderMap<SettingsHeader>,
  rows: unknown[][],
  lang: 'id' | 'en',
  current: ParsedSettings['settings'],
): void {
  const ours = new Map(defaultSettingRows(current).map((r) => [r.setting, r.description]));
  // Only the cells that change are written, in runs of neighbours: a cell a person wrote (a
  // formula, a link) is never rewritten from its value.
  const next = rows.map((r): string | null => {
    const was = r[map.index['Description']];
    const text = typeof was === 'string' ? was : null;
    const desc = ours.get(String(r[map.index['Setting']]).trim());
    if (!desc || text === null) return null;
    if (text.trim() !== '' && text !== message('id', desc) && text !== message('en', desc)) return null;
    const now = message(lang, desc);
    return now === text ? null : now;
  });
  const col = map.index['Description'] + 1;
  for (let i = 0; i < next.length; ) {
    if (next[i] === null) {
      i++;
      continue;
    }
    let j = i;
    while (j < next.length && next[j] !== null) j++;
    sheet.getRange(2 + i, col, j - i, 1).setValues(next.slice(i, j).map((v) => [v as string]));
    i = j;
  }
}

/** Writes each setting's problem (or clears it) in the Problem column; returns the problems. */
function writeSettingProblems(sheet: Sheet, lang: 'id' | 'en', offset: number): { setting: string; problem: string }[] {
  const values = sheet.getDataRange().getValues();
  const map = mapHeaders<SettingsHeader>(values[0]);
  const rows = values.slice(1);
  const parsed = parseSettings(
    rows.map((r) => ({ setting: r[map.index['Setting']], value: cellText(r[map.index['Value']], offset) })),
  );
  const bySetting = new Map<string, string[]>();
  for (const p of parsed.problems)
    bySetting.set(p.setting, [...(bySetting.get(p.setting) ?? []), message(lang, p.problem)]);
  if (rows.length > 0) {
    const col = rows.map((r) => [(bySetting.get(String(r[map.index['Setting']]).trim()) ?? []).join(' ')]);
    sheet.getRange(2, map.index['Problem'] + 1, rows.length, 1).setValues(col);
    describeSettings(sheet, map, rows, lang, parsed.settings);
  }
  return parsed.problems.map((p) => ({ setting: p.setting, problem: message(lang, p.problem) }));
}

/**
 * Warning-only protections: generated tabs (Archive, Run Log, Summary, Duplicates except the
 * Merge, Primary and Action columns a reviewer fills in) and the header row of every table. A person may
 * still edit after a warning; the add-on's own writes are never blocked.
 */
function protect(ss: Ss): void {
  const description = (what: string) => `Lembar CRM: ${what}`;
  for (const name of [TAB.archive, TAB.runLog, TAB.summary, TAB.duplicates]) {
    const sheet = ss.getSheetByName(name)!;
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) continue;
    const p = sheet.protect().setDescription(description(name)).setWarningOnly(true);
    if (name === TAB.duplicates) {
      const header = mapHeaders<DuplicateHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
      const rows = sheet.getMaxRows() - 1;
      const reviewed: DuplicateHeader[] = ['Merge', 'Primary', 'Action'];
      p.setUnprotectedRanges(reviewed.map((h) => sheet.getRange(2, header.index[h] + 1, Math.max(1, rows), 1)));
    }
  }
  for (const name of [TAB.leads, TAB.activities, TAB.settings]) {
    const sheet = ss.getSheetByName(name)!;
    const headerDescription = description(`${name} headers`);
    if (sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === headerDescription))
      continue;
    sheet.getRange(1, 1, 1, sheet.getLastColumn()).protect().setDescription(headerDescription).setWarningOnly(true);
  }
}

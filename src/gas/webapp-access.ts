// How the phone page (a web app of this bound script) reaches the CRM and who may use it.
//
// Google: the bound-script methods (getActiveSpreadsheet, getUi…) "are not available" when a
// bound script runs as a web app (guides/bound), and LockService.getDocumentLock() is null there
// (reference/lock/lock-service). So the web app opens the spreadsheet by the ID setupCrm
// recorded, with SpreadsheetApp.openById, which needs the `spreadsheets` scope (the README says
// why); every call it serves, not only doGet, passes the Team check below (requireMember).
import { activeUserEmail } from './execution';
import { CrmError, resolveLang, userText, type Lang } from '../core/i18n';
import { normalizeEmail } from '../core/email';
import { managersOf } from '../core/team';
import { readTeam } from './team';
import type { Crm, Ss } from './services';

/** The spreadsheet this script is bound to (script property, written by setupCrm). */
export const SPREADSHEET_ID_PROPERTY = 'lembar.spreadsheetId';

/** Records the bound spreadsheet's ID for the web app (once: a second call only reads it). */
export function rememberSpreadsheet(ss: Ss): void {
  const props = PropertiesService.getScriptProperties();
  const id = ss.getId();
  if (props.getProperty(SPREADSHEET_ID_PROPERTY) !== id) props.setProperty(SPREADSHEET_ID_PROPERTY, id);
}

/** The language before the spreadsheet can be read: the user's own locale. */
export function userLang(): Lang {
  return resolveLang('', Session.getActiveUserLocale());
}

/**
 * The CRM's spreadsheet in a web app. Not set up: a clear message. Not shared with the user
 * (they run the web app as themselves): Google's refusal, said in their language.
 */
export function webAppSpreadsheet(): Ss {
  const id = PropertiesService.getScriptProperties().getProperty(SPREADSHEET_ID_PROPERTY);
  if (!id) throw new CrmError({ key: 'phone.notSetUp' }, userLang());
  try {
    return SpreadsheetApp.openById(id);
  } catch (e) {
    // A scope the user has not granted is Google's own message (it names what to grant).
    if (/permission to call/i.test(String((e as Error)?.message))) throw e;
    throw new CrmError({ key: 'phone.noAccess', params: { email: userText(signedIn()) } }, userLang());
  }
}

/** Who is using the web app (executeAs USER_ACCESSING: their own Google account). */
function signedIn(): string {
  return activeUserEmail();
}

/** Team members (the Team tab) and the managers Settings names: anyone else is refused. */
export function requireMember(crm: Crm): void {
  const who = normalizeEmail(signedIn());
  if (!who.ok) throw new CrmError({ key: 'phone.noEmail' }, crm.lang);
  const team = readTeam(crm);
  if (team.has(who.email) || managersOf(team, crm.settings.managerEmails).includes(who.email)) return;
  throw new CrmError({ key: 'phone.notMember', params: { email: userText(who.email) } }, crm.lang);
}

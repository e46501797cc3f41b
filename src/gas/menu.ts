// The add-on menu (onOpen/onInstall) and the sidebar opener.
import { t } from '../core/i18n';
import { openCrm, openLang } from './services';
import { authorizationNeed } from './authorization';
import { useSpreadsheet } from './execution';

export function onOpen(e?: { authMode?: unknown; source?: GoogleAppsScript.Spreadsheet.Spreadsheet }): void {
  // AuthMode.NONE (the add-on is installed but not used in this document): only the menu may be
  // added, with no look at the document (reference/script/auth-mode), so in the default language.
  const none = e?.authMode === ScriptApp.AuthMode.NONE;
  let lang: 'id' | 'en' = 'id';
  if (!none) {
    useSpreadsheet(e?.source);
    try {
      lang = openLang();
    } catch (_err) {
      lang = 'id';
    }
  }
  // A scope not granted (a new version asked for more) stops the daily automation: say so here,
  // where it still works, with a menu item that leads to the permission (and the sidebar's banner).
  const auth = none ? { required: false } : authorizationNeed();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  if (auth.required) menu.addItem(t(lang, 'menu.authorize'), 'showSidebar').addSeparator();
  menu
    .addItem(t(lang, 'menu.sidebar'), 'showSidebar')
    .addItem(t(lang, 'menu.board'), 'showPipelineBoard')
    .addSeparator()
    .addItem(t(lang, 'menu.setup'), 'setupCrm')
    .addItem(t(lang, 'menu.import'), 'showImportDialog')
    .addItem(t(lang, 'menu.triggers'), 'installTriggers')
    .addItem(t(lang, 'menu.nextRun'), 'showNextRun')
    .addSeparator()
    .addItem(t(lang, 'menu.auditNow'), 'runDuplicateAuditNow')
    .addItem(t(lang, 'menu.merge'), 'mergeDuplicates')
    .addItem(t(lang, 'menu.undoMerge'), 'undoMerge')
    .addItem(t(lang, 'menu.summary'), 'refreshSummary')
    .addItem(t(lang, 'menu.archive'), 'showArchiveDialog')
    .addSeparator()
    .addItem(t(lang, 'menu.campaignPreview'), 'previewCampaign')
    .addItem(t(lang, 'menu.campaignStart'), 'startCampaign')
    .addItem(t(lang, 'menu.campaignStop'), 'stopCampaign')
    .addToUi();
  if (auth.required) {
    try {
      SpreadsheetApp.getActiveSpreadsheet().toast(t(lang, 'auth.toast'), t(lang, 'menu.title'), 30);
    } catch (_err) {
      /* the menu item says it too */
    }
  }
}

export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

export function showSidebar(): void {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(crm.lang, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}

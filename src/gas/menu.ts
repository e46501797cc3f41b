// The add-on menu (onOpen/onInstall) and the sidebar opener.
import { t, type MessageKey } from '../core/i18n';
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
  // Daily work first; the rest grouped under submenus (duplicates, campaigns, admin) so the
  // menu a salesperson opens ten times a day is short.
  const ui = SpreadsheetApp.getUi();
  const sub = (title: MessageKey, items: [MessageKey, string][]) => {
    const m = ui.createMenu(t(lang, title));
    for (const [caption, fn] of items) m.addItem(t(lang, caption), fn);
    return m;
  };
  const menu = ui.createAddonMenu();
  if (auth.required) menu.addItem(t(lang, 'menu.authorize'), 'showSidebar').addSeparator();
  menu
    .addItem(t(lang, 'menu.sidebar'), 'showSidebar')
    .addItem(t(lang, 'menu.board'), 'showPipelineBoard')
    .addItem(t(lang, 'menu.summary'), 'refreshSummary')
    .addSeparator()
    .addSubMenu(
      sub('menu.duplicates', [
        ['menu.auditNow', 'runDuplicateAuditNow'],
        ['menu.merge', 'showMergeDialog'],
        ['menu.undoMerge', 'undoMerge'],
      ]),
    )
    .addSubMenu(
      sub('menu.campaigns', [
        ['campaignDialog.menu', 'showCampaignDialog'],
        ['menu.campaignPreview', 'previewCampaign'],
        ['menu.campaignStart', 'startCampaign'],
        ['menu.campaignStop', 'stopCampaign'],
      ]),
    )
    .addSeparator()
    .addSubMenu(
      sub('menu.admin', [
        ['menu.import', 'showImportDialog'],
        ['menu.archive', 'showArchiveDialog'],
        ['menu.setup', 'setupCrm'],
        ['menu.triggers', 'installTriggers'],
        ['menu.nextRun', 'showNextRun'],
      ]),
    )
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

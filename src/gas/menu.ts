// The add-on menu (onOpen/onInstall) and the sidebar opener.
import { t } from '../core/i18n';
import { openCrm } from './services';

export function onOpen(_e?: unknown): void {
  // onOpen may run in AuthMode.NONE, where Settings cannot be read: fall back to the locale.
  let lang: 'id' | 'en' = 'id';
  try {
    lang = openCrm().lang;
  } catch (_err) {
    lang = 'id';
  }
  SpreadsheetApp.getUi()
    .createAddonMenu()
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
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(crm.lang, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}

// The Apps Script surface (SPEC §6). build.mjs turns every export here into a top-level
// `function` declaration, which is all Apps Script, menus, triggers and google.script.run see.
import { CrmError } from '../core/i18n';
import { openCrm } from './services';

export { onOpen, onInstall, showSidebar } from './menu';
export { setupCrm } from './setup';
export { submitLead } from './leads';
export { logActivity } from './activities';
export { getSidebarContext, getSelectedLead } from './sidebar';
export { onEdit, setLeadStatus } from './status';
export { installTriggers, runDailyJobs, showNextRun } from './automation';
export { runFollowUpReminders } from './reminders';
export { runDuplicateAudit, runDuplicateAuditNow } from './audit';
export { mergeDuplicates, undoMerge } from './merge';

/** Features that later work delivers answer this clear error instead of pretending. */
function notAvailable(fn: string): never {
  let lang: 'id' | 'en' = 'en';
  try {
    lang = openCrm().lang;
  } catch (_e) {
    /* keep English */
  }
  throw new CrmError({ key: 'error.notAvailable', params: { fn } }, lang);
}

export function refreshSummary(): never {
  return notAvailable('refreshSummary');
}
export function getCrmSummary(): never {
  return notAvailable('getCrmSummary');
}

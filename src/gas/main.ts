// The Apps Script surface (SPEC §6). build.mjs turns every export here into a top-level
// `function` declaration, which is all Apps Script, menus, triggers and google.script.run see.

export { onOpen, onInstall, showSidebar } from './menu';
export { setupCrm } from './setup';
export { onLeadFormSubmit } from './intake';
export { getClient } from './clients';
export { getSidebarContext, getSelectedLead, getActiveLead } from './sidebar';
export { onEdit } from './status';
// The writes a page may retry (the phone on a bad network): answered once per request ID.
export { submitLead, logActivity, setLeadStatus } from './retry';
export { doGet } from './webapp';
export { installTriggers, runDailyJobs, showNextRun } from './automation';
export { runFollowUpReminders } from './reminders';
export { runDuplicateAudit, runDuplicateAuditNow } from './audit';
export { mergeDuplicates, undoMerge } from './merge';
export { showMergeDialog, getMergePreview } from './merge-dialog';
export { getCrmSummary, refreshSummary } from './summary';
export { importLeads, undoImport, showImportDialog, getImportContext } from './import';
export { getOwnerNames, mapOwners } from './owners';
export { archiveActivities, undoArchive, showArchiveDialog, getArchiveContext } from './archive';
export { getMyDay } from './day';
export { searchLeads } from './search';
export { updateLead } from './edit';
export { renderTemplate, sendTemplateEmail } from './templates';
export { showPipelineBoard, getPipelineBoard } from './board';
export {
  previewCampaign,
  startCampaign,
  stopCampaign,
  sendCampaignTest,
  nextCampaignContact,
  markCampaignContact,
} from './campaigns';
export {
  showCampaignDialog,
  getCampaignContext,
  previewCampaignDraft,
  sendCampaignDraftTest,
  createCampaign,
  getCampaignProgress,
} from './campaign-dialog';

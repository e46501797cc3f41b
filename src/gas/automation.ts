// The one daily clock trigger (SPEC §4) and what it runs. An editor add-on may own one clock
// trigger per user and document and Apps Script has no six-month schedule, so runDailyJobs runs
// every job in turn, each on its own.
import { t } from '../core/i18n';
import { localDateTime, nextAtHour } from '../core/dates';
import { openCrm, withDocumentLock, type Crm } from './services';
import { appendRunLog } from './runlog';
import { runFollowUpReminders, runWeeklyReport } from './reminders';
import { runCampaigns } from './campaigns';
import { runDuplicateAudit } from './audit';
import { refreshSummary } from './summary';

const HANDLER = 'runDailyJobs';

export interface TriggerInfo {
  installed: boolean;
  hour: number;
  timeZone: string;
  nextRun: string;
}

function info(crm: Crm, installed: boolean): TriggerInfo {
  const next = nextAtHour(crm.now, crm.settings.reminderHour, crm.offset);
  return { installed, hour: crm.settings.reminderHour, timeZone: crm.timeZone, nextRun: next.toISOString() };
}

/** Leaves exactly one daily trigger at the reminder hour, however often it is called. */
export function installTriggers(): TriggerInfo {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    // Only this spreadsheet's trigger: getProjectTriggers() would also list the user's triggers
    // of this add-on in their other spreadsheets, and deleting those stops another CRM.
    for (const trigger of ScriptApp.getUserTriggers(crm.ss)) {
      if (trigger.getHandlerFunction() === HANDLER) ScriptApp.deleteTrigger(trigger);
    }
    ScriptApp.newTrigger(HANDLER)
      .timeBased()
      .atHour(crm.settings.reminderHour)
      .everyDays(1)
      .inTimezone(crm.timeZone)
      .create();
    const result = info(crm, true);
    crm.ss.toast(nextRunText(crm, result), t(crm.lang, 'menu.title'), 10);
    return result;
  });
}

function nextRunText(crm: Crm, i: TriggerInfo): string {
  if (!i.installed) return t(crm.lang, 'triggers.none');
  const next = new Date(i.nextRun);
  return t(crm.lang, 'triggers.installed', {
    hour: String(i.hour).padStart(2, '0'),
    hourEnd: String((i.hour + 1) % 24).padStart(2, '0'),
    timeZone: i.timeZone,
    next: localDateTime(next, crm.offset),
    nextEnd: localDateTime(new Date(next.getTime() + 3600000), crm.offset).slice(11),
  });
}

/** Menu: when the next automatic run is (or that none is installed). */
export function showNextRun(): TriggerInfo {
  const crm = openCrm();
  const installed = ScriptApp.getUserTriggers(crm.ss).some((tr) => tr.getHandlerFunction() === HANDLER);
  const result = info(crm, installed);
  SpreadsheetApp.getUi().alert(nextRunText(crm, result));
  return result;
}

export interface JobOutcome {
  job: string;
  outcome: 'ok' | 'error';
  error?: string;
}

/** The jobs, in order. */
const JOBS: { name: string; run: () => unknown }[] = [
  { name: 'runFollowUpReminders', run: runFollowUpReminders },
  { name: 'runWeeklyReport', run: runWeeklyReport },
  // Campaigns use the quota the digests left.
  { name: 'runCampaigns', run: runCampaigns },
  { name: 'runDuplicateAudit', run: runDuplicateAudit },
  { name: 'refreshSummary', run: refreshSummary },
];

export function runDailyJobs(): JobOutcome[] {
  const out: JobOutcome[] = [];
  for (const job of JOBS) {
    try {
      job.run();
      out.push({ job: job.name, outcome: 'ok' });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      out.push({ job: job.name, outcome: 'error', error });
      // Logging the failure must not stop the next job either.
      try {
        const crm = openCrm();
        appendRunLog(crm.ss, crm.lang, crm.now, job.name, 'error', error);
      } catch (logError) {
        console.error(`${job.name}: ${error}; and the run log failed: ${String(logError)}`);
      }
    }
  }
  return out;
}

// The one daily clock trigger (SPEC §4) and what it runs. An editor add-on may own one clock
// trigger per user and document and Apps Script has no six-month schedule, so runDailyJobs runs
// every job in turn, each on its own.
import { CrmError, t, type Lang } from '../core/i18n';
import { localDateTime, nextAtHour } from '../core/dates';
import { formatDateTime } from '../core/format';
import { asJob, openCrm, withDocumentLock, type Crm } from './services';
import { appendRunLog, flushRunLog, holdRunLog, runLogHeld, type Outcome } from './runlog';
import { asDailyRun } from './daily-run';
import { authorizationNeed } from './authorization';
import { runFollowUpReminders, runWeeklyReport } from './reminders';
import { runCampaigns } from './campaigns';
import { runDuplicateAudit } from './audit';
import { refreshSummaryJob } from './summary';
import { runLeadIntake } from './intake';

const HANDLER = 'runDailyJobs';
/** The lead form's trigger (SPEC §4, Lead intake): an add-on may own one per user and document. */
const FORM_HANDLER = 'onLeadFormSubmit';

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

/**
 * Leaves exactly one daily trigger at the reminder hour and one form-submit trigger, however often
 * it is called. The form trigger is installed even before a form is linked: it fires for whichever
 * form sends its responses to this spreadsheet, so linking one later needs no second step.
 */
export function installTriggers(): TriggerInfo {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    // Only this spreadsheet's trigger: getProjectTriggers() would also list the user's triggers
    // of this add-on in their other spreadsheets, and deleting those stops another CRM.
    for (const trigger of ScriptApp.getUserTriggers(crm.ss)) {
      const handler = trigger.getHandlerFunction();
      if (handler === HANDLER || handler === FORM_HANDLER) ScriptApp.deleteTrigger(trigger);
    }
    ScriptApp.newTrigger(HANDLER)
      .timeBased()
      .atHour(crm.settings.reminderHour)
      .everyDays(1)
      .inTimezone(crm.timeZone)
      .create();
    ScriptApp.newTrigger(FORM_HANDLER).forSpreadsheet(crm.ss).onFormSubmit().create();
    const result = info(crm, true);
    crm.ss.toast(`${nextRunText(crm, result)} ${t(crm.lang, 'triggers.leadForm')}`, t(crm.lang, 'menu.title'), 10);
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
    next: formatDateTime(localDateTime(next, crm.offset), crm.lang),
    // Only the time of the hour's end, written as the language writes it (18.00 or 18:00).
    nextEnd:
      formatDateTime(localDateTime(new Date(next.getTime() + 3600000), crm.offset), crm.lang)
        .split(' ')
        .pop() ?? '',
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
  /** `skipped`: left for the next run (the spreadsheet stayed busy past the time this run may wait). */
  outcome: 'ok' | 'error' | 'skipped';
  error?: string;
}

/**
 * The jobs, in order. Each takes the document lock for its own writes, never the run's: the
 * digests, the weekly report and a due audit hold it from start to end (one lock cycle and one
 * properties read instead of one per mail: theirs are one per teammate at most), and take it
 * only when they have something to do; a campaign, which may send hundreds, lets people in
 * between its mails. `oneLock`: the runner takes it for the job (the Summary, whose lock also
 * writes the run's Run Log lines).
 */
const JOBS: { name: string; run: () => unknown; oneLock?: boolean }[] = [
  // Responses that arrived while no trigger ran become leads first, so the digests count them.
  { name: 'runLeadIntake', run: runLeadIntake },
  { name: 'runFollowUpReminders', run: runFollowUpReminders },
  { name: 'runWeeklyReport', run: runWeeklyReport },
  // Campaigns use the quota the digests left.
  { name: 'runCampaigns', run: runCampaigns },
  { name: 'runDuplicateAudit', run: runDuplicateAudit },
  { name: 'refreshSummary', run: refreshSummaryJob, oneLock: true },
];

/** Apps Script stops an execution at 6 minutes (guides/services/quotas, script runtime). */
export const RUN_BUDGET_MS = 6 * 60 * 1000;
/** Lock waits end this long before the budget: the jobs' own work and the Run Log need the rest. */
export const WORK_MARGIN_MS = 90 * 1000;

/**
 * The daily run. No one waits on it, so a job waits for the document lock as long as the run's
 * budget allows (a person's call gives up after 20 s): with one clock trigger a day, giving up
 * would skip that day's digests. What the budget could not fit is named in the Run Log. The
 * jobs' Run Log lines are written together at the end (runlog.ts), under the last job's lock.
 */
export function runDailyJobs(): JobOutcome[] {
  const started = Date.now();
  const deadline = started + RUN_BUDGET_MS - WORK_MARGIN_MS;
  return asDailyRun(() => {
    holdRunLog();
    try {
      return runJobs(started, deadline);
    } finally {
      writeHeldLines(deadline);
    }
  });
}

function runJobs(started: number, deadline: number): JobOutcome[] {
  const out: JobOutcome[] = [];
  // An add-on's trigger runs without the scopes a new version asks for, and fails where it uses
  // them: the Run Log says who must authorise, and where.
  const auth = authorizationNeed();
  if (auth.required) log('runDailyJobs', 'error', (lang) => t(lang, 'auth.runLog', { url: auth.url }));
  for (let i = 0; i < JOBS.length; i++) {
    const job = JOBS[i];
    const last = i === JOBS.length - 1;
    // The last job writes the run's Run Log lines under the lock it takes anyway.
    const run = () => {
      const r = job.run();
      if (last) flushQuietly();
      return r;
    };
    try {
      asJob(deadline, job.oneLock ? () => withDocumentLock(openCrm().lang, run) : run);
      out.push({ job: job.name, outcome: 'ok' });
    } catch (e) {
      if (e instanceof CrmError && e.msg.key === 'error.busy') {
        const left = JOBS.slice(i).map((j) => j.name);
        for (const name of left) out.push({ job: name, outcome: 'skipped' });
        const minutes = Math.round((Date.now() - started) / 60000);
        log('runDailyJobs', 'skipped', (lang) => t(lang, 'run.leftForNext', { minutes, jobs: left.join(', ') }));
        break;
      }
      const error = e instanceof Error ? e.message : String(e);
      out.push({ job: job.name, outcome: 'error', error });
      // Logging the failure must not stop the next job either.
      log(job.name, 'error', () => error);
    }
  }
  return out;
}

/**
 * Lines still held (a job failed, or the run ran out of budget): written under the lock while the
 * budget allows, else without it, as a line saying the run was left for later always was.
 */
function writeHeldLines(deadline: number): void {
  if (!runLogHeld()) {
    flushQuietly();
    return;
  }
  try {
    asJob(deadline, () => withDocumentLock(openCrm().lang, flushQuietly));
  } catch (_busy) {
    flushQuietly();
  }
}

/** Writes the held Run Log lines; a failure goes to the execution log, never stops the run. */
function flushQuietly(): void {
  try {
    const crm = openCrm();
    flushRunLog(crm.ss, crm.lang);
  } catch (logError) {
    console.error(`the run log failed: ${String(logError)}`);
  }
}

/** A Run Log line that never throws (a failure to log goes to the execution log). */
function log(job: string, outcome: Outcome, details: (lang: Lang) => string): void {
  try {
    const crm = openCrm();
    appendRunLog(crm.ss, crm.lang, crm.now, job, outcome, details(crm.lang));
  } catch (logError) {
    console.error(`${job}: ${details('en')}; and the run log failed: ${String(logError)}`);
  }
}

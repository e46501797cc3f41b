// The clock and what Apps Script keeps outside the sheet between executions.
import type { TriggerRecord } from './script-app';

/** The clock every service and the script's `Date` read: real time, or fixed with `--now`. */
export class Clock {
  private offset = 0;
  constructor(private readonly fixed: number | null = null) {}
  now(): Date {
    return new Date((this.fixed ?? Date.now()) + this.offset);
  }
  advance(ms: number): void {
    this.offset += ms;
  }
  get isFixed(): boolean {
    return this.fixed !== null;
  }
}

/** What Apps Script keeps outside the sheet; saved with the workbook between executions. */
export interface PersistedState {
  documentProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  userProperties: Record<string, Record<string, string>>;
  triggers: TriggerRecord[];
  nextTriggerId: number;
  mailQuota: { date: string; used: number };
  /**
   * A file in the local Drive (an archive): whose Drive it is in, and who it is shared with.
   * Drive keeps this, not the sheet; a file saved before owners were kept has none (anyone's).
   */
  drive?: { owner: string; sharedWith: string[] };
}

export function emptyState(): PersistedState {
  return {
    documentProperties: {},
    scriptProperties: {},
    userProperties: {},
    triggers: [],
    nextTriggerId: 1,
    mailQuota: { date: '', used: 0 },
  };
}

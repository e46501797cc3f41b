// Utilities: date formatting, UUIDs, base64 and a sleep that advances the clock.
import { randomUUID } from 'node:crypto';
import { ServiceObject } from '../counter';
import { formatDate } from '../format-date';
import type { Clock } from './state';

export class FakeUtilities extends ServiceObject {
  readonly serviceName = 'Utilities';
  readonly Charset = { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' };
  constructor(private readonly clock: Clock) {
    super();
  }
  formatDate(date: Date, timeZone: string, pattern: string): string {
    return formatDate(date, timeZone, pattern);
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sd]/g, () => String(args[i++]));
  }
  getUuid(): string {
    return randomUUID();
  }
  sleep(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > 300000) throw new Error('Exception: Invalid argument: milliseconds');
    this.clock.advance(ms);
  }
  base64Encode(s: string): string {
    return Buffer.from(s, 'utf8').toString('base64');
  }
  base64Decode(s: string): number[] {
    return [...Buffer.from(s, 'base64')];
  }
  newBlob(data: string): { getDataAsString(): string } {
    return { getDataAsString: () => data };
  }
}

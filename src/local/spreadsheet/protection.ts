// Protections of a sheet or a range (recorded; the script's own writes are never refused).
import { ServiceObject } from '../counter';
import type { FakeRange } from './range';

export class Protection extends ServiceObject {
  readonly serviceName = 'Protection';
  warningOnly = false;
  description = '';
  constructor(
    readonly sheetName: string,
    readonly a1Notation: string | null,
  ) {
    super();
  }
  setWarningOnly(w: boolean): this {
    this.warningOnly = w;
    return this;
  }
  setDescription(d: string): this {
    this.description = d;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  unprotected: string[] = [];
  setUnprotectedRanges(ranges: FakeRange[]): this {
    if (this.a1Notation !== null)
      throw new Error('Exception: Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => r.getA1Notation());
    return this;
  }
  getUnprotectedRanges(): string[] {
    return [...this.unprotected];
  }
  getRange(): string | null {
    return this.a1Notation;
  }
  removeEditors(_e: unknown[]): this {
    return this;
  }
  getEditors(): unknown[] {
    return [];
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(_b: boolean): this {
    return this;
  }
  remove(): void {
    /* no-op: nothing enforces protections for the script's own writes */
  }
}

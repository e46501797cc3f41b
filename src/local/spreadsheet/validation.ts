// Data validation rules (a dropdown's list, a checkbox) and their builder.
import { ServiceObject } from '../counter';
import type { CellValue } from '../typed-input';

export class DataValidation extends ServiceObject {
  readonly serviceName = 'DataValidation';
  constructor(
    readonly kind: 'list' | 'checkbox',
    readonly values: string[],
    readonly allowInvalid: boolean,
    readonly showDropdown: boolean,
  ) {
    super();
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getCriteriaValues(): unknown[] {
    return this.kind === 'list' ? [this.values.slice(), this.showDropdown] : [];
  }
  getCriteriaType(): string {
    return this.kind === 'list' ? 'VALUE_IN_LIST' : 'CHECKBOX';
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder();
    b.kind = this.kind;
    b.values = this.values.slice();
    b.allowInvalid = this.allowInvalid;
    b.showDropdown = this.showDropdown;
    return b;
  }
  accepts(v: CellValue | null): boolean {
    if (v === null || v === '') return true;
    if (this.kind === 'checkbox') return typeof v === 'boolean';
    return typeof v === 'string' ? this.values.includes(v) : this.values.includes(String(v));
  }
}

export class DataValidationBuilder extends ServiceObject {
  readonly serviceName = 'DataValidationBuilder';
  kind: 'list' | 'checkbox' | undefined;
  values: string[] = [];
  allowInvalid = true;
  showDropdown = true;
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Exception: Invalid argument: values');
    this.kind = 'list';
    this.values = values.map(String);
    this.showDropdown = showDropdown;
    return this;
  }
  requireCheckbox(): this {
    this.kind = 'checkbox';
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(_t: string): this {
    return this;
  }
  build(): DataValidation {
    if (!this.kind) throw new Error('Exception: You must specify criteria for the data validation rule.');
    return new DataValidation(this.kind, this.values.slice(), this.allowInvalid, this.showDropdown);
  }
}

// Spreadsheet: the document, its tabs, the selection and the toasts shown.
import { ServiceObject } from '../counter';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetsContext {
  now(): Date;
  /** Who is running the script (for protections and the active user). */
  activeUser(): string;
}

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet
  extends ServiceObject
  implements Pick<Spreadsheet, 'getId' | 'getName' | 'getSpreadsheetLocale' | 'getSpreadsheetTimeZone' | 'getUrl'>
{
  readonly serviceName = 'Spreadsheet';
  sheets: FakeSheet[] = [];
  toasts: Toast[] = [];
  active: { sheet: FakeSheet; range: FakeRange } | null = null;
  /**
   * A person typing into the document, as the Environment models it (the value goes in and the
   * simple trigger onEdit runs): set by the first Environment over this spreadsheet, used by
   * helpers that stand for a person (src/local/demo.ts setSetting, personTypes).
   */
  personEdit: ((sheet: string, row: number, col: number, values: unknown[][]) => void) | null = null;
  private nextSheetId = 1;
  constructor(
    readonly ctx: SheetsContext,
    readonly id = 'local-spreadsheet',
    public name = 'Lembar CRM',
    public locale = 'in_ID',
    public timeZone = 'Asia/Jakarta',
  ) {
    super();
    this.insertSheet('Sheet1');
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `file://${this.id}`;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(l: string): void {
    this.locale = l;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this.timeZone = tz;
  }
  getSheets(): FakeSheet[] {
    return this.sheets.slice();
  }
  /**
   * The URL of the form that sends its responses to this spreadsheet, or null when none does
   * (reference/spreadsheet/spreadsheet#getFormUrl: with several forms, which one is indeterminate;
   * here the first tab's).
   */
  getFormUrl(): string | null {
    return this.sheets.find((s) => s.formUrl !== null)?.formUrl ?? null;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.getSheetByName(sheetName))
      throw new Error(`Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, sheetName, this.nextSheetId++);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length <= 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  getActiveSheet(): FakeSheet {
    return this.active?.sheet ?? this.sheets[0];
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    sheet.activate();
    return sheet;
  }
  getActiveRange(): FakeRange | null {
    return this.active?.range ?? null;
  }
  getActiveCell(): FakeRange {
    const r = this.active?.range;
    return r ? new FakeRange(r.sheet, r.row, r.col, 1, 1) : new FakeRange(this.getActiveSheet(), 1, 1, 1, 1);
  }
  toast(message: string, title = '', _timeout?: number): void {
    this.toasts.push({ message: String(message), title: String(title) });
  }
}

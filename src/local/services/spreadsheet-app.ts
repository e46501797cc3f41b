// SpreadsheetApp and its Ui: the add-on menu, sidebars, dialogs and alerts a call opened.
import { ServiceObject } from '../counter';
import { DataValidationBuilder, type FakeSpreadsheet, type FakeRange } from '../spreadsheet';
import { FakeHtmlOutput } from './html';

export class FakeMenu extends ServiceObject {
  readonly serviceName = 'Menu';
  items: { caption: string; fn: string }[] = [];
  constructor(
    readonly ui: FakeUi,
    readonly title: string,
  ) {
    super();
  }
  addItem(caption: string, fn: string): this {
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addSubMenu(_m: FakeMenu): this {
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeUi extends ServiceObject {
  readonly serviceName = 'Ui';
  menus: FakeMenu[] = [];
  sidebars: FakeHtmlOutput[] = [];
  alerts: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  createMenu(title: string): FakeMenu {
    return new FakeMenu(this, title);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, 'Add-on');
  }
  showSidebar(html: FakeHtmlOutput): void {
    if (!(html instanceof FakeHtmlOutput)) throw new Error('Exception: Invalid argument: userInterface');
    this.sidebars.push(html);
  }
  /** Modal dialogs opened, with their titles (the playground shows them). */
  dialogs: { title: string; html: FakeHtmlOutput }[] = [];
  showModalDialog(html: FakeHtmlOutput, title: string): void {
    if (!(html instanceof FakeHtmlOutput)) throw new Error('Exception: Invalid argument: userInterface');
    this.dialogs.push({ title: String(title), html });
  }
  alert(a: string, b?: string, _c?: string): string {
    this.alerts.push(b === undefined ? a : `${a}: ${b}`);
    return 'OK';
  }
}

export class FakeSpreadsheetApp extends ServiceObject {
  readonly serviceName = 'SpreadsheetApp';
  readonly ui = new FakeUi();
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' };
  constructor(readonly spreadsheet: FakeSpreadsheet) {
    super();
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): ReturnType<FakeSpreadsheet['getActiveSheet']> {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): FakeRange | null {
    return this.spreadsheet.getActiveRange();
  }
  getUi(): FakeUi {
    return this.ui;
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
  flush(): void {
    /* writes are immediate here */
  }
}

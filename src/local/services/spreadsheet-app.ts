// SpreadsheetApp and its Ui: the add-on menu, sidebars, dialogs and alerts a call opened.
import { ServiceObject } from '../counter';
import { DataValidationBuilder, type FakeSpreadsheet, type FakeRange } from '../spreadsheet';
import { FakeHtmlOutput } from './html';

/** A menu as Sheets draws it: items, separators and submenus, in order. */
export type MenuEntry = { caption: string; fn: string } | { caption: string; items: MenuEntry[] } | { separator: true };

export class FakeMenu extends ServiceObject {
  readonly serviceName = 'Menu';
  /** Every item, submenus' included, in order (what a call from the menu may run). */
  items: { caption: string; fn: string }[] = [];
  /** The menu as drawn: items, separators and submenus. */
  entries: MenuEntry[] = [];
  constructor(
    readonly ui: FakeUi,
    readonly title: string,
  ) {
    super();
  }
  addItem(caption: string, fn: string): this {
    this.items.push({ caption, fn });
    this.entries.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    this.entries.push({ separator: true });
    return this;
  }
  /** A submenu made with Ui.createMenu (its title is its caption), as it is when added. */
  addSubMenu(m: FakeMenu): this {
    if (!(m instanceof FakeMenu)) throw new Error('Exception: Invalid argument: subMenu');
    this.items.push(...m.items);
    this.entries.push({ caption: m.title, items: [...m.entries] });
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

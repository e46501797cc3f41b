// The web app side of the emulation (the phone page, SPEC §3): how a bound script runs when it
// is deployed as a web app executing as the user accessing it.
//
// - Google: the bound-script methods "are not available" to a bound script run as a web app
//   (guides/bound › special methods): getActiveSpreadsheet() answers null (its reference: "or
//   null if there is none"), getUi() throws; the spreadsheet is reached with openById, whose
//   only scope is `spreadsheets` (reference/spreadsheet/spreadsheet-app › openById).
// - executeAs USER_ACCESSING (guides/web › permissions): the script runs with the user's own
//   authority, so getActiveUser() and getEffectiveUser() are both that user, and openById
//   reaches the spreadsheet only when it is shared with them.
// - doGet(e): e has `queryString`, `parameter` (the first value of each name), `parameters`
//   (every value) and `contextPath` '' (guides/web › request parameters).
import type { FakeSpreadsheetApp } from './services';
import type { FakeSpreadsheet } from './spreadsheet';
import { permissionError } from './auth';

const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';

/** Who may open the spreadsheet: its owner and the people it is shared with (null: everyone). */
export interface Sharing {
  owner: string;
  sharedWith: readonly string[] | null;
}

/** SpreadsheetApp as a web app sees it: no active spreadsheet, no UI; openById of a spreadsheet shared with the user. */
export function webAppSpreadsheetApp(
  app: FakeSpreadsheetApp,
  spreadsheet: FakeSpreadsheet,
  user: string,
  sharing: Sharing,
  scopes: readonly string[],
): FakeSpreadsheetApp {
  const none = () => null;
  const overrides: Record<string, (...a: unknown[]) => unknown> = {
    getActiveSpreadsheet: none,
    getActive: none,
    getActiveSheet: none,
    getActiveRange: none,
    getUi: () => {
      throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    },
    openById: (id: unknown) => {
      if (!scopes.includes(SPREADSHEETS)) throw permissionError('SpreadsheetApp', 'openById', 'spreadsheets');
      if (String(id) !== spreadsheet.getId())
        throw new Error(
          'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        );
      const who = user.toLowerCase();
      if (
        sharing.sharedWith !== null &&
        who !== sharing.owner.toLowerCase() &&
        !sharing.sharedWith.some((s) => s.toLowerCase() === who)
      )
        throw new Error('Exception: You do not have permission to access the requested document.');
      return spreadsheet;
    },
  };
  return new Proxy(app, {
    get(t, prop, receiver) {
      if (typeof prop === 'string' && Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop];
      return Reflect.get(t, prop, receiver);
    },
  });
}

/** Google's doGet event for a query string (`lead=L-3&x=1&x=2`). */
export function webAppEvent(queryString: string): {
  queryString: string | null;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
  contextPath: string;
  contentLength: number;
} {
  const q = queryString.replace(/^\?/, '');
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(q)) {
    if (!(k in parameters)) {
      parameters[k] = [];
      parameter[k] = v;
    }
    parameters[k].push(v);
  }
  return { queryString: q === '' ? null : q, parameter, parameters, contextPath: '', contentLength: -1 };
}

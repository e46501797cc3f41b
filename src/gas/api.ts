// The one contract between the server and its callers: the pages (google.script.run, through
// src/ui/client.ts) and the emulation (Environment.call). Types only: importing this module, even
// from a page, bundles nothing of the server.
import type * as main from './main';

/** Every global function of the add-on (the exports of main.ts), by name. */
export type Api = typeof main;
export type ApiName = keyof Api;
/** A function's arguments: none or one (build.mjs's global wrappers pass one on). */
export type Args<K extends ApiName> = Parameters<Api[K]>;
/**
 * What a call hands back: the function's result, which is plain JSON data (no Date: Google fails
 * a call whose result holds one, so the checks below keep every result free of them).
 */
export type Result<K extends ApiName> = ReturnType<Api[K]>;

// ------------------------------------------------------------------ compile-time checks

type Assert<T extends true> = T;
/** The Date types inside T (never when there is none). */
type DatesIn<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? DatesIn<U>
    : T extends object
      ? { [P in keyof T]-?: DatesIn<T[P]> }[keyof T]
      : never;
/** The functions whose result holds a Date. */
type WithDates = { [K in ApiName]: [DatesIn<Result<K>>] extends [never] ? never : K }[ApiName];
/** The functions taking more than one argument. */
type TwoArgs = { [K in ApiName]: Args<K>['length'] extends 0 | 1 ? never : K }[ApiName];
export type ApiChecks = [
  Assert<[WithDates] extends [never] ? true : false>,
  Assert<[TwoArgs] extends [never] ? true : false>,
];

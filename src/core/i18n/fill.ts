// The one renderer of `{name}` placeholders, shared by the server (`t`) and the pages (`msg`).
// Pure and small: a page bundles it without the catalog.

/** The longest excerpt of a user's text a message quotes (an error never echoes a whole input). */
export const EXCERPT = 80;

/** A user's text as a message quotes it: at most EXCERPT characters. */
export function excerpt(v: string): string {
  return v.length > EXCERPT ? `${v.slice(0, EXCERPT - 1)}…` : v;
}

/**
 * A param that is a user's text: what someone typed, or what a cell, a file or an argument holds.
 * A message quotes an excerpt of it. Plain strings are data and arrive whole.
 */
export interface UserText {
  readonly input: string;
}

/** Marks a user's text where a message is built: it is quoted as an excerpt. */
export const userText = (v: string): UserText => ({ input: v });

/** A param that names catalog entries (a field name, a list of them), looked up when rendered. */
export interface Refs {
  readonly ref: readonly string[];
}

export type Param = string | number | UserText | Refs;

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isUserText = (v: unknown): v is UserText => isObject(v) && typeof (v as UserText).input === 'string';
const isRefs = (v: unknown): v is Refs => isObject(v) && Array.isArray((v as Refs).ref);

/**
 * Fills `{name}` placeholders of `text`. A text param is data, inserted as it is (never read as
 * a key); a UserText is quoted as an excerpt; only Refs are looked up, through `lookup`, and
 * joined by commas. `{name|one|other}` is the word for that many: `one` when the param is 1.
 * A placeholder without a param stays as it is.
 */
export function fill(
  text: string,
  params: Readonly<Record<string, Param>> = {},
  lookup: (key: string) => string = (k) => k,
): string {
  return text.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return m;
    const v = params[name];
    // `{count|day|days}`: the word for that number (English; Indonesian has no plural form).
    if (one !== undefined) return Number(v) === 1 ? one : (other as string);
    if (isRefs(v)) return v.ref.map((k) => lookup(String(k))).join(', ');
    if (isUserText(v)) return excerpt(v.input);
    return String(v);
  });
}

// The shape of a catalog entry: its text in every language, side by side.

export type Lang = 'id' | 'en';

/** One message in every language (the type refuses an entry that lacks one). */
export type Entry = Readonly<Record<Lang, string>>;

/** A feature's messages, keyed by message key. */
export type Entries = Readonly<Record<string, Entry>>;

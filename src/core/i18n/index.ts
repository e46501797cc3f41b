// One catalog for everything a person reads, kept by feature in the modules beside this one:
// each entry holds its text in every language side by side (the type refuses an entry without
// one). This module joins them and renders a message.
import type { Entries, Lang } from './entry';
import { excerpt, fill, type UserText } from './fill';
import { menu } from './menu';
import { setup } from './setup';
import { settings } from './settings';
import { fields } from './fields';
import { lead } from './lead';
import { pipeline } from './pipeline';
import { ui } from './ui';
import { template } from './template';
import { day } from './day';
import { board } from './board';
import { campaign } from './campaign';
import { campaignDialog } from './campaign-dialog';
import { importing } from './import';
import { archive } from './archive';
import { audit } from './audit';
import { merge } from './merge';
import { mergeDialog } from './merge-dialog';
import { summary } from './summary';
import { summarySheet } from './summary-sheet';
import { digest } from './digest';
import { report } from './report';
import { automation } from './automation';
import { client } from './client';
import { flow } from './flow';
import { intake } from './intake';
import { labels } from './labels';
import { labelIn, LABEL_KINDS, type LabelKind } from '../data-labels';
import { phone } from './phone';

export type { Lang } from './entry';
export { labelIn, LABEL_KINDS, type LabelKind } from '../data-labels';
export { EXCERPT, excerpt, fill, userText, type UserText } from './fill';

type Joined<T extends Entries[]> = T extends [infer First, ...infer Rest extends Entries[]]
  ? First & Joined<Rest>
  : unknown;

/** The modules' entries as one catalog (a key in two modules fails the i18n unit test). */
function join<T extends Entries[]>(...modules: T): Joined<T> {
  return Object.assign({}, ...modules) as Joined<T>;
}

// Marked pure: a page that imports a helper from here (`ref`, `userText`) bundles no catalog.
const ENTRIES = /* @__PURE__ */ join(
  menu,
  setup,
  settings,
  fields,
  lead,
  pipeline,
  ui,
  template,
  day,
  board,
  campaign,
  campaignDialog,
  importing,
  archive,
  audit,
  merge,
  mergeDialog,
  summary,
  summarySheet,
  digest,
  report,
  automation,
  client,
  flow,
  intake,
  labels,
  phone,
);

export type MessageKey = keyof typeof ENTRIES;

function language(lang: Lang): Record<MessageKey, string> {
  const out = {} as Record<MessageKey, string>;
  for (const key of Object.keys(ENTRIES) as MessageKey[]) out[key] = ENTRIES[key][lang];
  return out;
}

/** Every message in one language: what the pages receive. */
export const CATALOG: Record<Lang, Record<MessageKey, string>> = {
  en: /* @__PURE__ */ language('en'),
  id: /* @__PURE__ */ language('id'),
};

/** A param that is itself catalog text (a field name, a list of them), rendered in the same language. */
export interface CatalogRef {
  ref: MessageKey[];
}
export type Params = Record<string, string | number | UserText | CatalogRef>;

/**
 * Renders a message: text params are data, inserted whole (never read as keys); a user's text,
 * marked where the message is built (`userText`), is quoted as an excerpt; only a CatalogRef is
 * looked up in the catalog, in the same language.
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = CATALOG[lang][key] ?? CATALOG.en[key] ?? key;
  return fill(text, params, (k) => {
    if (Object.prototype.hasOwnProperty.call(CATALOG[lang], k)) return CATALOG[lang][k as MessageKey];
    // A data name without a label (a team's own status or source, or whatever a cell holds)
    // is quoted as typed: an excerpt, as any user's text in a message.
    const kind = LABEL_KINDS.find((x) => k.startsWith(`${x}.`));
    return kind ? excerpt(k.slice(kind.length + 1)) : k;
  });
}

/** A status, source, activity type, campaign state or consent as the reader reads it. */
export function label(lang: Lang, kind: LabelKind, name: string): string {
  return labelIn(CATALOG[lang], kind, name);
}

/** A data name inside a message's params, rendered by its label in the message's language. */
export const labelRef = (kind: LabelKind, name: string): CatalogRef => ({ ref: [`${kind}.${name}` as MessageKey] });
/** Several data names (`Quotation Sent, Lost`), each by its label, joined by commas. */
export const labelRefs = (kind: LabelKind, names: readonly string[]): CatalogRef => ({
  ref: names.map((n) => `${kind}.${n}` as MessageKey),
});

/** Reference to a catalog entry inside another message's params. */
export const ref = (key: MessageKey): CatalogRef => ({ ref: [key] });
/** A list of catalog references, rendered joined by commas. */
export const refs = (keys: MessageKey[]): CatalogRef => ({ ref: keys });

/** Indonesian unless the spreadsheet is in an English locale or Settings says otherwise. */
export function resolveLang(settingLanguage: string, spreadsheetLocale: string): Lang {
  if (settingLanguage === 'id' || settingLanguage === 'en') return settingLanguage;
  return /^en/i.test(spreadsheetLocale || '') ? 'en' : 'id';
}

/** A message that travels as data (key + params) and is rendered in the reader's language. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/** Error whose text is a catalog message, so the entry points can show it in the user's language. */
export class CrmError extends Error {
  constructor(
    readonly msg: Message,
    lang: Lang = 'en',
  ) {
    super(t(lang, msg.key, msg.params));
    this.name = 'CrmError';
  }
}

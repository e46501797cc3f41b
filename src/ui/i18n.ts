// The messages a page shows: the catalog in the user's language, as the server sent it (the
// page's context), filled by the same renderer as the server's.
import { fill, type UserText } from '../core/i18n/fill';
import type { MessageKey } from '../core/i18n';

let messages: Partial<Record<MessageKey, string>> = {};

export function setMessages(m: Record<string, string>): void {
  messages = m;
}

/** A param marked `userText(…)` (what someone typed, what a cell holds) is quoted as an excerpt, as on the server. */
export function msg(key: MessageKey, params: Record<string, string | number | UserText> = {}): string {
  return fill(messages[key] ?? key, params);
}

/** A field's label (`field.<name>`): the one key a page builds from data. */
export const fieldLabel = (name: string): string => msg(`field.${name}` as MessageKey);

// Saving from a phone on a bad network. Each entry carries a request ID made here, kept until
// the save is confirmed: a retry after a lost answer sends the same ID, and the server answers it
// from the first result (src/gas/retry.ts), so nothing is saved twice. A failed save leaves the
// form as it was typed and says plainly that it was not saved.
import { msg } from './client';
import { status } from './status';

/** A new request ID: 20 random base-36 characters. */
export function requestId(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/**
 * One entry's request ID: the same one for every try until `done()` (a confirmed save) starts a
 * new entry.
 */
export function entry(): { id(): string; done(): void } {
  let id = requestId();
  return {
    id: () => id,
    done: () => {
      id = requestId();
    },
  };
}

/** Says a save did not go through: what was typed stays, the same tap tries again. */
export function notSaved(el: HTMLElement, e: unknown): void {
  const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
  status(el, `${msg('phone.notSaved')}${detail}`, 'error');
}

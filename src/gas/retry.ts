// A retried write is answered from its first result (SPEC §3 "Phone page": nothing is saved
// twice). A phone on a bad network may lose the answer to a save that did happen; the page then
// sends the same request again with the same `requestId` (made on the phone, one per entry). The
// first result of each request ID is kept for six hours (the longest CacheService keeps
// anything) in the user's own cache, and the check, the write and the keeping happen under the
// CRM's locks, so a retry that arrives while the first is still running waits and gets its answer.
import { submitLead as submitLeadOnce } from './leads';
import { logActivity as logActivityOnce } from './activities';
import { setLeadStatus as setLeadStatusOnce } from './status';
import { openCrm, withDocumentLock } from './services';

/** What a page may add to a write's argument. */
export interface Retryable {
  /** Made by the page, one per entry; 8–64 letters, digits, `-` or `_`. */
  requestId?: string;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** CacheService's longest time to live. */
const KEEP_SECONDS = 21600;

function remembered<A, R extends { ok: boolean }>(name: string, write: (arg: A) => R): (arg: A & Retryable) => R {
  return (arg: A & Retryable): R => {
    const id = arg !== null && typeof arg === 'object' && typeof arg.requestId === 'string' ? arg.requestId : '';
    if (!REQUEST_ID.test(id)) return write(arg);
    const { requestId: _drop, ...rest } = arg;
    const crm = openCrm();
    return withDocumentLock(crm.lang, () => {
      const cache = CacheService.getUserCache();
      const key = `lembar.request.${name}.${id}`;
      const first = cache.get(key);
      if (first !== null) return JSON.parse(first) as R;
      const result = write(rest as A);
      // Only a write that happened needs remembering: a refused one wrote nothing.
      // A result over CacheService's 100 KB (a board sent back with a move) is not kept: the write
      // happened, and failing its answer now would look like it had not.
      if (result.ok) {
        try {
          cache.put(key, JSON.stringify(result), KEEP_SECONDS);
        } catch (_tooLarge) {
          /* a retry of this one request is then written again, as before retries were kept */
        }
      }
      return result;
    });
  };
}

export const submitLead = remembered('submitLead', submitLeadOnce);
export const logActivity = remembered('logActivity', logActivityOnce);
export const setLeadStatus = remembered('setLeadStatus', setLeadStatusOnce);

// Consent as the person decided it (SPEC §3: the client's, on every row; §4: campaigns never to
// an address Opted out on any row). One reading of a Consent cell for the campaigns and for the
// grid's sharing, so a value one of them honours the other does too.

export type ConsentKind = 'subscribed' | 'optedOut' | 'notAsked' | 'unclear';

/** A Consent cell read as campaigns read it: any case and spaces around. */
export function consentOf(v: unknown): ConsentKind {
  const s = String(v ?? '')
    .trim()
    .toLowerCase();
  if (s === '') return 'notAsked';
  if (s === 'subscribed') return 'subscribed';
  return s === 'opted out' ? 'optedOut' : 'unclear';
}

/**
 * What an edit of the grid's Consent column gives the client's other rows (and the rows with the
 * same address), or null. An opt-out always goes: it is the person's, however it arrived. A
 * "Subscribed" goes only when one cell was changed to it (a decision), never from a paste or a
 * row moved, which could otherwise undo someone's opt-out. An emptied cell is no decision.
 */
export function consentToShare(v: unknown, single: boolean, oldValue?: unknown): 'Subscribed' | 'Opted out' | null {
  const kind = consentOf(v);
  if (kind === 'optedOut') return 'Opted out';
  if (kind === 'subscribed' && single && consentOf(oldValue) !== 'subscribed') return 'Subscribed';
  return null;
}

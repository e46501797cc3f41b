// The first-contact SLA of one lead (SPEC §5 firstContactSla, the scorecard): one rule for the
// Summary and the scorecard. A lead that has moved past the first stage was contacted: without a
// contact on record, the move (Status Changed At) is the contact's latest possible day. With
// neither date (an old sheet imported without them) its first contact happened on a day nobody
// wrote down: it is not counted, rather than counted as missed (issue 27, item 5).

export type SlaOutcome = 'within' | 'breached' | 'pending' | 'unknown';

export function slaOutcome(
  created: Date,
  firstContact: Date | null,
  status: string,
  statusChangedAt: Date | null,
  firstStatus: string,
  slaHours: number,
  now: Date,
): SlaOutcome {
  const deadline = created.getTime() + slaHours * 3600000;
  if (firstContact) return firstContact.getTime() <= deadline ? 'within' : 'breached';
  if (status !== '' && status !== firstStatus) {
    if (!statusChangedAt) return 'unknown';
    return statusChangedAt.getTime() <= deadline ? 'within' : 'breached';
  }
  return now.getTime() > deadline ? 'breached' : 'pending';
}

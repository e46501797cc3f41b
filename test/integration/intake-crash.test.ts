// Lead intake killed at every one of its service calls, then the trigger fired again (Google's
// retry, the next response, or the daily sweep): every response is one lead (or one note on the
// open deal, or one row for review), no Lead ID twice, every owner told at most once, and exactly
// once unless the kill hit the send itself (the mail ledger claims before sending, so a send the
// kill left unknown is never repeated; the lead is in the owner's digest all the same).
import { records } from '../helpers';
import { FORM_TAB } from '../../src/local/form';
import type { Environment } from '../../src/local/environment';
import { intakeCrm, send } from '../intake-env';

const KILL = 'Exceeded maximum execution time';

/** Three responses waiting (no trigger ran): a new lead, the same client again, one for review. */
function waiting(): Environment {
  const e = intakeCrm({ install: false });
  send(e, { name: 'Budi Santoso', phone: '0812-3456-7890', needs: 'CCTV', source: 'Google' });
  send(e, { name: 'Sari Dewi', email: 'sari@contoh.id', needs: 'Alarm', source: 'teman' });
  send(e, { name: 'Budi Santoso', phone: '+62 812 3456 7890', needs: 'Tambah kamera', source: 'Google' });
  send(e, { name: 'Tanpa Kontak', needs: 'CCTV', source: 'Google' });
  e.call('installTriggers');
  return e;
}

/** The intake killed at its n-th call: every call from then on fails (the process is gone). */
function killedAt(e: Environment, n: number): { killed: boolean; at: string } {
  const start = e.counter.total;
  let at = '';
  e.counter.fault = (name, _k, total) => {
    if (total - start === n) at = name;
    return total - start >= n ? new Error(KILL) : null;
  };
  try {
    e.call('onLeadFormSubmit', {});
  } catch (err) {
    if (!String(err).includes(KILL)) throw err;
  } finally {
    e.counter.fault = null;
  }
  return { killed: e.counter.total - start >= n, at };
}

/**
 * Leads, responses and notes, Lead IDs by order of first use: a run killed after taking numbers
 * leaves them unused (an ID is never handed out twice), so the retry's may be higher.
 */
function outcome(e: Environment) {
  const ids: string[] = [];
  const id = (v: unknown) => {
    const s = String(v);
    if (!/^L-/.test(s)) return s;
    if (!ids.includes(s)) ids.push(s);
    return `#${ids.indexOf(s) + 1}`;
  };
  const leads = records(e.spreadsheet, 'Leads').map((l) => [id(l['Lead ID']), l.Name, l.Owner]);
  const responses = records(e.spreadsheet, FORM_TAB).map((r) => [id(r['Lead ID']), r.Owner, r.Intake]);
  const notes = records(e.spreadsheet, 'Activities').map((a) => [id(a['Lead ID']), a.Type]);
  const numbers = records(e.spreadsheet, 'Leads').map((l) => String(l['Lead ID']));
  expect(new Set(numbers).size).toBe(numbers.length);
  return { leads, responses, notes };
}

test('an intake killed at any service call is finished by the next run: one lead each, each owner told at most once', () => {
  const probe = waiting();
  const seq: string[] = [];
  probe.counter.fault = (name) => {
    seq.push(name);
    return null;
  };
  probe.call('onLeadFormSubmit', {});
  probe.counter.fault = null;
  expect(seq.length).toBeGreaterThan(20);
  // A kill at a read leaves what a kill at the next write leaves: the writes (and the sends and
  // lock releases around them) are where a run can stop with something different done.
  const cuts = seq.flatMap((name, i) =>
    /\.(set|insert|append|delete|send|flush|releaseLock)/.test(name) ? [i + 1] : [],
  );
  /** A kill between a claim in the mail ledger and its send: the send is unknown, so never repeated. */
  // (The claim is written under the CRM's locks, the document lock and the script lock, which are
  // released one after the other, after the flush, before the send.)
  const letGo = (name: string | undefined) => name === 'Lock.releaseLock' || name === 'SpreadsheetApp.flush';
  const around = (i: number, step: number) => {
    while (letGo(seq[i])) i += step;
    return seq[i] ?? '';
  };
  const inSendWindow = (n: number) =>
    seq[n - 1] === 'MailApp.sendEmail' ||
    (letGo(seq[n - 1]) && /^Properties\.setPropert/.test(around(n - 2, -1)) && around(n, 1) === 'MailApp.sendEmail');
  const expected = outcome(probe);
  expect(expected).toEqual({
    leads: [
      ['#1', 'Budi Santoso', 'rina@firma.id'],
      ['#2', 'Sari Dewi', 'andi@firma.id'],
    ],
    responses: [
      ['#1', 'rina@firma.id', 'New lead'],
      ['#2', 'andi@firma.id', 'New lead'],
      ['#1', 'rina@firma.id', 'Joined'],
      ['', '', 'Review'],
    ],
    notes: [['#1', 'Note']],
  });
  const expectedMail = probe.mail.sent.map((m) => `${m.to} ${m.subject}`).sort();
  expect(expectedMail.length).toBe(3);
  expect(cuts.length).toBeGreaterThan(10);
  for (const n of cuts) {
    const e = waiting();
    const k = killedAt(e, n);
    if (!k.killed) continue;
    // Google retries, or the next response's trigger, or the daily run: the same sweep.
    e.call('onLeadFormSubmit', {});
    e.call('runDailyJobs');
    expect({ n, at: k.at, ...outcome(e) }).toEqual({ n, at: k.at, ...expected });
    const sent = e.mail.sent.map((m) => `${m.to} ${m.subject}`).filter((s) => expectedMail.includes(s));
    expect({ n, twice: sent.filter((s, i) => sent.indexOf(s) !== i) }).toEqual({ n, twice: [] });
    if (!inSendWindow(n)) expect({ n, at: k.at, sent: sent.sort() }).toEqual({ n, at: k.at, sent: expectedMail });
    else expect({ n, missing: expectedMail.length - sent.length }).toEqual({ n, missing: 1 });
    // Every told response says so; none is told twice or left untold but for an unknown send.
    const told = records(e.spreadsheet, FORM_TAB).filter((r) => r['Owner Told'] !== '');
    expect({ n, told: told.length }).toEqual({ n, told: 3 });
  }
});

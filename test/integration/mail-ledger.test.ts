// The email ledger at any team size, and a short quota that starves nobody.
import { env } from '../helpers';
import type { Environment } from '../../src/local/environment';
import { setSetting } from '../../src/local/demo';

const DAY = 86400000;

/** `owners` sales people with one lead each, all past the first-contact SLA on the next day. */
function team(owners: number, mailQuota: number, manager = true): Environment {
  const e = env({ now: '2026-11-20T09:00:00+07:00', mailQuota });
  e.call('setupCrm');
  if (manager) {
    setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  }
  for (let i = 0; i < owners; i++) {
    const r = e.call('submitLead', {
      name: `Klien ${i}`,
      phone: `0813${String(10000000 + i)}`,
      source: 'Website',
      needs: 'CCTV',
      owner: `sales${String(i).padStart(3, '0')}@firma.id`,
    });
    if (!r.ok) throw new Error('seed');
  }
  e.clock.advance(2 * DAY);
  return e;
}

describe('a short mail quota', () => {
  test('whoever waited goes first the next day, so every owner is served in turn', () => {
    const e = team(5, 2, false);
    const served: string[][] = [];
    for (let day = 0; day < 3; day++) {
      const before = e.mail.sent.length;
      e.call('runFollowUpReminders');
      served.push(e.mail.sent.slice(before).map((m) => m.to));
      e.clock.advance(DAY);
    }
    expect(served.map((d) => d.length)).toEqual([2, 2, 2]);
    expect(new Set(served.flat()).size).toBe(5);
  });

  test('an audit summary the quota did not allow is sent by the next run, once', () => {
    const e = team(2, 3);
    e.call('runFollowUpReminders'); // 2 owners + the manager: the quota is spent
    e.call('runDuplicateAuditNow');
    expect(e.mail.sent.filter((m) => /audit/i.test(m.subject))).toHaveLength(0);
    e.clock.advance(DAY);
    e.call('runFollowUpReminders');
    e.call('runFollowUpReminders');
    expect(e.mail.sent.filter((m) => /audit/i.test(m.subject)).map((m) => m.to)).toEqual(['boss@firma.id']);
  });
});

describe('the ledger at any team size', () => {
  test('250 owners: no property outgrows its 9 KB limit, and a second run sends nothing', () => {
    const e = team(250, 1500);
    expect(() => e.call('runFollowUpReminders')).not.toThrow();
    const sent = e.mail.sent.length;
    expect(sent).toBe(251);
    e.call('runFollowUpReminders');
    expect(e.mail.sent.length).toBe(sent);
    for (const v of Object.values(e.state.documentProperties)) expect(Buffer.byteLength(v)).toBeLessThan(9 * 1024);
  });

  test('a run killed right after a send never sends that email again', () => {
    const e = team(3, 100, false);
    // Kill the run at the service call right after the second send.
    let sends = 0;
    let killAt = -1;
    e.counter.fault = (name, _k, total) => {
      if (name === 'MailApp.sendEmail') sends++;
      if (sends === 2 && killAt < 0) killAt = total + 1;
      return total === killAt ? new Error('Exceeded maximum execution time') : null;
    };
    expect(() => e.call('runFollowUpReminders')).toThrow(/Exceeded/);
    e.counter.fault = null;
    e.call('runFollowUpReminders');
    const to = e.mail.sent.map((m) => m.to);
    expect(to.length).toBe(new Set(to).size);
    expect(to).toHaveLength(3);
  });
});

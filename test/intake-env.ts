// A CRM with a linked lead form, for the intake tests: two Sales and a manager on the Team.
import { personTypes } from '../src/local/demo';
import { env } from './helpers';
import { linkLeadForm } from '../src/local/form';
import { setSetting } from '../src/local/demo';
import type { Environment } from '../src/local/environment';

export const Q = {
  name: 'Name',
  company: 'Company',
  phone: 'Phone / WhatsApp',
  email: 'Email',
  needs: 'What do you need?',
  source: 'How did you hear about us?',
};

export type Answers = Partial<Record<keyof typeof Q, string>>;
const answers = (a: Answers) => Object.fromEntries(Object.entries(a).map(([k, v]) => [Q[k as keyof typeof Q], v]));

/** A CRM set up in English with a linked lead form, two Sales and a manager, triggers installed. */
export function intakeCrm(options: { mailQuota?: number; install?: boolean } = {}): Environment {
  const e = env({ user: 'admin@firma.id', mailQuota: options.mailQuota });
  linkLeadForm(e.spreadsheet, 'en');
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Language', 'en');
  personTypes(e.spreadsheet, 'Team', 2, 1, [
    ['rina@firma.id', 'Rina', '', 'Sales', 'id'],
    ['boss@firma.id', 'Bu Sari', '', 'Manager', 'en'],
    ['andi@firma.id', 'Andi', '', 'Sales', 'en'],
  ]);
  if (options.install !== false) e.call('installTriggers');
  return e;
}

export const send = (e: Environment, a: Answers) => e.submitForm(answers(a));

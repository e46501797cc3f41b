// A new lead's fields, for the sidebar's form and the phone's: one list, so both ask for the
// same things under the same names, and the deal value is previewed with the server's parser
// (`15 juta` reads Rp 15.000.000). The phone leaves out what a salesperson on the road does not
// fill: the owner (they are) and the expected close. And what a save sends for a new deal of a
// known client (newLeadData), the same from both pages.
import { formatMoney, parseMoney } from '../core/money';
import { h, msg } from './client';
import { ctx, label, type NewDealFor } from './context';
import { field } from './form';

export function newLeadFields(opts: { phone?: boolean } = {}): HTMLElement[] {
  const dealValue = field('lead', { name: 'dealValue', inputmode: 'numeric' });
  const money = h('div', { class: 'hint', id: 'deal-preview' });
  dealValue.append(money);
  const dealInput = dealValue.querySelector<HTMLInputElement>('input')!;
  let watched = false;
  dealInput.addEventListener('input', () => {
    // Shown only after typing, so cleared with the form from then on (a saved lead, a prefill).
    if (!watched && dealInput.form) {
      watched = true;
      dealInput.form.addEventListener('reset', () => (money.textContent = ''));
    }
    const n = parseMoney(dealInput.value);
    money.textContent =
      dealInput.value.trim() === ''
        ? ''
        : n === null
          ? msg('valid.number', { field: msg('field.dealValue') })
          : formatMoney(n, ctx.currency);
  });
  return [
    field('lead', { name: 'name', required: true }),
    field('lead', { name: 'company' }),
    field('lead', { name: 'phone', type: 'tel', inputmode: 'tel' }),
    field('lead', { name: 'email', type: 'email' }),
    field('lead', {
      name: 'source',
      type: 'select',
      required: true,
      options: ctx.sources.map((x) => ({ value: x, label: label('source', x) })),
    }),
    field('lead', { name: 'needs', type: 'textarea', required: true }),
    ...(opts.phone
      ? []
      : [field('lead', { name: 'owner', type: 'email', hint: msg('ui.ownerHint', { user: ctx.user }) })]),
    dealValue,
    ...(opts.phone ? [] : [field('lead', { name: 'expectedClose', type: 'date' })]),
  ];
}

/**
 * What a save sends: as typed, or for a new deal of a known client its Client ID, name and
 * company, with the contact typed or else the client's.
 */
export function newLeadData(
  typed: Record<string, string>,
  client: NewDealFor | null | undefined,
  allowDuplicate: boolean,
) {
  return client
    ? {
        ...typed,
        clientId: client.clientId,
        name: client.name || typed.name,
        company: client.company || typed.company,
        phone: typed.phone || client.phone,
        email: typed.email || client.email,
      }
    : { ...typed, allowDuplicate };
}

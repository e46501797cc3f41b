// A new lead from the phone: the sidebar's fields (lead-fields.ts), the same server check (submitLead) and the
// same answer to a match (the matching client with "a new deal for this client", the matching
// leads, or "save anyway"), drawn by the sidebar's own view (clients.ts).
import { h, msg, call } from './client';
import type { NewDealFor } from './context';
import { showErrors, values } from './form';
import { newLeadData, newLeadFields } from './lead-fields';
import { status } from './status';
import { showMatches } from './clients';
import { entry, notSaved } from './phone-net';

export function newLeadView(saved: (leadId: string) => void): HTMLElement & { prefill(c: NewDealFor): void } {
  const form = h('form', { id: 'lead-form', class: 'phone-new', novalidate: true });
  form.append(h('h2', { text: msg('ui.tabNew') }), ...newLeadFields({ phone: true }));
  const dupBox = h('div', {
    class: 'duplicates',
    id: 'duplicates',
    hidden: true,
    role: 'alertdialog',
    'aria-labelledby': 'dup-title',
  });
  const result = h('div', { class: 'status', id: 'lead-status', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'primary', text: msg('ui.save') });
  form.append(submit, dupBox, result);
  let client: NewDealFor | null = null;
  const once = entry();
  const save = async (allowDuplicate: boolean, forClient?: NewDealFor) => {
    const data = newLeadData(values(form), forClient ?? client, allowDuplicate);
    submit.disabled = true;
    status(result, msg('ui.saving'), 'info');
    try {
      const r = await call('submitLead', { ...data, requestId: once.id() });
      dupBox.hidden = true;
      if (r.ok) {
        once.done();
        form.reset();
        client = null;
        showErrors(form, {});
        status(result, msg('lead.saved', { leadId: r.leadId }), 'ok');
        // Its card is a tap away (one tap, one call), not opened by this one.
        const open = h('button', { type: 'button', class: 'link', text: msg('ui.openLead') });
        open.addEventListener('click', () => saved(r.leadId));
        result.append(' ', open);
      } else if ('errors' in r) {
        showErrors(form, r.errors);
        status(result, r.errors.clientId ?? '', r.errors.clientId ? 'error' : 'info');
      } else {
        showErrors(form, {});
        status(result, '', 'info');
        showMatches(dupBox, r.duplicates, r.clients, {
          saveAnyway: () => void save(true),
          newDeal: (x) => void save(false, x),
        });
      }
    } catch (e) {
      notSaved(result, e);
    } finally {
      submit.disabled = false;
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void save(false);
  });
  const prefill = (c: NewDealFor) => {
    form.reset();
    showErrors(form, {});
    dupBox.hidden = true;
    for (const k of ['name', 'company', 'phone', 'email'] as const)
      form.querySelector<HTMLInputElement>(`[name="${k}"]`)!.value = c[k];
    client = c;
    form.querySelector<HTMLElement>('[name="needs"]')!.focus();
  };
  return Object.assign(form, { prefill });
}

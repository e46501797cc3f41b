// Editing a lead's details in the Selected tab: the same validation as entry on the
// server (updateLead); each change is logged there as a Note, old → new.
import { call, h, msg } from './client';
import { ctx, label } from './context';
import type { LeadColumnKey, SelectedLead } from '../gas/sidebar';
import { asTyped, field, showErrors, values } from './form';
import { status } from './status';
import type { CardDone } from './lead-forms';

const FIELDS: {
  name: LeadColumnKey;
  type?: 'text' | 'email' | 'tel' | 'date' | 'textarea' | 'select';
  required?: boolean;
}[] = [
  { name: 'name', required: true },
  { name: 'company' },
  { name: 'phone', type: 'tel' },
  { name: 'email', type: 'email' },
  { name: 'source', type: 'select', required: true },
  { name: 'needs', type: 'textarea', required: true },
  { name: 'owner', type: 'email' },
  { name: 'dealValue' },
  { name: 'expectedClose', type: 'date' },
  { name: 'nextFollowUp', type: 'date' },
  { name: 'consent', type: 'select' },
];

export function editForm(L: SelectedLead, done: CardDone): HTMLElement {
  const form = h('form', { id: 'edit-form', novalidate: true });
  /** What each field showed: only a field the person changed is sent. */
  const shown: Record<string, string> = {};
  for (const f of FIELDS) {
    const options =
      f.name === 'source'
        ? ctx.sources.map((s) => ({ value: s, label: label('source', s) }))
        : f.name === 'consent'
          ? ['Subscribed', 'Opted out'].map((c) => ({ value: c, label: label('consent', c) }))
          : undefined;
    const el = field('edit', { ...f, options });
    const input = el.querySelector<HTMLInputElement>('input,select,textarea')!;
    input.value = asTyped(f.name, L[f.name], ctx.currency, L.phoneText);
    shown[f.name] = input.value;
    form.append(el);
  }
  // The client's contact facts are one set: a change may go to its other deals (SPEC §3).
  const others = Math.max(0, Number(L.clientDeals) - 1);
  const toClient = h('input', { type: 'checkbox', id: 'edit-applyToClient', checked: true }) as HTMLInputElement;
  if (others > 0)
    form.append(
      h(
        'label',
        { class: 'inline apply-client', for: 'edit-applyToClient' },
        toClient,
        ' ',
        msg('ui.applyToClient', { count: others }),
      ),
    );
  form.querySelector('[data-field="consent"]')?.append(h('div', { class: 'hint', text: msg('ui.consentForClient') }));
  const result = h('div', { class: 'status', role: 'status' });
  const btn = h('button', { type: 'submit', class: 'primary', text: msg('ui.saveChanges') });
  form.append(btn, result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    // Only what changed is sent, so the history records exactly the edits.
    const now = values(form);
    const fields: Record<string, string> = {};
    for (const { name } of FIELDS) if (name in now && now[name] !== shown[name]) fields[name] = now[name];
    if (Object.keys(fields).length === 0) return status(result, msg('ui.noChanges'), 'info');
    btn.disabled = true;
    try {
      const r = await call('updateLead', { leadId: L.leadId, fields, applyToClient: others > 0 && toClient.checked });
      showErrors(form, r.errors ?? {});
      if (!r.ok) {
        const general = Object.entries(r.errors ?? {}).filter(([k]) => !form.querySelector(`[data-field="${k}"]`));
        status(result, general.map(([, m]) => m).join(' '), general.length ? 'error' : 'info');
        return;
      }
      // The lead is drawn again from the answer (its edit form kept open) to say it worked.
      const text = r.applied
        ? msg('ui.updatedShared', { count: r.changed ?? 0, applied: r.applied })
        : msg('ui.updated', { count: r.changed ?? 0 });
      if (r.card) done(r.card, { form: '#edit-form', text });
      else status(result, text, 'ok');
    } catch (e) {
      status(result, msg('ui.failed', { error: (e as Error).message }), 'error');
    } finally {
      btn.disabled = false;
    }
  });
  return h('details', { class: 'edit' }, h('summary', { text: msg('ui.edit') }), form);
}

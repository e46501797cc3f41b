// The selected lead's forms: log an activity, change its status, and its recent activities. A
// write hands back the card as it now is (CardUpdate): the form gives it to `done`, which redraws
// the view; no second call. The phone page uses the same status form with `retry` (a bad network:
// a request ID per entry, and "not saved" keeping what was typed).
import { LEAD_COLUMNS } from '../core/schema';
import { CLOSED_STATUSES } from '../core/activity';
import { call, h, msg, userText } from './client';
import { ctx, label } from './context';
import { asTyped, field, showErrors, values, type FieldSpec } from './form';
import { status } from './status';
import { showDateTime, showSummary } from './show';
import { entry, notSaved } from './phone-net';
import type { CardUpdate, SelectedLead } from '../gas/sidebar';

/** Redraws the view from a write's answer; `say` is the sentence the redrawn form shows. */
export type CardDone = (card: CardUpdate, say: { form: string; text: string }) => void;

export function activityForm(L: SelectedLead, done: CardDone): HTMLElement {
  const form = h('form', { id: 'activity-form', novalidate: true }, h('h3', { text: msg('ui.logActivity') }));
  form.append(
    field('act', {
      name: 'type',
      type: 'select',
      required: true,
      options: ctx.activityTypes.map((t) => ({ value: t, label: label('type', t) })),
    }),
    field('act', { name: 'summary', type: 'textarea' }),
    field('act', {
      name: 'nextFollowUp',
      type: 'date',
      hint: msg('ui.nextFollowUpHint', { days: ctx.followUpIntervalDays }),
    }),
  );
  const result = h('div', { class: 'status', role: 'status' });
  const btn = h('button', { type: 'submit', class: 'primary', text: msg('ui.log') });
  form.append(btn, result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    btn.disabled = true;
    try {
      const r = await call('logActivity', { ...values(form), leadId: L.leadId });
      if (!r.ok) {
        showErrors(form, r.errors ?? {});
        if (r.errors?.leadId) status(result, r.errors.leadId, 'error');
        return;
      }
      done(r.card, { form: '#activity-form', text: msg('activity.saved', { leadId: L.leadId }) });
    } catch (e) {
      status(result, msg('ui.failed', { error: (e as Error).message }), 'error');
    } finally {
      btn.disabled = false;
    }
  });
  return form;
}

/** A stage gate's header as a form field: its camelCase key, a date input for date columns. */
function gateField(header: string): { name: string; type?: FieldSpec['type'] } | null {
  const col = LEAD_COLUMNS.find((c) => c.header === header);
  return col ? { name: col.key, type: col.kind === 'date' ? 'date' : undefined } : null;
}

/** How a form saves. */
export interface SaveOptions {
  /**
   * For a phone on a bad network: each entry carries a request ID until its save is confirmed (a
   * retry after a lost answer is saved once), "Saving…" shows while the call is on its way, and a
   * lost call says it was not saved, leaving the form as typed.
   */
  retry?: boolean;
}

export function statusForm(L: SelectedLead, done: CardDone, opts: SaveOptions = {}): HTMLElement {
  const current = String(L.status);
  // A gate names its fields by header: the lead's values looked up by that column's key.
  const lead: Record<string, unknown> = L;
  const targets = ctx.transitions[current] ?? [];
  const form = h('form', { id: 'status-form', novalidate: true }, h('h3', { text: msg('ui.changeStatus') }));
  const result = h('div', { class: 'status', role: 'status' });
  if (targets.length === 0) {
    form.append(
      h('p', { class: 'muted', text: msg('ui.noTransitions', { status: userText(label('status', current)) }) }),
      result,
    );
    return form;
  }
  const select = field('status', {
    name: 'status',
    type: 'select',
    required: true,
    options: targets.map((t) => ({ value: t, label: label('status', t) })),
  });
  const extra = h('div', { class: 'gate-fields' });
  const btn = h('button', { type: 'submit', class: 'primary', text: msg('ui.apply') });
  form.append(select, extra, btn, result);
  const sel = select.querySelector('select')!;
  // Ask only for the fields the target status requires, prefilled with what the lead has.
  sel.addEventListener('change', () => {
    extra.replaceChildren();
    for (const header of ctx.required[sel.value] ?? []) {
      const spec = gateField(header);
      if (!spec) continue;
      const f =
        spec.name === 'lostReason'
          ? field('status', {
              name: 'lostReason',
              type: 'select',
              required: true,
              options: ctx.lostReasons.map((r) => ({ value: r, label: label('lostReason', r) })),
            })
          : field('status', { ...spec, required: true });
      const input = f.querySelector<HTMLInputElement | HTMLSelectElement>('input,select')!;
      const had = lead[spec.name];
      if (had !== undefined && had !== '')
        input.value = asTyped(spec.name, had, ctx.currency, String(lead.phoneText ?? ''));
      extra.append(f);
    }
  });
  const once = opts.retry ? entry() : null;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = values(form);
    const fields: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) if (k !== 'status') fields[k] = val;
    btn.disabled = true;
    if (once) status(result, msg('ui.saving'), 'info');
    try {
      const r = await call('setLeadStatus', {
        leadId: L.leadId,
        status: v.status,
        fields,
        ...(once ? { requestId: once.id() } : {}),
      });
      if (!r.ok) {
        showErrors(form, r.errors ?? {});
        const general = Object.entries(r.errors ?? {}).filter(([k]) => !form.querySelector(`[data-field="${k}"]`));
        status(result, general.map(([, m]) => m).join(' '), general.length ? 'error' : 'info');
        return;
      }
      once?.done();
      // Say it worked in the form drawn again for the new status; an open deal left with no
      // next follow-up is in nobody's Today until one is set, so say that too.
      const changed = msg('ui.statusChanged', { status: label('status', r.status) });
      const open = !CLOSED_STATUSES.has(r.status);
      const text = open && !r.card.lead.nextFollowUp ? `${changed} ${msg('ui.statusNoNext')}` : changed;
      done(r.card, { form: '#status-form', text });
    } catch (e) {
      if (once) notSaved(result, e);
      else status(result, msg('ui.failed', { error: (e as Error).message }), 'error');
    } finally {
      btn.disabled = false;
    }
  });
  return form;
}

export function recent(L: SelectedLead): HTMLElement {
  const items = L.activities.map((a) =>
    h(
      'li',
      {},
      h('span', { class: 'meta', text: `${showDateTime(a.when)} · ${label('type', a.type)}` }),
      a.summary ? h('div', { text: showSummary(a.type, a.summary) }) : null,
    ),
  );
  return h(
    'section',
    { class: 'recent' },
    h('h3', { text: msg('ui.recent') }),
    items.length ? h('ul', {}, ...items) : h('p', { class: 'muted', text: msg('ui.none') }),
  );
}

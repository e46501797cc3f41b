// Form fields shared by the sidebar's views: a labelled input with its hint and its error,
// errors shown per field, and a form's values.
import { h, msg, type Attrs } from './client';
import { fieldLabel } from './i18n';
import { formatDateInput } from '../core/format';
import { formatMoneyInput } from '../core/money';

export interface FieldSpec {
  name: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'textarea' | 'select';
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  inputmode?: string;
}

export function field(formId: string, f: FieldSpec): HTMLElement {
  const id = `${formId}-${f.name}`;
  const errId = `${id}-error`;
  const common: Attrs = { id, name: f.name, 'aria-describedby': errId, required: f.required };
  let input: HTMLElement;
  if (f.type === 'textarea') input = h('textarea', { ...common, rows: '3' });
  else if (f.type === 'select') {
    input = h(
      'select',
      common,
      h('option', { value: '', text: msg('ui.choose') }),
      ...(f.options ?? []).map((o) => h('option', { value: o.value, text: o.label })),
    );
  } else if (f.type === 'date') {
    // Typed as people write dates (28/11/2026); the server reads it with the same rule as entry.
    input = h('input', {
      ...common,
      type: 'text',
      inputmode: 'numeric',
      placeholder: msg('ui.dateHint'),
      autocomplete: 'off',
    });
  } else
    input = h('input', {
      ...common,
      type: f.type ?? 'text',
      // A money field gets the number keyboard wherever it is asked (entry, a status's gate, edit).
      inputmode: f.inputmode ?? (MONEY.has(f.name) ? 'numeric' : undefined),
      autocomplete: 'off',
    });
  return h(
    'div',
    { class: 'field', 'data-field': f.name },
    h(
      'label',
      { for: id },
      fieldLabel(f.name),
      f.required ? h('span', { class: 'req', title: msg('ui.required'), text: ' *' }) : null,
    ),
    input,
    f.hint ? h('div', { class: 'hint', text: f.hint }) : null,
    h('div', { class: 'error', id: errId, role: 'alert' }),
  );
}

export function showErrors(form: HTMLElement, errors: Record<string, string>): void {
  form.querySelectorAll<HTMLElement>('.field').forEach((f) => {
    const e = errors[f.dataset.field!] ?? '';
    f.classList.toggle('invalid', e !== '');
    f.querySelector('.error')!.textContent = e;
    // A live hint saying the same (the deal value's preview) is not said twice.
    const hint = f.querySelector('.hint');
    if (hint && e !== '' && hint.textContent === e) hint.textContent = '';
    f.querySelector('input,select,textarea')?.setAttribute('aria-invalid', e ? 'true' : 'false');
  });
  const first = form.querySelector<HTMLElement>('.invalid input, .invalid select, .invalid textarea');
  first?.focus();
}

export function values(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => (out[k] = String(v)));
  return out;
}

const MONEY = new Set(['dealValue', 'contractValue']);
const DAYS = new Set(['expectedClose', 'nextFollowUp', 'completedOn']);

/**
 * A lead's value to prefill a field with, as people type it and entry reads it back: the phone as
 * it is dialled (`phoneText`, `0812-3456-7890`), money grouped (`Rp 12.500.000`), a day as
 * `20/12/2026`; anything else as it is.
 */
export function asTyped(name: string, value: unknown, currency: string, phoneText = ''): string {
  if (value === undefined || value === null || value === '') return '';
  if (name === 'phone' && phoneText) return phoneText;
  if (MONEY.has(name) && typeof value === 'number') return formatMoneyInput(value, currency);
  if (DAYS.has(name)) return formatDateInput(String(value));
  return String(value);
}

// Form fields shared by the sidebar's views: a labelled input with its hint and its error,
// errors shown per field, and a form's values.
import { h, msg, type Attrs } from './client';
import { fieldLabel } from './i18n';

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
  } else input = h('input', { ...common, type: f.type ?? 'text', inputmode: f.inputmode, autocomplete: 'off' });
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

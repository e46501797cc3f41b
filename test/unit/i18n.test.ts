import { CATALOG, t, resolveLang } from '../../src/core/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalog', () => {
  test('every key exists in id and en, non-empty, with the same placeholders', () => {
    const idKeys = Object.keys(CATALOG.id).sort();
    const enKeys = Object.keys(CATALOG.en).sort();
    expect(idKeys).toEqual(enKeys);
    for (const k of enKeys) {
      const en = CATALOG.en[k as keyof typeof CATALOG.en];
      const id = CATALOG.id[k as keyof typeof CATALOG.id];
      expect(en.trim()).not.toBe('');
      expect(id.trim()).not.toBe('');
      expect({ k, p: placeholders(id) }).toEqual({ k, p: placeholders(en) });
    }
  });

  test('t fills parameters', () => {
    expect(t('en', 'valid.required', { field: 'Name' })).toBe('Name is required.');
    expect(t('id', 'valid.required', { field: 'Nama' })).toBe('Nama wajib diisi.');
  });

  test('language: Settings wins, else English locales get en and everything else id', () => {
    expect(resolveLang('auto', 'en_US')).toBe('en');
    expect(resolveLang('auto', 'in_ID')).toBe('id');
    expect(resolveLang('auto', 'id_ID')).toBe('id');
    expect(resolveLang('en', 'in_ID')).toBe('en');
    expect(resolveLang('id', 'en_GB')).toBe('id');
  });
});

test('every Leads header has a field label in both languages', () => {
  const { LEAD_COLUMNS } = require('../../src/core/schema');
  for (const c of LEAD_COLUMNS as { key: string }[]) {
    expect(CATALOG.en[`field.${c.key}` as keyof typeof CATALOG.en]).toBeTruthy();
  }
});

describe('user text in messages', () => {
  const { t, ref } = require('../../src/core/i18n') as typeof import('../../src/core/i18n');
  test('text starting with @ is data, never a catalog key', () => {
    expect(t('en', 'error.unknownLead', { leadId: '@constructor' })).toBe('There is no lead with ID "@constructor".');
    expect(t('en', 'valid.required', { field: ref('field.name') })).toBe('Name is required.');
  });
  test('an error quotes an excerpt; data messages (a merge note, a refusal reason) arrive whole', () => {
    const long = 'x'.repeat(500);
    expect(t('en', 'error.unknownLead', { leadId: long }).length).toBeLessThan(150);
    expect(t('en', 'merge.note', { mergeId: 'M-1', leadId: 'L-2', values: long })).toContain(long);
    expect(t('en', 'pipeline.reverted', { row: 2, reason: long })).toContain(long);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG, EXCERPT, fill, refs, t, resolveLang, userText, type MessageKey } from '../../src/core/i18n';

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

  test('English says one lead and two leads, never lead(s); a plural form counts a placeholder of its own message', () => {
    for (const [k, en] of Object.entries(CATALOG.en)) {
      expect({ k, en }).toEqual({ k, en: en.replace(/\w\((s|es)\)/g, '<(s)>') });
      for (const m of en.matchAll(/\{(\w+)\|[^|{}]*\|[^|{}]*\}/g))
        expect({ k, p: m[1], has: placeholders(en).includes(m[1]) }).toEqual({ k, p: m[1], has: true });
    }
    // Every English message with its numbers at 1 names one thing, with a verb and pronoun for one.
    const NOUNS =
      'leads|rows|deals|activities|groups|contacts|problems|days|hours|follow-ups|emails|messages|recipients|changes|values|cells|names|settings|tabs|headers|calls|meetings|quotations|managers|amounts|numbers|statuses';
    const many = new RegExp(
      `(?<!of )\\b1 (?:[a-z-]+ )?(?:${NOUNS})\\b|\\b1 (?:[a-z-]+ )?[a-z-]+ (?:are|have|were)\\b`,
      'i',
    );
    for (const [k, en] of Object.entries(CATALOG.en)) {
      const ones = Object.fromEntries([...en.matchAll(/\{(\w+)[|}]/g)].map((m) => [m[1], 1]));
      expect({ k, text: fill(en, ones) }).not.toEqual({ k, text: expect.stringMatching(many) });
    }
    expect(t('en', 'ui.clientDeals', { count: 1 })).toBe('1 deal');
    expect(t('en', 'ui.clientDeals', { count: 2 })).toBe('2 deals');
    expect(t('en', 'ui.clientDeals', { count: 0 })).toBe('0 deals');
    expect(t('id', 'ui.clientDeals', { count: 2 })).toBe('2 deal');
    expect(fill('{n} {n|day|days} ({m|has|have})', { n: '1' })).toBe('1 day ({m|has|have})');
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
  const { t, ref, userText } = require('../../src/core/i18n') as typeof import('../../src/core/i18n');
  test('text starting with @ is data, never a catalog key', () => {
    expect(t('en', 'error.unknownLead', { leadId: '@constructor' })).toBe('There is no lead with ID "@constructor".');
    expect(t('en', 'error.unknownLead', { leadId: userText('@constructor') })).toBe(
      'There is no lead with ID "@constructor".',
    );
    expect(t('en', 'valid.required', { field: ref('field.name') })).toBe('Name is required.');
  });
  test("a user's text (marked where the message is built) is quoted as an excerpt; other params (a merge note's values, a refusal reason) arrive whole", () => {
    const long = 'x'.repeat(500);
    expect(t('en', 'error.unknownLead', { leadId: userText(long) }).length).toBeLessThan(150);
    expect(t('en', 'error.unknownLead', { leadId: userText(long) })).toBe(
      `There is no lead with ID "${'x'.repeat(EXCERPT - 1)}…".`,
    );
    expect(
      t('en', 'pipeline.unknownStatus', { to: userText('y'.repeat(1_000_000)), statuses: 'Lead, Won' }).length,
    ).toBeLessThan(1000);
    expect(t('en', 'merge.note', { mergeId: 'M-1', leadId: 'L-2', values: long })).toContain(long);
    expect(t('en', 'pipeline.reverted', { row: 2, reason: long })).toContain(long);
    expect(t('en', 'error.unknownLead', { leadId: long })).toContain(long);
  });
});

describe('the one renderer (server and pages)', () => {
  test('fills params, leaves a placeholder without one, never reads the prototype', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fill('{constructor}{toString}', {})).toBe('{constructor}{toString}');
    expect(fill('{v}', { v: userText('z'.repeat(EXCERPT)) })).toBe('z'.repeat(EXCERPT));
    expect(fill('{v}', { v: userText('z'.repeat(EXCERPT + 1)) })).toBe(`${'z'.repeat(EXCERPT - 1)}…`);
    expect(fill('{v}', { v: '{w}', w: 'no' })).toBe('{w}');
  });
  test('references are looked up in the same language, joined by commas', () => {
    expect(
      t('id', 'pipeline.missingFields', {
        from: 'Lead',
        to: 'Won',
        fields: refs(['field.dealValue', 'field.product']),
      }),
    ).toBe(`Sebelum Won, isi dulu: ${CATALOG.id['field.dealValue']}, ${CATALOG.id['field.product']}.`);
  });
});

describe('the catalog by feature', () => {
  const dir = path.join(__dirname, '../../src/core/i18n');
  const modules = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'fill.ts', 'entry.ts'].includes(f))
    .map((f) => ({
      f,
      entries: Object.values(
        require(path.join(dir, f)) as Record<string, Record<string, { en: string; id: string }>>,
      )[0],
    }));
  test('every key is in exactly one module, and the catalog is their union', () => {
    const owner = new Map<string, string>();
    for (const { f, entries } of modules)
      for (const k of Object.keys(entries)) {
        expect({ k, also: owner.get(k) ?? f }).toEqual({ k, also: f });
        owner.set(k, f);
      }
    expect([...owner.keys()].sort()).toEqual(Object.keys(CATALOG.en).sort());
    for (const { entries } of modules)
      for (const [k, e] of Object.entries(entries))
        expect({ k, en: CATALOG.en[k as MessageKey], id: CATALOG.id[k as MessageKey] }).toEqual({
          k,
          en: e.en,
          id: e.id,
        });
  });
  test('no module over 600 lines', () => {
    for (const { f } of modules)
      expect({ f, short: fs.readFileSync(path.join(dir, f), 'utf8').split('\n').length <= 600 }).toEqual({
        f,
        short: true,
      });
  });
});

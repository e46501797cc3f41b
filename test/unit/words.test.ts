// The Indonesian catalog calls a lead "prospek" and its owner "penanggung jawab": the English
// words in lower case ("formulir lead", "tanpa owner") read as untranslated text. Placeholders,
// "Lead ID" and a header beside its label ("Penanggung jawab (Owner)") are not words a person reads
// as a sentence. Capitalised data names are test/language.ts's rule.
import { CATALOG } from '../../src/core/i18n';

test('no Indonesian message says "lead" or "owner" in lower case', () => {
  const bad = Object.entries(CATALOG.id)
    .filter(([, text]) => /\b(lead|leads|owner)\b/.test(text.replace(/\{[^}]*\}/g, '')))
    .map(([key, text]) => `${key}: ${text}`);
  expect(bad).toEqual([]);
});

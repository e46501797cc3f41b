// What dist/Code.js carries. Apps Script loads and compiles the whole project on every execution
// (each menu click, page call and trigger), so what the server bundle holds is paid every time.
// esbuild marks each module it bundles with a `// path` comment: the tests read those.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST } from '../helpers';

const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
const modules = [...code.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => m[1]);

/**
 * Code.js was 822 KB (issue 30); it is 701 KB without Papa Parse, with one phone metadata set
 * reduced to what is read, libphonenumber-js's modern build, and without the IIFE's extra
 * indentation. The goal, 400 KB unminified, is out of reach while the add-on keeps every
 * feature: our own modules alone, as esbuild prints them, are 536 KB (README, "What the bundle
 * carries"). This ceiling keeps what was gained, with room for a few features (raised from 700
 * when a round of fixes for the walk, owners typed as names among them, took the last of it; to 730
 * for the next walk's: Consent typed in the grid shared, an import's remarks and notes, its undo
 * offered later).
 */
const CEILING_KB = 730;

test(`Code.js stays under ${CEILING_KB} KB (of 1,000 bytes), unminified`, () => {
  const kb = Buffer.byteLength(code) / 1000;
  expect(kb).toBeLessThan(CEILING_KB);
  // Unminified: code in short indented lines, readable in the Apps Script editor (the phone
  // metadata, a data literal, is the one long line).
  const lines = code.split('\n').filter((l) => !l.startsWith('var phone_metadata_default = '));
  expect(lines.filter((l) => l.length > 1000)).toEqual([]);
  expect(lines.length).toBeGreaterThan(10_000);
  expect(code).toMatch(/^function onOpen\(arg\) \{\n {2}return Lembar\.onOpen\(arg\);\n\}$/m);
});

test('only the server runs from Code.js: no page, emulation or CLI module, and no Papa Parse', () => {
  expect(modules.length).toBeGreaterThan(100);
  expect(modules.filter((m) => !/^src\/(core|gas)\//.test(m) && !m.startsWith('node_modules/'))).toEqual([]);
  const packages = [...new Set(modules.filter((m) => m.startsWith('node_modules/')).map((m) => m.split('/')[1]))];
  expect(packages.sort()).toEqual(['fastest-levenshtein', 'libphonenumber-js']);
});

test("one phone metadata set, the reduced one, and none of the package's own", () => {
  expect(modules).toContain('src/core/phone-metadata.json');
  expect(modules.filter((m) => /libphonenumber-js\/(metadata|min|max|mobile)/.test(m))).toEqual([]);
  expect(code.match(/"country_calling_codes"|country_calling_codes: \{/g)).toHaveLength(1);
});

test("libphonenumber-js from the package's modern build, without Babel's helpers in every file", () => {
  const phone = modules.filter((m) => m.startsWith('node_modules/libphonenumber-js/'));
  expect(phone.length).toBeGreaterThan(10);
  expect(phone.filter((m) => !/\/(es6-modern|core)\//.test(m))).toEqual([]);
  expect(code).not.toMatch(/_createForOfIteratorHelperLoose|_classCallCheck/);
});

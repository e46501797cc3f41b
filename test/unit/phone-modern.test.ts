// build.mjs bundles libphonenumber-js's `es6-modern` build where the tests here load its CommonJS
// build: the same source, built twice. This holds the two to the same answers on any number.
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import metadata from '../../src/core/phone-metadata.json';

const PACKAGE = path.dirname(require.resolve('libphonenumber-js/package.json'));

/** parsePhoneNumberFromString as bundled into Code.js. */
function loadModern(): typeof parsePhoneNumberFromString {
  const r = esbuild.buildSync({
    stdin: {
      contents: `export { default } from ${JSON.stringify(path.join(PACKAGE, 'es6-modern', 'parsePhoneNumber.js'))};`,
      resolveDir: PACKAGE,
    },
    bundle: true,
    format: 'cjs',
    target: 'es2020',
    write: false,
  });
  const mod = { exports: {} as { default: typeof parsePhoneNumberFromString } };
  new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
  return mod.exports.default;
}

const modern = loadModern();
const META = metadata as unknown as MetadataJson;

function answers(parse: typeof parsePhoneNumberFromString, text: string) {
  const p = parse(text, 'ID', META);
  return p
    ? {
        number: p.number,
        country: p.country,
        valid: p.isValid(),
        type: p.getType(),
        international: p.formatInternational(),
        national: p.formatNational(),
      }
    : null;
}

test('the modern build answers as the CommonJS build on any number (property)', () => {
  const codes = Object.values((metadata as unknown as { countries: Record<string, [string]> }).countries).map(
    (c) => c[0],
  );
  const text = fc
    .tuple(
      fc.constantFrom('+', '', '0', '00', '(0'),
      fc.constantFrom(...codes, '8', '21'),
      fc.stringMatching(/^[0-9 .-]{4,14}$/),
    )
    .map(([a, b, c]) => `${a}${b}${c}`);
  fc.assert(
    fc.property(text, (t) => {
      expect(answers(modern, t)).toEqual(answers(parsePhoneNumberFromString, t));
    }),
    { numRuns: 10000 },
  );
  for (const t of ['0812-3456-7890', '+62 21 555 1234', '+1 415 555 2671', '+33 6 12 34 56 78', '+99 123'])
    expect(answers(modern, t)).toEqual(answers(parsePhoneNumberFromString, t));
});

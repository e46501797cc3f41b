import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, SHARED } from '../helpers';

const ROOT = path.join(__dirname, '..', '..');

test('docs/SPEC.md is the same as ../shared/SPEC.md', () => {
  const src = path.join(SHARED, 'SPEC.md');
  if (!fs.existsSync(src)) return; // a clean clone without ../shared: the copy is all there is
  expect(fs.readFileSync(path.join(ROOT, 'docs', 'SPEC.md'), 'utf8')).toBe(fs.readFileSync(src, 'utf8'));
});

const pairs: [string, string][] = [
  ['leads-dev-3k.csv', 'dupdata/leads-dev-3k.csv'],
  ['truth-dev-3k.json', 'dupdata/truth-dev-3k.json'],
  ['leads-dev-20k.csv', 'dupdata/leads-dev-20k.csv'],
  ['truth-dev-20k.json', 'dupdata/truth-dev-20k.json'],
  ['score.js', 'dupdata/score.js'],
];

test.each(pairs)('test/fixtures/%s is the same as ../shared/%s', (copy, original) => {
  const src = path.join(SHARED, original);
  if (!fs.existsSync(src)) return; // a clean clone without ../shared: the copy is all there is
  expect(fs.readFileSync(path.join(FIXTURES, copy), 'utf8')).toBe(fs.readFileSync(src, 'utf8'));
});

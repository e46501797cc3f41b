// Small files with one job: no source file grows past 600 lines.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const MAX_LINES = 600;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|css|html)$/.test(e.name) ? [p] : [];
  });
}

test(`no file under src/ has more than ${MAX_LINES} lines`, () => {
  const long = sources(path.join(ROOT, 'src'))
    .map((f) => ({ file: path.relative(ROOT, f), lines: fs.readFileSync(f, 'utf8').split('\n').length }))
    .filter((f) => f.lines > MAX_LINES);
  expect(long).toEqual([]);
});

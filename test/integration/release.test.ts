// release/ is what a team without a terminal pastes into the Apps Script editor (README): it
// must be exactly what the build writes into dist/, file for file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST } from '../helpers';

const RELEASE = path.join(DIST, '..', 'release');

test('release/ holds the current build (run `npm run release` after a change)', () => {
  const files = (dir: string) => fs.readdirSync(dir).sort();
  expect(files(RELEASE)).toEqual(files(DIST));
  for (const f of files(DIST)) {
    const same = fs.readFileSync(path.join(RELEASE, f)).equals(fs.readFileSync(path.join(DIST, f)));
    expect({ f, same }).toEqual({ f, same: true });
  }
});

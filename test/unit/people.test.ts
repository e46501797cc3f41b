// Who an Owner cell means: one rule (core/people.ts) for the import, Set up and the Summary.
import { matchOwner, ownerValues, personKey, readOwnerAnswer, answerFor, NO_OWNER } from '../../src/core/people';
import { combinedTargets, suggestMapping } from '../../src/core/import-map';

const TEAM = [
  { email: 'rudi.hartono@toko.id', name: 'Rudi Hartono' },
  { email: 'rudi.s@toko.id', name: 'Rudi Santoso' },
  { email: 'rina@toko.id', name: 'Rina Wijaya' },
  { email: 'dede@toko.id', name: 'Dédé Kurniawan' },
  { email: 'tini@toko.id', name: '' },
];

describe('matchOwner', () => {
  test.each([
    ['rina@toko.id', 'rina@toko.id', 'email'],
    [' RINA@Toko.ID ', 'rina@toko.id', 'email'],
    ['Rudi Hartono', 'rudi.hartono@toko.id', 'name'],
    ['rudi  hartono', 'rudi.hartono@toko.id', 'name'],
    ['Rudi H.', 'rudi.hartono@toko.id', 'name'],
    ['RH', 'rudi.hartono@toko.id', 'name'],
    ['R.S.', 'rudi.s@toko.id', 'name'],
    ['rina', 'rina@toko.id', 'name'],
    ['RINA W', 'rina@toko.id', 'name'],
    ['Dede', 'dede@toko.id', 'name'],
    ['dédé', 'dede@toko.id', 'name'],
    ['tini', 'tini@toko.id', 'name'], // no name in Team: the email's name part
    ['rudi.hartono', 'rudi.hartono@toko.id', 'name'],
  ])('%s is %s', (value, email, how) => {
    expect(matchOwner(value, TEAM)).toMatchObject({ email, how });
  });

  test('a name two people share is asked, with both; an unknown name and a lone letter are nobody', () => {
    expect(matchOwner('Rudi', TEAM)).toEqual({
      email: '',
      how: 'ambiguous',
      candidates: ['rudi.hartono@toko.id', 'rudi.s@toko.id'],
    });
    expect(matchOwner('Joko', TEAM)).toEqual({ email: '', how: 'unknown', candidates: [] });
    expect(matchOwner('R', TEAM).how).toBe('unknown');
    expect(matchOwner('', TEAM).how).toBe('empty');
  });
});

test('ownerValues: one line per written value, whatever its case, spaces or accents', () => {
  const cells = ['Rina', 'rina ', 'RINA', 'Dédé', 'dede', '', 'rina@toko.id', 'Rina@Toko.id'].map((value, i) => ({
    row: i + 2,
    value,
  }));
  expect(ownerValues(cells, TEAM).map((o) => [o.value, o.rows, o.match.email])).toEqual([
    ['Rina', [2, 3, 4], 'rina@toko.id'],
    ['Dédé', [5, 6], 'dede@toko.id'],
    ['rina@toko.id', [8, 9], 'rina@toko.id'],
  ]);
  expect(personKey('  Dédé  Kurniawan-Putra ')).toBe('dede kurniawan putra');
});

test('answers: a member, a new Team row, nobody, or refused; found under any spelling of the value', () => {
  expect(readOwnerAnswer('rina@toko.id', TEAM)).toEqual({ kind: 'member', email: 'rina@toko.id' });
  expect(readOwnerAnswer('Joko@Toko.id', TEAM)).toEqual({ kind: 'new', email: 'joko@toko.id' });
  expect(readOwnerAnswer(NO_OWNER, TEAM)).toEqual({ kind: 'none' });
  expect(readOwnerAnswer('Joko', TEAM)).toEqual({ kind: 'bad' });
  expect(answerFor({ 'Bu Tini': 'tini@toko.id' }, 'bu  tini')).toBe('tini@toko.id');
  expect(answerFor({ constructor: 'x@y.id' }, 'toString')).toBeUndefined();
});

test('combined headers teams write', () => {
  expect(combinedTargets('No HP/WA')).toEqual(['Phone']);
  expect(combinedTargets('Nama/Perusahaan')).toEqual(['Name', 'Company']);
  expect(combinedTargets('Email / HP')).toEqual(['Email', 'Phone']);
  expect(combinedTargets('Nama Perusahaan')).toEqual([]); // one name: the company's
  expect(suggestMapping(['No HP/WA', 'Nama/Perusahaan', 'Email / HP', 'Nama Perusahaan'])).toEqual({
    'No HP/WA': 'Phone',
    'Nama/Perusahaan': 'Name',
    'Email / HP': 'Email',
    'Nama Perusahaan': 'Company',
  });
});

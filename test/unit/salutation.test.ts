// A greeting the team controls (issue 29): Pak/Bu from the Name's title, or none; the titles
// and degrees of the Name cell never repeated ("Halo Bpk. Agus Salim, S.E." is never written).
import { addressee } from '../../src/core/salutation';
import { nameValues, renderTemplate } from '../../src/core/templates';
import { parseSettings, SETTING } from '../../src/core/settings';

test('auto: the title chooses Pak or Bu (Mr or Ms in English); the name loses titles and degrees', () => {
  expect(addressee('Bpk. Agus Salim', 'auto', 'id')).toEqual({
    name: 'Agus Salim',
    salutation: 'Pak',
    greeting: 'Pak Agus Salim',
  });
  expect(addressee('Ibu Sri Wahyuni, S.E., M.M.', 'auto', 'id').greeting).toBe('Bu Sri Wahyuni');
  expect(addressee('Ny. Lim', 'auto', 'id').greeting).toBe('Bu Lim');
  expect(addressee('H. Ahmad Dahlan', 'auto', 'id').greeting).toBe('Pak Ahmad Dahlan');
  expect(addressee('Ir. Bpk Joko', 'auto', 'id').greeting).toBe('Pak Joko');
  expect(addressee('dr. Maya', 'auto', 'id').greeting).toBe('Maya'); // a degree says nothing of who
  expect(addressee('Bpk. Agus Salim', 'auto', 'en').greeting).toBe('Mr Agus Salim');
  expect(addressee('Wahyu Hidayat', 'auto', 'id').greeting).toBe('Wahyu Hidayat');
});

test('none: the name alone; a name that is only a title is kept as written', () => {
  expect(addressee('Bpk. Agus Salim', 'none', 'id').greeting).toBe('Agus Salim');
  expect(addressee('Bapak', 'auto', 'id')).toEqual({ name: 'Bapak', salutation: '', greeting: 'Bapak' });
  expect(addressee('  ', 'auto', 'id').greeting).toBe('');
});

test('templates: {sapaan} and {salutation} greet, {nama} is the name without titles', () => {
  const v = nameValues('Bpk. Agus Salim, S.E.', 'auto', 'id');
  expect(renderTemplate({ subject: '', text: 'Halo {sapaan} ({nama})' }, v).text).toBe(
    'Halo Pak Agus Salim (Agus Salim)',
  );
  const en = nameValues('Ibu Sri', 'auto', 'en');
  expect(renderTemplate({ subject: '', text: 'Dear {salutation},' }, en).text).toBe('Dear Ms Sri,');
});

test('Settings: Salutation is auto by default, none on request, and a bad value is reported', () => {
  expect(parseSettings([]).settings.salutation).toBe('auto');
  expect(parseSettings([{ setting: SETTING.salutation, value: 'none' }]).settings.salutation).toBe('none');
  const bad = parseSettings([{ setting: SETTING.salutation, value: 'Yang Mulia' }]);
  expect(bad.settings.salutation).toBe('auto');
  expect(bad.problems).toHaveLength(1);
});

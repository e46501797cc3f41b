// How a message greets a client (issue 29): a salutation the team controls (Settings
// "Salutation": auto gives Pak/Bu from the title the Name cell carries, none gives the name
// alone) and the name without the titles and degrees typed into the cell, never
// "Halo Bpk. Agus Salim, S.E.".
import type { Lang } from './i18n/entry';

export type SalutationSetting = 'auto' | 'none';

/** Titles written before a name, by the salutation they call for ('' when they say nothing). */
const TITLES: Record<string, 'male' | 'female' | ''> = {
  bapak: 'male',
  bpk: 'male',
  bp: 'male',
  pak: 'male',
  tn: 'male',
  tuan: 'male',
  sdr: 'male',
  saudara: 'male',
  mr: 'male',
  h: 'male',
  haji: 'male',
  ibu: 'female',
  ib: 'female',
  bu: 'female',
  ny: 'female',
  nyonya: 'female',
  nn: 'female',
  nona: 'female',
  sdri: 'female',
  saudari: 'female',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  hj: 'female',
  hajjah: 'female',
  dr: '',
  drs: '',
  dra: 'female',
  ir: '',
  prof: '',
};

const WORDS: Record<Lang, Record<'male' | 'female', string>> = {
  id: { male: 'Pak', female: 'Bu' },
  en: { male: 'Mr', female: 'Ms' },
};

export interface Addressee {
  /** The name without titles and degrees (`Agus Salim`). */
  name: string;
  /** `Pak`, `Bu` (`Mr`, `Ms` in English), or '' when the title says nothing or Settings says none. */
  salutation: string;
  /** The salutation and the name: `Pak Agus Salim`, or `Agus Salim`. */
  greeting: string;
}

/**
 * The person a message addresses, from a Name cell: leading titles (`Bpk.`, `Ibu`, `H.`, `Ir.`)
 * and degrees after a comma (`, S.E., M.M.`) are taken off; the first gendered title chooses
 * the salutation. A name that is only titles is kept as written.
 */
export function addressee(raw: string, setting: SalutationSetting, lang: Lang): Addressee {
  const { words, titles, gender } = titled(raw);
  const name = words.slice(titles).join(' ') || words.join(' ');
  const salutation = setting === 'auto' && gender ? WORDS[lang][gender] : '';
  return { name, salutation, greeting: salutation ? `${salutation} ${name}` : name };
}

/** The man or woman a Name cell's first gendered title says (`Bpk.`, `Ibu`), or '' when none does. */
export function titleGender(raw: unknown): 'male' | 'female' | '' {
  return titled(String(raw ?? '')).gender;
}

/** A Name cell's words before its degrees, how many of them are leading titles, and their gender. */
function titled(raw: string): { words: string[]; titles: number; gender: 'male' | 'female' | '' } {
  const cell = String(raw ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  // Degrees follow a comma: "Agus Salim, S.E., M.M." (a comma is never part of a person's name).
  const words = cell.split(',')[0].trim().split(' ');
  let gender: 'male' | 'female' | '' = '';
  let i = 0;
  while (i < words.length - 1) {
    const key = words[i].toLowerCase().replace(/\.+$/, '');
    if (!(key in TITLES)) break;
    if (!gender) gender = TITLES[key];
    i++;
  }
  return { words, titles: i, gender };
}

// The few formulas the add-on writes, computed as Sheets computes them when the file is read:
// IF, TODAY() (the spreadsheet's own day, recalculated on every open), DATE(y,m,d), comparisons,
// numbers and "text" literals. Any other formula reads as #NAME?, as an unknown function does.
import { wallClock } from '../format-date';

type V = number | string | boolean;

/** Days since 1899-12-30, Sheets' date serial. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

export function evaluateFormula(formula: string, now: Date, timeZone: string): V | null {
  const src = formula.replace(/^=/, '');
  let i = 0;
  const fail = (): never => {
    throw new Error('unsupported');
  };
  const space = () => {
    while (src[i] === ' ') i++;
  };
  const args = (): V[] => {
    space();
    if (src[i++] !== '(') fail();
    const out: V[] = [];
    space();
    if (src[i] === ')') {
      i++;
      return out;
    }
    for (;;) {
      out.push(expr());
      space();
      const c = src[i++];
      if (c === ')') return out;
      if (c !== ',') fail();
    }
  };
  const atom = (): V => {
    space();
    if (src[i] === '"') {
      let s = '';
      for (i++; i < src.length; i++) {
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i++;
        } else if (src[i] === '"') break;
        else s += src[i];
      }
      if (src[i++] !== '"') fail();
      return s;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    const name = /^[A-Z]+/.exec(src.slice(i))?.[0] ?? fail();
    i += name.length;
    const a = args();
    if (name === 'TODAY' && a.length === 0) {
      const w = wallClock(now, timeZone);
      return serial(w.year, w.month, w.day);
    }
    if (name === 'DATE' && a.length === 3 && a.every((x) => typeof x === 'number'))
      return serial(a[0] as number, a[1] as number, a[2] as number);
    if (name === 'IF' && (a.length === 2 || a.length === 3)) return a[0] ? a[1] : (a[2] ?? false);
    return fail();
  };
  const expr = (): V => {
    const left = atom();
    space();
    const op = /^(>=|<=|<>|>|<|=)/.exec(src.slice(i))?.[0];
    if (!op) return left;
    i += op.length;
    const right = atom();
    if (typeof left !== typeof right) return fail();
    switch (op) {
      case '>':
        return left > right;
      case '<':
        return left < right;
      case '>=':
        return left >= right;
      case '<=':
        return left <= right;
      case '=':
        return left === right;
      default:
        return left !== right;
    }
  };
  try {
    const v = expr();
    space();
    return i === src.length ? v : null;
  } catch (_e) {
    return null;
  }
}

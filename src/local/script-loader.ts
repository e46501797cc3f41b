// Loads a built Apps Script folder into a fresh vm context for each execution, as gas-local does
// (every .js file of the folder, in directory order, into one global scope), but compiles each
// file once per process: a vm.Script is independent of the context it runs in, so every
// execution still starts from a clean global scope (as on Apps Script) without parsing the
// 700 KB bundle again. A file that changes on disk (a rebuild) is compiled again.
import * as fs from 'node:fs';
import * as vm from 'node:vm';

const compiled = new Map<string, { mtimeMs: number; size: number; script: vm.Script }>();

/** Every file under `dir`, depth first in directory order (gas-local's walk). */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const file = `${dir}/${name}`;
    const stat = fs.statSync(file);
    if (stat.isDirectory()) out.push(...walk(file));
    else out.push(file);
  }
  return out;
}

function scriptOf(file: string): vm.Script {
  const stat = fs.statSync(file);
  const hit = compiled.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.script;
  const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
  compiled.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, script });
  return script;
}

/** A new context over `globals` with every `.js` file of `folder` run in it. */
export function loadScripts(folder: string, globals: object): Record<string, unknown> {
  const ctx = vm.createContext(globals);
  for (const file of walk(folder).filter((f) => f.endsWith('.js'))) scriptOf(file).runInContext(ctx);
  return ctx as Record<string, unknown>;
}

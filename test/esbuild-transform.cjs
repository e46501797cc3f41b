// Jest transform: TypeScript 7 has no JS API, so .ts files are stripped with esbuild.
const esbuild = require('esbuild');
module.exports = {
  process(source, filename) {
    const r = esbuild.transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code: r.code };
  },
};

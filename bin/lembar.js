#!/usr/bin/env node
// The lembar CLI: runs the compiled Node tools (built with `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', '.local', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('lembar: the tools are not built yet; run `npm run build` first.\n');
  process.exit(2);
}
require(cli).run(process.argv.slice(2));

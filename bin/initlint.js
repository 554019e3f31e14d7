#!/usr/bin/env node
// The `initlint` command: runs the bundled CLI (dist/cli.js, built by `npm run build`).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    `initlint: error: the CLI is not built (${path.relative(process.cwd(), bundle) || bundle} is missing).\n` +
      `Run 'npm run build' in ${path.join(__dirname, '..')} first.\n`,
  );
  process.exit(2);
}
require(bundle);

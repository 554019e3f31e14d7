// Lists the fault sites the harness would plant in files, without running initlint:
//   node out/bench/mutation/show-sites.js FILE...
import * as fs from 'node:fs';
import { findSites } from './sites';
import { readModelFile } from './files';

for (const file of process.argv.slice(2)) {
  const mf = readModelFile(file, fs.readFileSync(file, 'utf8'));
  if (!mf) {
    console.log(`${file}: not a model file the harness reads`);
    continue;
  }
  const sites = findSites(mf.source);
  console.log(`${file}: ${sites.length} sites`);
  for (const s of sites) {
    const where = s.edit.kind === 'insert' ? `after ${s.edit.line + 1}` : `${s.edit.line + 1}`;
    console.log(`  ${where.padEnd(10)} ${s.framework.padEnd(10)} ${s.kind.padEnd(20)} ${s.construct.padEnd(32)} ${s.edit.kind === 'replace' ? '~' : '+'} ${s.edit.text.trim()}`);
  }
}

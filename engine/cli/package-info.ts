// The package's name, version and home page, read from package.json at run time (found by walking up
// from this file: dist/ in the bundle, out/engine/cli/ in the tsc output).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface PackageInfo {
  name: string;
  version: string;
  informationUri: string;
}

/** Where the rules are documented when package.json names no homepage or repository. */
export const DEFAULT_INFORMATION_URI = 'https://github.com/initlint/initlint';

let cached: PackageInfo | undefined;

function repositoryUrl(repo: unknown): string | undefined {
  const url = typeof repo === 'string' ? repo : typeof repo === 'object' && repo !== null ? (repo as { url?: unknown }).url : undefined;
  if (typeof url !== 'string') return undefined;
  const cleaned = url.replace(/^git\+/, '').replace(/\.git$/, '');
  return /^https?:\/\//.test(cleaned) ? cleaned : undefined;
}

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      if (pkg['name'] === 'initlint') {
        const homepage = typeof pkg['homepage'] === 'string' ? pkg['homepage'] : undefined;
        cached = {
          name: 'initlint',
          version: typeof pkg['version'] === 'string' ? pkg['version'] : '0.0.0',
          informationUri: homepage ?? repositoryUrl(pkg['repository']) ?? DEFAULT_INFORMATION_URI,
        };
        return cached;
      }
    } catch {
      // keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  cached = { name: 'initlint', version: '0.0.0', informationUri: DEFAULT_INFORMATION_URI };
  return cached;
}

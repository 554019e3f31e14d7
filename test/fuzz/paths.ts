// The repository root, from the compiled test files in out/test/fuzz/.
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

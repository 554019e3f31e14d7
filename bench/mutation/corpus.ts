// The real-code corpus of the mutation harness: which public repositories, at which commit, and
// which of their files are model files. Third-party code is never committed: `corpus.json` holds
// paths and commits only, and this tool rebuilds the files from git mirrors (as the `fetch` tool
// brings them: <mirrors>/<owner>+<name>/repo, a bare repository or a clone).
//
//   node out/bench/mutation/corpus.js build  --mirrors /work/.mirror --out /work/corpus [--manifest FILE]
//   node out/bench/mutation/corpus.js select --mirrors /work/.mirror [--manifest FILE] [--seed N]
//
// `build` writes every repository's model files and context files (the other sources under the
// context roots, so imports between a project's files resolve) to <out>/<owner>+<name>/<path>,
// notebooks without their outputs. `select` re-chooses the model files from the mirrors' HEAD
// (files under the listed roots where the harness finds fault sites, a seeded pick up to a cap
// per repository) and rewrites the manifest.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { findSites } from './sites';
import { fileKind, readModelFile } from './files';
import { stripOutputs } from './notebook';
import { hash, prng, shuffle } from './mutant';

export interface RepoSpec {
  repo: string;
  /** Path prefixes (folders or files) model files are chosen from. */
  roots: string[];
  /** At most this many model files. */
  max: number;
}

export interface CorpusRepo extends RepoSpec {
  commit: string;
  modelFiles: string[];
  /** Folders whose other source files are copied too (for cross-file imports). */
  contextRoots: string[];
}

export interface Manifest {
  version: 1;
  description: string;
  repos: CorpusRepo[];
}

/** The repositories and where their model code lives. */
export const REPOS: RepoSpec[] = [
  // PyTorch
  { repo: 'karpathy/nanoGPT', roots: ['model.py'], max: 2 },
  { repo: 'karpathy/minGPT', roots: ['mingpt/', 'projects/'], max: 3 },
  { repo: 'karpathy/nn-zero-to-hero', roots: ['lectures/'], max: 6 },
  { repo: 'karpathy/makemore', roots: ['makemore.py'], max: 1 },
  { repo: 'karpathy/llama2.c', roots: ['model.py'], max: 1 },
  { repo: 'pytorch/examples', roots: [''], max: 18 },
  { repo: 'lucidrains/vit-pytorch', roots: ['vit_pytorch/'], max: 10 },
  { repo: 'huggingface/pytorch-image-models', roots: ['timm/models/', 'timm/layers/'], max: 18 },
  { repo: 'kuangliu/pytorch-cifar', roots: ['models/'], max: 10 },
  { repo: 'facebookresearch/ConvNeXt', roots: ['models/', 'object_detection/', 'semantic_segmentation/'], max: 4 },
  { repo: 'harvardnlp/annotated-transformer', roots: [''], max: 2 },
  { repo: 'lucidrains/denoising-diffusion-pytorch', roots: ['denoising_diffusion_pytorch/'], max: 5 },
  { repo: 'lucidrains/x-transformers', roots: ['x_transformers/'], max: 4 },
  { repo: 'ultralytics/yolov5', roots: ['models/'], max: 4 },
  { repo: 'open-mmlab/mmcv', roots: ['mmcv/cnn/'], max: 8 },
  { repo: 'facebookresearch/DiT', roots: ['models.py'], max: 1 },
  { repo: 'facebookresearch/mae', roots: [''], max: 3 },
  { repo: 'openai/improved-diffusion', roots: ['improved_diffusion/'], max: 3 },
  { repo: 'eriklindernoren/PyTorch-GAN', roots: ['implementations/'], max: 14 },
  { repo: 'yunjey/pytorch-tutorial', roots: ['tutorials/'], max: 10 },
  { repo: 'bentrevett/pytorch-seq2seq', roots: [''], max: 6 },
  { repo: 'jadore801120/attention-is-all-you-need-pytorch', roots: ['transformer/'], max: 3 },
  { repo: 'd2l-ai/d2l-en', roots: ['d2l/torch.py', 'd2l/tensorflow.py', 'd2l/jax.py'], max: 3 },
  // Keras and TensorFlow
  { repo: 'fchollet/deep-learning-with-python-notebooks', roots: [''], max: 20 },
  { repo: 'keras-team/keras', roots: ['examples/', 'guides/', 'keras/src/applications/'], max: 16 },
  { repo: 'keras-team/keras-applications', roots: ['keras_applications/'], max: 8 },
  { repo: 'keras-team/keras-hub', roots: ['keras_hub/src/models/', 'keras_hub/src/layers/modeling/'], max: 14 },
  { repo: 'philipperemy/keras-tcn', roots: ['tcn/', 'tasks/'], max: 3 },
  { repo: 'ageron/handson-ml2', roots: [''], max: 8 },
  { repo: 'ageron/handson-ml3', roots: [''], max: 8 },
  { repo: 'tensorflow/docs', roots: ['site/en/tutorials/', 'site/en/guide/'], max: 22 },
  { repo: 'tensorflow/examples', roots: [''], max: 10 },
  { repo: 'aymericdamien/TensorFlow-Examples', roots: [''], max: 24 },
  { repo: 'nlintz/TensorFlow-Tutorials', roots: [''], max: 12 },
  { repo: 'Hvass-Labs/TensorFlow-Tutorials', roots: [''], max: 8 },
  // JAX and Flax
  { repo: 'google/flax', roots: ['examples/', 'docs/', 'docs_nnx/'], max: 26 },
  { repo: 'google-research/vision_transformer', roots: ['vit_jax/'], max: 6 },
  { repo: 'google-research/big_vision', roots: ['big_vision/models/'], max: 14 },
  { repo: 'google/jax', roots: ['examples/', 'docs/notebooks/', 'docs/'], max: 10 },
  { repo: 'gordicaleksa/get-started-with-JAX', roots: [''], max: 4 },
  // TensorFlow.js
  { repo: 'tensorflow/tfjs-examples', roots: [''], max: 40 },
  { repo: 'tensorflow/tfjs', roots: ['tfjs-layers/demos/', 'tfjs-data/demo/', 'tfjs-vis/demos/', 'tfjs-react-native/integration_rn59/', 'tfjs-node/'], max: 8 },
  { repo: 'tensorflow/tfjs-models', roots: [''], max: 4 },
  { repo: 'ml5js/ml5-library', roots: ['src/'], max: 4 },
  { repo: 'googlecreativelab/teachablemachine-community', roots: ['libraries/'], max: 4 },
];

const EXCLUDED = /(^|\/)(tests?|testing|spec|__tests__|node_modules|dist|build|third_party|vendor)\/|(^|\/)(test_[^/]*|[^/]*_test\.py|[^/]*[._]test\.[jt]sx?|[^/]*_spec\.[jt]s|conftest\.py|setup\.py|[^/]*\.min\.js|[^/]*\.d\.ts|[^/]*bundle[^/]*\.js)$/;
const MAX_BYTES = { source: 1_500_000, notebook: 12_000_000 };

export function gitDir(mirrors: string, repo: string): string | undefined {
  const base = path.join(mirrors, repo.replace('/', '+'), 'repo');
  for (const d of [path.join(base, '.git'), base]) {
    if (fs.existsSync(path.join(d, 'HEAD')) && fs.existsSync(path.join(d, 'objects'))) return d;
  }
  return undefined;
}

function git(dir: string, args: string[], input?: string): Buffer {
  const r = spawnSync('git', ['--git-dir', dir, ...args], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${dir}: ${r.stderr.toString().trim()}`);
  return r.stdout;
}

interface TreeEntry {
  path: string;
  blob: string;
  size: number;
}

function tree(dir: string, commit: string): TreeEntry[] {
  const out = git(dir, ['ls-tree', '-r', '-l', '-z', commit]).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\s+(\d+|-)\t(.*)$/s.exec(rec);
    if (m) entries.push({ blob: m[1]!, size: Number(m[2]) || 0, path: m[3]! });
  }
  return entries;
}

/** Blob contents by id, read in one `git cat-file --batch`. */
function blobs(dir: string, ids: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (ids.length === 0) return out;
  const buf = git(dir, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
  let off = 0;
  while (off < buf.length) {
    const nl = buf.indexOf(10, off);
    const header = buf.subarray(off, nl).toString();
    const [id, type, size] = header.split(' ');
    off = nl + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    out.set(id!, buf.subarray(off, off + n));
    off += n + 1;
  }
  return out;
}

const underRoots = (p: string, roots: string[]): boolean => roots.some((r) => r === '' || p === r || (r.endsWith('/') && p.startsWith(r)));

function contextRootsOf(files: string[]): string[] {
  // The top-level package folder of each model file (or the repository root for top-level files).
  const roots = new Set<string>();
  for (const f of files) {
    const first = f.split('/')[0]!;
    roots.add(f.includes('/') ? `${first}/` : '');
  }
  return [...roots].sort();
}

function select(mirrors: string, manifestPath: string, seed: number): void {
  const repos: CorpusRepo[] = [];
  for (const spec of REPOS) {
    const dir = gitDir(mirrors, spec.repo);
    if (!dir) {
      console.error(`skip ${spec.repo}: no mirror under ${mirrors}`);
      continue;
    }
    const commit = git(dir, ['rev-parse', 'HEAD']).toString().trim();
    const candidates = tree(dir, commit).filter((e) => {
      const kind = fileKind(e.path);
      if (!kind || !underRoots(e.path, spec.roots) || EXCLUDED.test(e.path)) return false;
      return e.size <= (kind === 'notebook' ? MAX_BYTES.notebook : MAX_BYTES.source);
    });
    const contents = blobs(dir, candidates.map((c) => c.blob));
    const scored: { path: string; kinds: number }[] = [];
    for (const c of candidates) {
      const raw = contents.get(c.blob)?.toString('utf8');
      if (raw === undefined || raw.includes('\0')) continue;
      const mf = readModelFile(c.path, raw);
      if (!mf) continue;
      const sites = findSites(mf.source);
      if (sites.length === 0) continue;
      scored.push({ path: c.path, kinds: new Set(sites.map((s) => s.kind)).size });
    }
    const picked = shuffle(scored, prng(hash(`${seed}:${spec.repo}`)))
      .sort((a, b) => Math.min(b.kinds, 3) - Math.min(a.kinds, 3))
      .slice(0, spec.max)
      .map((s) => s.path)
      .sort();
    if (picked.length === 0) {
      console.error(`skip ${spec.repo}: no file with fault sites under ${spec.roots.join(', ')}`);
      continue;
    }
    repos.push({ ...spec, commit, modelFiles: picked, contextRoots: contextRootsOf(picked) });
    console.error(`${spec.repo}: ${picked.length} of ${scored.length} files with sites`);
  }
  const manifest: Manifest = {
    version: 1,
    description:
      'Real model code for the mutation harness (bench/mutation). Paths and commits only; rebuild the files with `node out/bench/mutation/corpus.js build --mirrors DIR --out DIR`.',
    repos,
  };
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.error(`wrote ${manifestPath}: ${repos.length} repositories, ${repos.reduce((n, r) => n + r.modelFiles.length, 0)} model files`);
}

export function readManifest(file: string): Manifest {
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (m.version !== 1 || !Array.isArray(m.repos)) throw new Error(`${file}: not a corpus manifest (version 1)`);
  return m;
}

function build(mirrors: string, out: string, manifestPath: string): number {
  const manifest = readManifest(manifestPath);
  let failures = 0;
  let files = 0;
  let context = 0;
  for (const r of manifest.repos) {
    const dir = gitDir(mirrors, r.repo);
    if (!dir) {
      console.error(`missing mirror for ${r.repo} under ${mirrors} (fetch github:${r.repo})`);
      failures++;
      continue;
    }
    const has = spawnSync('git', ['--git-dir', dir, 'cat-file', '-e', `${r.commit}^{commit}`]);
    if (has.status !== 0) {
      console.error(`${r.repo}: commit ${r.commit} is not in the mirror (it may have been re-fetched at a newer commit)`);
      failures++;
      continue;
    }
    const entries = tree(dir, r.commit);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    const wanted = new Map<string, TreeEntry>();
    for (const p of r.modelFiles) {
      const e = byPath.get(p);
      if (!e) {
        console.error(`${r.repo}: ${p} not at ${r.commit}`);
        failures++;
      } else wanted.set(p, e);
    }
    for (const e of entries) {
      const kind = fileKind(e.path);
      if (!kind || kind === 'notebook' || wanted.has(e.path) || EXCLUDED.test(e.path) || e.size > MAX_BYTES.source) continue;
      const marker = /^(pyproject\.toml|setup\.cfg|package\.json)$/.test(e.path);
      if (marker || underRoots(e.path, r.contextRoots)) {
        wanted.set(e.path, e);
        context++;
      }
    }
    for (const marker of ['pyproject.toml', 'setup.cfg', 'package.json', 'tsconfig.json']) {
      const e = byPath.get(marker);
      if (e) wanted.set(e.path, e);
    }
    const contents = blobs(dir, [...wanted.values()].map((e) => e.blob));
    const root = path.join(out, r.repo.replace('/', '+'));
    for (const [p, e] of wanted) {
      let data: Buffer | string | undefined = contents.get(e.blob);
      if (data === undefined) continue;
      if (p.endsWith('.ipynb')) data = stripOutputs(data.toString('utf8')) ?? data;
      const dest = path.join(root, p);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, data);
    }
    files += r.modelFiles.length;
  }
  console.error(`built ${out}: ${manifest.repos.length} repositories, ${files} model files, ${context} context files${failures ? `, ${failures} problems` : ''}`);
  return failures ? 1 : 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const opt = (name: string): string | undefined => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const manifest = path.resolve(opt('--manifest') ?? path.join(__dirname, '..', '..', '..', 'bench', 'mutation', 'corpus.json'));
  const mirrors = opt('--mirrors');
  if ((command !== 'build' && command !== 'select') || !mirrors) {
    console.error('usage: corpus.js build --mirrors DIR --out DIR [--manifest FILE]\n       corpus.js select --mirrors DIR [--manifest FILE] [--seed N]');
    return 2;
  }
  if (command === 'select') {
    select(mirrors, manifest, Number(opt('--seed') ?? 1));
    return 0;
  }
  const out = opt('--out');
  if (!out) {
    console.error('corpus.js build: --out DIR is required');
    return 2;
  }
  return build(mirrors, path.resolve(out), manifest);
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

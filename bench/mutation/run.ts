// The real-code mutation harness: plants single-line initialization faults into real model files
// and reports how many initlint finds on the right line, and what it reports on the unmutated
// files. initlint runs only as a subprocess (`node CLI check --format json`), so any build can be
// measured:
//
//   npm run mutation -- --corpus /work/corpus --cli /path/to/dist/cli.js --label before
//
// Options: --corpus DIR (built by corpus.js build), --cli FILE (default this checkout's
// dist/cli.js), --label NAME, --seed N, --out FILE.md (and FILE.json; default
// bench/results/mutation-<label>.md), --manifest FILE, --per-file-kind N, --per-file N,
// --per-cell N (caps), --batch N (files per initlint run), --filter TEXT (only files whose path
// contains TEXT), --keep (keep the temporary work copy).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readManifest } from './corpus';
import { type ModelFile, mutatedText, readModelFile } from './files';
import { FAULT_KINDS, FRAMEWORKS, type Site, hash, prng, shuffle } from './mutant';
import { findSites } from './sites';
import { type FileResult, runInitlint } from './initlint';
import { judge } from './evaluate';
import { type BaselineFinding, type MutantRecord, type RunInfo, markdown, summarize } from './report';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Options {
  corpus: string;
  cli: string;
  label: string;
  seed: number;
  out: string;
  manifest: string;
  perFileKind: number;
  perFile: number;
  perCell: number;
  batch: number;
  filter?: string;
  keep: boolean;
}

const USAGE = `usage: npm run mutation -- --corpus DIR [--cli dist/cli.js] [--label NAME] [--seed N] [--out FILE.md]
       [--manifest FILE] [--per-file-kind N] [--per-file N] [--per-cell N] [--batch N] [--filter TEXT] [--keep]`;

function parseArgs(argv: string[]): Options | string {
  const o: Partial<Options> = { seed: 1, label: 'current', perFileKind: 2, perFile: 8, perCell: 45, batch: 40, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = (): number => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${a} needs a whole number, not ${v}`);
      return n;
    };
    try {
      switch (a) {
        case '--corpus': o.corpus = path.resolve(value()); break;
        case '--cli': o.cli = path.resolve(value()); break;
        case '--label': o.label = value(); break;
        case '--seed': o.seed = int(); break;
        case '--out': o.out = path.resolve(value()); break;
        case '--manifest': o.manifest = path.resolve(value()); break;
        case '--per-file-kind': o.perFileKind = int(); break;
        case '--per-file': o.perFile = int(); break;
        case '--per-cell': o.perCell = int(); break;
        case '--batch': o.batch = Math.max(1, int()); break;
        case '--filter': o.filter = value(); break;
        case '--keep': o.keep = true; break;
        case '-h': case '--help': return USAGE;
        default: return `unknown option ${a}\n${USAGE}`;
      }
    } catch (e) {
      return `${(e as Error).message}\n${USAGE}`;
    }
  }
  if (!o.corpus) return `--corpus DIR is required (build it with: node out/bench/mutation/corpus.js build --mirrors /work/.mirror --out DIR)\n${USAGE}`;
  if (!/^[\w.-]+$/.test(o.label!)) return `--label must be letters, digits, '.', '_' or '-'`;
  o.cli ??= path.join(ROOT, 'dist', 'cli.js');
  o.manifest ??= path.join(ROOT, 'bench', 'mutation', 'corpus.json');
  o.out ??= path.join(ROOT, 'bench', 'results', `mutation-${o.label}.md`);
  return o as Options;
}

interface CorpusFile {
  /** `<owner>+<name>/<path>` */
  rel: string;
  abs: string;
  file: ModelFile;
  sites: Site[];
}

/** Up to `perFileKind` sites per kind, then at most `perFile` per file (round-robin over kinds). */
function pickInFile(f: CorpusFile, o: Options): Site[] {
  const byKind = FAULT_KINDS.map((k) => shuffle(f.sites.filter((s) => s.kind === k), prng(hash(`${o.seed}:${f.rel}:${k}`))).slice(0, o.perFileKind));
  const out: Site[] = [];
  for (let round = 0; out.length < o.perFile; round++) {
    let any = false;
    for (const list of byKind) {
      if (list[round] && out.length < o.perFile) {
        out.push(list[round]!);
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}

function mutantPath(abs: string, id: number): string {
  const ext = path.extname(abs);
  return path.join(path.dirname(abs), `${path.basename(abs, ext)}__mut${id}${ext}`);
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    console.error(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  const o = parsed;
  if (!fs.existsSync(o.cli)) {
    console.error(`no initlint CLI at ${o.cli} (run npm run build, or pass --cli)`);
    return 2;
  }
  if (!fs.existsSync(o.corpus)) {
    console.error(`no corpus at ${o.corpus}`);
    return 2;
  }
  const started = Date.now();
  const manifest = readManifest(o.manifest);
  const versionRun = spawnSync(process.execPath, [o.cli, '--version'], { encoding: 'utf8' });
  const cliVersion = versionRun.stdout.trim() || `unknown (exit ${versionRun.status})`;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'initlint-mutation-'));
  fs.cpSync(o.corpus, work, { recursive: true });
  try {
    const files: CorpusFile[] = [];
    const missing: string[] = [];
    for (const r of manifest.repos) {
      const dir = r.repo.replace('/', '+');
      for (const p of r.modelFiles) {
        const rel = `${dir}/${p}`;
        if (o.filter && !rel.includes(o.filter)) continue;
        const abs = path.join(work, dir, p);
        if (!fs.existsSync(abs)) {
          missing.push(rel);
          continue;
        }
        const mf = readModelFile(abs, fs.readFileSync(abs, 'utf8'));
        if (!mf) {
          missing.push(`${rel} (unreadable)`);
          continue;
        }
        files.push({ rel, abs, file: mf, sites: findSites(mf.source) });
      }
    }
    if (missing.length) console.error(`warning: ${missing.length} model files of the manifest are not in the corpus: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' ...' : ''}`);
    if (files.length === 0) {
      console.error('no model files to check');
      return 2;
    }
    const repos = new Set(files.map((f) => f.rel.split('/')[0])).size;
    const lines = files.reduce((n, f) => n + f.file.source.lines.length, 0);
    console.error(`corpus: ${repos} repositories, ${files.length} model files, ${lines} lines`);

    // The unmutated files.
    const baseline = new Map<string, FileResult>();
    for (let i = 0; i < files.length; i += o.batch) {
      const batch = files.slice(i, i + o.batch);
      const r = await runInitlint(o.cli, batch.map((f) => f.abs), work);
      for (const f of batch) baseline.set(f.abs, r.files.get(f.abs) ?? { findings: [], notes: ['initlint reported nothing for this file'] });
      process.stderr.write(`\rbaseline ${Math.min(i + o.batch, files.length)}/${files.length}`);
    }
    process.stderr.write('\n');

    // Mutants: per file, then capped per framework and kind.
    const perFile = files.flatMap((f) => pickInFile(f, o).map((site) => ({ f, site })));
    const chosen: { f: CorpusFile; site: Site }[] = [];
    for (const fw of FRAMEWORKS) {
      for (const k of FAULT_KINDS) {
        const cellSites = perFile.filter((m) => m.site.framework === fw && m.site.kind === k);
        chosen.push(...shuffle(cellSites, prng(hash(`${o.seed}:${fw}:${k}`))).slice(0, o.perCell));
      }
    }
    // Stable order: by file, then line.
    chosen.sort((a, b) => (a.f.rel < b.f.rel ? -1 : a.f.rel > b.f.rel ? 1 : a.site.edit.line - b.site.edit.line));
    console.error(`mutants: ${chosen.length}`);

    const records: MutantRecord[] = [];
    for (let i = 0; i < chosen.length; i += o.batch) {
      const batch = chosen.slice(i, i + o.batch).map((m, j) => ({ ...m, id: i + j + 1, path: mutantPath(m.f.abs, i + j + 1) }));
      const written = batch.filter((m) => {
        const text = mutatedText(m.f.file, m.site.edit);
        if (text === undefined) return false;
        fs.writeFileSync(m.path, text);
        return true;
      });
      let result: Map<string, FileResult>;
      try {
        result = (await runInitlint(o.cli, written.map((m) => m.path), work)).files;
      } finally {
        for (const m of written) fs.rmSync(m.path, { force: true });
      }
      for (const m of batch) {
        const j = judge(m.site, baseline.get(m.f.abs)!, result.get(m.path));
        const e = m.site.edit;
        const mutatedLine = e.kind === 'insert' ? e.line + 1 : e.line;
        records.push({
          id: m.id,
          file: m.f.rel,
          line: mutatedLine + 1,
          framework: m.site.framework,
          kind: m.site.kind,
          construct: m.site.construct,
          edit: e.kind,
          original: m.f.file.source.line(e.line),
          planted: e.text,
          note: m.site.note,
          outcome: j.outcome,
          onSite: j.onSite.map((f) => ({ code: f.code, line: f.line + 1, message: f.message })),
          elsewhere: j.elsewhere.map((f) => ({ code: f.code, line: f.line + 1, message: f.message })),
          ...(j.invalidReason ? { invalidReason: j.invalidReason } : {}),
        });
      }
      process.stderr.write(`\rmutants ${Math.min(i + o.batch, chosen.length)}/${chosen.length}`);
    }
    process.stderr.write('\n');

    const baselineFindings: BaselineFinding[] = [];
    const baselineNotes: RunInfo['baselineNotes'] = [];
    for (const f of files) {
      const r = baseline.get(f.abs)!;
      for (const x of r.findings) baselineFindings.push({ file: f.rel, line: x.line + 1, code: x.code, severity: x.severity, message: x.message });
      for (const n of r.notes) baselineNotes.push({ file: f.rel, note: n });
    }
    const info: RunInfo = {
      label: o.label,
      cli: o.cli,
      cliVersion,
      seed: o.seed,
      corpus: o.corpus,
      repos,
      files: files.length,
      lines,
      caps: { perFileKind: o.perFileKind, perFile: o.perFile, perCell: o.perCell },
      seconds: (Date.now() - started) / 1000,
      date: new Date().toISOString(),
      baselineNotes,
    };
    const md = markdown(info, records, baselineFindings);
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    fs.writeFileSync(o.out, md);
    const jsonOut = o.out.replace(/\.md$/, '') + '.json';
    fs.writeFileSync(jsonOut, `${JSON.stringify({ info, summary: summarize(records), mutants: records, baseline: baselineFindings, files: files.map((f) => f.rel) }, null, 1)}\n`);
    const s = summarize(records);
    console.log(`${o.label}: ${s.overall.found}/${s.overall.planted} found on the line (${((100 * s.overall.found) / Math.max(1, s.overall.planted)).toFixed(1)}%), ${s.overall.elsewhere} elsewhere, ${s.overall.missed} missed; ${baselineFindings.length} findings on unmutated files`);
    for (const fw of FRAMEWORKS) {
      const t = s.byFramework[fw]!;
      if (t.planted) console.log(`  ${fw.padEnd(11)} ${String(t.found).padStart(4)}/${String(t.planted).padEnd(4)} ${((100 * t.found) / t.planted).toFixed(1)}%`);
    }
    console.log(`written to ${path.relative(process.cwd(), o.out)} and ${path.relative(process.cwd(), jsonOut)}`);
    return 0;
  } finally {
    if (o.keep) console.error(`work copy kept at ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);

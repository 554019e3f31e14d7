// initlint as the harness sees it: a subprocess (`node CLI check --format json FILES...`), never
// an import of the engine, so any build can be measured. Parses the JSON contract of DESIGN.md
// section 8 (`{"version":1,"files":[{"path","findings":[...],"notes"?:[...]}]}`).
import * as path from 'node:path';
import { spawn } from 'node:child_process';

export interface Finding {
  code: string;
  severity: string;
  message: string;
  /** 0-based line where the finding's range starts. */
  line: number;
  endLine: number;
}

export interface FileResult {
  findings: Finding[];
  notes: string[];
}

export interface BatchResult {
  /** By absolute path. */
  files: Map<string, FileResult>;
  exitCode: number;
  stderr: string;
  ms: number;
}

interface JsonOutput {
  version?: number;
  files?: {
    path: string;
    findings?: { code: string; severity: string; message: string; range: { start: { line: number }; end: { line: number } } }[];
    notes?: { message: string }[];
  }[];
}

/** Runs the CLI on the files (absolute paths) from `cwd`. Throws when its output is not the JSON contract. */
export function runInitlint(cli: string, files: string[], cwd: string, jobs?: number): Promise<BatchResult> {
  const args = [cli, 'check', '--format', 'json', '--no-config', '--no-gitignore', '--quiet'];
  if (jobs) args.push('--jobs', String(jobs));
  // Absolute paths never start with '-', so no `--` separator is needed (older builds may not know it).
  args.push(...files);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      let parsed: JsonOutput;
      try {
        parsed = JSON.parse(stdout) as JsonOutput;
      } catch {
        reject(new Error(`initlint (${cli}) did not print JSON (exit ${code}):\n${stderr.slice(-2000) || stdout.slice(0, 2000)}`));
        return;
      }
      if (!Array.isArray(parsed.files)) {
        reject(new Error(`initlint (${cli}) printed JSON without a "files" array`));
        return;
      }
      const results = new Map<string, FileResult>();
      for (const f of parsed.files) {
        results.set(path.resolve(cwd, f.path), {
          findings: (f.findings ?? []).map((x) => ({ code: x.code, severity: x.severity, message: x.message, line: x.range.start.line, endLine: x.range.end.line })),
          notes: (f.notes ?? []).map((n) => n.message),
        });
      }
      resolve({ files: results, exitCode: code ?? -1, stderr, ms: Date.now() - started });
    });
  });
}

// Shared helpers for the CLI tests: run the built bundle (dist/cli.js) in a temporary folder.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The bundle under test; INITLINT_CLI names another build of it. */
export const CLI = process.env['INITLINT_CLI'] ? path.resolve(process.env['INITLINT_CLI']) : path.join(ROOT, 'dist', 'cli.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'initlint-cli-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes files (path relative to root -> contents) and returns root. */
export function writeTree(root: string, files: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

/** IL001: a hidden layer's weight set to zero (line 7, 0-based 6). */
export const ZERO_HIDDEN = `import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(256, 256)
        self.fc2 = nn.Linear(256, 10)
        nn.init.zeros_(self.fc1.weight)
    def forward(self, x):
        return self.fc2(self.fc1(x).relu())
`;

/** IL003: a unit-std normal init of a 512-wide hidden layer. */
export const UNSCALED = `import torch.nn as nn
class Wide(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(512, 512)
        self.fc2 = nn.Linear(512, 10)
        nn.init.normal_(self.fc1.weight, mean=0.0, std=1.0)
    def forward(self, x):
        return self.fc2(self.fc1(x).relu())
`;

/** IL001 and IL002 in one file (lines 8 and 9). */
export const BOTH = `import torch.nn as nn
class Both(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(256, 256)
        self.b = nn.Linear(256, 256)
        self.head = nn.Linear(256, 10)
        nn.init.zeros_(self.a.weight)
        nn.init.constant_(self.b.weight, 0.5)
    def forward(self, x):
        return self.head(self.b(self.a(x).relu()).relu())
`;

/** Nothing wrong: Kaiming init for ReLU. */
export const CLEAN = `import torch.nn as nn
class Clean(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(128, 128)
        self.fc2 = nn.Linear(128, 10)
        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity='relu')
        nn.init.zeros_(self.fc1.bias)
    def forward(self, x):
        return self.fc2(self.fc1(x).relu())
`;

/** IL007 (information): an LSTM whose forget-gate bias stays at PyTorch's default. */
export const LSTM_FORGET = `import torch.nn as nn
class Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(64, 128, batch_first=True)
        for name, p in self.lstm.named_parameters():
            if 'bias' in name:
                nn.init.zeros_(p)
        self.head = nn.Linear(128, 10)
    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])
`;

export interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes: { title: string; edits: { range: JsonFinding['range']; newText: string }[] }[];
}

export interface JsonReport {
  version: number;
  files: { path: string; findings: JsonFinding[]; notes?: { message: string }[] }[];
}

export function parseJson(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

export function codesOf(report: JsonReport, file?: string): string[] {
  return report.files
    .filter((f) => file === undefined || f.path === file)
    .flatMap((f) => f.findings.map((x) => x.code))
    .sort();
}

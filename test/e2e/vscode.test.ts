// End-to-end in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, installed into test/e2e/.deps
// by test/e2e/setup.sh) with the extension unpacked into its extensions folder, driven through
// headless Debian Chromium by playwright-core. One workspace with copies of two examples; the test
// opens bad_zero_hidden_layer.py and checks, as a person would: the IL001 problem in the Problems
// panel and its squiggle, the hover on the layer, an inlay hint, the quick fix applied with the
// keyboard (Ctrl+. then Enter), and the propagation report webview from the command palette.
// Screenshots of each step go to test/e2e/artifacts/ (git-ignored), with the code-server, browser
// and VS Code logs. Skips with the reason when a tool is missing, unless INITLINT_REQUIRE_E2E is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { ARTIFACTS, CODE_SERVER, DEPS, ROOT, freePort, installUnpackedExtension, killGroup, missing, skipOrFail, sleep, tempDir, which } from './tools';

// Page-side code (inside page.evaluate) runs in the browser; the project compiles without the DOM lib.
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const NodeFilter: { SHOW_TEXT: number };

const CHROMIUM = process.env.INITLINT_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.inlayHints.enabled': 'on',
  'editor.hover.delay': 150,
  'editor.fontSize': 15,
  'files.autoSave': 'off',
  'initlint.debounceMs': 10,
};

function loadPlaywright(): typeof import('playwright-core') | undefined {
  try {
    return require('playwright-core') as typeof import('playwright-core');
  } catch {
    return undefined;
  }
}

/** Polls `probe` until it returns a value (not undefined/false/null). */
async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string, ms = 30_000, every = 250): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== null && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(every);
  }
}

/** The centre of `token` (its first character, or the whole token) on the first editor line containing `lineContains`. */
async function textPoint(page: Page, lineContains: string, token: string, whole = false): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ lineContains, token, whole }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
      if (!editor) return null;
      for (const line of editor.querySelectorAll('.view-lines .view-line')) {
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = text.indexOf(lineContains);
        if (at < 0) continue;
        const idx = text.indexOf(token, at);
        if (idx < 0) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let pos = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent?.length ?? 0;
          if (pos + len > idx) {
            const range = document.createRange();
            range.setStart(node, idx - pos);
            range.setEnd(node, Math.min(len, idx - pos + (whole ? token.length : 1)));
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          pos += len;
        }
      }
      return null;
    },
    { lineContains, token, whole },
  );
}

/** The text of every editor line (spaces normalised). */
async function editorLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
    return [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])].map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '));
  });
}

async function shot(page: Page, name: string, shots: string[]): Promise<void> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  shots.push(file);
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

async function openFile(page: Page, name: string): Promise<void> {
  await until(
    async () => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 10_000 });
      return true;
    },
    `open ${name} with Quick Open`,
    60_000,
    500,
  );
}

function copyLogs(dir: string, to: string): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.log')) continue;
    const from = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    const rel = path.relative(dir, from).replace(/[\\/]/g, '__');
    fs.mkdirSync(to, { recursive: true });
    fs.copyFileSync(from, path.join(to, rel));
  }
}

test('VS Code (code-server) with the extension: problem, hover, inlay hint, quick fix, report webview', { timeout: 420_000 }, async (t) => {
  const pw = loadPlaywright();
  const reason = missing([
    [fs.existsSync(CODE_SERVER), `code-server is not installed in ${path.relative(ROOT, DEPS)}`],
    [!!which(CHROMIUM), `no Chromium at ${CHROMIUM}`],
    [!!pw, 'playwright-core is not installed (npm ci)'],
    [fs.existsSync(path.join(ROOT, 'dist', 'server.js')) && fs.existsSync(path.join(ROOT, 'dist', 'client.js')), 'dist/server.js or dist/client.js is not built'],
  ]);
  if (reason) return skipOrFail(t, 'code-server e2e', reason);

  const started = Date.now();
  const times: string[] = [];
  const mark = (what: string) => times.push(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (/\.(png|log)$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  fs.rmSync(path.join(ARTIFACTS, 'vscode-logs'), { recursive: true, force: true });

  const base = tempDir('initlint-e2e-');
  const workspace = path.join(base, 'workspace');
  const userData = path.join(base, 'user-data');
  const extensions = path.join(base, 'extensions');
  fs.mkdirSync(workspace, { recursive: true });
  for (const f of ['bad_zero_hidden_layer.py', 'good_mlp.py']) fs.copyFileSync(path.join(ROOT, 'examples', f), path.join(workspace, f));
  // A TensorFlow.js model in JavaScript (issue 7): its diagnostic and its fix in TF.js idiom.
  fs.copyFileSync(path.join(ROOT, 'examples', 'tfjs', 'bad_zero_hidden_layer.js'), path.join(workspace, 'tfjs_zero_hidden_layer.js'));
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  installUnpackedExtension(extensions);
  const port = await freePort();
  const config = path.join(base, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const consoleLog: string[] = [];
  const shots: string[] = [];
  const csLog = fs.openSync(path.join(ARTIFACTS, 'code-server.log'), 'w');
  try {
    // detached: the child calls setsid(), so it and everything it starts form one process group we stop at the end.
    server = spawn(
      CODE_SERVER,
      [
        '--config', config,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--user-data-dir', userData,
        '--extensions-dir', extensions,
        '--ignore-last-opened',
        workspace,
      ],
      {
        detached: true,
        stdio: ['ignore', csLog, csLog],
        env: { ...process.env, XDG_CONFIG_HOME: path.join(base, 'xdg-config'), XDG_DATA_HOME: path.join(base, 'xdg-data'), XDG_CACHE_HOME: path.join(base, 'xdg-cache') },
      },
    );
    const serverExit = new Promise<string>((resolve) => server!.on('exit', (code, signal) => resolve(`code-server exited (${code ?? signal})`)));
    await until(
      async () => {
        const r = await Promise.race([fetch(`http://127.0.0.1:${port}/healthz`).then((x) => x.ok), serverExit.then((m) => Promise.reject(new Error(m)))]);
        return r;
      },
      'code-server /healthz',
      90_000,
    );
    mark('code-server up');

    browser = await pw!.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'good_mlp.py' }).waitFor({ timeout: 60_000 });
    mark('workbench loaded');

    await openFile(page, 'bad_zero_hidden_layer.py');
    await until(async () => (await editorLines(page)).some((l) => l.includes('nn.init.zeros_(self.fc2.weight)')), 'the file in the editor');
    mark('file open');

    await t.test('the IL001 problem: a squiggle in the editor and a row in the Problems panel', async () => {
      await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
      await runCommand(page, 'View: Focus Problems');
      const problems = page.locator('.markers-panel');
      await until(async () => /IL001/.test((await problems.first().textContent()) ?? ''), 'IL001 in the Problems panel', 30_000);
      const text = (await problems.first().textContent()) ?? '';
      assert.match(text, /IL001/);
      assert.match(text, /fc2/);
      assert.match(text, /initlint/);
      await shot(page, '01-problems.png', shots);
      mark('problem shown');
    });

    await t.test('hover on the fc2 layer: fan_in and variance', async () => {
      // Back to the editor, cursor out of the way.
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      const hover = page.locator('.monaco-hover:not(.hidden)');
      const text = await until(
        async () => {
          const at = await textPoint(page, 'self.fc2 = nn.Linear', 'Linear');
          if (!at) return undefined;
          await page.mouse.move(at.x - 40, at.y + 60);
          await sleep(100);
          await page.mouse.move(at.x, at.y, { steps: 4 });
          await hover.filter({ hasText: 'fan_in' }).first().waitFor({ state: 'visible', timeout: 5_000 });
          return (await hover.filter({ hasText: 'fan_in' }).first().textContent()) ?? undefined;
        },
        'the hover on nn.Linear of fc2',
        45_000,
        500,
      );
      assert.match(text, /fc2/);
      assert.match(text, /fan_in\W+512/);
      assert.match(text, /variance/i);
      await sleep(700); // the hover fades in
      await shot(page, '02-hover.png', shots);
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
      mark('hover shown');
    });

    await t.test('after a probe, the hover shows measured values next to the predicted ones', async () => {
      // The first hover started a probe of the model in a worker; hovering again shows its result.
      const hover = page.locator('.monaco-hover:not(.hidden)');
      const text = await until(
        async () => {
          await page.mouse.move(5, 450);
          await page.keyboard.press('Escape');
          await sleep(300);
          const at = await textPoint(page, 'self.fc1 = nn.Linear', 'Linear');
          if (!at) return undefined;
          await page.mouse.move(at.x, at.y, { steps: 4 });
          await hover.filter({ hasText: 'fan_in' }).first().waitFor({ state: 'visible', timeout: 5_000 });
          const t = (await hover.filter({ hasText: 'fan_in' }).first().textContent()) ?? '';
          return /measured \(probe on/.test(t) ? t : undefined;
        },
        'measured values in the hover',
        90_000,
        1_000,
      );
      assert.match(text, /predicted/);
      assert.match(text, /measured \(probe on (wasm|cpu|webgpu|tfjs-node)/);
      await sleep(700);
      await shot(page, '02b-hover-measured.png', shots);
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
      mark('measured hover shown');
    });

    await t.test('an inlay hint `q …` at the end of the layer lines', async () => {
      const lines = await until(async () => {
        const ls = await editorLines(page);
        const hinted = ls.filter((l) => /nn\.Linear\(.*\)\s*q \S+/.test(l));
        return hinted.length > 0 ? hinted : undefined;
      }, 'inlay hint text after a layer line', 30_000);
      assert.ok(lines.some((l) => l.includes('self.fc1 = nn.Linear')), `hints: ${lines.join(' | ')}`);
      const box = await textPoint(page, 'self.fc1 = nn.Linear', 'q ', true);
      assert.ok(box, 'the hint is rendered on screen');
      await shot(page, '03-inlay-hints.png', shots);
      mark('inlay hints shown');
    });

    await t.test('quick fix with the keyboard: Ctrl+. then Enter applies the preferred Kaiming fix', async () => {
      const at = await textPoint(page, 'nn.init.zeros_(self.fc2.weight)', 'zeros_');
      assert.ok(at, 'the zeros_ call on screen');
      await page.mouse.click(at.x, at.y);
      const menu = page.locator('.action-widget');
      await until(
        async () => {
          await page.keyboard.press('Control+Period');
          await menu.filter({ hasText: /kaiming/i }).first().waitFor({ state: 'visible', timeout: 5_000 });
          return true;
        },
        'the quick fix menu',
        30_000,
        500,
      );
      const items = ((await menu.first().textContent()) ?? '').trim();
      assert.match(items, /Suppress IL001/);
      await shot(page, '04-quickfix-menu.png', shots);
      await page.keyboard.press('Enter');
      await until(async () => (await editorLines(page)).some((l) => l.includes("kaiming_normal_(self.fc2.weight, nonlinearity='relu')")), 'the fixed line in the editor', 20_000);
      await until(async () => (await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').count()) === 0, 'the squiggle gone', 30_000);
      const problems = page.locator('.markers-panel');
      await until(async () => !/IL001/.test((await problems.first().textContent()) ?? ''), 'IL001 gone from the Problems panel', 30_000);
      await shot(page, '05-fixed.png', shots);
      mark('quick fix applied');
    });

    await t.test('"initlint: Show Propagation Report" opens a webview with the report', async () => {
      await openFile(page, 'good_mlp.py');
      await until(async () => (await editorLines(page)).some((l) => l.includes('def make_mlp')), 'good_mlp.py in the editor');
      await runCommand(page, 'initlint: Show Propagation Report');
      const frame = await until(
        async () => {
          for (const f of page.frames()) {
            const html = await f.content().catch(() => '');
            if (/<svg|<table/i.test(html) && /Linear|make_mlp|model/i.test(html)) return f;
          }
          return undefined;
        },
        'the report webview frame',
        60_000,
        500,
      ) as Frame;
      assert.ok(await page.locator('iframe.webview').count(), 'a webview iframe in the workbench');
      const body = (await frame.locator('body').textContent()) ?? '';
      assert.ok(/Linear/.test(body), `report text mentions the layers: ${body.slice(0, 300)}`);
      await sleep(1_000);
      await shot(page, '06-report.png', shots);
      mark('report shown');
    });

    await t.test('a TensorFlow.js model in JavaScript: the IL001 problem and its heNormal quick fix', async () => {
      await openFile(page, 'tfjs_zero_hidden_layer.js');
      await until(async () => (await editorLines(page)).some((l) => l.includes("kernelInitializer: 'zeros'")), 'the TF.js file in the editor');
      const problems = page.locator('.markers-panel');
      await until(async () => /IL001/.test((await problems.first().textContent()) ?? ''), 'IL001 for the TF.js model in the Problems panel', 60_000);
      await shot(page, '07-tfjs-problem.png', shots);
      const at = await textPoint(page, "kernelInitializer: 'zeros'", 'zeros');
      assert.ok(at, 'the zeros initializer on screen');
      await page.mouse.click(at.x + 5, at.y);
      const menu = page.locator('.action-widget');
      await until(
        async () => {
          await page.keyboard.press('Control+Period');
          await menu.filter({ hasText: /heNormal/ }).first().waitFor({ state: 'visible', timeout: 5_000 });
          return true;
        },
        'the TF.js quick fix menu',
        30_000,
        500,
      );
      await page.keyboard.press('Enter');
      await until(async () => (await editorLines(page)).some((l) => l.includes("kernelInitializer: 'heNormal'")), 'the fixed TF.js line', 20_000);
      await until(async () => !/IL001/.test((await problems.first().textContent()) ?? ''), 'IL001 gone for the TF.js model', 30_000);
      await shot(page, '08-tfjs-fixed.png', shots);
      mark('TF.js quick fix applied');
    });
  } finally {
    fs.writeFileSync(path.join(ARTIFACTS, 'browser-console.log'), consoleLog.join('\n'));
    await browser?.close().catch(() => undefined);
    await killGroup(server);
    fs.closeSync(csLog);
    copyLogs(path.join(userData, 'logs'), path.join(ARTIFACTS, 'vscode-logs'));
    fs.rmSync(base, { recursive: true, force: true });
    process.stdout.write(`# code-server e2e timings: ${times.join(', ')}\n# screenshots: ${shots.map((s) => path.relative(ROOT, s)).join(', ')}\n`);
  }
});

// The body of an analysis worker thread (dist/analysis-worker.js beside the server bundle,
// out/server/analysis-worker.js under tsc). It runs one job at a time, as the pool sends them: it
// analyses a document (keeping the document's tree-sitter tree, edited and re-parsed incrementally
// from version to version), or renders a report. It reads pyproject.toml itself, so the main thread
// never touches the disk for a document.
import { parentPort, workerData } from 'node:worker_threads';
import { Edit } from 'web-tree-sitter';
import { analyzeText, ready } from '../engine/analyze';
import { mentionsModelFramework, parsePython, type Tree } from '../engine/frontends/python';
import { renderReportHtml } from '../engine/report';
import { ANALYSIS_WORKER_MARK, type AnalyseJob, type FromWorker, type ToWorker } from './analysis-protocol';
import { fileResolver } from '../engine/workspace/resolver';
import { mergeOptions, projectSettings, setWorkspaceFolders } from './project-config';

/** The tree of each document this worker analysed last, at the version it was parsed for. */
const trees = new Map<string, { version: string; tree: Tree }>();

function forget(key: string): void {
  trees.get(key)?.tree.delete();
  trees.delete(key);
}

/** The document's tree at its current text: re-parsed from the held tree when the edits chain onto it. */
function treeFor(job: AnalyseJob): { tree?: Tree; parse: 'incremental' | 'full' | 'none' } {
  const doc = job.document;
  if (!doc.incremental || !mentionsModelFramework(doc.text)) {
    forget(doc.key);
    return { parse: 'none' };
  }
  const held = trees.get(doc.key);
  let old: Tree | undefined;
  if (held && held.version === doc.version) return { tree: held.tree, parse: 'none' };
  if (held && doc.edits && held.version === doc.edits.base) {
    for (const e of doc.edits.list) held.tree.edit(new Edit(e));
    old = held.tree;
  }
  trees.delete(doc.key);
  try {
    const tree = parsePython(doc.text, old);
    trees.set(doc.key, { version: doc.version, tree });
    return { tree, parse: old ? 'incremental' : 'full' };
  } finally {
    held?.tree.delete();
  }
}

/** The folders last set, so that the settings cache is cleared only when they change. */
let folders = '';

function analyse(job: AnalyseJob): FromWorker {
  const t0 = performance.now();
  const key = JSON.stringify(job.workspaceFolders);
  if (key !== folders) {
    folders = key;
    setWorkspaceFolders(job.workspaceFolders);
  }
  const doc = job.document;
  const { tree, parse } = treeFor(job);
  // Untitled documents have no folder to look for a pyproject.toml in.
  const onDisk = doc.path.startsWith('/') || /^[A-Za-z]:/.test(doc.path);
  const project = onDisk ? projectSettings(doc.path) : {};
  const options = { ...mergeOptions(doc.path, project.settings, job.options.analyze, job.options.editorSetBand) };
  // Imported project modules: the editor's text when open, the file on disk otherwise; read afresh
  // for each job, so a module saved or edited since is seen by the next analysis.
  if (onDisk) {
    const open = new Map(job.openFiles.map((f) => [f.path, f.text]));
    options.resolver = fileResolver((file) => open.get(file));
  }
  const analysis = analyzeText(doc.path, doc.text, options, tree);
  return { type: 'analysed', id: job.id, analysis, parse, ms: performance.now() - t0, ...(project.error ? { configError: project.error } : {}) };
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

export function serveAnalysis(): void {
  const port = parentPort;
  if (!port) return;
  // Jobs run strictly one after the other (the pool sends the next one only after an answer), but
  // a `forget` may arrive while the parser is still loading: chain everything on one promise.
  let loadError: string | undefined;
  let chain: Promise<void> = ready().then(
    () => undefined,
    (err: unknown) => {
      loadError = `the Python parser could not be loaded: ${describe(err)}`;
    },
  );
  port.on('message', (msg: ToWorker) => {
    chain = chain.then(async () => {
      if (msg.type === 'forget') return forget(msg.key);
      let answer: FromWorker;
      try {
        if (loadError) throw new Error(loadError);
        answer = msg.type === 'analyse' ? analyse(msg) : { type: 'rendered', id: msg.id, html: await renderReportHtml(msg.report, { driftBand: msg.driftBand }) };
      } catch (err) {
        if (msg.type === 'analyse') forget(msg.document.key);
        answer = { type: 'failed', id: msg.id, error: describe(err) };
      }
      try {
        port.postMessage(answer);
      } catch (err) {
        // A value the structured clone cannot copy is a programming error; say so rather than hang.
        port.postMessage({ type: 'failed', id: msg.id, error: `the result could not be sent to the server: ${describe(err)}` } satisfies FromWorker);
      }
    });
  });
}

if (parentPort && (workerData as Record<string, unknown> | null)?.[ANALYSIS_WORKER_MARK]) serveAnalysis();

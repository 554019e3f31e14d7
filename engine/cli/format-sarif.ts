// SARIF 2.1.0 output, shaped for GitHub code scanning: one run, tool.driver with every rule, results
// with 1-based regions (columns in UTF-16 code units, the SARIF default, stated in `columnKind`;
// lines broken at `\r\n`, `\n` and a lone `\r` as LSP and the engine count them, stated in
// `newlineSequences`, whose default leaves out the lone `\r`), URIs relative to
// %SRCROOT% (the current folder), fixes as artifact changes, and a stable partial fingerprint per
// result. Notes (skipped files, syntax errors, internal errors) become tool execution notifications.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleDoc } from '../rules/types';
import type { Severity } from '../model/finding';
import type { SourceRange } from '../model/graph';
import type { FileResult } from './check-file';
import type { PackageInfo } from './package-info';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function sarifLevel(sev: Severity): 'error' | 'warning' | 'note' {
  return sev === 'error' ? 'error' : sev === 'warning' ? 'warning' : 'note';
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function region(r: SourceRange): SarifRegion {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A relative URI under %SRCROOT% for files inside `cwd`, an absolute file: URI otherwise. */
export function artifactLocation(displayPath: string, cwd: string): ArtifactLocation {
  const abs = path.resolve(cwd, displayPath);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

function firstParagraph(markdown: string): string | undefined {
  for (const block of markdown.split(/\n\s*\n/)) {
    const text = block
      .split('\n')
      .filter((line) => !/^\s*#/.test(line))
      .join('\n')
      .trim();
    if (!text || text.startsWith('```')) continue;
    return text.replace(/\s*\n\s*/g, ' ').replace(/`/g, '');
  }
  return undefined;
}

export function sarifRule(rule: RuleDoc): Record<string, unknown> {
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: firstParagraph(rule.doc) ?? rule.summary },
    help: { text: rule.doc || rule.summary, markdown: rule.doc || rule.summary },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    properties: { tags: ['initialization', 'neural-networks'] },
  };
}

export function toSarif(results: FileResult[], rules: readonly RuleDoc[], pkg: PackageInfo, cwd: string, executionSuccessful: boolean): Record<string, unknown> {
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const sarifResults: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const file of results) {
    const artifact = artifactLocation(file.path, cwd);
    for (const f of file.findings) {
      const result: Record<string, unknown> = {
        ruleId: f.code,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(f.range) } }],
        partialFingerprints: { 'initlint/v1': f.fingerprint },
      };
      const index = ruleIndex.get(f.code);
      if (index !== undefined) result['ruleIndex'] = index;
      if (f.fixes.length > 0) {
        const fixes = [...f.fixes].sort((a, b) => Number(b.preferred === true) - Number(a.preferred === true));
        result['fixes'] = fixes.map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation: artifact,
              replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      }
      if (f.related && f.related.length > 0) {
        result['relatedLocations'] = f.related.map((r, i) => ({
          id: i + 1,
          message: { text: r.message },
          physicalLocation: { artifactLocation: artifact, region: region(r.range) },
        }));
      }
      sarifResults.push(result);
    }
    for (const n of file.notes) {
      const physicalLocation: Record<string, unknown> = { artifactLocation: artifact };
      if (n.range) physicalLocation['region'] = region(n.range);
      notifications.push({
        level: n.kind === 'internal' || n.kind === 'io' ? 'error' : 'note',
        message: { text: n.message },
        locations: [{ physicalLocation }],
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'initlint',
            informationUri: pkg.informationUri,
            version: pkg.version,
            semanticVersion: pkg.version,
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        // Ordered: "\r\n" before "\r", so that a CRLF is one line end.
        newlineSequences: ['\r\n', '\n', '\r'],
        invocations: [{ executionSuccessful, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
}

// The diagnostics each analysed subject (a document or a notebook) has to say about each uri, and
// what is published for a uri: the union of what every subject says about it. A uri can hear from
// several subjects: its own analysis, and that of every open file importing it (a zeroed layer in
// `blocks.py`, found through `model.py`'s model). LSP replaces a uri's diagnostics on each publish,
// so a uri is always sent the whole union, once per change, with duplicates (the same code, range
// and message from two subjects) shown once.
import type { Diagnostic } from 'vscode-languageserver';

export class DiagnosticBoard {
  private readonly bySubject = new Map<string, Map<string, Diagnostic[]>>();

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => void) {}

  /** What subject `key` now says, per uri; every uri it said or says something about is sent again. */
  set(key: string, next: Map<string, Diagnostic[]>): void {
    const before = this.bySubject.get(key);
    if (next.size > 0) this.bySubject.set(key, next);
    else this.bySubject.delete(key);
    for (const uri of new Set([...(before?.keys() ?? []), ...next.keys()])) this.send(uri, this.merged(uri));
  }

  /** The subject is gone (closed, disabled): what it said is withdrawn. */
  clear(key: string): void {
    this.set(key, new Map());
  }

  /** The uris subject `key` has diagnostics on. */
  urisOf(key: string): string[] {
    return [...(this.bySubject.get(key)?.keys() ?? [])];
  }

  /** The union for one uri, in subject order, each diagnostic once. */
  merged(uri: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const byUri of this.bySubject.values()) {
      for (const d of byUri.get(uri) ?? []) {
        const key = `${String(d.code)}:${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}:${d.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
    }
    return out;
  }
}

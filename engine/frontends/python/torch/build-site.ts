// Where a fix inserts PyTorch init code for a model, and how each layer is reached from there
// (`self.blocks[0].fc1`, `net[2]`), so that an inserted `nn.init.*` statement names the layer.
import type { Model } from '../../../model/graph';
import type { RootModel } from '../eval/interpreter';
import type { SyntaxNode } from '../syntax';
import type { ModuleObj } from '../eval/values';

/** Where inserted init code goes, with each layer's access path from there recorded. */
export function buildSite(r: RootModel, indentAt: (line: number) => string): Model['buildSite'] {
  const site = siteOf(r, indentAt);
  if (site) setAccess(r.module, site.receiver);
  return site;
}

/** The end of __init__ for classes, after the building statement otherwise. */
function siteOf(r: RootModel, indentAt: (line: number) => string): Model['buildSite'] {
  const cls = r.module.classChain?.[0];
  if (cls) {
    const init = cls.def
      .childForFieldName('body')
      ?.namedChildren.find((d) => d?.type === 'function_definition' && d.childForFieldName('name')?.text === '__init__');
    const body = init?.childForFieldName('body');
    const stmts = body?.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment') ?? [];
    const last = stmts[stmts.length - 1];
    if (!last) return undefined;
    return { after: { line: last.endPosition.row, character: last.endPosition.column }, indent: indentAt(stmts[0]!.startPosition.row), receiver: 'self' };
  }
  if (r.statement) return { after: r.statement.end, indent: indentAt(r.statement.start.line), receiver: r.name };
  return undefined;
}

/** Records how each layer is reached from the build site: `self.blocks[0].fc1`, `net[2]`. */
function setAccess(m: ModuleObj, access: string, seen = new Set<ModuleObj>()): void {
  if (seen.has(m)) return;
  seen.add(m);
  if (m.layer && m.layer.access === undefined) m.layer.access = access;
  const indexed = m.containerKind === 'ParameterList' || m.containerKind === 'ParameterDict';
  for (const [name, pl] of m.paramLayers) {
    if (pl.kind !== 'Parameter' || pl.access !== undefined) continue;
    pl.access = indexed ? `${access}[${/^\d+$/.test(name) ? name : JSON.stringify(name)}]` : `${access}.${name}`;
  }
  // An unmodelled module's children (`WeightDrop(rnn)`) are reached in a way initlint does not know.
  if (m.kind === 'other') return;
  for (const [name, child] of m.children) {
    // Named children of any container are attributes in PyTorch (`seq.fc1`, `dict.h`); numbered ones are indexed.
    const identifier = /^[A-Za-z_]\w*$/.test(name);
    const step = m.kind !== 'container' || identifier ? `.${name}` : /^\d+$/.test(name) ? `[${name}]` : `[${JSON.stringify(name)}]`;
    setAccess(child, access + step, seen);
  }
}

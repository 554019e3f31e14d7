// The shape of a framework's initializer catalogue: every name and alias it accepts, the
// parameter order, and a function from bound arguments and weight shape to the result.
import type { CallArgs, Dim } from '../../model/graph';
import { bindArgs, type BoundArgs, type Signature } from '../args';
import type { Draft } from '../distributions';
import type { InitFamily } from '../types';

export interface CatalogueEntry {
  /** The name the framework defines it under. */
  canonical: string;
  /** Every other spelling that resolves to it (string aliases, deprecated names, tensor methods). */
  aliases: readonly string[];
  family: InitFamily;
  /** Parameters after the tensor (PyTorch) or of the constructor/factory (Keras, TF.js, Flax), in order. */
  signature: Signature;
  /**
   * The result for a weight of this shape, as the framework lays it out. Reads only the arguments
   * it uses, so an unresolved argument that does not matter leaves the result known.
   */
  describe(args: BoundArgs, shape: readonly Dim[]): Draft;
  /** Per-alias remarks (a spelling that only works through a config conversion). */
  aliasNotes?: Readonly<Record<string, string>>;
}

export interface Catalogue {
  /** Entry for a name or alias (exact, case-sensitive as the frameworks are). */
  lookup(name: string): CatalogueEntry | undefined;
  entries: readonly CatalogueEntry[];
  /** Every accepted name, canonical names and aliases. */
  names(): string[];
}

export function makeCatalogue(entries: readonly CatalogueEntry[]): Catalogue {
  const byName = new Map<string, CatalogueEntry>();
  for (const e of entries) {
    for (const n of [e.canonical, ...e.aliases]) {
      if (byName.has(n)) throw new Error(`engine/init: duplicate initializer name '${n}'`);
      byName.set(n, e);
    }
  }
  return {
    lookup: (name) => byName.get(name),
    entries,
    names: () => [...byName.keys()],
  };
}

/**
 * Runs an entry: binds the arguments to its signature and describes the shape. Moments are dropped
 * when an argument it read is unresolved, missing or of the wrong type.
 */
export function applyEntry(entry: CatalogueEntry, args: CallArgs | undefined, shape: readonly Dim[]): Draft {
  const b = bindArgs(entry.signature, args);
  const d = entry.describe(b, shape);
  const out: Draft = { ...d, canonical: entry.canonical };
  if (b.problems.length > 0 && out.moments) {
    delete out.moments;
    out.note = [out.note, ...b.problems].filter(Boolean).join('; ');
  } else if (b.problems.length > 0 && !out.note) {
    out.note = b.problems.join('; ');
  }
  return out;
}

// Flax fixes: `kernel_init=nn.initializers.he_normal()` in the file's own spelling of
// flax.linen.initializers / flax.nnx.initializers / jax.nn.initializers (an explicit initializer
// keeps the module prefix it was written with). Nothing is imported: without an import that reaches
// an initializers module there is no fix. Layers on their default get the argument added.
import type { Fix } from '../../model/finding';
import type { LayerFacts, ParamFacts } from '../../analysis';
import type { SourceText } from '../../analysis/source';
import type { FrameworkFixer } from './index';
import { addArgumentEdit, type Choice, choicesFor, initArgOf, quoteOf, scanArgs, spellImported } from './keras';

const FLAX_INIT_MODULES = ['flax.linen.initializers', 'flax.nnx.initializers', 'jax.nn.initializers'];

function flaxText(choice: Choice, prefix: string, quote: string): string {
  if (choice.preset) return `${prefix}${choice.preset}()`;
  const s = choice.scaling!;
  return `${prefix}variance_scaling(${s.scale}, ${quote}${s.mode}${quote}, ${quote}${s.distribution}${quote})`;
}

/** The initializers module this file reaches: nnx files prefer nnx.initializers, then linen's, then JAX's. */
function modulePrefix(source: SourceText, ctor: string): string | undefined {
  const order = /(^|\.)nnx\./.test(ctor) ? ['flax.nnx.initializers', 'flax.linen.initializers', 'jax.nn.initializers'] : FLAX_INIT_MODULES;
  for (const q of order) {
    const s = spellImported(source, [q]);
    if (s !== undefined) return `${s}.`;
  }
  return undefined;
}

export const FLAX_FIXER: FrameworkFixer = {
  initFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, activation, modeFanOut): Fix[] {
    const layer = facts.layer;
    const arg = initArgOf(layer, param);
    if (!arg) return [];
    const init = param.spec.init;
    const quote = quoteOf(source, source.slice(layer.range));
    const fixes: Fix[] = [];
    const choices = choicesFor(activation, modeFanOut);
    if (init.source === 'explicit') {
      if (!init.callRange) return [];
      const old = source.slice(init.callRange);
      // `nn.initializers.normal(1.0)` -> `nn.initializers.he_normal()`: the same module as written.
      const written = /^([\w.]*\binitializers\.)\w+/.exec(old)?.[1];
      const prefix = written ?? modulePrefix(source, layer.ctor);
      if (prefix === undefined) return [];
      for (const choice of choices) {
        const text = flaxText(choice, prefix, quote);
        if (text === old) continue;
        fixes.push({ title: `Initialize with ${choice.label}: ${arg}=${text}`, edits: [{ range: init.callRange, newText: text }], ...(fixes.length === 0 ? { preferred: true } : {}) });
      }
      return fixes;
    }
    const prefix = modulePrefix(source, layer.ctor);
    const args = scanArgs(source, layer.range);
    // Flax Dense takes (features, use_bias, dtype, param_dtype, precision, kernel_init): keyword-only in practice.
    if (prefix === undefined || !args || args.positional > 4) return [];
    for (const choice of choices) {
      const text = flaxText(choice, prefix, quote);
      fixes.push({ title: `Initialize with ${choice.label}: add ${arg}=${text}`, edits: [addArgumentEdit(source, args, arg, text)], ...(fixes.length === 0 ? { preferred: true } : {}) });
    }
    return fixes;
  },
};

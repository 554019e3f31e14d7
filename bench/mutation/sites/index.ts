// All fault sites of one file: every framework's finder over the text (a file may mix, e.g. TF
// variables and Keras layers), explicit initializer objects attributed to Keras or TensorFlow by
// the file's imports, duplicates (the same edit found twice) dropped.
import type { Source } from '../source';
import type { Site } from '../mutant';
import { flaxSites } from './flax';
import { explicitInitializerSites, kerasSites, usesKeras } from './keras';
import { pytorchSites } from './pytorch';
import { tensorflowSites, tfAlias } from './tensorflow';
import { tfjsSites } from './tfjs';

export function findSites(src: Source): Site[] {
  const all: Site[] = [];
  if (src.lang === 'js') all.push(...tfjsSites(src));
  else {
    all.push(...pytorchSites(src), ...kerasSites(src), ...tensorflowSites(src), ...flaxSites(src));
    if (usesKeras(src.text)) all.push(...explicitInitializerSites(src, 'keras'));
    else if (tfAlias(src.text)) all.push(...explicitInitializerSites(src, 'tensorflow'));
  }
  const seen = new Set<string>();
  return all.filter((s) => {
    const original = src.line(s.edit.line);
    if (s.edit.kind === 'replace' && s.edit.text === original) return false;
    const key = `${s.edit.kind}:${s.edit.line}:${s.edit.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

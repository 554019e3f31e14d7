// The Keras plug-in (Keras 3, tf.keras, tf_keras): the names it owns (`keras.*`,
// `tensorflow.keras.*`), the model and layer base classes, and the calls that build models:
// Sequential, the functional API (Input, layer calls, Model(inputs, outputs)), layer
// constructors (keras/layers.ts), initializers, activations and merges. Module objects of Keras
// models are applied by the shared shape-aware machinery (shaped/models.ts).
import { ROOT_TRACE } from '../../shared/trace';
import type { Ctx } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import type { Value } from '../eval/values';
import type { ClassBase, FrameworkPlugin } from '../plugin';
import { otherModule } from '../shaped/layer-build';
import type { ShapedModels } from '../shaped/models';
import { compact, merge, tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { activationCall } from './functions';
import { isKerasBase, kerasInitializerCall, kerasInputShape, kerasLayer, kerasPath } from './layers';

export class KerasPlugin implements FrameworkPlugin {
  readonly name = 'keras';

  constructor(private readonly shaped: ShapedModels) {}

  classBase(q: string): ClassBase | undefined {
    const path = kerasPath(q);
    return path !== undefined && isKerasBase(path) ? { framework: 'keras' } : undefined;
  }

  ownsName(q: string): boolean {
    return kerasPath(q) !== undefined;
  }

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    const path = kerasPath(q)!;
    if (path === 'Sequential' || path === 'models.Sequential') return this.shaped.sequential('keras', positional[0] ?? keyword.get('layers'), node, keyword);
    if (path === 'Model' || path === 'models.Model') return this.shaped.functionalModel(positional, keyword, node);
    if (path === 'Input' || path === 'layers.Input') return tensor(ROOT_TRACE(), kerasInputShape(positional, keyword));
    if (path.startsWith('initializers.')) return kerasInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (path.startsWith('applications.')) return { k: 'module', m: otherModule('keras', q, compact(node.text)) };
    const x = positional[0];
    if (path.startsWith('activations.') || path.startsWith('ops.')) {
      if (x?.k !== 'tensor') return undefined;
      return activationCall(path.slice(path.indexOf('.') + 1), path.startsWith('ops.') ? 'keras.ops' : 'keras', x, positional, keyword, node);
    }
    const layer = /^layers\.(?:\w+\.)*(\w+)$/.exec(path);
    if (!layer) return undefined;
    const cls = layer[1]!;
    if (/^[a-z]/.test(cls)) {
      // Functional merges: layers.add([x, y]), layers.concatenate([...]).
      const items = x?.k === 'seq' ? x.items : positional;
      return merge(cls === 'add' ? 'add' : 'other', items, node);
    }
    const m = kerasLayer(this.shaped.layerCall(q, cls, positional, keyword, ctx, node), cls) ?? otherModule('keras', `keras.layers.${cls}`, compact(node.text));
    return { k: 'module', m };
  }
}

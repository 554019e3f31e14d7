// The Keras plug-in (Keras 3, tf.keras, tf_keras): the names it owns (`keras.*`,
// `tensorflow.keras.*`), the model and layer base classes, and the calls that build models:
// Sequential, the functional API (Input, layer calls, Model(inputs, outputs)), layer
// constructors (keras/layers.ts), initializers, activations and merges. Module objects of Keras
// models are applied by the shared shape-aware machinery (shaped/models.ts).
import { ROOT_TRACE } from '../../shared/trace';
import type { Ctx } from '../eval/interpreter';
import { rangeOf } from '../eval/nodes';
import { NONE, type Value } from '../eval/values';
import type { ClassBase, FrameworkPlugin } from '../plugin';
import { otherModule } from '../shaped/layer-build';
import type { ShapedModels } from '../shaped/models';
import { compact, merge, tensor } from '../shaped/tensors';
import type { SyntaxNode } from '../syntax';
import { activationCall } from './functions';
import { isKerasWeight, weightProduct } from './weights';
import { isKerasBase, kerasInitializerCall, kerasInputShape, kerasLayer, kerasPath } from './layers';

/** The functional model class under its public and tf.keras 2 engine names (`training.Model(inputs, x)`). */
const FUNCTIONAL_MODEL = new Set(['Model', 'models.Model', 'engine.training.Model', 'engine.functional.Functional']);

/** What `super().__init__` names when the base class is a library class (see eval/attributes.ts). */
const SUPER_INIT = '__super__.__init__';

export class KerasPlugin implements FrameworkPlugin {
  readonly name = 'keras';

  constructor(private readonly shaped: ShapedModels) {}

  classBase(q: string): ClassBase | undefined {
    const path = kerasPath(q);
    return path !== undefined && isKerasBase(path) ? { framework: 'keras' } : undefined;
  }

  /** `x @ self.w` with a weight the layer made with add_weight. */
  binary(op: string, a: Value, b: Value, node: SyntaxNode): Value | undefined {
    if (op === '@' && a.k === 'tensor' && isKerasWeight(b)) return weightProduct(a, b, false, node);
    return undefined;
  }

  ownsName(q: string): boolean {
    return kerasPath(q) !== undefined || q === SUPER_INIT;
  }

  callLib(q: string, positional: Value[], keyword: Map<string, Value>, ctx: Ctx, node: SyntaxNode): Value | undefined {
    if (q === SUPER_INIT) {
      // `super().__init__(inputs=..., outputs=...)` in a model class's __init__ (a library base's __init__).
      if (ctx.self?.k === 'module') this.shaped.functionalSubclass(ctx.self.m, positional, keyword);
      return NONE;
    }
    const path = kerasPath(q)!;
    // tf.keras 2 / tf_keras applications: `layers = VersionAwareLayers()` is the layers namespace.
    if (path === 'layers.VersionAwareLayers') return { k: 'lib', name: q.slice(0, q.lastIndexOf('.')) };
    if (path === 'Sequential' || path === 'models.Sequential' || FUNCTIONAL_MODEL.has(path)) {
      const model = path.endsWith('Sequential') ? this.shaped.sequential('keras', positional[0] ?? keyword.get('layers'), node, keyword) : this.shaped.functionalModel(positional, keyword, node);
      this.shaped.noteCreated(model, node, ctx);
      return model;
    }
    if (path === 'Input' || path === 'layers.Input') return tensor(ROOT_TRACE(), kerasInputShape(positional, keyword));
    if (path.startsWith('initializers.')) return kerasInitializerCall(q, positional, keyword, compact(node.text), rangeOf(node));
    if (path.startsWith('applications.')) return { k: 'module', m: otherModule('keras', q, compact(node.text)) };
    const x = positional[0];
    // Keras 2 custom layers: `K.dot(x, self.kernel)`.
    if (path === 'backend.dot' && x?.k === 'tensor') return activationCall('dot', 'keras.ops', x, positional, keyword, node);
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

// TensorFlow rule fixtures (test/fixtures/tensorflow): raw-variable graphs (TF1 and TF2), tf.layers,
// get_variable, tf.Module and RNN cells; exact findings per `# expect:` marker, and every fix applied,
// re-parsed and re-checked.
import { registerFixtureTests } from '../python-keras/framework-fixtures';

registerFixtureTests('tensorflow', 3);

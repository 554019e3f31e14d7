// Keras rule fixtures (test/fixtures/keras): exact findings per `# expect:` marker, and every fix
// applied and re-checked.
import { registerFixtureTests } from './framework-fixtures';

registerFixtureTests('keras');

// Flax rule fixtures (test/fixtures/flax): exact findings per `# expect:` marker, and every fix
// applied and re-checked.
import { registerFixtureTests } from '../python-keras/framework-fixtures';

registerFixtureTests('flax');

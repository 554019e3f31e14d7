// Golden JSON for examples/flax (see ../python-keras/golden-helper.ts).
import { registerGoldenTests } from '../python-keras/golden-helper';

registerGoldenTests('flax');

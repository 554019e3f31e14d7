// Golden JSON for examples/tensorflow (see ../python-keras/golden-helper.ts).
import { registerGoldenTests } from '../python-keras/golden-helper';

registerGoldenTests('tensorflow');

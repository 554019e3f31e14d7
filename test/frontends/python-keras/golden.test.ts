// Golden JSON for examples/keras (see golden-helper.ts).
import { registerGoldenTests } from './golden-helper';

registerGoldenTests('keras');

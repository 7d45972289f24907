import { missingProbeSuite } from '../testing.js';

missingProbeSuite('liveness-probe', 'livenessProbe');

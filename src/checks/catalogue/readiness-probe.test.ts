import { missingProbeSuite } from '../testing.js';

missingProbeSuite('readiness-probe', 'readinessProbe');

import { missingResourceSuite } from '../testing.js';

missingResourceSuite('cpu-limits', 'limits', 'cpu');

import { missingResourceSuite } from '../testing.js';

missingResourceSuite('cpu-requests', 'requests', 'cpu');

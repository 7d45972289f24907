import { missingResourceSuite } from '../testing.js';

missingResourceSuite('memory-limits', 'limits', 'memory');

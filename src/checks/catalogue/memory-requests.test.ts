import { missingResourceSuite } from '../testing.js';

missingResourceSuite('memory-requests', 'requests', 'memory');

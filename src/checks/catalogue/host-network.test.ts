import { hostNamespaceSuite } from '../testing.js';

hostNamespaceSuite('host-network', 'hostNetwork');

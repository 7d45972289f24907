import { hostNamespaceSuite } from '../testing.js';

hostNamespaceSuite('host-pid', 'hostPID');

import { hostNamespaceSuite } from '../testing.js';

hostNamespaceSuite('host-ipc', 'hostIPC');

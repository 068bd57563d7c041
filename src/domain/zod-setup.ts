// zod 4 probes `new Function('')` to decide whether to compile validators; under the app's CSP
// (script-src 'self', no 'unsafe-eval') that probe is reported as a violation. Every module that
// defines schemas imports this file BEFORE zod's schemas are built, whatever chunk it lands in.
import { z } from 'zod';

z.config({ jitless: true });

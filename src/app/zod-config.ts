// zod 4 probes `Function('')` to decide whether to compile validators; under our CSP
// (script-src 'self', no 'unsafe-eval') that probe is a violation on every load. Turn it off
// before any schema module is evaluated, hence the first import of main.tsx.
import { z } from 'zod';

z.config({ jitless: true });

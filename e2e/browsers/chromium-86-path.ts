// Where scripts/fetch-chromium-86.ts puts the oldest supported Chromium (outside git, like node_modules).
import { fileURLToPath } from 'node:url';

export const CHROMIUM_86_PATH =
  process.env.CHROMIUM_86_PATH ??
  fileURLToPath(new URL('../../.cache/chromium-86/chromium', import.meta.url));

// Regenerates public/icons/*.png: `npx tsx src/ui/pwa/write-icons.ts` (the PNGs are committed;
// the build only copies them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodePng, ICON_FILES, iconPixels } from './icon-png';

const dir = new URL('../../../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const { name, size, maskable } of ICON_FILES) {
  writeFileSync(new URL(name, dir), encodePng(size, iconPixels(size, maskable)));
}

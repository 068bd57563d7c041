/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { BUILD_TARGET } from './scripts/build-guard/supported-browsers.ts';
import { legacyBrowserGuard } from './scripts/build-guard/vite-plugin.ts';

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    react(),
    // Offline (issue 8): the service worker precaches the whole built app, so nianbao opens and
    // works with no network. 'prompt': a new version waits until the user agrees (「立即更新」),
    // because a reload could drop an edit still being typed. injectRegister false: the worker is
    // registered by src/ui/pwa/update-prompt.tsx (virtual:pwa-register/react), so no inline
    // <script> is added to index.html (its CSP has script-src 'self').
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // Every icon is already a precached .png (globPatterns): listing them again would duplicate
      // precache entries (STACK.md).
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: '政府信息公开工作年度报告',
        short_name: '年报',
        description: '政府信息公开工作年度报告 填报、校验、审核与导出（本地离线可用）',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#b3261e',
        background_color: '#f6f7f9',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // STACK.md: adding svg/webmanifest here duplicates precache entries.
        globPatterns: ['**/*.{js,css,html,png,ico,woff2}'],
        // The lazily loaded Word/.docx chunks (docx, mammoth) must be cached too, or 导出Word and
        // .docx import would fail offline; they are larger than workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Hash routes all load index.html; any other navigation offline gets it as well.
        navigateFallback: 'index.html',
        // The first visit is controlled as soon as the worker activates (no reload needed to work
        // offline). Updates still wait for the user: skipWaiting stays false in 'prompt' mode.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
    // Last: checks every written file, the service worker included, and fails the build on
    // syntax or APIs the supported browsers lack.
    legacyBrowserGuard(),
  ],
  // Chromium ≥ 86 and Firefox ESR ≥ 115 (README): syntax lowered to ES2020 for them.
  build: { target: BUILD_TARGET, sourcemap: false, chunkSizeWarningLimit: 800 },
  // The file-reading worker (ui/import/read-file.worker.ts) loads mammoth only for a .docx, which
  // needs code splitting: an ES module worker (Chromium ≥ 80, Firefox ≥ 114).
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    testTimeout: 20000,
  },
});

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': resolve(__dirname, 'shared') };

export default defineConfig({
  // main and preload: electron-vite 5 externalizes dependencies by default (build.externalizeDeps).
  main: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: {
          // The Electron main process.
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The core, forked by main as a utility process.
          core: resolve(__dirname, 'electron/main/core-process.ts'),
          // The loopback web host, run by plain Node (npm run web).
          web: resolve(__dirname, 'electron/web/main.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot require modules, so it ships as one CommonJS file.
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    base: './',
    // pdf.js's worker is an ES module; the default (iife) would rewrap it and break its import.meta.
    worker: { format: 'es' },
    build: {
      // electron-vite leaves the renderer unminified by default; minified, the unlock screen's JS is ~40% smaller.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

/**
 * The database benchmark's own build: one page (index.html → page.ts) importing the app's
 * real db/, io/, store and persistence modules, built into bench/db/dist so it never
 * touches the app's dist/. No React is rendered, so no React or Tailwind plugin.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: here('./dist'),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 5000,
  },
  preview: { host: '127.0.0.1', port: 4186 },
  logLevel: 'warn',
});

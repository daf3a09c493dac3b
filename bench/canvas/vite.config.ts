/**
 * The canvas benchmark's own build: two pages over the same generated graph —
 * app.html (the real editor) and bare.html (a bare <ReactFlow>) — and open.html (the real
 * app booting from IndexedDB), built into
 * bench/canvas/dist so it never touches the app's dist/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Static assets and favicon of the app are not needed here.
  publicDir: false,
  plugins: [react(), tailwindcss()],
  // open.html boots the real app (src/main.tsx), whose update prompt imports the PWA plugin's virtual module.
  resolve: { alias: { 'virtual:pwa-register/react': here('./pwa-stub.ts') } },
  build: {
    target: 'es2022',
    outDir: here('./dist'),
    emptyOutDir: true,
    reportCompressedSize: false,
    // BENCH_MINIFY=0 keeps function names readable in BENCH_PROFILE's list.
    minify: process.env.BENCH_MINIFY !== '0',
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: { app: here('./app.html'), bare: here('./bare.html'), open: here('./open.html') },
    },
  },
  preview: { host: '127.0.0.1', port: 4180 },
  logLevel: 'warn',
});

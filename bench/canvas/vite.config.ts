/**
 * The canvas benchmark's own build: two pages over the same generated graph —
 * app.html (the real editor) and bare.html (a bare <ReactFlow>) — built into
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
  build: {
    target: 'es2022',
    outDir: here('./dist'),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: { app: here('./app.html'), bare: here('./bare.html') },
    },
  },
  preview: { host: '127.0.0.1', port: 4180 },
  logLevel: 'warn',
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    // The report of gzipped chunk sizes is how we track the initial JS budget (≤ 250 KB gzipped).
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});

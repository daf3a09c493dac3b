import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    // Installable and usable offline after the first visit. The service worker precaches the
    // whole build and serves only from that cache (no runtime caching: the app talks to no
    // other origin). 'prompt': a new version waits until the user chooses to reload
    // (src/app/UpdatePrompt.tsx), so an update never interrupts an edit. See docs/offline.md.
    VitePWA({
      registerType: 'prompt',
      // Registered by UpdatePrompt through virtual:pwa-register/react, not by an injected script.
      injectRegister: false,
      // No service worker under `vite` (dev): stale caches there would hide code changes.
      devOptions: { enabled: false },
      manifest: {
        name: 'Journey Designer',
        short_name: 'Journeys',
        description: 'Draw dynamic customer journeys (persona → event → decision → action) and compare static and dynamic routing.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d4ed8',
        background_color: '#f8fafc',
        // Made from public/favicon.svg by scripts/make-icons.ts.
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the build emits, including the lazily loaded chunks (simulator, layout,
        // condition builder, image export) and the simulation worker, which must load offline
        // although the first visit never asked for them; plus the sample and schema files.
        // (The manifest and its icons are added by the plugin itself.)
        globPatterns: ['**/*.{html,js,css,svg,json,csv,xes}'],
        // The ELK layout chunk is ~1.5 MB; Workbox's 2 MiB default leaves little headroom.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Any navigation inside the scope gets the precached app shell — except the
        // downloadable sample and schema files, which are precached under their own URLs.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/(samples|schema)\//],
        cleanupOutdatedCaches: true,
        // Deliberately no runtimeCaching and no skipWaiting/clientsClaim: a new version waits
        // for the user's "Reload" (see UpdatePrompt).
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The report of gzipped chunk sizes is how we track the initial JS budget (≤ 250 KB gzipped).
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});

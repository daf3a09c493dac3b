/**
 * The benchmark pages have no service worker: this stands in for vite-plugin-pwa's
 * virtual:pwa-register/react, reporting "no update, not offline-ready", so the app boots as it
 * does on a first visit without one.
 */
import { useState } from 'react';

export function useRegisterSW(_options?: unknown) {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: async () => {} };
}

/**
 * Offers a new version of the app, never forces it: a polite banner with "Reload" and "Later";
 * reloading first stores every edit (update-flow.ts). Also says, once, when the app has been
 * stored for offline use. It registers the service worker, so only the production entry
 * (main.tsx) mounts it; under `vite` dev the plugin's module does nothing.
 */
import { useCallback, useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { RefreshCw, WifiOff } from 'lucide-react';
import { currentPersistence, usePersistence } from './persistence';
import { createUpdateFlow } from './update-flow';
import { Toast, toastButton } from './Toast';

type Offer = 'none' | 'update' | 'updated-elsewhere' | 'updating' | 'unsaved';

const MESSAGES: Record<Exclude<Offer, 'none'>, string> = {
  update: 'A new version of Journey Designer is ready — Reload to update',
  'updated-elsewhere': 'Journey Designer was updated in another tab — Reload to use the new version',
  updating: 'Updating Journey Designer…',
  unsaved: 'Your latest edits are not saved, so reloading now would lose them. Save or export the journey first.',
};

/** How long the offline notice stays: it is news, not a question, like the editor's notices. */
const OFFLINE_NOTICE_MS = 8000;

export function UpdatePrompt() {
  const [offer, setOffer] = useState<Offer>('none');
  const {
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedRefresh: () => setOffer('update'),
    // Called when a new version takes control of this page. The plugin's default is to reload
    // at once — also in a tab whose user is mid-edit when another tab chose to update.
    onNeedReload: () => {
      if (flow.newVersionControls() === 'ask') setOffer('updated-elsewhere');
    },
  });
  // One flow for the page's life: it remembers whether this tab asked for the update.
  // (`updateServiceWorker` is stable: the plugin keeps it in state.)
  const [flow] = useState(() =>
    createUpdateFlow({
      flush: async () => {
        await currentPersistence()?.flush();
      },
      saveState: () => usePersistence.getState().status.state,
      activate: () => updateServiceWorker(),
      reload: () => window.location.reload(),
    }),
  );

  useEffect(() => {
    if (!offlineReady) return;
    const t = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(t);
  }, [offlineReady, setOfflineReady]);

  const reload = async (anyway: boolean) => {
    setOffer('updating');
    setOffer(await flow.reloadToUpdate(anyway));
  };

  const later = useCallback(() => setOffer('none'), []);
  const dismissOffline = useCallback(() => setOfflineReady(false), [setOfflineReady]);

  // Mounted by App in the canvas's notice stack (at its bottom edge, never over the middle). Each
  // region exists only while it has something to say: the editor's own notice region is the
  // page's standing one.
  return (
    <>
      {offer !== 'none' && (
        <div role="status" aria-live="polite">
          <Toast
            icon={<RefreshCw aria-hidden className={`h-4 w-4 ${offer === 'updating' ? 'animate-spin motion-reduce:animate-none' : ''}`} />}
            onDismiss={later}
            actions={
              offer !== 'updating' && (
                <>
                  <button type="button" className={toastButton} onClick={() => void reload(offer === 'unsaved')}>
                    {offer === 'unsaved' ? 'Reload anyway' : 'Reload'}
                  </button>
                  <button type="button" className={toastButton} onClick={later}>
                    Later
                  </button>
                </>
              )
            }
          >
            {MESSAGES[offer]}
          </Toast>
        </div>
      )}
      {/* Appears by itself a moment after the first visit: at the edge, away from the journey, and it goes away on its own. */}
      {offlineReady && offer === 'none' && (
        <div role="status" aria-live="polite">
          <Toast icon={<WifiOff aria-hidden className="h-4 w-4" />} onDismiss={dismissOffline}>
            Ready to work offline — Journey Designer now opens without a network connection.
          </Toast>
        </div>
      )}
    </>
  );
}

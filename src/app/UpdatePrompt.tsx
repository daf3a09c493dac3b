/**
 * Offers a new version of the app, never forces it: a polite banner with "Reload" and "Later";
 * reloading first stores every edit (update-flow.ts). Also says, once, when the app has been
 * stored for offline use. It registers the service worker, so only the production entry
 * (main.tsx) mounts it; under `vite` dev the plugin's module does nothing.
 */
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { RefreshCw, WifiOff } from 'lucide-react';
import { currentPersistence, usePersistence } from './persistence';
import { createUpdateFlow } from './update-flow';

type Offer = 'none' | 'update' | 'updated-elsewhere' | 'updating' | 'unsaved';

const MESSAGES: Record<Exclude<Offer, 'none'>, string> = {
  update: 'A new version of Journey Designer is ready — Reload to update',
  'updated-elsewhere': 'Journey Designer was updated in another tab — Reload to use the new version',
  updating: 'Updating Journey Designer…',
  unsaved: 'Your latest edits are not saved, so reloading now would lose them. Save or export the journey first.',
};

/** How long the offline notice stays: it is news, not a question, like the editor's notices. */
const OFFLINE_NOTICE_MS = 8000;

const card = 'flex max-w-xl items-center gap-3 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900';
const cardButton =
  'rounded-md bg-white px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-700';

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

  // Above the canvas's zoom controls and minimap, and above the simulation bar when it is open.
  return (
    <div className="pointer-events-none fixed bottom-36 left-1/2 z-40 flex -translate-x-1/2 flex-col items-center gap-2">
      <div role="status" aria-live="polite">
        {offer !== 'none' && (
          <div className={`${card} pointer-events-auto`}>
            <RefreshCw aria-hidden className={`h-4 w-4 shrink-0 ${offer === 'updating' ? 'animate-spin motion-reduce:animate-none' : ''}`} />
            <span className="flex-1">{MESSAGES[offer]}</span>
            {offer !== 'updating' && (
              <>
                <button type="button" className={cardButton} onClick={() => void reload(offer === 'unsaved')}>
                  {offer === 'unsaved' ? 'Reload anyway' : 'Reload'}
                </button>
                <button type="button" className={cardButton} onClick={() => setOffer('none')}>
                  Later
                </button>
              </>
            )}
          </div>
        )}
      </div>
      {/* Appears by itself a moment after the first visit, so it must never catch a click meant
          for the canvas below it: no pointer events, no buttons, and it goes away on its own. */}
      <div role="status" aria-live="polite">
        {offlineReady && offer === 'none' && (
          <div className={card}>
            <WifiOff aria-hidden className="h-4 w-4 shrink-0" />
            <span>Ready to work offline — Journey Designer now opens without a network connection.</span>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * Journey mining as the shell sees it: one entry, the workspace loaded on first use (its own
 * chunk with the map, the import steps and the worker client), then kept mounted.
 */
import { lazy, Suspense } from 'react';
import { useDiscoverOpen } from './open';

export { openDiscover } from './open';

const LazyWorkspace = lazy(() => import('./DiscoverWorkspace').then((m) => ({ default: m.DiscoverWorkspace })));

export function DiscoverEntry() {
  const loaded = useDiscoverOpen((s) => s.loaded);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <LazyWorkspace />
    </Suspense>
  );
}

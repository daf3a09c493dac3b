/**
 * The simulator as the app shell sees it. The bar, the results and the compare view load
 * on first use (their own chunk, with the scenarios and the log importers), so the editor's
 * initial JS stays within budget; the store and the canvas hooks are small and always here.
 */
import { lazy, Suspense } from 'react';

export { SimulateButton } from './SimulateButton';
export { useComparing, useSimulatorOpen } from './hooks';

const LazyBar = lazy(() => import('./ui/SimulationBar').then((m) => ({ default: m.SimulationBar })));
const LazySidebar = lazy(() => import('./ui/SimulationSidebar').then((m) => ({ default: m.SimulationSidebar })));
const LazyCompare = lazy(() => import('./canvas/CompareView').then((m) => ({ default: m.CompareView })));

export function SimulationBar() {
  return (
    <Suspense fallback={<div className="h-28 shrink-0 border-t-2 border-slate-400 dark:border-slate-600" />}>
      <LazyBar />
    </Suspense>
  );
}

export function SimulationSidebar() {
  return (
    <Suspense fallback={<div className="w-96 shrink-0" />}>
      <LazySidebar />
    </Suspense>
  );
}

export function CompareView() {
  return (
    <Suspense fallback={null}>
      <LazyCompare />
    </Suspense>
  );
}

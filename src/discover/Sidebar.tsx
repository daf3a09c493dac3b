/** The workspace's side panel: the log, the map's sliders and filters, the variants, making a journey, and checking the open journey. */
import { LogSection } from './LogSection';
import { MapControls } from './MapControls';
import { VariantsList } from './VariantsList';
import { MakeJourney } from './MakeJourney';
import { ConformancePanel } from './ConformancePanel';

export function Sidebar() {
  return (
    <aside aria-label="Discover" className="w-[400px] shrink-0 overflow-y-auto border-l border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
      <LogSection />
      <MapControls />
      <VariantsList />
      <MakeJourney />
      <ConformancePanel />
    </aside>
  );
}

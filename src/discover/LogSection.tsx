/** What was loaded: the file, its cases, events, activities and time span; import another. */
import { formatCount } from '../mining/format';
import { button, heading, section } from './styles';
import { chooseAnotherFile } from './controller';
import { useDiscover } from './store';

const day = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function LogSection() {
  const s = useDiscover((st) => st.summary);
  if (!s) return null;
  return (
    <section aria-labelledby="discover-log" className={section}>
      <h3 id="discover-log" className={heading}>
        Event log
      </h3>
      <p className="mt-1 text-sm" data-load-ms={Math.round(s.loadMs)}>
        <strong className="break-all">{s.name}</strong>: {formatCount(s.cases)} cases, {formatCount(s.events)} events, {s.activities.length} activities, {day(s.from)} – {day(s.to)} UTC.
        {s.skipped > 0 && ` ${formatCount(s.skipped)} start events left out (the complete ones are kept).`}
      </p>
      <button type="button" className={`${button} mt-2`} onClick={() => {
        chooseAnotherFile();
        useDiscover.getState().set({ stage: 'start' });
      }}>
        Import another log…
      </button>
    </section>
  );
}

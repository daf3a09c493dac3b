/** The first step: choose or drop an event-log export, or try a sample. A file that cannot be read says why, and nothing changes. */
import { useId, useRef, useState } from 'react';
import { FileUp } from 'lucide-react';
import { button, primary } from '../simulation/ui/styles';
import { chooseFile, openSample } from './controller';
import { Problems } from './Problems';
import { useDiscover } from './store';

export const SAMPLES = [
  { file: 'telecom-contact-centre.csv', label: 'Telecom contact centre (CSV)' },
  { file: 'telecom-contact-centre.xes', label: 'Telecom contact centre (XES)' },
  { file: 'retail-web-analytics.csv', label: 'Retail web analytics (CSV)' },
] as const;

export function ImportStart() {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [over, setOver] = useState(false);
  const loaded = useDiscover((s) => s.summary?.name ?? null);
  return (
    <div className="flex h-full items-center justify-center p-6">
      <div
        className={`flex w-[640px] max-w-full flex-col items-center gap-4 rounded-xl border-2 border-dashed p-8 text-center ${over ? 'border-blue-600 bg-blue-50 dark:bg-blue-950' : 'border-slate-400 bg-white dark:border-slate-600 dark:bg-slate-900'}`}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOver(false);
          const file = e.dataTransfer.files[0];
          if (file) void chooseFile(file, file.name);
        }}
      >
        <FileUp aria-hidden className="h-10 w-10 text-blue-700 dark:text-blue-300" />
        <h3 className="text-xl font-bold">Drop an event log here</h3>
        <p className="max-w-md text-sm text-slate-700 dark:text-slate-300">
          One row per event with a case (customer, session, ticket), an activity and a timestamp — a CSV export, or an XES file from a process-mining tool. Gzipped files (<code>.csv.gz</code>, <code>.xes.gz</code>) are fine.
          Nothing leaves this computer.
        </p>
        <label htmlFor={inputId} className="sr-only">
          Event log file
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,.xes,.gz,text/csv,application/gzip"
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void chooseFile(file, file.name);
          }}
        />
        <button type="button" className={primary} onClick={() => input.current?.click()}>
          Choose an event log…
        </button>
        <div className="flex flex-col items-center gap-2">
          <span className="text-sm font-semibold">Or try a sample</span>
          <div className="flex flex-wrap justify-center gap-2">
            {SAMPLES.map((s) => (
              <button key={s.file} type="button" className={button} onClick={() => void openSample(s.file)}>
                {s.label}
              </button>
            ))}
          </div>
        </div>
        {loaded && (
          <button type="button" className={button} onClick={() => useDiscover.getState().set({ stage: 'ready' })}>
            Back to the map of {loaded}
          </button>
        )}
        <Problems />
      </div>
    </div>
  );
}

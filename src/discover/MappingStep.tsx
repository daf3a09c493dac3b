/**
 * The mapping step: which column is the case, the activity, the timestamp (and its format), the
 * channel and who did it — guessed, shown over the file's first rows, confirmed by the user.
 * Reading the whole file runs in the worker with a progress bar and Cancel.
 */
import { useId } from 'react';
import { checkMapping, type EventLogMapping } from '../io/event-log-mapping';
import { TIMESTAMP_EXAMPLES, TIMESTAMP_FORMATS, TIMESTAMP_LABELS, parseTimestamp, type TimestampFormat } from '../io/event-log-time';
import { button, label, primary, select } from '../simulation/ui/styles';
import { cancelLoad, chooseAnotherFile, loadLog } from './controller';
import { Problems } from './Problems';
import { useDiscover } from './store';

type Role = 'caseId' | 'activity' | 'timestamp' | 'channel' | 'actor';
const ROLES: { role: Role; text: string; optional: boolean }[] = [
  { role: 'caseId', text: 'Case (customer, session, ticket)', optional: false },
  { role: 'activity', text: 'Activity', optional: false },
  { role: 'timestamp', text: 'Timestamp', optional: false },
  { role: 'channel', text: 'Channel', optional: true },
  { role: 'actor', text: 'Who did it (resource, actor)', optional: true },
];

export function MappingStep() {
  const file = useDiscover((s) => s.file);
  const preview = useDiscover((s) => s.preview);
  const mapping = useDiscover((s) => s.mapping);
  const stage = useDiscover((s) => s.stage);
  const progress = useDiscover((s) => s.progress);
  const remembered = useDiscover((s) => s.remembered);
  const formatId = useId();
  if (!file || !preview || !mapping) return null;
  const loading = stage === 'loading';
  const problems = checkMapping(mapping, preview.columns);
  const detection = preview.timestamps[mapping.timestamp];
  const setMapping = (patch: Partial<EventLogMapping>) => {
    const next = { ...mapping, ...patch };
    // A column given a role is no longer an attribute; one released from a role becomes one again.
    const roles = new Set([next.caseId, next.activity, next.timestamp, next.channel, next.actor]);
    next.attributes = preview.columns.filter((c) => !roles.has(c) && (preview.format === 'csv' || c !== 'lifecycle:transition'));
    if (patch.timestamp) next.timestampFormat = preview.timestamps[patch.timestamp]?.formats[0] ?? next.timestampFormat;
    useDiscover.getState().set({ mapping: next });
  };
  const formats = preview.format === 'xes' ? (['iso'] as TimestampFormat[]) : TIMESTAMP_FORMATS;
  const sample = preview.rows.map((r) => r[preview.columns.indexOf(mapping.timestamp)] ?? '').find((v) => v.trim() !== '') ?? '';
  const read = sample ? parseTimestamp(sample, mapping.timestampFormat) : null;
  const roleOf = (column: string) => ROLES.find((r) => mapping[r.role] === column)?.text.split(' (')[0];
  return (
    <div className="flex h-full flex-col gap-3 overflow-y-auto p-4">
      <div>
        <h3 className="text-xl font-bold">Which column is what? — {file.name}</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {remembered ? 'The columns are set as for your last file with these columns.' : 'Guessed from the column names and values.'} Check them against the first rows below, then load the log.
          {file.gzip ? ' (gzipped)' : ''}
        </p>
      </div>
      <fieldset disabled={loading} className="grid grid-cols-3 gap-x-4 gap-y-2">
        <legend className="sr-only">Columns</legend>
        {ROLES.map(({ role, text, optional }) => (
          <RoleSelect key={role} text={text} value={mapping[role]} optional={optional} columns={preview.columns} onChange={(v) => setMapping({ [role]: v } as Partial<EventLogMapping>)} />
        ))}
        <div className="flex flex-col gap-1">
          <label htmlFor={formatId} className={label}>
            Timestamp format
          </label>
          <select id={formatId} className={select} value={mapping.timestampFormat} onChange={(e) => useDiscover.getState().set({ mapping: { ...mapping, timestampFormat: e.target.value as TimestampFormat } })}>
            {formats.map((f) => (
              <option key={f} value={f}>
                {TIMESTAMP_LABELS[f]}
                {detection && !detection.formats.includes(f) ? ' — does not read these values' : ''}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="text-sm" aria-live="polite">
        {detection?.ambiguous && (
          <p className="font-semibold text-amber-900 dark:text-amber-200">Day first and month first both read every date in these rows — check which one your export uses.</p>
        )}
        {sample && (
          <p>
            “{sample}” reads as <strong>{read === null ? `nothing: not a timestamp like ${TIMESTAMP_EXAMPLES[mapping.timestampFormat]}` : new Date(read).toUTCString().replace(' GMT', ' UTC')}</strong>.
          </p>
        )}
        <p>
          Kept as attributes: {mapping.attributes.length ? mapping.attributes.join(', ') : 'none'}. {preview.format === 'xes' ? 'Trace attributes are named case:….' : ''}
        </p>
        {problems.map((p) => (
          <p key={p} className="font-semibold text-red-800 dark:text-red-300">
            {p}
          </p>
        ))}
      </div>
      <div tabIndex={0} role="region" aria-label="First rows" className="min-h-0 overflow-auto rounded-md border border-slate-300 dark:border-slate-700">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">The first rows of {file.name}</caption>
          <thead className="sticky top-0 bg-slate-200 dark:bg-slate-800">
            <tr>
              {preview.columns.map((c) => (
                <th key={c} scope="col" className="whitespace-nowrap px-2 py-1 font-semibold">
                  {c}
                  {roleOf(c) && <span className="ml-1 rounded bg-blue-700 px-1 text-xs text-white dark:bg-blue-300 dark:text-slate-950">{roleOf(c)}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 8).map((r, i) => (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                {preview.columns.map((c, j) => (
                  <td key={c} className="max-w-48 truncate whitespace-nowrap px-2 py-1">
                    {r[j]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3">
        {loading ? (
          <>
            <progress className="h-3 w-80 accent-blue-700" aria-label={`Reading ${file.name}`} max={1} value={progress ?? undefined} />
            <span role="status" className="text-sm tabular-nums">
              Reading {file.name}… {progress !== null ? `${Math.round(progress * 100)}%` : ''}
            </span>
            <button type="button" className={button} onClick={cancelLoad}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className={primary} disabled={problems.length > 0} onClick={() => void loadLog()}>
              Load the log
            </button>
            <button type="button" className={button} onClick={chooseAnotherFile}>
              Choose another file
            </button>
          </>
        )}
      </div>
      <Problems />
    </div>
  );
}

function RoleSelect({ text, value, optional, columns, onChange }: { text: string; value: string | null; optional: boolean; columns: string[]; onChange: (v: string | null) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select id={id} className={select} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        {(optional || !value) && <option value="">{optional ? '(none)' : 'Choose a column'}</option>}
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A journey's tags, to add and take off; the list above it filters by them. */
import { useId, useRef, useState } from 'react';
import { X } from 'lucide-react';
import { buttonClass } from '../panels/fields';
import { inputClass } from './ui';

export function TagEditor(props: { journeyName: string; tags: readonly string[]; onAdd: (tags: string[]) => void; onRemove: (tag: string) => void; onDone: () => void }) {
  const inputId = useId();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const add = () => {
    // Several at once, separated by commas: "retail, q3".
    const tags = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
    if (tags.length) props.onAdd(tags);
    setText('');
    // Ready for the next tag; and the button clicked keeps no focus to lose.
    input.current?.focus();
  };
  return (
    <div role="group" aria-label={`Tags of ${props.journeyName}`} className="mt-2 flex flex-wrap items-center gap-2">
      {props.tags.length === 0 && <span className="text-xs">No tags yet.</span>}
      {props.tags.map((tag) => (
        <span key={tag} className="inline-flex items-center gap-1 rounded-full bg-slate-200 py-0.5 pl-2 pr-1 text-xs font-medium text-slate-900 dark:bg-slate-700 dark:text-slate-50">
          {tag}
          <button
            type="button"
            className="inline-flex h-5 w-5 items-center justify-center rounded-full hover:bg-slate-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:hover:bg-slate-600"
            aria-label={`Remove the tag ${tag} from ${props.journeyName}`}
            onClick={() => {
              props.onRemove(tag);
              // The button goes with its tag: keep the focus in the editor rather than drop it on the page.
              input.current?.focus();
            }}
          >
            <X aria-hidden className="h-3 w-3" />
          </button>
        </span>
      ))}
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          New tag for {props.journeyName}
        </label>
        <input
          ref={input}
          id={inputId}
          className={`${inputClass} w-36`}
          placeholder="New tag"
          maxLength={200}
          value={text}
          autoFocus
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Escape closes the tag editor, not the whole library.
            if (e.key === 'Escape') {
              e.preventDefault();
              props.onDone();
            }
          }}
        />
        <button type="submit" className={buttonClass}>
          Add tag
        </button>
      </form>
      <button type="button" className={buttonClass} onClick={props.onDone}>
        Done
      </button>
    </div>
  );
}

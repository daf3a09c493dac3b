/**
 * Follow one customer's token, or watch everybody at once. The bar shows who is followed; the
 * list opens above it: customers by persona name and id, searchable, filterable by persona, by
 * outcome and by what dynamic changed — a combobox (the search box) driving a listbox, so it
 * works from the keyboard and reads well in a screen reader.
 */
import { useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Journey } from '../../model/journey';
import { customerRows, describeOutcome, DIFFERENCE_LABELS, filterCustomers, NO_FILTER, OUTCOME_LABELS, type CustomerFilter, type CustomerRow, type DifferenceFilter, type OutcomeFilter } from '../customer-list';
import { formatCount } from '../format';
import { useSimulation } from '../store';
import { Popover } from './Popover';
import { label, select } from './styles';

/** Options drawn at once; the count says how many more the search and filters would reach. */
const SHOWN_AT_MOST = 50;

const personaNamesOf = (journey: Journey) => new Map(journey.nodes.flatMap((n) => (n.kind === 'persona' ? [[n.id, n.name] as const] : [])));

export function CustomerPicker() {
  const labelId = useId();
  const facts = useSimulation((s) => s.shown?.reply.customers ?? null);
  const journey = useSimulation((s) => s.shown?.journey ?? null);
  const count = useSimulation((s) => s.shown?.customerCount ?? 0);
  const customer = useSimulation((s) => s.customer);
  const rows = useMemo(() => (facts && journey ? customerRows(facts, personaNamesOf(journey)) : []), [facts, journey]);
  const [open, setOpen] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const current = customer === null ? null : rows[customer];
  const summary = current ? `${current.persona} · ${current.id}` : `All customers (${formatCount(count)})`;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span id={labelId} className={label}>
        Customer
      </span>
      <Popover
        open={open && facts !== null}
        onOpenChange={setOpen}
        label={`Customer: ${summary}`}
        summary={summary}
        title="Follow a customer"
        disabled={!facts}
        buttonTitle={facts ? summary : 'Too many customers to follow one by one: the run shows everybody'}
        buttonClass="w-52"
        panelClass="w-[34rem]"
        initialFocus={search}
      >
        {(close) => (
          <CustomerList
            rows={rows}
            count={count}
            current={customer}
            searchRef={search}
            onPick={(index) => {
              useSimulation.getState().pickCustomer(index);
              close();
            }}
          />
        )}
      </Popover>
    </div>
  );
}

type Item = { kind: 'all' } | { kind: 'customer'; row: CustomerRow };

function CustomerList({ rows, count, current, searchRef, onPick }: { rows: CustomerRow[]; count: number; current: number | null; searchRef: RefObject<HTMLInputElement | null>; onPick: (index: number | null) => void }) {
  const id = useId();
  const [filter, setFilter] = useState<CustomerFilter>(NO_FILTER);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const { shown, total } = useMemo(() => filterCustomers(rows, filter, SHOWN_AT_MOST), [rows, filter]);
  const items: Item[] = useMemo(() => [{ kind: 'all' }, ...shown.map((row) => ({ kind: 'customer' as const, row }))], [shown]);
  const personas = useMemo(() => [...new Map(rows.map((r) => [r.personaId, r.persona])).entries()], [rows]);
  const optionId = (k: number) => `${id}-option-${k}`;

  const refine = (patch: Partial<CustomerFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    // Typing or filtering: Enter takes the first customer found.
    setActive(1);
  };
  const moveTo = (k: number) => {
    const next = Math.max(0, Math.min(items.length - 1, k));
    setActive(next);
    list.current?.querySelector(`#${CSS.escape(optionId(next))}`)?.scrollIntoView({ block: 'nearest' });
  };
  const pick = (item: Item | undefined) => {
    if (item) onPick(item.kind === 'all' ? null : item.row.index);
  };
  const activeItem = Math.min(active, items.length - 1);

  return (
    <div className="flex flex-col gap-2 text-sm">
      <label htmlFor={`${id}-search`} className="font-semibold">
        Search customers
      </label>
      <input
        ref={searchRef}
        id={`${id}-search`}
        type="search"
        role="combobox"
        aria-expanded
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={optionId(activeItem)}
        placeholder="Persona name or customer id"
        className={`${select} w-full`}
        value={filter.text}
        onChange={(e) => refine({ text: e.target.value })}
        onKeyDown={(e) => {
          const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[e.key];
          if (step !== undefined) {
            e.preventDefault();
            moveTo(activeItem + step);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(items[activeItem]);
          }
        }}
      />
      <div className="grid grid-cols-[1fr_1fr_1.35fr] gap-2">
        <FilterSelect label="Persona" value={filter.personaId ?? ''} onChange={(v) => refine({ personaId: v === '' ? null : v })} options={[['', 'All personas'], ...personas]} />
        <FilterSelect label="Outcome" value={filter.outcome} onChange={(v) => refine({ outcome: v as OutcomeFilter })} options={Object.entries(OUTCOME_LABELS)} />
        <FilterSelect label="Static vs dynamic" value={filter.difference} onChange={(v) => refine({ difference: v as DifferenceFilter })} options={Object.entries(DIFFERENCE_LABELS)} />
      </div>
      <p aria-live="polite" className="text-slate-700 dark:text-slate-300">
        {formatCount(total)} of {formatCount(count)} customers{total > shown.length ? ` — the first ${shown.length} shown; search or filter to find the others` : ''}
      </p>
      <ul ref={list} id={`${id}-list`} role="listbox" aria-label="Customers" className="max-h-64 overflow-y-auto rounded-md border border-slate-300 dark:border-slate-600">
        {items.map((item, k) => {
          const chosen = item.kind === 'all' ? current === null : current === item.row.index;
          return (
            <li
              key={item.kind === 'all' ? 'all' : item.row.index}
              id={optionId(k)}
              role="option"
              aria-selected={chosen}
              className={`cursor-pointer border-b border-slate-200 px-2 py-1.5 last:border-b-0 dark:border-slate-700 ${k === activeItem ? 'bg-blue-100 dark:bg-blue-900' : ''} ${chosen ? 'font-semibold' : ''}`}
              onMouseMove={() => k !== activeItem && setActive(k)}
              // Keeps focus in the search box, where the keyboard drives the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(item)}
            >
              {item.kind === 'all' ? (
                <span>Everybody — all {formatCount(count)} customers</span>
              ) : (
                <>
                  <span className="flex items-baseline gap-2">
                    <span className="truncate font-semibold">{item.row.persona}</span>
                    <span className="ml-auto shrink-0 font-mono text-xs text-slate-700 dark:text-slate-300">{item.row.id}</span>
                  </span>
                  <span className="block text-xs text-slate-700 dark:text-slate-300">{describeOutcome(item.row)}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function FilterSelect({ label: text, value, options, onChange }: { label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select id={id} className={`${select} w-full`} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Follow one customer's token, or watch everybody at once. */
import { useId, useMemo } from 'react';
import { useSimulation } from '../store';
import { label, select } from './styles';

export function CustomerPicker() {
  const id = useId();
  const facts = useSimulation((s) => s.shown?.reply.customers ?? null);
  const count = useSimulation((s) => s.shown?.customerCount ?? 0);
  const customer = useSimulation((s) => s.customer);
  const options = useMemo(
    () =>
      facts?.ids.map((cid, i) => {
        const outcome = (['static', 'dynamic'] as const)
          .filter((m) => facts.goal[m])
          .map((m) => `${m}: ${facts.goal[m]![i] ? 'goal' : 'no goal'}`)
          .join(', ');
        return { value: String(i), text: `${cid} · ${facts.personaIds[i]} · ${outcome}` };
      }) ?? [],
    [facts],
  );
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className={label}>
        Customer
      </label>
      <select
        id={id}
        className={`${select} w-52`}
        value={customer === null ? 'all' : String(customer)}
        disabled={!facts}
        onChange={(e) => useSimulation.getState().pickCustomer(e.target.value === 'all' ? null : Number(e.target.value))}
      >
        <option value="all">All customers ({count.toLocaleString('en-US')})</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

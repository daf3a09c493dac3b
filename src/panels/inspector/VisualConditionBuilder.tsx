/**
 * The visual condition builder: react-querybuilder over the app's one condition language —
 * it offers the operators of model/condition-operators.ts and stores standard JsonLogic
 * (model/condition-query.ts). Loaded on demand.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { QueryBuilder, type Field, type FullOperator, type RuleGroupType } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder.css';
import { BUILDER_OPERATORS } from '../../model/condition-operators';
import { conditionToQuery, queryToCondition } from '../../model/condition-query';
import { LabelledSelector, LabelledValueEditor } from './builder-controls';
import type { JsonLogicRule } from '../../model/journey';

const emptyQuery: RuleGroupType = { combinator: 'and', rules: [] };
const operators: FullOperator[] = BUILDER_OPERATORS.map(({ name, label }) => ({ name, value: name, label }));
const controls = { valueSelector: LabelledSelector, valueEditor: LabelledValueEditor };

export default function VisualConditionBuilder({ condition, fields, onChange }: { condition: JsonLogicRule | null; fields: string[]; onChange: (rule: JsonLogicRule) => void }) {
  // null: the builder cannot show this condition exactly, and editing it here would lose part of it.
  const [query, setQuery] = useState<RuleGroupType | null>(() => (condition === null ? emptyQuery : conditionToQuery(condition)));
  // The condition this builder last wrote: any other (typed as text, undone) is shown afresh.
  const written = useRef(condition);
  useEffect(() => {
    if (condition === written.current) return;
    written.current = condition;
    setQuery(condition === null ? emptyQuery : conditionToQuery(condition));
  }, [condition]);
  const fieldList: Field[] = useMemo(() => fields.map((f) => ({ name: f, label: f })), [fields]);
  if (query === null) {
    return (
      <p role="note" className="rounded-md border border-slate-300 p-2 text-xs text-slate-700 dark:border-slate-600 dark:text-slate-200">
        The visual builder cannot show this condition exactly (it uses JsonLogic beyond comparisons joined by and/or). Edit it as text above.
      </p>
    );
  }
  return (
    <div className="journey-querybuilder rounded-md border border-slate-300 p-1 text-xs dark:border-slate-600">
      <QueryBuilder
        fields={fieldList}
        operators={operators}
        controlElements={controls}
        listsAsArrays
        query={query}
        controlClassnames={{ queryBuilder: 'queryBuilder-branches' }}
        onQueryChange={(q) => {
          setQuery(q);
          const rule = queryToCondition(q);
          // An empty builder has no rule to store; keep the last condition until one is added.
          if (rule !== null) {
            written.current = rule;
            onChange(rule);
          }
        }}
      />
    </div>
  );
}

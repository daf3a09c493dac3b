/** The visual condition builder: react-querybuilder, reading and writing JsonLogic. Loaded on demand. */
import { useMemo, useState } from 'react';
import { QueryBuilder, formatQuery, type Field, type RuleGroupType } from 'react-querybuilder';
import { parseJsonLogic } from 'react-querybuilder/parseJsonLogic';
import 'react-querybuilder/dist/query-builder.css';
import type { JsonLogicRule } from '../../model/journey';

const emptyQuery: RuleGroupType = { combinator: 'and', rules: [] };

export default function VisualConditionBuilder({ condition, fields, onChange }: { condition: JsonLogicRule | null; fields: string[]; onChange: (rule: JsonLogicRule) => void }) {
  const [query, setQuery] = useState<RuleGroupType>(() => (condition ? parseJsonLogic(condition as never) : emptyQuery));
  const fieldList: Field[] = useMemo(() => fields.map((f) => ({ name: f, label: f })), [fields]);
  return (
    <div className="journey-querybuilder rounded-md border border-slate-300 p-1 text-xs dark:border-slate-600">
      <QueryBuilder
        fields={fieldList}
        query={query}
        controlClassnames={{ queryBuilder: 'queryBuilder-branches' }}
        onQueryChange={(q) => {
          setQuery(q);
          const rule = formatQuery(q, 'jsonlogic') as JsonLogicRule;
          // An empty builder has no rule to store; keep the last condition until one is added.
          if (rule !== false && rule !== null && q.rules.length > 0) onChange(rule);
        }}
      />
    </div>
  );
}

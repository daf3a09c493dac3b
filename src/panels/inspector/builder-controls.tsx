/**
 * react-querybuilder's selects and value boxes carry their name only in `title`, which axe
 * reports as a serious problem (label-title-only) and some screen readers do not announce.
 * These render the same controls with an aria-label as well.
 */
import { toOptions, useValueEditor, useValueSelector, type ValueEditorProps, type ValueSelectorProps } from 'react-querybuilder';

export function LabelledSelector(props: ValueSelectorProps) {
  const { onChange, val } = useValueSelector(props);
  return (
    <select aria-label={props.title} title={props.title} className={props.className} value={val as string} disabled={props.disabled} onChange={(e) => onChange(e.target.value)}>
      {toOptions(props.options)}
    </select>
  );
}

export function LabelledValueEditor(props: ValueEditorProps) {
  const { valueAsArray, multiValueHandler } = useValueEditor(props);
  const { operator, title, className, disabled, value, handleOnChange } = props;
  if (operator === 'null' || operator === 'notNull') return null;
  if (operator === 'between' || operator === 'notBetween') {
    return (
      <span className={className}>
        {(['from', 'to'] as const).map((end, i) => (
          <input key={end} type="text" aria-label={`${title} ${end}`} title={title} className="rule-value-list-item" disabled={disabled} value={String(valueAsArray[i] ?? '')} onChange={(e) => multiValueHandler(e.target.value, i)} />
        ))}
      </span>
    );
  }
  const text = Array.isArray(value) ? value.join(',') : String(value ?? '');
  return <input type="text" aria-label={title} title={title} className={className} disabled={disabled} value={text} onChange={(e) => handleOnChange(e.target.value)} />;
}

/** Inspector forms for each node kind. Every change goes through a named store action. */
import { CHANNELS, CHANNEL_LABELS, NOTE_COLORS, type ActionNode, type Channel, type EventNode, type JourneyNode, type NoteNode, type PersonaNode } from '../../model/journey';
import { useEditor } from '../../store/editor';
import { Checkbox, NumberField, SelectField, TextArea, TextField } from '../fields';
import { AttributesEditor } from './AttributesEditor';
import { EventAttributesEditor } from './EventAttributesEditor';
import { TimerField } from './TimerField';

const channelOptions = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

function update(id: string, patch: Partial<JourneyNode>) {
  useEditor.getState().updateNode(id, patch);
}

export function PersonaForm({ node }: { node: PersonaNode }) {
  return (
    <div className="space-y-3">
      <TextField label="Name" value={node.name} onChange={(name) => update(node.id, { name })} />
      <TextField label="Segment" value={node.segment} placeholder="e.g. price-sensitive" onChange={(segment) => update(node.id, { segment })} />
      <SelectField
        label="Preferred channel"
        value={node.preferredChannel ?? ''}
        options={[{ value: '', label: 'No preference' }, ...channelOptions]}
        onChange={(v) => update(node.id, { preferredChannel: v === '' ? null : (v as Channel) })}
      />
      <NumberField label="Share of the population" suffix="%" min={0} max={100} value={node.share} onChange={(share) => update(node.id, { share })} />
      <TextArea label="Description" value={node.description} onChange={(description) => update(node.id, { description })} />
      <AttributesEditor personaId={node.id} attributes={node.attributes} />
    </div>
  );
}

export function EventForm({ node }: { node: EventNode }) {
  const keyError = /^[a-z0-9_.-]+$/i.test(node.eventKey) ? null : 'Use letters, digits and underscores, as the interaction log spells it (e.g. cart_abandoned).';
  return (
    <div className="space-y-3">
      <TextField label="Name" value={node.name} onChange={(name) => update(node.id, { name })} />
      <TextField label="Event key" mono value={node.eventKey} error={keyError} hint="As the interaction log spells it." onChange={(eventKey) => update(node.id, { eventKey })} />
      <SelectField
        label="Channel"
        value={node.channel}
        options={[{ value: 'any', label: 'Any channel' }, ...channelOptions]}
        onChange={(channel) => update(node.id, { channel })}
      />
      <Checkbox
        label="Timer event"
        hint="Fires when this much time passes after the previous step with no other event."
        checked={node.timer !== null}
        onChange={(on) => update(node.id, { timer: on ? { afterMinutes: 120 } : null })}
      />
      {node.timer && <TimerField key={node.id} minutes={node.timer.afterMinutes} onChange={(afterMinutes) => update(node.id, { timer: { afterMinutes } })} />}
      <TextArea label="Description" value={node.description} onChange={(description) => update(node.id, { description })} />
      <EventAttributesEditor node={node} />
    </div>
  );
}

export function ActionForm({ node }: { node: ActionNode }) {
  return (
    <div className="space-y-3">
      <TextField label="Name" value={node.name} onChange={(name) => update(node.id, { name })} />
      <SelectField
        label="Channel"
        value={node.channel ?? ''}
        options={[{ value: '', label: 'Choose a channel…' }, ...channelOptions]}
        onChange={(v) => update(node.id, { channel: v === '' ? null : (v as Channel) })}
      />
      <NumberField label="Cost per customer" min={0} value={node.cost} onChange={(cost) => update(node.id, { cost })} />
      <NumberField
        label="Effect on satisfaction"
        hint="From −10 (very negative) to +10 (very positive)."
        min={-10}
        max={10}
        value={node.satisfactionEffect}
        onChange={(satisfactionEffect) => update(node.id, { satisfactionEffect })}
      />
      <SelectField
        label="Outcome"
        value={node.outcome}
        options={[
          { value: 'none', label: 'The journey goes on' },
          { value: 'goal', label: 'Goal — journey success' },
          { value: 'exit', label: 'Exit — the customer leaves' },
        ]}
        onChange={(outcome) => update(node.id, { outcome })}
      />
      <TextArea label="Description" value={node.description} onChange={(description) => update(node.id, { description })} />
    </div>
  );
}

export function NoteForm({ node }: { node: NoteNode }) {
  return (
    <div className="space-y-3">
      <TextArea label="Note" rows={6} value={node.text} onChange={(text) => update(node.id, { text })} />
      <SelectField
        label="Colour"
        value={node.color}
        options={NOTE_COLORS.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) }))}
        onChange={(color) => update(node.id, { color })}
      />
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { createNode } from './factory';
import type { ActionNode, DecisionNode, EventNode, PersonaNode } from './journey';
import { actionFact, decisionFact, eventChannelFact, formatMinutes, personaFacts } from './labels';

describe('the words on a card', () => {
  it('give a persona its share, segment and preferred channel', () => {
    const persona = { ...(createNode('persona', { x: 0, y: 0 }) as PersonaNode), share: 45, segment: 'Price-sensitive', preferredChannel: 'sms' as const };
    expect(personaFacts(persona)).toEqual(['45% of customers · Price-sensitive', 'Prefers SMS']);
    expect(personaFacts({ ...persona, segment: '', preferredChannel: null })).toEqual(['45% of customers']);
  });

  it('give events, decisions and actions their one fact', () => {
    const event = createNode('event', { x: 0, y: 0 }) as EventNode;
    expect([eventChannelFact(event), eventChannelFact({ ...event, channel: 'in-store' })]).toEqual(['any channel', 'In-store']);
    const decision = createNode('decision', { x: 0, y: 0 }) as DecisionNode;
    expect([decisionFact(decision, 1), decisionFact({ ...decision, mode: 'split' }, 3)]).toEqual(['Rules · 1 branch', 'Split · 3 branches']);
    const action = createNode('action', { x: 0, y: 0 }) as ActionNode;
    expect([actionFact(action), actionFact({ ...action, channel: 'email', cost: 0.02 })]).toEqual(['No channel · cost 0', 'Email · cost 0.02']);
  });

  it('say a timer in its largest whole unit', () => {
    expect([formatMinutes(45), formatMinutes(120), formatMinutes(1440), formatMinutes(90)]).toEqual(['45 min', '2 h', '1 d', '90 min']);
  });
});

/**
 * A small cart-abandonment journey used by the engine's tests: two personas, a rules
 * decision, a timer, a support call that only the email branch leads to, a goal.
 *
 *   shopper(gold) ─┐                         ┌─ gold ──▶ sms ──▶ cart_returned ──▶ checkout (goal)
 *   browser(basic) ┴▶ cart_abandoned ▶ offer ┤           └─▶ nudge (60 min timer) ▶ push ▶ cart_returned
 *                                            └─ otherwise ▶ email ▶ cart_returned
 *                                                                └▶ called_support ▶ agent ▶ cart_returned
 */
import { action, decision, edge, event, journey, persona } from './builders';

export const CART_ROUTE = ['shopper>abandon', 'abandon>offer', 'offer>sms', 'sms>return', 'return>checkout'];

export function cartJourney(staticRoute: string[] = CART_ROUTE) {
  return journey(
    [
      persona('shopper', { name: 'Shopper', attributes: { tier: 'gold' }, share: 60 }),
      persona('browser', { name: 'Browser', attributes: { tier: 'basic' }, share: 40 }),
      event('abandon', 'cart_abandoned'),
      decision('offer'),
      action('sms', { channel: 'sms', cost: 0.1, satisfactionEffect: 1 }),
      action('email', { channel: 'email', cost: 0.01, satisfactionEffect: 0.5 }),
      event('return', 'cart_returned'),
      event('nudge', 'no_reply', { timer: 60 }),
      action('push', { channel: 'push', cost: 0.02, satisfactionEffect: -1 }),
      event('call', 'called_support', { channel: 'phone' }),
      action('agent', { channel: 'agent', cost: 5, satisfactionEffect: 2 }),
      action('checkout', { outcome: 'goal', satisfactionEffect: 3 }),
    ],
    [
      edge('shopper>abandon', 'shopper', 'abandon'),
      edge('browser>abandon', 'browser', 'abandon'),
      edge('abandon>offer', 'abandon', 'offer'),
      edge('offer>sms', 'offer', 'sms', { when: { '==': [{ var: 'persona.tier' }, 'gold'] }, label: 'gold' }),
      edge('offer>email', 'offer', 'email', { otherwise: true }),
      edge('sms>return', 'sms', 'return'),
      edge('sms>nudge', 'sms', 'nudge'),
      edge('nudge>push', 'nudge', 'push'),
      edge('push>return', 'push', 'return'),
      edge('email>return', 'email', 'return'),
      edge('email>call', 'email', 'call'),
      edge('call>agent', 'call', 'agent'),
      edge('agent>return', 'agent', 'return'),
      edge('return>checkout', 'return', 'checkout'),
    ],
    staticRoute,
    'cart',
  );
}

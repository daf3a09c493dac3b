import { describe, expect, it } from 'vitest';
import { presenterViewSession, presenterViewUrl, readMessage } from './protocol';

const state = { presenting: true, journeyName: 'J', index: 1, stops: [{ name: 'a', caption: 'A', notes: '', simulated: false }], clock: null, playing: false, canPlay: false };

describe('presenter view protocol', () => {
  it('reads the messages of its session and nothing else', () => {
    expect(readMessage({ kind: 'state', session: 's1', state }, 's1')).toEqual({ kind: 'state', session: 's1', state });
    expect(readMessage({ kind: 'request', session: 's1', request: { kind: 'go', index: 2 } }, 's1')).toMatchObject({ request: { kind: 'go', index: 2 } });
    expect(readMessage({ kind: 'state', session: 's2', state }, 's1')).toBeNull();
    expect(readMessage({ kind: 'request', session: 's1', request: { kind: 'go', index: -1 } }, 's1')).toBeNull();
    expect(readMessage({ kind: 'request', session: 's1', request: { kind: 'delete-everything' } }, 's1')).toBeNull();
    expect(readMessage('hello', 's1')).toBeNull();
  });

  it('opens the presenter view on the same origin, with its session', () => {
    const url = presenterViewUrl('http://127.0.0.1:4185', 'abc');
    expect(url).toBe('http://127.0.0.1:4185/?view=presenter&session=abc');
    expect(presenterViewSession(new URL(url).search)).toBe('abc');
    expect(presenterViewSession('')).toBeNull();
    expect(presenterViewSession('?view=editor')).toBeNull();
  });
});

/**
 * Which editor tabs are still there. Each tab (page load) holds a Web Lock named after its id
 * for as long as it lives; the browser lets go of it when the tab closes, reloads or crashes.
 * So another tab can tell a tab that is merely quiet from one that is gone — and only a gone
 * tab's edit journal and "was opening" note are acted upon, never a live tab's.
 */
import { newId } from '../model/factory';

export interface TabPresence {
  readonly tabId: string;
  /** True when the tab with this id is gone (its lock is free). */
  isGone(tabId: string): Promise<boolean>;
  /** Calls `then` once the tab is gone (at once if it already is); the returned function stops waiting. */
  whenGone(tabId: string, then: () => Promise<void>): () => void;
}

const lockName = (tabId: string) => `journey-designer:tab:${tabId}`;

/** This tab's presence, through `navigator.locks`; without it, every other tab counts as gone. */
export function startTabPresence(tabId: string = newId('tab')): TabPresence {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return alonePresence(tabId);
  // Held until the page goes away: the promise never settles.
  void locks.request(lockName(tabId), () => new Promise<never>(() => undefined));
  return {
    tabId,
    isGone: (other) => (other === tabId ? Promise.resolve(false) : locks.request(lockName(other), { ifAvailable: true }, (lock) => lock !== null)),
    whenGone: (other, then) => {
      const stop = new AbortController();
      locks.request(lockName(other), { signal: stop.signal }, () => then()).catch(() => undefined);
      return () => stop.abort();
    },
  };
}

/** Where there are no Web Locks (Node tests, old browsers): this tab is taken to be the only one. */
export function alonePresence(tabId: string = newId('tab')): TabPresence {
  return {
    tabId,
    isGone: (other) => Promise.resolve(other !== tabId),
    whenGone: (other, then) => {
      if (other !== tabId) void then();
      return () => undefined;
    },
  };
}

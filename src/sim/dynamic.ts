/**
 * Dynamic mode — the GPS. Every incoming event is placed wherever the journey knows it
 * for this persona (next to where the customer is first, anywhere reachable otherwise);
 * decisions read the live persona, event and context; a closed action is replaced by the
 * next open branch (a re-route), and only when none is open does the customer stall.
 *
 * Plain functions over the walker's fields, no closures per customer: this is the loop
 * the benchmark measures.
 */
import { NO_CHANNEL } from './codes';
import { END_OPEN } from './results';
import { timerView, type Walker } from './walker';

/** Replays customer `c` in dynamic mode into the walker's result columns. */
export function replayDynamic(w: Walker, c: number): void {
  const cj = w.cj;
  const pl = w.pl;
  const keyCount = cj.keyCount;
  const personaIndex = pl.persona[c]!;
  const personaBase = personaIndex * keyCount;
  w.begin(c);
  // Where the customer stands: their persona, the last action taken, or an event with no response.
  w.cur = cj.personas[personaIndex] ?? -1;
  w.armedAt = w.firstAt;
  let offRoute = 0;
  let ignored = 0;

  for (let k = pl.eventStart[c]!, end = pl.eventStart[c + 1]!; k < end; k++) {
    const t = pl.eventAt[k]!;
    fireTimers(w, t);
    if (w.ended !== END_OPEN) {
      ignored++;
      continue;
    }
    const key = pl.eventKey[k]!;
    if (key < 0) {
      offRoute++;
      continue;
    }
    const ch = pl.eventChannel[k]!;
    // First the events right after where the customer stands…
    const near = w.cur >= 0 ? cj.next.find(w.cur * keyCount + key) : 0;
    if (near !== 0) {
      const pool = cj.next.pool;
      let pick = -1;
      for (let i = near + 1, end = near + 1 + pool[near]!; i < end; i += 2) {
        const nodeCh = cj.eventChannel[pool[i]!]!;
        if (nodeCh === ch) {
          pick = i;
          break;
        }
        if (pick < 0 && (nodeCh === NO_CHANNEL || ch === NO_CHANNEL)) pick = i;
      }
      if (pick >= 0) {
        respond(w, pool[pick]!, pool[pick + 1]!, t, pl.eventView[k]!, undefined);
        continue;
      }
    }
    // …then anywhere the journey knows this event for the persona, nearest first.
    const far = cj.reachable.find(personaBase + key);
    if (far !== 0) {
      const pool = cj.reachable.pool;
      let pick = -1;
      for (let i = far + 1, end = far + 1 + pool[far]!; i < end; i++) {
        const nodeCh = cj.eventChannel[pool[i]!]!;
        if (nodeCh === ch) {
          pick = i;
          break;
        }
        if (pick < 0 && (nodeCh === NO_CHANNEL || ch === NO_CHANNEL)) pick = i;
      }
      if (pick >= 0) {
        respond(w, pool[pick]!, -1, t, pl.eventView[k]!, 'jump');
        continue;
      }
    }
    offRoute++;
  }
  // The customer's silence after their last event.
  fireTimers(w, Infinity);

  w.out.offRoute[c] = offRoute;
  w.out.ignored[c] = ignored;
  w.finish(w.ended);
}

/** The customer reaches event node `e`: the journey responds, re-routes or stalls. */
function respond(w: Walker, e: number, edge: number, t: number, view: Record<string, unknown>, note: 'timer' | 'jump' | undefined): void {
  w.enterEvent(e, edge, t, note);
  w.setEvent(view, t, note === 'timer');
  w.chainLen = 0;
  const preferred = w.resolve(e, false, t, 0);
  if (preferred < 0) {
    // The journey has nothing to do here: the customer simply is at this event now.
    w.cur = e;
    w.armedAt = t;
    return;
  }
  if (w.available(preferred, t)) {
    w.cur = w.takeChain(t);
    w.armedAt = t;
    return;
  }
  w.chainLen = 0;
  if (w.resolve(e, true, t, 0) < 0) {
    w.stall(preferred, t);
    // Stays where they were. A stall is still a step, so the timer clock restarts from it —
    // after a log event as after a timer (a timer that stalled retries after another delay).
    w.armedAt = t;
    return;
  }
  w.out.reroutes[w.c]!++;
  w.cur = w.takeChain(t, 're-route');
  w.armedAt = t;
}

/** Fires the timer after the customer's position while it is due before `limit` (the next log event; Infinity after the last). */
function fireTimers(w: Walker, limit: number): void {
  const cj = w.cj;
  while (w.ended === END_OPEN && w.cur >= 0) {
    const e = cj.firstTimer[w.cur]!;
    if (e < 0) return;
    const due = w.armedAt + cj.timerMinutes[e]!;
    if (due >= limit || due > w.pl.horizon) return;
    if (!w.claimTimer(e, limit === Infinity)) return;
    respond(w, e, cj.firstTimerEdge[w.cur]!, due, timerView(cj, e, due, w.lastEventView), 'timer');
  }
}

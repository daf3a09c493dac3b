/**
 * Static mode — the printed route. The customer advances only when the event the route
 * expects next comes in; any other event is off-route. Decisions take the route's branch
 * whatever the persona; a split still sends the customer to their own variant (the
 * printed campaign runs its A/B test), and they rejoin the route if that variant leads
 * to the route's next event. A closed action on the route stalls the customer there.
 */
import { NO_CHANNEL } from './codes';
import { END_LEFT_ROUTE, END_OPEN, END_ROUTE } from './results';
import { timerView, type Walker } from './walker';

/** Replays customer `c` in static mode into the walker's result columns. */
export function replayStatic(w: Walker, c: number): void {
  const cj = w.cj;
  const pl = w.pl;
  const route = cj.route;
  w.begin(c);
  // The next route segment the customer waits for; `segments` once the printed route is over for them.
  w.seg = 0;
  // The node the customer last reached, to name the edge into the next one.
  w.cur = cj.personas[pl.persona[c]!] ?? -1;
  w.armedAt = w.firstAt;
  w.routeEnd = END_OPEN;
  let offRoute = 0;
  let ignored = 0;

  for (let k = pl.eventStart[c]!, end = pl.eventStart[c + 1]!; k < end; k++) {
    const t = pl.eventAt[k]!;
    fireTimers(w, t);
    if (w.ended !== END_OPEN) {
      ignored++;
      continue;
    }
    if (w.seg >= route.segments) {
      offRoute++;
      continue;
    }
    const e = route.event[w.seg]!;
    const nodeCh = cj.eventChannel[e]!;
    const ch = pl.eventChannel[k]!;
    if (pl.eventKey[k] === cj.eventKey[e] && (nodeCh === NO_CHANNEL || ch === NO_CHANNEL || nodeCh === ch)) {
      attempt(w, t, pl.eventView[k]!, undefined);
    } else {
      offRoute++;
    }
  }
  // The customer's silence after their last event.
  fireTimers(w, Infinity);

  w.out.offRoute[c] = offRoute;
  w.out.ignored[c] = ignored;
  w.finish(w.ended !== END_OPEN ? w.ended : w.routeEnd);
}

/** The route's expected event came in: walk the segment to its action, or stall before it. */
function attempt(w: Walker, t: number, view: Record<string, unknown>, note: 'timer' | undefined): void {
  const cj = w.cj;
  const route = cj.route;
  const n = cj.nodeCount;
  const seg = w.seg;
  const e = route.event[seg]!;
  w.enterEvent(e, w.cur >= 0 ? (cj.edgeBetween.get(w.cur * n + e) ?? -1) : -1, t, note);
  w.setEvent(view, t, note === 'timer');
  let action = route.action[seg]!;
  if (action < 0) {
    // The route stops before an action: the printed map is over.
    w.cur = e;
    w.seg = route.segments;
    w.routeEnd = END_ROUTE;
    return;
  }
  w.chainLen = 0;
  let detour = false;
  for (let i = route.edgeStart[seg]!, end = route.edgeStart[seg + 1]!; i < end; i++) {
    const edge = route.edges[i]!;
    const source = cj.edgeSource[edge]!;
    if (route.hasSplit[seg] && cj.isSplit[source]) {
      const variant = cj.choiceEdge[w.splitSlot(source)]!;
      if (variant !== edge) {
        // Off the printed road: the customer's own variant, its decisions by their rules.
        detour = true;
        w.chain[w.chainLen++] = variant;
        action = w.resolve(cj.edgeTarget[variant]!, false, t, 1);
        break;
      }
    }
    w.chain[w.chainLen++] = edge;
  }
  if (action < 0) {
    w.cur = e;
    w.seg = route.segments;
    w.routeEnd = END_LEFT_ROUTE;
    return;
  }
  if (!w.available(action, t)) {
    w.stall(action, t);
    // Waits where it was. A stall is still a step: the timer clock restarts from it.
    w.armedAt = t;
    return;
  }
  w.cur = w.takeChain(t);
  w.armedAt = t;
  if (!detour) w.seg++;
  else if (seg + 1 >= route.segments) w.seg = route.segments;
  else if (cj.edgeBetween.has(w.cur * n + route.event[seg + 1]!)) w.seg++;
  else {
    w.seg = route.segments;
    w.routeEnd = END_LEFT_ROUTE;
  }
  if (w.seg >= route.segments && w.routeEnd === END_OPEN) w.routeEnd = END_ROUTE;
}

/** Fires the route's next event when it is a timer due before `limit` (the next log event; Infinity after the last). */
function fireTimers(w: Walker, limit: number): void {
  const cj = w.cj;
  const route = cj.route;
  while (w.ended === END_OPEN && w.seg < route.segments) {
    const e = route.event[w.seg]!;
    const minutes = cj.timerMinutes[e]!;
    if (minutes <= 0) return;
    const due = w.armedAt + minutes;
    if (due >= limit || due > w.pl.horizon) return;
    if (!w.claimTimer(e, limit === Infinity)) return;
    attempt(w, due, timerView(cj, e, due, w.lastEventView), 'timer');
  }
}

/**
 * The interactions users feel, played the same way on every page: pan and zoom, drag one node,
 * select a node, type a name, open the app with the journey stored. Each step returns figures;
 * nothing here asserts. Input goes through CDP (as a hand would: at fixed times, whether or not
 * the page keeps up) so every page receives the same events.
 */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An empty timeline and its `push(params, gap)`: each event `gap` ms after the one before. */
function timeline() {
  const events = [];
  let at = 0;
  const push = (params, gap) => {
    events.push({ at, params });
    at += gap;
  };
  return { events, push };
}

/**
 * The pan/zoom gesture: zoom in from the fitted overview to full detail, pan, zoom out part-way,
 * pan back, zoom out to the overview — about 4 s. Pans use the middle button, which React Flow
 * pans with even over a node or an edge, so the same events pan both pages.
 */
function gestureTimeline() {
  const { events, push } = timeline();
  const wheel = (deltaY, count) => {
    for (let i = 0; i < count; i++) push({ type: 'mouseWheel', deltaX: 0, deltaY }, 60);
  };
  const pan = (dx, dy, moves) => {
    push({ type: 'mousePressed', button: 'middle', buttons: 4, clickCount: 1 }, 16);
    for (let i = 1; i <= moves; i++) push({ type: 'mouseMoved', button: 'middle', buttons: 4, dx: (dx * i) / moves, dy: (dy * i) / moves }, 16);
    push({ type: 'mouseReleased', button: 'middle', buttons: 0, clickCount: 1, dx, dy }, 16);
    push({ type: 'mouseMoved', button: 'none', buttons: 0 }, 100);
  };
  push({ type: 'mouseMoved', button: 'none', buttons: 0 }, 100);
  wheel(-100, 18); // ×2^0.2 per notch: 18 notches ≈ ×12, overview → detail
  pan(-320, -180, 40);
  wheel(100, 8);
  pan(280, 200, 40);
  wheel(100, 10); // back to the overview
  return events;
}

/**
 * Zooming far out and back: from the overview the pan/zoom gesture ends on, 12 notches out (to the
 * editor's minimum, 5 %, where a 5,000-node journey is all on screen), a pan across, 12 notches back.
 */
function farTimeline() {
  const { events, push } = timeline();
  push({ type: 'mouseMoved', button: 'none', buttons: 0 }, 100);
  for (let i = 0; i < 12; i++) push({ type: 'mouseWheel', deltaX: 0, deltaY: 100 }, 60);
  push({ type: 'mousePressed', button: 'middle', buttons: 4, clickCount: 1 }, 16);
  for (let i = 1; i <= 40; i++) push({ type: 'mouseMoved', button: 'middle', buttons: 4, dx: (-300 * i) / 40, dy: (120 * i) / 40 }, 16);
  push({ type: 'mouseReleased', button: 'middle', buttons: 0, clickCount: 1, dx: -300, dy: 120 }, 16);
  push({ type: 'mouseMoved', button: 'none', buttons: 0 }, 100);
  for (let i = 0; i < 12; i++) push({ type: 'mouseWheel', deltaX: 0, deltaY: -100 }, 60);
  return events;
}

/** Dragging one node 300 px to the right and 120 px down in 30 moves, a move every 16 ms. */
function dragTimeline() {
  const events = [{ at: 0, params: { type: 'mousePressed', button: 'left', buttons: 1, clickCount: 1 } }];
  for (let i = 1; i <= 30; i++) events.push({ at: 16 * i, params: { type: 'mouseMoved', button: 'left', buttons: 1, dx: 10 * i, dy: 4 * i } });
  events.push({ at: 16 * 31, params: { type: 'mouseReleased', button: 'left', buttons: 0, clickCount: 1, dx: 300, dy: 120 } });
  return events;
}

/** Sends a timeline's events at their times without waiting for the page, then waits until all are handled. */
async function play(cdp, timeline, origin) {
  const began = performance.now();
  const sent = [];
  for (const { at, params } of timeline) {
    const wait = began + at - performance.now();
    if (wait > 0) await sleep(wait);
    const { dx = 0, dy = 0, ...rest } = params;
    sent.push(cdp.send('Input.dispatchMouseEvent', { ...rest, x: origin[0] + dx, y: origin[1] + dy }));
  }
  await Promise.all(sent);
}

export function quantile(values, q) {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Frame-time figures from requestAnimationFrame timestamps (the last two calm frames left out). */
function frameFigures(frames) {
  const deltas = frames.slice(1).map((t, i) => t - frames[i]).slice(0, -2);
  return {
    frames: deltas.length,
    median: quantile(deltas, 0.5),
    p95: quantile(deltas, 0.95),
    max: deltas.length ? Math.max(...deltas) : NaN,
    slowFrames: deltas.filter((d) => d > 34).length,
  };
}

/** Records frames (and long tasks) while `act` runs, until the page is calm again. */
async function recordFrames(page, act) {
  await page.evaluate(() => window.__recorder.start());
  const began = Date.now();
  await act();
  const handledMs = Date.now() - began;
  // Until the last event's frame is drawn: two calm frames in a row, which are then left out.
  await page.evaluate(() => window.__settle(2, 20, 10000));
  const totalMs = Date.now() - began;
  const { frames, longTasks, zoom } = await page.evaluate(() => window.__recorder.stop());
  return { ...frameFigures(frames), handledMs, totalMs, zoom, longTaskMs: longTasks.reduce((a, b) => a + b, 0) };
}

export async function canvasFacts(page) {
  return page.evaluate(() => {
    const rect = document.querySelector('.react-flow').getBoundingClientRect();
    const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(document.querySelector('.react-flow__viewport').style.transform);
    return {
      box: [rect.left, rect.top, rect.width, rect.height].map((v) => Math.round(v)),
      viewport: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null,
      renderedNodes: document.querySelectorAll('.react-flow__node').length,
      renderedEdges: document.querySelectorAll('.react-flow__edge').length,
    };
  });
}

export function gesture(page, cdp, centre) {
  return recordFrames(page, () => play(cdp, gestureTimeline(), centre));
}

export function far(page, cdp, centre) {
  return recordFrames(page, () => play(cdp, farTimeline(), centre));
}

/**
 * The two nodes nearest the middle of the canvas, clear of its corners' controls: one to drag,
 * one to select. Chosen on the first page and reused by id on the others.
 */
export async function pickNodes(page, box) {
  return page.evaluate(([left, top, width, height]) => {
    const cx = left + width / 2;
    const cy = top + height / 2;
    const inside = (r) => r.left > left + 40 && r.right < left + width - 200 && r.top > top + 40 && r.bottom < top + height - 140;
    return [...document.querySelectorAll('.react-flow__node')]
      .map((el) => ({ id: el.dataset.id, r: el.getBoundingClientRect() }))
      .filter(({ r }) => inside(r))
      .sort((a, b) => Math.hypot(a.r.x - cx, a.r.y - cy) - Math.hypot(b.r.x - cx, b.r.y - cy))
      .slice(0, 2)
      .map(({ id }) => id);
  }, box);
}

async function centreOf(page, id) {
  return page.evaluate((id) => {
    const r = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`).getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }, id);
}

export async function drag(page, cdp, id) {
  const at = await centreOf(page, id);
  return recordFrames(page, () => play(cdp, dragTimeline(), at));
}

/** The inspector's Name field, as page source. */
const NAME_INPUT = `[...document.querySelectorAll('[aria-label="Inspector"] label')].find((l) => l.textContent.trim() === 'Name')?.control`;

/** Time from the click on a node until the inspector shows its name (app) or the node shows as selected (bare). */
export async function select(page, cdp, id, kind) {
  const at = await centreOf(page, id);
  const name = await page.evaluate((id) => {
    const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    return (node.querySelector('[data-node-title]') ?? node).textContent.trim();
  }, id);
  const done =
    kind === 'bare'
      ? `() => document.querySelector('.react-flow__node[data-id="${id}"]')?.classList.contains('selected')`
      : `() => ${NAME_INPUT}?.value === ${JSON.stringify(name)}`;
  await page.evaluate((done) => {
    window.__armed = window.__arm('mousedown', done);
  }, done);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', button: 'left', buttons: 1, clickCount: 1, x: at[0], y: at[1] });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', button: 'left', buttons: 0, clickCount: 1, x: at[0], y: at[1] });
  return { ms: await page.evaluate(() => window.__armed) };
}

/** Typing eight letters at the end of the selected node's name: each key's input-to-paint, until the canvas card shows it. */
export async function type(page, cdp, id) {
  const focused = await page.evaluate((NAME_INPUT) => {
    const input = new Function(`return ${NAME_INPUT}`)();
    if (!input) return false;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    return true;
  }, NAME_INPUT);
  if (!focused) return { keys: [], median: NaN, p95: NaN, max: NaN };
  const keys = [];
  let typed = '';
  for (const letter of 'quickfox') {
    typed += letter;
    const done = `() => (document.querySelector('.react-flow__node[data-id="${id}"] [data-node-title]')?.textContent ?? '').endsWith(${JSON.stringify(typed)})`;
    await page.evaluate((done) => {
      window.__armed = window.__arm('keydown', done);
    }, done);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: letter, code: `Key${letter.toUpperCase()}`, text: letter });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: letter, code: `Key${letter.toUpperCase()}` });
    keys.push(await page.evaluate(() => window.__armed));
    await sleep(120);
  }
  return { keys, median: quantile(keys, 0.5), p95: quantile(keys, 0.95), max: Math.max(...keys) };
}

/** Opening the app with the journey stored in IndexedDB: from navigation to the first node drawn. */
export async function openStored(browser, url, contextOptions, initScript) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript);
    await page.goto(`${url}&seed=1`);
    await page.waitForFunction(() => window.__seeded === true, null, { timeout: 120_000 });
    const began = Date.now();
    await page.goto(url);
    await page.waitForSelector('.react-flow__node', { state: 'visible', timeout: 120_000 });
    const firstNodeMs = Date.now() - began;
    const nodes = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
    return { firstNodeMs, nodes };
  } finally {
    await context.close();
  }
}

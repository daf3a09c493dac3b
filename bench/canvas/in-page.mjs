/**
 * What the canvas benchmark installs in each page before any page script: a frame recorder,
 * a long-task counter, a "calm" detector, and an input-to-paint stopwatch. Serialised into
 * the page by Playwright's addInitScript, so it may use nothing from this module's scope.
 */
export function installRecorder() {
  const state = { frames: [], running: false, longTasks: [], zoom: [Infinity, 0] };
  new PerformanceObserver((list) => {
    if (state.running) for (const e of list.getEntries()) state.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
  window.__recorder = {
    start() {
      state.frames = [];
      state.longTasks = [];
      state.zoom = [Infinity, 0];
      state.running = true;
      const viewport = document.querySelector('.react-flow__viewport');
      const loop = (t) => {
        if (!state.running) return;
        state.frames.push(t);
        // Reading the inline style is cheap (no layout) and tells how far the gesture zoomed.
        const zoom = Number(/scale\(([-\d.e]+)\)/.exec(viewport?.style.transform ?? '')?.[1]);
        if (zoom < state.zoom[0]) state.zoom[0] = zoom;
        if (zoom > state.zoom[1]) state.zoom[1] = zoom;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stop() {
      state.running = false;
      return { frames: state.frames, longTasks: state.longTasks, zoom: state.zoom };
    },
  };
  /** Resolves once `count` frames in a row each took under `ms`, or after `timeout`. */
  window.__settle = (count = 10, ms = 50, timeout = 15000) =>
    new Promise((resolve) => {
      const began = performance.now();
      let last = began;
      let calm = 0;
      const loop = (t) => {
        calm = t - last < ms ? calm + 1 : 0;
        last = t;
        if (calm >= count || t - began > timeout) resolve(t - began);
        else requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
  /**
   * Input to paint: from the input event's own timestamp until the first frame after `done()`
   * holds has been painted (a task queued from that frame's requestAnimationFrame runs after
   * its paint). `arm(type, done)` listens for the next `type` event in the capture phase.
   */
  const paintedAfter = (began, done, resolve, timeout) => {
    const check = () => {
      if (done() || performance.now() - began > timeout) {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(done() ? performance.now() - began : NaN);
          channel.port2.postMessage(null);
        });
      } else requestAnimationFrame(check);
    };
    check();
  };
  window.__arm = (type, doneSource, timeout = 20000) => {
    // The condition comes as source text: functions do not cross page.evaluate.
    const done = new Function(`return (${doneSource})()`);
    return new Promise((resolve) => {
      addEventListener(type, (event) => queueMicrotask(() => paintedAfter(event.timeStamp, done, resolve, timeout)), { capture: true, once: true });
    });
  };
}

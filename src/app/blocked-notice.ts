/**
 * Shown before the app renders, when opening the library waits for another tab that still runs
 * an older version of Journey Designer (IndexedDB "blocked"): say why nothing appears and what to
 * do, instead of a blank page. Plain DOM with textContent: React is not mounted yet.
 */
const ID = 'blocked-notice';

export function showBlockedNotice(): void {
  if (document.getElementById(ID)) return;
  const box = document.createElement('div');
  box.id = ID;
  box.setAttribute('role', 'alert');
  box.style.cssText = 'max-width:40rem;margin:4rem auto;padding:1.5rem;font:1.125rem/1.5 system-ui,sans-serif;border:2px solid #b45309;border-radius:.5rem';
  const title = document.createElement('h1');
  title.textContent = 'Journey Designer is waiting for another tab';
  title.style.cssText = 'font-size:1.5rem;font-weight:700;margin:0 0 .5rem';
  const text = document.createElement('p');
  text.textContent =
    'This version of Journey Designer needs to update your library, and another tab still has an older version open. Reload or close that tab — your journeys there are saved first — and this one opens by itself.';
  box.append(title, text);
  document.body.prepend(box);
}

export function hideBlockedNotice(): void {
  document.getElementById(ID)?.remove();
}

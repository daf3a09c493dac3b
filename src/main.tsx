import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './app/App';
import { JourneyDesignerDB } from './db/database';
import { startPersistence } from './app/persistence';
import { setAppDatabase } from './app/app-database';
import { hideBlockedNotice, showBlockedNotice } from './app/blocked-notice';
import { UpdatePrompt } from './app/UpdatePrompt';
import { presenterViewSession } from './presenter/sync/protocol';

const presenterSession = presenterViewSession(location.search);
if (presenterSession !== null) {
  // The presenter view (a second window opened from presenter mode): no editor, no storage —
  // everything it shows comes from the room's window over a BroadcastChannel.
  void import('./presenter/window/PresenterWindow').then(({ PresenterWindow }) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PresenterWindow session={presenterSession} />
      </StrictMode>,
    ),
  );
} else {
  // Open the library first: the last journey, or on first run the sample journey, so a
  // facilitator has something to show at once. If storage is unavailable the editor still
  // works from memory and says its edits are not saved.
  const db = new JourneyDesignerDB();
  setAppDatabase(db);
  void startPersistence(db, { onBlocked: showBlockedNotice }).finally(() => {
    hideBlockedNotice();
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App notices={<UpdatePrompt />} />
      </StrictMode>,
    );
  });
}

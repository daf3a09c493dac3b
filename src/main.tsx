import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './app/App';
import { useEditor } from './store/editor';
import { cloneSample } from './samples/retail';

// First run shows the sample journey, so a facilitator has something to show at once.
useEditor.getState().loadJourney(cloneSample());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

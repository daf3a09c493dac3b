/** The real editor over a generated journey: the same App, stylesheet and store as the product. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app.css';
import { App } from '../../src/app/App';
import { useEditor } from '../../src/store/editor';
import { generateJourney, sizeFromUrl } from './generate';

const size = sizeFromUrl(location.search);
const { journey, columns, rows } = generateJourney(size.nodes, size.edges);
useEditor.getState().loadJourney(journey);
Object.assign(window, { __bench: { page: 'app', nodes: journey.nodes.length, edges: journey.edges.length, columns, rows } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

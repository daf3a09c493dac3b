/**
 * Opening the app with a large journey stored: `?seed=1` writes the generated journey to the
 * app's own IndexedDB as the last one opened, then reloads without `seed`; the reload boots
 * exactly as the product does (src/main.tsx: persistence reads the journey, then the app renders).
 */
import './app.css';
import { JourneyDesignerDB } from '../../src/db/database';
import { createJourney } from '../../src/db/journeys';
import { setLastOpenedJourneyId } from '../../src/db/settings';
import { generateJourney, sizeFromUrl } from './generate';

const params = new URLSearchParams(location.search);
if (params.has('seed')) {
  const size = sizeFromUrl(location.search);
  const { journey } = generateJourney(size.nodes, size.edges);
  const db = new JourneyDesignerDB();
  await createJourney(db, journey);
  await setLastOpenedJourneyId(db, journey.id);
  db.close();
  params.delete('seed');
  Object.assign(window, { __seeded: true });
} else {
  await import('../../src/main');
}

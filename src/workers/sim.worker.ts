/// <reference lib="webworker" />
/** The simulation worker: the engine behind comlink, nothing else (see sim-api.ts). */
import { expose } from 'comlink';
import { workerApi } from './sim-api';

expose(workerApi);

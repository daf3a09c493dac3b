/// <reference lib="webworker" />
/** The mining worker: event-log reading, discovery and conformance behind comlink (see mining-api.ts). */
import { expose } from 'comlink';
import { miningApi } from './mining-api';

expose(miningApi);

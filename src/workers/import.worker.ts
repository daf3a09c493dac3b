/// <reference lib="webworker" />
/** The journey-import worker: reading and checking a journey file behind comlink (see import-api.ts). */
import { expose } from 'comlink';
import { createImportApi } from './import-api';

expose(createImportApi());

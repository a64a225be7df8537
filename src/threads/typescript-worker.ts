/**
 * A worker thread running one of the project's TypeScript modules. tsx's `--import` hook does not
 * reach worker threads, so the thread registers tsx's API itself before importing the module; an
 * error while starting (the module failing to load) reaches the Worker's 'error' event.
 */
import { Worker } from 'node:worker_threads';

const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then(({ register }) => {
    register();
    return import(workerData.module);
  })
  .catch((error) => setImmediate(() => { throw error; }));
`;

/**
 * The thread running `module` (a file URL) with `data` as its `workerData.data`, or null when no
 * thread can be started here. The caller ends it (terminate) when done with it.
 */
export function startTypeScriptWorker(module: string, data: unknown = null): Worker | null {
  try {
    const tsxApi = import.meta.resolve('tsx/esm/api');
    return new Worker(BOOT, { eval: true, workerData: { tsxApi, module, data }, execArgv: [] });
  } catch {
    return null;
  }
}

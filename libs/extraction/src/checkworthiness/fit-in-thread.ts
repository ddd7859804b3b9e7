/**
 * Fitting a model in a thread of its own (./training-thread.ts): a fit holds the CPU for seconds to minutes, which on
 * the worker's event loop would stall every other job of the process (and let BullMQ's locks lapse). The thread is
 * ended when the fit overruns its time limit.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckworthinessModel } from './linear-model';
import type { TrainingExample, TrainingHyper } from './training';

const THREAD_FILE = join(__dirname, `training-thread${extname(__filename)}`);
const THREAD_EXEC_ARGV = extname(__filename) === '.ts' ? ['--require', 'ts-node/register/transpile-only'] : undefined;

export interface FitTask {
  examples: TrainingExample[];
  hyper: TrainingHyper;
  /** When the optimiser stops where it is (Date.now() ms); the thread is ended if the fit is not back soon after. */
  deadline: number;
}

export class TrainingTimeError extends Error {
  constructor(limitMs: number) {
    super(`the fit took longer than its time limit of ${Math.round(limitMs / 1000)} s`);
    this.name = 'TrainingTimeError';
  }
}

/**
 * Fits a model in a new thread. The optimiser stops at 80 % of the limit (the model is what it reached, measured like
 * any other); the thread is ended at the limit, for what the optimiser cannot stop (reading the features).
 */
export function fitInThread(
  examples: TrainingExample[],
  hyper: TrainingHyper,
  timeLimitMs: number,
): Promise<CheckworthinessModel & { meta: { iterations: number } }> {
  const task: FitTask = { examples, hyper, deadline: Date.now() + timeLimitMs * 0.8 };
  return new Promise((resolve, reject) => {
    const thread = new Worker(THREAD_FILE, { workerData: task, execArgv: THREAD_EXEC_ARGV });
    const timer = setTimeout(() => {
      reject(new TrainingTimeError(timeLimitMs));
      void thread.terminate();
    }, timeLimitMs);
    thread.once('message', (model: CheckworthinessModel & { meta: { iterations: number } }) => {
      clearTimeout(timer);
      resolve(model);
      void thread.terminate();
    });
    thread.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    thread.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the training thread ended (${code}) without a model`));
    });
  });
}

/**
 * What a training thread runs (see ./fit-in-thread.ts): one fit, its model posted back. Only ever loaded as a thread's
 * entry, never imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FitTask } from './fit-in-thread';
import { fitCheckworthiness } from './training';

const task = workerData as FitTask;
parentPort!.postMessage(fitCheckworthiness(task.examples, task.hyper, { deadline: task.deadline }));

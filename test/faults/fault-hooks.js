// Fault hooks, preloaded into a worker process (`node -r`) by the fault-injection suite, never by the service; its
// extraction threads inherit the preload, so the hooks run where the extraction runs.
// They change nothing unless an article carries a marker or the environment asks for a crash:
//   POISON-PILL          extraction throws, every time (a poison article)
//   SLOW-PILL-<ms>       extraction busies its thread for <ms> (a long job; or, with a limit, one that never ends)
//   RUN-ID-<id>          each extraction of the article is logged, so tests can count runs
//   FAULT_CRASH_AFTER_ENQUEUE=1   the relay's first hand-over to BullMQ kills the process before it can commit
const fs = require('node:fs');
const path = require('node:path');

// Written straight to the process's stderr: a thread's own stderr stream reaches the process later, and not at all
// when the thread is ended (as a failed or overdue extraction's thread is) before it is passed on.
const log = (line) => fs.writeSync(2, `fault-hooks: ${line}\n`);

const root = path.join(__dirname, '../..');
const extraction = require(path.join(root, 'dist/libs/extraction/src/index.js'));
const extractQuotes = extraction.extractQuotes;

extraction.extractQuotes = function hookedExtractQuotes(text, options) {
  const run = /RUN-ID-([\w-]+)/.exec(text);
  if (run) log(`extraction run ${run[1]} in ${process.pid}`);
  if (text.includes('POISON-PILL')) throw new Error('poison pill: this article always breaks extraction');
  const slow = /SLOW-PILL-(\d+)/.exec(text);
  if (slow) {
    const until = Date.now() + Number(slow[1]);
    while (Date.now() < until) {
      // Busy, as a pathological extraction is: the thread checks no budget, only the pool's deadline ends it.
    }
  }
  return extractQuotes.call(this, text, options);
};

if (process.env.FAULT_CRASH_AFTER_ENQUEUE === '1') {
  const { Queue } = require('bullmq');
  const addBulk = Queue.prototype.addBulk;
  Queue.prototype.addBulk = async function crashAfterAddBulk(...args) {
    const jobs = await addBulk.apply(this, args);
    log(`${jobs.length} jobs handed to BullMQ; crashing before the outbox commit`);
    process.kill(process.pid, 'SIGKILL');
    return jobs;
  };
}

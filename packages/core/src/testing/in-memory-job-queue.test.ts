import { describeJobQueueContract } from './contract/job-queue.contract.js';
import { InMemoryJobQueue } from './in-memory-job-queue.js';

describeJobQueueContract('in-memory', async () => {
  const queue = new InMemoryJobQueue();
  return {
    queue,
    async pending(name, id) {
      const key = `${name}:${id}`;
      return queue.gaveUp.has(key) ? null : (queue.jobs.get(key)?.data ?? null);
    },
    async exhaust(name, id) {
      queue.giveUp(name, id);
    },
  };
});

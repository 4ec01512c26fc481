import { randomInt } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { startJobQueue } from './job-queue.js';

describe('the job queue', () => {
  it('runs a scheduled job when triggered, through pg-boss in the same Postgres', async () => {
    const name = `test-job-${randomInt(1e9)}`;
    let runs = 0;
    const queue = await startJobQueue(inject('databaseUrl'), [{ name, cron: '0 7 * * *', run: async () => void (runs += 1) }]);
    try {
      await queue.trigger(name);
      await expect.poll(() => runs, { timeout: 15_000, interval: 250 }).toBe(1);
    } finally {
      await queue.stop();
    }
  });
});

import PgBoss from 'pg-boss';

export interface ScheduledJob {
  /** Queue name, e.g. "evidence-reminders". */
  name: string;
  /** Cron in Europe/London time, e.g. "0 6 * * *" for 06:00 daily. */
  cron: string;
  run(): Promise<void>;
}

export interface JobQueue {
  /** Queues a run now (a worker in any API process picks it up). */
  trigger(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Background work on pg-boss in the same Postgres (its own `pgboss` schema): schedules survive
 * restarts and, with several API processes, each run happens once. pg-boss 10 is the last major
 * that supports Node 20.
 */
export async function startJobQueue(connectionString: string, jobs: ScheduledJob[]): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString, max: 2, schema: 'pgboss' });
  boss.on('error', (error) => console.error('job queue:', error));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/London' });
    await boss.work(job.name, { pollingIntervalSeconds: 5 }, async () => {
      await job.run();
    });
  }
  return {
    async trigger(name) {
      await boss.send(name, {});
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5_000 });
    },
  };
}

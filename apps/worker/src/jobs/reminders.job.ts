import { Job, Queue, Worker } from 'bullmq';
import type { Pool } from 'pg';
import { CAMPAIGN_TIME_ZONE, dateIn, isCalendarDate } from '@jixiao/domain';
import { Mailer, ReminderRun, runReminders, smtpMailer } from '@jixiao/campaigns';
import { connectionOf } from '@jixiao/reports';

export const REMINDERS_SCHEDULER = 'daily-reminders';
/** Every day at 09:00 in Asia/Shanghai (SPEC §17). */
export const REMINDERS_REPEAT = { pattern: '0 9 * * *', tz: CAMPAIGN_TIME_ZONE };

export interface RemindersOptions {
  queueName: string;
  redisUrl: string;
  smtpUrl?: string;
  smtpFrom?: string;
  onError?: (error: Error) => void;
}

const RESCHEDULE_MS = 10 * 60 * 1000;

export interface Reminders {
  queue: Queue;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * The reminders' own queue with one job scheduler (an upsert: any number of workers register it once) and its worker.
 * A job may name the day (`{today}`); the scheduled one runs for the day it fires on.
 */
export async function startReminders(pool: Pool, options: RemindersOptions): Promise<Reminders> {
  const connection = connectionOf(options.redisUrl);
  const queue = new Queue(options.queueName, { connection });
  queue.on('error', () => undefined);
  // Redis keeps nothing on disk here: the scheduler is upserted again now and then, so a restart loses no day.
  const schedule = () => queue.upsertJobScheduler(REMINDERS_SCHEDULER, REMINDERS_REPEAT, {
    name: 'run-reminders', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 },
  }).catch((e: Error) => options.onError?.(e));
  await schedule();
  const rescheduler = setInterval(schedule, RESCHEDULE_MS);
  const mailer: Mailer | null = options.smtpUrl ? smtpMailer(options.smtpUrl, options.smtpFrom) : null;
  const worker = new Worker(options.queueName, (job: Job<{ today?: string }>) => remind(pool, job, mailer), { connection, concurrency: 1 });
  return {
    queue,
    worker,
    async close() {
      clearInterval(rescheduler);
      await worker.close();
      await queue.close();
      mailer?.close();
    },
  };
}

function remind(pool: Pool, job: Job<{ today?: string }>, mailer: Mailer | null): Promise<ReminderRun> {
  const today = isCalendarDate(job.data.today) ? job.data.today : dateIn(CAMPAIGN_TIME_ZONE, new Date(job.timestamp));
  return runReminders(pool, today, mailer);
}

// Runs background jobs in this process right after the request that queued them has been answered.
// The job row is the state (status, progress, result), so any process can report it; a job is claimed
// with a conditional UPDATE so two processes never run the same one.
import os from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import type { JobRecord } from '../../../../../packages/db/src/repositories/jobs.ts';
import type { Ctx } from '../../context.ts';

export interface JobOutcome {
  status: 'succeeded' | 'failed';
  message: string;
  result: unknown;
}

export type Progress = (done: number, total: number | null, message?: string) => Promise<void>;
export type JobHandler = (ctx: Ctx, job: JobRecord, progress: Progress) => Promise<JobOutcome>;

export class JobRunner {
  private readonly ctx: Ctx;
  private readonly log: FastifyBaseLogger;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly worker = `${os.hostname()}:${process.pid}`;

  constructor(ctx: Ctx, log: FastifyBaseLogger) {
    this.ctx = ctx;
    this.log = log;
  }

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Starts the job on the next turn of the event loop (after the response has gone). */
  start(jobId: number): void {
    const p = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.run(jobId))
      .catch((err: unknown) => this.log.error({ err, jobId }, 'job failed to run'))
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  /** Waits for every job started here (on shutdown, before the database closes). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private async run(jobId: number): Promise<void> {
    const { db } = this.ctx;
    if (!(await jobsRepo.claimJob(db, jobId, this.worker))) return;
    const job = await jobsRepo.findJob(db, jobId);
    if (!job) return;
    const handler = this.handlers.get(job.kind);
    if (!handler) {
      await jobsRepo.finishJob(
        db,
        jobId,
        'failed',
        `Không có bộ xử lý cho loại công việc ${job.kind}.`,
        null,
      );
      return;
    }
    try {
      const outcome = await handler(this.ctx, job, (done, total, message) =>
        jobsRepo.updateJobProgress(db, jobId, done, total, message ?? null),
      );
      await jobsRepo.finishJob(db, jobId, outcome.status, outcome.message, outcome.result);
    } catch (err) {
      this.log.error({ err, jobId }, 'job crashed');
      await jobsRepo.finishJob(
        db,
        jobId,
        'failed',
        'Công việc gặp lỗi ở máy chủ và đã dừng; không có thay đổi nào được ghi.',
        null,
      );
    }
  }
}

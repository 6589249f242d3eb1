// Keeps the score_changes read model up with the committed log, beside the job feed: the audit query only reads it.
// Each run holds the model's checkpoint row for its transaction, so two workers never interleave.
import type { Pool } from 'pg';
import { catchUpScoreChanges } from '@jixiao/read-models';

export class ScoreChangesRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {}

  /** Projects the committed events after the checkpoint; returns how many it passed. */
  async tick(): Promise<number> {
    return (await catchUpScoreChanges(this.pool)).events;
  }

  start(intervalMs: number): void {
    const loop = async () => {
      let passed = 0;
      try {
        passed = await this.tick();
      } catch (error) {
        this.onError(error as Error);
      }
      if (this.timer !== null) this.timer = setTimeout(() => (this.running = loop()), passed ? 0 : intervalMs);
    };
    this.timer = setTimeout(() => (this.running = loop()), 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}

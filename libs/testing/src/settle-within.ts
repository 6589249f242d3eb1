/**
 * Waits for `work` at most `ms`, then says on stderr which step hung and lets the teardown go on: a stuck step must
 * not take the file's tests down with it, nor keep its database.
 */
export async function settleWithin(ms: number, what: string, work: Promise<unknown> | undefined): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    const outcome = await Promise.race([Promise.resolve(work).then(() => 'done' as const), late]);
    if (outcome === 'late') process.stderr.write(`teardown: ${what} took more than ${ms} ms; going on without it\n`);
  } finally {
    clearTimeout(timer);
  }
}

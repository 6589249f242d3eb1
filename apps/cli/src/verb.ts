/** A CLI verb: returns the process exit code; prints its own output. */
export interface Verb {
  name: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Exit codes: 0 done, 1 a check failed (verify), 2 bad input or unreadable file. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2 } as const;

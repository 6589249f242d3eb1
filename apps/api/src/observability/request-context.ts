import { AsyncLocalStorage } from 'node:async_hooks';

/** What a request's log line and metrics learn while it runs: set by the command bus observer and the problem capture. */
export interface RequestFacts {
  command?: string;
  reportId?: string;
  problem?: string;
}

export const requestFacts = new AsyncLocalStorage<RequestFacts>();

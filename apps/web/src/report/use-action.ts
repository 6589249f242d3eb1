import { useState } from 'react';
import { ApiError, messageOf, type ProblemItem } from '../api/client';
import type { Report } from '../api/types';

/** Runs one API call for a form: busy flag, the refusal's message and its problems by field path. */
export function useAction(onDone: (report: Report) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<ProblemItem[]>([]);
  const run = async (call: () => Promise<Report>) => {
    setBusy(true);
    setError('');
    setProblems([]);
    try {
      onDone(await call());
    } catch (e) {
      setError(messageOf(e));
      setProblems(e instanceof ApiError ? e.problem.errors : []);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (path: string) => problems.filter((p) => p.path === path || p.path.endsWith(`.${path}`)).map((p) => p.message).join('；');
  /** The refusal's message, unless the form shows it under one of its `fields` already. */
  const errorBeyond = (...fields: string[]) => (fields.some((field) => fieldError(field)) ? '' : error);
  return { busy, error, run, fieldError, errorBeyond };
}

import { InvalidInput, Problem } from '@jixiao/domain';
import { zodProblems as problemsOf } from '@jixiao/scoring';
import type { z } from 'zod';

export function zodProblems(error: z.ZodError, prefix = ''): Problem[] {
  return problemsOf(error.issues, '(body)', prefix ? [prefix] : []);
}

export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new InvalidInput(zodProblems(parsed.error));
  return parsed.data;
}

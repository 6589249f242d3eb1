import type { Verb } from '../verb';
import { events } from './events';
import { importVerb } from './import';
import { migrate } from './migrate';
import { projections } from './projections';
import { reminders } from './reminders';
import { score } from './score';

// One line per verb; each verb lives in its own file in this folder.
export const verbs: Verb[] = [
  score,
  migrate,
  projections,
  events,
  importVerb,
  reminders,
];

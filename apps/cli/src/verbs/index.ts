import type { Verb } from '../verb';
import { backup } from './backup';
import { admin } from './admin';
import { events } from './events';
import { importVerb } from './import';
import { migrate } from './migrate';
import { org } from './org';
import { projections } from './projections';
import { restore } from './restore';
import { reminders } from './reminders';
import { score } from './score';

// One line per verb; each verb lives in its own file in this folder.
export const verbs: Verb[] = [
  score,
  migrate,
  projections,
  events,
  importVerb,
  backup,
  restore,
  admin,
  org,
  reminders,
];

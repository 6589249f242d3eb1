import type { Verb } from '../verb';

// One line per verb; each verb lives in its own file in this folder.
export const verbs: Verb[] = [];

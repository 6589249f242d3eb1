import { TASK_STATES } from '../../../../libs/domain/src/campaign/task-state';
import { TASK_STATE_COLORS, TASK_STATE_LABELS } from './types';

describe('the web app’s task states', () => {
  it('are the domain’s, with its labels, and each has a colour', () => {
    expect(TASK_STATE_LABELS).toBe(TASK_STATES);
    expect(Object.keys(TASK_STATE_COLORS).sort()).toEqual(Object.keys(TASK_STATES).sort());
  });
});

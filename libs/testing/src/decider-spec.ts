/** given events / when command / then events, after Emmett's DeciderSpecification. */
export interface Decider<State, Command, Event> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function specFor<State, Command, Event>(decider: Decider<State, Command, Event>) {
  return (...given: Event[]) => ({
    when(command: Command) {
      const run = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState()));
      return {
        /** The whole events, in order: a field the decision adds that the test does not name fails it. */
        then(...expected: Event[]): void {
          expect(run()).toEqual(expected);
        },
        /** Only the fields the test is about, for events whose other fields another test pins down whole. */
        thenIncluding(...expected: object[]): void {
          expect(run()).toMatchObject(expected);
        },
        events: run,
        thenThrows(errorType: new (...args: any[]) => Error, shape: Record<string, unknown> = {}) {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorType);
          expect(thrown).toMatchObject(shape);
        },
      };
    },
  });
}

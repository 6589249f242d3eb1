export type Comparator = '>=' | '<=' | '=' | '>' | '<';

/** A comparator as printed at the start of a target cell. */
export interface PrintedComparator {
  comparator: Comparator;
  /** How many characters print it. */
  length: number;
}

const printed = (comparator: Comparator, length: number): PrintedComparator => Object.freeze({ comparator, length });
const [GE, GE2, LE, LE2, EQ, EQ2, GT, LT] = [
  printed('>=', 1), printed('>=', 2), printed('<=', 1), printed('<=', 2), printed('=', 1), printed('=', 2), printed('>', 1), printed('<', 1),
];

/** readComparator without building the rest: a switch on the first two characters, as the five anchored patterns read. */
export function comparatorAt(text: string): PrintedComparator | null {
  const second = text.charAt(1);
  switch (text.charAt(0)) {
    case '≥': case '≧': return GE;
    case '≤': case '≦': return LE;
    case '═': return EQ;
    case '>': return second === '=' ? GE2 : GT;
    case '<': return second === '=' ? LE2 : LT;
    case '=': return second === '>' ? GE2 : second === '<' ? LE2 : second === '=' ? EQ2 : EQ;
    default: return null;
  }
}

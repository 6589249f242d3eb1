export type Severity = 'error' | 'warning' | 'info';

export const FLAG_SEVERITY = {
  EXECUTION_RATE_MISMATCH: 'warning',
  EXECUTION_SCORE_MISMATCH: 'error',
  EXECUTION_RATE_UNDEFINED: 'error',
  SCORE_MISMATCH: 'error',
  SCORE_OUT_OF_BAND: 'warning',
  SCORE_EXCEEDS_WEIGHT: 'error',
  SCORE_MISSING: 'error',
  ACTUAL_MISSING: 'error',
  WEIGHTS_NOT_100: 'error',
  LEVEL_WEIGHT_MISMATCH: 'warning',
  SUM_MISMATCH: 'error',
  TOTAL_MISMATCH: 'error',
  GRADE_MISMATCH: 'error',
  DEVIATION_REASON_MISSING: 'warning',
  TARGET_FAR_EXCEEDED: 'info',
  TARGET_UNPARSED: 'info',
  ACTUAL_UNPARSED: 'info',
  QUALITATIVE_UNRESOLVED: 'info',
  MEASURE_MISSING: 'info',
  PART_MISSING: 'warning',
  CELL_UNPLACED: 'info',
  RULE_UNREAD: 'info',
} as const satisfies Record<string, Severity>;

export type FlagCode = keyof typeof FLAG_SEVERITY;

export const FLAG_CODES = Object.keys(FLAG_SEVERITY) as FlagCode[];

/** SPEC §6: errors of the preparer's own making block submission. */
export const OWN_MAKING_ERROR_CODES: FlagCode[] = ['SCORE_MISSING', 'ACTUAL_MISSING', 'WEIGHTS_NOT_100', 'SCORE_EXCEEDS_WEIGHT', 'SUM_MISMATCH'];

export interface Flag {
  code: FlagCode;
  severity: Severity;
  path: string;
  message: string;
  expected: string | null;
  actual: string | null;
  /** For an imported file: the sheet and cell (Word: table, row, column) the flagged value came from. */
  at?: string;
}

export function flag(code: FlagCode, path: string, message: string, expected: string | null = null, actual: string | null = null): Flag {
  return { code, severity: FLAG_SEVERITY[code], path, message, expected, actual };
}

export function prefixFlags(flags: Flag[], prefix: string): Flag[] {
  return flags.map((f) => ({ ...f, path: `${prefix}${f.path}` }));
}

import { z } from 'zod';

const cell = z.string().max(5000);
const optionalCell = cell.optional();

/** SPEC §3: a weight that reads as a negative number is an error, not a mark of "not applicable". */
export const isNegativeWeight = (text: string) => /^[-－−]\s*\d*[.．]?\d/.test(text.normalize('NFKC').trim());
export const NEGATIVE_WEIGHT = '分值不能为负数；不适用的指标请将分值写作 /、—、- 或留空';
const weightCell = cell.refine((text) => !isNegativeWeight(text), NEGATIVE_WEIGHT);

const fundsRow = z.strictObject({ initialBudget: cell, annualBudget: cell, executed: cell });
const fundsTotal = z.strictObject({
  initialBudget: cell, annualBudget: cell, executed: cell, weight: weightCell, executionRate: cell, score: cell,
});

export const fundsSchema = z.strictObject({
  total: fundsTotal, currentYear: fundsRow.optional(), carryOver: fundsRow.optional(), other: fundsRow.optional(),
  unit: optionalCell,
});
export const goalsSchema = z.strictObject({ planned: cell, achieved: cell });

export const projectIndicatorSchema = z.strictObject({
  level1: cell, level2: cell, name: cell, target: cell, actual: cell, weight: weightCell, score: cell, deviation: cell,
  comparator: optionalCell, unit: optionalCell,
});

export const totalSchema = z.strictObject({ weight: cell, score: cell });

/** Where an imported file's fields came from (SPEC §18): sheet and cell of each path, kept lines, notes on the file. */
export const originSchema = z.strictObject({
  file: optionalCell,
  sheet: optionalCell,
  cells: z.record(z.string().max(200), z.string().max(300)).optional(),
  lines: z.array(z.strictObject({ place: cell, text: cell })).max(5000).optional(),
  notes: z.array(z.strictObject({
    code: z.enum(['PART_MISSING', 'CELL_UNPLACED', 'RULE_UNREAD']), place: cell, message: cell, text: optionalCell,
  })).max(5000).optional(),
});

export const projectFormSchema = z.strictObject({
  format: z.literal('jixiao.project-form.v1'),
  source: optionalCell,
  origin: originSchema.optional(),
  fiscalYear: cell,
  projectName: cell,
  competentDepartment: cell,
  implementingUnit: cell,
  funds: fundsSchema,
  goals: goalsSchema,
  indicators: z.array(projectIndicatorSchema).max(500),
  total: totalSchema,
});

const decimalText = z.string().max(40);
const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('deductPerStep'), full: decimalText.optional(), threshold: decimalText,
    direction: z.enum(['above', 'below', 'both']), step: decimalText, deduct: decimalText,
    steps: z.enum(['floor', 'ceil', 'exact']).optional(),
  }),
  z.strictObject({
    kind: z.literal('bands'), full: decimalText.optional(),
    bands: z.array(z.strictObject({
      max: decimalText.optional(), min: decimalText.optional(), inclusive: z.boolean().optional(), points: decimalText,
    })).min(1).max(50),
  }),
  z.strictObject({ kind: z.literal('levels'), full: decimalText.optional(), levels: z.record(z.string(), decimalText) }),
  z.strictObject({
    kind: z.literal('checklist'), full: decimalText.optional(),
    items: z.array(z.strictObject({ mark: z.string().min(1).max(20), points: decimalText })).max(50),
  }),
  z.strictObject({ kind: z.literal('deductPerCount'), full: decimalText.optional(), deduct: decimalText }),
  z.strictObject({ kind: z.literal('ratio'), full: decimalText.optional() }),
]);

export const ruleIndicatorSchema = z.strictObject({
  level1: cell, level1Weight: weightCell.optional(), level2: cell, level2Weight: weightCell.optional(), name: cell, weight: weightCell,
  criterion: cell, explanation: optionalCell, measured: cell, rule: ruleSchema, score: cell,
});

const embeddedFormSchema = z.strictObject({
  funds: z.looseObject({ total: fundsTotal, unit: optionalCell }),
  goals: z.strictObject({ planned: cell, achieved: cell }).optional(),
  indicators: z.array(projectIndicatorSchema).max(500),
  total: totalSchema,
});

export const departmentReportSchema = z.strictObject({
  format: z.literal('jixiao.department-report.v1'),
  source: optionalCell,
  origin: originSchema.optional(),
  fiscalYear: cell,
  department: cell,
  title: cell,
  sections: z.array(z.strictObject({ heading: cell, body: z.string().max(100000) })).max(100),
  ruleIndicators: z.array(ruleIndicatorSchema).max(200),
  ruleTotal: totalSchema,
  selfAssessedGrade: optionalCell,
  baseData: z.record(z.string(), z.unknown()),
  selfEvaluationForm: embeddedFormSchema,
});

export type ProjectIndicatorInput = z.infer<typeof projectIndicatorSchema>;
export type ProjectFormDocument = z.infer<typeof projectFormSchema>;
export type RuleIndicatorInput = z.infer<typeof ruleIndicatorSchema>;
export type Rule = RuleIndicatorInput['rule'];
export type EmbeddedForm = z.infer<typeof embeddedFormSchema>;
export type DepartmentReportDocument = z.infer<typeof departmentReportSchema>;
export type ImportDocument = ProjectFormDocument | DepartmentReportDocument;
/** The part of a document the form scoring reads: a project form, or a department report's 附件3. */
export type FormLike = Pick<ProjectFormDocument, 'indicators' | 'total'> & { funds: { total: ProjectFormDocument['funds']['total'] } };

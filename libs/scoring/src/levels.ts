export type Level1Key = 'output' | 'effect' | 'satisfaction';
export type Level2Key =
  | 'quantity' | 'quality' | 'timeliness' | 'cost' | 'economic' | 'social' | 'ecological' | 'sustainability' | 'satisfaction';

/** 财预〔2020〕10号: output 50, effect 30, satisfaction 10, budget execution 10. */
export const TEMPLATE_WEIGHTS: Record<Level1Key, number> = { output: 50, effect: 30, satisfaction: 10 };
export const EXECUTION_TEMPLATE_WEIGHT = 10;

const LEVEL2: [string, Level2Key][] = [
  ['数量', 'quantity'], ['质量', 'quality'], ['时效', 'timeliness'], ['成本', 'cost'], ['经济', 'economic'],
  ['社会', 'social'], ['生态', 'ecological'], ['可持续', 'sustainability'], ['满意', 'satisfaction'],
];

const LEVEL1_OF_LEVEL2: Record<Level2Key, Level1Key> = {
  quantity: 'output', quality: 'output', timeliness: 'output', cost: 'output', economic: 'effect', social: 'effect',
  ecological: 'effect', sustainability: 'effect', satisfaction: 'satisfaction',
};

export function level2KeyOf(text: string): Level2Key | null {
  return LEVEL2.find(([word]) => text.includes(word))?.[1] ?? null;
}

/** `产出指标(50分)`, `效益指标（30分）`; a cell of only points takes its level from the level-2 name. */
export function level1KeyOf(level1: string, level2: string): Level1Key | null {
  if (level1.includes('产出')) return 'output';
  if (level1.includes('效益')) return 'effect';
  if (level1.includes('满意')) return 'satisfaction';
  const fromLevel2 = level2KeyOf(level2);
  return fromLevel2 ? LEVEL1_OF_LEVEL2[fromLevel2] : null;
}

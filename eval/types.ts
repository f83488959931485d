/** One block of the evaluation report; `eval/run.ts` prints the lines and fails on `passed`. */
export interface EvalSection {
  title: string;
  lines: string[];
  passed: boolean;
}

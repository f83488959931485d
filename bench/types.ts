/** One block of the benchmark report; `bench/run.ts` prints the lines and fails on `passed`. */
export interface BenchSection {
  title: string;
  lines: string[];
  passed: boolean;
}

/** Bad input data (exit code 1): one message per bad row, each naming the row, column and code. */
export class DataError extends Error {
  override readonly name = 'DataError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

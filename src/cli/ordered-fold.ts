// Folding many partial results with an associative merge, in order, as a balanced tree: merging
// each new part into one growing total costs the total's size every time (quadratic when a part's
// size grows with the data, as availability segments do); a binary counter of partial totals costs
// each item O(log n) merges and holds O(log n) totals.

/** Parts pushed in order, merged pairwise; `result` is `parts.reduce(merge)`. */
export class OrderedFold<T> {
  private readonly stack: { rank: number; value: T }[] = [];

  constructor(private readonly merge: (a: T, b: T) => T) {}

  push(value: T): void {
    let top = { rank: 0, value };
    for (let below = this.stack[this.stack.length - 1]; below !== undefined && below.rank === top.rank; below = this.stack[this.stack.length - 1]) {
      this.stack.pop();
      top = { rank: top.rank + 1, value: this.merge(below.value, top.value) };
    }
    this.stack.push(top);
  }

  /** The merge of every part pushed, or undefined when none was. */
  result(): T | undefined {
    let total: T | undefined;
    for (const { value } of this.stack) total = total === undefined ? value : this.merge(total, value);
    return total;
  }
}

/**
 * How many items at the start of `items` satisfy `isBefore`, for a list in which every item satisfying it comes
 * before every item that does not (a list sorted by position, asked about a position): a binary search.
 */
export function countBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(items[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One page of a list paged by an opaque keyset cursor. `read` is asked for one row more than the page: that row is
 * not shown, it only says that another page follows, which starts after the last row shown (`cursorOf` names it).
 */
export async function keysetPage<Row>(
  limit: number,
  read: (count: number) => Promise<Row[]>,
  cursorOf: (last: Row) => string,
): Promise<{ rows: Row[]; nextCursor: string | null }> {
  const found = await read(limit + 1);
  const rows = found.slice(0, limit);
  const last = rows[rows.length - 1];
  return { rows, nextCursor: found.length > limit && last !== undefined ? cursorOf(last) : null };
}

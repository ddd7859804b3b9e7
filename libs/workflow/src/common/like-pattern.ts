/** A LIKE pattern for text containing `part` (its own % and _ taken literally). */
export function containing(part: string): string {
  return `%${part.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

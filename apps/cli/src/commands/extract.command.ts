import { readFile } from 'node:fs/promises';
import { extractQuotes } from '@app/extraction';
import { readStdin } from '../io';

/** `factcheck extract [FILE…]`: one JSON object a line per file (stdin when none); needs no database or Redis. */
export async function extractCommand(files: string[]): Promise<void> {
  const inputs = files.length > 0 ? files : ['-'];
  for (const file of inputs) {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    process.stdout.write(`${JSON.stringify({ file: file === '-' ? '<stdin>' : file, ...extractQuotes(text) })}\n`);
  }
}

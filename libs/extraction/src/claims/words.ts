/** Small measures of a stretch of claim text. */

export function inBrackets(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

export function countWords(text: string): number {
  // letters/digits runs, without building an array of matches
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const isWordChar = wordCharAt(text, i);
    if (isWordChar && !inWord) words++;
    inWord = isWordChar;
  }
  return words;
}

/** Whether [from, to) of the text holds at least `least` words; reads no further than it needs to. */
export function hasWords(text: string, from: number, to: number, least: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const isWordChar = wordCharAt(text, i);
    if (isWordChar && !inWord && ++words >= least) return true;
    inWord = isWordChar;
  }
  return false;
}

function wordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code > 127 && WORDCHAR.test(text[i]))
  );
}
const WORDCHAR = /[\p{L}\p{N}]/u;

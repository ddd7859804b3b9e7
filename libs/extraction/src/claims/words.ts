/** Small measures of a stretch of claim text. */

export function inBrackets(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

export function countWords(text: string): number {
  // letters/digits runs, without building an array of matches
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isWordChar =
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code > 127 && WORDCHAR.test(text[i]));
    if (isWordChar && !inWord) words++;
    inWord = isWordChar;
  }
  return words;
}
const WORDCHAR = /[\p{L}\p{N}]/u;

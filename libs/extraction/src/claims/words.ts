/** Small measures of a stretch of claim text. */

export function inBrackets(s: string): boolean {
  return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
}

export function countWords(s: string): number {
  // letters/digits runs, without building an array of matches
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && WORDCHAR.test(s[i]));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
const WORDCHAR = /[\p{L}\p{N}]/u;

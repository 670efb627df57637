/** Plural-aware count a sentence can start with: "1 item", "3 items", "2 deliveries". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

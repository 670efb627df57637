/** The local calendar date of `now`, YYYY-MM-DD, as the report's title block prints it. */
export function reportDate(now: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

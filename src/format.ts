/** Number and date wording shared by the charts, their tables and their CSVs. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 4127 → "4,127" (no locale lookup: output must not depend on the build machine). */
export function num(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "2025-12-27" → "27 December 2025". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2025-12-27" → "27 Dec 2025". */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

/** "2025-12-27" → "Dec 2025". */
export function monthYear(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const NO_DATA = 'no data';

/**
 * The dataset files in content/data, bundled as text so the site can publish
 * them unchanged at /data/files/<folder>/<name>.
 */
const files = import.meta.glob('../../content/data/**/*.{csv,tsv,md}', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface DataFile {
  /** e.g. "membership/membership.csv" */
  path: string;
  text: string;
}

export const dataFiles: DataFile[] = Object.entries(files)
  .map(([key, text]) => ({ path: key.replace('../../content/data/', ''), text }))
  .sort((a, b) => a.path.localeCompare(b.path));

export const contentType = (path: string) =>
  path.endsWith('.csv')
    ? 'text/csv; charset=utf-8'
    : path.endsWith('.tsv')
      ? 'text/tab-separated-values; charset=utf-8'
      : 'text/markdown; charset=utf-8';

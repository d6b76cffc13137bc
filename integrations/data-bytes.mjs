// `import bytes from './file.csv?bytes'` gives the file's bytes as a Uint8Array.
// Vite's `?raw` decodes as UTF-8 and silently replaces invalid bytes with U+FFFD;
// the data loaders need the bytes to reject a mis-encoded file with its line and column.
import { readFile } from 'node:fs/promises';

/** @returns {import('vite').Plugin} */
export default function dataBytes() {
  return {
    name: 'data-bytes',
    enforce: 'pre',
    async load(id) {
      const [path, query] = id.split('?');
      if (query !== 'bytes') return null;
      this.addWatchFile(path);
      const base64 = (await readFile(path)).toString('base64');
      return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));`;
    },
  };
}

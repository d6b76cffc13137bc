// The data-bytes Vite plugin (integrations/data-bytes.mjs): a file's raw bytes.
declare module '*?bytes' {
  const bytes: Uint8Array;
  export default bytes;
}

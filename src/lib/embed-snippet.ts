/**
 * The words of the snippet an editor pastes, in one place: the build writes it (oEmbed,
 * the gallery, the dialog's no-JavaScript default) and the embed dialog's script rewrites
 * it for each option from a few fields, so the two cannot drift. No imports: it ships to the browser.
 */
export interface SnippetFields {
  /** The embed page's absolute address, options included. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  /** The frame's height before the embed reports its own. */
  height: number;
  /** data-mbt-embed: names the frame in the height messages. */
  key: string;
}

export const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const iframeHtml = ({ src, title, height, key }: SnippetFields): string =>
  `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" ` +
  `width="100%" height="${height}" loading="lazy" style="border:0" data-mbt-embed="${key}"></iframe>`;

/** The iframe and, on its own line, the optional host script that fits its height. */
export const snippetHtml = (fields: SnippetFields, hostScript: string): string =>
  `${iframeHtml(fields)}\n<script src="${hostScript}" async></script>`;

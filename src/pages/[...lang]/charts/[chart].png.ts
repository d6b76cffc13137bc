/** /charts/<embed-key>.png (and /<lang>/charts/…): the credited download SVG of a chart (or one panel) rendered at 2× at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPngAsync } from '../../../charts/kit/png';
import { EMBEDS, embedOf } from '../../../lib/embeds';
import { absoluteIn, inEveryLanguage, langOf } from '../../../i18n/routes';
import type { Lang } from '../../../i18n';

const pngOf = (key: string, lang: Lang) => {
  const e = embedOf(key, lang);
  return chartPngAsync(e.chart, absoluteIn(lang, ''), e.panel, lang);
};

export const getStaticPaths: GetStaticPaths = async () => {
  const paths = await inEveryLanguage(() => EMBEDS.map((e) => ({ params: { chart: e.key } })));
  // Astro asks for every route's paths before it renders any page, and renders one at a
  // time: started here, every PNG is drawn on worker threads while the main thread
  // renders the other pages, instead of holding it up for each in turn.
  if (import.meta.env.PROD) for (const p of paths) void pngOf(p.params.chart, p.props.lang).catch(() => {});
  return paths;
};

export const GET: APIRoute = async ({ params, currentLocale }) => {
  const png = await pngOf(params.chart!, langOf({ currentLocale }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

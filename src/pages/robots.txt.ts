import type { APIRoute } from 'astro';
import { absolute } from '../lib/url';

// Embed pages stay crawlable so crawlers can read their noindex meta tag.
export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap-index.xml')}\n`);

import type { APIRoute } from 'astro';
import { contentType, dataFiles } from '../../../lib/datafiles';

/** The verified datasets, published byte for byte as they are in content/data. */
export function getStaticPaths() {
  return dataFiles.map((f) => ({ params: { path: f.path }, props: { text: f.text, type: contentType(f.path) } }));
}

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': props.type as string } });

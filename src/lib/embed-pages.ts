/** Where an embed page links back to: the section that places its chart. */
import { sectionsInOrder } from './sections';
import { siteIn } from './site';
import { DEFAULT_LANG, type Lang } from '../i18n';
import type { ChartId } from '../charts';

export async function placedBy(chart: ChartId, lang: Lang = DEFAULT_LANG): Promise<{ path: string; title: string }> {
  const sections = await sectionsInOrder(lang);
  // Every chart is placed by a section (tests/site checks the canonical link); the long read is the fallback.
  const section = sections.find((s) => s.data.charts.includes(chart));
  return section ? { path: `sections/${section.data.id}/`, title: section.data.title } : { path: '', title: siteIn(lang).name };
}

/**
 * Components available in every section's MDX without an import, so the
 * content files stay copy: <Fact id/>, <Cite keys/>, <Term id>, <Chart id/>, <Note>.
 */
import Fact from './Fact.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Note from './Note.astro';
import Chart from './ChartWithEmbed.astro';

export const mdxComponents = { Fact, Cite, Term, Note, Chart };

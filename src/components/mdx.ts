/**
 * Components available in every section's MDX without an import, so the
 * content files stay copy: <Fact id/>, <Cite keys/>, <Term id>, <Chart id/>, <Note>, <Quote id>, <Correction id/>.
 */
import Fact from './Fact.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Note from './Note.astro';
import Chart from './ChartWithEmbed.astro';
import Quote from './Quote.astro';
import Correction from './Correction.astro';

export const mdxComponents = { Fact, Cite, Term, Note, Chart, Quote, Correction };

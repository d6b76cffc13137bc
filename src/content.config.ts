import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CHART_IDS } from './charts/registry';

/** A section's `id` is its public anchor and URL: a slug, independent of the file name. */
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case slugs starting with a letter');

const sectionSchema = z.object({
  id: slug,
  title: z.string().min(3),
  summary: z.string().min(40),
  order: z.number().int().positive(),
  sources: z.array(z.string()).min(1),
  charts: z.array(z.enum(CHART_IDS)).default([]),
});

const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections', generateId: ({ data }) => String(data.id) }),
  schema: sectionSchema,
});

/** Translated sections (content/l10n/<lang>/sections/*.mdx, same front matter): id "<lang>/<section id>". */
const translatedSections = defineCollection({
  loader: glob({
    pattern: '*/sections/*.mdx',
    base: './content/l10n',
    generateId: ({ entry, data }) => `${entry.split('/')[0]}/${String(data.id)}`,
  }),
  schema: sectionSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: z.object({
    id: z.string(),
    /** The seed article's number; the Convention has none. */
    seed: z
      .string()
      .regex(/^\d{3}$/)
      .optional(),
    outlet: z.string(),
    author: z.string().optional(),
    date: z.string(),
    dateNote: z.string().optional(),
    title: z.string(),
    kind: z.enum(['news', 'wire', 'advocacy', 'treaty']),
    /** Where the original is published; absent when it was not found (urlNote says so). */
    url: z.url().optional(),
    urlNote: z.string().optional(),
    note: z.string(),
    contributes: z.string(),
    limits: z.string(),
  }),
});

const datasets = defineCollection({
  loader: file('./content/datasets.yaml'),
  schema: z.object({
    id: z.string(),
    title: z.string(),
    files: z.array(z.string()).min(1),
    sourcesDoc: z.string(),
    asOf: z.string(),
    upstream: z.string(),
    /** The chart source line: publisher, edition and year in words. */
    credit: z.string(),
    /** The publishers' own pages, from the dataset's SOURCES document. */
    links: z.array(z.object({ label: z.string(), url: z.url() })).min(1),
    note: z.string(),
  }),
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.object({
    id: slug,
    term: z.string(),
    definition: z.string().min(20),
    sources: z.array(z.string()).default([]),
  }),
});

const timeline = defineCollection({
  loader: file('./content/timeline.yaml'),
  schema: z.object({
    id: slug,
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
    event: z.string(),
    sources: z.array(z.string()).min(1),
    section: z.string().optional(),
  }),
});

/** For /teach/: discussion questions per section id, plus a `compare-sources` exercise. */
const teach = defineCollection({
  loader: file('./content/teach.yaml'),
  schema: z.object({
    id: slug,
    questions: z.array(z.string().min(10)).min(2).max(6),
  }),
});

/** A classroom kit per section (content/teach/sections/<section-id>.yaml), for /teach/<section-id>/. */
const step = z.object({ minutes: z.number().int().positive(), step: z.string().min(10) });
const guided = z.object({ question: z.string().min(10), guidance: z.string().min(20), cites: z.array(z.string()).min(1) });
const teachKits = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/teach/sections', generateId: ({ data }) => String(data.section) }),
  schema: z.object({
    section: slug,
    objectives: z.array(z.string().min(10)).min(2).max(3),
    plan15: z.array(step).min(2),
    plan45: z.array(step).min(3),
    questions: z.array(guided).min(2).max(4),
    charts: z
      .array(
        z.object({
          chart: z.string(),
          lookFor: z.string().min(10),
          question: z.string().min(10),
          answer: z.string().min(5),
          cites: z.array(z.string()).min(1),
        }),
      )
      .default([]),
    media: guided,
  }),
});

export const collections = { sections, translatedSections, sources, datasets, glossary, timeline, teach, teachKits };

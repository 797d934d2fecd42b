import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { collections as specs } from './schemas/registry';

export const collections = Object.fromEntries(
  specs.map((spec) => [
    spec.name,
    defineCollection({
      loader: glob({ pattern: `*.${spec.format}`, base: `${contentDir()}/${spec.name}` }),
      schema: spec.schema,
    }),
  ]),
);

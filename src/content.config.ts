import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { entryId } from './lib/content-check';
import { contentDir } from './lib/content-dir';
import { collections as specs, type RegisteredSpec } from './schemas/registry';

type Collections = {
  [S in RegisteredSpec as S['name']]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: S['schema'] };
};

// Built from the registry; the mapped type keeps each collection's schema so that Astro types its data.
// The id comes from the file name alone: Astro's default would take a `slug` inside the file.
export const collections = Object.fromEntries(
  specs.map((spec) => [
    spec.name,
    defineCollection({
      loader: glob({ pattern: `*.${spec.format}`, base: `${contentDir()}/${spec.name}`, generateId: ({ entry }) => entryId(entry) }),
      // Fixed files of different shapes: Astro takes any of them; the content check matched each file to its own.
      schema: 'fileSchemas' in spec && spec.fileSchemas ? z.union(Object.values(spec.fileSchemas) as [z.ZodType, z.ZodType]) : spec.schema,
    }),
  ]),
) as Collections;

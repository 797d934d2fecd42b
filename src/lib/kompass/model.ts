import { z } from 'zod';

// zod compiles fast object parsers with `new Function`, which the site's CSP forbids; probing for
// it is itself reported as a violation. Parse without it.
z.config({ jitless: true });

/**
 * The data of „Mein Kompass“ as stored in the browser and written to export files. Every record
 * carries a revision (`rev`): a write names the revision it started from and is refused when
 * another tab saved in between (src/lib/kompass/store.ts). Amounts are whole cents, so sums stay exact.
 */
export const SCHEMA_VERSION = 1;

const id = z.string().min(1).max(80);
const rev = z.number().int().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'muss ein Datum wie 2026-03-31 sein' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `darf höchstens ${max} Zeichen lang sein` });

export const purchaseSchema = z.strictObject({
  id,
  rev,
  date: isoDate,
  /** Slug of a product group of the site. */
  group: z.string().min(1),
  product: text(200).min(1, { error: 'fehlt' }),
  /** Net amount in cents. */
  amountCents: z.number().int().min(0),
  /** Slug of a label, the name of a proof marked equivalent, „sonstiger Nachweis“, or empty. */
  proof: text(200),
  quantity: z.number().positive().optional(),
  unit: text(40).optional(),
  cpv: z
    .string()
    .regex(/^\d{8}(-\d)?$/, { error: 'muss ein CPV-Code wie 18110000-3 sein' })
    .optional(),
  supplier: text(200).optional(),
  procedure: text(100).optional(),
});

export const goalSchema = z.strictObject({
  id,
  rev,
  group: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  /** Target share in percent. */
  target: z.number().min(0).max(100),
  basis: z.enum(['spend', 'quantity']),
});

export const measureStatuses = ['offen', 'in Arbeit', 'erledigt'] as const;

export const measureSchema = z.strictObject({
  id,
  rev,
  title: text(200).min(1, { error: 'fehlt' }),
  role: text(120).min(1, { error: 'fehlt' }),
  due: isoDate,
  status: z.enum(measureStatuses),
  goalId: id.optional(),
  decision: z
    .strictObject({
      date: isoDate,
      title: text(200).min(1, { error: 'fehlt' }),
      url: z.url({ protocol: /^https?$/, error: 'muss eine Adresse mit http:// oder https:// sein' }).optional(),
    })
    .optional(),
});

/** A proof other than a label of the data set that the user accepts as equivalent. */
export const equivalentSchema = z.strictObject({
  id,
  rev,
  name: text(200).min(1, { error: 'fehlt' }),
  note: text(500).optional(),
});

export const exportSchema = z.strictObject({
  format: z.literal('mein-kompass'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  purchases: z.array(purchaseSchema),
  goals: z.array(goalSchema),
  measures: z.array(measureSchema),
  equivalents: z.array(equivalentSchema),
});

export type Purchase = z.infer<typeof purchaseSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Equivalent = z.infer<typeof equivalentSchema>;
export type KompassExport = z.infer<typeof exportSchema>;

export const kinds = ['purchases', 'goals', 'measures', 'equivalents'] as const;
export type Kind = (typeof kinds)[number];
export interface RecordOf {
  purchases: Purchase;
  goals: Goal;
  measures: Measure;
  equivalents: Equivalent;
}
export type KompassData = { [K in Kind]: RecordOf[K][] };

export const emptyData = (): KompassData => ({ purchases: [], goals: [], measures: [], equivalents: [] });

/** One step of the migration chain: turns data of version `from` into version `from + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they start from. Version 1 is the first, so the chain is empty; a
 * change of the format adds `1: (d) => …` here and raises SCHEMA_VERSION.
 */
export const migrations: Record<number, Migration> = {};

/** Brings exported or stored data of any known older version to SCHEMA_VERSION. */
export function migrate(raw: unknown, chain: Record<number, Migration> = migrations, target = SCHEMA_VERSION): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let data = raw as Record<string, unknown>;
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version > target) return raw;
  while (version < target) {
    const step = chain[version];
    if (!step) throw new Error(`Für Version ${version} gibt es keine Umwandlung.`);
    data = { ...step(data), schemaVersion: version + 1 };
    version += 1;
  }
  return data;
}

export function newId(): string {
  return crypto.randomUUID();
}

import { z } from 'zod';

/** A free-text field that may be cleared: trimmed, and an empty text becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((text) => (text === '' ? null : text))
    .nullable();

/** A short label (a skill, a tag): trimmed, single-spaced, 1 to `max` characters. */
export const labelSchema = (max: number) =>
  z
    .string()
    .trim()
    .transform((label) => label.replace(/\s+/g, ' '))
    .pipe(z.string().min(1).max(max));

/** A list of labels without case-insensitive duplicates (the first spelling wins). */
export const labelListSchema = (label: z.ZodType<string>, max: number) =>
  z
    .array(label)
    .max(max)
    .transform((labels) => {
      const seen = new Set<string>();
      return labels.filter((value) => {
        const key = value.toLocaleLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });

/** An http(s) address. */
export const WebsiteSchema = z
  .string()
  .trim()
  .max(200)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain }));

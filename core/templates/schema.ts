/**
 * What a stored template may hold, beside its type: the options page's list is checked against it
 * before it is saved, and an imported backup's templates too.
 */
import * as v from 'valibot';
import type { Template } from './types';

export const TemplateSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  title: v.pipe(v.string(), v.maxLength(200)),
  body: v.pipe(v.string(), v.maxLength(5000)),
  language: v.pipe(v.string(), v.maxLength(20)),
  keywords: v.array(v.pipe(v.string(), v.maxLength(100))),
  usage: v.pipe(v.number(), v.integer(), v.minValue(0)),
  order: v.number(),
});

/** True when `value` is a list of well-formed templates with no id twice. */
export function isTemplateList(value: unknown): value is Template[] {
  return v.is(v.array(TemplateSchema), value) && new Set(value.map((t) => t.id)).size === value.length;
}

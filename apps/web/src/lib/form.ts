import type { FormInstance } from 'antd';
import type { RuleObject, RuleRender } from 'antd/es/form';
import type { z } from 'zod';
import { ApiError } from './api.ts';

// Field-level validation: the same zod schema gives instant feedback under each field, and the server's
// `details[].path/message` are put under the same fields when it still refuses.

/**
 * An antd rule that validates the whole form with `schema` and reports the issues whose path is `field`
 * (so cross-field refinements land on the right field). `toInput` converts form values (dayjs …) first.
 */
export function zodFormRule(
  schema: z.ZodType,
  field: string,
  toInput: (values: Record<string, unknown>) => unknown = (v) => v,
): RuleRender {
  return (form) =>
    ({
      validator: async () => {
        const values = form.getFieldsValue(true) as Record<string, unknown>;
        const result = schema.safeParse(toInput(values));
        if (result.success) return;
        const issue = result.error.issues.find((i) => i.path.map(String).join('.') === field);
        if (issue) throw new Error(issue.message);
      },
    }) satisfies RuleObject;
}

/**
 * Put the server's field errors under the form's fields. `fieldOf` maps a server path ("birthDate",
 * "body.birthDate") to a form field name; unknown paths are returned so the page can show them elsewhere.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  fieldOf: Record<string, string> | ((path: string) => string | undefined),
): { unmatched: string[] } {
  if (!(error instanceof ApiError)) return { unmatched: [] };
  const details =
    error.details.length > 0
      ? error.details
      : error.path
        ? [{ path: error.path, message: error.message }]
        : [];
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const d of details) {
    const raw = (d.path ?? '').replace(/^(body|query|params)\./, '');
    const field = typeof fieldOf === 'function' ? fieldOf(raw) : fieldOf[raw];
    if (field) byField.set(field, [...(byField.get(field) ?? []), d.message]);
    else unmatched.push(d.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size > 0) {
    const first = [...byField.keys()][0];
    if (first) form.scrollToField(first, { block: 'center' });
  }
  return { unmatched };
}

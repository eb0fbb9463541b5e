/**
 * The import's words live in data (manifest.json, provenance-template.md); code only fills in
 * the numbers it measured. A template names its values {{name}}; its schema (valibot) accepts
 * only the names the code fills in, and where `all` is set, requires every one of them, so a
 * template can neither ask for a value nobody gives nor drop a measured one.
 */
import * as v from 'valibot';
import type { Bilingual } from '../../../src/lib/content/types';

const PLACEHOLDER = /\{\{([A-Za-z0-9.-]+)\}\}/g;

/** The placeholder names a template uses, in order, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** A template that uses only `known` names (and, with `all`, every one of them). */
export const templateSchema = (known: readonly string[], all = false) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const used = placeholders(dataset.value);
      const unknown = used.find((name) => !known.includes(name));
      if (unknown !== undefined) {
        addIssue({ message: `unknown placeholder {{${unknown}}} (known: ${known.join(', ')})` });
      } else if (all) {
        const unused = known.find((name) => !used.includes(name));
        if (unused !== undefined) addIssue({ message: `does not use {{${unused}}}` });
      }
    }),
  );

/** The template with each {{name}} replaced by its value; a name without a value throws. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>) {
  return template.replace(PLACEHOLDER, (_all, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`no value for {{${name}}}`);
    return String(values[name]);
  });
}

type Value = string | number;

/** Both languages of a template filled in; a Bilingual value gives each language its own. */
export function fillBilingual(
  template: Bilingual,
  values: Readonly<Record<string, Value | Bilingual>>,
): Bilingual {
  const pick = (lang: keyof Bilingual) =>
    Object.fromEntries(
      Object.entries(values).map(([k, val]) => [k, typeof val === 'object' ? val[lang] : val]),
    );
  return { zh: fillTemplate(template.zh, pick('zh')), en: fillTemplate(template.en, pick('en')) };
}

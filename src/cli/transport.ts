/**
 * Reports travel from extraction workers to the main thread by structured clone, which copies
 * every string: each report arrives with its own copy of every outlet name, country code,
 * date and title, and with copies of the article's words it quotes. On a large run that is
 * about 40% of the main thread's memory. Two remedies, both lossless:
 *
 * - a surface that is exactly the article text at its span travels as a marker and is cut out
 *   of the article again on arrival, where V8 keeps it as a slice of the article's string;
 * - other short strings are interned on arrival: one string for every equal value.
 */

/** Stands for "the article text at this object's span" in place of a surface string. */
const AT_SPAN = 0;

/** Strings longer than this are rarely repeated (sentences, statements) and are not interned. */
const INTERN_MAX = 64;

type Node = Record<string, unknown>;

function isSpan(v: unknown): v is [number, number] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === "number" && typeof v[1] === "number";
}

// The walks below run over every report of a large run on the main thread, while the workers
// extract: for...in over the plain objects structured clone makes, no array of entries per object.
function visit(value: unknown, each: (node: Node) => void): void {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) visit(value[i], each);
  else if (typeof value === "object" && value !== null) {
    each(value as Node);
    for (const key in value) {
      const v = (value as Node)[key];
      if (typeof v === "object" && v !== null) visit(v, each);
    }
  }
}

/** Replaces, in place, every surface equal to `text` at its span with the marker. */
export function packSurfaces(value: unknown, text: string): void {
  visit(value, (node) => {
    if (typeof node.surface === "string" && isSpan(node.span) && text.slice(node.span[0], node.span[1]) === node.surface) node.surface = AT_SPAN;
  });
}

/** Strings already seen in this run, each the one copy of its value. */
export type StringPool = Map<string, string>;

function interned(s: string, pool: StringPool): string {
  if (s.length > INTERN_MAX) return s;
  const known = pool.get(s);
  if (known !== undefined) return known;
  pool.set(s, s);
  return s;
}

/**
 * Undoes {@link packSurfaces} in place (surfaces become slices of `text`) and interns the other
 * short strings, in objects and arrays alike, through `pool`.
 */
export function unpackReports(value: unknown, text: string, pool: StringPool): void {
  visit(value, (node) => {
    for (const key in node) {
      const v = node[key];
      if (key === "surface" && v === AT_SPAN && isSpan(node.span)) node.surface = text.slice(node.span[0], node.span[1]);
      else if (typeof v === "string") node[key] = interned(v, pool);
      else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (typeof v[i] === "string") v[i] = interned(v[i] as string, pool);
    }
  });
}

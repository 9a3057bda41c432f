/**
 * Output written piece by piece: a result with a hundred thousand events is hundreds of
 * megabytes of JSON, which should never have to exist as one string.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/** A top-level member written as an array: an array, or any iterable that knows its length. */
export interface Sequence extends Iterable<unknown> {
  readonly length: number;
}

function isSequence(v: unknown): v is Sequence {
  return Array.isArray(v) || (typeof v === "object" && v !== null && Symbol.iterator in v && typeof (v as { length?: unknown }).length === "number");
}

/**
 * `JSON.stringify(value, null, 2)` in pieces: the members of top-level arrays one at a time.
 * Concatenated, the pieces are exactly that string. A top-level member may also be a
 * {@link Sequence} (written as an array), read once, member by member, so that its members
 * need not exist at the same time.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  yield "{";
  for (const [i, key] of keys.entries()) {
    const v = value[key];
    yield `${i ? "," : ""}\n  ${JSON.stringify(key)}: `;
    if (isSequence(v) && v.length > 0) {
      yield "[";
      let j = 0;
      for (const item of v) yield `${j++ ? "," : ""}\n    ${nested(item)}`;
      yield "\n  ]";
    } else yield indent(JSON.stringify(isSequence(v) ? [] : v, null, 2), "  ");
  }
  yield keys.length ? "\n}" : "}";
}

const WRAP_HEAD = '{\n  "x": [\n    '.length;
const WRAP_TAIL = "\n  ]\n}".length;

/**
 * An array member as `JSON.stringify` writes it two levels deep: stringified inside a wrapper of
 * that depth and cut out, which is faster than re-indenting every line of a large member.
 */
function nested(item: unknown): string {
  const json = JSON.stringify({ x: [item ?? null] }, null, 2);
  return json.slice(WRAP_HEAD, json.length - WRAP_TAIL);
}

function indent(json: string, by: string): string {
  return json.includes("\n") ? json.replace(/\n/g, `\n${by}`) : json;
}

/** Writes pieces to a file (created with its folder) or to stdout, in blocks of about a megabyte. */
export function writePieces(out: string | undefined, pieces: Iterable<string>): void {
  let fd: number | null = null;
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    fd = openSync(out, "w");
  }
  let block = "";
  const flush = () => {
    if (block === "") return;
    if (fd === null) process.stdout.write(block);
    else writeSync(fd, block);
    block = "";
  };
  try {
    for (const piece of pieces) {
      block += piece;
      if (block.length >= 1 << 20) flush();
    }
    flush();
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

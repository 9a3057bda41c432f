/**
 * Full reports kept on disk while a large batch is clustered: the main thread clusters
 * clustering views and reads each full report back when its event is built. A hundred thousand
 * reports are some 200 MB of JSON that would otherwise sit in memory through the whole run.
 * Each extraction worker writes its own file (the main thread never sees the JSON), and the
 * store records where each report is.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../model/report.js";

/** Where a report is: file number, byte offset, byte length. */
export type Location = [number, number, number];

export interface ReportStore {
  /** The path of file number `n`, for a writer to append reports to (see {@link appendReports}). */
  file(n: number): string;
  /** Records where a report was written. */
  record(id: string, at: Location): void;
  /** The report kept under `id`. */
  get(id: string): Report;
  /** Deletes the files; the store cannot be used after. */
  close(): void;
}

/** A store in a new temporary folder, removed by `close()` or, at the latest, when the process exits. */
export function createReportStore(): ReportStore {
  const dir = mkdtempSync(join(tmpdir(), "communique-"));
  const where = new Map<string, Location>();
  const readers = new Map<number, number>();
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    for (const fd of readers.values()) closeSync(fd);
    readers.clear();
    rmSync(dir, { recursive: true, force: true });
    process.off("exit", close);
  };
  process.on("exit", close);
  const path = (n: number) => join(dir, `reports-${n}.jsonl`);
  let buffer = Buffer.alloc(1 << 16);
  return {
    file: path,
    record(id, at) {
      where.set(id, at);
    },
    get(id) {
      if (!open) throw new Error("the report store is closed");
      const at = where.get(id);
      if (!at) throw new Error(`report ${id} was never stored`);
      const [n, offset, length] = at;
      let fd = readers.get(n);
      if (fd === undefined) readers.set(n, (fd = openSync(path(n), "r")));
      if (buffer.length < length) buffer = Buffer.alloc(Math.max(length, buffer.length * 2));
      readSync(fd, buffer, 0, length, offset);
      return JSON.parse(buffer.toString("utf8", 0, length)) as Report;
    },
    close,
  };
}

/**
 * Appends reports as JSON lines to `path` (created if missing) at byte `offset`, in one write;
 * returns where each one is, as file `n`, and the offset after them.
 */
export function appendReports(path: string, n: number, offset: number, reports: readonly Report[]): { at: Location[]; end: number } {
  const at: Location[] = [];
  let end = offset;
  const lines = reports.map((r) => {
    const line = JSON.stringify(r);
    const length = Buffer.byteLength(line, "utf8");
    at.push([n, end, length]);
    end += length + 1;
    return `${line}\n`;
  });
  const fd = openSync(path, offset === 0 ? "w" : "r+");
  try {
    const bytes = Buffer.from(lines.join(""), "utf8");
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
  return { at, end };
}

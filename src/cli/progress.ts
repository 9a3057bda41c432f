/**
 * A progress line on stderr, only on a terminal: without one, the CLI prints nothing but
 * results and errors.
 */

export interface Progress {
  /** Updates the counts; redraws at most five times a second. */
  update(counts: { articles: number; total?: number; reports?: number; events?: number }): void;
  /** Clears the line. */
  done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return SILENT;
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update({ articles, total, reports, events }) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? articles / seconds : 0;
      const width = 24;
      const bar = total ? `[${"#".repeat(Math.round((articles / total) * width)).padEnd(width, ".")}] ` : "";
      const left = total && rate > 0 ? `, ${Math.max(0, Math.round((total - articles) / rate))} s left` : "";
      const parts = [`${articles.toLocaleString("en")}${total ? `/${total.toLocaleString("en")}` : ""} articles`];
      if (reports !== undefined) parts.push(`${reports.toLocaleString("en")} reports`);
      if (events !== undefined) parts.push(`${events.toLocaleString("en")} events`);
      stream.write(`\r${bar}${parts.join(", ")} · ${Math.round(rate).toLocaleString("en")}/s${left}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\u001b[K");
    },
  };
}

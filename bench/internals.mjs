// Stage-level entry points for the benchmark, loaded from the built bundle's public API.
import { clusterReports } from "../dist/index.js";

export function clusterReportsForBench(reports, texts) {
  return clusterReports({ reports, texts });
}

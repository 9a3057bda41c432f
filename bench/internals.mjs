// Stage-level entry points for the benchmark, loaded from the built bundle's public API.
import { clusterNormalised, clusterReports, normaliseReports } from "../dist/index.js";

/** Both stages, as `clusterReports` runs them. */
export function clusterReportsForBench(reports, texts) {
  return clusterReports({ reports, texts });
}

/** reports → normalised reports. */
export function normaliseForBench(reports, texts) {
  return normaliseReports({ reports, texts });
}

/** normalised reports → clusters. */
export function clusterNormalisedForBench(normalised) {
  return clusterNormalised(normalised);
}

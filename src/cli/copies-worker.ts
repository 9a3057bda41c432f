/**
 * A worker thread of `communique reconcile`: finds the copies of one wire story among packed
 * fingerprints (see `copyRoots`) while the main thread prepares the rest of clustering.
 */
import { parentPort, workerData } from "node:worker_threads";
import { copyRoots, type PackedFingerprints } from "../cluster/copies.js";

const roots = copyRoots(workerData as PackedFingerprints);
parentPort?.postMessage(roots, [roots.buffer as ArrayBuffer]);

/**
 * Articles per worker task in `dossier run` (and per `processBatch` call in bench phase (b)): each stage
 * runs over the whole batch before the next, which keeps every stage's tables in the caches
 * (`npm run bench:ab -- --a dist --batch-a 1 --batch-b 16 …` measured 0.91 of one-at-a-time wall time).
 * It has a module of its own so the main thread of `dossier run` reads it without loading the extraction
 * stack (wink and its model, chrono, linkedom, the recogniser's code), which only the worker threads run;
 * `extract.ts` re-exports it.
 */
export const BATCH_SIZE = 16;

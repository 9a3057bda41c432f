// Types of the synthetic corpus generator, for the tests that use it.
export interface SyntheticArticle { id: string; text: string; outlet: string; publishedAt?: string; timezone: string }
export function generateCorpus(options?: { articles?: number; seed?: number; startDay?: number; spanDays?: number; people?: unknown[] | null; firstId?: number }): { articles: SyntheticArticle[]; meetings: unknown[] };
export function streamCorpus(options?: { articles?: number; seed?: number; perDay?: number; chunk?: number }): Generator<SyntheticArticle>;

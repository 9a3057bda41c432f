// Types of the synthetic corpus generator, for the tests that use it.
export interface SyntheticArticle { id: string; text: string; outlet: string; publishedAt?: string; timezone: string }
export function generateCorpus(options?: { articles?: number; seed?: number }): { articles: SyntheticArticle[]; meetings: unknown[] };

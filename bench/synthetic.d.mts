// Types of the synthetic corpus generator, for the tests that use it.
export interface SyntheticArticle { id: string; text: string; outlet: string; publishedAt?: string; timezone: string }
/** A meeting of the synthetic corpus and the ids of the articles that report it (a round-up reports two). */
export interface SyntheticMeeting { id: string; articles: string[] }
export function generateCorpus(options?: { articles?: number; seed?: number; startDay?: number; spanDays?: number; people?: unknown[] | null; firstId?: number }): { articles: SyntheticArticle[]; meetings: SyntheticMeeting[] };
export function streamCorpus(options?: { articles?: number; seed?: number; perDay?: number; chunk?: number }): Generator<SyntheticArticle>;

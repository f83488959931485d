import type { GuidanceSection } from './schema';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The guidance sections that answer a query, best first. Every query word must appear in a
 * section (as a word prefix, so "encrypt" finds "encryption"); title and tag hits rank higher.
 */
export function searchGuidance(
  sections: readonly GuidanceSection[],
  query: string,
): GuidanceSection[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [...sections];

  const scored = sections.map((section) => {
    const title = words(section.title);
    const tags = section.tags.flatMap(words);
    const body = words(section.body);
    let score = 0;
    for (const word of queryWords) {
      const hit = (list: string[]) => list.some((candidate) => candidate.startsWith(word));
      const wordScore = (hit(title) ? 3 : 0) + (hit(tags) ? 2 : 0) + (hit(body) ? 1 : 0);
      if (wordScore === 0) return { section, score: 0 };
      score += wordScore;
    }

    return { section, score };
  });

  return scored
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ section }) => section);
}

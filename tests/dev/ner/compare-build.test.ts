import { compareBuilds, formatComparison, loadBuild, type NerBuild } from '../../../src/dev/ner/compare-build.js';

/** A fake build whose tagging spins `work` iterations per token (so one side is measurably slower). */
function fake(name: string, work: number): NerBuild & { calls: number } {
  const build = {
    name,
    calls: 0,
    annotate: (text: string) => ({ text, tokens: text.split(' '), sentences: [{}] }),
    tagSpans(doc: { tokens: readonly unknown[] }) {
      build.calls++;
      let x = 0;
      for (let i = 0; i < doc.tokens.length * work; i++) x += Math.sqrt(i);
      return x;
    },
    recogniseEntities(doc: { tokens: readonly unknown[] }) {
      return build.tagSpans(doc);
    },
  };
  return build;
}

describe('compareBuilds', () => {
  it('runs both builds on every text in every round and reports the per-token ratio of b to a', () => {
    const a = fake('a', 10);
    const b = fake('b', 200);
    const texts = ['one two three', 'four five'];
    const c = compareBuilds(a, b, texts, 3, 1000);
    expect(c.tag).toHaveLength(3);
    expect(c.recognise).toHaveLength(3);
    expect(c.tokens[0]).toBe(c.tokens[1]);
    expect(c.tokens[0] % 5).toBe(0); // the texts (5 tokens) repeated to 1,000 tokens a round
    expect(a.calls).toBe(b.calls);
    const lines = formatComparison(c);
    expect(lines.join('\n')).toMatch(/per-token ratio b \/ a: \d+\.\d{3} over all rounds, median/);
    const total = (side: 0 | 1) => c.tag.reduce((s, r) => s + r[side], 0);
    expect(total(1)).toBeGreaterThan(total(0));
  });

  it('names a build folder that was not built', async () => {
    await expect(loadBuild('/nonexistent-build', 'x')).rejects.toThrow(/dist\/nlp\/wink\.js is missing; run npm ci/);
  });
});

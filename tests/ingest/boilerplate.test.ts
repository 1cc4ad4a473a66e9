/** Trailing boilerplate of blogs and aggregators is cut from the article body; the body itself is kept. */
import { stripBoilerplateEnd } from '../../src/ingest/boilerplate.js';

const BODY = 'Officials met in Baghdad on Tuesday.\nThe talks went on late.';
const cut = (text: string) => text.slice(0, stripBoilerplateEnd(text));

describe('stripBoilerplateEnd', () => {
  test('peels footer lines off the bottom while they match, in any case', () => {
    expect(cut(`${BODY}\n\nShare this:\nTweet\nEmail this\n3 Comments\n`)).toBe(BODY);
    expect(cut(`${BODY}\nPOSTED BY Jane Doe\nLabels: politics, iraq`)).toBe(BODY);
    expect(cut(`${BODY}\n\nRelated articles:\n`)).toBe(BODY);
  });

  test('stops at the first line from the bottom that is not boilerplate', () => {
    const text = `${BODY}\nPrint\nThe end of the story.\nShare`;
    expect(cut(text)).toBe(`${BODY}\nPrint\nThe end of the story.`);
  });

  test('keeps a footer word inside a sentence', () => {
    expect(cut(`${BODY}\nHe asked readers to share this story.`)).toBe(
      `${BODY}\nHe asked readers to share this story.`,
    );
  });

  test('trims trailing whitespace; an all-boilerplate text ends at 0', () => {
    expect(stripBoilerplateEnd(`${BODY}  \n\n`)).toBe(BODY.length);
    expect(stripBoilerplateEnd('Share this:\nlink\n')).toBe(0);
  });
});

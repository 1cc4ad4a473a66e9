/** Boilerplate that blogs and aggregators append to articles: comment prompts, share links, a lone "link". */

const FOOTER_LINE =
  /^(?:no comments?:?|\d+ comments?:?|post a comment|leave a (?:comment|reply)|link|share(?: this)?:?|share on \w+|tweet|email this|print|subscribe(?: to:?.*)?|newer post|older post|home|labels?:.*|posted by .{1,60}|read more:?|related (?:posts|articles):?|advertisement)$/i;

/**
 * Returns the end offset of the article body with trailing boilerplate removed: footer lines are peeled
 * off from the bottom while they match, then a lone trailing "link" after two or more spaces.
 */
export function stripBoilerplateEnd(text: string): number {
  let end = text.length;
  for (;;) {
    const trimmedEnd = text.slice(0, end).trimEnd().length;
    const lineStart = text.lastIndexOf('\n', trimmedEnd - 1) + 1;
    const line = text.slice(lineStart, trimmedEnd).trim();
    if (trimmedEnd === 0 || !FOOTER_LINE.test(line)) {
      end = trimmedEnd;
      break;
    }
    end = lineStart;
  }
  // A literal suffix test, not /\s{2,}link\s*$/ on the whole text: that regex retries from every
  // position of a long whitespace run and goes quadratic on hostile input.
  if (end >= 6 && text.slice(end - 4, end).toLowerCase() === 'link') {
    const before = text.slice(0, end - 4).trimEnd().length;
    if (end - 4 - before >= 2) end = before;
  }
  return end;
}

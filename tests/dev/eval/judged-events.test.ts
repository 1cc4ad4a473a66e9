import {
  conllSourceFile,
  dateMatches,
  datelineDate,
  drawSample,
  excludeDocuments,
  excludeJudged,
  isNewsProse,
  keptByFilter,
  scoreJudged,
  type Candidate,
  type Judged,
} from '../../../src/dev/eval/judged-events.js';

const ev = (doc: string, start: number, type: string, date: string | null, published = '1998-08-08'): Candidate => ({
  doc,
  start,
  trigger: 'x',
  type,
  status: 'occurred',
  date,
  dateSource: date ? 'clause' : 'unknown',
  published,
  sentence: 's',
});
const judge = (c: Candidate, real: boolean, row: boolean, expectedDate: string | null): Judged => ({
  ...c,
  real,
  row,
  expectedDate,
});

describe('hand-judged events', () => {
  test('the same events and seed draw the same sample', () => {
    const all = Array.from({ length: 50 }, (_, i) => ev('d', i, 'attack', null));
    expect(drawSample(all, 10, 11)).toEqual(drawSample(all, 10, 11));
    expect(drawSample(all, 10, 11)).not.toEqual(drawSample(all, 10, 12));
    expect(new Set(drawSample(all, 10, 11).map((e) => e.start)).size).toBe(10);
  });

  test('scores judged events still output against their expected date; lost and unjudged counted apart', () => {
    const judged = [
      judge(ev('a', 1, 'attack', null), true, true, '1998-08-07'),
      judge(ev('a', 9, 'statement', null), true, true, 'DCT'),
      judge(ev('a', 20, 'meeting', null), false, false, null),
      judge(ev('a', 30, 'killing', null), true, false, '1995-11'),
    ];
    const now = [
      ev('a', 1, 'attack', '1998-08-07TNI'), // finer than expected: right
      ev('a', 9, 'statement', '1998-08-08'), // the publication date: right
      ev('a', 20, 'meeting', null),
      ev('a', 44, 'protest', null), // nobody judged it
    ];
    const s = scoreJudged(judged, now);
    expect(s).toMatchObject({ judged: 4, stillOutput: 3, real: 2, row: 2, datesKnown: 2, datesRight: 2 });
    expect(s.lostReal).toBe(1);
    expect(s.unjudged).toBe(1);
    const wrong = scoreJudged(judged, [ev('a', 1, 'attack', '1998-08')]);
    expect([wrong.datesKnown, wrong.datesRight]).toEqual([1, 0]);
  });

  test('a second sample leaves out every event already judged, whatever its type now', () => {
    const all = [ev('a', 1, 'attack', null), ev('a', 2, 'killing', null), ev('b', 1, 'attack', null)];
    const judged = [judge(ev('a', 1, 'protest', null), true, true, null)];
    expect(excludeJudged(all, judged).map((e) => `${e.doc}${e.start}`)).toEqual(['a2', 'b1']);
  });

  test('a held-out draw leaves out whole documents a gold file names, by whole id only', () => {
    const all = [
      ev('wsj_0032', 1, 'attack', null),
      ev('wsj_0032', 9, 'killing', null),
      ev('wsj_0321', 4, 'attack', null),
    ];
    const gold = '{"doc": "wsj_0032", "start": 70}\n';
    expect(excludeDocuments(all, [gold]).map((e) => `${e.doc}@${e.start}`)).toEqual(['wsj_0321@4']);
    expect(excludeDocuments(all, ['from wsj_00321 and APW1998.0032'])).toHaveLength(3);
    expect(excludeDocuments(all, [])).toHaveLength(3);
  });

  test('a day counts for its expected ISO week; other precisions must be a prefix', () => {
    expect(dateMatches('1990-08-11', '1990-W32')).toBe(true); // a Saturday of week 32
    expect(dateMatches('1990-08-13', '1990-W32')).toBe(false); // the Monday after
    expect(dateMatches('1998-12-31', '1999-W53')).toBe(false);
    expect(dateMatches('2021-01-03', '2020-W53')).toBe(true); // the Thursday rule across a year end
    expect(dateMatches('1998-W17', '1998-W17')).toBe(true);
    expect(dateMatches('1998-04', '1998-W17')).toBe(false);
    expect(dateMatches('1998-10-23TNI', '1998-10-23')).toBe(true);
  });

  test('misses list the judged events that are not real, not a row or wrongly dated', () => {
    const judged = [
      judge(ev('a', 1, 'attack', null), true, true, '1998-08-07'),
      judge(ev('a', 9, 'statement', null), true, false, 'DCT'),
      judge(ev('a', 20, 'meeting', null), true, true, null),
    ];
    const s = scoreJudged(judged, [
      ev('a', 1, 'attack', '1998'),
      ev('a', 9, 'statement', '1998-08-08'),
      ev('a', 20, 'meeting', null),
    ]);
    expect(s.misses.map((m) => [m.judged.start, m.dateWrong])).toEqual([
      [1, true],
      [9, false],
    ]);
    expect(s.perType.statement).toEqual({ n: 1, real: 1, row: 0 });
  });

  test("the analyst's filter keeps news with a real status and counts the rows it loses", () => {
    expect(keptByFilter({ salience: 'news', status: 'occurred' })).toBe(true);
    expect(keptByFilter({ salience: 'news', status: 'planned' })).toBe(true);
    expect(keptByFilter({ salience: 'news', status: 'hypothetical' })).toBe(false);
    expect(keptByFilter({ salience: 'background', status: 'occurred' })).toBe(false);
    const judged = [
      judge(ev('a', 1, 'attack', null), true, true, null),
      judge(ev('a', 9, 'acquisition', null), true, false, null),
      judge(ev('a', 20, 'meeting', null), true, true, null),
    ];
    const s = scoreJudged(judged, [
      ev('a', 1, 'attack', null),
      { ...ev('a', 9, 'acquisition', null), status: 'hypothetical' },
      { ...ev('a', 20, 'meeting', null), salience: 'background' },
    ]);
    expect([s.kept, s.keptRow, s.rowFiltered]).toEqual([1, 1, 1]);
  });

  test('a wire dateline gives the publication day; a date inside a sentence does not', () => {
    expect(datelineDate('Ferry sinks off the coast.\nPORT LOUIS 2001-03-14\nA ferry sank on Tuesday.')).toBe(
      '2001-03-14',
    );
    expect(datelineDate('Talks end.\nJane Roe\nSAN JOSE, Costa Rica 2001-03-14\nText.')).toBe('2001-03-14');
    expect(datelineDate('Rates rise.\nThe bank raised rates on 2001-03-14 after a meeting.')).toBeNull();
    expect(datelineDate('No date line here.\nJust a sentence.')).toBeNull();
  });

  test('news told in prose is sampled; a results table or a price list is not', () => {
    const prose = [
      'Dockers strike at the port.',
      'PORT LOUIS 2001-03-14',
      'Hundreds of dock workers walked off the job on Wednesday to demand higher pay, a union leader said.',
      'The port authority said talks with the union would resume on Friday morning.',
      'Ships waiting to unload were sent to anchor outside the harbour until the dispute ends.',
    ].join('\n');
    expect(isNewsProse(prose)).toBe(true);
    // One tabular line (a standings or price row: a third or more of its tokens numbers) marks a table.
    expect(isNewsProse(`${prose}\nRiverside 12 8 3 1 27`)).toBe(false);
    expect(isNewsProse(`${prose}\nWheat 212.00 205.10 202.65 up 1.5`)).toBe(false);
    // No dated dateline, or fewer than three prose sentences: left out.
    expect(isNewsProse(prose.replace('PORT LOUIS 2001-03-14', 'PORT LOUIS'))).toBe(false);
    expect(isNewsProse(prose.split('\n').slice(0, 4).join('\n'))).toBe(false);
  });

  test('a CoNLL sample reads the file named, eng.train by default, and no path', () => {
    expect(conllSourceFile(undefined)).toBe('eng.train');
    expect(conllSourceFile('eng.testa')).toBe('eng.testa');
    expect(() => conllSourceFile('../secret/eng.testa')).toThrow(/--conll-file/);
    expect(() => conllSourceFile('')).toThrow(/--conll-file/);
  });
});

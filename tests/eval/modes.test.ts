import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvalRunner, locateRecordText } from '../../src/dev/eval/pipeline-run.js';
import { evalTimeMl } from '../../src/dev/eval/timeml-eval.js';
import { evalConll } from '../../src/dev/eval/conll-eval.js';
import { evalMeantime } from '../../src/dev/eval/meantime-eval.js';
import { formatReport } from '../../src/dev/eval/report.js';
import { sampleErrors } from '../../src/dev/eval/command.js';

describe('locateRecordText', () => {
  it('finds the record text after trimmed leading whitespace', () => {
    expect(locateRecordText('abc', 'abc')).toBe(0);
    expect(locateRecordText('\n\n  abc def', 'abc def')).toBe(4);
    expect(locateRecordText('abc\nlink', 'abc')).toBe(0);
    expect(locateRecordText('abc', 'xyz')).toBe(-1);
  });
});

describe('EvalRunner (real pipeline)', () => {
  it('maps every record span back onto the evaluation text', () => {
    const text = '\n\nJane Roe met Bob Smith in Paris on Monday, the company said.\nShe left Acme Corp. last week.';
    const runner = new EvalRunner();
    const aligned = runner.run('doc', text, '2010-05-05');
    expect(aligned).not.toBeNull();
    const { record, shift } = aligned!;
    expect(shift).toBe(2);
    expect(record.publication.date).toBe('2010-05-05');
    for (const e of record.entities)
      for (const m of e.mentions) expect(text.slice(m.start + shift, m.end + shift)).toBe(m.text);
    for (const t of record.timexes) expect(text.slice(t.start + shift, t.end + shift)).toBe(t.text);
    expect(runner.docs).toBe(1);
    expect(runner.tokens).toBeGreaterThan(10);
  });
});

describe('evaluation modes on hand-written miniature files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-'));

  it('timeml: reads gold, runs every document, reports per corpus', () => {
    mkdirSync(join(dir, 'tml', 'Mini'), { recursive: true });
    writeFileSync(
      join(dir, 'tml', 'Mini', 'a.tml'),
      `<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Prices rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> of losses.</TEXT></TimeML>`,
    );
    const r = evalTimeMl([join(dir, 'tml')], true);
    expect(r.documents).toBe(1);
    expect(r.failures).toEqual([]);
    expect(r.metrics.counts.gold).toBe(2);
    expect(Object.keys(r.byCorpus)).toEqual(['Mini']);
    expect(formatReport(r)).toContain('relaxed span');
  });

  it('conll: scores PER/ORG/LOC over all documents', () => {
    const file = join(dir, 'mini.conll');
    writeFileSync(
      file,
      '-DOCSTART- -X- O O\n\nJohn NNP I-NP I-PER\nSmith NNP I-NP I-PER\nvisited VBD I-VP O\nGermany NNP I-NP I-LOC\n. . O O\n',
    );
    const r = evalConll(file, true);
    expect(r.documents).toBe(1);
    expect(r.failures).toEqual([]);
    expect(r.metrics.micro.tp + r.metrics.micro.fn).toBe(2);
    expect(formatReport(r)).toContain('micro');
  });

  it('meantime: scores only the annotated sentences', () => {
    mkdirSync(join(dir, 'cat'));
    const toks = ['Acme', 'hires', 'staff', 'May', '2', ',', '2010'];
    writeFileSync(
      join(dir, 'cat', 'm.xml'),
      `<Document doc_id="1" doc_name="1_m" url="u">
${toks.map((t, i) => `<token number="${i}" sentence="${i < 3 ? 0 : 1}" t_id="${i + 1}">${t}</token>`).join('\n')}
<Markables><ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<TIMEX3 m_id="2" functionInDocument="CREATION_TIME" type="DATE" value="2010-05-02"></TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2010-05-02"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>
<ENTITY m_id="4" ent_type="ORG"/></Markables>
<Relations><REFERS_TO r_id="5"><source m_id="1"/><target m_id="4"/></REFERS_TO></Relations></Document>`,
    );
    const r = evalMeantime([join(dir, 'cat')], true);
    expect(r.failures).toEqual([]);
    expect(r.entities.micro.tp + r.entities.micro.fn).toBe(1);
    expect(r.timex.counts.gold).toBe(1);
    expect(formatReport(r)).toContain('trigger precision');
  });
});

describe('sampleErrors', () => {
  it('takes up to n of each kind, spread over the list', () => {
    const e = (kind: string, i: number) => ({ doc: `d${i}`, kind, text: '', detail: '', context: '' });
    const errors = [...Array.from({ length: 10 }, (_, i) => e('miss', i)), e('false alarm', 99)];
    const out = sampleErrors(errors, 2);
    expect(out.map((x) => `${x.kind}:${x.doc}`)).toEqual(['miss:d0', 'miss:d5', 'false alarm:d99']);
  });
});

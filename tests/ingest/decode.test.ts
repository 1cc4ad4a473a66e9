/** Encodings: BOM, UTF-16 without BOM, declarations, detection, mismatch, mojibake repair. */
import iconv from 'iconv-lite';
import { decodeBytes, declaredEncoding, legacyPlausible, repairMojibake, sniffUtf16 } from '../../src/ingest/decode.js';

const TEXT =
  'José Martí met Señor Muñoz in Bogotá on Monday. “We agreed,” he said — the café’s owner, Zoë, paid €5 and £3.\n';

describe('decodeBytes', () => {
  test.each([
    ['windows-1252', 'windows-1252'],
    ['latin1', 'windows-1252'],
  ])('%s without a declaration is detected and decoded right', (enc, name) => {
    const text = enc === 'latin1' ? TEXT.replace(/[“”’—€]/g, '"') : TEXT;
    const d = decodeBytes(iconv.encode(text, enc));
    expect(d.text).toBe(text);
    expect(d.encoding).toMatchObject({ name, source: 'detected' });
    expect(d.encoding.confidence).toBeGreaterThan(0.5);
  });

  test.each(['utf-16le', 'utf-16be'])('%s without a BOM is told by its zero bytes', (enc) => {
    const d = decodeBytes(iconv.encode(TEXT, enc));
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toEqual({ name: enc, source: 'pattern', confidence: 0.95 });
  });

  test('a BOM wins and is recorded with full confidence', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toEqual({ name: 'utf-8', source: 'bom', confidence: 1 });
  });

  test('an HTML meta charset is honoured', () => {
    const html = `<html><head><meta charset="iso-8859-2"></head><body><p>Łódź is in Poland; Škoda.</p></body></html>`;
    const d = decodeBytes(iconv.encode(html, 'iso-8859-2'));
    expect(d.text).toContain('Łódź');
    expect(d.encoding).toMatchObject({ name: 'iso-8859-2', source: 'declared' });
  });

  test('the XML declaration is honoured', () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?><rss><item><title>Café “open”</title></item></rss>`;
    const d = decodeBytes(iconv.encode(xml, 'windows-1252'));
    expect(d.text).toContain('Café “open”');
    expect(d.encoding.source).toBe('declared');
  });

  test('a file claiming UTF-8 but written in Windows-1252 is decoded right, with a warning', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>${TEXT}</p></body></html>`;
    const d = decodeBytes(iconv.encode(html, 'windows-1252'));
    expect(d.text).toContain('José Martí');
    expect(d.warnings.map((w) => w.code)).toContain('W_ENCODING_MISMATCH');
  });

  test('a file claiming Latin-1 but written in UTF-8 is decoded as UTF-8, with a warning', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>${TEXT}</p></body></html>`;
    const d = decodeBytes(Buffer.from(html));
    expect(d.text).toContain(TEXT.trim());
    expect(d.warnings.map((w) => w.code)).toContain('W_ENCODING_MISMATCH');
  });

  test('plain ASCII is recorded as such', () => {
    expect(decodeBytes(Buffer.from('Rain in Oslo.')).encoding).toEqual({
      name: 'utf-8',
      source: 'ascii',
      confidence: 1,
    });
  });

  test('mojibake in a UTF-8 file is repaired, with a warning', () => {
    const text = TEXT.replace('”', '"');
    const d = decodeBytes(Buffer.from(iconv.decode(Buffer.from(text), 'windows-1252')));
    expect(d.text).toBe(text);
    expect(d.warnings.map((w) => w.code)).toEqual(['W_MOJIBAKE_REPAIRED']);
  });

  test('mojibake that lost a byte ("”" read through Windows-1252 has no third character) is flagged, not guessed', () => {
    const d = decodeBytes(Buffer.from(iconv.decode(Buffer.from(TEXT), 'windows-1252')));
    expect(d.text).toContain('José Martí');
    expect(d.warnings.map((w) => w.code)).toEqual(['W_MOJIBAKE_REPAIRED', 'W_MOJIBAKE_SUSPECTED']);
  });
});

describe('helpers', () => {
  test('declaredEncoding reads meta charset, http-equiv, the XML declaration and a MIME header', () => {
    expect(declaredEncoding(Buffer.from('<meta charset=ISO-8859-15>'))).toBe('iso-8859-15');
    expect(
      declaredEncoding(Buffer.from('<meta http-equiv="content-type" content="text/html; charset=windows-1251">')),
    ).toBe('windows-1251');
    expect(declaredEncoding(Buffer.from("<?xml version='1.0' encoding='UTF-8'?>"))).toBe('utf-8');
    expect(declaredEncoding(Buffer.from('From: a@b\nContent-Type: text/plain; charset="iso-8859-1"\n\nHi'))).toBe(
      'iso-8859-1',
    );
    expect(declaredEncoding(Buffer.from('No declaration here.'))).toBeNull();
  });

  test('sniffUtf16 needs the zero-byte pattern', () => {
    expect(sniffUtf16(Buffer.from('plain text'))).toBeNull();
    expect(sniffUtf16(iconv.encode('plain text', 'utf-16le'))).toBe('utf-16le');
  });

  test('legacyPlausible: accented letters inside words yes, runs of stray bytes no', () => {
    expect(legacyPlausible(iconv.encode(TEXT, 'windows-1252'))).toBe(true);
    expect(legacyPlausible(Buffer.from([0x61, 0x20, 0xff, 0xfe, 0x80, 0x20, 0x62]))).toBe(false);
    expect(legacyPlausible(Buffer.from('José', 'utf8'))).toBe(false);
  });

  test.each([
    ['JosÃ© MartÃ­', 'José Martí'],
    ['itâ€™s â€œfineâ€\u009d', 'it’s “fine”'],
    ['SÃ£o Paulo', 'São Paulo'],
  ])('repairMojibake %j → %j', (input, expected) => {
    expect(repairMojibake(input).text).toBe(expected);
  });

  test('real accented text is left alone and not flagged', () => {
    expect(repairMojibake('Café à la carte, née Zoë, façade.')).toEqual({
      text: 'Café à la carte, née Zoë, façade.',
      fixed: 0,
      suspect: 0,
    });
  });

  test('a run that looks like mojibake but does not repair is flagged, not changed', () => {
    const r = repairMojibake('price â€ unknown');
    expect(r.text).toBe('price â€ unknown');
    expect(r.suspect).toBe(1);
  });
});

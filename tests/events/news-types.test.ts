/**
 * The general-news event types of schema 2.4 (issue 14, "Other domains"): legislation, theft, ceremony, sport
 * results, investigations, labour strikes (a protest subtype) and resignations (an appointment subtype). Each
 * trigger word is tested in its event sense and in its false senses. Every sentence is our own, written for
 * the rule it tests; none is taken from a data set.
 */
import { events, type TimexSpec } from './builders.js';

/** Every trigger read, whatever its confidence, as `type[/subtype]:trigger`. */
function read(text: string, timexes: TimexSpec[] = []): string[] {
  return events(text, { timexes, published: '2025-11-07', minConfidence: 0 }).events.map(
    (e) => `${e.type}${e.subtype ? `/${e.subtype}` : ''}:${e.trigger.text}`,
  );
}
const ofType = (text: string, type: string): string[] => read(text).filter((t) => t.startsWith(`${type}`));

describe('legislation', () => {
  it.each([
    ['The lower house passed a bill raising the minimum wage.', 'legislation:passed'],
    ['The budget was passed by a narrow margin.', 'legislation:passed'],
    ['The measure passed by 187 votes to 142.', 'legislation:passed'],
    ['The assembly adopted a resolution on water rights.', 'legislation:adopted'],
    ['Parliament repealed the old press law.', 'legislation:repealed'],
    ['The governor vetoed the spending plan.', 'legislation:vetoed'],
    ['The ministry first introduced the measure in February.', 'legislation:introduced'],
  ])('a law passed, adopted, repealed, vetoed or introduced: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['His grandfather passed away in the spring.'],
    ['The striker passed the ball to his captain.'],
    ['Three hours passed before help came.'],
    ['She passed the entrance exam easily.'],
    ['The couple adopted a child from the orphanage.'],
    ['The club adopted a more cautious approach.'],
  ])('passing away, a ball passed, a child adopted are no legislation: %s', (text) => {
    expect(ofType(text, 'legislation')).toEqual([]);
  });

  it('a new gadget introduced stays a product launch ("The maker introduced a folding phone")', () => {
    expect(read('The maker introduced a folding phone.')).toContain('product-launch:introduced');
  });
});

describe('theft', () => {
  it.each([
    ['Thieves stole three paintings from the gallery.', 'theft:stole'],
    ['Two men robbed a bank in the suburbs.', 'theft:robbed'],
    ['Gunmen robbed him of his watch and phone.', 'theft:robbed'],
    ['The robbery of the jewellery store shocked the street.', 'theft:robbery'],
    ['Police are looking into a burglary at the school.', 'theft:burglary'],
  ])('property taken: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The young soprano stole the show at the gala.'],
    ['He stole a glance at the clock.'],
    ['The visitors stole a late win with a penalty.'],
    ['The side was robbed of victory by a late goal.'],
    ['Injuries robbed the team of its best chance.'],
  ])('stealing the show, a glance or a win, robbed of victory, take nothing: %s', (text) => {
    expect(ofType(text, 'theft')).toEqual([]);
  });
});

describe('ceremony', () => {
  it.each([
    ['She received the prize at a ceremony in the city hall.', 'ceremony:ceremony'],
    ['The inauguration of the new president drew thousands.', 'ceremony:inauguration'],
    ['Hundreds attended the funeral of the former mayor.', 'ceremony:funeral'],
  ])('a ceremony held: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The old coach was dismissed without ceremony.'],
    ['Guests need not stand on ceremony here.'],
    ['A comedian acted as master of ceremonies.'],
    ['The family runs a funeral home in the valley.'],
  ])('idioms and modifiers name no ceremony: %s', (text) => {
    expect(ofType(text, 'ceremony')).toEqual([]);
  });
});

describe('sport results', () => {
  it.each([
    ['Northfield beat Harbour City 3-1 on Sunday.', 'sport:beat'],
    ['The hosts drew 1-1 with the champions.', 'sport:drew'],
    ['The veteran won the final in straight sets.', 'sport:won'],
    ['The side lost the semi-final to a younger team.', 'sport:lost'],
    ['The club suffered a 2-0 defeat at home.', 'sport:defeat'],
    ['United will play City again in the cup final.', 'sport:final'],
  ])('a match played, won, lost or drawn: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['Government troops beat back the rebel advance.'],
    ['The ruling party won 61 of the 90 seats.'],
    ['The senate defeated the amendment 52-48.'],
    ['The firm won a contract to build the bridge.'],
    ['Rebels defeated the army near the border.'],
    ['The party suffered a heavy defeat in the election.'],
    ['The final decision rests with the board.'],
    ['He struck a match to light the stove.'],
  ])('armies, seats, bills, contracts and an election defeat are no sport result: %s', (text) => {
    expect(ofType(text, 'sport')).toEqual([]);
  });

  it('a vote of confidence in the coach is neither an election nor a sport result', () => {
    const t = read('The board gave a vote of confidence in the coach.');
    expect(t.filter((x) => x.startsWith('sport'))).toEqual([]);
  });
});

describe('investigation', () => {
  it.each([
    ['Prosecutors opened an investigation into the ministry accounts.', 'investigation:investigation'],
    ['The regulator launched a probe into the merger.', 'investigation:probe'],
    ['An inquiry was opened into the fire.', 'investigation:inquiry'],
  ])('an investigation opened or launched: %s', (text, expected) => {
    expect(read(text).some((t) => t.startsWith('investigation:') && t.endsWith(expected.split(':')[1]!))).toBe(true);
  });

  it.each([
    ['The space probe reached the outer planets.'],
    ['The investigation is continuing.'],
    ['Reporters sent inquiries to the ministry.'],
  ])('a space probe, or an investigation named in passing, is no new investigation: %s', (text) => {
    expect(ofType(text, 'investigation')).toEqual([]);
  });
});

describe('labour strikes', () => {
  it.each([
    ['Rail workers went on Tuesday on a strike over pension changes.', 'protest/strike:strike'],
    ['Rail workers walked out on Tuesday.', 'protest/strike:walked out'],
    ['Nurses went on strike for higher pay.', 'protest/strike:strike'],
    ['A 24-hour strike by bus drivers halted the city.', 'protest/strike:strike'],
    ['The unions held a general strike.', 'protest/strike:strike'],
    ['Workers staged a walkout at the plant.', 'protest/strike:walkout'],
  ])('workers stop work: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The strike hit a school near the border.'],
    ['The missile strike destroyed a bridge.'],
    ['A strike against militant positions killed four.'],
  ])('the strike of a missile is no labour strike: %s', (text) => {
    expect(ofType(text, 'protest/strike')).toEqual([]);
  });

  it('walking out of a building is no walkout ("The patient walked out of the hospital")', () => {
    expect(ofType('The patient walked out of the hospital.', 'protest')).toEqual([]);
  });
});

describe('resignations', () => {
  it.each([
    ['The trade minister resigned on Monday.', 'appointment/resignation:resigned'],
    ['The chief executive stepped down after the scandal.', 'appointment/resignation:stepped down'],
    ['Her resignation surprised the party.', 'appointment/resignation:resignation'],
  ])('an end of office is the resignation subtype: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('an appointment stays the parent type ("The board appointed a new chief executive")', () => {
    expect(read('The board appointed a new chief executive.')).toContain('appointment:appointed');
  });
});

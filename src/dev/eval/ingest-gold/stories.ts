/**
 * The article texts of the ingest gold set: short news stories written for it (fictional events, real
 * place names), so they carry no third-party copyright. Each has a headline, a byline, a lead
 * (standfirst) and body paragraphs. Some carry accented names so legacy encodings are tested.
 */

/** One story of the gold set. */
export interface Story {
  slug: string;
  headline: string;
  author: string;
  lead: string;
  /** Place written in a wire dateline, and its region or country (optional). */
  city: string;
  region?: string;
  body: string[];
}

export const STORIES: Story[] = [
  {
    slug: 'turkey-quake',
    headline: 'Strong earthquake shakes western Turkey, two killed',
    author: 'Ayşe Demir',
    lead: 'A magnitude 6.1 quake struck Balikesir province on Sunday evening, toppling older buildings.',
    city: 'ANKARA',
    region: 'Turkey',
    body: [
      'A strong earthquake struck western Turkey on Sunday, killing at least two people and injuring 29, the disaster agency said.',
      'The quake hit the town of Sindirgi at 7:53 p.m. local time, according to the agency, which sent rescue teams to the area.',
      'Interior Minister Ali Yerlikaya said 16 buildings had collapsed and that search efforts would continue through the night.',
      'Residents of Istanbul and Izmir, more than 200 kilometres away, said they had felt the tremor.',
    ],
  },
  {
    slug: 'lagos-port',
    headline: 'Lagos port strike ends after pay deal',
    author: 'Chidi Okafor',
    lead: 'Dock workers returned to Apapa terminal on Tuesday after a nine-day stoppage.',
    city: 'LAGOS',
    region: 'Nigeria',
    body: [
      'Dock workers in Lagos ended a nine-day strike on Tuesday after the Nigerian Ports Authority agreed to raise hazard pay by 40 percent.',
      'The stoppage had left more than 60 ships waiting offshore and delayed shipments of fuel and grain, traders said.',
      'Union leader Adewale Bakare told reporters the agreement would be reviewed in six months.',
      'The authority said cargo handling at Apapa and Tin Can Island would be back to normal by the weekend.',
    ],
  },
  {
    slug: 'bogota-vote',
    headline: 'Bogotá council approves metro extension',
    author: 'José Martínez',
    lead: 'The second line will reach the western suburbs by 2031, city officials said.',
    city: 'BOGOTÁ',
    region: 'Colombia',
    body: [
      'Bogotá’s city council voted 31 to 9 on Thursday to extend the metro’s second line into the western suburbs.',
      'Mayor Carlos Fernán Galán said the extension would cut commuting times for about 800,000 residents.',
      'Opponents argued that the cost, estimated at 3.2 billion dollars, should go to bus rapid transit instead.',
      'Construction is due to begin next year, with the first stations opening in 2031.',
    ],
  },
  {
    slug: 'oslo-fund',
    headline: 'Norway wealth fund reports record half-year gain',
    author: 'Ingrid Sørensen',
    lead: 'Technology shares lifted the fund’s value past 19 trillion crowns.',
    city: 'OSLO',
    body: [
      'Norway’s sovereign wealth fund reported a record gain of 1.5 trillion crowns for the first half of the year on Wednesday.',
      'The fund, which invests the country’s oil and gas revenue, said technology shares accounted for most of the rise.',
      'Chief executive Nicolai Tangen warned that markets remained volatile and that returns could fall later in the year.',
      'The fund owns about 1.5 percent of all listed shares worldwide.',
    ],
  },
  {
    slug: 'manila-storm',
    headline: 'Typhoon forces evacuation of 120,000 in northern Philippines',
    author: 'Maria Santos',
    lead: 'Schools and offices were closed across Luzon as the storm approached.',
    city: 'MANILA',
    body: [
      'More than 120,000 people were evacuated from coastal towns in the northern Philippines on Monday as a typhoon approached.',
      'The weather bureau said the storm carried sustained winds of 165 kilometres per hour and could bring landslides.',
      'Flights to and from Laoag and Tuguegarao were cancelled, and the coast guard barred small boats from sailing.',
      'President Ferdinand Marcos Jr. ordered government agencies to preposition food packs in the worst-hit provinces.',
    ],
  },
  {
    slug: 'geneva-talks',
    headline: 'Sudan ceasefire talks resume in Geneva',
    author: 'François Lefèvre',
    lead: 'Mediators hope to open aid corridors to Darfur before the rainy season ends.',
    city: 'GENEVA',
    body: [
      'Talks on a ceasefire in Sudan resumed in Geneva on Wednesday, with delegations from both warring sides attending.',
      'The mediators, led by Switzerland and Saudi Arabia, said their first aim was to open aid corridors to Darfur.',
      'Aid agencies say more than 10 million people have been displaced since fighting began.',
      'A spokesperson for the Sudanese army said it would accept a truce only if its conditions were met.',
    ],
  },
  {
    slug: 'quebec-fires',
    headline: 'Wildfires force evacuation of Québec mining town',
    author: 'Zoë Tremblay',
    lead: 'About 2,500 residents of Chibougamau left by road and air as flames closed in.',
    city: 'MONTREAL',
    body: [
      'About 2,500 residents of the mining town of Chibougamau in northern Québec were evacuated on Friday as wildfires closed in.',
      'Provincial officials said more than 40 fires were burning in the region, 12 of them out of control.',
      'Premier François Legault said firefighters from France and Mexico would arrive over the weekend.',
      'Smoke from the fires drifted as far south as New York, where air quality warnings were issued.',
    ],
  },
  {
    slug: 'nairobi-budget',
    headline: 'Kenya scraps tax rises after protests',
    author: 'Wanjiru Kamau',
    lead: 'The finance ministry withdrew levies on bread and mobile money.',
    city: 'NAIROBI',
    region: 'Kenya',
    body: [
      'Kenya’s government withdrew planned tax increases on bread, cooking oil and mobile money transfers on Tuesday after days of protests.',
      'Finance Minister John Mbadi said the treasury would cut spending instead to meet its deficit target.',
      'Thousands of young protesters had marched through central Nairobi, and police used tear gas to disperse them.',
      'The International Monetary Fund said it was studying the revised budget.',
    ],
  },
  {
    slug: 'munich-rail',
    headline: 'German rail strike halts most long-distance trains',
    author: 'Jürgen Müller',
    lead: 'The drivers’ union called a 48-hour walkout over working hours.',
    city: 'BERLIN',
    body: [
      'Most long-distance trains in Germany stopped running on Thursday as drivers began a 48-hour strike over working hours.',
      'Deutsche Bahn said it was running an emergency timetable with about one in five services.',
      'The GDL union wants the working week cut to 35 hours without a loss of pay.',
      'Commuters in Munich and Frankfurt crowded onto regional trains, which were less affected.',
    ],
  },
  {
    slug: 'dhaka-floods',
    headline: 'Floods cut off villages in northeast Bangladesh',
    author: 'Rahim Uddin',
    lead: 'Rivers burst their banks after a week of monsoon rain.',
    city: 'DHAKA',
    body: [
      'Floods cut off hundreds of villages in northeastern Bangladesh on Saturday after a week of heavy monsoon rain.',
      'The disaster ministry said about 700,000 people were stranded in Sylhet and Sunamganj districts.',
      'Army boats were delivering drinking water and rice, and 1,200 shelters had been opened.',
      'Forecasters said more rain was expected upstream in India’s Meghalaya state.',
    ],
  },
  {
    slug: 'santiago-copper',
    headline: 'Chile copper output falls as mine shuts for repairs',
    author: 'Sebastián Núñez',
    lead: 'Production at the Escondida mine dropped 11 percent in the quarter.',
    city: 'SANTIAGO',
    region: 'Chile',
    body: [
      'Chile’s copper output fell 6 percent in the second quarter as the world’s largest copper mine closed a plant for repairs.',
      'BHP said production at Escondida dropped 11 percent and would recover by the end of the year.',
      'Copper prices rose 2 percent in London on the news.',
      'Chile produces about a quarter of the world’s copper.',
    ],
  },
  {
    slug: 'cairo-bread',
    headline: 'Egypt raises price of subsidised bread',
    author: 'Mona Hassan',
    lead: 'The first increase in decades quadruples the price of a loaf.',
    city: 'CAIRO',
    body: [
      'Egypt raised the price of subsidised bread fourfold on Saturday, the first increase in more than three decades.',
      'Prime Minister Mostafa Madbouly said the subsidy bill had become too heavy for the state budget.',
      'About 70 million Egyptians rely on the subsidised loaves, which will now cost 20 piastres each.',
      'Economists said the move was part of reforms agreed with the International Monetary Fund.',
    ],
  },
  {
    slug: 'sydney-heat',
    headline: 'Sydney swelters through hottest November day',
    author: 'Liam O’Brien',
    lead: 'Temperatures passed 41 degrees in the western suburbs.',
    city: 'SYDNEY',
    body: [
      'Sydney recorded its hottest November day on Sunday, with temperatures passing 41 degrees Celsius in the western suburbs.',
      'Fire authorities declared a total fire ban across the greater Sydney region.',
      'The Bureau of Meteorology said a cool change would arrive late on Monday.',
      'Beaches were crowded, and lifeguards rescued more than 30 swimmers from rips.',
    ],
  },
  {
    slug: 'warsaw-election',
    headline: 'Polish voters head to the polls in tight presidential race',
    author: 'Piotr Nowak',
    lead: 'Polls show the two leading candidates within two points.',
    city: 'WARSAW',
    body: [
      'Poles voted on Sunday in a presidential election that polls showed as too close to call.',
      'Turnout by midday was 26 percent, higher than at the last election, the electoral commission said.',
      'The winner will hold a veto over laws passed by parliament.',
      'Results are expected early on Monday, with a runoff in two weeks if no candidate wins a majority.',
    ],
  },
  {
    slug: 'lima-protest',
    headline: 'Thousands march in Lima against mining law',
    author: 'Andrés Peña',
    lead: 'Farmers from the Andes joined the protest against water rights changes.',
    city: 'LIMA',
    region: 'Peru',
    body: [
      'Thousands of people marched through central Lima on Thursday against a law they say would give mining companies control of water sources.',
      'Farmers from Cajamarca and Apurímac travelled for two days to join the protest.',
      'Police said the march was largely peaceful, though 14 people were detained near Congress.',
      'The mining ministry said the law would protect water supplies while allowing investment.',
    ],
  },
  {
    slug: 'seoul-chips',
    headline: 'South Korea chip exports hit record in October',
    author: 'Kim Min-jun',
    lead: 'Demand for memory used in artificial intelligence servers drove the rise.',
    city: 'SEOUL',
    body: [
      'South Korea’s semiconductor exports reached a record 13.7 billion dollars in October, the trade ministry said on Friday.',
      'Demand for high-bandwidth memory used in artificial intelligence servers drove most of the increase.',
      'Total exports rose 4.6 percent from a year earlier, the 13th month of growth in a row.',
      'Shipments to China, the largest market, grew 9 percent.',
    ],
  },
];

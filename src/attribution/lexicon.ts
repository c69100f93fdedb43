/**
 * General English word lists the attribution rules rely on. They describe how news prose names people
 * and reports speech in general; nothing here comes from a particular article. Every layer that needs
 * one of these lists imports it from here.
 */

/** A set of the words of a list written out as text, one per space: how every list below is made. */
export const wordSet = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/u));
const words = wordSet;

/**
 * A whole-word test, `/^(?:a|b|c)$/u.test` done by a set lookup: the rules ask it of nearly every word
 * of the briefing, and running a regex costs about twice a lookup.
 *
 * @example wordTest('he she').test('she') // true
 */
export const wordTest = (s: string): { words: ReadonlySet<string>; test(word: string): boolean } => {
  const words = wordSet(s);
  return { words, test: (word) => words.has(word) };
};

/** Honorifics before a name. They are not part of the name, and say whether it is a man or a woman. */
export const HONORIFICS = words(
  'Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Mx. Sir Dame Madam Messrs. Mmes. mr. mrs. ms. dr. Gov. Sen. Sens. Rep. Reps. Gen. Lt. Col. Capt. Sgt. Adm. Cmdr. Pres. Supt. Amb. Atty. Rev. Fr. Hon. Gov Sen Rep Gen Cllr Cllr. Cr Cr.' +
    // British style writes ranks without a full stop ("Det Insp Jane Roe", "PC John Doe", "Rev Jane Roe").
    ' Det Det. Insp Insp. Ch DCI PC Sgt Supt Rev Fr Lt Col Maj Maj. Capt Cmdr Adm Brig Brig. Cpl Cpl. Pte Pte. Mgr Msgr',
);

/** Honorifics of a man and of a woman, for resolving "he" and "she". */
/** A generational suffix ending a person's name ("Jane Roe Jr.", "John Doe III"): not their family name. */
export const GENERATIONAL_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/iu;

export const MALE_HONORIFICS = words('Mr Mr. mr. Sir Messrs.');
export const FEMALE_HONORIFICS = words('Mrs Mrs. Ms Ms. Miss Madam Dame mrs. ms. Mmes.');

/** The office an abbreviated title stands for, so that "Gov. Dana Pike" is found as the governor. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Gov.', 'Governor'],
  ['Gov', 'Governor'],
  ['Sen.', 'Senator'],
  ['Sens.', 'Senator'],
  ['Sen', 'Senator'],
  ['Rep.', 'Representative'],
  ['Reps.', 'Representative'],
  ['Rep', 'Representative'],
  ['Gen.', 'General'],
  ['Gen', 'General'],
  ['Lt.', 'Lieutenant'],
  ['Col.', 'Colonel'],
  ['Capt.', 'Captain'],
  ['Sgt.', 'Sergeant'],
  ['Adm.', 'Admiral'],
  ['Cmdr.', 'Commander'],
  ['Pres.', 'President'],
  ['Supt.', 'Superintendent'],
  ['Amb.', 'Ambassador'],
  ['Atty.', 'Attorney'],
  ['Prof.', 'Professor'],
  ['Prof', 'Professor'],
  ['Rev.', 'Reverend'],
  // British and Australian councillors ("Cllr Jane Roe", "Cr Jane Roe").
  ['Cllr', 'Councillor'],
  ['Cllr.', 'Councillor'],
  ['Cr', 'Councillor'],
  ['Cr.', 'Councillor'],
]);

/**
 * Abbreviations after which a period does not end a sentence when a capitalised word follows
 * (titles and honorifics always stand before a name). Matched with their case: "Mr." is a title,
 * while "me." and "no." are words that may end a sentence.
 */
export const NAME_ABBREVIATIONS = words(`
Mr Mrs Ms Dr Prof Sen Sens Rep Reps Gov Govs Gen Lt Col Capt Cmdr Adm Sgt Pres Supt Amb Atty Rev Fr Hon Cllr Cr
St Mt Ft Messrs Mmes Gens Cpl Pvt Maj Brig Det Insp Mgr Msgr Sr Jr
`);

/** Abbreviations that stand before a number ("No. 2", "Jan. 5", "Art. 9"), not before a sentence. */
export const NUMBER_ABBREVIATIONS = words(`
No Nos Vol Art Fig Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec p pp para
`);

/** Abbreviations closing a company's name ("Acme Co. chief Jane Roe"): their period ends no phrase. */
export const COMPANY_ABBREVIATIONS = words('Inc Corp Co Ltd Bros LLC Cos');

/** Lower-case abbreviations that never end a sentence ("Roe v. Wade", "e.g. a court"). */
export const LOWER_ABBREVIATIONS = words('v vs etc approx e.g i.e cf');

/**
 * Titles in lower case, as machine translation writes them ("the stock of mr. Moon"): no English word,
 * so never a sentence's end. Titles that are also words ("no.", "me.") keep their case rule.
 */
export const LOWER_TITLE_ABBREVIATIONS = words('mr mrs ms dr');

/** Offices, ranks, jobs and roles: the words that make a noun phrase a description of a person. */
export const TITLE_WORDS = words(`
president presidents vice prime premier minister ministers secretary secretaries spokesman spokeswoman spokesperson
spokespeople spokesmen ambassador envoy adviser advisor advisers advisors aide aides chancellor chairman chairwoman
chair chairs chief director directors deputy general governor governors mayor senator senators representative
representatives congressman congresswoman congressmen lawmaker lawmakers legislator legislators official officials
diplomat diplomats negotiator negotiators commander leader leaders ruler king queen prince princess emperor pope
judge justice attorney prosecutor prosecutors analyst analysts expert experts professor researcher researchers
economist economists correspondent reporter reporters editor founder ceo executive executives head undersecretary
sheriff captain colonel lieutenant sergeant admiral marshal cardinal bishop rabbi imam pastor reverend preacher coach
manager managers boss bosses substitute striker midfielder defender goalkeeper winger quarterback pitcher chairperson commissioner delegate delegates delegation spokesmen observer observers activist
activists scholar scholars fellow candidate candidates nominee nominees strategist strategists consultant
consultants counsel inspector constable investigator officer officers agent agents speechwriter speechwriters farmer farmers teacher teachers student students resident
residents nurse doctor doctors worker workers owner owners driver lawyer lawyers voter voters pilot soldier soldiers
engineer scientist scientists historian biologist physician surgeon councillor councilman councilwoman trustee
superintendent principal chef entrepreneur host hosts anchor anchors commentator commentators columnist columnists
pundit pundits pollster pollsters coordinator organizer organiser organizers operative operatives director treasurer
surrogate surrogates supporter supporters opponent opponents rival rivals challenger incumbent contender
businessman businesswoman businessmen billionaire millionaire mogul magnate developer investor investors banker
bankers actor actress actors singer rapper musician comedian comic writer writers author novelist journalist
journalists blogger filmmaker producer director star celebrity athlete player players quarterback spouse wife
husband son daughter mother father brother sister widow widower grandmother grandfather uncle aunt nephew niece
partner friend friends colleague colleagues neighbor neighbour veteran veterans survivor survivors victim victims
witness witnesses protester protesters demonstrator demonstrators member members staffer staffers employee employees
referee referees umpire coroner magistrate juror jurors defendant defendants plaintiff paramedic paramedics
firefighter firefighters
volunteer volunteers manager president-elect governor-elect speaker whip treasurer clerk registrar auditor
comptroller controller regulator regulators monitor monitors inspector-general attorney-general surgeon-general
man woman men women boy girl lady gentleman mom dad user users advocate advocates lobbyist lobbyists fan fans
moderator moderators panelist panelists guest guests caller callers viewer viewers reader readers listener listeners
participant participants attendee attendees organizer leader co-founder co-director co-chair co-host cohost
front-runner frontrunner runner-up hopeful hopefuls standard-bearer co-author co-authors campaigner campaigners
donor donors ally allies insider insiders librarian librarians archivist archivists curator curators
landlord landlady landlords shopkeeper shopkeepers publican fisherman fishermen ferryman boatman bartender
waitress mechanic plumber electrician labourer laborer vicar nun architect architects
`);

/** Verbs of speech that are as often nouns: "the state museum", "a call center", "his promise". */
export const NOUN_LIKE_SPEECH = words(`
state states call calls claim claims note notes comment comments tweet tweets joke jokes promise promises vow vows
push read mean talk
`);

/** Determiners: a word after one is a noun ("the state", "a call", "this claim"). */
export const DETERMINERS = words(`
the a an this that these those his her their its our my your whose each every any no some another
`);

/** Prepositions that open a phrase: a word of speech inside one is a noun ("to the state museum board"). */
export const PREPOSITIONS = words(`
to of in on at for with from about by into onto over under after before during against between among through
across without within upon
`);

/** Role words that say the person is a woman or a man, for resolving "she" and "he". */
export const FEMALE_WORDS = words(`
spokeswoman chairwoman congresswoman councilwoman businesswoman actress wife mother daughter sister widow grandmother
aunt niece woman women girl lady mom queen princess
`);
export const MALE_WORDS = words(`
spokesman chairman congressman councilman businessman actor husband father son brother widower grandfather uncle
nephew man men boy gentleman dad king prince
`);

/** Words that qualify a title without being a name ("Foreign", "Defense", "first deputy"). */
export const TITLE_MODIFIERS = words(`
foreign defense defence state national security first second senior former acting interim top special assistant
deputy vice prime home interior finance trade economy economic health justice chief general executive principal
permanent associate managing majority minority press communications campaign political presidential congressional
gubernatorial mayoral longtime veteran retired outgoing incoming current future prominent leading influential
independent local federal regional international junior ranking conservative liberal progressive moderate
republican democratic then-candidate main closest fellow lead
`);

/**
 * Words that date an office ("former", "then", "outgoing"): capitalised to open a sentence ("Former
 * Roe aide Jane Doe …"), they are never the first word of a name.
 */
export const OFFICE_TIME_WORDS = words(
  'former then late acting retired outgoing incoming ex onetime erstwhile',
);

/**
 * Words for a political affiliation that stand before a name as a descriptor ("Republican Tomas Berg",
 * "Democratic Sen. Jane Roe"). They belong to the role, never to the name.
 */
export const AFFILIATION_WORDS = words(`
Republican Republicans Democrat Democrats Democratic GOP Independent Libertarian Conservative Liberal Labour Tory
Green Socialist Progressive
`);

/**
 * Role words that are verbs too ("Jane Roe heads the agency", "coaches the team"): their "-s" form
 * after a name is the verb, so no plural of theirs is made a group (see `isTitlePlural`).
 */
export const ROLES_ALSO_VERBS = words(`
head judge coach captain marshal counsel pilot partner whip engineer author delegate doctor father mother
star champion host anchor monitor advocate chair rival ally witness clerk guest founder
`);

/** Collective nouns that can speak ("the government said", "officials said"). */
export const GROUP_WORDS = words(`
government governments administration ministry ministries agency military army navy embassy office officials
authorities police spokesperson regime parliament congress senate council committee commission party court
analysts experts diplomats observers critics lawmakers delegates leaders officers source sources campaign team staff
company firm group organization organisation coalition union network newspaper magazine outlet website station
report reports study survey poll polls statement release memo letter document filing ad ads advertisement spot
video clip commercial announcer narrator institute department foundation center centre university data figures
records documents filings researchers scientists email emails piece article column editorial headline complaint
lawsuit book paper website blog tweet post message note op-ed ruling verdict
`);

/** Words before a month that make it a date, not a given name ("in April", "last June", "for May"). */
export const MONTH_DATE_LEADS = words(
  'for in on since by until till through from to last next early late mid during of before after this that each every between and or',
);

/** Capitalised words that start sentences or clauses but are never part of a name. */
export const FUNCTION_WORDS = words(`
A An And As At After Although Asked Because Before Both But By Despite During Each Earlier Even Every For From He
Her Here His How However I If In Indeed It Its Just Last Later Many Meanwhile More Most Much No Not Now Of On Only Or
Other Our Over Recent Recently Regarding Since So Some Speaking Still Such That The Their Then There These They This
Those Though Thus To Two Three Under Until We What When Where Whether Which While Who Why With Without Yet You Also
Instead Nevertheless Moreover Furthermore According Among Between Within Whose Once Perhaps Further Finally First
Second Third Today Yesterday Tomorrow Tonight Like Unlike Unless Whatever Whoever Whenever Wherever Almost Already
Outside Inside Behind Across Beneath Underneath Alongside Except Aboard
Another Any Anyone Everyone Nobody Nothing Someone Something Everything Maybe Yes Well Oh Please Dear Let Could
Would Should Shall Might Must Do Does Did Is Are Was Were Be Been Have Has Had Not Never Always Sometimes
Often Again Ago Around Above Below Into Onto Upon About Against Along Amid Amidst Beyond Toward Towards Through
Throughout Via Per Sure Certainly Obviously Clearly Unfortunately Fortunately Indeed Still Soon All Few Several
Neither Either None Every Each Whoever Though Next Last Previously Overall Ultimately Additionally Besides Hence
Otherwise Rather Even She Him Hers Them Mine Ours Yours Theirs Myself Himself Herself Itself Nonetheless Regardless
Notably Importantly Initially Separately Similarly Likewise Specifically Basically Essentially Apparently Reportedly
One Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions
`);

export const MONTHS_AND_DAYS = words(`
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
`);

/**
 * Abbreviations written with a period that name a month or a US state in news style ("Aug. 8",
 * "San Bernardino, Calif."): never a person's name. Listed without the period.
 */
export const PLACE_AND_MONTH_ABBREVIATIONS = words(`
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Mo Mont Neb Nev Okla Ore Pa
Tenn Tex Vt Va Wash Wis Wisc Wyo
`);

/** Words that make a capitalised run a place or an organisation rather than a person. */
export const NON_PERSON_WORDS = words(`
North South East West New United States Republic Kingdom Union House Ministry Department Government Party Council
Institute University Agency Office Committee Bank Fund Organization Organisation Nations Forces Army Navy Court
Congress Parliament Assembly Senate Commission Company Corporation Group Association Times News Post Press Journal
Tribune Herald Gazette Review Magazine Radio Television TV Network Channel Daily Weekly Report Reports Poll Polls
Survey Center Centre Foundation Peninsula Sea Ocean Island Islands City County Province Region Street Square Pacific
Atlantic Gulf Europe Asia Africa America Middle Federal National International Central Democratic People’s People's
Bureau Service Authority Board Administration Campaign Project Coalition Alliance Network Club League Society Trust
Fed Reserve Exchange Inc. Inc Corp. Corp Co. Ltd. LLC Group Media Studio Studios Church Cathedral School College
Academy Hospital Clinic Police Guard Council Cabinet Caucus PAC Movement Front Initiative Watch Monitor Institute
Desk Team Lab Laboratory Unit Division Bureau Agency Network Project
Chamber Federation Confederation Conference Directorate Secretariat
Athletic Rovers Wanderers Rangers Albion FC AFC
Democrats Republicans
Santa Los Las Fort Airport Heights Valley Act Agreement Treaty Security Islamic
Research Politics Journalism Partners Energy Action Enforcement Affairs Services Studies Sciences Relations
Intelligence Defense Defence Policy Health Education Commerce Labor Labour Treasury Statistics Technology
Technologies Management Development Museum Library Airlines Motors Industries Holdings Capital Ventures
Communications Productions Entertainment Pictures Analytics Strategies Consulting Solutions Systems Insurance
Footwear Apparel Clothing Fashion Foods Beverages Brands Pharmaceuticals Pharma Labs Records Publishing
Publishers Construction Engineering Logistics Airways Hotels Resorts Stores Supermarkets Enterprises
Investments Properties Realty Brewery Brewing Bakery Farms Restaurants Cosmetics Electronics Software Telecom
Shipping Aerospace Automotive Chemicals Petroleum Mining Textiles Furniture Jewelers Jewellers Outfitters
`);

/**
 * Plural names of peoples and faiths: a capitalised run ending with one ("Asian Americans", "Cuban
 * Americans", "American Muslims") names a group, never one person.
 */
export const PEOPLE_PLURALS = words(`
Americans Canadians Mexicans Europeans Africans Asians Australians Britons Latinos Latinas Hispanics Arabs Muslims
Christians Jews Catholics Protestants Evangelicals Mormons Hindus Sikhs Buddhists Indians Chinese Japanese Koreans
`);

/** Pronouns that stand for a person named before. */
export const MALE_PRONOUNS = words('he He him his');
export const FEMALE_PRONOUNS = words('she She her hers');

/**
 * Verbs that report speech or a stated position, by their base form. `SPEECH_VERBS` holds every
 * inflected form ("say", "says", "said", "saying"); the quote or clause after them is the statement.
 */
const SPEECH_VERB_BASES = `
say tell add note argue insist suggest warn acknowledge confirm criticize criticise call describe state promise
explain ask urge declare announce claim stress emphasize emphasise observe write tweet reply respond comment cite
accuse condemn vow pledge predict reiterate admit recall complain concede counter maintain express welcome praise
denounce demand reveal mention indicate signal assure repeat reaffirm report post joke quip boast scold
shout yell chant recount testify tout lament muse continue answer charge allege assert contend deny dismiss remark
retort snap scoff reason speculate caution proclaim brag rail thunder fume concur agree disagree estimate project
forecast conclude recommend advise inform question challenge blast slam attack mock ridicule deride label
brand dub rate hail thank apologize apologise plead beg pray read sing announce disclose concede relate muse
whisper exclaim interject interrupt add summarize summarise preach lecture rule opine caution grumble gripe
refer echo
riff gush rave vent marvel grouse whine sneer taunt crow gloat sigh reminisce elaborate clarify posit
theorize surmise reckon affirm attest aver implore bemoan decry deplore rebut refute confess confide mutter
murmur mumble scream holler bellow blurt stammer chime inquire enquire query laud enthuse restate narrate tease
`;

/** Past forms that are not the base plus -ed (with their -ing form when it is irregular too). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  read: ['read'],
  sing: ['sang', 'sung'],
  forecast: ['forecast'],
  spell: ['spelled', 'spelt'],
  // A stressed last syllable doubles its consonant.
  admit: ['admitted', 'admitting'],
  quip: ['quipped', 'quipping'],
  concur: ['concurred', 'concurring'],
  refer: ['referred', 'referring'],
  label: ['labeled', 'labelled', 'labelling'],
  signal: ['signaled', 'signalled', 'signalling'],
  echo: ['echoed', 'echoes'],
  marvel: ['marveled', 'marvelled', 'marvelling'],
  aver: ['averred', 'averring'],
  rebut: ['rebutted', 'rebutting'],
};

/** The inflected forms of a regular English verb: "note" → notes, noted, noting. */
function inflections(base: string): string[] {
  const out = [base];
  const consonantY = /[^aeiou]y$/u.test(base);
  out.push(
    consonantY ? `${base.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/u.test(base) ? `${base}es` : `${base}s`,
  );
  const irregular = IRREGULAR[base];
  if (irregular) out.push(...irregular);
  else if (base.endsWith('e')) out.push(`${base}d`);
  else if (consonantY) out.push(`${base.slice(0, -1)}ied`);
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/u.test(base)) out.push(`${base}${base.at(-1)}ed`);
  else out.push(`${base}ed`);
  if (base.endsWith('ie')) out.push(`${base.slice(0, -2)}ying`);
  else if (base.endsWith('e') && !base.endsWith('ee')) out.push(`${base.slice(0, -1)}ing`);
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/u.test(base)) out.push(`${base}${base.at(-1)}ing`);
  else out.push(`${base}ing`);
  return out;
}

const BASES = SPEECH_VERB_BASES.trim().split(/\s+/u);

/**
 * Base forms that are as often nouns ("a conference call", "the report", "his tweet"): only their
 * inflected forms are read as verbs.
 */
const NOUN_LIKE_BASES = words(`
call note report post comment answer question charge counter project rule forecast estimate tweet joke quip reply
state promise demand praise welcome attack blast slam label brand dub rate thank read sing pledge vow concur
signal address release rail caution plead beg pray mock continue interrupt lecture preach attack claim remark
riff rave vent crow sigh murmur scream whine sneer taunt tease chime query bellow
`);

/**
 * Ordinary verbs in -s that headlines and live-blog subheads put second, after a name ("Roe Hits Lind
 * On Taxes", "Berg Wins Vote"): capitalised, they make a Title Case line, not a longer name.
 */
export const HEADLINE_VERBS = words(`
Hits Wins Takes Gets Goes Makes Backs Defends Rips Leads Loses Seeks Knocks Hails Mulls Weighs Picks Drops Joins
Quits Gives Sees Faces Shows Keeps Heads Pushes Fights
`);

/** Every form of the reporting verbs. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  BASES.flatMap((b) => inflections(b).filter((form) => form !== b || !NOUN_LIKE_BASES.has(b))),
);

/** The -ing forms: "…, saying …" reports the speech of the clause's subject. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(
  BASES.flatMap((b) => inflections(b).filter((form) => form.endsWith('ing') && form !== b)),
);

/**
 * Verbs of remembering: "Jane Roe remembers the winter the river froze." sets up the lone quote of
 * the next paragraph as her memory in her words. The forms that report speech too ("recalls") are
 * read as cues already; "remembers" reports none on its own.
 */
export const RECOLLECTION_VERBS = words(`
remember remembers remembered recall recalls recalled recollect recollects recollected reminisce reminisces
reminisced
`);

/** The plain reporting verbs: an attribution with one of these is the main clause of its sentence. */
export const CORE_SPEECH_VERBS = words('said says say told tells added adds wrote writes asked asks');

/** Forms of "tell": its object is the one told ("told reporters"), never the speaker. */
export const TELL_FORMS = words('tell tells told telling');

/** Words that may stand between a subject and its verb ("Ms. Roe also noted", "Roe now says"). */
export const SUBJECT_VERB_FILLERS = words(`
also has have had previously repeatedly later then again once largely only further reportedly explicitly publicly
recently himself herself itself themselves did does do would will could might may should must not already even often
still just first initially subsequently separately similarly now never always sometimes quickly immediately
privately openly flatly bluntly simply famously memorably once twice long since yet actually finally ultimately
today yesterday tonight earlier meanwhile too however
`);

/** Words that open a time expression between a subject and its verb ("Roe on Tuesday said"). */
export const TIME_WORDS = words(`
Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night week weekend month year
day days weeks months years today yesterday tonight earlier later recently January February March April May June
July August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
`);

/**
 * Verbs a reported part of a few words may hold besides the finite auxiliaries and modals
 * (`FINITE`): common irregular pasts ("prices rose"). No guess from an ending: "higher taxes" and
 * "a wasted chance" hold no verb.
 */
export const IRREGULAR_PASTS = words(
  'went came fell rose won lost took made gave got ran saw knew left kept held paid sent began grew stood fought broke chose spent built led met sold told thought brought bought',
);

/**
 * Words that open a verb's object or complement: after a word in -s ("Roe serves on the board",
 * "Roe leads her rival"), that word is a verb in the present, not a plural a name modifies.
 */
export const OBJECT_OPENERS = words('the a an his her their its him them it us me on as with up out back');

/** Words that deny the verb after them, or say it seldom happens ("never spoke of", "rarely talks about"). */
export const NEGATORS = words('not never no rarely seldom hardly');

/** Amounts before a unit of time ("about two hours", "about an hour"): "about" as "roughly", not "on". */
export const AMOUNT_WORDS = words(
  'a an half one two three four five six seven eight nine ten twenty thirty forty fifty',
);

/** Units of time an amount measures ("two hours", "an hour"). */
export const TIME_UNITS = words(
  'second seconds minute minutes hour hours day days week weeks month months year years',
);

/**
 * Nouns naming what someone said: a question about one asks for their words ("How did their joint
 * statement sum up the talks?"). Not "speech", "talk" or "interview": as often the event.
 */
export const SAID_NOUNS = words('statement statements remark remarks comment comments tweet tweets');

/** Words for the written or spoken form a statement took ("in a statement", "in an interview"). */
export const STATEMENT_NOUNS = words(`
statement statements interview interviews speech speeches tweet tweets post posts letter letters email emails
release remarks remark address op-ed column essay editorial video message messages note memo call conference
briefing hearing rally event debate appearance broadcast podcast show episode radio television town
`);

/** Sentence-initial words after which an abbreviation such as "U.S." does end a sentence. */
export const SENTENCE_STARTERS = words(`
The A An But And It Its This That These Those There They We He She I In On At After Before When While If His Her
Their Our Some Many Most Such So Yet Still Now Then However Meanwhile Instead Even Also Only As For
`);

/**
 * General English word lists the attribution rules rely on. They describe how news prose names people
 * and reports speech in general; nothing here comes from a particular article.
 */

const words = (s: string) => new Set(s.trim().split(/\s+/u));

/** Honorifics before a name; "Me." is how machine translation garbles "Mr." in some sources. */
export const HONORIFICS = words(
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Me. Mx. Sir Dame Madam mr. mrs. ms. dr. Gov. Sen. Rep. Gen. Lt. Col. Capt. Sgt. Adm. Cmdr. Pres. Supt. Amb. Atty. Rev. Fr. Gov Sen Rep Gen',
);

/** The office an abbreviated title stands for, so that "Gov. Dana Pike" is found as the governor. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Gov.', 'Governor'],
  ['Gov', 'Governor'],
  ['Sen.', 'Senator'],
  ['Sen', 'Senator'],
  ['Rep.', 'Representative'],
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
]);

/** Offices, ranks and roles: the word that ends a title before a name ("Foreign Minister Chung"). */
export const TITLE_WORDS = words(`
president presidents vice prime premier minister ministers secretary secretaries spokesman spokeswoman spokesperson
spokespeople ambassador envoy adviser advisor advisers advisors chancellor chairman chairwoman chair chief director
deputy general governor mayor senator representative congressman congresswoman lawmaker lawmakers official officials
diplomat diplomats negotiator negotiators commander leader leaders ruler king queen prince princess emperor pope judge
justice attorney prosecutor analyst analysts expert experts professor researcher researchers economist economists
correspondent reporter editor founder ceo executive head chief-of-staff undersecretary sheriff captain colonel
lieutenant sergeant admiral marshal cardinal bishop rabbi imam coach manager chairperson commissioner delegate
delegates delegation representative spokesmen observer observers activist activists scholar fellow candidate
nominee strategist consultant counsel inspector officer officers agent farmer farmers teacher teachers
student students resident residents nurse doctor worker workers owner driver lawyer voter voters pilot soldier
engineer scientist historian hydrologist economist biologist physician surgeon mayor councillor councilman
councilwoman trustee superintendent principal coach captain chef manager founder entrepreneur
`);

/** Words that qualify a title without being a name ("Foreign", "Defense", "first deputy"). */
export const TITLE_MODIFIERS = words(`
foreign defense defence state national security first second senior former acting interim top special assistant
deputy vice prime home interior finance trade economy economic health justice chief general executive deputy
principal permanent associate managing
`);

/** Collective nouns that can speak ("the government said", "officials said"). */
export const GROUP_WORDS = words(`
government governments administration ministry ministries agency military army navy embassy office officials
authorities police spokesperson regime parliament congress senate council committee commission party court
analysts experts diplomats observers critics lawmakers delegates leaders officers sources
`);

/** Capitalised words that start sentences or clauses but are never part of a name. */
export const FUNCTION_WORDS = words(`
A An And As At After Although Asked Because Before Both But By Despite During Each Earlier Even Every For From
Generally He Her Here His How However I If In Indeed It Its Just Last Later Many Meanwhile More Most Much No Not
Now Of On Only Or Other Our Over Recent Recently Regarding Since So Some Speaking Still Such That The Their Then
There These They This Those Though Thus To Two Three Under Unintentionally Until We What When Where Whether Which
While Who Why With Without Yet You Also Instead Hours Days Weeks Months Years Nevertheless Moreover Furthermore
According Among Between Within Whose Once Perhaps Further Finally First Second Third Today Yesterday Tomorrow
`);

export const MONTHS_AND_DAYS = words(`
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday
`);

/** Words that make a capitalised run a place or an organisation rather than a person. */
export const NON_PERSON_WORDS = words(`
North South East West New United States Republic Kingdom Union House Ministry Department Government Party Council
Institute University Agency Office Committee Bank Fund Organization Organisation Nations Forces Army Navy Court
Congress Parliament Assembly Senate Commission Company Corporation Group Association Times News Post Press Korea
Peninsula Sea Ocean Island Islands City County Province Region Street Square Center Centre Foundation Pacific
Atlantic Gulf Europe Asia Africa America Middle Federal National International Central Democratic People’s People's
Bureau Service Authority Board Administration Office Commission Ministry Department Council Agency
`);

/** Pronouns that stand for the last person named. */
export const PERSON_PRONOUNS = words('he she He She');

/** Verbs that report speech or a stated position. The `that`-clause or quote after them is the statement. */
export const SPEECH_VERBS = words(`
said says say told tells tell added adds noted notes argued argues insisted insists suggested suggests warned warns
acknowledged acknowledges confirmed confirms criticized criticised criticizes criticises called calls described
describes stated states promised promises explained explains asked asks urged urges declared declares announced
announces claimed claims stressed stresses emphasized emphasised emphasizes observed observes wrote writes tweeted
replied replies responded responds commented comments spoke speaks cited cites accused accuses condemned condemns
vowed vows pledged pledges predicted predicts reiterated reiterates admitted admits recalled recalls complained
conceded countered maintained maintains expressed expresses welcomed welcomes praised praises denounced denounces
demanded demands proposed proposes revealed reveals mentioned mentions indicated indicates signaled signalled
assured assures repeated repeats believes believed thinks thought hoped hopes reaffirmed reaffirms
`);

/** The plain reporting verbs: an attribution with one of these is the main clause of its sentence. */
export const CORE_SPEECH_VERBS = words('said says told tells added adds stated');

/** Words that may stand between a subject and its verb ("Mr. Aum also noted"). */
export const SUBJECT_VERB_FILLERS = words(`
also has have had previously repeatedly later then again once largely only further reportedly explicitly publicly
recently himself herself itself did does would will could might not already even often
still just first initially subsequently separately similarly
`);

/**
 * Common English (and Spanish) given names that are, in practice, only a woman's or only a man's:
 * the sex "he" and "she" need when the article itself never shows it (no "Mrs.", no "spokeswoman",
 * no pronoun yet). Without it, "“…,” she said" could go to a "John Roe" named last, and "he" to a
 * "Jessica Roe". Only the first word of a full name is read, never a name alone ("Warren", "Grant"
 * are surnames as often), and names worn by either sex ("Chris", "Pat", "Jordan", "Jean", "Andrea",
 * "Nicola", "Simone") are left out. Drawn from the most frequent given names of US births over the
 * last eighty years, then of British, Irish, European, Arabic, South Asian and African ones.
 */
import { wordSet as words } from './lexicon.ts';
import type { Gender } from './mentions.ts';

const FEMALE = words(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
 kimberly emily donna michelle dorothy carol amanda melissa deborah debra stephanie rebecca sharon
laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
christine rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
christina lauren joan judith megan cheryl hannah martha jacqueline frances gloria ann
anne teresa kathryn sara janice alice madison doris abigail julia judy grace denise amber marilyn
beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose kayla jane
jill kathy kate katie beth sue peggy ellen eileen elaine lorraine loretta wendy valerie tina tammy
 rita paula norma lois marsha connie annie colleen kristen kristin erin erica tiffany vanessa
monica veronica yvonne sylvia irene gail carla claire clara cindy debbie dawn eva holly jenny joy
kristina leah lucy molly nina sally tara vicki wanda yolanda amelia ava chloe ella lily zoe mia
madeline caroline katrina sheila joanne phyllis marjorie mildred louise lillian eleanor maggie
nikki melanie allison alison naomi esther miriam dianne nora sheryl susie betsy liz
elisa elena isabel lucia sofia carmen rosa ana juana adriana gabriela mariana claudia patrice
maureen bernadette geraldine jacqueline gillian jacquie hazel heidi ingrid
siobhan niamh aoife aisling orla roisin ciara sinead grainne deirdre bridget fiona morag kirsty shona
catriona mhairi ailsa isla freya poppy imogen harriet beatrice florence matilda phoebe leanne rhona
nadia fatima aisha amina zainab layla leila yasmin samira maryam amira priya anjali deepa sunita
lakshmi pooja neha divya kavita meera astrid sigrid freja linnea helga greta birgit ursula heike petra
annika johanna agnieszka katarzyna malgorzata magdalena zofia marta joanna olga natasha svetlana tatiana
irina ludmila oksana yulia anastasia chiara francesca giulia alessandra federica valentina martina
elisabetta sophie amelie manon juliette margaux celine aurelie isabelle nathalie sylvie brigitte
mireille beatriz carolina fernanda juliana leticia ximena rocio pilar ines ilse ngozi chioma
adaeze folake wanjiru akosua abena mei xiu yoko akiko keiko haruka
`);

const MALE = words(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron adam nathan henry
douglas zachary peter kyle ethan walter noah jeremy christian keith roger gerald harold sean
austin carl arthur lawrence dylan bryan billy joe bruce gabriel logan albert alan wayne
elijah randy roy vincent ralph eugene russell bobby philip louis harry howard fred ernest martin
craig stanley shawn travis bradley leonard earl todd curtis jimmy victor rodney allen marvin glenn
mitchell barry bernard herbert clarence norman ted mike jim bob tom bill steve dan dave ben tim jon
ron rick ken greg chuck doug jeff joel neil tony andy matt nick brad brett brent calvin chad
 clifford clint colin darrell darren derek don duane dustin dwight ed eddie edwin elliott
evan frederick gene gordon hank harvey herman hugh ian isaac ivan jake jay jerome johnny karl kurt
lance leo leon lloyd luke marc marcus mario max melvin milton oscar owen pete phil ralph
randall ray reginald rex ricky rob rod ross rudy russ seth simon stan stuart theodore toby tommy
trevor troy vernon vince wade wesley zach
jose juan carlos luis jorge miguel pedro manuel jesus francisco antonio ricardo alejandro javier
fernando roberto rafael sergio eduardo enrique raul
kieran declan ciaran cormac eoin oisin padraig seamus liam niall conor rory callum angus hamish fraser
alasdair alistair iain ewan euan gareth rhys dafydd owain huw nigel clive graham derek desmond rupert
hugo giles crispin alfie archie reggie ahmed mohammed muhammad mohamed omar hassan hussein khalid tariq
yusuf ibrahim abdul mustafa karim rashid amir hamza bilal imran faisal rajesh rahul sanjay vikram arjun
amit anil suresh ramesh vijay ravi hans jurgen klaus dieter wolfgang helmut gunther stefan lars sven
nils erik magnus anders bjorn olaf henrik jens piotr krzysztof tomasz pawel marek wojciech jakub dmitri
sergei vladimir igor alexei mikhail nikolai giuseppe giovanni francesco alessandro lorenzo matteo luca
marco pietro salvatore jacques pierre francois thierry olivier laurent philippe didier yves joao tiago
rui paulo diego pablo tomas mateo chinedu emeka tunde kwame kofi kwabena hiroshi takeshi kenji
`);

/** The sex a full name's first word shows, or null (a surname alone, a name of either sex, a rare name). */
export function sexOfGivenName(key: string): Gender | null {
  const space = key.indexOf(' ');
  if (space < 0) return null;
  const first = key.slice(0, space);
  if (FEMALE.has(first)) return 'female';
  if (MALE.has(first)) return 'male';
  return null;
}

/**
 * Whether the full name's given name is one only the sex other than `sex` wears: "Mr. Roe" is never
 * Jane Roe. Not the votes of pronouns and honorifics, which may already have gone to the wrong Roe.
 */
export function wornByOtherSex(key: string, sex: Gender): boolean {
  const known = sexOfGivenName(key);
  return known !== null && known !== sex;
}

/** Whether a lower-case word is a given name of either list ("carlos", "ines"). */
export function isGivenName(word: string): boolean {
  return FEMALE.has(word) || MALE.has(word);
}

/**
 * English given names and the short forms news and readers write them in ("Pete" for Peter, "Bill"
 * for William, "Liz" for Elizabeth): a question may name a person one way and the article the other
 * ("Who is Pete Roe?" over "Peter Roe, a harbour pilot, …"). `analyze.ts` reads a word as its other
 * forms only as a given name before a family name, so that "the bill" stays a bill and "sue Roe" a
 * verb. "Al" is left out: before a capitalised word it is as often Arabic's article ("Al Jazeera").
 */
const GROUPS = [
  'peter pete',
  'william bill billy will willie',
  'robert bob bobby rob robbie',
  'michael mike mikey mick',
  'james jim jimmy jamie',
  'joseph joe joey',
  'thomas tom tommy',
  'richard dick rick ricky rich',
  'edward ed eddie ted ned',
  'theodore ted teddy theo',
  'christopher chris',
  'christine chris chrissy',
  'daniel dan danny',
  'david dave davey',
  'steven steve stevie',
  'stephen steve stevie',
  'anthony antony tony',
  'elizabeth liz beth betsy betty lizzie',
  'katherine kate kathy katie',
  'catherine kate cathy katie',
  'jennifer jen jenny',
  'samuel sam sammy',
  'samantha sam',
  'benjamin ben benny',
  'nicholas nick nicky',
  'matthew matt',
  'andrew andy drew',
  'alexander alex',
  'alexandra alex',
  'jeffrey jeff',
  'gregory greg',
  'ronald ron ronnie',
  'donald don donnie',
  'kenneth ken kenny',
  'lawrence larry',
  'gerald jerry',
  'patrick pat paddy',
  'patricia pat patty trish',
  'susan sue susie',
  'margaret peggy maggie meg',
  'henry hank harry',
  'harold harry hal',
  'john jack johnny',
  'jonathan jon',
  'nathan nate',
  'nathaniel nate nat',
  'zachary zach zack',
  'frederick fred freddie',
  'charles charlie chuck',
  'timothy tim timmy',
  'bernard bernie',
  'douglas doug',
  'raymond ray',
  'leonard leo lenny',
  'victoria vicky tori',
  'rebecca becky',
  'deborah debbie deb',
  'barbara barb',
  'abigail abby',
  'gabriel gabe',
  'joshua josh',
  'mitchell mitch',
  'philip phil',
  'vincent vince',
  'terence terry',
  'walter walt',
  'eugene gene',
  'francis frank',
  'franklin frank',
];

/** Each form → the other forms of the names it belongs to. */
const OTHERS = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const forms = group.split(' ');
  for (const form of forms) {
    const others = OTHERS.get(form) ?? new Set<string>();
    for (const other of forms) if (other !== form) others.add(other);
    OTHERS.set(form, others);
  }
}

/** The other forms of a given name ("pete" → peter; "peter" → pete), lower case; none for other words. */
export function otherForms(word: string): readonly string[] {
  const others = OTHERS.get(word);
  return others ? [...others] : [];
}

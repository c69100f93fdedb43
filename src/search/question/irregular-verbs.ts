/**
 * Past forms of irregular English verbs, by base form. A question asks in the base form ("Why did
 * the index rise?", "Who did she meet?") where news reports in the past ("rose", "met"), and the
 * stemmer, which only strips suffixes, cannot join them; a question word is read as its past forms
 * too when the briefing uses them. Verbs whose past is as often another word in news ("fed" for
 * feed, "lay" for lie, "bore" for bear) are left out.
 */
const TABLE = `arise:arose,arisen awake:awoke,awoken beat:beaten become:became begin:began,begun bend:bent
bind:bound bite:bit,bitten bleed:bled blow:blew,blown break:broke,broken breed:bred bring:brought
build:built buy:bought catch:caught choose:chose,chosen cling:clung come:came creep:crept deal:dealt
dig:dug draw:drew,drawn drink:drank,drunk drive:drove,driven eat:ate,eaten fall:fell,fallen feel:felt
fight:fought find:found flee:fled fling:flung fly:flew,flown forbid:forbade,forbidden
forget:forgot,forgotten forgive:forgave,forgiven freeze:froze,frozen get:got,gotten give:gave,given
go:went,gone grind:ground grow:grew,grown hang:hung hear:heard hide:hid,hidden hold:held keep:kept
kneel:knelt know:knew,known lead:led leave:left lend:lent lose:lost make:made mean:meant meet:met
overcome:overcame overtake:overtook,overtaken pay:paid ride:rode,ridden ring:rang,rung rise:rose,risen run:ran
see:saw,seen seek:sought sell:sold send:sent shake:shook,shaken shine:shone shoot:shot
shrink:shrank,shrunk sing:sang,sung sink:sank,sunk sit:sat sleep:slept slide:slid speak:spoke,spoken
spend:spent spin:spun stand:stood steal:stole,stolen stick:stuck sting:stung strike:struck
strive:strove,striven swear:swore,sworn sweep:swept swim:swam,swum swing:swung take:took,taken
teach:taught tear:tore,torn think:thought throw:threw,thrown undergo:underwent,undergone
understand:understood undertake:undertook,undertaken uphold:upheld wake:woke,woken wear:wore,worn
weave:wove,woven weep:wept win:won withdraw:withdrew,withdrawn withhold:withheld write:wrote,written`;

const PAST = new Map<string, readonly string[]>(
  TABLE.split(/\s+/u).map((entry) => {
    const [base, forms] = entry.split(':') as [string, string];
    return [base, forms.split(',')];
  }),
);

/** The past forms of an irregular verb's base form ("rise" → rose, risen), or none. */
export function irregularPast(base: string): readonly string[] {
  return PAST.get(base) ?? [];
}

// Stage 4 of reading a posting, the sentence half: what a sentence's own words say about how
// firmly it asks. A requirement stated outright ("You have experience with X", "X is required")
// counts wherever it stands; a lead ("Bonus:", "Ideal candidates have") makes the whole sentence
// a nice-to-have; a trailing or forward cue ("X is a plus", "ideally with Y") only the phrase it
// belongs to; a negation ("no Java needed") drops what it covers. Headings are read in
// extract-sections.ts.
import type { Section } from './schema';
import { registerRegexps } from './regexps';

/** A sentence that states a requirement even outside a requirements heading. */
export const REQUIRED_CUE = /\b(?:(?:looking|seeking)\s+for\s+(?:(?:strong|solid|deep|proven|extensive|demonstrated|hands-on|significant|prior|relevant|real)\s+)*(?:experience|expertise|proficiency|familiarity)\b(?!-)|\bbring\s+with\s+(?:you|them)\s+(?:(?:a|an|the|your|some|solid|sound|strong|good|proven|deep|broad|extensive|practical|first)\s+)*(?:knowledge|experience|expertise|skills|understanding|background|familiarity|command)\b|your\s+(?:toolbox|tool\s?kit|skill\s?set|tech(?:nical)?\s+stack)\s+(?:includes?|contains|consists\s+of|covers|spans)\b|you\s+(?:have(?!\s+(?:(?:the|an?|full|direct|plenty\s+of|lots\s+of)\s+)?(?:opportunit|chances?\b|access\b|freedom\b|possibilit|flexibility\b|options?\b|room\b|budget\b|ownership\b|autonomy\b|time\b))|bring|possess|should\s+have|must\s+have|(?:will\s+)?need(?!\s+to\s+(?!(?:be|have|know|possess|demonstrate|bring|hold|show|understand)\b)\w)|are\s+(?:(?:very|highly|deeply|really)\s+)?(?:proficient|fluent|skilled|experienced|an?\s+expert|comfortable|familiar|well[- ]versed|knowledgeable)|know\b(?!\s+(?:that|what|how|when|why|where|who|if|whether|more|us|about)\b)|understand\b(?!\s+(?:that|what|why|who|whether|us|our|the\s+(?:importance|value|need|impact))\b)|master\b|have\s+(?:(?:already|previously|successfully)\s+)?(?:worked|used|built|shipped|deployed|developed|applied|designed|implemented)\b)|you(?:'ve|’ve)\s+(?:got\b|(?:(?:already|previously|successfully)\s+)?(?:worked|used|built|shipped|deployed|developed|applied|designed|implemented)\b)|you(?:'re|’re)\s+(?:(?:very|highly|really)\s+)?(?:proficient|fluent|skilled|experienced|an?\s+expert|comfortable|familiar|well[- ]versed|at\s+home)\b|you(?:\s+will|'ll)\s+(?:have|bring)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:understanding|experience|knowledge|proficiency|expertise|background|command|mastery|skills?)\b|ideal\s+(?:candidate|applicant)s?\s+(?:(?:will|would|should|must)\s+(?:also\s+|likely\s+)?(?:have|possess|bring)|has|have|possess(?:es)?|brings?|(?:is|are)\s+(?:(?:very|highly|deeply)\s+)?(?:proficient|fluent|skilled|experienced|an?\s+expert|comfortable|familiar|well[- ]versed|adept|knowledgeable))\b|(?:successful|right|qualified)\s+(?:candidate|applicant)s?\s+(?:will|should|must)\s+(?:(?:likely|also|typically|usually|probably)\s+)?(?:have\b(?!\s+(?:(?:the|an?|plenty\s+of)\s+)?(?:opportunit|chances?\b|access\b|possibilit|freedom\b))|possess|bring|be\b(?!\s+(?:responsible|working|joining|part\s+of|reporting|involved|tasked|based|located|in\s+charge|an?\s+(?:member|part)\s+of)\b))\b|(?:strong|solid|deep|proven|sound)\s+(?:background|experience|knowledge|expertise)\s+in\b[^.;:!?]{0,120}?,\s+(?:the|our|a)\s+(?:successful|right|qualified|ideal)\s+(?:candidate|applicant)|we\s+(?:want|would\s+like|expect|hope|need)\s+to\s+see\s+(?:an?\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:passion|experience|knowledge|expertise|proficiency|background|skills?|understanding|familiarity|track\s+record)\b|(?<!\b(?:successful|ideal|right|qualified)\s{1,3})\b(?:candidate|applicant)s?\s+(?:has|have|possess(?:es)?|brings?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:expertise|experience|knowledge|background|skills?|understanding|proficiency|familiarity|command)\b|\b(?:this|the)\s+(?:person|individual|hire)\s+(?:will|would|should|must)\s+(?:(?:also\s+)?need\s+to\s+)?(?:have|possess|bring)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:expertise|experience|knowledge|background|skills?|understanding|proficiency|familiarity|command)\b|\b(?:they|he|she|he\/she|she\/he|s\/he)\s+(?:is|are)\s+(?:(?:very|highly|deeply)\s+)?(?:proficient|fluent|skilled|experienced|an?\s+expert|familiar|well[- ]versed|knowledgeable)\s+(?:in|with)\b|(?:must|should)\s+(?:have|possess|hold|know|demonstrate|show\b(?=\s+(?:an?\s+|strong\s+|solid\s+|proven\s+|good\s+)?[\w-]+\s+(?:experience|knowledge|expertise|proficiency|skills?)\b)|be\s+(?:(?:highly|very|deeply|extremely|really|fully)\s+)?(?:proficient|fluent|able|familiar|comfortable|skilled|experienced|an?\s+expert|knowledgeable|well[- ]versed|adept|competent|analytical|confident|capable))|(?:is|are)\s+(?:required|a\s+must|mandatory|essential)|(?:is|are)\s+(?:(?:also|absolutely)\s+)?(?:key|crucial|vital)(?=\s*(?:[;.,!]|$))|(?:applicants?|candidates?)\s+(?:should|must|will\s+need\s+to|need\s+to)\s+be\s+(?!(?:able\s+to\s+(?:work|start|travel|relocate|commit)|available|based|located|eligible|willing|prepared|authori[sz]ed|legally|aware|informed|notified|contacted|invited|asked|required\s+to\s+(?:submit|provide|send|upload)))|\b(?:individuals|candidates|applicants|those|people|someone)\s+(?:who|that)\s+(?:have|has|possess|bring)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}?(?:experience|knowledge|expertise|skills?|background|understanding|proficiency|familiarity)\b|(?:(?:is|are|will\s+be)\s+expected|we\s+(?:also\s+)?expect\s+(?:you|(?:the\s+)?(?:(?:successful|ideal)\s+)?(?:candidates?|applicants?)))\s+to\s+(?:have|possess|know|bring|hold|demonstrate|be\s+(?:(?:highly|very|fully|deeply)\s+)?(?:proficient|fluent|familiar|comfortable|skilled|experienced|an?\s+expert|knowledgeable|well[- ]versed|adept|competent))\b|(?<!\b(?:as|if|when|where|wherever|whenever|whichever|not)\s{1,3})required\b(?!\s+by\b)(?!\s+for\s+(?!(?:this|the|our|a|an|each|every|any)\s+(?:[\w-]+\s+)?(?:role|position|job|post|opening|vacancy|candidate|applicant)s?\b)(?:the\s+|an?\s+|our\s+)?[\w-]+)|requires?\s+(?:\w+\s+){0,3}?(?:experience|knowledge|expertise|proficiency|familiarity|skills?|background|understanding)|we\s+need\s+(?:someone|a|an|you)|(?:role|position|job)\s+(?:also\s+)?(?:requires|demands|calls\s+for)\b|(?:candidates?|applicants?)\s+(?:will|would|should|must)\s+need\b(?!\s+to\s+(?!(?:be|have|know|possess|demonstrate)\b)\w)|(?:requirements|qualifications|skills\s+required)\s+(?:include|are)\b|(?:looking|seeking|hiring|searching|(?<=\bwe\s)seek|(?:opening|openings|vacancy|vacancies)(?=\s+for\b))\s+(?:for\s+)?(?:[^.;:!?]{0,80}?\s)?(?:someone|candidates?|people|individuals?|(?:engineer|scientist|developer|researcher|analyst|specialist|expert|professional|architect|postdoc|fellow|bioinformatician|statistician|mathematician|physicist|economist|modeller|modeler|assistant|associate|student|intern|trainee|consultant|programmer|technician|manager|lead|officer|administrator|designer)s?)\b(?:\s*\([^()]{0,80}\))?\s+(?:(?<=(?:someone|candidates?|people|individuals?)\s{1,3})with\s|with\s+(?:(?:[\w-]+\s+){0,2}?(?:experience|expertise|knowledge|background|skills?|proficiency|understanding)|a\s+(?:strong|solid|deep|proven)|strong|solid|deep|proven|\d)|who\s+(?:has|have|(?:is|are)\b(?!\s+(?:(?:really|truly|very|highly|also)\s+)?(?:driven|excited|passionate|eager|motivated|curious|interested|looking|keen|enthusiastic|ready|willing|able\s+to\s+(?:work|thrive|collaborate)))|knows|brings?))|must[- ]have)/i;
/**
 * Asks that need no "you must": "5+ years of experience with X" anywhere, and a sentence that
 * opens with what a CV would show ("Proficiency in X", "Strong X skills", "Solid knowledge of X",
 * "Experience with X", "Have a deep understanding of X" under a "… if you" lead, "Comfortable with X",
 * "Able to program in X", "A solid grasp of X", "Requires X"). Read only where REQUIRED_CUE's first look (hints.ts, Hint.Required) says.
 */
export const ASK_LEAD = /^[\s*•·\-–]*(?:requires|requiring|demands)\b|^[\s*•·\-–]*(?:expert|advanced|professional)[- ]level\s+(?=[\w+#.])|^[\s*•·\-–]*(?:an?\s+)?(?:(?:bachelor|master|doctoral|undergraduate|graduate|university|advanced)(?:['’‘´ʼ]s)?\s+)?(?:degree|bsc|msc|b\.sc\.?|m\.sc\.?|phd|ph\.d\.?)(?:\s*(?:,|or|and\/or|\/)\s*(?:an?\s+)?(?:bsc|msc|b\.sc\.?|m\.sc\.?|phd|ph\.d\.?|master(?:['’‘´ʼ]s)?|doctorate|equivalent)){0,2}(?:\s+degree)?\s+in\b|^[\s*•·\-–]*(?:(?:very|highly|fully|thoroughly)\s+)?(?:comfortable|familiar|skilled|proficient|fluent|knowledgeable|well[- ]versed|hands[- ]on|experienced|conversant|adept|expert|strong|good|excellent)\s+(?:with|in|at|using)\b|^[\s*•·\-–]*(?:(?:proven|demonstrated|strong|solid)\s+)?(?:ability|able)\s+to\s+(?:write|program|code|use|work\s+with|develop\s+in|apply|implement|deploy)\b|^[\s*•·\-–]*(?:have|has|possess|bring|hold)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:understanding|experience|knowledge|proficiency|expertise|background|grounding|track\s+record|familiarity|command|mastery)\b|^[\s*•·\-–]*(?:an?\s+)?(?:(?:strong|solid|excellent|good|deep|proven|demonstrated|advanced|extensive|working|hands[- ]on|first[- ]hand|thorough|sound|in-depth|expert|practical|prior|previous|relevant|professional|basic|significant|fluent)\s+)*(?:proficien(?:cy|t)|fluen(?:cy|t)|expertise|mastery|experience|knowledge|understanding|familiarity|background|grounding|track\s+record|(?:grasp|foundation|command)\s+(?:of|in)|exposure\s+to|competen(?:ce|cy|cies)\s+(?:in|with))\b(?![- ](?:sharing|transfer|base|bases|the|our|what|how|life)\b)|^[\s*•·\-–]*(?:strong|solid|excellent|good|deep|proven|advanced|extensive|working|thorough|sound|in-depth|expert)\s+(?:[\w+#./-]+\s+){1,4}?(?:skills?|knowledge|experience|understanding|proficiency|background|expertise)\b|^[\s*•·\-–]*(?:(?:ruime|aantoonbare|goede|brede|relevante|uitgebreide|gedegen|minimaal|praktische|diepgaande)\s+)*(?:(?:werk|praktijk)?ervaring\s+(?:met|in|op\s+het\s+gebied\s+van)|kennis\s+(?:van|over))\s|^[\s*•·\-–]*(?:(?:fundierte|gute|sehr\s+gute|mehrjährige|erste|praktische|tiefe|umfassende|nachweisbare|solide)\s+)*(?:kenntnisse|erfahrungen?|berufserfahrung)\s+(?:in|mit|im|bei)\s/i;
/** "5+ years of experience with X", "Minimum 3 years of X", "3+ years X": read where the sentence names years (hints.ts, Hint.Years). */
export const ASK_YEARS = /\b(?:minimum|at\s+least|min\.)\s+(?:of\s+)?\d{1,2}\s*(?:\+\s*)?(?:years?|yrs?)\b|\b\d{1,2}\s*\+\s*(?:years?|yrs?)\b|\b\d{1,2}\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\s+(?:of\s+)?(?:[\w+#./-]+\s+){0,4}?experience\b|\b\d{1,2}\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)(?:['’]s?)?\s+(?:of\s+)?(?:(?:hands-on|professional|practical|commercial)\s+)?(?:with|using|programming\s+in|coding\s+in|developing\s+(?:in|with))\s/i;
/** "We have 10+ years of experience in fintech", "Our team brings 20 years of…": the employer's years, not an ask. */
const OUR_YEARS = /^[\s*•·\-–]*(?:we(?:'ve|\s+have)?|our|with\s+(?:over\s+|more\s+than\s+)?\d{1,3}\s*\+?\s*years)\b/i;
/**
 * A wish or a taste, not a skill asked: "Want to learn more about X", "Eager to learn Y",
 * "Enjoy pair programming", "Curious about Z". The whole sentence only mentions its names.
 */
const WISH_LEAD = /^[\s*•·\-–]*(?:(?:you\s+)?(?:(?:really\s+)?want|wish|hope|are\s+(?:eager|keen|excited|willing)|eager|keen|excited|willing(?:ness)?|motivated|desire)\s+to\s+(?:learn|grow|explore|dive)|(?:you\s+)?(?:are\s+)?(?:curious|interested)\s+(?:about|in\s+learning)|(?:you\s+)?enjoys?\b|(?:an?\s+)?(?:interest|curiosity)\s+in\s+learning)/i;
/** A sentence that opens by saying what follows is a nice-to-have ("Bonus:", "Preferred experience with …"). */
export const PREFERRED_LEAD = /^[\s*_•·(\-–[]{0,6}(?:(?:it(?:'s|\s+is|\s+would\s+be)\s+)?(?:nice|good|great)[- ]to[- ]have\s+(?=[\w(])|[^:.;]{0,60}\b(?:will|would|shall)\s+be\s+(?:positively\s+(?:evaluated|valued|considered|assessed)|(?:evaluated|valued|considered|assessed)\s+positively|(?:considered\s+)?(?:meriting|an?\s+(?:merit|plus|advantage|asset))|(?:highly\s+|strongly\s+)?(?:preferred|desirable|desired|beneficial|appreciated|welcomed?))\s*:|(?:(?:(?:an?|extra|big|huge|added|real|definite|major|nice|great|additional|strong)\s+)?(?:bonus|plus)|pluses|preferred|(?:nice|good|great)[- ]to[- ]haves?|optional|desired|desirable|advantageous|helpful|beneficial|extra\s+credit|even\s+better|(?:bonus|extra|brownie)\s+points|extras?|(?:an?\s+)?(?:added\s+|additional\s+|big\s+)?advantages?)[*_]{0,3}\s*[:)\]–-]|(?:preferred|desired|desirable|optional)\s+(?:(?:areas|kinds|types|fields)\s+of\s+)?(?:experience|knowledge|skills?|qualifications?|familiarity|exposure|background|understanding|proficiency|expertise)\b|(?:you(?:'ll|\s+will)?\s+(?:get|earn)\s+)?(?:bonus|extra|brownie)\s+points\s+(?:for|if)\b|(?:(?:nice|good|great)[- ]to[- ]haves?|pluses|bonus\s+(?:skills|points))\s+(?:include|are|would\s+be)\b|we(?:'d|\s+would)\s+be\s+(?:thrilled|delighted|happy|excited|glad)\s+if|(?:it\s+is\s+|it's\s+)?an?\s+(?:added\s+|big\s+|real\s+)?(?:advantage|asset|bonus)\s+if|\(?\s*bonus\s*\)|bonus\s+(?:if|points)|top\s+candidates\s+(?:will\s+)?(?:also\s+)?(?:have|possess)|strong\s+candidates\s+(?:may|will|would)|(?:the\s+|an\s+)?(?:ideal|top|great)\s+(?:candidates?|applicants?)\s+(?:may|might|could)\s+(?:also\s+)?(?:have|bring|know|possess)\b|(?:preference|priority|precedence)\s+(?:will\s+be|is|shall\s+be)\s+given|(?:you\s+)?(?:might|may)\s+also\s+(?:have|bring|know)\b(?!\s+(?:(?:the|an?|plenty\s+of|lots\s+of)\s+)?(?:opportunit|chances?\b|access\b|freedom\b|possibilit|time\b|room\b))|(?:an?\s+|(?:a\s+)?(?:strong|clear|slight)\s+)?preference\s+for\b|(?:it\s+(?:is|would\s+be)\s+|it's\s+)?(?:advantageous|beneficial|desirable)(?:\s*,?\s*(?:but|though|although)\s+not\s+(?:strictly\s+|absolutely\s+)?(?:necessary|required|essential|mandatory)\s*,?)?\s+if\b|(?:it(?:'s|\s+is|\s+would\s+be)\s+)?(?:desirable|preferable|advantageous|beneficial|helpful)\s+to\s+(?:have|know)\b|(?:it\s+is\s+|it's\s+)?(?:a\s+)?(?:big\s+|huge\s+)?plus\s+if|even\s+better\s+if|it(?:\s+would|['’]d)\s+be\s+(?:(?:really|very|super)\s+)?(?:great|nice|cool|awesome|ideal|a\s+plus)\s+if|(?:(?:it's|it\s+is)\s+)?(?:great|nice|cool|awesome)\s+if\b|(?:ideally|preferably),?\s+you(?:'d|’d|\s+would|\s+will|'ll|’ll|\s+should)?\s+(?:also\s+)?(?:have|know|bring|possess|be\s+(?:familiar|experienced|comfortable|proficient))\b(?![^.;:]*:\s*$)|not\s+(?:required|mandatory|necessary|essential)\s*,?\s*but\s+(?:would\s+be\s+|is\s+)?(?:helpful|nice|useful|beneficial|welcome|valuable|appreciated|a\s+plus|an?\s+(?:asset|advantage|bonus)))/i;
/**
 * A label standing alone as a sentence of its own, where a list was flattened or its items
 * labelled ("- Nice to have - Docker", "Must have – SQL"): the section of what follows it on the line.
 */
const PREFERRED_LABEL = /^[\s*_•·(\-–[]{0,6}(?:(?:(?:an?|extra|big|huge|added|real|definite|major|nice|great|additional|strong)\s+)?(?:bonus(?:\s+points)?|plus)|pluses|preferred(?:\s+(?:qualifications|skills|experience))?|(?:nice|good|great)[- ]to[- ]haves?|optional|desired|desirable|advantageous|extra\s+credit|even\s+better|extras?|(?:an?\s+)?(?:added\s+|additional\s+)?advantages?)[*_]{0,3}\s{0,3}[:)\]–—-]?\s{0,3}$/i;
const REQUIRED_LABEL = /^[\s*_•·(\-–[]{0,6}(?:must[- ]haves?|required|requirements|essential|mandatory)[*_]{0,3}\s{0,3}[:)\]–—-]?\s{0,3}$/i;
export function labelAlone(sent: string): Section | null {
  if (sent.length > 60) return null;
  return PREFERRED_LABEL.test(sent) ? 'preferred' : REQUIRED_LABEL.test(sent) ? 'required' : null;
}
/**
 * "… is a plus", "… preferred", "… a bonus", and "preferably" / "ideally" ending its clause
 * ("Docker experience, ideally."): applies to what comes just before it.
 */
const PREFERRED_TRAIL = /\b(?:an?\s+(?:(?:big|strong|huge|definite|nice|great|real|major|distinct|added|significant|clear|obvious)\s+)?(?:plus|bonus|advantage|asset)|pluses|(?:nice|good|great)[- ]to[- ]haves?|(?<=\(\s{0,2}(?:(?:big|huge|strong|definite|great|real|major|nice)\s{1,2})?)(?:bonus|plus|nice|optional)(?=\s{0,2}\))|(?:highly\s+|strongly\s+)?(?:preferred|preferable(?!(?<=,\s{0,2}preferable)\s+(?:in|with)\s)|desir(?:ed|able))(?!\s*key\s?skills?\b)|(?:is|are|be|highly)\s+(?:(?:highly|very|much|greatly|also)\s+)?valued|highly\s+regarded(?=\s*(?:[.,;:)!]|$|(?:and|but)\b))|(?:is|are|would\s+be)\s+(?:(?:also|always)\s+)?(?:good|nice|useful|helpful)\s+to\s+know\b|(?<=[:–—]\s{0,2})(?:optional|a\s+bonus|bonus)\b|an?\s+(?:(?:key|big|real|strong)\s+)?differentiator|(?:sets?|makes?|helps?)\s+you\s+(?:stand\s+out|apart)|(?:gives?|giving)\s+(?:you\s+)?an?\s+(?:(?:real|big|great|huge|nice|clear|definite)\s+)?(?:head[\s-]?start|leg[\s-]up)|(?:counts?|is|are|will\s+be|would\s+be)\s+in\s+your\s+favou?r|not\s+(?:strictly\s+)?(?:required|necessary|mandatory|essential)\s*(?:,\s*)?but\s+(?:(?:is|are|would\s+be|very|really|definitely)\s+){0,2}(?:helpful|useful|nice|welcome|appreciated|beneficial|valuable|good|great|an?\s+(?:plus|advantage|bonus|asset)|(?:(?:would|will|could|can|may|might)\s+)?(?:really\s+|definitely\s+)?helps?)|(?:is|are|be|considered)\s+(?:highly\s+|very\s+|also\s+)?(?:advantageous|beneficial|helpful|welcomed?|appreciated|optional)|(?:is|are|would\s+be)\s+(?:(?:very|really|also|always)\s+)?(?:nice|great|excellent|good|useful|valuable)(?=\s*,?\s*(?:but|though|although)\s+(?:is\s+|are\s+)?not\b)|(?:is|are)\s+(?:(?:big|huge|strong|definite|added)\s+)?(?:plus|bonus|advantage)(?=\s*(?:[.!;,)]|$))|(?:is|are|be)\s+(?:considered\s+)?(?:meriting|meritorious|a\s+merit)\b|(?:will|would|shall)\s+be\s+(?:positively\s+(?:evaluated|valued|considered|assessed)|(?:evaluated|valued|considered|assessed)\s+positively)\b|(?:(?:sind|ist|wären|wäre)\s+)?(?:von\s+vorteil|wünschenswert|ein\s+plus)(?=\s*(?:[.!;,)]|$))|would\s+(?:also\s+)?be\s+(?:(?:really|very|especially|extremely)\s+)?(?:great|nice|ideal|welcome|helpful|useful|valuable|beneficial|appreciated|an?\s+(?:plus|bonus|advantage|asset))|(?:is|are)\s+(?:(?:very|really|also)\s+)?useful(?=\s*(?:[.!;)]|$))|(?:is|are|would\s+be)\s+(?:also\s+)?ideal(?=\s*(?:[.!;,)]|$))|(?<=[\w)]\s{1,2})(?:beneficial|advantageous)(?=\s*(?:[.!;)]|$))|(?<=\(\s{0,2})not\s+(?:strictly\s+)?(?:required|mandatory|essential|necessary)(?=\s{0,2}\))|(?:is|are|would\s+be|will\s+be)\s+(?:(?:particularly|especially)\s+(?:relevant|valuable|useful|helpful|welcome|interesting)|of\s+(?:particular|special)\s+interest)(?=\s*(?:[.!;:,)]|$))|(?:would|will)\s+(?:also\s+)?(?:be|come\s+in)\s+(?:very\s+|really\s+)?handy|(?:as\s+)?an?\s+(?:nice|welcome|valuable|useful)\s+(?:extra|addition|bonus)|(?<=[,.;]\s{0,2}|^\s{0,2})(?:even|all\s+the|so\s+much\s+the)\s+better(?=\s*(?:[.!;)]|$))|(?<=\(\s{0,2})or\s+(?:an?\s+|the\s+)?(?:(?:be\s+)?(?:willing(?:ness)?|eager(?:ness)?|keen)|(?:strong\s+)?(?:desire|motivation|interest))\s+to\s+learn(?=[^()]{0,40}\))|,?\s*(?:preferably|ideally|optionally)(?=\s*(?:[.;)]|$)))\b/gi;
/** Longer than any one ask written as a sentence: a trailing cue further in is not the whole sentence's. */
const LONG_ASK = 300;
/** A clause that asks on its own: "familiarity with …", "some experience in …". */
const OWN_ASK = /^\s*(?:(?:some|any|prior|previous|basic|working|hands-on|good|strong|solid|significant|extensive|deep|proven|practical|demonstrated)\s+)?(?:familiarity|experience|knowledge|exposure|proficiency|understanding|expertise)(?:\s+(?:or|and|and\/or)\s+(?:familiarity|experience|knowledge|exposure|proficiency|understanding|expertise))?\s+(?:with|in|of|to)\s/i;
/**
 * What may stand before a trailing cue in a bracket that holds the cue alone: "(big plus)", or the
 * cue with its verb, or after an if-clause of its own: "(is a plus)", "(that's a plus!)", "(if you
 * know it, it's a bonus)".
 */
const CUE_ALONE = /^\s{0,2}(?:if\s[^,()]{1,60},\s{1,2})?(?:(?:it|this|that)(?:['’]s|\s+is|\s+would\s+be|\s+will\s+be)\s{1,2}|(?:is|are|would\s+be|will\s+be)\s{1,2})?(?:(?:also|always)\s{1,2})?(?:(?:big|huge|strong|definite|great|real|major|nice|obvious)\s{1,2})?$/i;
/**
 * "ideally with X", "preferably Y", "we'd love it if you know Z", "bonus if": applies to what follows.
 * "You ideally have …" softens the main ask and is not a nice-to-have.
 */
const PREFERRED_FORWARD = /\bwith\s+(?:an?\s+|(?:a\s+)?(?:strong|clear|slight)\s+)?preference\s+(?:for|to)\b|\b(?:ideally|preferably|optionally|(?<=,\s{0,2})preferable(?=\s+(?:in|with)\s))\b,?\s+(?!(?:you|have|has|had|be|are|bring|possess|know|can|will|would|should)\b)(?=[\w(])|\b(?:we'?d|we\s+would|would)\s+(?:also\s+)?love\s+(?:it\s+)?(?:if|to\s+see|for)\b|\b(?:(?:a\s+)?(?:big\s+|huge\s+)?plus|bonus(?:\s+points)?)\s+if\b|\b(?:bonus|extra|brownie)\s+points\s+for\b|\b(?:advantage|asset)\s+if\b|\b(?:it\s+(?:is|would\s+be)\s+|it['’]s\s+)(?:(?:very|highly|also)\s+)?(?:advantageous|beneficial|desirable|helpful)(?:\s*,?\s*(?:but|though|although)\s+not\s+(?:strictly\s+|absolutely\s+)?(?:necessary|required|essential|mandatory)\s*,?)?\s+if\b|\bbe\s+(?:thrilled|delighted|happy|excited|glad)\s+if\b|\b(?:head[\s-]?start|leg[\s-]up|in\s+your\s+favou?r)\s+if\b|\b(?:stand\s+out|extra\s+credit)\s+(?:if|for|with)\b|(?:\b(?:is|are)\s+|(?:\b|(?<=[a-z]))would\s+be\s+)(?:an?\s+)?(?:(?:big|real|definite|strong|added|huge|great)\s+)?(?:plus|bonus|advantage|asset)\s{0,2}:(?=\s{0,3}\S)|\b(?:(?:nice|good|great)[- ]to[- ]haves?|(?:is|are)\s+(?:highly\s+)?(?:preferred|desirable|desired))\s{0,2}:(?=\s{0,3}\S)|\b(?:desired|desirable|preferred|optional|bonus)\s*,?\s+(?:but\s+not\s+(?:strictly\s+|absolutely\s+)?(?:required|necessary|essential|mandatory)\s*,?\s+)?(?:skills|experience|qualifications|knowledge)\s+(?:include|includes|are|would\s+be)\b|\bpreferred\s+(?:candidate|applicant)s?\s+(?:will|would|should)\s+(?:also\s+)?(?:have|possess|bring|demonstrate)\b|\(\s{0,2}(?:optional(?:ly)?|bonus|plus|nice[- ]to[- ]haves?|preferred|desired|desirable)\s{0,2}:|\b(?:provide|add|bring|offer)s?\s+(?:even\s+)?(?:more|extra|additional)\s+value\b/gi;
/**
 * A flattened list's next item, named by a capitalised phrase ("… workload management Data
 * Visualization experience (Power BI) preferred"): ITEM_PHRASE after a word in small letters that
 * is no list glue or adjective ("Docker and Kubernetes skills" is one item).
 */
const AFTER_ITEM_WORD = String.raw`(?<=(?:^|[\s,(])[a-z][\w%)-]*)(?<!\b(?:and|or|nor|plus|as|with|of|in|on|for|to|the|a|an|your|our|their|any|some|strong|good|solid|deep|basic|advanced|excellent|proven|relevant|prior|previous|hands-on|practical|working))`;
const ITEM_PHRASE = String.raw`(?:[A-Z][a-z]+\s+){1,3}(?:experience|skills|knowledge|expertise)\b`;
/** A flattened list's next item that opens on its years ("… etc.) 3+ years of …"): the figure, after a word or a closing bracket. */
const YEARS_ITEM = String.raw`(?<=[a-z%)])`;
const YEARS_FIGURE = String.raw`\d{1,2}\+?\s*(?:years?|yrs)\b`;
/** A new item run on without a stop: a capital ask after a lower-case word ("cell types You have …"). */
const RUN_ON_ASK = new RegExp(String.raw`(?<=[a-z0-9%)])${AFTER_ITEM_WORD}\s+(?=${ITEM_PHRASE})|(?<=[a-z0-9%)])\s+(?=(?:You|Your|Experience|Hands[- ]on|Strong|Demonstrated|Proficiency|Proficient|Knowledge|Familiarity|Understanding|Excellent|Solid|Proven|Expertise|Ability|Advanced(?=\s+(?:ability|knowledge|proficiency|understanding|skills?|experience|expertise)\b)|Must|Minimum|At\s+least)\b)|${YEARS_ITEM}\s+(?=${YEARS_FIGURE})`, 'g');
/** After such a ", and a", the next ask: "…, and a strong background in …", "…, and a degree in …" (not a list's last item). */
const ASK_AFTER_AND = /^,\s+(?:and|or)\s+(?:an?\s+|the\s+)?(?:(?:very\s+)?(?:strong|solid|good|deep(?!\s+(?:learning|neural|reinforcement))|excellent|proven|sound|broad|practical|working|basic|some|thorough|demonstrated)\b|(?:experience|knowledge|background|familiarity|proficiency|expertise|ability|understanding|degree|bachelor|master|ph\.?d|track\s+record)\b|\d)/i;
/** Where an aside such as ", preferably X," gives way to the next ask: ", and excellent background …", ", and a degree …". */
const ASIDE_END = /,\s+(?:and|or)\s+(?=(?:an?|the|at\s+least|\d+\+?|excellent|strong|solid|good|deep|proven|sound|broad|practical|hands-on|working|some|basic|experience|knowledge|background|familiarity|proficiency|expertise|ability|understanding)\b)/gi;
/**
 * Where the scope of a trailing cue stops, looking back: "containerization - Docker preferred";
 * "Python, with experience in Django or Celery a plus": a clause opened by ", with" is its own, and
 * so is one opened by its own subject ("proficient with SQL, exposure to dbt is a plus"),
 * by "while / whereas / although", or by a comma that closes a list ended with "and"
 * ("Python and SQL, Docker preferred": the list before the comma is whole). The lookbehind is
 * tried at commas only and looks back at most 45 characters. A list flattened without its full
 * stops ("… using Python Experience deploying models …") breaks where an item's capitalised
 * opening word follows the last word of the item before.
 */
const SCOPE_BREAK = new RegExp(String.raw`[():;]|${AFTER_ITEM_WORD}\s(?=${ITEM_PHRASE})|(?<=[a-z0-9%)])\s(?=(?:Experience|Strong|Demonstrated|Ability|Proficiency|Proficient|Knowledge|Familiarity|Understanding|Excellent|Solid|Proven|Expertise|Hands-on|Working|Deep|Comfortable|Passion|Must|Minimum|At\s+least|An?(?=\s[a-z]))\b)|${YEARS_ITEM}\s(?=${YEARS_FIGURE})|\s[-–—]\s|\bbut\b|,\s+(?=(?:while|whereas|although|though)\s)|,(?<=\band\s[^,;:()]{1,40},)\s+(?!(?:and|or|including|such\s+as|e\.g|especially|particularly|in\s+particular|ideally|preferably|as\s+well)\b)(?![^,;:()\s]+(?:\s[^,;:()\s]+)?\s(?:or|and)\s[^,;:()]{1,40},\s)(?![^,;:()\s]+(?:\s[^,;:()\s]+)?,\s+[^,;:()\s]+(?:\s[^,;:()\s]+){0,2},\s)|,\s+(?=with\s)|,\s+(?=(?:and\s+)?(?:(?:some|any|prior|previous|significant|extensive|deep|proven|hands-on|practical)\s+)?(?:exposure|experience|familiarity|knowledge)\s+(?:to|with|of|in)\s)`, 'g');
/**
 * "LLMs preferred, including prompt engineering and RAG", "dbt is a plus, as is Python", "… is
 * desired (including frameworks such as PyTorch)": examples and a second subject after a trailing
 * cue share it, in brackets or not, up to the next break (looked at within a bounded window, so
 * a long sentence costs no more); so does a bracket right after the cue ("Azure preferred (Data
 * Factory, Synapse, Fabric)"), unless it states a requirement of its own ("(AWS acceptable)").
 */
const TRAIL_EXAMPLES = /^\s*,?\s*\(?\s*(?:including|such\s+as|e\.g\.,?|especially|particularly|in\s+particular|as\s+(?:is|are|would\s+be|does|do))\s[^():;]{0,200}|^\s{0,2}\((?![^()]*\b(?:required|must|mandatory|essential|acceptable|equivalent)\b)[^()]{1,200}\)/i;
/** "no Java needed", "no prior Kubernetes experience required", "no previous experience in AI or data labeling required". */
const NEG_NO = /\bno\s+(?:prior\s+|previous\s+|formal\s+)?(?:(?:[\w+#./-]+\s+){0,4}?(?:experience\s+|knowledge\s+|skills?\s+)?|(?:experience|knowledge|skills?)\s+(?:in|with|of)\s+(?:[\w+#./-]+\s+){0,6}?)(?:is\s+|are\s+)?(?:needed|required|necessary|expected)\b/gi;
/**
 * "in SQL, Python and Rust rather than Powerpoint", "Python instead of Excel": the alternative
 * turned down, up to the clause's end (not a sentence that opens with it: "Rather than just Python, …").
 */
const NEG_RATHER = /(?<=\w,?\s{1,3})(?:rather\s+than|instead\s+of)\s[^,;:.!?()]{1,60}/gi;
/** A unit's or a chair's name: "Department of Biostatistics and Data Science", "Center for Machine Learning", "Professor of Statistics", "University of Artificial Intelligence". */
const UNIT_NAME = /\b(?:Department|Dept\.?|Division|Faculty|School|Institute|Center|Centre|College|University|Academy|Chair|Professor(?:ship)?|Laboratory|Lab|Program(?:me)?|Office)\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*(?:\s+(?:of|and|&|in|for)\s+|\s+)?){1,6}/g;
/** A unit named by its own words before its kind: "the Michigan Neuroscience Institute", "in the Artificial Intelligence Laboratory". */
const NAMED_UNIT = /(?<=\b(?:the|our|at|within)\s)(?:[A-Z][\w&.'’-]*\s+){1,5}(?:Institute|Laborator(?:y|ies)|Lab|Program(?:me)?|Center|Centre|Initiative|Consortium|Foundation|Department|Division|Group)\b(?!\s+[A-Z])/g;
const UNIT_HINT = /\b(?:Department|Dept|Division|Faculty|School|Institute|Cent(?:er|re)|College|University|Academy|Chair|Professor|Lab|Laborator(?:y|ies)|Program|Programme|Office|Initiative|Consortium|Foundation|Group)\b/;
/**
 * "which can be found on GitHub", "available on Hugging Face", "visit our GitHub page", "follow us on
 * GitHub": a site named as the place where the employer's work is, not a tool asked of the reader.
 */
const PLACE_OF = /\b(?:(?:found|available|hosted|published|released|open[- ]sourced|shared|posted|visit|see|check\s+out|follow\s+us|star\s+us|find\s+(?:us|it|them|more|out\s+more))\s+(?:(?:it|them|us|more|here|online)\s+)?(?:on|at|via)\s+(?:our\s+|the\s+)?|(?:visit|see|check\s+out)\s+our\s+)(?:GitHub|GitLab|Bitbucket|Hugging\s?Face(?:\s+Hub)?|Kaggle)\b(?:\s+(?:page|profile|repos?(?:itory|itories)?|organi[sz]ation|account))?/gi;
const PLACE_HINT = /git(?:hub|lab)|hugging\s?face|kaggle|bitbucket/i;
/** A sentence about applying: submitting, sending your …, a résumé, profile links (not "CV", which is also computer vision). */
const APPLYING = /\b(?:submit(?:s|ted|ting)?|(?:send(?:ing)?|e-?mail(?:ing)?)\s+(?:us\s+)?(?:your|an?|the)|apply(?:ing)?|(?:your|the)\s+application|resumes?|résumés?|curriculum\s+vitae|cover\s+letters?|links?\s+to\s+your|profile\s+links?)\b/i;
/** The sites such a sentence names. */
const SITE = /\b(?:GitHub|GitLab|Bitbucket|Kaggle|Hugging\s?Face)\b/gi;
/**
 * "customers such as Google, Salesforce and Intuit", "industry leaders such as MongoDB, New Relic",
 * "trusted by Snowflake and Databricks" (to the clause's end): the employer's customers, partners or backers, named as
 * organisations (a tool's maker among them), not tools asked for.
 */
const CLIENT_LIST = /\b(?:customers|clients|partners|brands|companies|organi[sz]ations|enterprises|industry\s+leaders|investors|backers|places)\b(?:\s+[\w-]+){0,3}?[\s(,]+(?:such\s+as|like|including|include|includes|e\.g\.)\s[^.;:!?)]*|\btrusted\s+by\s[^.;:!?),]*/gi;
/** "We partner closely with OpenAI and Anthropic": the employer's partners, by their names (case as written: "partnering with hospitals to …" names none). */
const PARTNER_NAMES = /\b[Ww]e(?:['’]re|\s+are)?\s+(?:(?:closely|proudly|directly)\s+)?partner(?:ing|ed)?\s+(?:closely\s+)?with\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)*/g;
/**
 * "This research continues many of the directions our team worked on prior to Anthropic,
 * including: GPT-3, Circuit-Based Interpretability, … Scaling Laws", "our recent papers include …":
 * the titles of a team's past work, not skills asked for.
 */
const PAST_WORK = /\b(?:worked\s+on|published|authored|wrote)\s+(?:[\w-]+\s+){0,3}?(?:prior\s+to|before(?:\s+joining)?)\s+[A-Z][\w.&-]*,?\s+(?:including|such\s+as)\b:?[^.;!?]*|\b(?:our|their|recent|selected|prior|previous|past)\s+(?:papers|publications)\s+(?:include|including|such\s+as|are)\b:?[^.;!?]*/g;
const PAST_WORK_HINT = /\b(?:prior\s+to|before|papers|publications)\b/i;
const CLIENT_HINT = /\b(?:customers|clients|partners?|partnering|partnered|brands|companies|organi[sz]ations|enterprises|leaders|investors|backers|trusted|places)\b/i;
/** "your publications, GitHub account, etc.", "a link to your Kaggle profile": a person's page on a site shows work, it is no tool. */
const SITE_ACCOUNT = /\b(?:GitHub|GitLab|Bitbucket|Kaggle|Hugging\s?Face)\s+(?:accounts?|profiles?|handles?|usernames?|user\s?names?|portfolios?)\b/gi;
/** "… is not required". */
const NEG_NOT = /\b(?:is\s+|are\s+)?not\s+(?:strictly\s+)?(?:required|needed|necessary|expected|mandatory|a\s+(?:(?:core|hard|strict|firm)\s+)?(?:must|requirement|prerequisite))\b/gi;
/** "you don't need to know X". */
const NEG_DONT = /\b(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|will\s+not)\s+(?:need|require|have\s+to\s+know|expect\s+you\s+to\s+know)\b/gi;
/** After a "don't need" scope, a wish after all: "but it would help", "but it's a plus". */
const BUT_HELPS = /^,?\s*but\s+(?:it|that|this|they)?\s*(?:would|will|could|does|do|can|might|['’]d|['’]s|is|are)?\s*(?:(?:certainly|definitely|really|surely)\s+)?(?:help|be\s+(?:(?:very|really)\s+)?(?:helpful|useful|nice|great|welcome|an?\s+(?:plus|bonus|advantage|asset))|an?\s+(?:plus|bonus|advantage|asset)|helps|helpful|useful|nice|welcome)\b/i;
/** Where a "don't need" scope stops. */
const DONT_STOP = /[,;:]|\bbut\b/g;
/**
 * "… to join a company that develops machine learning products", "you will be part of our NLP
 * team": the employer or its team described, from the joining verb to the end of its clause.
 * The field words inside are what the employer does, not what the candidate is asked for.
 */
const EMPLOYER_CLAUSE = /\b(?:join(?:ing)?|be(?:come)?\s+(?:a\s+)?part\s+of|work(?:ing)?\s+(?:for|at))\s+(?:a|an|our|the|this|their)\s+(?:[\w&'’-]+\s+){0,5}?(?:company|companies|team|startup|start-up|scale-?up|organi[sz]ation|firm|business|employer|group|lab|laboratory|platform|provider|leader|consultancy|agency|venture)\b(?:\s+(?:that|which|who|whose|where\s+we|building|developing|using|applying|working\s+on|focused\s+on|specializ(?:ing|ed)\s+in|specialis(?:ing|ed)\s+in|dedicated\s+to|in\s+the\s+field\s+of)\b[^.;:!?]*?)?(?=[.;:!?]|,\s|\s(?:and|where|while|to)\s+(?:you|your|has|have|will|help|build|develop|work|design|lead)\b|\s(?:with|who|where)\s+(?:you|your|strong|solid|proven|\d)|$)/gi;
/** "AI-powered", "analytics-driven", "NLP-based": a name made into an adjective. */
const AS_ADJECTIVE = /^[-‑–\s]?(?:driven|powered|based|first|native|enabled|led|centric|focused|fuell?ed|infused|backed|heavy|forward|enhanced|assisted|augmented|oriented)\b/i;
/** A word every match of AS_ADJECTIVE contains. */
const ADJECTIVE_HINT = /driven|powered|based|first|native|enabled|led\b|centric|focused|fuell?ed|infused|backed|heavy|forward|enhanced|assisted|augmented|oriented/i;
/** "AI" as its own adjective ("AI-driven data work", "AI-enhanced data solutions", "AI-powered functions"): what a thing is, whatever it is, not the field asked for. */
const AI_WORD = /^(?:AI|A\.I\.)$/;
/** Before it, the employer's own ("our AI-powered platform", "its ML-based search"). */
const OWNED_BEFORE = /\b(?:our|its|their|the\s+company['’]s)\s+(?:[\w&'’-]+\s+){0,2}$/i;
/**
 * Before it, an ask of the candidate ("experience with a", "familiarity with", "comfortable in"),
 * the name perhaps a later item of the ask's list ("experience in automation, AWS-based environments").
 */
const ASKED_BEFORE = /\b(?:experience|familiarity|familiar|knowledge|proficiency|proficient|expertise|skills?|comfortable|fluent|fluency|background)\s+(?:(?:working|programming|developing)\s+)?(?:with|in|of|on|using)\s+(?:[^.;:!?()]{1,80}?,\s+(?:(?:and|or)\s+)?)?(?:(?:working|work|operating)\s+(?:in|with|on|within)\s+)?(?:an?\s+|the\s+)?$/i;
/** After it, a kind of employer or setting ("an AI-first company", "an analytics-driven culture"). */
const SETTING_AFTER = /^\s*(?:[\w&'’-]+\s+){0,3}?(?:company|companies|startup|start-up|scale-?up|organi[sz]ation|firm|business|employer|culture|environments?|team|world|industry|economy|era|future|leader|provider)\b/i;
/**
 * "The data team expects to hire machine learning engineers", "we are hiring NLP researchers": an
 * employer's hiring statement names roles; the field words in a role's name ask nothing of the reader.
 */
const HIRE_ROLE = /\b(?:hire|hiring|recruit(?:ing)?)\s+(?:(?:a|an|more|new|additional|several|our\s+first|\d+)\s+)?(?:[\w+#&'’/-]+\s+){0,4}?(?:engineers?|scientists?|analysts?|developers?|researchers?|specialists?|architects?)\b/gi;
/**
 * "Data Science Intern", "an experienced big data architect", "Machine Learning and Data Science
 * Expert", "our NLP team", "the Bioinformatics Data Scientist", "our MLOps engineers": a field
 * named as part of a role's or a team's name (a kind of role such as "data" or "research" may
 * stand between), not asked of the reader (EXTRACTION.md: job titles are no skills). Read on the
 * 60 characters after a field's name, on its line (or a wrapped line's lower-case next; not a list
 * item's end before the next paragraph's "Analysts report to …").
 */
const ROLE_AFTER = /^(?:[ \t-]{0,2}|[ \t]{0,2}\r?\n[ \t]{0,4}(?=[a-z]))(?:(?:and|&|\/)[ \t]{0,2}(?:[\w-]+[ \t]+){0,3}?)?(?:(?:data|research|software|platform|applied|solutions?|systems?|infrastructure|product)[ \t]+)?(?:scientists?|engineers?|analysts?|developers?|researchers?|architects?|interns?|internships?|experts?|specialists?|consultants?|leads?(?!\s+(?:to|and|the|an?|our|into|optimi[sz]ation)\b)|managers?|practitioners?|teams?|group|department)\b(?!\s*(?:skills?|experience|background|practices)\b)/i;
/**
 * "experience as a Machine Learning Engineer", "work as an ML Ops engineer", "as a data scientist
 * or ML engineer": a role held before is an ask, the second of an either-or as much as the first.
 */
const AS_ROLE_BEFORE = /\bas\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}(?:(?:or|and|\/)\s*(?:an?\s+)?(?:[\w-]+\s+){0,2})?$/i;
/**
 * Whether a field's name is part of a role's or a team's name, from the text just after it
 * (`after`, up to 60 characters) and just before it (`before`, up to 40).
 */
export function roleNameAround(before: string, after: string): boolean {
  return ROLE_AFTER.test(after) && !AS_ROLE_BEFORE.test(before);
}
/** A word every match of HIRE_ROLE contains. */
const HIRE_HINT = /\b(?:hir|recruit)/i;
/**
 * "You will learn Kafka on the job", "we'll teach you Airflow", "training in SQL is provided": what
 * the employer offers to teach, to the end of its clause. The names inside are not asked for.
 */
const TAUGHT = /\b(?:you(?:['’]ll|\s+will)\s+(?:get\s+to\s+|also\s+)?learn|(?:you\s+)?(?:get|have)\s+(?:the\s+)?(?:chance|opportunity)\s+to\s+learn|we(?:['’]ll|\s+will)\s+(?:teach|train)\s+you)\b[^.;:!?]*|\b(?:training|coaching|mentoring|exposure)\s+(?:in|on|to)\s+[^.;:!?]{1,60}?\s+(?:is|will\s+be)\s+(?:provided|offered)\b|(?:^|(?<=[,;]\s{0,2}))[^.;:!?,]{1,60}?\s+(?:training|coaching|mentoring)\s+(?:is\s+|will\s+be\s+)?(?:provided|offered)\b|(?:^[\s*•·\-–]*|\b(?:an?|the|with)\s+)(?:chance|opportunity|opportunities)\s+to\s+(?:work|use|learn|grow|play|gain\s+experience)(?:\s+(?:with|on|in))?\b[^.;:!?]*|\byou(?:['’]ll|\s+will)\s+get\s+to\s+(?:use|work\s+with|play\s+with|explore)\b[^.;:!?]*/gi;
const TAUGHT_HINT = /\b(?:learn|teach|train|coach|mentor)|provided|offered|opportunit|chance|get\s+to\b/i;
/**
 * The employer's own work named as what the reader may know it by: "if you've used software we've
 * built, such as Optuna or CuPy", "tools we have open-sourced". The names there are the employer's.
 */
const EMPLOYER_MADE = /\b(?:software|tools?|products?|librar(?:y|ies)|frameworks?|projects?|platforms?|packages?|models?)\s+(?:that\s+|which\s+)?we(?:['’]ve|\s+have)?\s+(?:built|created|developed|made|released|published|open[- ]sourced|maintain(?:ed)?|written|launched)\b[^.;:!?]*/gi;
/** A word every match of EMPLOYER_MADE contains. */
const EMPLOYER_MADE_HINT = /\bwe(?:['’]ve|\s+have)?\s+(?:built|created|developed|made|released|published|open[- ]sourced|maintain|written|launched)/i;
/** A word every match of EMPLOYER_CLAUSE contains. */
const EMPLOYER_CLAUSE_HINT = /\b(?:join|part\s+of|working?\s+(?:for|at))\b/i;

/** Words that open examples: "tools like …", "such as", "e.g.". */
const EXAMPLES_WORD = /\b(?:like|such\s+as|e\.\s?g\.|for\s+example|for\s+instance|including|incl\.)\s/i;
/** A word every match of PREFERRED_TRAIL or PREFERRED_FORWARD contains. */
export const PREFER_HINT = /plus|merit|(?:more|extra|additional)\svalue\b|positively|vorteil|wünschenswert|not\s(?:required|mandatory|essential|necessary)|strictly|bonus|advantage|asset|nice|prefer|desir|beneficial|helpful|welcome|appreciated|optional|ideal|great|love|excellent|good|useful|valuable|valued|regarded|relevant|interest|differentiator|stand out|apart|head ?-?start|leg.up|favou?r|points|thrilled|delighted|happy|excited|glad|handy|better|extra credit|willing|eager|keen/i;
/** A word every match of NEG_NO, NEG_RATHER, NEG_NOT or NEG_DONT contains. */
export const NEGATION_HINT = /\bno\b|\bnot\b|\b(?:don|doesn|won)'?t\b|\brather\b|\binstead\b/i;

/**
 * Where a trailing cue's scope starts in sentence `s`: just after the last break before `q`. A
 * bracket closed before `q` is an aside inside the clause, not a break: "experience in programming
 * (C++, Java, Python or R) and Bayesian statistics is beneficial" reaches back over it. The breaks
 * are found once per sentence (rescanning for every cue was quadratic in an endless sentence of
 * cues), and each closing bracket's way back over its pair is worked out once.
 */
function scopeStarts(s: string): (q: number) => number {
  let ends: number[] | null = null;
  const starts: number[] = [];
  /** For each break, the break the scope really starts after (-1: the sentence's start). */
  const eff: number[] = [];
  return (q) => {
    if (!ends) {
      ends = [];
      const open: number[] = [];
      SCOPE_BREAK.lastIndex = 0;
      for (let m = SCOPE_BREAK.exec(s); m; m = SCOPE_BREAK.exec(s)) {
        const j = starts.length;
        starts.push(m.index);
        ends.push(m.index + m[0].length);
        if (m[0] === '(') open.push(j);
        const k = m[0] === ')' ? open.pop() : undefined;
        eff.push(k === undefined ? j : k > 0 ? eff[k - 1]! : -1);
      }
    }
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    const e = lo === 0 ? -1 : eff[lo - 1]!;
    return e < 0 ? 0 : ends[e]!;
  };
}

/**
 * A sentence that says the candidate must have what it names: "Finally, you should have
 * demonstrable experience in …", "Candidates must possess …". It asks for its names even under a
 * nice-to-have heading or lead-in, whose list it follows. (Not "should ensure …": a duty.)
 */
const MUST_LEAD = /^[\s*•·\-–]*(?:(?:finally|also|additionally|in\s+addition|above\s+all|most\s+importantly|at\s+a\s+minimum),?\s+)?(?:you|candidates|applicants|the\s+(?:successful\s+|ideal\s+)?(?:candidate|applicant))\s+(?:must|should|need\s+to|are\s+required\s+to|is\s+required\s+to)\s+(?:also\s+)?(?:have|possess|hold|bring|demonstrate|be)\b/i;

/** "Azure (mandatory)", "SQL – required": an item of the nice-to-haves marked as a must. */
const MUST_MARK = /\((?:mandatory|required|must(?:[- ]have)?|essential|compulsory)\)|\s[-–—]\s(?:mandatory|required|must[- ]have|essential)\s*$/i;

/**
 * The section a sentence asks in, given the section of its line: a nice-to-have lead wins; a
 * must (MUST_LEAD) lifts a sentence under a nice-to-have heading; a stated requirement lifts a sentence outside any requirements heading; a wish drops one inside
 * it. `mayRequire` / `mayNameYears` false say the sentence holds none of REQUIRED_CUE's words
 * or no year figure (cheap first looks).
 */
export function sentenceSection(sent: string, lineSection: Section, mayRequire: boolean, mayNameYears: boolean): Section {
  if (PREFERRED_LEAD.test(sent)) return 'preferred';
  if (lineSection === 'preferred' && (MUST_LEAD.test(sent) || MUST_MARK.test(sent))) return 'required';
  if (lineSection !== 'other') return WISH_LEAD.test(sent) ? 'other' : lineSection;
  if ((mayRequire && REQUIRED_CUE.test(sent)) || ASK_LEAD.test(sent) || (mayNameYears && ASK_YEARS.test(sent) && !OUR_YEARS.test(sent))) return 'required';
  return lineSection;
}

/** A requirement stated in its clause: "required", "a must", "mandatory", "essential", "(must)". */
const REQUIRED_WORD = /(?<!\b(?:not|no|never|nor)\s{1,3}(?:strictly\s+|necessarily\s+|a\s+)?)\b(?:required|a\s+must|mandatory|essential|must[- ]haves?|(?<=\(\s{0,2})must(?=\s{0,2}\)))\b/gi;

/** The requirement words of a sentence as [start, end] pairs, in order: one scan per sentence. */
function requiredWords(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  REQUIRED_WORD.lastIndex = 0;
  for (let m = REQUIRED_WORD.exec(s); m; m = REQUIRED_WORD.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Where the text after the last requirement word inside [from, to) starts, or -1 when it has none. */
function lastRequiredWord(words: ReadonlyArray<[number, number]>, from: number, to: number): number {
  // The words do not overlap, so their ends are in order: the last one ending by `to`, found by
  // halving, is the only candidate (any earlier one starts before it, so before `from` too).
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]![1] <= to) lo = mid + 1;
    else hi = mid;
  }
  const last = words[lo - 1];
  return last && last[0] >= from ? last[1] : -1;
}

/** Spans of a sentence, as offsets relative to it. */
export type Spans = Array<[number, number]>;

/** Every match of the global `re` in `sent`, as a span added to `into`. */
function spansOf(re: RegExp, sent: string, into: Spans): void {
  re.lastIndex = 0;
  for (let m = re.exec(sent); m; m = re.exec(sent)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    into.push([m.index, m.index + m[0].length]);
  }
}

/**
 * Where the cues inside a sentence reach: `preferred` spans turn the names inside them into
 * nice-to-haves, `dropped` spans remove them. The sentence starts at `offset` in the text, where
 * its `names` are; `mayPrefer` / `mayNegate` false say it holds none of the cues' words.
 */
export function cueScopes(sent: string, offset: number, names: ReadonlyArray<{ start: number; end: number }>, mayPrefer: boolean,
  mayNegate: boolean, mayContext = true): { preferred: Spans; dropped: Spans; context: Spans } {
  const preferred: Spans = [];
  const dropped: Spans = [];
  const context: Spans = [];
  if (mayContext && ADJECTIVE_HINT.test(sent)) for (const x of names) {
    const a = x.start - offset;
    const b = x.end - offset;
    const adj = AS_ADJECTIVE.exec(sent.slice(b, b + 12));
    if (!adj) continue;
    const e = b + adj[0].length;
    const before = sent.slice(Math.max(0, a - 60), a);
    // "Experience with a Unix-based environment" asks for Unix: that setting is the candidate's
    // work, where "experience in an AI-first company" names only the kind of employer.
    const setting = SETTING_AFTER.exec(sent.slice(e, e + 40));
    if (OWNED_BEFORE.test(before) || (setting && !(/environments?$/i.test(setting[0]) && ASKED_BEFORE.test(sent.slice(Math.max(0, a - 140), a)))) || (AI_WORD.test(sent.slice(a, b)) && adj[0].charCodeAt(0) !== 32)) context.push([a, e]);
  }
  if (mayContext && EMPLOYER_CLAUSE_HINT.test(sent)) spansOf(EMPLOYER_CLAUSE, sent, context);
  if (mayContext && EMPLOYER_MADE_HINT.test(sent)) spansOf(EMPLOYER_MADE, sent, context);
  if (mayContext && TAUGHT_HINT.test(sent)) spansOf(TAUGHT, sent, context);
  if (mayContext && HIRE_HINT.test(sent)) spansOf(HIRE_ROLE, sent, context);
  let hasTrail = false;
  let reqWords: Array<[number, number]> | undefined;
  const scopeStart = scopeStarts(sent);
  PREFERRED_TRAIL.lastIndex = 0;
  if (mayPrefer) for (let m = PREFERRED_TRAIL.exec(sent); m; m = PREFERRED_TRAIL.exec(sent)) {
    hasTrail = true;
    const q = m.index;
    // "Required: Python | Preferred: AWS", "…, Desired: Docker": a cue with a colon after it labels
    // what follows it, to the clause's end, and not what stands before it.
    const labelEnd = m.index + m[0].length;
    if (sent.charCodeAt(labelEnd) === 58 || (sent.charCodeAt(labelEnd) === 32 && sent.charCodeAt(labelEnd + 1) === 58)) {
      const semi = sent.indexOf(';', labelEnd);
      preferred.push([labelEnd, semi >= 0 ? semi : sent.length]);
      continue;
    }
    const start = scopeStart(q);
    // "Python (preferred)", "Python: 1 year (Preferred)", "AWS (big plus)": a bracket holding
    // the cue alone is about what stands before it.
    if (sent.charCodeAt(start - 1) === 40 && CUE_ALONE.test(sent.slice(start, q))) {
      const outer = scopeStart(start - 1);
      // "… scheduling tools like Airflow or dbt (optional)", "ETL tools such as DBT (preferred)": a
      // bracket right after a name among examples is about that example alone. ("Docker and
      // Kubernetes (preferred)": a pair joined by "and" is wished for together; "ETL jobs with SSIS or
      // Informatica (is a plus)", with no examples, is the whole item.)
      const just = names.find((x) => x.end - offset <= start - 1 && sent.slice(x.end - offset, start - 1).trim() === '');
      if (just && just.start - offset > outer && EXAMPLES_WORD.test(sent.slice(outer, just.start - offset))
        && !/(?:\band|&|\/)\s*$/.test(sent.slice(Math.max(0, just.start - offset - 8), just.start - offset))) {
        preferred.push([just.start - offset, q]);
        continue;
      }
      // "Python (required), Docker (preferred)": a requirement stated before it ends its reach.
      reqWords ??= requiredWords(sent);
      const own = lastRequiredWord(reqWords, outer, start - 1);
      const from = own >= 0 ? own : outer;
      const named = names.some((x) => x.start - offset >= from && x.end - offset <= q);
      // With nothing named between, the cue's bracket follows a name the pattern did not read: the
      // preference still stops at a requirement stated before it ("Python (essential), R (desirable)").
      preferred.push([named || own >= 0 ? from : 0, q]);
      continue;
    }
    // "SQL skills required, R is nice to have": a clause that states its own requirement ends
    // the nice-to-have's reach.
    // The sentence's requirement words are found once: a scan per cue would read a long list of
    // cues again and again.
    reqWords ??= requiredWords(sent);
    const own = start < q ? lastRequiredWord(reqWords, start, q) : -1;
    const local: [number, number] = [own >= 0 ? own : start, q];
    const any = names.some((x) => x.start - offset >= start && x.end - offset <= q);
    // "(a PhD is welcome but not required)": a remark in brackets is about itself alone.
    // A "sentence" that long is a flattened list, not one ask: the cue keeps to its own clause.
    // "…, familiarity with Genedata Screener is a plus": a clause that is an ask of its own keeps
    // the cue to itself, even when what it names is unknown here.
    // Back to the sentence's start otherwise, but not over a requirement stated on the way
    // ("Python proficiency required (Sklearn, numpy), … knowledge with tools would be a plus").
    const whole = lastRequiredWord(reqWords, 0, q);
    preferred.push(any || sent.charCodeAt(start - 1) === 40 || q > LONG_ASK || (start > 0 && OWN_ASK.test(sent.slice(start, q))) ? local : [whole >= 0 ? whole : 0, q]);
    const end = m.index + m[0].length;
    const ex = TRAIL_EXAMPLES.exec(sent.slice(end, end + 240));
    if (ex) preferred.push([end, end + ex[0].length]);
  }
  PREFERRED_FORWARD.lastIndex = 0;
  // The next stops after a cue, searched again only when the last one found lies behind it: one pass in all.
  let asideAt = -1;
  let runOnAt = -1;
  if (mayPrefer) for (let m = PREFERRED_FORWARD.exec(sent); m; m = PREFERRED_FORWARD.exec(sent)) {
    const semi = sent.indexOf(';', m.index);
    let end = semi >= 0 ? semi : sent.length;
    // ", preferably in C++, and excellent background in …": an aside between commas ends where the
    // next ask of the sentence starts; a list after it ("ideally Python, R, and SQL") goes on.
    if (/,\s*$/.test(sent.slice(Math.max(0, m.index - 3), m.index))) {
      if (asideAt < m.index + m[0].length) {
        ASIDE_END.lastIndex = m.index + m[0].length;
        asideAt = ASIDE_END.exec(sent)?.index ?? sent.length;
        // "preferably Python, Unix, and a Deep Learning framework": a comma inside the aside makes
        // it a list, whose last item ", and a …" still belongs to it.
        if (asideAt < sent.length && sent.slice(m.index + m[0].length, asideAt).includes(',') && !ASK_AFTER_AND.test(sent.slice(asideAt, asideAt + 60))) {
          ASIDE_END.lastIndex = asideAt + 1;
          asideAt = ASIDE_END.exec(sent)?.index ?? sent.length;
        }
      }
      if (asideAt < end) end = asideAt;
    }
    // "… ideally towards myeloid cell types You have experience in …": a list flattened without
    // stops, where the next item starts with a capital ask.
    if (runOnAt < m.index + m[0].length) {
      RUN_ON_ASK.lastIndex = m.index + m[0].length;
      runOnAt = RUN_ON_ASK.exec(sent)?.index ?? sent.length;
    }
    if (runOnAt < end) end = runOnAt;
    // "… ideally within a finance team  Expert-level skills in SQL": in a list flattened onto one
    // line, a run of spaces is where its item ended.
    const gap = sent.indexOf('  ', m.index + m[0].length);
    if (gap >= 0 && gap < end) end = gap;
    // "Python (preferably OOP), PySpark and scikit-learn": a cue inside brackets ends with them.
    const open = sent.lastIndexOf('(', m.index);
    if (open >= 0 && open > sent.lastIndexOf(')', m.index)) {
      const close = sent.indexOf(')', m.index);
      if (close >= 0 && close < end) end = close;
    }
    preferred.push([m.index, end]);
  }
  // "the Department of Biostatistics and Data Science", "a Professor of Biomedical Informatics": a unit's
  // or a post's name says where, not what the reader is asked for.
  if (UNIT_HINT.test(sent)) {
    spansOf(UNIT_NAME, sent, dropped);
    spansOf(NAMED_UNIT, sent, dropped);
  }
  // "our projects, which can be found on GitHub": where something is kept, not a tool asked for.
  if (PLACE_HINT.test(sent)) {
    spansOf(PLACE_OF, sent, dropped);
    // "submit a coding challenge using GitHub", "make sure your resume has github, linkedin, kaggle
    // links": how to apply, not a tool the work asks for.
    spansOf(APPLYING.test(sent) ? SITE : SITE_ACCOUNT, sent, dropped);
  }
  if (PAST_WORK_HINT.test(sent)) spansOf(PAST_WORK, sent, dropped);
  if (CLIENT_HINT.test(sent)) {
    spansOf(CLIENT_LIST, sent, dropped);
    spansOf(PARTNER_NAMES, sent, dropped);
  }
  if (mayNegate) spansOf(NEG_NO, sent, dropped);
  if (mayNegate) spansOf(NEG_RATHER, sent, dropped);
  NEG_NOT.lastIndex = 0;
  if (mayNegate) for (let m = NEG_NOT.exec(sent); m; m = NEG_NOT.exec(sent)) {
    // "preferred but not required" is a preference, not a negation.
    if (hasTrail) continue;
    const start = scopeStart(m.index);
    dropped.push([start, m.index]);
  }
  NEG_DONT.lastIndex = 0;
  // The next stop after a cue is the one after the previous cue when that lies ahead of it:
  // searched again only then, so many cues in one sentence cost one pass.
  let stop = -1;
  if (mayNegate) for (let m = NEG_DONT.exec(sent); m; m = NEG_DONT.exec(sent)) {
    if (stop < m.index) {
      DONT_STOP.lastIndex = m.index;
      stop = DONT_STOP.exec(sent)?.index ?? sent.length;
    }
    // "We don't expect you to know Rust, but it would help": waived, then wished for.
    if (BUT_HELPS.test(sent.slice(stop, stop + 60))) preferred.push([m.index, stop]);
    else dropped.push([m.index, stop]);
  }
  return { preferred, dropped, context };
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(EXAMPLES_WORD, AI_WORD, PAST_WORK, PAST_WORK_HINT, CLIENT_LIST, PARTNER_NAMES, CLIENT_HINT, MUST_MARK, OWN_ASK, REQUIRED_CUE, ASK_LEAD, ASK_YEARS, OUR_YEARS, WISH_LEAD, PREFERRED_LEAD, PREFERRED_LABEL, REQUIRED_LABEL, PREFERRED_TRAIL, CUE_ALONE, PREFERRED_FORWARD, RUN_ON_ASK, ASK_AFTER_AND, ASIDE_END, SCOPE_BREAK, TRAIL_EXAMPLES, NEG_NO, NEG_RATHER, UNIT_NAME, NAMED_UNIT, UNIT_HINT, PLACE_OF, PLACE_HINT, APPLYING, SITE, SITE_ACCOUNT, NEG_NOT, NEG_DONT, BUT_HELPS, DONT_STOP, EMPLOYER_CLAUSE, AS_ADJECTIVE, ADJECTIVE_HINT, OWNED_BEFORE, ASKED_BEFORE, SETTING_AFTER, HIRE_ROLE, ROLE_AFTER, AS_ROLE_BEFORE, HIRE_HINT, TAUGHT, TAUGHT_HINT, EMPLOYER_CLAUSE_HINT, EMPLOYER_MADE, EMPLOYER_MADE_HINT, PREFER_HINT, NEGATION_HINT, MUST_LEAD, REQUIRED_WORD);

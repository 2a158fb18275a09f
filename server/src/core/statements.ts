// Statements by meaning: a small grammar of subject + (negation) + verb that the
// section rules use to recognise sentences which answer a section without a
// heading ("we have chosen not to build an app", "the strategy is led by the
// Partnership Board", "this plan is published openly"). Each pattern is built
// from the pieces below once, at module load, so that a new form is one more
// alternative in a piece rather than one more fixed sentence.

/** Join alternatives into a non-capturing group. */
const any = (...alts: string[]) => `(?:${alts.join('|')})`;
/** A word that is not a possessive: "the ICB's plan" is another body's, not ours. */
const PLAIN_WORD = String.raw`(?![\w-]+['’]s\b)[\w-]+`;
/** The document itself. */
const THIS_DOC = String.raw`(?:(?:this|the|our)\s+(?:(?:${PLAIN_WORD})\s+){0,3}?(?:strategy|plan|roadmap|approach|document|framework|programme|program)|this)`;
/** The organisation speaking: "we", or its own name for itself. */
const ORG_NOUN = any('trust', 'board', 'council', 'organisation', 'organization', 'department', 'ministry', 'company', 'business', 'service', 'team', 'agency', 'authority', 'partnership', 'directorate', 'branch', 'group', 'firm', 'charity', 'university', 'college', 'school');
const WE = String.raw`(?:we|I|(?:the|our)\s+(?:(?:${PLAIN_WORD})\s+){0,2}?${ORG_NOUN})`;
const APOS = `['’]`;

// ---- not doing ----

/** Forms that decide against something: future, decided or intended, never present-tense habit ("we don't stop at ..."). */
const DECIDE_NOT = any(
  String.raw`will\s+not`,
  `won${APOS}t`,
  String.raw`shall\s+not`,
  String.raw`(?:are|is|am)\s+not\s+going\s+to`,
  `(?:aren${APOS}t|isn${APOS}t)\\s+going\\s+to`,
  String.raw`will\s+no\s+longer`,
  String.raw`(?:will\s+)?(?:stop|cease)\s+(?=\w+ing\b)`,
  String.raw`(?:have|has)\s+(?:decided|chosen|agreed|opted|resolved)\s+not\s+to`,
  String.raw`(?:decided|chose|chosen|agreed|opted)\s+not\s+to`,
  String.raw`(?:do|does)\s+not\s+(?:aim|plan|intend|propose|expect|want|seek|wish)\s+to`,
  `(?:don${APOS}t|doesn${APOS}t)\\s+(?:aim|plan|intend|propose|expect|want|seek|wish)\\s+to`,
  String.raw`(?:are|is|am)\s+not\s+(?:aiming|planning|intending|proposing|seeking|prioriti[sz]ing|investing|pursuing|funding|building|buying)`,
  String.raw`will\s+not\s+yet`,
);
/** What follows a negation but is a limit, not a choice: "we will not only ...", "we will not be able to ...". */
const NOT_A_CHOICE = String.raw`(?!\s*(?:always|necessarily|need\s+to|have\s+to|only|just|merely|simply|be\s+able|succeed|work\b|happen|be\s+possible|hesitate|compromise|tolerate|accept\b|lose|forget|stand\s+still|rest\b|be\s+afraid|shy\s+away))`;
/** The document limiting its own scope: "this strategy does not cover", "it is not about". */
const SCOPE_NOT = any(
  String.raw`(?:does\s+not|doesn['’]t|will\s+not|won['’]t|is\s+not\s+(?:intended|meant|designed)\s+to|does\s+not\s+(?:try|attempt|seek)\s+to)\s+(?:also\s+)?(?:cover|include|address|deal\s+with|extend\s+to|apply\s+to|look\s+at|consider|tackle|set\s+out\s+to|attempt|try|seek|go\s+into)`,
  String.raw`(?:is|are)\s+not\s+(?:about|a\s+plan\s+for|a\s+strategy\s+for|concerned\s+with|focus(?:s)?ed\s+on|the\s+place\s+(?:for|to))`,
);
/** Exclusions with no subject of ours: "there is no focus on ...", "... is out of scope", "not a priority". */
const IMPERSONAL_NOT = any(
  String.raw`there\s+(?:is|are|will\s+be)\s+no\s+(?:\w+\s+)?(?:focus|plans?|intention|investment|funding|budget|priority|appetite|ambition)\s+(?:on|to|for|in)`,
  String.raw`(?:is|are|remains?|falls?|fall|sits?)\s+(?:out\s+of|outside\s+(?:the|our|its|this)\s+)\s*scope`,
  String.raw`(?:is|are)\s+outside\s+(?:the\s+)?scope`,
  String.raw`not\s+(?:in|within)\s+(?:the\s+|our\s+|its\s+)?scope`,
  String.raw`(?:(?:is|are)\s+not|isn['’]t|aren['’]t|will\s+not\s+be)\s+(?:a|an|our)\s+(?:\w+\s+)?priorit(?:y|ies)\b`,
  String.raw`(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:deliberately\s+)?(?:deprioriti[sz]ed|de-prioriti[sz]ed|descoped|de-scoped|ruled\s+out|set\s+aside)`,
  String.raw`(?:will\s+be|are\s+being|we\s+have)\s+(?:parked|paused|deferred|postponed|put\s+on\s+hold)`,
  String.raw`will\s+no\s+longer\s+be\s+(?:accepted|offered|supported|provided|funded|available|used|maintained|printed|sent)`,
  String.raw`we\s+(?:are|will\s+be)\s+(?:deprioriti[sz]ing|stopping|phasing\s+out|retiring|decommissioning|withdrawing)`,
);

/**
 * A statement of what the strategy will not do: the organisation deciding
 * against something, the document limiting its scope, or an exclusion.
 */
export const NOT_DOING_STATEMENT = new RegExp(
  any(
    String.raw`\b${WE}\s+(?:\w+ly\s+)?${DECIDE_NOT}${NOT_A_CHOICE}`,
    String.raw`\b(?:${THIS_DOC}|it)\s+(?:also\s+)?${SCOPE_NOT}`,
    String.raw`\b${IMPERSONAL_NOT}`,
  ),
  'i',
);

// ---- ownership and governance ----

/** Bodies that can own a strategy: a board, committee or group (named or not), or a named top role. */
const BODY_NOUN = any(
  String.raw`board`,
  String.raw`committee`,
  String.raw`(?:steering|oversight|programme|program|management|leadership|delivery|working|assurance)\s+group`,
  String.raw`partnership`,
  String.raw`cabinet`,
  String.raw`executive(?:\s+(?:team|committee|group|leadership\s+team))?`,
  String.raw`(?:senior\s+)?(?:leadership|management)\s+team`,
  String.raw`governing\s+body`,
  String.raw`chief\s+executive(?:\s+officer)?`,
  String.raw`permanent\s+secretary`,
  String.raw`accounting\s+officer`,
  String.raw`director\s+general`,
  String.raw`council(?:lors)?`,
  String.raw`trustees`,
  String.raw`governors`,
);
/** "the Digital Partnership Board", "our executive team", "the board": up to five words of name before the body. */
const BODY = String.raw`(?:the|our|its|a|their)\s+(?:(?:${PLAIN_WORD}|&)\s+){0,5}?${BODY_NOUN}\b`;
const OWN_PASSIVE = String.raw`(?:owned|led|overseen|governed|sponsored|approved|signed\s+off|endorsed|championed|monitored|scrutini[sz]ed|chaired|steered|held\s+to\s+account|agreed|adopted|ratified)\s+by\s+${BODY}`;
const OWN_ACTIVE = String.raw`${BODY}\s+(?:(?!will|shall|is|are|has|have)\w+\s+){0,2}?(?:owns?\b|(?:is|are)\s+(?:\w+\s+)?(?:accountable|responsible)\s+for\s+(?:this|the|our|its|delivering|delivery|implementing|implementation)|oversees?\b|leads?\s+(?:on\s+)?(?:this|the|our|its|delivery|implementation)|governs?\b|approved\b|has\s+approved|signed\s+off|monitors?\s+(?:progress|delivery|this|the|its|our)|scrutini[sz]es?\b|(?:will|shall)\s+(?:\w+\s+)?(?:own|oversee|lead|govern|monitor|approve|scrutini[sz]e|hold|receive|champion|sponsor|steer|track)\b|receives?\s+(?:\w+\s+)?(?:assurance|reports|updates))`;
const OWN_TO = String.raw`(?:accountable|accountability|report(?:s|ed|ing)?|assurance|escalat\w+|progress\s+updates?)\s+(?:(?:${PLAIN_WORD})\s+){0,3}?(?:to|through|via)\s+${BODY}`;
const OWN_APPOINTED = String.raw`(?:appointed|named|nominated)\s+(?:(?:${PLAIN_WORD})\s+){1,5}?(?:to|on)\s+${BODY}`;
const OWN_ROLE = String.raw`\b(?:senior\s+responsible\s+owner|executive\s+sponsor|board\s+sponsor|executive\s+lead\s+for\s+(?:this|the)\s+strategy)\b|\bSRO\b`;

/** A statement that a board, committee or named top role owns, leads or oversees the strategy. */
export const OWNERSHIP_STATEMENT = new RegExp(any(`\\b${OWN_PASSIVE}`, `\\b${OWN_ACTIVE}`, `\\b${OWN_TO}`, `\\b${OWN_APPOINTED}`, OWN_ROLE), 'i');

// ---- communication and engagement ----

const AUDIENCE = any('staff', 'colleagues', 'partners', 'patients', 'public', 'residents', 'communities', 'users', 'people', 'stakeholders', 'citizens', 'governors', 'customers', 'members', 'employees', 'clients', 'everyone', 'suppliers');
const SHARE_VERB = String.raw`(?:publish|share|communicat|present|explain|discuss|circulat|launch|tell|talk|brief|report|celebrat|showcas)\w*`;
const ABOUT_IT = String.raw`(?:this|the|our)\s+(?:(?:${PLAIN_WORD})\s+){0,2}?(?:strategy|plan|roadmap|progress|approach|priorities|results)`;

/** A statement of how the strategy is shared or how people take part in it. */
export const COMMUNICATION_STATEMENT = new RegExp(
  any(
    // "We will publish this strategy", "share our progress with staff".
    String.raw`\b${SHARE_VERB}\s+(?:(?:${PLAIN_WORD})\s+){0,3}?${ABOUT_IT}`,
    // "This strategy is published openly", "our progress will be shared".
    String.raw`\b${ABOUT_IT}\s+(?:(?:${PLAIN_WORD})\s+){0,3}?(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:published|shared|communicated|presented|available|discussed|circulated|open\s+to)`,
    // "We will share ... with staff", "we will tell residents".
    String.raw`\bwe\s+will\s+(?:\w+\s+){0,2}?(?:share|communicat\w*|publish|engage|involve|consult|tell|talk\s+(?:to|with)|listen\s+to|co-?design|co-?produce|report|brief|update|celebrate)\b[^.]{0,150}?\b${AUDIENCE}\b`,
    // "How you can take part", "ways residents can get involved".
    String.raw`\b(?:how|ways?\s+(?:that\s+)?|where)\s+(?:you|people|staff|residents|patients|partners|colleagues|customers|members|the\s+public)\s+(?:can|could|will\s+be\s+able\s+to)\s+(?:take\s+part|get\s+involved|have\s+(?:your|their)\s+say|give\s+(?:us\s+)?(?:your\s+|their\s+)?(?:feedback|views)|contribute|comment|join\s+in|help\s+shape)`,
    String.raw`\b(?:get\s+involved|have\s+your\s+say|tell\s+us\s+what\s+you\s+think|share\s+your\s+views|we\s+(?:want|would\s+like)\s+to\s+hear\s+from\s+you)\b`,
    // Regular forums for staff: "a monthly all-hands", "town halls", "roadshows".
    String.raw`\b(?:all[\s-]hands|town[\s-]halls?|roadshows?|show\s+and\s+tells?|staff\s+briefings?)\b`,
    String.raw`\b(?:engagement|communications?)\s+(?:plan|strategy|with\s+(?:our\s+)?${AUDIENCE})\b`,
  ),
  'i',
);

// ---- users and their needs ----

const USER = any(
  String.raw`users?`, String.raw`patients?`, String.raw`service\s+users?`, 'staff', String.raw`carers?`, String.raw`citizens?`, String.raw`customers?`,
  String.raw`residents?`, 'colleagues', String.raw`clinicians?`, 'families', 'people', 'public', 'members', String.raw`employees?`, String.raw`clients?`,
  String.raw`nurses?`, String.raw`doctors?`, 'communities', 'businesses', 'claimants', 'learners', 'students', 'visitors',
);
/** What a person needs or said, as a finding, not a process ("receive feedback from users" is not a need). */
const NEED_VERB = any(
  String.raw`told\s+us`, 'said', 'say', String.raw`asked\s+(?:us\s+)?for`, String.raw`(?<!\b(?:we|they|you|I|will|would|may|might)\s)need(?:s|ed)?\b`,
  String.raw`want(?:s|ed)?\b`, String.raw`expect(?:s|ed)?\b`, String.raw`struggl(?:e|es|ed)\b`, String.raw`(?:find|found|finds)\s+it\s+(?:hard|difficult|easy|confusing)`,
  String.raw`prefer(?:s|red)?\b`, String.raw`value(?:s|d)?\b`, String.raw`rel(?:y|ies|ied)\s+on`, String.raw`complain(?:s|ed)?\b`, String.raw`cannot|can['’]t|are\s+unable\s+to`,
);
const RESEARCH = String.raw`(?:user\s+research|research|survey(?:s|ed)?|interviews?|focus\s+groups?|feedback|consultation|workshops?|engagement)`;
const FOUND = String.raw`(?:showed|shows|show|found|finds|tells\s+us|told\s+us|highlighted|highlights|revealed|reveals|suggests|suggested|identified|confirmed)`;

/** A statement of what users need or told us, or a report of research into it. */
export const USER_NEED_STATEMENT = new RegExp(
  any(
    String.raw`\b${USER}\b[^.;]{0,50}?\b${NEED_VERB}`,
    String.raw`\b${RESEARCH}\b[^.;]{0,60}?\b${FOUND}\b`,
    String.raw`\b(?:what\s+(?:our\s+)?${USER}\s+(?:need|want|told\s+us|said|value|expect)|we\s+(?:heard|surveyed|asked|interviewed|spoke\s+to|talked\s+to|listened\s+to)\b|research\s+with|co-?designed\s+with|co-?produced\s+with|what\s+matters\s+to)\b`,
    String.raw`\buser\s+needs?\s+(?:are|include|we\s+(?:have\s+)?(?:found|identified|heard))\b`,
  ),
  'i',
);

// ---- the strategy's own commitments ----

/**
 * The strategy committing itself: "we will", "our aim is", "the board commits",
 * "this strategy will". Another body's plans ("the ICB will"), the world
 * ("software keeps getting better") and the past ("we improved") are not.
 */
export const OWN_COMMITMENT = new RegExp(
  any(
    String.raw`\b(?:we|we['’]ll|I)\s+(?:\w+ly\s+)?(?:will|shall|can|could|are\s+going\s+to|aim|want|plan|intend|expect|commit|pledge|seek|strive|hope|must|need\s+to|propose|are\s+(?:aiming|planning|committed|determined|working|seeking|striving|looking)|(?:have|has)\s+(?:committed|pledged|set\s+(?:ourselves|out)))\b`,
    String.raw`\b(?:our|the\s+strategy['’]s|this\s+strategy['’]s)\s+(?:\w+\s+){0,2}?(?:aims?|goals?|ambitions?|objectives?|intentions?|vision|targets?|missions?|commitments?|priorit(?:y|ies)|purpose|plan|focus)\b`,
    String.raw`\b(?:this|the|our)\s+(?:(?:${PLAIN_WORD})\s+){0,3}?(?:strategy|plan|roadmap|programme|program)\s+(?:\w+\s+)?(?:will|shall|aims?|seeks?|sets?\s+out|commits?)\b`,
    String.raw`\b(?:the|our)\s+(?:(?:${PLAIN_WORD})\s+){0,2}?${ORG_NOUN}\s+(?:will|shall|aims?|commits?|pledges?|intends?|plans?|wants?|is\s+(?:committed|determined|aiming|planning))\b`,
  ),
  'i',
);

/**
 * A named body given an action in the strategy's own plan ("Cabinet Office will
 * support ...", "All departments will ..."): matched case-sensitively, so that
 * a capital marks a name. A possessive ("the ICB's plan will") is another body's.
 */
export const NAMED_COMMITMENT = /(?:^|[^\p{L}'’])(?!(?:This|It|That|These|Those|They|There|Which|What|He|She|You|Its|Their)\b)(?:All\s+departments|(?:[A-Z][\p{L}&-]*|of|and|for)(?:\s+(?:[A-Z][\p{L}&-]*|of|and|for)){0,4})\s+(?:will|shall)\s+(?!be\s+\p{L}+ed\b)/u;

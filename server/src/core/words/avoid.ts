// The GOV.UK style guide's "words to avoid" and metaphors, as patterns with
// plain replacements and the exceptions the guide itself allows. Word lists
// are facts; the advice in `why` is our own wording.

export interface AvoidEntry {
  /** The word as the style guide lists it. */
  word: string;
  /** The word a summary counts it under, when another entry has the same word ("impacted" and "impact" are one word). Default: `word` less any note in brackets. */
  family?: string;
  /** Pattern source for the word and its forms (matched case-insensitively, whole words). */
  pattern: string;
  /** Replacements offered as quick fixes; the first is preferred when `preferred` is set. */
  replacements: string[];
  /** Whether the first replacement is safe enough to be the preferred fix. */
  preferred?: boolean;
  /** A verb: each replacement takes the original's ending ("utilising" → "using"). */
  verb?: true;
  /** A short reason in our own words. */
  why: string;
  /** The match is skipped when the text just after it matches this (anchored at the end of the match). */
  unlessAfter?: RegExp;
  /** The match is skipped when the text just before it matches this (anchored at the start of the match). */
  unlessBefore?: RegExp;
  /** The match counts only when the text after it matches this (e.g. an abstract object). */
  onlyAfter?: RegExp;
  /** The match counts only when the text before it matches this (e.g. a verb form). */
  onlyBefore?: RegExp;
}

const ABSTRACT = '(?:\\s+(?:the|this|our|these|its|their|a|an|real|more|further|significant|better|greater|wider|new|key|tangible|measurable|sustainable|long[- ]term|digital|clinical|efficiency|financial|cost))*\\s+(?:improvements?|priorit(?:y|ies)|benefits?|change|changes|transformation|outcomes?|value|strategy|strategies|vision|ambitions?|savings?|efficienc(?:y|ies)|objectives?|results|agenda|aims?|goals?|plans?|improvement|innovation|excellence|progress|growth)\\b';

/** The word a document summary counts an entry under: "progress (as a verb)" is "progress". */
export function familyOf(e: AvoidEntry): string {
  return e.family ?? e.word.replace(/\s*\([^)]*\)\s*$/, '');
}

export const AVOID: readonly AvoidEntry[] = [
  { word: 'agenda', pattern: 'agendas?', replacements: ['plan', 'aims'], why: 'say what the plan is, unless it is a meeting agenda', unlessBefore: /\bmeeting\s+$/i, unlessAfter: /^\s+(?:items?|for\s+(?:the\s+)?meeting|papers?)\b/i },
  { word: 'advance', pattern: 'advance', replacements: ['improve', 'move on'], why: 'a vague metaphor: say what will change', unlessBefore: /\b(?:in|an|of)\s+$/i, unlessAfter: /^\s+(?:care|notice|directives?|decisions?|payments?|booking|planning|of)\b/i },
  { word: 'collaborate', verb: true, pattern: 'collaborat(?:e|es|ed|ing)', replacements: ['work with'], why: '"work with" is plainer' },
  { word: 'combat', verb: true, pattern: 'combat(?:s|ed|ing|ting|ted)?', replacements: ['stop', 'reduce', 'prevent'], why: 'a military metaphor, unless it really is combat', unlessAfter: /^\s+(?:stress|veterans?|troops)\b/i },
  { word: 'commit', pattern: 'commit(?:s|ting)?|pledge(?:s|d)?|pledging', replacements: [], why: 'say exactly what you will do and when, rather than committing or pledging to it', unlessAfter: /^\s+(?:code|changes?|messages?)\b/i },
  { word: 'counter', verb: true, pattern: 'counter(?:s|ed|ing)?', replacements: ['prevent', 'reduce'], why: 'say what you will do, unless it is about police or fraud work', onlyBefore: /\b(?:to|will|and|help|helps|we)\s+$/i, unlessAfter: /^[\s-]+(?:fraud|terror\w*)\b/i },
  { word: 'deliver', verb: true, pattern: 'deliver(?:s|ed|ing)?', replacements: ['make', 'achieve', 'provide'], why: 'things such as post and services are delivered; improvements and priorities are not, so say what you will actually do', onlyAfter: new RegExp('^' + ABSTRACT, 'i') },
  { word: 'deploy', verb: true, pattern: 'deploy(?:s|ed|ing)?', replacements: ['use', 'put in place'], why: 'plainer unless you mean software or the military', unlessBefore: /\b(?:software|code|systems?|releases?|updates?|apps?|applications?|versions?|patch(?:es)?|changes?|models?|features?|builds?|services?)\s+(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\w+ly\s+)?$/i, unlessAfter: /^(?:\s+\w+){0,4}?\s+(?:software|systems?|code|releases?|updates?|apps?|applications?|versions?|patch(?:es)?|servers?|infrastructure|tools?|technolog(?:y|ies)|platforms?|solutions?|devices?|laptops?|models?|modules?|features?|builds?|containers?|wi-?fi|network|it|epr|ehr|pas|cloud|services?)\b/i },
  { word: 'dialogue', pattern: 'dialogues?', replacements: ['talk', 'discussion'], why: 'we speak to people' },
  { word: 'disincentivise', verb: true, pattern: 'disincentivi[sz](?:e|es|ed|ing)', replacements: ['discourage'], preferred: true, why: '"discourage" is plainer' },
  { word: 'drive out', verb: true, pattern: 'driv(?:e|es|ing)\\s+out|drove\\s+out|driven\\s+out', replacements: ['remove', 'get rid of'], why: 'a metaphor: say what you will remove' },
  { word: 'drive', verb: true, pattern: 'driv(?:e|es|ing)|drove', replacements: ['lead to', 'cause', 'encourage'], why: 'a metaphor: say what will actually happen', unlessBefore: /\b(?:hard|shared|network|google|test|disk|usb|flash|external|one|a|the|sex)[\s-]+$/i, unlessAfter: /^\s+(?:times?|to\s+(?:work|the|a|and)|through|tests?|licen[cs]es?|examiners?|instructors?|lessons?|standards agency|range)\b/i },
  { word: 'empower', verb: true, pattern: 'empower(?:s|ed|ing|ment)?', replacements: ['allow', 'let', 'give people the means to'], why: 'say what people will be able to do' },
  { word: 'facilitate', verb: true, pattern: 'facilitat(?:e|es|ed|ing)', replacements: ['help', 'make possible'], why: 'say what you are actually doing: "help" is usually meant' },
  { word: 'focus', verb: true, pattern: 'focus(?:es|ed|ing|ses|sed|sing)?\\s+on', replacements: ['work on', 'concentrate on'], why: 'overused; say what you will do', unlessBefore: /\b(?:a|the|our|its|their|clear|sharp|main|key|strong|greater|more|with|and)\s+$/i },
  { word: 'foster', verb: true, pattern: 'foster(?:s|ed|ing)?', replacements: ['encourage', 'build'], why: 'plainer unless it is about children', unlessAfter: /^\s+(?:care|carers?|parents?|children|child|families|family|homes?|placements?)\b/i },
  { word: 'impacted/impacting', family: 'impact', pattern: 'impact(?:ed|ing)', replacements: ['affected', 'affecting'], why: 'as a verb, "affect" is plainer' },
  { word: 'impact', verb: true, pattern: 'impacts?', replacements: ['affect', 'change'], why: 'as a verb, "affect" or "change" is plainer', onlyBefore: /\b(?:to|will|would|can|could|may|might|should|must|does|do|did|not|directly|negatively|positively|adversely|significantly|that|which|it|they|this)\s+$/i, unlessAfter: /^\s+(?:of|on\s+(?:the\s+)?(?:outcomes?)|assessments?)\b/i },
  { word: 'incentivise', verb: true, pattern: 'incentivi[sz](?:e|es|ed|ing)', replacements: ['encourage'], preferred: true, why: '"encourage" is plainer' },
  { word: 'initiate', verb: true, pattern: 'initiat(?:e|es|ed|ing)', replacements: ['start', 'begin'], preferred: true, why: '"start" is plainer' },
  { word: 'key', pattern: 'key', replacements: ['main', 'important'], why: 'as an adjective it is overused: say why the thing matters, or leave it out', onlyAfter: /^\s+(?!to\b|that\b|is\b|was\b|are\b|for\b|of\b|and\b|or\b|in\b|workers?\b|performance\b|stage\b|lines?\b|cards?\b|holders?\b|fobs?\b|rings?\b)[a-z]/i, unlessBefore: /\b(?:a|the)\s+$/i },
  { word: 'land', verb: true, pattern: 'land', replacements: ['achieve', 'put in place'], why: 'a metaphor: say what will happen', onlyBefore: /\b(?:to|will|we|successfully|and)\s+$/i, onlyAfter: /^\s+(?:the|this|these|our|a|an|it|them|changes?|benefits?)\b/i },
  { word: 'leverage', verb: true, pattern: 'leverag(?:e|es|ed|ing)', replacements: ['use', 'build on'], why: 'plainer unless you mean borrowing money', unlessBefore: /\bfinancial\s+$/i },
  { word: 'liaise', verb: true, pattern: 'liais(?:e|es|ed|ing)', replacements: ['work with', 'talk to'], why: 'say what you will do with whom' },
  { word: 'overarching', pattern: 'over-?arching', replacements: ['overall'], why: 'usually not needed; "overall" if anything' },
  { word: 'progress (as a verb)', verb: true, pattern: 'progress(?:es|ed|ing)?', replacements: ['move forward', 'continue'], why: 'as a verb, say what you will actually do', onlyBefore: /\b(?:to|will|would|can|could|should|must|we|and|further|not|continue\s+to|been|be|being)\s+$/i, unlessAfter: /^\s+(?:on|towards?|against|in|of|made|report|reports?|through)\b/i },
  { word: 'promote', verb: true, pattern: 'promot(?:e|es|ed|ing)', replacements: ['encourage', 'support'], why: 'say what you will actually do, unless it is an advertising campaign', unlessAfter: /^\s+(?:campaigns?|posts?)\b/i },
  { word: 'robust', pattern: 'robust(?:ly)?', replacements: ['strong', 'reliable', 'thorough'], why: 'say what makes it strong' },
  { word: 'slim down', verb: true, pattern: 'slim(?:s|med|ming)?\\s+down', replacements: ['reduce', 'cut'], why: 'say what you will remove' },
  { word: 'streamline', verb: true, pattern: 'streamlin(?:e|es|ed|ing)', replacements: ['simplify', 'speed up'], why: 'say what you will remove or speed up' },
  { word: 'strengthen', verb: true, pattern: 'strengthen(?:s|ed|ing)?', replacements: ['improve', 'build up'], why: 'say how, unless it is a bridge or other structure' },
  { word: 'tackle', verb: true, pattern: 'tackl(?:e|es|ed|ing)', replacements: ['solve', 'deal with', 'stop'], why: 'say what you will do, unless it is rugby' },
  { word: 'transform', verb: true, pattern: 'transform(?:s|ed|ing)?', replacements: ['change', 'improve'], why: 'say what will actually change, and how' },
  { word: 'utilise', verb: true, pattern: 'utili[sz](?:e|es|ed|ing|ation)', replacements: ['use'], preferred: true, why: '"use" says the same thing' },
  { word: 'going forward', pattern: '(?:going|moving)\\s+forwards?', replacements: ['in future', ''], why: 'usually adds nothing; say when, or leave it out' },
  { word: 'in order to', pattern: 'in\\s+order\\s+to', replacements: ['to'], preferred: true, why: '"to" says the same thing' },
  { word: 'one-stop shop', pattern: 'one[- ]stop[- ]shops?', replacements: ['single place', 'website'], why: 'say what it actually is' },
  { word: 'ring fencing', pattern: 'ring[- ]?fenc(?:e|es|ed|ing)', replacements: ['protected', 'kept for'], why: 'say what the money or time is kept for' },
];

// Words that carry no meaning for retrieval. Besides grammatical words, each
// list holds the question words and verbs people wrap a question in ("what did
// … say", "peux-tu me dire"), so they neither rank entries nor count as
// unanswered parts of a question.
const FRENCH = `
a au aux avec ce ces cet cette c ca d dans de des du elle elles en est et etre eu il ils
j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre nous on ou
par pas pour qu que qui s sa se ses si son sur t ta te tes toi ton tu un une vos votre vous
y a ete etait sont sera fut ont avait avaient suis es sommes etes
quoi quand comment pourquoi quel quelle quels quelles lequel laquelle lesquels combien
est-ce estce ceci cela celui celle ceux celles dont plus tres aussi alors donc car puis
dis dit dire disait dites peux peut pouvez pourriez voudrais veux sais savoir explique
peuvent pouvons pourrait pourraient puisse puissent doit doivent devait devrait devraient faut
contre vers chez sous entre
expliquer parle parler raconte moi-meme svp stp merci bonjour salut bot selon mot mots
fait faire faisait faisaient avoir etre quoi-qu y-a-t-il t-il t-elle
exactement exact precis precisement vraiment genre truc trucs concretement franchement bref gros deja wesh quelque quelques maintenant coup vrai quelqu etaient etions etiez soient soit ai as avons avez aura auront serait seraient etant
`;

const ENGLISH = `
a about above after again against all am an and any are as at be been before being below
between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves
s t d ll m re ve don didn doesn isn wasn weren hasn haven hadn aren couldn wouldn shouldn won
say said says tell told know please explain give show me bot hi hello thanks anything
something thing things let lets get got according word words
many much else around anywhere somewhere everywhere behalf actually exactly exact precisely really besides alone basically stuff anyone anybody someone somebody think wonder wondering
yo lol lmao ok okay nah yeah yep tbh btw imo bro dude guys pls plz thx rn lowkey like actual gonna wanna gotta kinda sorta one ones wait even hmm um uh
whats whos wheres hows thats theres didnt doesnt isnt wasnt werent hasnt havent hadnt arent dont wont cant im ive
`;

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const STOP_WORDS = {
  fr: toSet(FRENCH),
  en: toSet(ENGLISH),
} as const;

/**
 * Words used only to guess a question's language: function words that rarely
 * occur in the other, and a few question words the knowledge base never writes.
 */
export const LANGUAGE_MARKERS = {
  fr: toSet(`le la les des du de et est une un qui quoi quand quel quelle quels quelles comment
    pourquoi combien dans pour avec sur au aux ce cette ces a-t-il ont ete signe pays
    citation limite delai droits`),
  en: toSet(`the of and is was were are what who when which why how did does do in on with for
    by at this that has have been signed first country countries
    quote quotes deadline rights`),
} as const;

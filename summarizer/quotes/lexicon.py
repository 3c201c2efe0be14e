"""The one lexicon of key quotes: speech verbs by lemma, titles and roles, and the words names are made of.

Every word list the quote stages use is here or derived from here. A speech verb is written once, with
its forms and what it does in a sentence:

- ``clause``: it introduces reported speech ("said that ...", "warned the plan would fail");
- ``listener``: a listener may stand between it and the statement ("told reporters that ...");
- ``needs_clause``: it reports speech only with a clause after it ("wrote that ..."), never with a bare
  object ("wrote the letter");
- ``judging``: it judges as it speaks ("called the plan reckless"): only a named party makes it a statement;
- ``plain``: a plain verb of saying, the surest sign of a statement, used in ranking and bare speech tags;
- ``noun``: its base and -s forms are also common nouns ("the state", "reports"), so only its other
  forms end a noun phrase or mark a speech tag;
- ``appeal``: it makes a demand or asks ("urged the council to act", "called for a recount", "asked
  whether ..."): what follows is no clause of its own, so the statement is shown from the verb on;
- ``pledge``: it commits the speaker to an act ("vowed to fight the toll"): an infinitive after it is the
  statement, shown from the verb on;
- ``takes``: it also means taking something ("claimed victory", "claimed the title", "claimed
  responsibility"): with no verb of a clause in the words after it, the object is a prize or a deed, no
  statement;
- ``nouns``: the nouns that name the statement, reported when a speaker owns them ("the mayor's claim
  that ...", "his warning that ...", "the announcement by the agency that ...");
- a verb with ``clause=False`` only tags a direct quotation ("“Never,” she quipped").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SpeechVerb:
    """A verb of saying: its lemma, every form, and how it is used."""

    lemma: str
    forms: tuple[str, ...]
    clause: bool = True
    listener: bool = False
    needs_clause: bool = False
    judging: bool = False
    plain: bool = False
    noun: bool = False
    appeal: bool = False
    pledge: bool = False
    takes: bool = False
    nouns: tuple[str, ...] = ()

    @property
    def verb_only_forms(self) -> tuple[str, ...]:
        """The forms that are never nouns: all of them, or only the past and -ing forms of a noun verb."""
        if not self.noun:
            return self.forms
        return tuple(form for form in self.forms if form not in (self.lemma, self.lemma + "s",
                                                                 self.lemma + "es"))


def _verb(forms: str, nouns: str = "", **flags: bool) -> SpeechVerb:
    words = tuple(forms.split())
    return SpeechVerb(words[0], words, nouns=tuple(nouns.split()), **flags)


SPEECH_VERBS: tuple[SpeechVerb, ...] = (
    _verb("say says said saying", plain=True),
    _verb("tell tells told telling", listener=True, plain=True),
    _verb("add adds added adding", plain=True),
    _verb("state states stated stating", noun=True, nouns="statement statements", plain=True),
    _verb("note notes noted noting", noun=True, plain=True),
    _verb("explain explains explained explaining", plain=True),
    _verb("write writes wrote writing written", needs_clause=True, plain=True),
    _verb("inform informs informed informing", listener=True, plain=True),
    _verb("announce announces announced announcing", nouns="announcement announcements", plain=True),
    _verb("report reports reported reporting", noun=True, plain=True),
    _verb("insist insists insisted insisting", nouns="insistence", plain=True),
    _verb("argue argues argued arguing", nouns="argument arguments", plain=True),
    _verb("declare declares declared declaring", nouns="declaration", plain=True),
    _verb("warn warns warned warning", listener=True, nouns="warning warnings", plain=True),
    _verb("claim claims claimed claiming", noun=True, nouns="claim claims", plain=True, takes=True),
    _verb("assert asserts asserted asserting", nouns="assertion assertions"),
    _verb("acknowledge acknowledges acknowledged acknowledging", nouns="acknowledgment acknowledgement"),
    _verb("confirm confirms confirmed confirming"),
    _verb("reveal reveals revealed revealing"),
    _verb("admit admits admitted admitting", nouns="admission"),
    _verb("stress stresses stressed stressing"),
    _verb("emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising"),
    _verb("maintain maintains maintained maintaining", needs_clause=True),
    _verb("predict predicts predicted predicting", nouns="prediction predictions"),
    _verb("tweet tweets tweeted tweeting", noun=True),
    _verb("reply replies replied replying", noun=True),
    _verb("respond responds responded responding", needs_clause=True),
    _verb("testify testifies testified testifying"),
    _verb("concede concedes conceded conceding"),
    _verb("contend contends contended contending", nouns="contention"),
    _verb("recall recalls recalled recalling", noun=True),
    _verb("repeat repeats repeated repeating", noun=True),
    _verb("reiterate reiterates reiterated reiterating"),
    _verb("allege alleges alleged alleging", nouns="allegation allegations"),
    _verb("assure assures assured assuring", listener=True, nouns="assurance assurances"),
    _verb("remind reminds reminded reminding", listener=True, needs_clause=True),
    _verb("brief briefs briefed briefing", noun=True, listener=True, needs_clause=True),
    _verb("caution cautions cautioned cautioning", noun=True),
    _verb("disclose discloses disclosed disclosing"),
    _verb("observe observes observed observing", needs_clause=True),
    _verb("remark remarks remarked remarking", noun=True, nouns="remark remarks"),
    _verb("continue continues continued continuing", needs_clause=True),
    _verb("conclude concludes concluded concluding"),
    _verb("vow vows vowed vowing", noun=True, nouns="vow", pledge=True),
    _verb("pledge pledges pledged pledging", noun=True, nouns="pledge", pledge=True, needs_clause=True),
    _verb("promise promises promised promising", noun=True, nouns="promise", pledge=True),
    _verb("boast boasts boasted boasting", nouns="boast"),
    _verb("threaten threatens threatened threatening", nouns="threat threats", pledge=True, needs_clause=True),
    _verb("complain complains complained complaining", nouns="complaint complaints"),
    _verb("suggest suggests suggested suggesting", nouns="suggestion"),
    _verb("ask asks asked asking", listener=True, appeal=True),
    _verb("urge urges urged urging", listener=True, appeal=True),
    _verb("mention mentions mentioned mentioning", needs_clause=True),
    _verb("deny denies denied denying"),
    _verb("demand demands demanded demanding", noun=True, needs_clause=True),
    _verb("counter counters countered countering", noun=True, needs_clause=True),
    _verb("retort retorts retorted retorting", needs_clause=True),
    _verb("answer answers answered answering", noun=True, needs_clause=True),
    _verb("comment comments commented commenting", noun=True, needs_clause=True),
    _verb("call calls called calling", noun=True, judging=True),
    _verb("describe describes described describing", judging=True),
    _verb("accuse accuses accused accusing", judging=True),
    _verb("criticize criticizes criticized criticizing criticise criticises criticised criticising",
          judging=True),
    _verb("praise praises praised praising", noun=True, judging=True),
    _verb("denounce denounces denounced denouncing", judging=True),
    _verb("blast blasts blasted blasting", noun=True, judging=True),
    _verb("slam slams slammed slamming", noun=True, judging=True),
    # Tags of direct quotations only: they rarely report a statement in the speaker's absence.
    _verb("quip quips quipped quipping", noun=True, clause=False),
    _verb("joke jokes joked joking", noun=True, clause=False),
    _verb("shout shouts shouted shouting", noun=True, clause=False),
    _verb("yell yells yelled yelling", noun=True, clause=False),
    _verb("exclaim exclaims exclaimed exclaiming", clause=False),
    _verb("lament laments lamented lamenting", clause=False),
    _verb("wonder wonders wondered wondering", clause=False),
    _verb("muse muses mused musing", noun=True, clause=False),
    _verb("plead pleads pleaded pleading", noun=True, clause=False),
    _verb("estimate estimates estimated estimating", noun=True, clause=False),
    _verb("post posts posted posting", noun=True, clause=False),
    _verb("question questions questioned questioning", noun=True, clause=False),
    _verb("propose proposes proposed proposing", clause=False),
    _verb("recommend recommends recommended recommending", clause=False),
    _verb("chant chants chanted chanting", noun=True, clause=False),
    _verb("bark barks barked barking", noun=True, clause=False),
    _verb("boom booms boomed booming", noun=True, clause=False),
    _verb("beam beams beamed beaming", noun=True, clause=False),
    _verb("snap snaps snapped snapping", noun=True, clause=False),
    _verb("gush gushes gushed gushing", noun=True, clause=False),
    _verb("scream screams screamed screaming", noun=True, clause=False),
    _verb("whisper whispers whispered whispering", noun=True, clause=False),
    _verb("mutter mutters muttered muttering", noun=True, clause=False),
    _verb("sigh sighs sighed sighing", noun=True, clause=False),
    _verb("marvel marvels marveled marvelled marveling marvelling", noun=True, clause=False),
    _verb("proclaim proclaims proclaimed proclaiming", noun=True, clause=False),
    _verb("fume fumes fumed fuming", clause=False),
    _verb("retaliate retaliates retaliated retaliating", clause=False),
    _verb("react reacts reacted reacting", clause=False),
    _verb("echo echoes echoed echoing", noun=True, clause=False),
    _verb("scoff scoffs scoffed scoffing", clause=False),
    # Tags of direct quotations only ("“...,” agreed Tom Hale"): as reports they would take memories and deals.
    _verb("remember remembers remembered remembering", clause=False),
    _verb("agree agrees agreed agreeing", clause=False),
    _verb("opine opines opined opining", clause=False),
    _verb("riff riffs riffed riffing", clause=False),
    _verb("exhort exhorts exhorted exhorting", clause=False),
    _verb("demur demurs demurred demurring", clause=False),
    _verb("interject interjects interjected interjecting", clause=False),
    _verb("deadpan deadpans deadpanned deadpanning", clause=False),
    _verb("snipe snipes sniped sniping", clause=False),
    _verb("charge charges charged charging", noun=True, needs_clause=True),
)

# Phrases of saying, several words long; they are reported speech unless said otherwise.
SPEECH_PHRASES: dict[str, SpeechVerb] = {
    "according to": SpeechVerb("according to", ("according to",), plain=True),
    "went on to say": SpeechVerb("go on to say", ("went on to say",), plain=True),
    "went on to add": SpeechVerb("go on to add", ("went on to add",), plain=True),
    "pointed out": SpeechVerb("point out", ("pointed out", "points out", "pointing out"), plain=True),
    "points out": SpeechVerb("point out", ("pointed out", "points out", "pointing out"), plain=True),
    "pointing out": SpeechVerb("point out", ("pointed out", "points out", "pointing out"), plain=True),
    **{form: SpeechVerb("go on", ("went on", "goes on"), clause=False) for form in ("went on", "goes on")},
    # "As Ann Lee put it, “...”": introduces her words, never a clause of reported speech.
    **{form: SpeechVerb("put it", ("put it", "puts it", "putting it"), clause=False)
       for form in ("put it", "puts it", "putting it")},
    **{form: SpeechVerb("shoot back", ("shot back", "shoots back", "shooting back"), needs_clause=True)
       for form in ("shot back", "shoots back", "shooting back")},
    **{form: SpeechVerb("fire back", ("fired back", "fires back", "firing back"), needs_clause=True)
       for form in ("fired back", "fires back", "firing back")},
    **{form: SpeechVerb("call for", ("call for", "calls for", "called for", "calling for"), appeal=True)
       for form in ("call for", "calls for", "called for", "calling for")},
    **{form: SpeechVerb("call on", ("call on", "calls on", "called on", "calling on"), appeal=True)
       for form in ("call on", "calls on", "called on", "calling on")},
}

VERB_BY_FORM: dict[str, SpeechVerb] = {
    **{form: verb for verb in SPEECH_VERBS for form in verb.forms},
    **SPEECH_PHRASES,
}

# -- derived sets: every use of a speech verb reads one of these ----------------------------------

CUES = frozenset(VERB_BY_FORM)
REPORTING = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.clause)
JUDGING = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.judging)
NEEDS_CLAUSE = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.needs_clause)
LISTENER = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.listener)
PLAIN = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.plain)
APPEAL = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.appeal)
PLEDGE = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.pledge)
TAKING = frozenset(form for form, verb in VERB_BY_FORM.items() if verb.takes)
# The nouns that name a statement ("claim", "warning"), each with its verb's lemma.
STATEMENT_NOUNS: dict[str, str] = {noun: verb.lemma for verb in SPEECH_VERBS for noun in verb.nouns}
# Forms that are also nouns ("the state", "reports"): speech verbs only before "that" or after a pronoun.
NOUN_FORMS = frozenset(
    form for verb in SPEECH_VERBS for form in verb.forms if form not in verb.verb_only_forms
)
# Base forms also make futures and infinitives with other meanings ("will add up to", "to note").
BASE_FORMS = frozenset(verb.lemma for verb in SPEECH_VERBS)
# A speech verb in the past or present tense: a finite speech tag ("..., he said", "and insisted").
FINITE = frozenset(
    form for verb in SPEECH_VERBS if verb.clause and not verb.judging
    for form in verb.verb_only_forms if form != verb.lemma and not form.endswith("ing")
)
# Verbs that lead into a speech verb: "appeared to suggest that", "went on to argue that".
CHAIN_VERBS = frozenset(
    """
    appeared appears seemed seems went goes tried tries sought seeks continued continues began begins
    started starts wanted wants refused refuses declined declines chose chooses decided decides moved
    rushed hastened
    """.split()
)

# -- people: pronouns, titles, honorifics, roles ---------------------------------------------------

PRONOUNS = frozenset("he she they it i we you".split())
PERSON_PRONOUNS = frozenset(("he", "she"))
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
# A role that opens with one of these ("Its director", "his spokesman") points at someone a quote panel does not show.
POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())
NAME_PARTICLES = frozenset(
    "bin ibn bint abu van von de da del della der den di du la le dos das st. y".split()
)
# A newsroom job: the last word of a byline's role ("Islands Reporter", "Political Editor").
NEWSROOM_ROLES = frozenset(
    "reporter reporters correspondent correspondents editor editors writer writers columnist contributor "
    "producer photographer critic presenter staff".split()
)
# Ranks and offices: moved from the name into the role ("Lt. Gen." → role, "Qais al-Muhammadawi" → name).
RANKS = frozenset(
    """
    lt lieut gen col sgt capt maj adm cmdr cpl pvt brig lieutenant general colonel sergeant captain major
    admiral commander marshal field president vice prime minister secretary sen sens senator rep reps
    representative congressman congresswoman gov governor mayor judge justice chancellor king queen prince
    princess pope rev reverend sheikh ayatollah chief ambassador speaker chairman chairwoman chair director
    leader coach prosecutor attorney detective det inspector supt superintendent commissioner professor prof
    spokesman spokeswoman spokesperson candidate nominee deputy former state foreign defense defence interior
    engineer manager editor correspondent constable counsel analyst economist
    surgeon
    justice house senate majority minority whip acting interim executive officer ceo cfo coo founder
    president-elect vice-president first lady councilman councilwoman councillor alderman sheriff premier
    emir crown archbishop bishop cardinal imam rabbi pastor father brother sister dean
    """.split()
)
# Offices whose holders lead a story's quotes: heads of state and government, ministers, legislators,
# governors, mayors, senior officers and judges.
SENIOR_TITLES = frozenset(
    """
    president prime minister secretary chancellor premier king queen governor gov mayor senator sen
    representative rep congressman congresswoman speaker leader general gen admiral adm ambassador judge
    justice commissioner chief director chairman chairwoman candidate nominee attorney sheriff emir
    """.split()
)
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady mx".split())
FEMALE_HONORIFICS = frozenset("mrs ms miss dame lady queen princess sister congresswoman chairwoman".split())
MALE_HONORIFICS = frozenset("mr sir lord king prince father brother congressman chairman".split())
# Words that open a noun phrase before a name but are no part of it: "For Mr. Clarke", "Rival X".
NOT_NAME_OPENERS = frozenset(
    """
    for rival rivals fellow former-rival then-candidate and but or nor so yet if once when while as after
    before since until because though although unlike like despite with without by from to of in on at
    into about over under during through against between among including even only also both either
    neither not no yes maybe perhaps would could should will can may might must do does did keeps having
    dear hey oh
    """.split()
)
# Words that make a capitalised phrase an institution or a place rather than a person.
ORG_WORDS = frozenset(
    """
    agency ministry office department command forces force army police party council committee commission
    government administration house senate congress court university college school institute foundation
    association union company corp corporation inc ltd llc group bank network news times post journal service
    services bureau campaign center centre organization organisation fund board authority federation league
    coalition alliance movement front assembly parliament cabinet guard navy press media television radio
    magazine review channel club church team pac project lab labs capital partners registry reuters
    states kingdom nations republic emirates arabia york jersey korea africa america europe asia street avenue
    square valley river island islands county city province carolina dakota virginia hampshire zealand
    angeles francisco vegas orleans lanka rica east west north south airlines airways motors
    international global national daily tribune gazette herald telegraph guardian observer examiner
    inquirer chronicle globe sun mail express mirror today tv cnn bbc fox msnbc nbc abc cbs npr ap afp
    clinic hospital council watch regime institution conference summit games olympics cup heights hills
    park beach
    springs falls bay harbor harbour port lake lakes mountain mountains county district village town state
    coast gulf sea ocean bridge airport station hall library museum stadium arena center plaza
    """.split()
)
# The -ing words that open a role ("acting mayor", "outgoing chairman"); after a name or a source, any other
# opens a clause of the writer's ("according to official figures, prompting calls for ...").
ROLE_ING = frozenset(
    "acting outgoing incoming managing presiding founding visiting sitting serving retiring leading ruling "
    "governing reigning ranking commanding consulting supervising coordinating reporting".split())
DETERMINERS = frozenset(
    "the a an this these those his her their its our my your some many several both another other most all "
    "no each every any few two three four five six seven eight nine ten dozens hundreds".split()
)
# The speech verbs that end a noun phrase when walking back from another speech verb.
_PHRASE_ENDING_VERBS = frozenset(
    form for verb in SPEECH_VERBS if verb.plain for form in verb.verb_only_forms if not form.endswith("ing")
) - {"written"}
# Irregular past tenses: after a name they are its verb ("Hale went even further"), never part of a name.
IRREGULAR_PAST = frozenset(
    """
    went got made took gave came saw kept left ran sat stood spoke thought felt knew held brought began became
    drew won lost met sent spent led paid heard meant found fought struck threw wore broke chose rose fell
    sought taught caught bought built dealt hid swore tore woke grew flew forgot forgave shook stole sang
    """.split()
)
# Words that end a noun phrase when walking back from a speech verb: verbs, conjunctions, prepositions.
BREAK_WORDS = frozenset(
    """
    and or but nor as while because that which who whom whose when where if after before since though although
    so then meanwhile whereas yet than is are was were be been being am has have had do does did will would
    can could should may might must shall not to on in at by into onto about over under during through
    against between among without within upon across toward towards per via like unlike despite amid
    instead also however even just still only alongside beyond throughout
    according what how why whether there here it's there's never cannot
    """.split()
) | _PHRASE_ENDING_VERBS
# Inside a noun phrase these small words may link two parts: "head of the agency", "a statement from X".
NP_LINKS = frozenset("of for from with at & 's".split())
# Roles held "to" someone, so that "to" stays inside the speaker's noun phrase ("an adviser to the mayor").
ROLES_TO = frozenset(
    "adviser advisor advisers advisors aide aides ambassador envoy spokesman spokeswoman spokesperson assistant "
    "counselor counsellor consultant consultants successor heir secretary deputy".split()
)
# Prepositions of place that may sit inside a speaker's noun phrase ("residents in the town").
PLACE_LINKS = frozenset("on in near across around".split())
# Plain nouns that can speak on their own ("officials said", "police say", "sources told").
GROUP_NOUNS = frozenset(
    """
    officials official police sources source critics analysts experts witnesses residents authorities
    observers supporters opponents investigators prosecutors researchers aides advisers advisors officers
    lawmakers legislators activists protesters organizers organisers voters democrats republicans leaders
    diplomats scientists doctors economists strategists insiders spokesman spokeswoman spokesperson
    representatives reports polls data documents records estimates studies surveys media observers staff
    people neighbors neighbours friends relatives family members employees workers parents students
    """.split()
)
# What something goes by rather than who says it: "according to plan", "according to its own rules",
# "according to their original intention" name no source.
NORM_NOUNS = frozenset(
    "plan plans schedule rule rules law laws tradition traditions custom intention intentions design script "
    "protocol protocols expectation expectations form wishes instructions".split()
)
# Nouns for one person, before a name the article introduces ("a resident named Caroline").
PERSON_NOUNS = frozenset(
    """
    man woman boy girl child son daughter mother father wife husband brother sister friend neighbour neighbor
    resident voter student teacher driver worker nurse doctor officer soldier farmer owner customer patient
    supporter protester activist witness victim worshipper refugee migrant immigrant veteran member employee
    """.split()
) | frozenset(word[:-1] for word in GROUP_NOUNS if word.endswith("s") and not word.endswith("ss"))
# A party member named after a name: "Ann Lee, Democrat of Ohio," describes her, as a role does.
PARTY_MEMBERS = frozenset("democrat republican independent libertarian conservative liberal socialist".split())
# The party and state a wire story tags a legislator with: "Sen. Ann Lee, R-Ore.,", "Rep. Tom Hale, D-N.Y.,".
PARTY_STATE_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]{0,11}$")
PEOPLES = frozenset("americans conservatives liberals progressives evangelicals europeans britons".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS_DAYS = frozenset(
    """
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
# Openers that are not part of a speaker's name: "Therefore Gulf sources said" → "Gulf sources".
SENTENCE_ADVERBS = frozenset(
    "therefore however meanwhile still now later then also instead indeed thus so yet moreover furthermore "
    "separately similarly earlier today yesterday tonight".split()
)
TIME_WORDS = frozenset("hours days weeks months years minutes later earlier now then today yesterday".split())
# Common given names that tell a person's gender where no honorific does ("she" is never Tom Hale).
FEMALE_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
    laura sharon cynthia kathleen amy shirley angela helen anna ann anne brenda pamela nicole samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane julie joyce victoria
    kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline
    ruth jean alice kathryn gloria teresa doris sara janice julia marie madison grace judy theresa
    beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany
    kayla hillary nikki condoleezza nancy elizabeth kamala sonia ruth elena theresa angela marine
    ana priya fatima aisha sofia chloe emma ella sophie charlotte
    """.split()
)
MALE_NAMES = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas
    zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
    austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
    juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bill ted mike
    tom jim bob dan ben barack bernie jeb marco rand chris newt mitt dick al tim reince lindsey rick
    hugh ian ali muhammad mohammed ahmed omar hassan tony nigel boris
    """.split()
)

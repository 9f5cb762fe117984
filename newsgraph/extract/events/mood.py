"""Polarity and mood: asserted, negated, hypothetical or future, read off the parse.

PLOVER names these as auxiliary modes (negation, hypothetical, future); newsgraph records
them in ``polarity``. The rules look only at the trigger's own clause and the clauses
above it, so a "not" in a neighbouring clause never flips an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.syntax import SUBJECT_DEPS, first_child
from newsgraph.lexicon import events as tables

_NEGATIONS = frozenset({"not", "n't", "never", "no"})
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_MODAL = frozenset({"could", "might", "may", "should", "must", "can", "ca", "would", "ought"})
_IMPLICATIVE = tables.word_list("implicative")
_ENABLING = tables.word_list("enabling")
_COMPLEMENTS = frozenset({"xcomp", "advcl", "ccomp"})
_AWAITING = tables.word_list("awaiting")
_WANTING = tables.word_list("wanting")
_ABSENCE = tables.word_list("absence")
_NO_ONE = frozenset({"a", "an", "any"})  # "without a trial", "without any charge"
PLANNING = tables.word_list("planning")
_PERFORMATIVE = tables.word_list("performative")
_PLANNED = tables.word_list("planned")
_JUDGED = tables.word_list("judged")
_FORESEEN = tables.word_list("foreseen")
# Adverbs of a near miss: "was almost gunned down", "nearly collided" did not happen.
_NEAR_MISS = frozenset({"almost", "nearly"})
# Modifiers of an event noun that say it is going on, whatever the clause's mood.
_ONGOING = frozenset({"ongoing", "existing", "continuing", "current"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Subordinators of time whose clause in the present tense tells a condition still to be met:
# "until a new government takes over", "before they demobilize", "once the deal is signed".
_PROSPECTIVE_MARKS = frozenset({"until", "till", "before", "once", "when", "so"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})
_SINGULAR_TAGS = frozenset({"NN", "NNP", "PRP"})
# Predicates under which a clause is only possible or unknown, never reported as fact.
_UNCERTAIN = frozenset({"unclear", "possible", "likely", "unlikely", "uncertain", "unknown"})
# Modifiers of an event noun that make it a prospect: "a possible war", "a potential strike".
_POTENTIAL = frozenset({"possible", "potential", "likely", "prospective", "eventual"})
# "Talks are not feasible", "sanctions relief is out of the question": a ruling-out.
_RESTRICTIVE = frozenset({"just", "only", "merely", "simply"})  # "not just", "not only"
_VIABLE = frozenset({"feasible", "possible", "acceptable", "viable", "realistic", "option"})
_EXCLUDED = frozenset({("out", "question"), ("off", "table")})


def _past(verb: Token) -> bool:
    """A verb told in the past: "planned", "had planned", "was planning"."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


def polarity(
    anchor: Token, core: Token, *, under_speech: bool, words: tuple[Token, ...] = ()
) -> str:
    """Classify the event anchored on ``anchor`` (its clause head) and named by ``core``.

    Args:
        anchor: the clause head whose auxiliaries and negation describe the event.
        core: the word that names the event (an event noun may carry "no").
        under_speech: the clause is reported speech, where "would" is a future in the past.
        words: the trigger's other words; "no agreement was reached" is negated by its noun.
    """
    own = anchor.i == core.i  # a noun read on its own, not through its clause
    if _negated(anchor) or _negated_noun(core, own=own) or any(_has_no(w) for w in words):
        return "negated"
    if _lacking(core) and all(w.i != anchor.i or own for w in words):
        return "negated"  # "detention without trial"; not "held without trial", which was done
    if any(c.dep_ == "advmod" and c.lower_ in _NEAR_MISS for c in anchor.children):
        return "negated"  # "she was almost gunned down": the act fell short
    if core.dep_ == "dobj" and core.head.lemma_.lower() in _AWAITING:
        return "future"  # "the publisher is awaiting another trial"
    if core.dep_ == "dobj" and core.head.lemma_.lower() in _WANTING:
        return "hypothetical"  # "Turkey is eyeing an agreement with Cairo"
    if core.dep_ == "dobj" and core.head.lemma_.lower() in PLANNING:
        # "plans a visit next year" is to come; "planned an attack" or "paid them to plan
        # her murder" may never have been made
        return "hypothetical" if core.head.tag_ == "VB" or _past(core.head) else "future"
    if any(c.dep_ == "amod" and c.lower_ in _ONGOING for c in core.children):
        return "asserted"  # "would undermine the ongoing talks": they go on
    if _asked(_served(anchor) or anchor):
        return "hypothetical"  # "will Russia attack?": a question asserts nothing
    auxes = _auxiliaries(anchor)
    if auxes == {"would"} and _foreseen(anchor):
        return "asserted"  # "it was evident that they would impose restrictions": they did
    if auxes & FUTURE or (under_speech and "would" in auxes) or _going_to(anchor):
        return "future"
    if auxes & _MODAL or _conditional(anchor) or _infinitive_adjunct(anchor):
        return "hypothetical"
    if not auxes and _subjunctive(anchor):
        return "hypothetical"
    if planned(core):
        return "future"  # "the proposed ban", "a planned visit"
    if any(c.dep_ == "amod" and c.lower_ in _POTENTIAL for c in core.children):
        return "hypothetical"  # "a possible war"
    if _generic(core):
        return "hypothetical"  # "an attack on one is an attack on all": no attack told
    return "asserted"


def _generic(noun: Token) -> bool:
    """An event noun in a definition, "a/an X is a/an Y" in the present: it tells of any
    such act, not of one that happened ("a strike is a last resort")."""
    copula = noun.head
    if noun.dep_ not in ("nsubj", "attr") or copula.lemma_ != "be":
        return False
    if copula.tag_ not in ("VBZ", "VBP"):
        return False
    sides = [c for c in copula.children if c.dep_ in ("nsubj", "attr")]
    return len(sides) == 2 and all(_indefinite(side) for side in sides)


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def planned(noun: Token) -> bool:
    """An event noun set for later by its own modifier: "the proposed ban", "a planned
    visit", "the upcoming talks" (a plan, not a speaker's promise or threat)."""
    return any(c.dep_ == "amod" and c.lower_ in _PLANNED for c in noun.children)


def _auxiliaries(clause: Token) -> set[str]:
    """The clause's auxiliaries; a bare infinitive after "help", "let" or "make" has the
    modals and future of the verb it completes ("can help push for his release", "will help
    release her"; a future that keeps the act's type, see ``bare_infinitive``). The complement of an
    implicative verb has that verb's modals and future ("will force him to resign")."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if {"must", "have"} <= auxes:
        auxes.discard("must")  # "must have given the orders": an inference that it happened
    if not auxes and bare_infinitive(clause):
        head = {c.lower_ for c in clause.head.children if c.dep_ in ("aux", "auxpass")}
        return head & (_MODAL | FUTURE)
    if _means_of(clause) is not clause:  # "will respond by expelling": the means is as due
        head = {c.lower_ for c in _means_of(clause).children if c.dep_ in ("aux", "auxpass")}
        return auxes | (head & (_MODAL | FUTURE))
    if clause.dep_ in _COMPLEMENTS and clause.head.lemma_.lower() in _IMPLICATIVE:
        head = {c.lower_ for c in clause.head.children if c.dep_ in ("aux", "auxpass")}
        return auxes | (head & (_MODAL | FUTURE))  # "could force him to resign"
    return auxes


def _means_of(clause: Token) -> Token:
    """The act a gerund after "by" is the means of ("could end the war by releasing the
    hostages" → "end"), else the clause itself. Not a negated act: in "can't silence us by
    banning books" the banning goes on; nor one after a means put first, which is given ("By
    pledging a tax cut, the party will win votes": the pledge was made)."""
    verb = _served(clause)
    if verb is None or _negated(verb) or clause.i < verb.i:
        return clause
    return verb


def _served(clause: Token) -> Token | None:
    """The verb a gerund after "by" is the means of, wherever it stands."""
    prep = clause.head
    if clause.dep_ == "pcomp" and prep.lower_ == "by" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _asked(clause: Token) -> bool:
    """The main clause of a yes/no question, its auxiliary before its subject ("will it
    end?", "did Russia attack?"); a question with a wh-word takes its act as given ("why
    did Russia attack?")."""
    sent = clause.sent
    if clause.dep_ != "ROOT" or not sent.text.rstrip(" \"'”’").endswith("?"):
        return False
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    auxes = [c.i for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not subjects or not auxes or min(auxes) > min(subjects):
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in clause.subtree)


def bare_infinitive(clause: Token) -> bool:
    """A bare infinitive completing another verb ("will help release her"): its future is
    that verb's, so it is no promise or threat of its own and keeps its type."""
    return (
        clause.dep_ == "xcomp"
        and clause.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" and not _if_not(c, token) for c in token.children):
        return not _not_only(token)  # "did not just detain them but …": it did
    # "Ukraine did not agree to meet": the negation sits on the governing verb.
    head = token.head
    return token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.children)


def _if_not(neg: Token, verb: Token) -> bool:
    """An elliptical "if not" before the clause's subject ("If not, they will be released"):
    the other case of a condition, not a negation of the verb."""
    subject = first_child(verb, tuple(SUBJECT_DEPS))
    before = neg.doc[neg.i - 1] if neg.i > 0 else None
    return (
        before is not None and before.lower_ == "if" and subject is not None and neg.i < subject.i
    )


def _not_only(token: Token) -> bool:
    """ "not just", "not only", "not merely": the act is granted and more is added ("the
    army did not just detain the leaders", "oversight of all orders, not just house
    arrest")."""
    return any(c.dep_ == "advmod" and c.lower_ in _RESTRICTIVE for c in token.children)


def _has_no(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _negated_noun(core: Token, *, own: bool = False) -> bool:
    """ "has no involvement", "held no talks" (``own``: only the noun's own "no")."""
    if core.pos_ not in ("NOUN", "PROPN"):
        return False
    if _has_no(core):
        return True
    if own:
        return False
    if denied_predicate(core):
        return False  # "the meeting was not anti-Labour": the predicate is denied, not the act
    return core.dep_ in ("nsubj", "dobj", "nsubjpass") and _negated(core.head)


def _lacking(noun: Token) -> bool:
    """An event noun that a preposition of ``absence`` (``event_words.tsv``) says was not
    done: "held without trial", "detained without charge or trial". Only a noun with no
    determiner of its own: "without this deal, the firm would have failed" tells of one."""
    if any(c.dep_ in ("det", "poss") and c.lower_ not in _NO_ONE for c in noun.children):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "without limit or charge"
    return noun.dep_ == "pobj" and noun.head.lower_ in _ABSENCE


def denied_predicate(noun: Token) -> bool:
    """The subject of a negated copula with a predicate: what is denied is the predicate."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "neg" for c in head.children)
        and any(c.dep_ in ("acomp", "attr") for c in head.children)
    )


def _going_to(token: Token) -> bool:
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def _conditional(token: Token) -> bool:
    """Inside an "if"/"unless"/"whether" clause or under "it is unclear/possible"."""
    node = token
    for _ in range(6):
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if marks & _CONDITIONAL_MARKS or (marks & _PROSPECTIVE_MARKS and _present(node)):
            return True
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "csubj") and _uncertain(head):
            return True
        if node.dep_ not in ("conj", "ccomp", "xcomp", "csubj", "advcl"):
            return False
        node = head
    return False


def _present(clause: Token) -> bool:
    """A finite clause in the present tense: its first auxiliary, else its verb, is present."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    return (auxes[0] if auxes else clause).tag_ in _PRESENT_TAGS


def _subjunctive(clause: Token) -> bool:
    """A demanded act in the mandative subjunctive: a "that"-clause whose verb keeps its
    base form after a singular subject ("demanded that Israel ease restrictions")."""
    if clause.tag_ != "VB" or clause.dep_ not in ("ccomp", "acl", "advcl"):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return (
        bool(subjects)
        and subjects[0].tag_ in _SINGULAR_TAGS
        and subjects[0].lower_ not in ("i", "you")
    )


def _uncertain(head: Token) -> bool:
    if head.lemma_.lower() in _UNCERTAIN:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in _UNCERTAIN for c in head.children)


def _infinitive_adjunct(token: Token) -> bool:
    """Purpose clauses and plans ("to protest", "plans to attack") are intentions, and so
    are their conjuncts ("aims to tighten sanctions and impose a blockade"); so is a
    "to"-infinitive the parser made a clausal complement ('reiterated "its call to drop
    the charges"')."""
    while token.dep_ == "conj" and token.tag_ == "VB" and token.head.pos_ == "VERB":
        token = token.head
    if _bare_complement(token) and token.head.dep_ in ("acl", "xcomp"):
        return _infinitive_adjunct(token.head)  # "plans to help secure his release"
    if token.dep_ not in ("advcl", "acl", "xcomp", "relcl", "ccomp"):
        return False
    if _enabled(token):
        return False  # "the army allowed the convoy to pass": it passed
    if token.head.lemma_.lower() in _IMPLICATIVE:
        # "prompting France to recall its ambassador": it did, unless the prompting is
        # itself only planned ("plans to force him to resign") or to come ("can use force to
        # detain suspects", "will use the house to talk on education")
        head = token.head
        return bool(_auxiliaries(head) & (FUTURE | _MODAL)) or _infinitive_adjunct(head)
    if _performed(token):
        return False  # "I would like to thank everyone": the thanks are given
    if _judged(token):
        return False  # "it was a mistake to support the rebels": they were supported
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _enabled(token: Token) -> bool:
    """The infinitive complement of a letting told as past ("allowed the talks to
    continue", "was permitted to visit him"): it happened. Not a letting still to come or
    only possible ("will allow", "would have allowed"), nor one that is itself planned."""
    head = token.head
    if token.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in _ENABLING:
        return False
    return _told_as_past(head) and not _infinitive_adjunct(head)


def _told_as_past(verb: Token) -> bool:
    """A finite verb in a past tense with no modal or negation: "allowed", "was allowed",
    "has allowed" (not "did not allow")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODAL | FUTURE or a.tag_ == "TO" for a in auxes) or _negated(verb):
        return False
    if auxes:
        return auxes[0].tag_ == "VBD" or auxes[0].lower_ in ("has", "have", "had")
    return verb.tag_ == "VBD"


def _performed(token: Token) -> bool:
    """A speech act the speaker does by saying they want to: "I would like to thank", "we
    want to congratulate" (first person, a verb of wanting, a performative verb)."""
    head = token.head
    return (
        token.lemma_.lower() in _PERFORMATIVE
        and head.lemma_.lower() in _WANTING | {"like", "wish"}
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)
    )


def _judged(token: Token) -> bool:
    """The infinitive of a past judgement on an act: "it was a mistake to support them",
    "it was wrong to invade" (a past "be" with "it" as subject and a word that judges)."""
    head = token.head
    return (
        head.lemma_ == "be"
        and head.tag_ == "VBD"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
        and any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in _JUDGED for c in head.children)
    )


def _foreseen(clause: Token) -> bool:
    """The "that"-clause of a past certainty about what would follow, told looking back:
    "it was evident that they would impose restrictions" (they did)."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and head.lemma_ == "be"
        and head.tag_ == "VBD"
        and any(c.dep_ == "acomp" and c.lemma_.lower() in _FORESEEN for c in head.children)
    )


def _bare_complement(token: Token) -> bool:
    """A bare infinitive completing a verb ("help secure", "let them leave"), with no "to"
    of its own. It shares the mood of that verb when the verb is planned or wanted ("plans
    to help secure his release"); after a purpose ("mobilized groups to help support the
    rights") it names the act the help is for, as PLOVER codes it."""
    return (
        token.dep_ == "xcomp"
        and token.tag_ == "VB"
        and token.head.pos_ == "VERB"
        and not any(c.dep_ == "aux" for c in token.children)
    )


def refusal(anchor: Token) -> bool:
    """A negated intention ("will not engage", "won't release", "cannot accept")."""
    auxes = {c.lower_ for c in anchor.children if c.dep_ == "aux"}
    return bool(auxes & (FUTURE | {"would", "can", "ca"}))


def ruled_out(noun: Token) -> bool:
    """An event noun whose clause rules it out: "negotiations were not feasible",
    "a ceasefire is out of the question", "talks are off the table"; also a gerund subject
    ("removing the sanctions is out of the question")."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "csubj"):
        return False
    head = noun.head
    for child in head.children:
        if child.dep_ in ("acomp", "attr") and child.lemma_.lower() in _VIABLE:
            return _negated(head)
        if child.dep_ == "prep" and any(
            (child.lower_, g.lemma_.lower()) in _EXCLUDED for g in child.subtree
        ):
            return True
    return False

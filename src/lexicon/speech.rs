//! Speech and cue verbs of English news writing, with every inflection, the
//! kind of speech act they report and how their complement is built; the
//! relay phrases ("according to", "as announced by"); and nouns that stand
//! for a source ("statement", "spokesperson").
//!
//! British and American spellings are separate entries.

use std::sync::OnceLock;

/// What sort of speech act a cue reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// "said", "told", "added", "stated", "explained".
    Neutral,
    /// "insisted", "stressed", "confirmed", "claimed", "recalled".
    Assertive,
    /// "denied", "rejected", "dismissed".
    Negative,
    /// "called on", "urged", "appealed to", "warned".
    Directive,
    /// "reported", "announced".
    Reporting,
    /// "condemned", "expressed", "welcomed", "accused".
    Evaluative,
}

/// How the content follows the cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frame {
    /// A clause, "that" optional: "said (that) …", "added …".
    Say,
    /// An addressee, then a that-clause: "told Y that …", "warned Y that …".
    /// Without "that", the predicate itself is the content.
    Tell,
    /// A that-clause or an object: "confirmed that …" / "denied the report".
    That,
    /// A speech act with an object: "condemned …", "called on Y to …".
    /// The predicate (cue verb included) is the content.
    Act,
}

/// Which inflection of a verb a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// "say": after "did", "will", "to", or with a plural subject.
    Base,
    /// "says".
    Third,
    /// "said".
    Past,
    /// "said" after "has"/"had".
    Participle,
    /// "saying", in participial clauses: "…, saying …".
    Gerund,
}

/// One speech verb: its five forms, an optional particle that must follow
/// ("call on", "appeal to"), its kind and its frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeechVerb {
    /// Base, third person singular, past, past participle, gerund.
    pub forms: [&'static str; 5],
    /// Words that must follow the verb ("on" for "call on").
    pub particle: Option<&'static str>,
    /// The speech act.
    pub kind: CueKind,
    /// How the content follows.
    pub frame: Frame,
}

const fn v(
    forms: [&'static str; 5],
    particle: Option<&'static str>,
    kind: CueKind,
    frame: Frame,
) -> SpeechVerb {
    SpeechVerb {
        forms,
        particle,
        kind,
        frame,
    }
}

use CueKind::*;
use Frame::*;

/// The speech verbs.
#[rustfmt::skip]
pub const VERBS: &[SpeechVerb] = &[
    // Neutral.
    v(["say", "says", "said", "said", "saying"], None, Neutral, Say),
    v(["tell", "tells", "told", "told", "telling"], None, Neutral, Tell),
    v(["add", "adds", "added", "added", "adding"], None, Neutral, Say),
    v(["state", "states", "stated", "stated", "stating"], None, Neutral, Say),
    v(["note", "notes", "noted", "noted", "noting"], None, Neutral, Say),
    v(["explain", "explains", "explained", "explained", "explaining"], None, Neutral, Say),
    v(["comment", "comments", "commented", "commented", "commenting"], None, Neutral, Say),
    v(["remark", "remarks", "remarked", "remarked", "remarking"], None, Neutral, Say),
    v(["write", "writes", "wrote", "written", "writing"], None, Neutral, Say),
    v(["reply", "replies", "replied", "replied", "replying"], None, Neutral, Say),
    v(["respond", "responds", "responded", "responded", "responding"], None, Neutral, Say),
    v(["answer", "answers", "answered", "answered", "answering"], None, Neutral, Say),
    v(["mention", "mentions", "mentioned", "mentioned", "mentioning"], None, Neutral, Say),
    v(["declare", "declares", "declared", "declared", "declaring"], None, Neutral, Say),
    v(["suggest", "suggests", "suggested", "suggested", "suggesting"], None, Neutral, Say),
    v(["argue", "argues", "argued", "argued", "arguing"], None, Neutral, Say),
    v(["observe", "observes", "observed", "observed", "observing"], None, Neutral, Say),
    v(["indicate", "indicates", "indicated", "indicated", "indicating"], None, Neutral, Say),
    v(["specify", "specifies", "specified", "specified", "specifying"], None, Neutral, Say),
    v(["clarify", "clarifies", "clarified", "clarified", "clarifying"], None, Neutral, Say),
    v(["point", "points", "pointed", "pointed", "pointing"], Some("out"), Neutral, Say),
    v(["inform", "informs", "informed", "informed", "informing"], None, Neutral, Tell),
    v(["assure", "assures", "assured", "assured", "assuring"], None, Assertive, Tell),
    v(["conclude", "concludes", "concluded", "concluded", "concluding"], None, Neutral, Say),
    v(["ask", "asks", "asked", "asked", "asking"], None, Directive, Act),
    v(["find", "finds", "found", "found", "finding"], None, Neutral, Say),
    v(["show", "shows", "showed", "shown", "showing"], None, Neutral, Say),
    v(["predict", "predicts", "predicted", "predicted", "predicting"], None, Neutral, Say),
    // Reporting.
    v(["report", "reports", "reported", "reported", "reporting"], None, Reporting, Say),
    v(["announce", "announces", "announced", "announced", "announcing"], None, Reporting, Say),
    v(["reveal", "reveals", "revealed", "revealed", "revealing"], None, Reporting, Say),
    v(["disclose", "discloses", "disclosed", "disclosed", "disclosing"], None, Reporting, Say),
    // Assertive.
    v(["insist", "insists", "insisted", "insisted", "insisting"], None, Assertive, Say),
    v(["stress", "stresses", "stressed", "stressed", "stressing"], None, Assertive, That),
    v(["emphasise", "emphasises", "emphasised", "emphasised", "emphasising"], None, Assertive, That),
    v(["emphasize", "emphasizes", "emphasized", "emphasized", "emphasizing"], None, Assertive, That),
    v(["underline", "underlines", "underlined", "underlined", "underlining"], None, Assertive, That),
    v(["underscore", "underscores", "underscored", "underscored", "underscoring"], None, Assertive, That),
    v(["confirm", "confirms", "confirmed", "confirmed", "confirming"], None, Assertive, That),
    v(["claim", "claims", "claimed", "claimed", "claiming"], None, Assertive, Say),
    v(["allege", "alleges", "alleged", "alleged", "alleging"], None, Assertive, Say),
    v(["assert", "asserts", "asserted", "asserted", "asserting"], None, Assertive, Say),
    v(["affirm", "affirms", "affirmed", "affirmed", "affirming"], None, Assertive, That),
    v(["maintain", "maintains", "maintained", "maintained", "maintaining"], None, Assertive, That),
    v(["reiterate", "reiterates", "reiterated", "reiterated", "reiterating"], None, Assertive, That),
    v(["repeat", "repeats", "repeated", "repeated", "repeating"], None, Assertive, That),
    v(["acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"], None, Assertive, That),
    v(["admit", "admits", "admitted", "admitted", "admitting"], None, Assertive, That),
    v(["concede", "concedes", "conceded", "conceded", "conceding"], None, Assertive, That),
    v(["recall", "recalls", "recalled", "recalled", "recalling"], None, Assertive, That),
    v(["remind", "reminds", "reminded", "reminded", "reminding"], None, Assertive, Tell),
    v(["promise", "promises", "promised", "promised", "promising"], None, Assertive, That),
    v(["pledge", "pledges", "pledged", "pledged", "pledging"], None, Assertive, That),
    v(["vow", "vows", "vowed", "vowed", "vowing"], None, Assertive, That),
    v(["convince", "convinces", "convinced", "convinced", "convincing"], None, Assertive, Tell),
    v(["persuade", "persuades", "persuaded", "persuaded", "persuading"], None, Assertive, Tell),
    v(["make", "makes", "made", "made", "making"], Some("allegations"), Assertive, Say),
    v(["make", "makes", "made", "made", "making"], Some("claims"), Assertive, Say),
    v(["make", "makes", "made", "made", "making"], Some("accusations"), Assertive, Say),
    // Tabloid and informal.
    v(["slam", "slams", "slammed", "slammed", "slamming"], None, Evaluative, Act),
    v(["blast", "blasts", "blasted", "blasted", "blasting"], None, Evaluative, Act),
    v(["lash", "lashes", "lashed", "lashed", "lashing"], Some("out"), Evaluative, Act),
    v(["rap", "raps", "rapped", "rapped", "rapping"], None, Evaluative, Act),
    v(["hail", "hails", "hailed", "hailed", "hailing"], None, Evaluative, Act),
    v(["speak", "speaks", "spoke", "spoken", "speaking"], Some("of"), Evaluative, Act),
    v(["hit", "hits", "hit", "hit", "hitting"], Some("out"), Evaluative, Act),
    v(["fume", "fumes", "fumed", "fumed", "fuming"], None, Evaluative, Say),
    v(["rage", "rages", "raged", "raged", "raging"], None, Evaluative, Say),
    v(["gush", "gushes", "gushed", "gushed", "gushing"], None, Neutral, Say),
    v(["sob", "sobs", "sobbed", "sobbed", "sobbing"], None, Neutral, Say),
    v(["joke", "jokes", "joked", "joked", "joking"], None, Neutral, Say),
    v(["quip", "quips", "quipped", "quipped", "quipping"], None, Neutral, Say),
    v(["confess", "confesses", "confessed", "confessed", "confessing"], None, Assertive, Say),
    v(["boast", "boasts", "boasted", "boasted", "boasting"], None, Assertive, Say),
    v(["beg", "begs", "begged", "begged", "begging"], None, Directive, Act),
    v(["plead", "pleads", "pleaded", "pleaded", "pleading"], None, Directive, Act),
    v(["tweet", "tweets", "tweeted", "tweeted", "tweeting"], None, Neutral, Say),
    v(["post", "posts", "posted", "posted", "posting"], None, Neutral, Say),
    // Negative.
    v(["deny", "denies", "denied", "denied", "denying"], None, Negative, That),
    v(["reject", "rejects", "rejected", "rejected", "rejecting"], None, Negative, Act),
    v(["dismiss", "dismisses", "dismissed", "dismissed", "dismissing"], None, Negative, Act),
    v(["refute", "refutes", "refuted", "refuted", "refuting"], None, Negative, Act),
    v(["dispute", "disputes", "disputed", "disputed", "disputing"], None, Negative, That),
    v(["contradict", "contradicts", "contradicted", "contradicted", "contradicting"], None, Negative, Act),
    v(["rebut", "rebuts", "rebutted", "rebutted", "rebutting"], None, Negative, Act),
    // Directive.
    v(["call", "calls", "called", "called", "calling"], Some("on"), Directive, Act),
    v(["call", "calls", "called", "called", "calling"], Some("upon"), Directive, Act),
    v(["call", "calls", "called", "called", "calling"], Some("for"), Directive, Act),
    v(["appeal", "appeals", "appealed", "appealed", "appealing"], Some("to"), Directive, Act),
    v(["appeal", "appeals", "appealed", "appealed", "appealing"], Some("for"), Directive, Act),
    v(["urge", "urges", "urged", "urged", "urging"], None, Directive, Act),
    v(["demand", "demands", "demanded", "demanded", "demanding"], None, Directive, Act),
    v(["warn", "warns", "warned", "warned", "warning"], None, Directive, Tell),
    v(["implore", "implores", "implored", "implored", "imploring"], None, Directive, Act),
    // Evaluative.
    v(["condemn", "condemns", "condemned", "condemned", "condemning"], None, Evaluative, Act),
    v(["denounce", "denounces", "denounced", "denounced", "denouncing"], None, Evaluative, Act),
    v(["criticise", "criticises", "criticised", "criticised", "criticising"], None, Evaluative, Act),
    v(["criticize", "criticizes", "criticized", "criticized", "criticizing"], None, Evaluative, Act),
    v(["express", "expresses", "expressed", "expressed", "expressing"], None, Evaluative, Act),
    v(["voice", "voices", "voiced", "voiced", "voicing"], None, Evaluative, Act),
    v(["defend", "defends", "defended", "defended", "defending"], None, Evaluative, Act),
    v(["describe", "describes", "described", "described", "describing"], None, Evaluative, Act),
    v(["welcome", "welcomes", "welcomed", "welcomed", "welcoming"], None, Evaluative, Act),
    v(["praise", "praises", "praised", "praised", "praising"], None, Evaluative, Act),
    v(["accuse", "accuses", "accused", "accused", "accusing"], None, Evaluative, Act),
    v(["blame", "blames", "blamed", "blamed", "blaming"], None, Evaluative, Act),
    v(["apologise", "apologises", "apologised", "apologised", "apologising"], None, Evaluative, Act),
    v(["apologize", "apologizes", "apologized", "apologized", "apologizing"], None, Evaluative, Act),
];

/// Base forms of verbs whose content must be introduced by "that", a colon
/// or a quotation: with a plain object they report no statement ("wrote a
/// book", "answered questions", "told the story", "found the body").
#[rustfmt::skip]
pub const NEEDS_CLAUSE: &[&str] = &[
    "write", "answer", "reply", "respond", "comment", "remark", "mention", "post", "tweet",
    "explain", "argue", "specify", "clarify", "indicate", "observe", "tell", "inform", "find",
    "show", "read", "continue", "predict", "reveal", "disclose",
];

/// Whether `verb` is one of the [`NEEDS_CLAUSE`] verbs.
pub fn needs_clause(verb: &SpeechVerb) -> bool {
    NEEDS_CLAUSE.contains(&verb.forms[0])
}

/// Verbs that are cues only in a frame right after a quotation (`"…," the
/// letter read.`, `"…," she continued.`): elsewhere they mean something else.
#[rustfmt::skip]
pub const FRAME_ONLY_VERBS: &[SpeechVerb] = &[
    v(["read", "reads", "read", "read", "reading"], None, Neutral, Say),
    v(["continue", "continues", "continued", "continued", "continuing"], None, Neutral, Say),
    v(["go", "goes", "went", "gone", "going"], Some("on"), Neutral, Say),
    v(["shout", "shouts", "shouted", "shouted", "shouting"], None, Neutral, Say),
    v(["whisper", "whispers", "whispered", "whispered", "whispering"], None, Neutral, Say),
    v(["chant", "chants", "chanted", "chanted", "chanting"], None, Neutral, Say),
];

/// "call" in "called the plan "reckless"": a speech act only when a
/// quotation follows its object, so it is not in [`VERBS`].
pub const CALL_BY_NAME: SpeechVerb = v(
    ["call", "calls", "called", "called", "calling"],
    None,
    Evaluative,
    Act,
);

/// Every reading of `word` (lower case) as a speech verb form.
///
/// ```
/// use factsheet::lexicon::speech::{lookup, Form};
/// assert!(lookup("insisted").any(|(_, f)| f == Form::Past));
/// assert!(lookup("table").next().is_none());
/// ```
pub fn lookup(word: &str) -> impl Iterator<Item = (&'static SpeechVerb, Form)> + '_ {
    const FORMS: [Form; 5] = [
        Form::Base,
        Form::Third,
        Form::Past,
        Form::Participle,
        Form::Gerund,
    ];
    // Every form, lower case, sorted: one binary search per word.
    static INDEX: OnceLock<Vec<(&'static str, usize, Form)>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut v: Vec<_> = VERBS
            .iter()
            .enumerate()
            .flat_map(|(i, verb)| FORMS.iter().zip(verb.forms).map(move |(f, w)| (w, i, *f)))
            .collect();
        crate::order::sort(&mut v);
        v
    });
    let too_long = word.len() > 16 || !word.is_ascii();
    let key = if too_long {
        String::new()
    } else {
        word.to_ascii_lowercase()
    };
    let start = index.partition_point(|(w, _, _)| *w < key.as_str());
    let hits: Vec<(&'static SpeechVerb, Form)> = if too_long {
        Vec::new()
    } else {
        index[start..]
            .iter()
            .take_while(|(w, _, _)| *w == key.as_str())
            .map(|&(_, i, f)| (&VERBS[i], f))
            .collect()
    };
    hits.into_iter()
}

/// The kind of the speech act reported by a cue as written ("denied",
/// "called on", "according to"), if it is one.
///
/// ```
/// use factsheet::lexicon::speech::{cue_kind, CueKind};
/// assert_eq!(cue_kind("categorically denies"), None);
/// assert_eq!(cue_kind("denies"), Some(CueKind::Negative));
/// assert_eq!(cue_kind("according to"), Some(CueKind::Reporting));
/// ```
pub fn cue_kind(cue: &str) -> Option<CueKind> {
    let lower = cue.trim().to_lowercase();
    if RELAYS.iter().any(|r| r.join(" ") == lower) {
        return Some(Reporting);
    }
    let mut words = lower.split_whitespace();
    let first = words.next()?;
    // "tried to convince": the verb is the last word but one or the last.
    let rest: Vec<&str> = words.collect();
    let (verb, particle) = match rest.as_slice() {
        [] => (first, None),
        [p] => (first, Some(*p)),
        [.., "to", w] => (*w, None),
        [.., w, p] => (*w, Some(*p)),
    };
    let found = lookup(verb)
        .find(|(v, _)| v.particle.is_none() || v.particle == particle)
        .map(|(v, _)| v.kind);
    found
}

/// Phrases that put a source before or after the content: "according to X,
/// …", "…, as announced by X".
pub const RELAYS: &[&[&str]] = &[
    &["according", "to"],
    &["as", "announced", "by"],
    &["as", "reported", "by"],
    &["as", "stated", "by"],
    &["as", "quoted", "by"],
    &["as", "cited", "by"],
    &["citing"],
    &["quoting"],
];

/// Nouns that stand for a source of statements, lower case: a document, a
/// role, or a group. They may start a speaker phrase without a determiner
/// ("officials said", "sources told").
#[rustfmt::skip]
pub const SOURCE_NOUNS: &[&str] = &[
    "statement", "statements", "communiqué", "communique", "press release", "release",
    "press service", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official",
    "officials", "source", "sources", "ministry", "government", "agency", "police", "witnesses",
    "analysts", "experts", "diplomats", "residents", "report", "reports", "survey", "poll",
    "study", "lawyer", "lawyers", "prosecutors", "authorities", "officers", "aides", "insiders",
    "minister", "president", "mayor", "governor", "envoy", "ambassador", "chief", "leader",
    "commander", "general", "adviser", "advisor", "expert", "analyst", "court", "judge",
    "prosecutor", "army", "military", "union", "company", "firm", "party", "pm", "owner",
    "owners", "campaigners", "activists", "protesters", "workers", "survivors", "families",
    "relatives", "neighbours", "neighbors", "critics", "economists", "scientists",
    "researchers", "doctors", "investigators", "inspectors", "firefighters", "rescuers",
    "eyewitnesses", "engineers", "organisers", "organizers", "negotiators", "lawmakers", "legislators",
];

/// Nouns of the occasion of a statement, in adjuncts between a cue and its
/// content: "said in a statement", "told a press conference".
#[rustfmt::skip]
pub const OCCASION_NOUNS: &[&str] = &[
    "statement", "interview", "briefing", "conference", "press", "speech", "post", "message",
    "letter", "video", "address", "call", "meeting", "broadcast", "tweet", "note", "report",
    "communiqué", "communique", "televised", "television", "radio", "podcast", "hearing",
    "session", "summit", "visit", "rally", "telegram", "channel",
];

/// Labels that look like "NAME:" at the start of a line but name no speaker
/// ("Source: …", "Read more: …"), lower case.
#[rustfmt::skip]
pub const NOT_SPEAKER_LABELS: &[&str] = &[
    "source", "sources", "photo", "photos", "note", "update", "updated", "watch", "read",
    "read more", "read on", "see also", "also read", "editor's note", "correction", "breaking",
    "live", "video", "audio", "related", "advertisement", "tags", "topics", "author", "authors",
    "by", "credit", "credits", "image", "images", "caption", "share", "comments", "subscribe",
    "more", "listen", "follow", "contact", "disclaimer", "warning", "analysis", "opinion",
    "explainer", "timeline", "background", "context", "date", "published", "posted", "filed",
    "category", "location", "where", "when", "what", "why", "how", "summary", "key points",
    "pictured", "main image", "top image", "file photo", "other news", "latest news",
];

/// Nouns of a document or a piece of information that carries a source's
/// word: "according to a statement from X", "information from X".
#[rustfmt::skip]
pub const DOCUMENT_NOUNS: &[&str] = &[
    "information", "statement", "report", "reports", "figures", "data", "documents",
    "document", "letter", "post", "estimates", "estimate", "count", "tally", "filing",
    "release", "note", "memo", "survey", "findings",
];

/// Transcript labels of the one asking the questions: their turns are not
/// statements, lower case.
#[rustfmt::skip]
pub const INTERVIEWER_LABELS: &[&str] = &[
    "q", "question", "interviewer", "host", "presenter", "moderator", "anchor", "reporter",
];

/// Transcript labels of the one answering when the name is given elsewhere
/// (`A: …`), lower case.
#[rustfmt::skip]
pub const ANSWER_LABELS: &[&str] = &["a", "answer"];

/// Labels of a broadcast's or interview's metadata (`Guest: Jane Doe,
/// captain of …`), lower case: not statements. The first ones name the
/// person answering.
#[rustfmt::skip]
pub const GUEST_LABELS: &[&str] = &["guest", "interviewee", "guests", "with"];

/// Whether `word` (any case) is one of the [`SOURCE_NOUNS`].
pub fn is_source_noun(word: &str) -> bool {
    SOURCE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(word: &str) -> Option<CueKind> {
        lookup(word).next().map(|(v, _)| v.kind)
    }

    #[test]
    fn every_verb_has_five_lower_case_forms() {
        for verb in VERBS {
            for f in verb.forms {
                assert!(!f.is_empty() && f == f.to_lowercase(), "{f}");
            }
        }
    }

    #[test]
    fn neutral_verbs_in_all_forms() {
        for w in [
            "say", "says", "said", "saying", "told", "adds", "stated", "noting",
        ] {
            assert_eq!(kind_of(w), Some(Neutral), "{w}");
        }
        assert_eq!(lookup("wrote").next().map(|(_, f)| f), Some(Form::Past));
        assert_eq!(
            lookup("written").next().map(|(_, f)| f),
            Some(Form::Participle)
        );
    }

    #[test]
    fn assertive_verbs_in_both_spellings() {
        for w in [
            "insisted",
            "stresses",
            "confirmed",
            "claimed",
            "emphasised",
            "emphasized",
            "recalled",
        ] {
            assert_eq!(kind_of(w), Some(Assertive), "{w}");
        }
    }

    #[test]
    fn negative_directive_evaluative_reporting() {
        assert_eq!(kind_of("denied"), Some(Negative));
        assert_eq!(kind_of("rejects"), Some(Negative));
        assert_eq!(kind_of("urged"), Some(Directive));
        assert_eq!(kind_of("warning"), Some(Directive));
        assert_eq!(kind_of("criticised"), Some(Evaluative));
        assert_eq!(kind_of("criticized"), Some(Evaluative));
        assert_eq!(kind_of("announced"), Some(Reporting));
    }

    #[test]
    fn particle_verbs_need_their_particle() {
        assert!(lookup("called").all(|(v, _)| v.particle.is_some()));
        assert_eq!(cue_kind("called on"), Some(Directive));
        assert_eq!(cue_kind("appealed to"), Some(Directive));
        assert_eq!(cue_kind("made allegations"), Some(Assertive));
        assert_eq!(cue_kind("tried to convince"), Some(Assertive));
        assert_eq!(cue_kind("called"), None);
    }

    #[test]
    fn relays_and_source_nouns() {
        assert_eq!(cue_kind("As announced by"), Some(Reporting));
        assert!(is_source_noun("Officials"));
        assert!(is_source_noun("communiqué"));
        assert!(!is_source_noun("table"));
    }
}

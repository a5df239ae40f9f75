//! Near-synonym classes of general news English, so that paraphrases across
//! outlets share key terms: "exploitation" / "instrumentalisation",
//! "condemned" / "denounced", "called on" / "appealed to" / "urged".
//!
//! Each class lists words as written (any inflection may be given; the
//! claim stage stems them the same way it stems text). The first word of a
//! class names it. A word belongs to at most one class.

/// Classes of words that count as the same key term.
pub const CLASSES: &[&[&str]] = &[
    &[
        "condemn",
        "denounce",
        "decry",
        "censure",
        "condemnation",
        "denunciation",
    ],
    &[
        "link",
        "connection",
        "connect",
        "tie",
        "ties",
        "association",
        "linked",
        "connected",
    ],
    &[
        "exploitation",
        "instrumentalization",
        "instrumentalize",
        "exploit",
        "manipulation",
        "manipulate",
        "politicization",
        "politicize",
    ],
    &[
        "unreservedly",
        "unequivocally",
        "strongly",
        "firmly",
        "categorically",
        "resolutely",
        "vigorously",
    ],
    &["urge", "appeal", "exhort", "implore"],
    &[
        "attack", "assault", "raid", "shooting", "massacre", "bombing", "strike",
    ],
    &["aggression", "aggressive", "invasion", "invade"],
    &["support", "backing", "assistance", "aid"],
    &[
        "talk",
        "conversation",
        "call",
        "contact",
        "speak",
        "spoke",
        "spoken",
        "discuss",
        "discussion",
        "phone",
        "telephone",
    ],
    &[
        "kill",
        "killed",
        "dead",
        "die",
        "died",
        "death",
        "fatality",
        "fatalities",
    ],
    &[
        "injure", "injured", "wound", "wounded", "hurt", "injury", "injuries",
    ],
    &["victim", "casualty"],
    &["solidarity", "sympathy", "sympathies", "condolence"],
    &["stop", "end", "cease", "halt", "refrain", "desist"],
    &[
        "investigation",
        "probe",
        "inquiry",
        "enquiry",
        "investigate",
    ],
    &[
        "willingness",
        "readiness",
        "ready",
        "willing",
        "prepared",
        "keen",
    ],
    &["fight", "struggle", "combat", "battle"],
    &["freedom", "independence", "liberty"],
    &[
        "intensively",
        "intensely",
        "intensive",
        "intense",
        "actively",
        "vigorous",
    ],
    &[
        "intensify",
        "increase",
        "strengthen",
        "reinforce",
        "boost",
        "step",
        "increased",
    ],
    &["terror", "terrorism", "terrorist", "terrorists"],
    &["government", "authorities", "administration", "authority"],
    &["agree", "accept", "approve"],
    &["propose", "suggest", "offer", "proposal", "suggestion"],
    &["information", "intelligence", "evidence", "data"],
    &["responsible", "responsibility", "behind", "culprit"],
    &[
        "involve",
        "involvement",
        "involved",
        "implicate",
        "complicity",
    ],
    &["punish", "punished", "prosecute", "justice"],
    &["continue", "keep", "maintain", "remain"],
    &["people", "person", "persons", "civilians"],
    &["minister", "secretary"],
    &["ministry", "department"],
    &["military", "army", "armed", "troops", "forces", "soldiers"],
    &["warn", "warning", "caution"],
    &["blame", "accuse", "accusation", "allegation", "allege"],
    &["peace", "ceasefire", "truce"],
    &["security", "safety"],
    &["continent", "europe", "european"],
];

/// Multi-word expressions that stand for one class ("called on" means
/// "urge", not a phone call). Words are folded, in text order.
pub const PHRASES: &[(&[&str], &str)] = &[
    (&["call", "on"], "urge"),
    (&["calls", "on"], "urge"),
    (&["called", "on"], "urge"),
    (&["calling", "on"], "urge"),
    (&["call", "upon"], "urge"),
    (&["called", "upon"], "urge"),
    (&["calling", "upon"], "urge"),
    (&["called", "for"], "urge"),
    (&["calling", "for"], "urge"),
    (&["appealed", "to"], "urge"),
    (&["appeal", "to"], "urge"),
    (&["step", "up"], "intensify"),
    (&["stepped", "up"], "intensify"),
    (&["stepping", "up"], "intensify"),
    (&["lost", "their", "lives"], "kill"),
    (&["left", "dead"], "kill"),
    (&["war", "of", "aggression"], "aggression"),
    (&["aggressive", "war"], "aggression"),
    (&["head", "of", "state"], "president"),
];

/// Country adjectives (and nouns for people) with the country they name,
/// so that "Russian" and "Russia", "French" and "France" share a term.
pub const DEMONYMS: &[(&str, &str)] = &[
    ("afghan", "afghanistan"),
    ("american", "america"),
    ("argentine", "argentina"),
    ("argentinian", "argentina"),
    ("australian", "australia"),
    ("austrian", "austria"),
    ("belarusian", "belarus"),
    ("belgian", "belgium"),
    ("brazilian", "brazil"),
    ("british", "britain"),
    ("bulgarian", "bulgaria"),
    ("canadian", "canada"),
    ("chilean", "chile"),
    ("chinese", "china"),
    ("croatian", "croatia"),
    ("czech", "czechia"),
    ("danish", "denmark"),
    ("dutch", "netherlands"),
    ("egyptian", "egypt"),
    ("english", "england"),
    ("estonian", "estonia"),
    ("finnish", "finland"),
    ("french", "france"),
    ("georgian", "georgia"),
    ("german", "germany"),
    ("greek", "greece"),
    ("hungarian", "hungary"),
    ("indian", "india"),
    ("iranian", "iran"),
    ("iraqi", "iraq"),
    ("irish", "ireland"),
    ("israeli", "israel"),
    ("italian", "italy"),
    ("japanese", "japan"),
    ("korean", "korea"),
    ("latvian", "latvia"),
    ("lebanese", "lebanon"),
    ("lithuanian", "lithuania"),
    ("mexican", "mexico"),
    ("moldovan", "moldova"),
    ("nigerian", "nigeria"),
    ("norwegian", "norway"),
    ("pakistani", "pakistan"),
    ("palestinian", "palestine"),
    ("peruvian", "peru"),
    ("polish", "poland"),
    ("portuguese", "portugal"),
    ("romanian", "romania"),
    ("russian", "russia"),
    ("saudi", "saudi arabia"),
    ("scottish", "scotland"),
    ("serbian", "serbia"),
    ("slovak", "slovakia"),
    ("spanish", "spain"),
    ("swedish", "sweden"),
    ("swiss", "switzerland"),
    ("syrian", "syria"),
    ("turkish", "turkey"),
    ("ukrainian", "ukraine"),
    ("welsh", "wales"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_word_is_in_one_class_only() {
        let mut seen = HashSet::new();
        for class in CLASSES {
            assert!(class.len() >= 2, "class {class:?} has no synonym");
            for w in *class {
                assert!(seen.insert(*w), "{w} is in two classes");
                assert_eq!(*w, w.to_lowercase(), "{w} is not folded");
            }
        }
    }

    #[test]
    fn phrases_name_a_class() {
        for (words, class) in PHRASES {
            assert!(words.len() >= 2, "{words:?} is one word");
            let known = CLASSES.iter().any(|c| c[0] == *class) || *class == "president";
            assert!(known, "{class} names no class");
        }
    }

    #[test]
    fn demonyms_are_unique_and_folded() {
        let mut seen = HashSet::new();
        for (adj, country) in DEMONYMS {
            assert!(seen.insert(*adj), "{adj} twice");
            assert_ne!(adj, country);
            assert_eq!(*adj, adj.to_lowercase());
        }
    }
}

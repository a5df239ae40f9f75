//! Patterns of web-page boilerplate found in scraped news text: navigation,
//! consent banners, captions, link lists, appeals and comment forms.
//!
//! Every entry is lower case with straight quotes (matched against text
//! folded by [`crate::text::fold`]). Whole-unit entries match a paragraph
//! that says nothing else (trailing ':' and bullets ignored); phrase entries
//! match anywhere in a short paragraph.

/// Whole paragraphs that are site navigation or menus.
pub const NAVIGATION_UNITS: &[&str] = &[
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "menu",
    "main menu",
    "home",
    "search",
    "news",
    "world",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "print",
    "email",
    "copy link",
    "latest news",
    "latest",
    "latest stories",
    "most view",
    "most viewed",
    "most read",
    "most popular",
    "popular",
    "trending",
    "trending now",
    "top stories",
    "breaking news",
    "sign in",
    "log in",
    "login",
    "register",
    "subscribe",
    "advertisement",
    "advertising",
    "sponsored",
    "scroll to continue",
    "continue reading",
    "back to top",
    "follow us",
    "listen",
    "listen to article",
    "listen to this article",
    "watch",
    "video",
    "photo",
    "gallery",
    "close",
];

/// Phrases that mark a short paragraph as navigation wherever they occur
/// in it.
pub const NAVIGATION_PHRASES: &[&str] = &[
    "skip to content",
    "skip to main content",
    "opens new tab",
    "opens in new window",
    "our standards:",
    "click here to",
    "view in browser",
    "click to share",
    "share via email",
    "add as a preferred source",
    "this article is more than",
    "reuse this content",
    "scroll to continue",
    "continue reading below",
    "story continues below",
    "article continues below",
];

/// Phrases of embedded social-media posts (dropped as "other").
pub const EMBED_PHRASES: &[&str] = &[
    "pic.twitter.com",
    "https://t.co/",
    "view this post on instagram",
    "a post shared by",
    "watch on youtube",
];

/// Phrases of copyright and legal notices (dropped as "other").
pub const LEGAL_PHRASES: &[&str] = &[
    "all rights reserved",
    "may not be published, broadcast",
    "may not be reproduced",
    "without prior written permission",
    "terms of use",
    "terms of service",
    "terms and conditions",
];

/// Job titles of journalists: a short "Political reporter, Outlet" line
/// under a byline.
pub const JOURNALIST_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "journalist",
    "contributor",
    "columnist",
    "analyst",
    "producer",
    "presenter",
    "news desk",
];

/// Whole paragraphs that announce a list of links to other stories; the
/// short lines that follow are those stories' headlines.
pub const RELATED_MARKERS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "read on",
    "read next",
    "see also",
    "other news",
    "more news",
    "more stories",
    "more on this",
    "more on this story",
    "more on this topic",
    "more from",
    "related",
    "related news",
    "related articles",
    "related stories",
    "related content",
    "related topics",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "further reading",
    "also on",
    "in other news",
    "what to read next",
    "don't miss",
    "must read",
    "explore more on these topics",
    "more on these topics",
    "topics",
    "tags",
    "more like this",
    "read more on",
    "related coverage",
    "more coverage",
    "related reading",
    "related links",
    "more to read",
    "editor's picks",
    "more stories like this",
    "around the web",
    "popular now",
];

/// Prefixes that put a link to another story inline: "See also: …".
pub const RELATED_PREFIXES: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "read next",
    "more:",
    "watch:",
    "listen:",
    "tags:",
    "topics:",
];

/// Phrases of cookie and consent banners; three distinct hits (two in a
/// short paragraph) make a consent paragraph.
pub const CONSENT_PHRASES: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "personal data",
    "privacy policy",
    "privacy settings",
    "privacy center",
    "third-party providers",
    "third party providers",
    "embedded content",
    "you agree to",
    "withdraw your consent",
    "accept all",
    "reject all",
    "manage preferences",
    "manage settings",
    "data protection",
    "tracking technologies",
    "by continuing to use",
    "by using this site",
    "your browser",
];

/// Phrases of donation, subscription, newsletter and follow-us appeals.
pub const APPEAL_PHRASES: &[&str] = &[
    "thank you for signing up",
    "sign up here",
    "sign up now",
    "newsletter. sign up",
    "for this newsletter",
    "sign up for our",
    "sign up to our",
    "subscribe to our",
    "subscribe now",
    "confirmation email",
    "our newsletter",
    "join our community",
    "become a patron",
    "become a member",
    "become a subscriber",
    "ways to support",
    "support our journalism",
    "support our work",
    "support our reporting",
    "support independent journalism",
    "readers like you",
    "support of readers",
    "donate now",
    "please donate",
    "make a donation",
    "make a contribution",
    "you could close this page",
    "cup of coffee a month",
    "download our app",
    "listen to our",
    "our podcasts",
    "podcasts here",
    "already a subscriber",
    "unlimited access",
    "follow us on",
];

/// Words that, in a short paragraph naming a social network or messenger
/// ([`NETWORKS`]), make it a follow-us appeal.
pub const NETWORK_APPEAL_WORDS: &[&str] = &[
    "subscribe",
    "follow",
    "join",
    "available on",
    "verified information",
    "fakes",
    "our ",
];

/// Weaker appeal words: a paragraph right after an appeal that contains one
/// of these continues the appeal.
pub const APPEAL_WORDS: &[&str] = &[
    "support",
    "donat",
    "subscri",
    "patron",
    "newsletter",
    "our reporting",
    "readers",
    "community",
    "membership",
    "contribut",
    "journalism",
];

/// Whole paragraphs that open a comment section.
pub const COMMENT_MARKERS: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "comments",
    "comment",
    "join the discussion",
    "join the conversation",
    "show comments",
    "view comments",
    "cancel reply",
];

/// Phrases of comment forms.
pub const COMMENT_PHRASES: &[&str] = &[
    "your email address will not be published",
    "required fields are marked",
    "save my name, email",
    "post comment",
    "notify me of follow-up comments",
    "notify me of new posts",
    "you must be logged in to post a comment",
    "comments are closed",
];

/// Phrases that make a short paragraph a photo caption or credit wherever
/// they are in it.
pub const CAPTION_PHRASES: &[&str] = &[
    "(photo",
    "(image",
    "(picture",
    "(pictured",
    "(file photo",
    "photo credit",
    "image credit",
    "getty images",
    "via getty",
    "/getty",
    "(credit:",
    "(reuters photo",
    "(afp photo",
];

/// Credit labels: a caption when they open a short paragraph or come at
/// its very end ("A soldier in the field. Photo: Agency").
pub const CAPTION_LABELS: &[&str] = &[
    "photo:",
    "photo by",
    "photos:",
    "photograph:",
    "photograph by",
    "image:",
    "images:",
    "picture:",
    "pictured:",
    "credit:",
    "credits:",
    "source:",
    "file photo",
    "screenshot",
    "illustrative photo",
    "illustration:",
    "video:",
    "image caption",
    "image source",
    "media caption",
    "caption:",
];

/// Words that end a byline of an outlet's staff ("The X news desk"): what
/// comes before them is the outlet.
pub const DESK_SUFFIXES: &[&str] = &[
    "news desk",
    "newsdesk",
    "desk",
    "newsroom",
    "staff",
    "editorial team",
    "editorial board",
    "editors",
    "team",
];

/// Site sections that scrapers glue onto a byline ("Jane DoeWorld").
pub const SECTIONS: &[&str] = &[
    "World",
    "News",
    "Politics",
    "Economy",
    "Business",
    "Sport",
    "Sports",
    "Culture",
    "Opinion",
    "Europe",
    "Society",
    "Science",
    "Tech",
    "Technology",
    "Health",
    "War",
    "Analysis",
    "Local",
    "National",
    "International",
    "Lifestyle",
    "Entertainment",
    "Finance",
    "Markets",
    "Abroad",
    "Domestic",
    "Latest",
];

/// Nouns an outlet uses of its own channels: "our X podcasts".
pub const OWN_MEDIA: &[&str] = &[
    "podcast",
    "podcasts",
    "newsletter",
    "newsletters",
    "channel",
    "channels",
    "app",
    "website",
    "site",
    "journalists",
    "reporters",
    "correspondent",
    "correspondents",
    "editors",
    "team",
    "live blog",
    "liveblog",
    "coverage",
];

/// Social networks and messengers named in "the X Telegram channel".
pub const NETWORKS: &[&str] = &[
    "telegram",
    "viber",
    "whatsapp",
    "youtube",
    "facebook",
    "instagram",
    "twitter",
    "tiktok",
    "x",
    "threads",
    "linkedin",
];

/// True when `unit` (folded) is exactly one of `table`'s entries, ignoring
/// bullets, surrounding punctuation and white space.
///
/// ```
/// use factsheet::lexicon::boilerplate::{is_unit, RELATED_MARKERS};
/// assert!(is_unit("read more:", RELATED_MARKERS));
/// assert!(!is_unit("read more about it here and now.", RELATED_MARKERS));
/// ```
pub fn is_unit(unit: &str, table: &[&str]) -> bool {
    let core = unit.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '.' | '-' | '*' | '|' | '>' | '•' | '·' | '»' | '›')
    });
    core.len() <= 40 && table.contains(&core)
}

/// The entries of `table` that occur in `unit` (folded).
pub fn hits<'a>(
    unit: &'a str,
    table: &'a [&'static str],
) -> impl Iterator<Item = &'static str> + 'a {
    let pairs = Pairs::of(unit);
    table
        .iter()
        .copied()
        .filter(move |p| pairs.may_hold(p) && has(unit, p))
}

/// The byte pairs that occur in a text, hashed into a bit set: a needle
/// with a pair the set lacks cannot occur in the text, so most lexicon
/// entries are ruled out without scanning the text once per entry.
pub struct Pairs([u64; 64]);

impl Pairs {
    /// The pairs of `text`.
    pub fn of(text: &str) -> Pairs {
        let mut bits = [0u64; 64];
        for w in text.as_bytes().windows(2) {
            let k = Self::key(w[0], w[1]);
            bits[k >> 6] |= 1 << (k & 63);
        }
        Pairs(bits)
    }

    /// False when `needle` surely does not occur in the text (it has a
    /// byte pair the text lacks); true when it may.
    pub fn may_hold(&self, needle: &str) -> bool {
        needle.as_bytes().windows(2).all(|w| {
            let k = Self::key(w[0], w[1]);
            self.0[k >> 6] >> (k & 63) & 1 == 1
        })
    }

    fn key(a: u8, b: u8) -> usize {
        ((usize::from(a) << 6) ^ usize::from(b)) & 4095
    }
}

/// `hay.contains(needle)`, without the searcher set-up that dominates on
/// the short paragraphs boilerplate comes in.
fn has(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    match n.first() {
        None => true,
        Some(_) if h.len() < n.len() => false,
        Some(&first) if h.len() <= 512 => h.windows(n.len()).any(|w| w[0] == first && w == n),
        Some(_) => hay.contains(needle),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<&'static [&'static str]> {
        vec![
            NAVIGATION_UNITS,
            NAVIGATION_PHRASES,
            LEGAL_PHRASES,
            EMBED_PHRASES,
            JOURNALIST_ROLES,
            RELATED_MARKERS,
            RELATED_PREFIXES,
            CONSENT_PHRASES,
            APPEAL_PHRASES,
            APPEAL_WORDS,
            NETWORK_APPEAL_WORDS,
            COMMENT_MARKERS,
            COMMENT_PHRASES,
            CAPTION_PHRASES,
            CAPTION_LABELS,
            DESK_SUFFIXES,
            OWN_MEDIA,
            NETWORKS,
        ]
    }

    #[test]
    fn no_duplicates_and_markers_are_not_navigation() {
        for table in all() {
            let mut seen = std::collections::HashSet::new();
            for e in table {
                assert!(seen.insert(e), "{e} twice");
            }
        }
        for m in RELATED_MARKERS {
            assert!(!NAVIGATION_UNITS.contains(m), "{m} is both");
        }
    }

    #[test]
    fn entries_are_folded() {
        for table in all() {
            for e in table {
                assert_eq!(crate::text::fold(e), *e, "{e} is not folded");
                assert!(!e.is_empty());
            }
        }
    }

    #[test]
    fn pairs_never_rule_out_a_substring() {
        let hays = [
            "",
            "a",
            "read more: the cookie policy",
            "ÉÀ — “x”",
            "photo: ap/reuters",
        ];
        for hay in hays {
            let pairs = Pairs::of(hay);
            for i in 0..=hay.len() {
                for j in i..=hay.len() {
                    if let Some(needle) = hay.get(i..j) {
                        assert!(pairs.may_hold(needle), "{hay:?} {needle:?}");
                    }
                }
            }
        }
        assert!(!Pairs::of("read more").may_hold("cookie"));
    }

    #[test]
    fn has_is_contains() {
        for (hay, needle) in [
            ("abc", "bc"),
            ("abc", "abcd"),
            ("", ""),
            ("a", ""),
            ("xyz", "q"),
        ] {
            assert_eq!(has(hay, needle), hay.contains(needle));
        }
        let long = "x".repeat(600) + "needle";
        assert!(has(&long, "needle"));
    }

    #[test]
    fn navigation_units_match_with_bullets() {
        assert!(is_unit("  • latest news", NAVIGATION_UNITS));
        assert!(is_unit("most view", NAVIGATION_UNITS));
        assert!(!is_unit("the latest news from the front", NAVIGATION_UNITS));
    }

    #[test]
    fn related_and_comment_markers() {
        assert!(is_unit("other news", RELATED_MARKERS));
        assert!(is_unit("see also:", RELATED_MARKERS));
        assert!(is_unit("related coverage", RELATED_MARKERS));
        assert!(is_unit("leave a reply", COMMENT_MARKERS));
    }

    #[test]
    fn phrase_hits() {
        let consent = "by setting the switch you agree to this. cookie-ids and personal data";
        assert_eq!(hits(consent, CONSENT_PHRASES).count(), 3);
        assert_eq!(
            hits("you can listen to our podcasts here", APPEAL_PHRASES).count(),
            3
        );
        assert_eq!(
            hits("we will support our allies", APPEAL_PHRASES).count(),
            0
        );
        assert_eq!(hits("(photo by jane doe/afp)", CAPTION_PHRASES).count(), 1);
        assert_eq!(hits("(photo by jane doe/afp)", CAPTION_LABELS).count(), 1);
        assert_eq!(
            hits("the photo by the ministry", CAPTION_PHRASES).count(),
            0
        );
        assert_eq!(hits("the minister said", CAPTION_PHRASES).count(), 0);
    }

    #[test]
    fn sections_are_capitalised_words() {
        for s in SECTIONS {
            assert!(s.chars().next().is_some_and(char::is_uppercase));
            assert!(s.chars().all(char::is_alphabetic));
        }
    }
}

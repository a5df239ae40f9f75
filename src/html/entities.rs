//! Character references: numeric ones as browsers read them, and the common
//! named ones.

/// A numeric reference's character, as browsers read it (Windows-1252 for
/// 128–159, U+FFFD for what is not a character).
pub(super) fn numeric(n: u32) -> char {
    let cp1252 = match n {
        128 => Some('€'),
        130 => Some('‚'),
        132 => Some('„'),
        133 => Some('…'),
        139 => Some('‹'),
        145 => Some('‘'),
        146 => Some('’'),
        147 => Some('“'),
        148 => Some('”'),
        149 => Some('•'),
        150 => Some('–'),
        151 => Some('—'),
        153 => Some('™'),
        155 => Some('›'),
        _ => None,
    };
    cp1252
        .or_else(|| char::from_u32(n).filter(|&c| c != '\0'))
        .unwrap_or('\u{fffd}')
}

/// Common named references, one entry each: the name (ASCII letters and
/// digits), then its text (no ASCII letter or digit), then `|`. One string
/// rather than a `match` on the names: the match compiled to about 3 KB of
/// wasm code; this is its text, looked up by a scan (references are rare).
const NAMED: &str = concat!(
    "amp&|AMP&|lt<|LT<|gt>|GT>|quot\"|QUOT\"|apos'|nbsp |ensp |emsp |thinsp |shy|zwnj|zwj|lrm|",
    "rlm|ndash–|mdash—|minus−|lsquo‘|rsquo’|sbquo‚|ldquo“|rdquo”|bdquo„|laquo«|raquo»|lsaquo‹|",
    "rsaquo›|hellip…|bull•|middot·|prime′|Prime″|dagger†|copy©|reg®|trade™|euro€|pound£|yen¥|",
    "cent¢|deg°|times×|divide÷|plusmn±|frac12½|frac14¼|frac34¾|sect§|para¶|iexcl¡|iquest¿|",
    "ordmº|ordfª|aacuteá|AacuteÁ|agraveà|AgraveÀ|acircâ|AcircÂ|atildeã|AtildeÃ|aumlä|AumlÄ|",
    "aringå|AringÅ|aeligæ|AEligÆ|ccedilç|CcedilÇ|eacuteé|EacuteÉ|egraveè|EgraveÈ|ecircê|EcircÊ|",
    "eumlë|EumlË|iacuteí|IacuteÍ|igraveì|IgraveÌ|icircî|IcircÎ|iumlï|IumlÏ|ntildeñ|NtildeÑ|",
    "oacuteó|OacuteÓ|ograveò|OgraveÒ|ocircô|OcircÔ|otildeõ|OtildeÕ|oumlö|OumlÖ|oslashø|OslashØ|",
    "oeligœ|OEligŒ|scaronš|ScaronŠ|szligß|uacuteú|UacuteÚ|ugraveù|UgraveÙ|ucircû|UcircÛ|uumlü|",
    "UumlÜ|yacuteý|YacuteÝ|yumlÿ|YumlŸ|zcaronž|ZcaronŽ|",
);

/// The text of the named reference `name` (without `&` and `;`), if it is
/// one of the common ones.
pub(super) fn named(name: &str) -> Option<&'static str> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    NAMED.split_terminator('|').find_map(|entry| {
        let text = entry.strip_prefix(name)?;
        (!text.starts_with(|c: char| c.is_ascii_alphanumeric())).then_some(text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_references() {
        assert_eq!(numeric(8217), '’');
        assert_eq!(numeric(150), '–');
        assert_eq!(numeric(0), '\u{fffd}');
        assert_eq!(numeric(0xD800), '\u{fffd}');
        assert_eq!(numeric(0x11_0000), '\u{fffd}');
    }

    #[test]
    fn named_references() {
        assert_eq!(named("amp"), Some("&"));
        assert_eq!(named("eacute"), Some("é"));
        assert_eq!(named("nbsp"), Some(" "));
        assert_eq!(named("bogus"), None);
        // A prefix of a name, or a name with more after it, is not the name.
        assert_eq!(named("am"), None);
        assert_eq!(named("ampx"), None);
        assert_eq!(named("shy"), Some(""));
        assert_eq!(named(""), None);
        assert_eq!(named("amp&"), None);
        assert_eq!(named("nbsp "), None);
    }

    #[test]
    fn named_table_is_well_formed() {
        for entry in NAMED.split_terminator('|') {
            let name_len = entry
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(entry.len());
            assert!(name_len > 0, "{entry:?}");
            let (name, text) = entry.split_at(name_len);
            assert_eq!(named(name), Some(text), "{entry:?}: first entry wins");
        }
    }
}

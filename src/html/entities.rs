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

/// Common named references.
pub(super) fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" | "ensp" | "emsp" | "thinsp" => " ",
        "shy" | "zwnj" | "zwj" | "lrm" | "rlm" => "",
        "ndash" => "–",
        "mdash" => "—",
        "minus" => "−",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "laquo" => "«",
        "raquo" => "»",
        "lsaquo" => "‹",
        "rsaquo" => "›",
        "hellip" => "…",
        "bull" => "•",
        "middot" => "·",
        "prime" => "′",
        "Prime" => "″",
        "dagger" => "†",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "deg" => "°",
        "times" => "×",
        "divide" => "÷",
        "plusmn" => "±",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "sect" => "§",
        "para" => "¶",
        "iexcl" => "¡",
        "iquest" => "¿",
        "ordm" => "º",
        "ordf" => "ª",
        "aacute" => "á",
        "Aacute" => "Á",
        "agrave" => "à",
        "Agrave" => "À",
        "acirc" => "â",
        "Acirc" => "Â",
        "atilde" => "ã",
        "Atilde" => "Ã",
        "auml" => "ä",
        "Auml" => "Ä",
        "aring" => "å",
        "Aring" => "Å",
        "aelig" => "æ",
        "AElig" => "Æ",
        "ccedil" => "ç",
        "Ccedil" => "Ç",
        "eacute" => "é",
        "Eacute" => "É",
        "egrave" => "è",
        "Egrave" => "È",
        "ecirc" => "ê",
        "Ecirc" => "Ê",
        "euml" => "ë",
        "Euml" => "Ë",
        "iacute" => "í",
        "Iacute" => "Í",
        "igrave" => "ì",
        "Igrave" => "Ì",
        "icirc" => "î",
        "Icirc" => "Î",
        "iuml" => "ï",
        "Iuml" => "Ï",
        "ntilde" => "ñ",
        "Ntilde" => "Ñ",
        "oacute" => "ó",
        "Oacute" => "Ó",
        "ograve" => "ò",
        "Ograve" => "Ò",
        "ocirc" => "ô",
        "Ocirc" => "Ô",
        "otilde" => "õ",
        "Otilde" => "Õ",
        "ouml" => "ö",
        "Ouml" => "Ö",
        "oslash" => "ø",
        "Oslash" => "Ø",
        "oelig" => "œ",
        "OElig" => "Œ",
        "scaron" => "š",
        "Scaron" => "Š",
        "szlig" => "ß",
        "uacute" => "ú",
        "Uacute" => "Ú",
        "ugrave" => "ù",
        "Ugrave" => "Ù",
        "ucirc" => "û",
        "Ucirc" => "Û",
        "uuml" => "ü",
        "Uuml" => "Ü",
        "yacute" => "ý",
        "Yacute" => "Ý",
        "yuml" => "ÿ",
        "Yuml" => "Ÿ",
        "zcaron" => "ž",
        "Zcaron" => "Ž",
        _ => return None,
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
    }
}

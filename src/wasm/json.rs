//! A small JSON reader for what JavaScript hands in: `JSON.stringify` of the
//! articles or of a fact sheet. Numbers are read only as far as the model
//! needs them (ids and offsets: non-negative integers), so no float parsing
//! is linked into the module.

/// A parsed JSON value.
#[derive(Debug, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// A number: `Some` when it is a non-negative integer that fits `usize`
    /// (written with digits only, as `JSON.stringify` writes such numbers).
    Num(Option<usize>),
    Str(String),
    List(Vec<Value>),
    /// Members in the order written; a repeated key's last value wins, as in
    /// `JSON.parse`.
    Obj(Vec<(String, Value)>),
}

/// Deeper nesting than this is refused (a fact sheet is four levels deep):
/// the reader is recursive, and hostile input must not exhaust the stack.
const MAX_DEPTH: usize = 32;

/// Parses `text` as one JSON value; the error says where it stopped.
pub(crate) fn parse(text: &str) -> Result<Value, String> {
    let mut r = Reader {
        s: text.as_bytes(),
        at: 0,
    };
    let v = r.value(0);
    r.space();
    match v {
        Some(v) if r.at == r.s.len() => Ok(v),
        _ => Err(format!("not valid JSON (at byte {})", r.at)),
    }
}

struct Reader<'a> {
    s: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.at) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        let hit = self.s[self.at..].starts_with(word);
        if hit {
            self.at += word.len();
        }
        hit
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        Some(match *self.s.get(self.at)? {
            b'"' => Value::Str(self.string()?),
            b'[' | b'{' if depth >= MAX_DEPTH => return None,
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.close(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.close(b']') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Value::List(items)
            }
            b'{' => {
                self.at += 1;
                let mut members: Vec<(String, Value)> = Vec::new();
                if !self.close(b'}') {
                    loop {
                        self.space();
                        if self.s.get(self.at) != Some(&b'"') {
                            return None;
                        }
                        let key = self.string()?;
                        self.expect(b':')?;
                        let value = self.value(depth + 1)?;
                        match members.iter_mut().find(|(k, _)| *k == key) {
                            Some(member) => member.1 = value,
                            None => members.push((key, value)),
                        }
                        if self.close(b'}') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Value::Obj(members)
            }
            b't' if self.eat(b"true") => Value::Bool(true),
            b'f' if self.eat(b"false") => Value::Bool(false),
            b'n' if self.eat(b"null") => Value::Null,
            b'-' | b'0'..=b'9' => self.number()?,
            _ => return None,
        })
    }

    /// Skips space, then `byte` if it is next; says whether it was.
    fn close(&mut self, byte: u8) -> bool {
        self.space();
        let hit = self.s.get(self.at) == Some(&byte);
        if hit {
            self.at += 1;
        }
        hit
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.close(byte).then_some(())
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.s.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        self.at - start
    }

    /// A number in JSON's grammar; its value only when it is a plain
    /// non-negative integer that fits `usize`.
    fn number(&mut self) -> Option<Value> {
        let negative = self.eat(b"-");
        let int_start = self.at;
        let int_len = self.digits();
        if int_len == 0 || (int_len > 1 && self.s[int_start] == b'0') {
            return None;
        }
        let mut plain = !negative;
        if self.eat(b".") {
            plain = false;
            if self.digits() == 0 {
                return None;
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.at) {
            plain = false;
            self.at += 1;
            if let Some(b'+' | b'-') = self.s.get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        let n = plain
            .then(|| {
                self.s[int_start..int_start + int_len]
                    .iter()
                    .try_fold(0usize, |n, d| {
                        n.checked_mul(10)?.checked_add(usize::from(d - b'0'))
                    })
            })
            .flatten();
        Some(Value::Num(n))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.at..self.at + 4)?;
        self.at += 4;
        digits
            .iter()
            .try_fold(0u32, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
    }

    /// A string; the reader is on its opening quote. A lone surrogate
    /// (`JSON.stringify` escapes them) becomes U+FFFD, as it does when
    /// JavaScript hands a string to Rust directly.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.s.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a `&str` and the run stops only at ASCII bytes,
            // so it is whole characters.
            out.push_str(std::str::from_utf8(&self.s[start..self.at]).ok()?);
            match *self.s.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let c = match *self.s.get(self.at)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            self.at += 1;
                            let unit = self.hex4()?;
                            self.at -= 1;
                            self.escaped_char(unit)?
                        }
                        _ => return None,
                    };
                    self.at += 1;
                    out.push(c);
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\uXXXX` escape whose unit is `unit` (the reader is
    /// on its last hex digit); a high surrogate takes the low one after it.
    fn escaped_char(&mut self, unit: u32) -> Option<char> {
        if (0xD800..0xDC00).contains(&unit) && self.s[self.at + 1..].starts_with(b"\\u") {
            let save = self.at;
            self.at += 3;
            match self.hex4() {
                Some(low) if (0xDC00..0xE000).contains(&low) => {
                    self.at -= 1;
                    let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    return char::from_u32(c);
                }
                Some(_) => self.at = save,
                None => return None,
            }
        }
        Some(char::from_u32(unit).unwrap_or('\u{FFFD}'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::Str(text.to_string())
    }

    #[test]
    fn reads_what_json_stringify_writes() {
        assert_eq!(
            parse(
                r#" [{"name":"a.txt","text":"x\n\"y\"\\ \u00e9\ud83c\udf89"}, null, true, false] "#
            ),
            Ok(Value::List(vec![
                Value::Obj(vec![
                    ("name".into(), s("a.txt")),
                    ("text".into(), s("x\n\"y\"\\ é🎉")),
                ]),
                Value::Null,
                Value::Bool(true),
                Value::Bool(false),
            ]))
        );
        assert_eq!(parse("[]"), Ok(Value::List(vec![])));
        assert_eq!(parse("{}"), Ok(Value::Obj(vec![])));
        assert_eq!(parse(r#""\/\b\f\r\t""#), Ok(s("/\u{8}\u{c}\r\t")));
        assert_eq!(parse(r#"{"a":1,"a":2}"#), parse(r#"{"a":2}"#));
    }

    #[test]
    fn numbers_are_ids_only_when_plain_non_negative_integers() {
        assert_eq!(parse("0"), Ok(Value::Num(Some(0))));
        assert_eq!(parse("4294967295"), Ok(Value::Num(Some(4294967295))));
        for other in ["-1", "1.5", "1e3", "-0.0", "99999999999999999999999"] {
            assert_eq!(parse(other), Ok(Value::Num(None)), "{other}");
        }
        for bad in ["01", "-", "1.", "1e", ".5", "+1"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(parse(r#""\ud800x""#), Ok(s("\u{FFFD}x")));
        assert_eq!(parse(r#""\udc00""#), Ok(s("\u{FFFD}")));
        assert_eq!(parse(r#""\ud800\u0041""#), Ok(s("\u{FFFD}A")));
    }

    #[test]
    fn malformed_and_hostile_input_is_an_error() {
        for bad in [
            "",
            " ",
            "[",
            "[1,]",
            "{\"a\"}",
            "{a:1}",
            "\"open",
            "\"\\x\"",
            "\"\\u12\"",
            "tru",
            "[1] 2",
            "\"tab\there\"",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert!(parse(&deep).is_err());
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }
}

//! The crate's one error type.

use std::fmt;

/// Why a bundle of articles could not be turned into a fact sheet.
///
/// Errors are values, never panics: the CLI prints them on stderr and exits
/// non-zero, the page shows them to the reader and keeps what it showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<ErrorInner>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct ErrorInner {
    kind: ErrorKind,
    article: Option<String>,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No articles were given.
    NoArticles,
    /// More articles than the limit.
    TooManyArticles {
        /// How many were given.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// An article has no text (empty or only white space).
    Empty,
    /// An article is larger than the limit.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// An article is not text (control bytes, NUL, or not UTF-8).
    NotText,
    /// The input could not be read as the expected shape (wasm boundary,
    /// CLI arguments).
    BadInput(String),
}

impl Error {
    /// A new error of `kind`, not tied to one article.
    pub fn new(kind: ErrorKind) -> Error {
        Error(Box::new(ErrorInner {
            kind,
            article: None,
        }))
    }

    /// The same error, naming the article (file name) it concerns.
    pub fn in_article(mut self, name: &str) -> Error {
        self.0.article = Some(name.to_string());
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// The article it concerns, if any.
    pub fn article(&self) -> Option<&str> {
        self.0.article.as_deref()
    }
}

/// `bytes` in megabytes to one decimal, exactly as `{:.1}` prints
/// `bytes as f64 / 1e6`, in integer arithmetic: float formatting would add
/// about 16 KB (code and tables) to the wasm module for this one message.
fn megabytes(bytes: usize) -> String {
    let b = bytes as u64;
    let (mut tenths, rest) = (b / 100_000, b % 100_000);
    if rest > 50_000 || (rest == 50_000 && halfway_rounds_up(b, tenths)) {
        tenths += 1;
    }
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// For `bytes` exactly halfway between two tenths of a megabyte (`tenths`
/// and the next): whether the `f64` nearest to `bytes / 1e6` lies above the
/// halfway point `(2 tenths + 1) / 20`, or on it with `tenths` odd (ties go
/// to even), compared exactly on the float's bits.
fn halfway_rounds_up(bytes: u64, tenths: u64) -> bool {
    let bits = (bytes as f64 / 1_000_000.0).to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mantissa = u128::from((bits & ((1 << 52) - 1)) | (1 << 52));
    let (value, half) = (mantissa * 20, u128::from(2 * tenths + 1));
    // Here value >= 0.05 (exponent >= -57) and half < 2^50: no overflow.
    let order = if exponent >= 0 {
        (value << exponent).cmp(&half)
    } else {
        value.cmp(&(half << -exponent))
    };
    order.then((tenths % 2 == 1).cmp(&false)).is_gt()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = &self.0.article {
            write!(f, "{name}: ")?;
        }
        match &self.0.kind {
            ErrorKind::NoArticles => write!(f, "no articles to read"),
            ErrorKind::TooManyArticles { count, limit } => {
                write!(f, "{count} articles is more than the limit of {limit}")
            }
            ErrorKind::Empty => write!(f, "the article has no text"),
            ErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "the article is {}, more than the limit of {}",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            ErrorKind::NotText => write!(
                f,
                "this is not plain text (it holds binary data); give a .txt or .html article"
            ),
            ErrorKind::BadInput(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::megabytes;

    #[test]
    fn megabytes_print_as_float_formatting_would() {
        let float = |b: usize| format!("{:.1} MB", b as f64 / 1_000_000.0);
        // Every halfway case up to 2 GB (where rounding is decided by the
        // float's last bits), their neighbours, and a spread of others.
        for half in (50_000..2_000_000_000usize).step_by(100_000) {
            for b in [half - 1, half, half + 1] {
                assert_eq!(megabytes(b), float(b), "{b} bytes");
            }
        }
        let mut b = 1usize;
        while b < usize::MAX / 3 {
            assert_eq!(megabytes(b), float(b), "{b} bytes");
            b = b * 3 + 7;
        }
        for b in [0, 1, 49_999, 50_000, 250_000, 20_000_000, 20_050_000] {
            assert_eq!(megabytes(b), float(b), "{b} bytes");
        }
    }
}

//! The attribution frame inside a clause: the speaker phrase, the cue, and
//! where the content starts; and the split of a predicate into the several
//! speech acts it may coordinate ("condemned X, expressed Y and stressed Z",
//! "…, calling on Y to …").
//!
//! Every function works on a token slice and returns token indices; none
//! looks further than a few dozen tokens from where it starts, so the stage
//! stays linear on any input.

mod complement;
mod cue;
mod phrase;

pub use complement::{content_start, split_acts};
pub use cue::{bare_cue, cue, frame_cue, Cue};
pub use phrase::{noun_phrase, Np};

use super::tokens::Tok;
use crate::lexicon::grammar::is_in;

pub(super) fn lower_is(tok: Option<&Tok>, table: &[&str]) -> bool {
    tok.is_some_and(|t| t.is_word() && !t.is_capitalised() && is_in(table, t.text))
}

/// [`lower_is`] for the [`lex`](super::tokens::lex) tables `tables`.
pub(super) fn lower_in(tok: Option<&Tok>, tables: u32) -> bool {
    tok.is_some_and(|t| t.is_word() && !t.is_capitalised() && t.is_in(tables))
}

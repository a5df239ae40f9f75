//! General English lexicons used by the stages: data, one table per concern,
//! each with its own tests. Nothing here is specific to any article or event.

pub mod abbreviations;
pub mod boilerplate;
pub mod dates;
pub mod grammar;
pub mod negation;
pub mod organisations;
pub mod places;
pub mod pronouns;
pub mod speech;
pub mod spelling;
pub mod stopwords;
pub mod synonyms;
pub mod titles;

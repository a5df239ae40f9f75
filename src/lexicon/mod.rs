//! General English lexicons used by the stages: data, one table per concern,
//! each with its own tests. Nothing here is specific to any article or event.

pub mod abbreviations;
pub mod boilerplate;
pub mod dates;
pub mod negation;
pub mod spelling;
pub mod stopwords;
pub mod synonyms;

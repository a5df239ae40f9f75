//! Quantities and dates in statements (filled in below).

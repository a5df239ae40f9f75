//! A small world gazetteer: countries with their other names, demonyms and
//! capitals, and the seats of government that stand for a government in news
//! writing ("the Kremlin said", "Downing Street said").
//!
//! All lookups take text folded with [`crate::text::fold`] (lower case, no
//! accents) with single spaces between words.

/// One country.
#[derive(Clone, Copy, Debug)]
pub struct Country {
    /// Its usual short English name.
    pub name: &'static str,
    /// Other names it goes by, folded.
    pub other_names: &'static [&'static str],
    /// Adjectives and nouns for its people, folded ("french").
    pub demonyms: &'static [&'static str],
    /// Its capital(s) and their spelling variants, folded.
    pub capitals: &'static [&'static str],
}

macro_rules! countries {
    ($( $name:literal, [$($o:literal),*], [$($d:literal),*], [$($c:literal),*]; )*) => {
        /// Countries of the world (the ones news most often names).
        pub const COUNTRIES: &[Country] = &[$(Country {
            name: $name,
            other_names: &[$($o),*],
            demonyms: &[$($d),*],
            capitals: &[$($c),*],
        }),*];
    };
}

countries! {
    "Afghanistan", [], ["afghan"], ["kabul"];
    "Albania", [], ["albanian"], ["tirana"];
    "Algeria", [], ["algerian"], ["algiers"];
    "Argentina", [], ["argentine", "argentinian"], ["buenos aires"];
    "Armenia", [], ["armenian"], ["yerevan"];
    "Australia", [], ["australian"], ["canberra"];
    "Austria", [], ["austrian"], ["vienna"];
    "Azerbaijan", [], ["azerbaijani", "azeri"], ["baku"];
    "Bangladesh", [], ["bangladeshi"], ["dhaka"];
    "Belarus", [], ["belarusian", "belarussian"], ["minsk"];
    "Belgium", [], ["belgian"], [];
    "Brazil", [], ["brazilian"], ["brasilia"];
    "Bulgaria", [], ["bulgarian"], ["sofia"];
    "Canada", [], ["canadian"], ["ottawa"];
    "Chile", [], ["chilean"], ["santiago"];
    "China", ["people's republic of china", "prc"], ["chinese"], ["beijing"];
    "Colombia", [], ["colombian"], ["bogota"];
    "Croatia", [], ["croatian", "croat"], ["zagreb"];
    "Cuba", [], ["cuban"], ["havana"];
    "Cyprus", [], ["cypriot"], ["nicosia"];
    "Czech Republic", ["czechia"], ["czech"], ["prague"];
    "Denmark", [], ["danish"], ["copenhagen"];
    "Egypt", [], ["egyptian"], ["cairo"];
    "Estonia", [], ["estonian"], ["tallinn"];
    "Ethiopia", [], ["ethiopian"], ["addis ababa"];
    "Finland", [], ["finnish"], ["helsinki"];
    "France", ["french republic"], ["french"], ["paris"];
    "Georgia", [], ["georgian"], ["tbilisi"];
    "Germany", ["federal republic of germany"], ["german"], ["berlin"];
    "Greece", [], ["greek"], ["athens"];
    "Hungary", [], ["hungarian"], ["budapest"];
    "India", [], ["indian"], ["new delhi"];
    "Indonesia", [], ["indonesian"], ["jakarta"];
    "Iran", ["islamic republic of iran"], ["iranian"], ["tehran"];
    "Iraq", [], ["iraqi"], ["baghdad"];
    "Ireland", ["republic of ireland"], ["irish"], ["dublin"];
    "Israel", [], ["israeli"], ["jerusalem"];
    "Italy", [], ["italian"], ["rome"];
    "Japan", [], ["japanese"], ["tokyo"];
    "Jordan", [], ["jordanian"], ["amman"];
    "Kazakhstan", [], ["kazakh", "kazakhstani"], ["astana"];
    "Kenya", [], ["kenyan"], ["nairobi"];
    "Latvia", [], ["latvian"], ["riga"];
    "Lebanon", [], ["lebanese"], ["beirut"];
    "Libya", [], ["libyan"], ["tripoli"];
    "Lithuania", [], ["lithuanian"], ["vilnius"];
    "Mexico", [], ["mexican"], ["mexico city"];
    "Moldova", [], ["moldovan"], ["chisinau"];
    "Morocco", [], ["moroccan"], ["rabat"];
    "Netherlands", ["the netherlands", "holland"], ["dutch"], ["amsterdam", "the hague"];
    "New Zealand", [], ["new zealander"], ["wellington"];
    "Nigeria", [], ["nigerian"], ["abuja"];
    "North Korea", ["democratic people's republic of korea", "dprk"], ["north korean"], ["pyongyang"];
    "Norway", [], ["norwegian"], ["oslo"];
    "Pakistan", [], ["pakistani"], ["islamabad"];
    "Poland", [], ["polish"], ["warsaw"];
    "Portugal", [], ["portuguese"], ["lisbon"];
    "Qatar", [], ["qatari"], ["doha"];
    "Romania", [], ["romanian"], ["bucharest"];
    "Russia", ["russian federation"], ["russian"], ["moscow"];
    "Saudi Arabia", ["kingdom of saudi arabia"], ["saudi", "saudi arabian"], ["riyadh"];
    "Serbia", [], ["serbian", "serb"], ["belgrade"];
    "Slovakia", [], ["slovak", "slovakian"], ["bratislava"];
    "Slovenia", [], ["slovenian", "slovene"], ["ljubljana"];
    "South Africa", [], ["south african"], ["pretoria"];
    "South Korea", ["republic of korea"], ["south korean"], ["seoul"];
    "Spain", [], ["spanish"], ["madrid"];
    "Sweden", [], ["swedish"], ["stockholm"];
    "Switzerland", [], ["swiss"], ["bern"];
    "Syria", [], ["syrian"], ["damascus"];
    "Taiwan", [], ["taiwanese"], ["taipei"];
    "Thailand", [], ["thai"], ["bangkok"];
    "Turkey", ["turkiye"], ["turkish"], ["ankara"];
    "Ukraine", [], ["ukrainian"], ["kyiv", "kiev"];
    "United Arab Emirates", ["uae"], ["emirati"], ["abu dhabi"];
    "United Kingdom", ["uk", "u.k", "britain", "great britain"], ["british", "uk"], ["london"];
    "United States", ["united states of america", "us", "u.s", "usa", "u.s.a", "america"], ["american", "us", "u.s"], ["washington"];
    "Venezuela", [], ["venezuelan"], ["caracas"];
    "Vietnam", ["viet nam"], ["vietnamese"], ["hanoi"];
    "Yemen", [], ["yemeni"], ["sanaa"];
}

/// Seats of government and other places whose name stands for a country's
/// government in news writing, folded, with the country's name.
pub const SEATS: &[(&str, &str)] = &[
    ("kremlin", "Russia"),
    ("white house", "United States"),
    ("downing street", "United Kingdom"),
    ("number 10", "United Kingdom"),
    ("no 10", "United Kingdom"),
    ("whitehall", "United Kingdom"),
    ("elysee", "France"),
    ("elysee palace", "France"),
    ("matignon", "France"),
    ("zhongnanhai", "China"),
    ("bankova", "Ukraine"),
    ("blue house", "South Korea"),
    ("chancellery", "Germany"),
];

/// The country named `folded` (its name or another name).
///
/// ```
/// use factsheet::lexicon::places::country_named;
/// assert_eq!(country_named("united states of america").map(|c| c.name), Some("United States"));
/// ```
pub fn country_named(folded: &str) -> Option<&'static Country> {
    COUNTRIES
        .iter()
        .find(|c| crate::text::fold(c.name) == folded || c.other_names.contains(&folded))
}

/// The country whose people `folded` names ("french" → France).
pub fn country_of_demonym(folded: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.demonyms.contains(&folded))
}

/// The country whose capital is `folded` ("paris" → France).
pub fn country_of_capital(folded: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.capitals.contains(&folded))
}

/// The country whose government the seat `folded` stands for.
pub fn country_of_seat(folded: &str) -> Option<&'static Country> {
    let name = SEATS.iter().find(|(s, _)| *s == folded)?.1;
    COUNTRIES.iter().find(|c| c.name == name)
}

/// The country with the short name `name` as in [`Country::name`].
pub fn country(name: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_demonyms_capitals_seats() {
        assert_eq!(country_named("france").map(|c| c.name), Some("France"));
        assert_eq!(
            country_named("britain").map(|c| c.name),
            Some("United Kingdom")
        );
        assert_eq!(
            country_of_demonym("russian").map(|c| c.name),
            Some("Russia")
        );
        assert_eq!(
            country_of_demonym("ukrainian").map(|c| c.name),
            Some("Ukraine")
        );
        assert_eq!(country_of_capital("paris").map(|c| c.name), Some("France"));
        assert_eq!(country_of_capital("kiev").map(|c| c.name), Some("Ukraine"));
        assert_eq!(country_of_seat("kremlin").map(|c| c.name), Some("Russia"));
        assert_eq!(
            country_of_seat("downing street").map(|c| c.name),
            Some("United Kingdom")
        );
        assert!(country_named("paris").is_none());
    }

    #[test]
    fn every_seat_names_a_listed_country() {
        for (seat, name) in SEATS {
            assert!(country(name).is_some(), "{seat} → {name}");
        }
    }

    #[test]
    fn entries_are_folded() {
        for c in COUNTRIES {
            for s in c.other_names.iter().chain(c.demonyms).chain(c.capitals) {
                assert_eq!(crate::text::fold(s), *s, "{}", c.name);
            }
        }
    }
}

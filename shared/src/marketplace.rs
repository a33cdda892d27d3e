//! Amazon marketplaces: their web domains, SP-API ids, default zones and locales.

use std::fmt;
use std::str::FromStr;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// An Amazon marketplace, named by its usual two-letter code (`US`, `JP`, `DE`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Marketplace {
    Us,
    Ca,
    Mx,
    Br,
    Uk,
    De,
    Fr,
    It,
    Es,
    Nl,
    Se,
    Pl,
    Jp,
    Au,
    Sg,
    In,
    Ae,
    Be,
    Ie,
    Tr,
    Sa,
    Eg,
    Za,
}

struct Facts {
    code: &'static str,
    sp_api_id: &'static str,
    domain: &'static str,
    zone: Tz,
    locale: &'static str,
    country: &'static str,
}

impl Marketplace {
    pub const ALL: [Marketplace; 23] = [
        Self::Us,
        Self::Ca,
        Self::Mx,
        Self::Br,
        Self::Uk,
        Self::De,
        Self::Fr,
        Self::It,
        Self::Es,
        Self::Nl,
        Self::Se,
        Self::Pl,
        Self::Jp,
        Self::Au,
        Self::Sg,
        Self::In,
        Self::Ae,
        Self::Be,
        Self::Ie,
        Self::Tr,
        Self::Sa,
        Self::Eg,
        Self::Za,
    ];

    fn facts(self) -> Facts {
        use chrono_tz::{Africa, America, Asia, Australia, Europe};
        let f = |code, sp_api_id, domain, zone, locale, country| Facts {
            code,
            sp_api_id,
            domain,
            zone,
            locale,
            country,
        };
        match self {
            Self::Us => f(
                "US",
                "ATVPDKIKX0DER",
                "amazon.com",
                America::New_York,
                "en-US",
                "US",
            ),
            Self::Ca => f(
                "CA",
                "A2EUQ1WTGCTBG2",
                "amazon.ca",
                America::Toronto,
                "en-CA",
                "CA",
            ),
            Self::Mx => f(
                "MX",
                "A1AM78C64UM0Y8",
                "amazon.com.mx",
                America::Mexico_City,
                "es-MX",
                "MX",
            ),
            Self::Br => f(
                "BR",
                "A2Q3Y263D00KWC",
                "amazon.com.br",
                America::Sao_Paulo,
                "pt-BR",
                "BR",
            ),
            Self::Uk => f(
                "UK",
                "A1F83G8C2ARO7P",
                "amazon.co.uk",
                Europe::London,
                "en-GB",
                "GB",
            ),
            Self::De => f(
                "DE",
                "A1PA6795UKMFR9",
                "amazon.de",
                Europe::Berlin,
                "de-DE",
                "DE",
            ),
            Self::Fr => f(
                "FR",
                "A13V1IB3VIYZZH",
                "amazon.fr",
                Europe::Paris,
                "fr-FR",
                "FR",
            ),
            Self::It => f(
                "IT",
                "APJ6JRA9NG5V4",
                "amazon.it",
                Europe::Rome,
                "it-IT",
                "IT",
            ),
            Self::Es => f(
                "ES",
                "A1RKKUPIHCS9HS",
                "amazon.es",
                Europe::Madrid,
                "es-ES",
                "ES",
            ),
            Self::Nl => f(
                "NL",
                "A1805IZSGTT6HS",
                "amazon.nl",
                Europe::Amsterdam,
                "nl-NL",
                "NL",
            ),
            Self::Se => f(
                "SE",
                "A2NODRKZP88ZB9",
                "amazon.se",
                Europe::Stockholm,
                "sv-SE",
                "SE",
            ),
            Self::Pl => f(
                "PL",
                "A1C3SOZRARQ6R3",
                "amazon.pl",
                Europe::Warsaw,
                "pl-PL",
                "PL",
            ),
            Self::Jp => f(
                "JP",
                "A1VC38T7YXB528",
                "amazon.co.jp",
                Asia::Tokyo,
                "ja-JP",
                "JP",
            ),
            Self::Au => f(
                "AU",
                "A39IBJ37TRP1C6",
                "amazon.com.au",
                Australia::Sydney,
                "en-AU",
                "AU",
            ),
            Self::Sg => f(
                "SG",
                "A19VAU5U5O7RUS",
                "amazon.sg",
                Asia::Singapore,
                "en-SG",
                "SG",
            ),
            Self::In => f(
                "IN",
                "A21TJRUUN4KGV",
                "amazon.in",
                Asia::Kolkata,
                "en-IN",
                "IN",
            ),
            Self::Ae => f(
                "AE",
                "A2VIGQ35RCS4UG",
                "amazon.ae",
                Asia::Dubai,
                "en-AE",
                "AE",
            ),
            Self::Be => f(
                "BE",
                "AMEN7PMS3EDWL",
                "amazon.com.be",
                Europe::Brussels,
                "fr-BE",
                "BE",
            ),
            Self::Ie => f(
                "IE",
                "A28R8C7NBKEWEA",
                "amazon.ie",
                Europe::Dublin,
                "en-IE",
                "IE",
            ),
            Self::Tr => f(
                "TR",
                "A33AVAJ2PDY3EV",
                "amazon.com.tr",
                Europe::Istanbul,
                "tr-TR",
                "TR",
            ),
            Self::Sa => f(
                "SA",
                "A17E79C6D8DWNP",
                "amazon.sa",
                Asia::Riyadh,
                "ar-SA",
                "SA",
            ),
            Self::Eg => f(
                "EG",
                "ARBP9OOSHTCHU",
                "amazon.eg",
                Africa::Cairo,
                "ar-EG",
                "EG",
            ),
            Self::Za => f(
                "ZA",
                "AE08WJ6YKNBMC",
                "amazon.co.za",
                Africa::Johannesburg,
                "en-ZA",
                "ZA",
            ),
        }
    }

    /// The two-letter code used in events and config (`US`, `JP`, …).
    pub fn code(self) -> &'static str {
        self.facts().code
    }

    /// The SP-API `MarketplaceId` (`ATVPDKIKX0DER` for the US).
    pub fn sp_api_id(self) -> &'static str {
        self.facts().sp_api_id
    }

    /// The buyer-facing web domain without `www.` (`amazon.co.jp`).
    pub fn domain(self) -> &'static str {
        self.facts().domain
    }

    /// Zone used when the shipping address tells us nothing better.
    pub fn default_zone(self) -> Tz {
        self.facts().zone
    }

    /// Template locale picked for this marketplace when a campaign has no better match. One per
    /// marketplace: a storefront that also offers other languages (CA French, US Spanish, AE
    /// Arabic, BE Dutch) gets its main one, since an order does not say which language its buyer browsed in.
    pub fn default_locale(self) -> &'static str {
        self.facts().locale
    }

    /// ISO country code of the marketplace's home country.
    pub fn country(self) -> &'static str {
        self.facts().country
    }

    /// Finds a marketplace by its SP-API `MarketplaceId`.
    pub fn from_sp_api_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.sp_api_id() == id)
    }

    /// Whether `host` (e.g. `www.amazon.de`, `sellercentral.amazon.de`) belongs to this
    /// marketplace's own domain.
    pub fn owns_host(self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let domain = self.domain();
        host == domain || host.ends_with(&format!(".{domain}"))
    }
}

impl fmt::Display for Marketplace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown marketplace `{0}` (expected one of US, CA, MX, BR, UK, DE, FR, IT, ES, NL, SE, PL, JP, AU, SG, IN, AE, BE, IE, TR, SA, EG, ZA or an SP-API marketplace id)")]
pub struct UnknownMarketplace(pub String);

impl FromStr for Marketplace {
    type Err = UnknownMarketplace;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_ascii_uppercase();
        let code = if upper == "GB" { "UK" } else { upper.as_str() };
        Self::ALL
            .into_iter()
            .find(|m| m.code() == code)
            .or_else(|| Self::from_sp_api_id(s.trim()))
            .ok_or_else(|| UnknownMarketplace(s.to_string()))
    }
}

impl TryFrom<String> for Marketplace {
    type Error = UnknownMarketplace;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Marketplace> for String {
    fn from(m: Marketplace) -> Self {
        m.code().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_sp_api_ids() {
        assert_eq!("us".parse::<Marketplace>().unwrap(), Marketplace::Us);
        assert_eq!("GB".parse::<Marketplace>().unwrap(), Marketplace::Uk);
        assert_eq!(
            "A1VC38T7YXB528".parse::<Marketplace>().unwrap(),
            Marketplace::Jp
        );
        assert!("XX".parse::<Marketplace>().is_err());
    }

    #[test]
    fn the_later_marketplaces_parse_by_code_and_sp_api_id_both_ways() {
        for (m, code, id, domain) in [
            (Marketplace::Be, "BE", "AMEN7PMS3EDWL", "amazon.com.be"),
            (Marketplace::Ie, "IE", "A28R8C7NBKEWEA", "amazon.ie"),
            (Marketplace::Tr, "TR", "A33AVAJ2PDY3EV", "amazon.com.tr"),
            (Marketplace::Sa, "SA", "A17E79C6D8DWNP", "amazon.sa"),
            (Marketplace::Eg, "EG", "ARBP9OOSHTCHU", "amazon.eg"),
            (Marketplace::Za, "ZA", "AE08WJ6YKNBMC", "amazon.co.za"),
        ] {
            assert_eq!(code.parse::<Marketplace>().unwrap(), m);
            assert_eq!(code.to_lowercase().parse::<Marketplace>().unwrap(), m);
            assert_eq!(id.parse::<Marketplace>().unwrap(), m);
            assert_eq!(Marketplace::from_sp_api_id(id), Some(m));
            assert_eq!((m.code(), m.sp_api_id(), m.domain()), (code, id, domain));
            assert_eq!(m.country(), code);
            assert_eq!(m.to_string(), code);
            assert!(m.owns_host(&format!("www.{domain}")));
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{code}\""));
            assert_eq!(serde_json::from_str::<Marketplace>(&json).unwrap(), m);
        }
        // amazon.com.be and amazon.com.tr are not amazon.com's, nor amazon.com theirs.
        assert!(!Marketplace::Us.owns_host("www.amazon.com.be"));
        assert!(!Marketplace::Tr.owns_host("www.amazon.com"));
        let err = "BG".parse::<Marketplace>().unwrap_err().to_string();
        assert!(err.contains("AE, BE, IE, TR, SA, EG, ZA or"), "{err}");
    }

    #[test]
    fn every_code_sp_api_id_and_domain_is_one_marketplace_s() {
        let message = UnknownMarketplace("XX".to_string()).to_string();
        let listed: Vec<&str> = message
            .split_once("expected one of ")
            .and_then(|(_, rest)| rest.split_once(" or an SP-API"))
            .map(|(list, _)| list.split(", ").collect())
            .unwrap_or_default();
        let codes: Vec<&str> = Marketplace::ALL.iter().map(|m| m.code()).collect();
        assert_eq!(listed, codes, "{message}");
        for m in Marketplace::ALL {
            assert_eq!(m.code().parse::<Marketplace>().unwrap(), m);
            assert_eq!(Marketplace::from_sp_api_id(m.sp_api_id()), Some(m));
            let owners: Vec<Marketplace> = Marketplace::ALL
                .into_iter()
                .filter(|o| o.owns_host(m.domain()))
                .collect();
            assert_eq!(owners, [m]);
        }
    }

    #[test]
    fn each_marketplace_asks_for_its_own_language() {
        let locales: Vec<(&str, &str)> = Marketplace::ALL
            .iter()
            .map(|m| (m.code(), m.default_locale()))
            .collect();
        for expected in [
            ("FR", "fr-FR"),
            ("IT", "it-IT"),
            ("ES", "es-ES"),
            ("MX", "es-MX"),
            ("DE", "de-DE"),
            ("JP", "ja-JP"),
            ("SE", "sv-SE"),
            ("BR", "pt-BR"),
            ("BE", "fr-BE"),
            ("IE", "en-IE"),
            ("TR", "tr-TR"),
            ("SA", "ar-SA"),
            ("EG", "ar-EG"),
            ("ZA", "en-ZA"),
        ] {
            assert!(locales.contains(&expected), "{expected:?} in {locales:?}");
        }
    }

    #[test]
    fn hosts_belong_only_to_their_own_domain() {
        assert!(Marketplace::De.owns_host("www.amazon.de"));
        assert!(Marketplace::Us.owns_host("amazon.com"));
        assert!(!Marketplace::Us.owns_host("amazon.com.evil.example"));
        assert!(!Marketplace::Us.owns_host("notamazon.com"));
    }

    #[test]
    fn the_later_marketplaces_default_to_their_own_zone() {
        let zones: Vec<(&str, &str)> = [
            Marketplace::Be,
            Marketplace::Ie,
            Marketplace::Tr,
            Marketplace::Sa,
            Marketplace::Eg,
            Marketplace::Za,
        ]
        .iter()
        .map(|m| (m.code(), m.default_zone().name()))
        .collect();
        assert_eq!(
            zones,
            [
                ("BE", "Europe/Brussels"),
                ("IE", "Europe/Dublin"),
                ("TR", "Europe/Istanbul"),
                ("SA", "Asia/Riyadh"),
                ("EG", "Africa/Cairo"),
                ("ZA", "Africa/Johannesburg"),
            ]
        );
    }
}

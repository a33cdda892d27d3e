//! Which SP-API host serves a marketplace, and where Login with Amazon issues tokens.

use std::fmt;

use crate::Marketplace;

/// Login with Amazon's token endpoint (one for every region).
pub const LWA_TOKEN_URL: &str = "https://api.amazon.com/auth/o2/token";

/// An SP-API region: every marketplace is served by exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// North America: US, CA, MX, BR.
    Na,
    /// Europe, the Middle East, Africa and India.
    Eu,
    /// Far East: JP, AU, SG.
    Fe,
}

impl Region {
    pub const ALL: [Region; 3] = [Region::Na, Region::Eu, Region::Fe];

    /// The region serving `marketplace`.
    pub fn of(marketplace: Marketplace) -> Region {
        use Marketplace::*;
        match marketplace {
            Us | Ca | Mx | Br => Region::Na,
            Uk | De | Fr | It | Es | Nl | Se | Pl | In | Ae | Be | Ie | Tr | Sa | Eg | Za => {
                Region::Eu
            }
            Jp | Au | Sg => Region::Fe,
        }
    }

    /// Amazon's production host for this region, without a trailing slash.
    pub fn base_url(self) -> &'static str {
        match self {
            Region::Na => "https://sellingpartnerapi-na.amazon.com",
            Region::Eu => "https://sellingpartnerapi-eu.amazon.com",
            Region::Fe => "https://sellingpartnerapi-fe.amazon.com",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Region::Na => "NA",
            Region::Eu => "EU",
            Region::Fe => "FE",
        }
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the client sends its requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    /// The full URL of the token endpoint.
    pub lwa: String,
    /// When set, every SP-API call goes to this base URL instead of the marketplace's regional
    /// host (tests point it at a local server). Leave `None` in production.
    pub api: Option<String>,
}

impl Default for Endpoints {
    fn default() -> Self {
        Self::amazon()
    }
}

impl Endpoints {
    /// Amazon's production endpoints: LWA plus the regional hosts.
    pub fn amazon() -> Self {
        Endpoints {
            lwa: LWA_TOKEN_URL.to_string(),
            api: None,
        }
    }

    /// Both the token endpoint and the API served from one base URL (a local stub).
    pub fn local(base_url: &str) -> Self {
        let base = base_url.trim_end_matches('/');
        Endpoints {
            lwa: format!("{base}/auth/o2/token"),
            api: Some(base.to_string()),
        }
    }

    /// The base URL SP-API calls for `region` go to, without a trailing slash.
    pub fn api_base(&self, region: Region) -> String {
        match &self.api {
            Some(base) => base.trim_end_matches('/').to_string(),
            None => region.base_url().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marketplace_has_a_region() {
        assert_eq!(Region::of(Marketplace::Us), Region::Na);
        assert_eq!(Region::of(Marketplace::Br), Region::Na);
        assert_eq!(Region::of(Marketplace::Uk), Region::Eu);
        assert_eq!(Region::of(Marketplace::In), Region::Eu);
        assert_eq!(Region::of(Marketplace::Ae), Region::Eu);
        assert_eq!(Region::of(Marketplace::Jp), Region::Fe);
        assert_eq!(Region::of(Marketplace::Sg), Region::Fe);
        for m in [
            Marketplace::Be,
            Marketplace::Ie,
            Marketplace::Tr,
            Marketplace::Sa,
            Marketplace::Eg,
            Marketplace::Za,
        ] {
            assert_eq!(Region::of(m), Region::Eu, "{m}");
            assert_eq!(
                Region::of(m).base_url(),
                "https://sellingpartnerapi-eu.amazon.com"
            );
        }
        for m in Marketplace::ALL {
            assert!(Region::of(m)
                .base_url()
                .starts_with("https://sellingpartnerapi-"));
        }
    }

    #[test]
    fn the_api_override_applies_only_when_set() {
        let prod = Endpoints::amazon();
        assert_eq!(
            prod.api_base(Region::Fe),
            "https://sellingpartnerapi-fe.amazon.com"
        );
        let local = Endpoints::local("http://127.0.0.1:9/");
        assert_eq!(local.api_base(Region::Fe), "http://127.0.0.1:9");
        assert_eq!(local.lwa, "http://127.0.0.1:9/auth/o2/token");
    }
}

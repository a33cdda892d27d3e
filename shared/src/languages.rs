//! Which language each store's buyers read. An email goes out in the locale of the order's
//! marketplace when a template exists in that language; otherwise the template fallback picks
//! another one (en-US first), and the seller should know their Swedish buyers get English.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::config::{CampaignStatus, Config, Store};
use crate::order::StoreId;
use crate::send::Channel;
use crate::template::{self, TemplateSet};
use crate::Marketplace;

/// A store whose buyers get some or all of their emails in a language other than their
/// marketplace's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageGap {
    pub store: StoreId,
    pub marketplace: Marketplace,
    /// The marketplace's locale, which no template of these names is written in (`sv-SE`).
    pub wanted: String,
    /// Locale the buyers get instead → the templates rendered in it.
    pub given: BTreeMap<String, Vec<String>>,
    /// Whether every email the store sends is affected.
    pub all: bool,
}

impl fmt::Display for LanguageGap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "store {} on Amazon {}: buyers get ",
            self.store, self.marketplace
        )?;
        let given: Vec<String> = if self.all && self.given.len() == 1 {
            self.given.keys().cloned().collect()
        } else {
            self.given
                .iter()
                .map(|(locale, names)| format!("{locale} for {}", names.join(", ")))
                .collect()
        };
        write!(f, "{}, no {} template", given.join(" and "), self.wanted)
    }
}

/// The language gap of every store in the config, in config order.
pub fn language_gaps(config: &Config) -> Vec<LanguageGap> {
    config
        .stores
        .iter()
        .filter_map(|store| store_language_gap(config, store))
        .collect()
}

/// The templates `store`'s emails use that have no version in its marketplace's language. Only
/// campaigns that can email this store's buyers count: not paused, not Amazon's own
/// solicitation (Amazon writes that in the buyer's language), not filtered to other marketplaces.
pub fn store_language_gap(config: &Config, store: &Store) -> Option<LanguageGap> {
    let names: BTreeSet<&str> = config
        .campaigns
        .iter()
        .filter(|c| c.applies_to_store(&store.id))
        .filter(|c| c.status != CampaignStatus::Paused && c.channel == Channel::Email)
        .filter(|c| {
            c.filters.marketplaces.is_empty() || c.filters.marketplaces.contains(&store.marketplace)
        })
        .map(|c| c.template.as_str())
        .collect();
    gap_for(&store.id, store.marketplace, &names, &config.templates)
}

fn gap_for(
    store: &StoreId,
    marketplace: Marketplace,
    names: &BTreeSet<&str>,
    templates: &TemplateSet,
) -> Option<LanguageGap> {
    let wanted = marketplace.default_locale();
    let mut given: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for name in names {
        let Some(picked) = templates.pick(name, &[wanted]) else {
            continue;
        };
        if template::language(&picked.locale) != template::language(wanted) {
            given
                .entry(picked.locale.clone())
                .or_default()
                .push(name.to_string());
        }
    }
    if given.is_empty() {
        return None;
    }
    let affected: usize = given.values().map(Vec::len).sum();
    Some(LanguageGap {
        store: store.clone(),
        marketplace,
        wanted: wanted.to_string(),
        all: affected == names.len(),
        given,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateSource;

    fn store(id: &str, marketplace: &str) -> String {
        format!(
            "[[store]]\nid = \"{id}\"\nname = \"Acme\"\nmarketplace = \"{marketplace}\"\n\
             sender = \"Acme <care@acme.example>\"\ntest_address = \"me@acme.example\"\n"
        )
    }

    fn config(stores: &[(&str, &str)], campaigns: &str, templates: TemplateSet) -> Config {
        let mut text: String = stores.iter().map(|(id, m)| store(id, m)).collect();
        text.push_str(campaigns);
        Config::from_toml("test.toml", &text, None, templates).unwrap()
    }

    const CAMPAIGNS: &str = "[[campaign]]\nname = \"follow-up\"\nkind = \"follow_up\"\n\
        [[campaign]]\nname = \"reviews\"\nkind = \"review_request\"\n";

    #[test]
    fn a_store_without_templates_in_its_language_is_named_once() {
        let c = config(
            &[("acme-se", "SE"), ("acme-fr", "FR"), ("acme-mx", "MX")],
            CAMPAIGNS,
            TemplateSet::builtin(),
        );
        let gaps = language_gaps(&c);
        assert_eq!(gaps.len(), 1, "{gaps:?}");
        assert_eq!(
            gaps[0].to_string(),
            "store acme-se on Amazon SE: buyers get en-US, no sv-SE template"
        );
        // The review request goes through Amazon's solicitation, which Amazon words itself.
        assert_eq!(gaps[0].given["en-US"], ["follow_up"]);
    }

    #[test]
    fn a_turkish_store_is_named_and_a_belgian_one_reads_french() {
        let c = config(
            &[
                ("acme-be", "BE"),
                ("acme-tr", "TR"),
                ("acme-ie", "IE"),
                ("acme-eg", "EG"),
            ],
            CAMPAIGNS,
            TemplateSet::builtin(),
        );
        let gaps: Vec<String> = language_gaps(&c).iter().map(|g| g.to_string()).collect();
        assert_eq!(
            gaps,
            [
                "store acme-tr on Amazon TR: buyers get en-US, no tr-TR template",
                "store acme-eg on Amazon EG: buyers get en-US, no ar-EG template",
            ]
        );
    }

    #[test]
    fn every_marketplace_without_starters_in_its_language_has_a_gap() {
        let stores: Vec<(String, String)> = Marketplace::ALL
            .iter()
            .map(|m| {
                (
                    format!("s-{}", m.code().to_lowercase()),
                    m.code().to_string(),
                )
            })
            .collect();
        let stores: Vec<(&str, &str)> = stores
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let c = config(&stores, CAMPAIGNS, TemplateSet::builtin());
        let gapped: Vec<Marketplace> = language_gaps(&c).iter().map(|g| g.marketplace).collect();
        assert_eq!(
            gapped,
            [
                Marketplace::Br,
                Marketplace::Nl,
                Marketplace::Se,
                Marketplace::Pl,
                Marketplace::Tr,
                Marketplace::Sa,
                Marketplace::Eg,
            ]
        );
    }

    #[test]
    fn a_custom_template_only_in_english_is_named_for_a_french_store() {
        let mut templates = TemplateSet::builtin();
        let lamp = TemplateSource::parse(
            "lamp_tips",
            "en-US",
            "templates/lamp_tips.en-US.txt",
            "Subject: Tips from {{ store.name }}\n{{ greeting }}\n\nThe lamp dims when you hold the button.\n",
            None,
        )
        .unwrap();
        templates.insert(lamp);
        let campaigns = format!(
            "{CAMPAIGNS}[[campaign]]\nname = \"lamp\"\nkind = \"sentiment_check\"\ntemplate = \"lamp_tips\"\n\
             [[campaign]]\nname = \"old\"\nkind = \"sentiment_check\"\ntemplate = \"lamp_tips\"\nstatus = \"paused\"\n"
        );
        let c = config(
            &[("acme-fr", "FR"), ("acme-us", "US")],
            &campaigns,
            templates,
        );
        let gaps = language_gaps(&c);
        assert_eq!(gaps.len(), 1, "{gaps:?}");
        assert!(!gaps[0].all);
        assert_eq!(
            gaps[0].to_string(),
            "store acme-fr on Amazon FR: buyers get en-US for lamp_tips, no fr-FR template"
        );
    }

    #[test]
    fn paused_and_other_marketplace_campaigns_do_not_count() {
        let campaigns = "[[campaign]]\nname = \"follow-up\"\nkind = \"follow_up\"\nstatus = \"paused\"\n\
            [[campaign]]\nname = \"check\"\nkind = \"sentiment_check\"\nfilters = { marketplaces = [\"US\"] }\n";
        let c = config(&[("acme-se", "SE")], campaigns, TemplateSet::builtin());
        assert_eq!(language_gaps(&c), []);
    }
}

//! Wording rules over the buyer-visible text: rating steering, review gating, incentives,
//! review/feedback requests, feedback-change requests, marketing.
//!
//! The rules read meaning, not phrasings: each sentence is tagged with the concepts the
//! language tables find in it (a review mention, a request, a condition, a positive experience,
//! a problem, a question, contacting the seller, "first"/"before", a reward, a value, a linking
//! word), and a rule fires on a combination within a sentence or with its neighbours. No word of
//! any language appears here; see [`super::lang`].
//!
//! Patterns are case-insensitive and whitespace-tolerant (tera and HTML are already blanked to
//! spaces); full-width digits and punctuation are folded to ASCII before matching.

use super::lang::{Concept, Haystack, Language, Lexicon};
use super::scan::{Scanned, TeraKind, TeraSpan, VAR};
use super::{rule, Hit, LintContext};
use crate::CampaignKind;

/// Char ranges matched by any pattern of `concept` in any of `langs`, overlaps dropped (the
/// earliest, longest match wins).
fn spans(scan: &Scanned, langs: &[&'static Language], concept: Concept) -> Vec<(usize, usize)> {
    scan.concept_spans
        .get(langs, concept, || find_spans(scan, langs, concept))
}

/// Stars a third party's test or rating gives a thing ("a five-star Euro NCAP rating") that no
/// ask of the buyer governs: none in their sentence at most 60 chars before them with no colon
/// or semicolon between, nor inside their match ("please give our helmet a five-star safety
/// rating"), and no words right after them that wish them of the buyer ("… from you", the
/// review link). Those stay a star count; the rest are another sense of stars. Each language's
/// asks govern its own stars.
fn third_party_stars(scan: &Scanned, langs: &[&'static Language]) -> Vec<(usize, usize)> {
    const REACH: usize = 60;
    let mut out = Vec::new();
    for &lang in langs {
        let find = |concept| table_spans(scan, lang, concept);
        let stars = find(Concept::RatedStars);
        if stars.is_empty() {
            continue;
        }
        let asks = find(Concept::StarAsk);
        // An ask inside the match counts too: a pattern that reads from the rater to the stars
        // ("the jury … five stars") may hold one between them ("like the jury, please give us
        // five stars").
        let asked = |start: usize, end: usize| {
            asks.iter().any(|&(ask, ask_end)| {
                ask_end <= end
                    && start.saturating_sub(ask_end) <= REACH
                    && scan.sentence_of(ask) == scan.sentence_of(start)
                    && !scan.text_between(ask_end, start).contains([':', ';'])
            })
        };
        let wished = |end: usize| {
            lang.regexes(Concept::StarTail)
                .iter()
                .any(|re| scan.text.matches_at(re, end))
        };
        out.extend(
            stars
                .into_iter()
                .filter(|&(start, end)| !asked(start, end) && !wished(end)),
        );
    }
    out
}

/// The spans one language's patterns of `concept` find in `scan`, as they match.
fn table_spans(scan: &Scanned, lang: &'static Language, concept: Concept) -> Vec<(usize, usize)> {
    lang.regexes(concept)
        .iter()
        .flat_map(|re| scan.text.find_pattern(re))
        .collect()
}

/// [`spans`], searched.
fn find_spans(
    scan: &Scanned,
    langs: &[&'static Language],
    concept: Concept,
) -> Vec<(usize, usize)> {
    let mut all: Vec<(usize, usize)> = langs
        .iter()
        .flat_map(|&l| table_spans(scan, l, concept))
        .collect();
    if concept == Concept::OtherSense {
        all.extend(third_party_stars(scan, langs));
    }
    // A gift bag or the coupon the buyer already used is no offer, and "grateful for a review"
    // ties nothing to the review. "Item: Five Star Notebook" names a product, not a rating.
    // "Par retour de mail" is a reply, not a returned item. "Contact us first, before throwing
    // the box away" puts the seller before something else than the review.
    if matches!(
        concept,
        Concept::Steering
            | Concept::Reward
            | Concept::Value
            | Concept::Marketing
            | Concept::Link
            | Concept::Grant
            | Concept::Problem
            | Concept::First
    ) {
        let other = spans(scan, langs, Concept::OtherSense);
        all.retain(|&(s, e)| !other.iter().any(|&(os, oe)| s < oe && os < e));
    }
    // "Write to us before or after you review it" puts no one before the review: an ordering
    // that lies wholly inside words of another sense orders nothing. (One that only holds such
    // words, "no need to post it there" around "need", still does.)
    if concept == Concept::BeforeReview {
        let other = spans(scan, langs, Concept::OtherSense);
        all.retain(|&(s, e)| !inside(&other, s, e));
    }
    // "Once you have worn it a few times" is about the buyer's time, not a review that earns
    // something: a linking word inside a harmless condition links nothing.
    if concept == Concept::Link {
        let benign = spans(scan, langs, Concept::Benign);
        all.retain(|&(s, e)| !benign.iter().any(|&(bs, be)| s < be && bs < e));
    }
    all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for span in all {
        if kept.last().is_none_or(|last| span.0 >= last.1) {
            kept.push(span);
        }
    }
    kept
}

fn matches(text: &str, langs: &[&'static Language], concept: Concept) -> bool {
    let hay = Haystack::new(text);
    langs
        .iter()
        .flat_map(|l| l.regexes(concept))
        .any(|re| re.is_match(&hay))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Review,
    Feedback,
    Either,
}

/// A request for a review or feedback: a phrase, or a `{{ links.* }}` to the review or
/// feedback page.
#[derive(Debug, Clone, Copy)]
struct Request {
    start: usize,
    end: usize,
    target: Target,
    /// A bare `{{ links.* }}`, with no asking words of its own.
    link: bool,
}

fn target_of(words: &str, langs: &[&'static Language]) -> Target {
    let w = words.to_lowercase();
    let any = |pick: fn(&Lexicon) -> &'static [&'static str]| {
        langs
            .iter()
            .flat_map(|l| pick(l.lexicon))
            .any(|k| w.contains(k))
    };
    if any(|l| l.feedback_words) {
        Target::Feedback
    } else if any(|l| l.review_words) {
        Target::Review
    } else {
        Target::Either
    }
}

/// Review/feedback mentions, minus the seller reviewing something ("we will review your case").
fn mentions(scan: &Scanned, langs: &[&'static Language]) -> Vec<(usize, usize)> {
    spans(scan, langs, Concept::Mention)
        .into_iter()
        .filter(|&(s, _)| {
            let before = scan.text_between(s.saturating_sub(30), s);
            !matches(before, langs, Concept::SellerReviews)
        })
        .collect()
}

/// What one sentence holds. Spans are char ranges in the part.
#[derive(Default)]
struct Sentence {
    from: usize,
    to: usize,
    mention: bool,
    request: bool,
    /// Positive experiences that no negation turns around.
    positive: Vec<(usize, usize)>,
    /// Something wrong, or a positive turned around ("not happy").
    problem: bool,
    /// Where the first sign of it stands: a problem word, or the sentence's start when a
    /// negation made it one.
    problem_at: Option<usize>,
    /// Its only problem is a negation and a condition in different steps of a list: no
    /// problem for an offer to help with.
    steps_apart: bool,
    condition: bool,
    /// Where the conditions stand that are not only about the buyer's time or wish.
    hard_conditions: Vec<usize>,
    /// Where the review or feedback requests start.
    requests: Vec<usize>,
    /// Names a bad or negative review.
    negative_review: bool,
    /// A question about something else than the buyer's experience ("Did you know…?").
    aside: bool,
    /// "If so, …": a condition on what the sentence before said.
    if_so: bool,
    question: bool,
    contact: Vec<(usize, usize)>,
    first: bool,
    before_review: Vec<(usize, usize)>,
    link: bool,
    /// "Otherwise, …" / "If not, …": a condition on the opposite of what came before.
    otherwise: bool,
    reward: Vec<(usize, usize)>,
    value: Vec<(usize, usize)>,
    /// Opens on a word that takes a yes for granted ("Then …", "Great!").
    then: bool,
    /// Holds a negation word ("not", "never").
    negated: bool,
    /// Says any opinion is welcome ("whatever your experience").
    unconditional: bool,
    /// Names the people who review, or a review as the step before something.
    reviewers: bool,
    /// Where those words stand.
    reviewers_at: Vec<(usize, usize)>,
    /// Holds the review until a value arrives ("hold your review until the replacement is
    /// with you"): that value is awaited, not offered.
    awaited: bool,
    /// Something the seller gives, sends or unlocks.
    grant: Vec<(usize, usize)>,
    /// Where the review or feedback mentions start, requests included.
    mentions_at: Vec<usize>,
    /// Where the words stand that name the review as already posted ("once your review is
    /// online").
    posted: Vec<(usize, usize)>,
    /// Opens a buyer's question in a question-and-answer layout ("Q: Where do I post it?").
    quoted: bool,
    /// Says it asks for nothing, or that an offer has nothing to do with reviews.
    disclaims: bool,
    /// Asks to change or remove a review or feedback.
    changes: bool,
    /// Asks for a positive or top rating ("a good review would help"), outside balanced
    /// either-way wording and outside a disclaimer.
    steering: bool,
    /// Names the buyers the email is for by their being happy ("we only send this to the
    /// customers who are delighted"): a condition on the whole email.
    addressed: bool,
}

/// The three kinds of offer a sentence keeps apart.
#[derive(Clone, Copy)]
enum Offer {
    Reward,
    Value,
    Grant,
}

impl Sentence {
    fn offers_of(&self, kind: Offer) -> &[(usize, usize)] {
        match kind {
            Offer::Reward => &self.reward,
            Offer::Value => &self.value,
            Offer::Grant => &self.grant,
        }
    }

    /// Every offer of the sentence: its rewards, then its values, then its grants.
    fn offers(&self) -> impl Iterator<Item = &(usize, usize)> {
        self.reward.iter().chain(&self.value).chain(&self.grant)
    }

    /// The first offer of the first kind in `order` that the sentence has: the one a finding
    /// quotes.
    fn first_offer(&self, order: [Offer; 3]) -> Option<(usize, usize)> {
        order
            .into_iter()
            .find_map(|kind| self.offers_of(kind).first().copied())
    }
}

/// The concepts of every sentence of a part.
struct Reading {
    sentences: Vec<Sentence>,
    /// Whether the part asks for a review or feedback anywhere.
    asks: bool,
    /// Balanced either-way wording ("whether you liked it or not", "five stars or one"):
    /// positives, negations and star counts inside it condition or steer nothing.
    balanced: Vec<(usize, usize)>,
    /// The buyer's questions the seller answers with a no ("Q: Is there a gift card if I
    /// review? / A: No."): what they name is asked about and refused, never offered.
    denied: Vec<(usize, usize)>,
    /// Whether the part names a review, rating or feedback anywhere (asked for or not).
    names_review: bool,
}

impl Reading {
    fn new(scan: &Scanned, langs: &[&'static Language]) -> Self {
        let n = scan.sentence_count();
        let mut sentences: Vec<Sentence> = (0..n)
            .map(|i| {
                let (from, to) = scan.sentence_range(i);
                Sentence {
                    from,
                    to,
                    ..Sentence::default()
                }
            })
            .collect();
        let at = |ci: usize| scan.sentence_of(ci).min(n.saturating_sub(1));
        {
            let mut mark = |concept: Concept, set: fn(&mut Sentence, (usize, usize))| {
                for span in spans(scan, langs, concept) {
                    if let Some(s) = sentences.get_mut(at(span.0)) {
                        set(s, span);
                    }
                }
            };
            mark(Concept::Condition, |s, _| s.condition = true);
            mark(Concept::Aside, |s, _| s.aside = true);
            mark(Concept::IfSo, |s, _| s.if_so = true);
            mark(Concept::Contact, |s, span| s.contact.push(span));
            mark(Concept::First, |s, _| s.first = true);
            mark(Concept::BeforeReview, |s, span| s.before_review.push(span));
            mark(Concept::Link, |s, _| s.link = true);
            mark(Concept::Posted, |s, span| {
                s.mention = true;
                s.link = true;
                s.posted.push(span);
            });
            mark(Concept::Unconditional, |s, _| s.unconditional = true);
            mark(Concept::Disclaim, |s, _| s.disclaims = true);
            mark(Concept::FeedbackChange, |s, _| s.changes = true);
            mark(Concept::Reviewers, |s, span| {
                s.reviewers = true;
                s.reviewers_at.push(span);
                s.mention = true;
            });
        }
        // The buyer's questions in a question-and-answer layout, quoted by the seller.
        let questions = buyer_questions(scan);
        // "Q: Is there a gift if I review? / A: No, …": a reward the buyer asks about and the
        // seller refuses is no offer.
        let denied = denied_questions(scan, langs, &questions);
        // Where each kind of offer is kept in a sentence.
        type Offers = fn(&mut Sentence) -> &mut Vec<(usize, usize)>;
        let offers: [(Concept, Offers); 3] = [
            (Concept::Reward, |s| &mut s.reward),
            (Concept::Value, |s| &mut s.value),
            (Concept::Grant, |s| &mut s.grant),
        ];
        // "Hold your review until the replacement is with you": the refund or replacement a held
        // review waits for is no value offered for it, inside the words that hold it or beside
        // them in their sentence ("Wait with the review until the new pan is there").
        let held = spans(scan, langs, Concept::BeforeReview);
        for (concept, list) in offers {
            for span in spans(scan, langs, concept) {
                let awaited = concept == Concept::Value
                    && (inside(&held, span.0, span.1)
                        || held.iter().any(|h| at(h.0) == at(span.0)));
                let refused = awaited || covers(&denied, span.0);
                if let Some(s) = sentences.get_mut(at(span.0)) {
                    s.awaited |= awaited;
                    if !refused {
                        list(s).push(span);
                    }
                }
                // A hold that opens on the buyer's question and runs into the answer ("Can I
                // review it yet? / A: Wait with it until the spare part is here.") waits on the
                // value in the answer: the sentence it opens in is awaiting too.
                if awaited {
                    let holds = held
                        .iter()
                        .filter(|&&(hs, he)| hs <= span.0 && span.1 <= he);
                    for &(hs, _) in holds {
                        if let Some(s) = sentences.get_mut(at(hs)) {
                            s.awaited = true;
                        }
                    }
                }
            }
        }
        // The sentence a buyer's question opens is quoted: it gates nothing by itself (see
        // `gating`), and a bad review named in it pleads against nothing (below).
        for &(qs, _) in &questions {
            if let Some(s) = sentences.get_mut(at(qs)) {
                s.quoted = true;
            }
        }
        // A link to the contact page offers to talk, whatever words stand around it.
        for t in scan.tera.iter().filter(|t| is_contact_link(t)) {
            if let Some(s) = sentences.get_mut(at(t.start)) {
                s.contact.push((t.start, t.end));
            }
        }
        let benign = spans(scan, langs, Concept::Benign);
        let other = spans(scan, langs, Concept::OtherSense);
        let conditions = spans(scan, langs, Concept::Condition);
        for &(cs, ce) in &conditions {
            // "only when you have a moment": a condition word leading into a courtesy is part
            // of it.
            let harmless = benign
                .iter()
                .any(|&(bs, be)| (cs < be && bs < ce) || (bs >= ce && bs <= ce + 1));
            if let Some(s) = sentences.get_mut(at(cs)).filter(|_| !harmless) {
                s.hard_conditions.push(cs);
            }
        }
        let requests = requests_outside(scan, langs, &questions);
        for r in &requests {
            if let Some(s) = sentences.get_mut(at(r.start)) {
                s.request = true;
                s.requests.push(r.start);
                s.mentions_at.push(r.start);
                s.mention = true;
            }
        }
        for (start, _) in mentions(scan, langs) {
            if let Some(s) = sentences.get_mut(at(start)) {
                s.mentions_at.push(start);
                s.mention = true;
            }
        }
        // Negations are found in the whole text, so a window never cuts a word into one.
        let negations = spans(scan, langs, Concept::Negation);
        for &(start, _) in &negations {
            if let Some(s) = sentences.get_mut(at(start)) {
                s.negated = true;
            }
        }
        // A liking at the head of a harmless condition is the group or the time it names, not a
        // verdict: a hobby or a pet ("those of you who love their dogs", "chi ama il
        // giardinaggio"). One further inside ("if you've used it outdoors with no problems at
        // all") is still a verdict, and so is one the condition does not reach past ("if you
        // like" before "our product").
        let at_head = |ps: usize, pe: usize| {
            benign.iter().any(|&(bs, be)| {
                bs <= ps && pe < be && scan.text_between(bs, ps).split_whitespace().count() <= 3
            })
        };
        let positives: Vec<(usize, usize)> = spans(scan, langs, Concept::Positive)
            .into_iter()
            .filter(|&(ps, pe)| !at_head(ps, pe))
            .collect();
        // A problem named only to say there is none ("if no any problem") is no problem.
        let problems = spans(scan, langs, Concept::Problem);
        for &(start, end) in &problems {
            let denied = inside(&positives, start, end);
            if let Some(s) = sentences.get_mut(at(start)).filter(|_| !denied) {
                s.problem = true;
                s.problem_at = Some(s.problem_at.map_or(start, |p| p.min(start)));
            }
        }
        // "Whether you liked it or not": a positive inside a balanced either-way ask conditions
        // nothing.
        let balanced = spans(scan, langs, Concept::Unconditional);
        // "Otherwise" inside either-way wording ("whether you review or not") opens no other
        // branch.
        for (start, _) in spans(scan, langs, Concept::Otherwise) {
            if covers(&balanced, start) {
                continue;
            }
            if let Some(s) = sentences.get_mut(at(start)) {
                s.otherwise = true;
            }
        }
        // "Good reviews and bad ones alike are welcome": a negative review named inside balanced
        // either-way wording pleads against nothing; nor does one in the buyer's own question
        // (marked above).
        for (start, end) in spans(scan, langs, Concept::NegativeReview) {
            let quoted = covers(&questions, start);
            if quoted || inside(&balanced, start, end) {
                continue;
            }
            if let Some(s) = sentences.get_mut(at(start)) {
                s.negative_review = true;
            }
        }
        // "A good review would help us": the ask is for the happy buyer only.
        for (start, end) in spans(scan, langs, Concept::Steering) {
            if inside(&balanced, start, end) {
                continue;
            }
            if let Some(s) = sentences.get_mut(at(start)).filter(|s| !s.disclaims) {
                s.steering = true;
            }
        }
        for &(start, end) in &positives {
            if inside(&balanced, start, end) {
                continue;
            }
            // "Q: Should I only review if I'm happy? / A: Not at all.": a condition the buyer
            // asks about and the seller refuses gates nothing.
            if covers(&denied, start) {
                continue;
            }
            let Some(s) = sentences.get_mut(at(start)) else {
                continue;
            };
            let (from, to) = (start.saturating_sub(25).max(s.from), (end + 12).min(s.to));
            // A negation the positive holds itself turns nothing around: one on a problem
            // beside it ("no problems", 「問題がなかった」), or one the idiom is made of ("can't
            // live without it", 「手放せない」): without it the words are no longer happy. One on
            // the feeling ("you are not satisfied", still happy without the "not") does.
            let own = |ns: usize, ne: usize| {
                let problem_beside = || {
                    problems
                        .iter()
                        .any(|&(qs, qe)| qs >= start && qe <= end && (qe <= ns || qs >= ne))
                };
                // Every negation inside goes, so an idiom made of two ("non … mai", "never …
                // not") is not read as the idiom with one of them.
                let idiom = || {
                    let mut rest = String::new();
                    let mut kept = start;
                    for &(ks, ke) in negations.iter().filter(|n| n.0 >= start && n.1 <= end) {
                        rest.push_str(scan.text_between(kept, ks));
                        kept = ke;
                    }
                    rest.push_str(scan.text_between(kept, end));
                    !matches(&rest, langs, Concept::Positive)
                };
                ns >= start && ne <= end && (problem_beside() || idiom())
            };
            // A negation in another step of a list ("☐ don't stop it / ☐ All running smoothly?")
            // turns nothing around: each step is a thought of its own.
            let other_step = |ns: usize| apart_steps(scan, ns, start);
            // Nor does one inside words of another sense that end before the positive: the "non"
            // of "finché non è tutto a posto" waits for all to be right. (Words of another sense
            // that hold the positive too, help offered "whether you review or not", keep it.)
            let other_sense = |ns: usize| {
                other
                    .iter()
                    .any(|&(os, oe)| os <= ns && ns < oe && oe <= start)
            };
            if negations.iter().any(|&(ns, ne)| {
                ns >= from && ne <= to && !own(ns, ne) && !other_step(ns) && !other_sense(ns)
            }) {
                s.problem = true;
                s.problem_at = Some(s.from);
            } else {
                s.positive.push((start, end));
            }
        }
        // "For everyone who loves it, …" / 「美味しかったと思った皆さまへ」: a group named by being
        // happy is a condition on it.
        // (Even one named for a tip, "For the bakers who are happy with their loaf: the next step
        // is a rye starter.", beside an ask put to everyone: the words after the colon may as well
        // announce the ask, "To our happy customers: we have one small favour to ask.")
        for (audience, _) in spans(scan, langs, Concept::Audience) {
            if let Some(s) = sentences.get_mut(at(audience)) {
                if !s.positive.is_empty() {
                    s.condition = true;
                    s.addressed = true;
                    s.hard_conditions.push(audience);
                    s.hard_conditions.sort_unstable();
                }
            }
        }
        // "Q: Slices paper without a tear? / A: Great, that's the edge others want to read
        // about": the answer to the buyer's question opens after its label, and takes a yes for
        // granted as any "Great" does. (Not the answer to a question on the review itself, "Q:
        // I'd like to review it. Where? / A: Then the product page is the place.", nor to one on
        // a fault or with a "not" in it, which the rules read as they read the answer's words.)
        let answers: Vec<usize> = questions
            .iter()
            .filter(|&&(qs, qe)| {
                !sentences
                    .iter()
                    .any(|x| (x.mention || x.problem || x.negated) && x.from < qe && qs < x.to)
            })
            .map(|&(_, qe)| qe)
            .collect();
        for s in &mut sentences {
            let text = scan.text_between(s.from, s.to).trim();
            s.question = text.ends_with('?') || matches(text, langs, Concept::Question);
            let answer = answers.iter().any(|&qe| {
                s.from <= qe && qe < s.to && scan.text_between(s.from, qe).trim().is_empty()
            });
            let text = match after_label(text, &['A', 'R']).filter(|_| answer) {
                Some(rest) => rest,
                None => text,
            };
            // A bold or italic heading's closing marker falls to the sentence after it
            // ("**Love it?** Then …"): the sentence opens after it.
            let opened =
                text.trim_start_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
            s.then = matches(opened, langs, Concept::Then);
            // "If anything is not right, …": a condition on something going wrong.
            // A negation inside an offer ("at no cost", "sin costo", "no forms to fill in")
            // negates nothing.
            let in_offer = |ns: usize| s.offers().any(|&(vs, ve)| ns >= vs && ns < ve);
            // "Positive or not" negates nothing either, nor does the negation of an idiom of
            // liking ("if you can't cook without it any more").
            let in_balanced = |ns: usize| covers(&balanced, ns);
            let in_positive = |ns: usize| covers(&s.positive, ns);
            // "If you haven't yet": a negation inside a harmless condition names no problem.
            let in_benign = |ns: usize| covers(&benign, ns);
            // Nor does one inside words of another sense ("so that your time was not in vain").
            let in_other = |ns: usize| covers(&other, ns);
            let negated: Vec<usize> = negations
                .iter()
                .map(|&(ns, _)| ns)
                .filter(|&ns| {
                    ns >= s.from
                        && ns < s.to
                        && !in_offer(ns)
                        && !in_balanced(ns)
                        && !in_positive(ns)
                        && !in_benign(ns)
                        && !in_other(ns)
                })
                .collect();
            if s.condition && !negated.is_empty() {
                // A negation in one step of a list and every condition in others ("• it needs no
                // pressure; / • if unused for weeks, rinse it;") still make a problem for the
                // other rules, but none that an offer in the list could help with: each step is
                // a thought of its own (see `incentives`).
                let beside_condition = |ns: usize| {
                    s.addressed
                        || conditions
                            .iter()
                            .any(|&(cs, _)| cs >= s.from && cs < s.to && !apart_steps(scan, cs, ns))
                };
                s.steps_apart = !s.problem && !negated.iter().any(|&ns| beside_condition(ns));
                s.problem = true;
                s.problem_at = Some(s.from);
            }
        }
        let names_review = !requests.is_empty()
            || sentences
                .iter()
                .any(|s| s.mention || s.reviewers || s.negative_review);
        Self {
            sentences,
            asks: !requests.is_empty(),
            balanced,
            denied,
            names_review,
        }
    }

    /// Whether any sentence in `from..=to` (clamped to the part) satisfies `f`.
    fn any(&self, from: isize, to: isize, f: impl Fn(&Sentence) -> bool) -> bool {
        (from.max(0)..=to)
            .filter_map(|i| self.sentences.get(i as usize))
            .any(f)
    }
}

/// The per-part wording rules that need nothing but the part itself.
pub(super) fn check(scan: &Scanned, langs: &[&'static Language], hits: &mut Vec<Hit>) {
    let disclaimed = disclaimed(scan, langs);
    let reading = Reading::new(scan, langs);
    // "Five stars or one, every review helps": stars named on both sides steer nowhere; nor
    // does a star scale drawn from one star up to five ("★☆☆☆☆ ★★☆☆☆ … ★★★★★").
    let scales = star_scales(scan);
    for (s, e) in spans(scan, langs, Concept::Steering) {
        // Words in two paragraphs or table cells ("avis" on a button, "Bonne dégustation !"
        // in the next cell) are no phrase.
        if disclaimed.contains(&scan.sentence_of(s))
            || scan.text_between(s, e).contains("\n\n")
            || inside(&reading.balanced, s, e)
            || inside(&scales, s, e)
            // "Q: Do you only want 5-star reviews? / A: No.": the buyer's question, refused.
            || covers(&reading.denied, s)
        {
            continue;
        }
        hits.push(Hit::error(
            rule::REVIEW_STEERING,
            s,
            format!(
                "steers the rating (\"{}\"): ask for an honest review, never a positive or 5-star one",
                scan.excerpt(s, e)
            ),
        ));
    }

    gating(scan, &reading, hits);
    let links = anchors(scan);
    happy_buttons(scan, &reading, &links, hits);
    rating_rows(scan, &links, hits);
    branches(scan, &reading, langs, &disclaimed, hits);
    let incentives = incentives(scan, &reading, hits);

    for (s, e) in spans(scan, langs, Concept::FeedbackChange) {
        // "There is no need to change your rating" asks for nothing.
        if disclaimed.contains(&scan.sentence_of(s)) {
            continue;
        }
        hits.push(Hit::error(
            rule::FEEDBACK_CHANGE_REQUEST,
            s,
            format!(
                "asks the buyer to remove or change a review or feedback (\"{}\"): only the buyer decides; solve their problem instead",
                scan.excerpt(s, e)
            ),
        ));
    }

    for (s, e) in spans(scan, langs, Concept::Marketing) {
        let refused = covers(&reading.denied, s);
        if refused || incentives.iter().any(|&(is, ie)| s < ie && is < e) {
            continue;
        }
        hits.push(Hit::error(
            rule::MARKETING,
            s,
            format!(
                "promotes products or offers (\"{}\"): order messages may not carry marketing",
                scan.excerpt(s, e)
            ),
        ));
    }
}

/// Char ranges of star scales drawn in text: runs of star glyphs ("★★☆☆☆") close together
/// (no blank line between, a short gap) whose filled counts reach from one star up to five, so
/// the lowest and the highest rating are both shown. A lone "★★★★★" is no scale.
fn star_scales(scan: &Scanned) -> Vec<(usize, usize)> {
    const FILLED: &[char] = &['★', '⭐', '🌟'];
    const EMPTY: &[char] = &['☆', '✩', '✰'];
    // (start, end, filled count) of each run, in char offsets.
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut filled = 0;
    for (i, c) in scan.text.s.chars().enumerate() {
        let star = FILLED.contains(&c) || EMPTY.contains(&c);
        // A variation selector after an emoji star belongs to it.
        if star || (c == '\u{fe0f}' && current.is_some()) {
            let (start, _) = current.unwrap_or((i, i));
            current = Some((start, i + 1));
            if FILLED.contains(&c) {
                filled += 1;
            }
        } else if let Some((start, end)) = current.take() {
            runs.push((start, end, filled));
            filled = 0;
        }
    }
    if let Some((start, end)) = current {
        runs.push((start, end, filled));
    }
    let mut scales = Vec::new();
    let mut group: Vec<(usize, usize, usize)> = Vec::new();
    let mut close = |group: &mut Vec<(usize, usize, usize)>| {
        let low = group.iter().map(|r| r.2).min().unwrap_or(0);
        let high = group.iter().map(|r| r.2).max().unwrap_or(0);
        if group.len() >= 2 && low == 1 && high == 5 {
            scales.push((group[0].0, group[group.len() - 1].1));
        }
        group.clear();
    };
    for run in runs {
        if let Some(last) = group.last() {
            let gap = scan.text_between(last.1, run.0);
            if gap.contains("\n\n") || gap.chars().count() > 120 {
                close(&mut group);
            }
        }
        group.push(run);
    }
    close(&mut group);
    scales
}

/// How a line opens one of several options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OptionLine {
    /// A bullet, a label ("Option A", "YES -"), an emoji or an arrow to a link: a choice.
    Choice,
    /// A numbered or ticked item ("2. …", "1 - …", "✅ …"), which may be a mere step: it offers the review as an
    /// option only when it asks a question or names the buyer being happy.
    Numbered,
}

/// Whether a line starts with a list number or letter and a marker: "2. ", "1 - ", "B) ",
/// "A - ", "b: ".
fn is_numbered(line: &str) -> bool {
    let letter = line.starts_with(|c: char| matches!(c, 'a'..='d' | 'A'..='D'));
    let digits = if letter {
        1
    } else {
        line.chars().take_while(char::is_ascii_digit).count()
    };
    let mut rest = line[digits..].trim_start_matches(' ').chars();
    (1..=2).contains(&digits)
        && rest
            .next()
            .is_some_and(|c| matches!(c, '.' | ')' | '-' | '–' | '—' | ':'))
        && rest.next().is_some_and(char::is_whitespace)
}

/// Whether a line opens a step of a list: a list number or letter ("2. ", "b) "), a bullet
/// ("- ", "• ") or a pictograph (a checkbox, a circled number, an emoji).
fn opens_step(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t', '\r']);
    let bullet = line.starts_with(['-', '*', '•', '·', '▪', '–'])
        && line.chars().nth(1).is_some_and(char::is_whitespace);
    bullet || is_numbered(line) || line.chars().next().is_some_and(is_pictograph)
}

/// Whether a line opens on a pictograph (an emoji, an arrow, a dingbat) or points to a link
/// with an arrow, or with a leader of dots from a label to what it leads to ("Crisp ......
/// review it here"), which points the same way.
fn is_pictured(line: &str) -> bool {
    let led = [".....", "……", "·····"].iter().any(|leader| {
        line.split_once(leader).is_some_and(|(label, to)| {
            label.chars().any(char::is_alphanumeric) && to.chars().any(char::is_alphanumeric)
        })
    });
    line.chars().next().is_some_and(is_pictograph)
        || led
        || ["→", "➡", "👉", "⇒", "->", "=>"]
            .iter()
            .any(|a| line.contains(a))
}

/// Whether `a` and `b` lie in different steps of a list: a line between them opens a step.
fn apart_steps(scan: &Scanned, a: usize, b: usize) -> bool {
    let between = scan.text_between(a.min(b), a.max(b));
    between.split('\n').skip(1).any(opens_step)
}

/// Whether one of `spans` holds the whole of `start..end`.
fn inside(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    spans.iter().any(|&(s, e)| s <= start && end <= e)
}

/// Whether one of `spans` holds the position `at`.
fn covers(spans: &[(usize, usize)], at: usize) -> bool {
    spans.iter().any(|&(s, e)| s <= at && at < e)
}

/// An emoji: a face, a hand, a symbol from the pictograph blocks.
fn is_emoji(c: char) -> bool {
    ('\u{1F000}'..='\u{1FAFF}').contains(&c)
}

/// An arrow, a dingbat or a geometric or technical symbol, or an emoji.
fn is_pictograph(c: char) -> bool {
    ('\u{2190}'..='\u{2BFF}').contains(&c) || is_emoji(c)
}

/// Whether a line opens on a label in capitals and a dash or colon: "GREEN – all good: …",
/// "ROT: …", "YES -".
fn is_labelled(line: &str) -> bool {
    // A label of up to three words in capitals ("NOT YET –", "NO THANKS:").
    let label: String = line
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == ' ')
        .collect();
    let rest = line[label.len()..].trim_start();
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words[0].chars().count() >= 2
        && words.iter().all(|w| w.chars().all(char::is_uppercase))
        && rest.starts_with(['-', '–', '—', ':'])
}

/// Whether a line opens on a text emoticon: ":-) Loving it", ":( Not for me".
fn is_emoticon(line: &str) -> bool {
    let mut chars = line.chars();
    if !matches!(chars.next(), Some(':' | ';' | '=')) {
        return false;
    }
    let mut next = chars.next();
    if next == Some('-') {
        next = chars.next();
    }
    matches!(next, Some(')' | '(' | '|' | 'D' | 'P' | '/' | ']' | '['))
}

/// Whether a mention is only star glyphs ("★★★★ or less"), which label an option rather than
/// ask for a review.
fn is_star_label(scan: &Scanned, start: usize, end: usize) -> bool {
    scan.text_between(start, end)
        .chars()
        .all(|c| matches!(c, '★' | '☆' | '⭐') || c.is_whitespace())
}

/// Whether a mention ending at `end` lies in the label its line opens on as one of several
/// options (the language's table of labels: "Four stars or fewer:", "1-3 stars →").
fn in_option_label(scan: &Scanned, langs: &[&'static Language], end: usize) -> bool {
    let from = line_start(scan, end.saturating_sub(1));
    let line = scan.text_between(from, line_end(scan, from));
    let label = line.trim_start();
    let upto = scan
        .text_between(from, end)
        .len()
        .saturating_sub(line.len() - label.len());
    let hay = Haystack::new(label);
    langs
        .iter()
        .flat_map(|l| l.regexes(Concept::Branch))
        .any(|re| {
            re.find_bytes(&hay)
                .iter()
                .any(|&(s, e)| s == 0 && e >= upto)
        })
}

/// Whether a tera block is a `{{ links.* }}` link to the seller's contact page.
fn is_contact_link(t: &TeraSpan) -> bool {
    t.is_link_var() && t.path().to_ascii_lowercase().contains("contact")
}

/// Char offsets of the starts of the lines of a text table drawn without outer bars: a line
/// that holds a bar between two cells, next to another such line ("Rested | Tell others" /
/// "Not yet | Give it a few nights").
fn piped_rows(text: &str) -> Vec<usize> {
    let mut lines: Vec<(usize, bool)> = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let t = line.trim();
        let cells = t
            .split('|')
            .filter(|c| c.chars().any(char::is_alphanumeric))
            .count();
        lines.push((start, !t.starts_with('|') && t.contains('|') && cells >= 2));
        start += line.chars().count() + 1;
    }
    (0..lines.len())
        .filter(|&i| {
            lines[i].1 && (i > 0 && lines[i - 1].1 || lines.get(i + 1).is_some_and(|next| next.1))
        })
        .map(|i| lines[i].0)
        .collect()
}

/// Char ranges of the rows of a text table: lines that open on a bar and hold another ("| Share
/// it: {{ link }} | 3 samples |"), and lines parted by bars beside another such line.
fn text_table_rows(scan: &Scanned) -> Vec<(usize, usize)> {
    let text = scan.text_between(0, scan.len());
    let piped = piped_rows(text);
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.chars().count();
        let t = line.trim();
        if (t.starts_with('|') && t[1..].contains('|')) || piped.contains(&start) {
            out.push((start, end));
        }
        start = end + 1;
    }
    out
}

/// Char ranges of the lines that open one of several options, and how.
fn option_lines(scan: &Scanned, langs: &[&'static Language]) -> Vec<(usize, usize, OptionLine)> {
    let mut out: Vec<(usize, usize, OptionLine)> = Vec::new();
    let mut start = 0;
    let text = scan.text_between(0, scan.len());
    let count = text.chars().count();
    let piped = piped_rows(text);
    for (i, c) in text.chars().chain(std::iter::once('\n')).enumerate() {
        if c != '\n' {
            continue;
        }
        let raw = scan.text_between(start, i.min(count));
        let line = raw.trim();
        let bullet = line.starts_with(['-', '*', '•', '・', '–', '—', '●', '▶', '→']);
        // A checklist's tick ("✅ Tighten the legs again") marks a step, not one of several
        // answers: like a number, it offers the review as an option only on a condition, or
        // with an arrow to where each answer leads.
        let ticked = line.starts_with(['✅', '✔', '☑', '✓', '☐', '□', '🔲']);
        let arrow = ["→", "➡", "👉", "⇒", "->", "=>"]
            .iter()
            .any(|a| line.contains(a));
        // A row of a text table ("| Delighted | Share it here: … |") is one of several rows:
        // like a numbered item, an option only when it names the buyer's verdict (in the
        // language's table of labels, or as a positive or a question).
        // So is a line whose cells are parted by bars without one in front ("Rested | Tell
        // others …"), when the line next to it is parted the same way.
        let row = (line.starts_with('|') && line[1..].contains('|')) || piped.contains(&start);
        // A row whose first cell is blank carries on the row above it: a cell's text wrapped
        // onto the next line ("| Works as promised | Share it: |" / "|  | {{ link }} |").
        let carried = line.starts_with('|')
            && line[1..]
                .split('|')
                .next()
                .is_some_and(|c| c.trim().is_empty())
            && out.last().is_some_and(|o| o.1 + 1 == start);
        // A line indented under an option, right below it, carries it on even when it points
        // to a link with an arrow ("▸ Set up and recording:" / "  Tell others → {{ link }}"): a
        // hanging indent, not an option of its own. (A line opening on a blanked tera block is
        // not indented.)
        let indent = |from: usize, text: &str| {
            let n = text.chars().take_while(|c| *c == ' ' || *c == '\t').count();
            if scan
                .tera
                .iter()
                .any(|t| t.start >= from && t.start < from + n)
            {
                0
            } else {
                n
            }
        };
        // Only a line that would open no option but for its arrow: one that opens on a marker,
        // a pictograph, a label, an emoticon or a verdict of its own ("Loved it | …") is one.
        let pictograph_first = line.chars().next().is_some_and(is_pictograph);
        let hanging = !line.is_empty()
            && !bullet
            && !ticked
            && !row
            && !pictograph_first
            && !is_numbered(line)
            && !is_labelled(line)
            && !is_emoticon(line)
            && !matches(line, langs, Concept::Branch)
            && out.last().is_some_and(|o| {
                o.1 + 1 == start && indent(start, raw) > indent(o.0, scan.text_between(o.0, o.1))
            });
        if carried || hanging {
            if let Some(last) = out.last_mut() {
                last.1 = i;
            }
        } else if (row || (ticked && !arrow)) && !matches(line, langs, Concept::Branch) {
            out.push((start, i, OptionLine::Numbered));
        } else if bullet
            || is_pictured(line)
            || is_labelled(line)
            || is_emoticon(line)
            || matches(line, langs, Concept::Branch)
        {
            out.push((start, i, OptionLine::Choice));
        } else if is_numbered(line) {
            out.push((start, i, OptionLine::Numbered));
        } else if let Some(last) = out.last_mut().filter(|o| o.1 + 1 == start) {
            // A line right under an option, with no blank line between, belongs to it: "▼ Happy
            // with it" and the review link on the next line are one option.
            // (A line holding only a link reads as blank: tera blocks are not text.)
            if !line.is_empty() || scan.tera.iter().any(|t| t.start >= start && t.start < i) {
                last.1 = i;
            }
        }
        start = i + 1;
    }
    out
}

/// Options side by side, one for the review and one for help: "- Love it: review here …" /
/// "- Not quite: reply to us", "1 - works great, send me the review link" / "2 - I need help".
/// `disclaimed` are the part's sentences that say they ask for nothing ([`disclaimed`]).
fn branches(
    scan: &Scanned,
    reading: &Reading,
    langs: &[&'static Language],
    disclaimed: &[usize],
    hits: &mut Vec<Hit>,
) {
    let lines = option_lines(scan, langs);
    let within = |(from, to, _): (usize, usize, OptionLine), at: usize| at >= from && at < to;
    let sentences = || reading.sentences.iter();
    let requests: Vec<usize> = sentences()
        .flat_map(|s| s.requests.iter().copied())
        .collect();
    // A review named only to set help apart from it ("whether or not you review, we help")
    // asks for nothing: the help option may carry it.
    let all_mentions: Vec<(usize, usize)> = mentions(scan, langs)
        .into_iter()
        .filter(|&(ms, _)| !disclaimed.contains(&scan.sentence_of(ms)))
        .collect();
    // Stars that label an option ask for nothing, drawn or counted ("★★★★ or less", "Four
    // stars or fewer: write to us"): the help option may carry them.
    let asking_mentions: Vec<usize> = all_mentions
        .iter()
        .filter(|&&(ms, me)| !is_star_label(scan, ms, me) && !in_option_label(scan, langs, me))
        .map(|m| m.0)
        .collect();
    let mentions: Vec<usize> = all_mentions.iter().map(|m| m.0).collect();
    // A question that is itself the ask ("Want to share what you think of it?") conditions
    // nothing, unless it names the buyer being happy.
    let questions: Vec<usize> = sentences()
        .filter(|s| s.question && !s.aside && (!s.mention || !s.positive.is_empty()))
        .map(|s| s.to.saturating_sub(1))
        .collect();
    // A problem named only to say there is none ("no problems") is no problem.
    let positive_spans: Vec<(usize, usize)> = sentences()
        .flat_map(|s| s.positive.iter().copied())
        .collect();
    let problems: Vec<usize> = spans(scan, langs, Concept::Problem)
        .into_iter()
        .filter(|&(ps, pe)| !inside(&positive_spans, ps, pe))
        .map(|p| p.0)
        .collect();
    let positives: Vec<usize> = positive_spans.iter().map(|p| p.0).collect();
    // Contact words, and links to the contact page (the reading counts them as contact).
    let helps_at: Vec<usize> = sentences()
        .flat_map(|s| s.contact.iter().map(|c| c.0))
        .chain(problems.iter().copied())
        .collect();
    let even_handed: Vec<usize> = reading.balanced.iter().map(|b| b.0).collect();
    let has = |line, at: &[usize]| at.iter().any(|&a| within(line, a));
    // A numbered list right under a question on the buyer ("Which of these is you?", "Pick the
    // line that fits you:") lists its answers: each item is an option, though none asks.
    let led_by_question = |n: usize| {
        let mut first = n;
        while first > 0 && lines[first - 1].1 + 1 == lines[first].0 {
            first -= 1;
        }
        sentences()
            .filter(|s| s.to <= lines[first].0 && scan.visible_between(s.from, s.to) > 0)
            .last()
            .is_some_and(|s| s.question && !s.aside && !s.request && !s.mention)
    };
    for (n, &line) in lines.iter().enumerate() {
        let asks = has(line, &requests) || (has(line, &mentions) && !has(line, &problems));
        let conditional = has(line, &questions)
            || has(line, &positives)
            || (line.2 == OptionLine::Numbered && led_by_question(n));
        if !asks || (line.2 == OptionLine::Numbered && !conditional) {
            continue;
        }
        // A review option that welcomes any verdict ("Product review, good or bad: …"), on no
        // condition of its own, is the neutral ask beside an offer of help, which is allowed.
        if !conditional && has(line, &even_handed) {
            continue;
        }
        let Some(ask) = requests
            .iter()
            .chain(&mentions)
            .copied()
            .find(|&r| within(line, r))
        else {
            continue;
        };
        // Options are one list when no blank line parts them, or when they open on the same
        // marker ("▼ …", blank line, "▼ …").
        let marker = |o: (usize, usize, OptionLine)| {
            let text = scan.text_between(o.0, o.1);
            text.trim_start()
                .chars()
                .next()
                .filter(|c| !c.is_alphanumeric())
        };
        // Cells of one HTML table (buttons side by side, a Yes/No row) are one list, though
        // each cell reads as its own paragraph.
        let same_table = |o: (usize, usize, OptionLine)| {
            let (from, to) = (line.1.min(o.1), line.0.max(o.0));
            let cell = [
                "td", "th", "tr", "a", "span", "b", "strong", "em", "img", "br",
            ];
            from < to
                && scan.text_between(from, to).trim().is_empty()
                && scan
                    .tags
                    .iter()
                    .filter(|t| t.start >= from && t.start < to)
                    .all(|t| cell.contains(&t.name.as_str()))
                && scan
                    .tags
                    .iter()
                    .any(|t| t.start >= from && t.start < to && t.name == "td")
        };
        // A paragraph of prose between an unconditional review option and the help option
        // parts them: the same marker then only points at two links ("▶ Review it here", a
        // paragraph "Separately, if a part is missing, …", "▶ Contact us").
        let prose_between = |o: (usize, usize, OptionLine)| {
            let (from, to) = (line.1.min(o.1), line.0.max(o.0));
            let mut at = from;
            let mut seen = 0;
            for &(os, oe, _) in lines.iter().filter(|&&(os, oe, _)| oe > from && os < to) {
                seen += scan.visible_between(at, os.max(at));
                at = at.max(oe);
            }
            seen + scan.visible_between(at, to.max(at)) > 0
        };
        // Options opened by the same label word ("CASE A – …", blank line, "CASE C – …") are
        // one list too, as are those opened by the same marker.
        let label = |o: (usize, usize, OptionLine)| {
            let text = scan.text_between(o.0, o.1).trim_start();
            let first = text.split_whitespace().next()?;
            matches(text, langs, Concept::Branch).then(|| first.to_lowercase())
        };
        let same_label =
            |o: (usize, usize, OptionLine)| label(o).is_some() && label(o) == label(line);
        // Emoji buttons of a funnel, a paragraph each, open on different faces ("😍 LOVE IT" /
        // review link, blank line, "😕 NOT QUITE" / write to us): one list when the review one
        // names the verdict.
        let faces = |o: (usize, usize, OptionLine)| {
            [o, line].iter().all(|x| {
                let text = scan.text_between(x.0, x.1).trim_start();
                text.chars().next().is_some_and(is_emoji)
            }) && conditional
                && !prose_between(o)
        };
        let one_list = |o: (usize, usize, OptionLine)| {
            let between = scan.text_between(line.0.min(o.0), line.1.max(o.1));
            !between.contains("\n\n")
                || ((marker(o).is_some() && marker(o) == marker(line)) || same_label(o) || faces(o))
                    && !between.contains("\n\n\n")
                    && (conditional || !prose_between(o))
                || same_table(o)
        };
        // Sections of a care email, each a bare heading over prose ("■ Care" / "Wipe it dry." /
        // "■ Your review" / "Tell us how it plays."), are no list of answers: an unconditional
        // ask in one stands apart from the help in another.
        let section = |o: (usize, usize, OptionLine)| {
            let text = scan.text_between(o.0, o.1);
            let mut rows = text.trim_start().lines();
            let head = rows.next().unwrap_or("").trim_end();
            let ends = |l: &str, with: &[char]| l.trim_end().ends_with(with);
            let stops = ['.', '!', '?', '。'];
            head.chars().count() <= 40
                && !head.contains(VAR)
                && !ends(head, &['.', '!', '?', '。', ':', '：'])
                && rows.any(|l| ends(l, &stops))
        };
        let sectioned = !conditional && section(line);
        let helps = |other: Option<&(usize, usize, OptionLine)>| {
            other.is_some_and(|&o| {
                !has(o, &requests)
                    && !has(o, &asking_mentions)
                    && has(o, &helps_at)
                    && one_list(o)
                    && !(sectioned && section(o))
            })
        };
        // Answers led by the same arrow under groups of options ("😍 …" / "→ review here",
        // blank line, "🙂 …" / "😕 …" / "→ write to us"): the next or previous arrow is the
        // other branch, though option lines stand between.
        let arrowed = |o: (usize, usize, OptionLine)| {
            marker(o).is_some_and(|c| matches!(c, '→' | '➡' | '👉' | '⇒'))
                && marker(o) == marker(line)
        };
        let twin_after = lines
            .get(n + 1..)
            .and_then(|l| l.iter().find(|&&o| arrowed(o)));
        let twin_before = lines[..n].iter().rev().find(|&&o| arrowed(o));
        // A neutral option may stand between ("Rested → review" / "Still getting used to it
        // → wait" / "Something's wrong → write to us"): any option of the same unbroken list
        // counts, with no blank line between.
        let unbroken = |o: &&(usize, usize, OptionLine)| {
            !scan
                .text_between(line.0.min(o.0), line.1.max(o.1))
                .contains("\n\n")
        };
        let later = lines[n + 1..]
            .iter()
            .take_while(unbroken)
            .any(|o| helps(Some(o)));
        let earlier = lines[..n]
            .iter()
            .rev()
            .take_while(unbroken)
            .any(|o| helps(Some(o)));
        // Any other option under the same label may be the help ("CASE A – review", "CASE B –
        // a tip", "CASE C – write to us").
        let labelled = lines
            .iter()
            .enumerate()
            .any(|(m, o)| m != n && same_label(*o) && helps(Some(o)));
        if helps(lines.get(n + 1))
            || helps(n.checked_sub(1).and_then(|p| lines.get(p)))
            || labelled
            || later
            || earlier
            || helps(twin_after)
            || helps(twin_before)
        {
            hits.push(Hit::error(
                rule::REVIEW_GATING,
                ask,
                format!(
                    "offers the review as one option and help as another (\"{}\"): ask every buyer the same neutral way, and offer help without tying it to the review",
                    scan.excerpt(line.0, line.1)
                ),
            ));
        }
    }
}

/// One HTML link element: `<a href="…">label</a>`.
struct Anchor {
    /// Where its start tag starts.
    start: usize,
    /// Where its end tag starts (the label ends there).
    close: usize,
    /// Its `href` value's char range.
    href: (usize, usize),
    /// Whether the `href` leads to the review or feedback page.
    to_review: bool,
}

/// The part's HTML links that have an `href` and an end tag, in order.
fn anchors(scan: &Scanned) -> Vec<Anchor> {
    let mut out = Vec::new();
    for (i, open) in scan.tags.iter().enumerate() {
        if open.name != "a" || open.closing {
            continue;
        }
        let Some(h) = open.attr("href") else {
            continue;
        };
        let Some(close) = end_tag(scan, i) else {
            continue;
        };
        let href = (h.value_start, h.value_start + h.value.chars().count());
        let to_review = scan
            .tera
            .iter()
            .any(|t| t.start >= href.0 && t.end <= href.1 && link_target(t).is_some());
        out.push(Anchor {
            start: open.start,
            close,
            href,
            to_review,
        });
    }
    out
}

/// Whether a link's label is only a score: stars, or a number from 0 to 10 with at most one
/// short word ("4", "2 stars", "★★★", "5 Sterne"), not "Order 1 of 2" or "Invoice 2024".
fn is_score_label(label: &str) -> bool {
    let stars = label
        .chars()
        .any(|c| matches!(c, '★' | '☆' | '⭐' | '✩' | '✪' | '🌟'));
    let numbers: Vec<&str> = label
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect();
    let small = numbers
        .iter()
        .all(|n| n.parse::<u32>().is_ok_and(|v| v <= 10));
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    (stars || !numbers.is_empty())
        && small
        && words.len() <= 1
        && words.iter().all(|w| w.chars().count() <= 9)
}

/// A row of rating links, star images or score buttons side by side (`1 star` … `5 stars`,
/// `0` … `10`), some of which lead to the review and the others elsewhere: only the buyers who
/// pick a high score are sent to the review.
fn rating_rows(scan: &Scanned, links: &[Anchor], hits: &mut Vec<Hit>) {
    let flush = |row: &[&Anchor], hits: &mut Vec<Hit>| {
        let scores = row
            .iter()
            .filter(|a| is_score_label(scan.text_between(a.start, a.close)))
            .count();
        if scores >= 3 && row.iter().any(|a| !a.to_review) {
            if let Some(review) = row.iter().find(|a| a.to_review) {
                hits.push(gating_error(
                    review.start,
                    "sends only some ratings to the review (a row of rating links, some to the review and the others elsewhere)",
                ));
            }
        }
    };
    let mut row: Vec<&Anchor> = Vec::new();
    for link in links {
        let adjacent = row
            .last()
            .is_some_and(|last| scan.visible_between(last.close, link.start) == 0);
        if !adjacent {
            flush(&row, hits);
            row.clear();
        }
        row.push(link);
    }
    flush(&row, hits);
}

/// A review-gating error: what the text does, then the advice every gating error gives.
fn gating_error(at: usize, what: &str) -> Hit {
    Hit::error(
        rule::REVIEW_GATING,
        at,
        format!(
            "{what}: ask every buyer the same neutral way, and offer help without tying it to the review"
        ),
    )
}

/// An HTML link or button to the review or feedback page whose label is the buyer being happy
/// (`<a href="{{ links.product_review }}">I love it!</a>`, often beside a "Something's wrong"
/// button to the seller): only the happy buyer is sent to the review.
fn happy_buttons(scan: &Scanned, reading: &Reading, links: &[Anchor], hits: &mut Vec<Hit>) {
    for link in links.iter().filter(|a| a.to_review) {
        // The label: what the element shows after its start tag (a positive inside the tag is
        // an `alt` or `title` text, shown too).
        let label = reading
            .sentences
            .iter()
            .flat_map(|s| s.positive.iter())
            .find(|&&(ps, pe)| ps >= link.start && pe <= link.close);
        if let Some(&(ps, pe)) = label {
            let what = format!(
                "labels the link to the review with the buyer being happy (\"{}\")",
                scan.excerpt(ps, pe)
            );
            hits.push(gating_error(ps, &what));
        }
    }
}

/// Where the element opened by `scan.tags[open]` ends: the start of the first end tag of the
/// same name after it.
fn end_tag(scan: &Scanned, open: usize) -> Option<usize> {
    let name = &scan.tags[open].name;
    scan.tags[open + 1..]
        .iter()
        .find(|t| t.closing && &t.name == name)
        .map(|t| t.start)
}

/// Char ranges of the HTML elements whose tag name passes `wanted`, from the start tag to the
/// first end tag of the same name.
fn elements(scan: &Scanned, wanted: impl Fn(&str) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, open) in scan.tags.iter().enumerate() {
        if open.closing || !wanted(&open.name) {
            continue;
        }
        if let Some(close) = end_tag(scan, i) {
            out.push((open.start, close));
        }
    }
    out
}

/// Char ranges of the part's headings: HTML `<h1>` to `<h6>` elements, and plain-text lines
/// opening on Markdown's `#` or underlined with `===`.
fn headings(scan: &Scanned) -> Vec<(usize, usize)> {
    let mut out = elements(scan, |name| {
        let level = name.strip_prefix('h').and_then(|n| n.parse::<u8>().ok());
        level.is_some_and(|l| (1..=6).contains(&l))
    });
    let text = scan.text_between(0, scan.len());
    let mut lines: Vec<(usize, usize, &str)> = Vec::new();
    let mut from = 0;
    for line in text.split('\n') {
        let to = from + line.chars().count();
        lines.push((from, to, line.trim()));
        from = to + 1;
    }
    for (n, &(from, to, line)) in lines.iter().enumerate() {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        let marked = (1..=6).contains(&hashes) && line[hashes..].starts_with(' ');
        let underlined = !line.is_empty()
            && lines.get(n + 1).is_some_and(|&(_, _, next)| {
                next.chars().count() >= 3 && next.chars().all(|c| c == '=')
            });
        if marked || underlined {
            out.push((from, to));
        }
    }
    out
}

/// Review gating: a review that depends on the buyer's experience (a condition or a question
/// on it, then the ask), or unhappy buyers steered to the seller before or instead of reviewing.
fn gating(scan: &Scanned, reading: &Reading, hits: &mut Vec<Hit>) {
    let headings = headings(scan);
    let short = |i: usize| {
        reading
            .sentences
            .get(i)
            .is_some_and(|s| scan.visible_between(s.from, s.to) <= 30)
    };
    for (i, s) in reading.sentences.iter().enumerate() {
        let k = i as isize;
        let mut found: Option<(usize, usize, &str)> = None;
        if let Some(&(ps, pe)) = s.positive.first() {
            // The ask that follows, unless it invites unhappy buyers too ("…, or if anything
            // went wrong, we'd love your feedback").
            // An ask that welcomes any opinion is not the answer to it.
            // Nor is a sentence that only says nothing is given for reviews, nor the buyer's
            // next question in a question-and-answer layout ("A: Once you're satisfied you can
            // do five reps, add a pause. / Q: Can I leave a review?"), which asks nothing.
            let ask_after = |j: isize| {
                reading.any(j, j, |n| {
                    n.mention
                        && !n.problem
                        && !n.unconditional
                        && !n.quoted
                        && (n.request || !n.disclaims)
                })
            };
            // "If you are happy, please leave a review." / "Please review. Only if you love it."
            let conditional = s.condition
                && (s.mention || ask_after(k + 1) || reading.any(k - 1, k - 1, |n| n.request));
            // "Happy with it? Then we'd love a review." / "Everything perfect? Great! Review us."
            let asked = s.question
                && !s.aside
                && (s.mention || ask_after(k + 1) || (short(i + 1) && ask_after(k + 2)));
            if conditional || asked {
                found = Some((ps, pe, "makes the review depend on the buyer being happy"));
            }
        }
        if found.is_none() {
            // The whole email addressed to happy buyers, the review asked for anywhere below:
            // "<h2>For everyone who can't cook without it any more</h2>" or "<h1>A fan of your
            // grill? This letter is for you.</h1>" over care tips (the heading sets the
            // condition), or "We only send this message to the customers we feel are
            // delighted."
            let conditioned = !s.hard_conditions.is_empty() || (s.question && !s.aside);
            let heading = !s.problem
                && conditioned
                && headings.iter().any(|&(hs, he)| s.from < he && hs < s.to);
            let asked_below = reading.sentences[i + 1..].iter().any(|n| n.request);
            // Words on whom the email is sent to hold for the whole email, the ask above them
            // too ("Review it here: … / You get this email because you told us you loved it.").
            let asked_anywhere = asked_below || reading.sentences[..i].iter().any(|n| n.request);
            if let Some(&(ps, pe)) = s
                .positive
                .first()
                .filter(|_| (heading && asked_below) || (s.addressed && asked_anywhere))
            {
                let what = if heading {
                    "addresses the email to happy buyers in a heading, and asks for the review below it"
                } else {
                    "addresses the email to happy buyers, and asks for the review in it"
                };
                found = Some((ps, pe, what));
            }
        }
        if found.is_none() && s.request {
            // Amazon wants the ask unconditional: "If it did the job, review it here: …" /
            // "Se ti ha convinto, lascia una recensione." A condition on the buyer's time or
            // wish only ("if you have a moment") leaves it unconditional.
            // A blank line ends the thought: a condition across one belongs to something else.
            let apart = |a: usize, b: usize| scan.text_between(a.min(b), a.max(b)).contains("\n\n");
            // A condition inside the words that name the reviewers, or one word before them
            // ("Customers who leave a review get …", "A quien nos deje su opinión le …",
            // 「レビューを書いてくださったお客様は、…」), in a sentence that offers them something
            // after every ask in it and names no liking, picks out whom the offer is for: an
            // incentive (see `incentives`), not a condition on the buyer's experience. (An ask
            // after the offer is what is offered: "Customers who rate us 4 or 5 will receive an
            // invitation to share a review" still gates.)
            let offer_follows_asks = s
                .requests
                .iter()
                .all(|&r| s.offers().any(|&(os, _)| os > r));
            let offered_to_reviewers = |c: usize| {
                s.positive.is_empty()
                    && offer_follows_asks
                    && s.offers().next().is_some()
                    && s.reviewers_at.iter().any(|&(rs, re)| {
                        c < re
                            && (c >= rs || scan.text_between(c, rs).split_whitespace().count() <= 1)
                    })
            };
            // Likewise a condition inside the words that name the review as posted, with an offer
            // after them and no liking named ("Once you have posted your review, we will send you
            // a spare lid"): it makes the offer depend on the review, an incentive, and asks
            // nothing of the buyer's experience.
            let offered_once_posted = |c: usize| {
                s.positive.is_empty()
                    && s.posted
                        .iter()
                        .any(|&(ps, pe)| c >= ps && c < pe && s.offers().any(|&(os, _)| os >= pe))
            };
            let here = s.hard_conditions.iter().any(|&c| {
                !offered_to_reviewers(c)
                    && !offered_once_posted(c)
                    && s.requests.iter().any(|&r| !apart(c, r))
            });
            // The sentence before conditions the ask when it is about the buyer's experience
            // or the review itself ("If the mixer made baking easier, a review helps.") rather
            // than an offer of help.
            let before = reading.sentences.get(i.wrapping_sub(1)).is_some_and(|b| {
                b.contact.is_empty()
                    && !b.unconditional
                    && (!b.positive.is_empty() || b.mention)
                    && !b.request
                    && b.hard_conditions
                        .iter()
                        .any(|&c| s.requests.iter().any(|&r| !apart(c, r)))
            });
            // An ask that invites the unhappy buyer too ("…, or if something fell short, we'd
            // love your opinion") asks everyone.
            let invites_all =
                s.problem && s.contact.is_empty() && s.before_review.is_empty() && !s.first;
            let conditioned = (here || before) && !invites_all && !s.unconditional;
            if conditioned {
                found = Some((s.from, s.to, "asks for the review only under a condition"));
            }
        }
        // A buyer's question the seller answers with the link ("Q: Where do I post it?" / "A:
        // Here: …") asks nothing about the experience unless it names one.
        let quoted = s.quoted && s.positive.is_empty() && !s.problem;
        // "Love it? Not for you? Somewhere in between?": a run of short questions naming both the
        // happy and the unhappy buyer asks everyone.
        let run_start = (0..=i)
            .rev()
            .take_while(|&j| {
                let q = &reading.sentences[j];
                q.question && !q.request && q.contact.is_empty() && short(j)
            })
            .last()
            .unwrap_or(i);
        let both_ends = {
            let run = &reading.sentences[run_start..=i];
            run.len() >= 2
                && run.iter().any(|q| !q.positive.is_empty())
                && run.iter().any(|q| q.problem)
        };
        if found.is_none()
            && s.question
            && !s.aside
            && !s.request
            && !quoted
            && !both_ends
            && short(i)
        {
            // "Love it? Review it here." / "Passt alles? Eine Rezension hilft uns sehr." (An ask
            // that welcomes any verdict, "whatever you think of it, a review helps", asks everyone.)
            let asked = !s.unconditional
                && reading.sentences.get(i + 1).is_some_and(|n| {
                    !n.problem
                        && !n.unconditional
                        && n.requests
                            .iter()
                            .any(|&r| !scan.text_between(s.to.min(r), r).contains("\n\n"))
                });
            if asked {
                found = Some((
                    s.from,
                    s.to,
                    "asks a question on the buyer's experience before the review",
                ));
            }
        }
        // The conditions of either-way wording ("whether you review or not") are no answers.
        let answers: Vec<usize> = s
            .hard_conditions
            .iter()
            .copied()
            .filter(|&c| !covers(&reading.balanced, c))
            .collect();
        if found.is_none() && answers.len() >= 2 {
            // Two answers in one sentence, the review behind the first and the seller behind
            // the second: "With OK we send the review link; with NO our technician calls you."
            let first = answers[0];
            let split = answers[1..].iter().any(|&second| {
                s.mentions_at.iter().any(|&m| m > first && m < second)
                    && s.contact.iter().any(|&(cs, _)| cs > second)
            });
            if split {
                found = Some((
                    s.from,
                    s.to,
                    "offers the review on one answer and help on the other",
                ));
            }
        }
        if found.is_none() && s.negative_review {
            // "Please don't write a bad review without talking to us first." A question on a
            // bad review that the answer after it turns down and settles with "any review is
            // fine", with no offer to talk ("Does a harsh rating void my guarantee? No. It
            // stands, whatever you write."), pleads against nothing.
            let answer =
                |n: &Sentence| !n.question && !scan.text_between(s.to, n.from).contains("\n\n");
            let says_no = reading.sentences.get(i + 1).is_some_and(|n| {
                // A bare reply ("No.", "Nope!") or one that negates ("Not at all, …").
                answer(n) && (n.negated || scan.visible_between(n.from, n.to) <= 12)
            });
            let reassured = s.question
                && !s.first
                && says_no
                && reading.any(k + 1, k + 2, |n| n.unconditional && answer(n))
                && !reading.any(k + 1, k + 2, |n| !n.contact.is_empty() && answer(n));
            let pleads = !reassured
                && (s.first
                    || reading.any(k - 1, k + 1, |n| !n.contact.is_empty())
                    || reading.asks);
            if pleads {
                found = Some((s.from, s.to, "pleads against a negative review"));
            }
        }
        if found.is_none() && s.otherwise {
            // "Only if you loved it, we'd welcome a review. Otherwise, our team is here."
            let conditional_ask = reading
                .sentences
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.mention && !p.hard_conditions.is_empty());
            if conditional_ask {
                found = Some((
                    s.from,
                    s.to,
                    "asks for the review only when nothing went wrong",
                ));
            }
        }
        // "Worked like a charm? Great - review it here": a reply taken for granted. A longer
        // "Then you're just who I'm looking for!" leads into the ask that follows it.
        let then = s.then
            && (s.mention
                || (short(i) && reading.any(k + 1, k + 1, |n| n.mention))
                || reading.any(k + 1, k + 1, |n| n.request));
        // "Cracked in transit? If so, we send another: {{ contact }}. Happy or not, a review
        // helps.": an "if so" on the help, the ask after it welcoming any verdict, gates nothing.
        let if_so = s.if_so
            && (s.mention
                || reading.any(k + 1, k + 1, |n| {
                    n.mention && (s.contact.is_empty() || !n.unconditional)
                }));
        if found.is_none() && (if_so || then) {
            // "We hope you love it! If so, please leave a review."
            // "Did it arrive in one piece? If so, …": any question on the order before it.
            // A short wish between ("We hope so!") does not break the thread, nor does a list
            // of tips with the line leading into it ("We hope it fits. / Two tips: / - … / - … /
            // If so, …"), nor a paragraph of one plain statement about the shop set between the
            // hope and the "if so" ("We hope it fits. // We're a small team. // That being so, a
            // review …"): such a statement holds nothing a condition could point back to.
            let opens_paragraph = |x: &Sentence| {
                let t = scan.text_between(x.from, x.to);
                t[..t.len() - t.trim_start().len()].contains("\n\n")
            };
            let before = i.checked_sub(1).and_then(|p| {
                let p = past_list(scan, reading, p);
                let b = reading.sentences.get(p)?;
                let plain = !b.mention && !b.question && b.positive.is_empty();
                let statement = plain
                    && !b.problem
                    && b.contact.is_empty()
                    && b.hard_conditions.is_empty()
                    && opens_paragraph(s)
                    && opens_paragraph(b)
                    && p.checked_sub(1)
                        .and_then(|pp| reading.sentences.get(pp))
                        .is_some_and(|h| !h.positive.is_empty());
                let filler = (short(p) && plain) || statement;
                if filler {
                    p.checked_sub(1).and_then(|pp| reading.sentences.get(pp))
                } else {
                    Some(b)
                }
            });
            // "We hope it arrived perfect. [Care tips, a list.] If so, …": plain tips that ask,
            // hope and name no trouble stand between ("when it is cold, dry it first" among
            // them); the "if so" points past them to the hope.
            let plain = |b: &Sentence| {
                b.positive.is_empty()
                    && !b.question
                    && !b.mention
                    && !b.problem
                    && !b.if_so
                    && b.contact.is_empty()
            };
            let before = match before {
                Some(b) if s.if_so && plain(b) => reading.sentences[..i]
                    .iter()
                    .rev()
                    .find(|b| !plain(b))
                    .filter(|b| !b.positive.is_empty() || b.question),
                other => other,
            };
            if let Some(&(ps, pe)) = before.and_then(|b| b.positive.first()) {
                found = Some((ps, pe, "makes the review depend on the buyer being happy"));
            } else if let Some(b) =
                before.filter(|b| b.question && !b.aside && !b.request && (!then || !b.problem))
            {
                found = Some((
                    b.from,
                    b.to,
                    "makes the review depend on the answer to a question on the order",
                ));
            }
        }
        if found.is_none() && s.otherwise {
            // Two branches on the buyer's experience: "Any problem? Contact us. Otherwise,
            // please leave a review." / "Happy? Review us here. If not, contact us."
            // The problem may stand in its own sentence, with the help in the next one pointing
            // back at it: "Some find them tight. If that's you, call us. Everyone else – …", or
            // answer a question on a fault: "Not charging? Ring our helpline. Everyone else – …".
            let helped_first = reading.any(k - 2, k - 1, |p| p.problem && !p.contact.is_empty())
                || (reading.any(k - 1, k - 1, |p| p.if_so && !p.contact.is_empty())
                    && reading.any(k - 2, k - 2, |p| p.problem))
                || (reading.any(k - 1, k - 1, |p| !p.contact.is_empty() && !p.mention)
                    && reading.any(k - 2, k - 2, |p| p.problem && p.question && !p.mention));
            // (An ask after it that welcomes any verdict is no branch: "Otherwise, keep the
            // charger dry. // Whatever you think of it, a review helps.")
            let asks_here =
                s.mention || reading.any(k + 1, k + 1, |n| n.mention && !n.unconditional);
            // The branch before may follow any question on the order ("Does your dog like
            // it? Then leave a review. If not, write to us."), or be an ask for a good rating,
            // which only the happy buyer answers ("A glowing review would help: … For anything
            // else, write to us.").
            let happy_asked = reading.any(k - 2, k - 1, |p| {
                !p.positive.is_empty() || (p.question && !p.aside && !p.request) || p.steering
            }) && reading.any(k - 1, k - 1, |p| p.mention);
            if (helped_first && asks_here) || (happy_asked && !s.contact.is_empty()) {
                let at = s.contact.first().copied().unwrap_or((s.from, s.to));
                found = Some((
                    at.0,
                    at.1,
                    "asks for the review only when nothing went wrong",
                ));
            }
        }
        if found.is_none() {
            // "Before leaving a review, contact us." / 「レビューの前にご連絡ください」
            // A short reassurance may stand between, the help right under it, no blank line
            // parting them: "Hold the rating till we fix it. We'll see it through. {{ contact }}".
            let reassured_then_helped = short(i + 1)
                && reading.any(k + 1, k + 1, |n| !n.mention && !n.question)
                && reading.sentences.get(i + 2).is_some_and(|n| {
                    !n.contact.is_empty() && !scan.text_between(s.to, n.from).contains("\n\n")
                });
            // "Please hold your review until the replacement has had a week" asks the buyer to
            // wait on the fix: the review then depends on it working out, help offered or not.
            let waits_on_fix = s.awaited || reading.any(k - 1, k, |n| !n.value.is_empty());
            // Or the wait asked of the unhappy buyer alone, with no help offered: "To those who are
            // disappointed: please hold your review until the new version is out."
            let unhappy = s.problem
                || reading.any(k - 1, k - 1, |p| {
                    p.problem && !p.mention && !scan.text_between(p.to, s.from).contains("\n\n")
                });
            let helped_by_contact =
                reading.any(k - 1, k + 1, |n| !n.contact.is_empty()) || reassured_then_helped;
            let helped = helped_by_contact || waits_on_fix || unhappy;
            // "Q: Should I write to you before I review? / A: No, in any order you like.": the
            // buyer's question on the order, refused by its answer, sends no one anywhere.
            let refused = |at: usize| covers(&reading.denied, at);
            // "Wait with your review until you are happy with it": a review held for the
            // buyer's approval depends on the experience too. (One held for a fix its words
            // name, "until the replacement is here", waits on that value: `waits_on_fix`.)
            let holds_for_approval = |&(bs, be): &(usize, usize)| {
                s.positive.iter().any(|&(ps, pe)| ps >= bs && pe <= be)
            };
            if let Some(&(bs, be)) = s
                .before_review
                .first()
                .filter(|b| (helped || holds_for_approval(b)) && !refused(b.0))
            {
                let what = if helped_by_contact {
                    "sends unhappy buyers to you before or instead of the review"
                } else if unhappy && !waits_on_fix {
                    "asks unhappy buyers alone to hold their review"
                } else {
                    "holds the review until the fix is in or the buyer is pleased"
                };
                found = Some((bs, be, what));
            }
        }
        if found.is_none() && s.first {
            // "Not happy? Contact us first." in an email that asks for a review.
            // Also the answer to a question on the review that names a problem, in the same
            // block: "Q: It leaks. Can I review it now? / A: Please wait. Write to us first."
            let own = scan.text_between(s.from, s.to).trim_start().len();
            let block: Vec<&Sentence> = reading.sentences[..i]
                .iter()
                .rev()
                .take(3)
                .take_while(|p| {
                    let gap = scan.text_between(p.to, s.to);
                    !gap[..gap.len() - own].contains("\n\n")
                })
                .collect();
            let asked_unhappy =
                block.iter().any(|p| p.question && p.mention) && block.iter().any(|p| p.problem);
            let unhappy = s.problem || reading.any(k - 1, k - 1, |p| p.problem) || asked_unhappy;
            // (Not in the buyer's question its answer refuses: "Q: Contact you first, or review?
            // / A: Either order is fine.")
            if let Some(&(cs, ce)) = s.contact.first().filter(|c| !covers(&reading.denied, c.0)) {
                // Any "contact us first" in an email that asks for a review steers the unhappy
                // buyer away from it; so does "contact us first" on a problem in one that names
                // a review at all. An email that never names one ("Firstly, sorry for the
                // trouble; write to us any time") only offers help.
                if s.mention || reading.asks || (unhappy && reading.names_review) {
                    found = Some((
                        cs,
                        ce,
                        "sends unhappy buyers to you first, away from the review",
                    ));
                }
            }
        }
        if let Some((start, end, what)) = found {
            let what = format!("{what} (\"{}\")", scan.excerpt(start, end));
            hits.push(gating_error(start, &what));
        }
    }
}

/// Review incentives: a reward within a sentence of a review mention, or a value (refund, free
/// item, replacement) tied to one in the same sentence or by a linking word across the next,
/// when neither sentence is about a problem. Returns the incentive spans.
fn incentives(scan: &Scanned, reading: &Reading, hits: &mut Vec<Hit>) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    // A table row of cells side by side read as one: a coupon box in the cell beside the review
    // button. (A layout table's single cell holding the whole email is no such row.)
    let rows: Vec<(usize, usize)> = elements(scan, |name| name == "tr")
        .into_iter()
        .filter(|&(rs, re)| {
            let cells = scan.tags.iter().filter(|t| {
                !t.closing && (t.name == "td" || t.name == "th") && t.start > rs && t.start < re
            });
            cells.count() >= 2
        })
        .collect();
    let same_row = |at: usize| {
        rows.iter().any(|&(rs, re)| {
            at >= rs
                && at < re
                && reading
                    .sentences
                    .iter()
                    .any(|n| n.mention && n.from < re && rs < n.to)
        })
    };
    // A row of a text table is read as one too: what one cell names ("3 samples") is given for
    // the review another cell of the same row asks for ("| Share it: {{ link }} | 3 samples |").
    let text_rows = text_table_rows(scan);
    let mentions_at: Vec<usize> = reading
        .sentences
        .iter()
        .flat_map(|n| n.mentions_at.iter().copied())
        .collect();
    let cell = |row: usize, at: usize| scan.text_between(row, at).matches('|').count();
    let beside_review = |at: usize| {
        text_rows.iter().any(|&(rs, re)| {
            at >= rs
                && at < re
                && mentions_at
                    .iter()
                    .any(|&m| m >= rs && m < re && cell(rs, m) != cell(rs, at))
        })
    };
    for (i, s) in reading.sentences.iter().enumerate() {
        let k = i as isize;
        let mut offer = None;
        if let Some(&span) = s.offers().find(|b| beside_review(b.0)) {
            offer = Some(span);
        }
        if let Some(&span) = s.reward.first().filter(|_| offer.is_none()) {
            let near = reading.any(k - 1, k + 1, |n| n.mention)
                || (s.link && reading.any(k - 2, k + 2, |n| n.mention))
                || same_row(span.0);
            if near {
                offer = Some(span);
            }
        }
        // "If a peg is missing, write to us. We send it free of charge.": help, no reward.
        // (A negation and a condition in different steps of a list name no problem.)
        let problem = s.problem && !s.steps_apart;
        let helping = problem
            || reading.any(k - 1, k - 1, |p| {
                p.problem && !p.contact.is_empty() && !p.mention
            });
        // "Customers who review us get early access" / "Leave feedback and we'll email you the
        // PDF": a benefit for the people who review, or after the review, in one sentence or
        // linked to the next. It stays one after a sentence offering help ("Tell me what you
        // missed, reply here. Those who rated it get the next one free."); only a problem in its
        // own sentence makes it help, unless the review is that sentence's only condition and
        // the benefit follows it: "If you post a review, no need to send the broken one back",
        // 「レビューを書いた方は不良品の返送不要」 give the fault's item for the review.
        let benefit = s.first_offer([Offer::Grant, Offer::Value, Offer::Reward]);
        let earned = benefit.is_some_and(|(bs, _)| {
            let review_if = |&(rs, re): &(usize, usize)| {
                re <= bs && s.hard_conditions.iter().any(|&c| c >= rs && c < re)
            };
            s.reviewers_at.iter().any(review_if)
                && s.hard_conditions
                    .iter()
                    .all(|&c| s.reviewers_at.iter().any(|&(rs, re)| c >= rs && c < re))
        });
        // Nor is a problem named only after the benefit, as the case it covers: "Reviewers move
        // up to express swap: should it fail, a new one ships at once."
        let first_at = s.offers().map(|b| b.0).min();
        let covered_case = first_at.is_some_and(|o| s.problem_at.is_some_and(|p| o < p));
        if offer.is_none() && (!problem || earned || covered_case) {
            let for_reviewers =
                s.reviewers || reading.any(k - 1, k - 1, |p| p.reviewers && !p.problem && s.link);
            if let Some(span) = benefit.filter(|_| for_reviewers) {
                offer = Some(span);
            }
        }
        if offer.is_none() && !helping {
            if let Some(&span) = s.value.first() {
                let tied = s.mention
                    || [k - 1, k + 1].iter().any(|&j| {
                        reading.any(j, j, |n| n.mention && !n.problem && (n.link || s.link))
                    });
                if tied {
                    offer = Some(span);
                }
            }
        }
        // "Update your rating after the exchange and we refund the postage": what comes with a
        // changed review pays for the change, whatever problem the sentence names.
        let changed = |n: &Sentence| n.changes && !n.disclaims;
        if offer.is_none()
            && (changed(s)
                || [k - 1, k + 1]
                    .iter()
                    .any(|&j| reading.any(j, j, |n| changed(n) && (n.link || s.link))))
        {
            offer = s.first_offer([Offer::Value, Offer::Grant, Offer::Reward]);
        }
        // "Subscribers get 10% off. It's open to anyone and has nothing to do with reviews.": an
        // offer said to stand apart from reviews, in its sentence or the next, is none for them.
        // (Such words name no review; a disclaimer that does, "we don't ask for five stars",
        // says nothing of the offer.)
        let apart = reading.any(k, k + 1, |n| n.disclaims && !n.request && !n.mention);
        if let Some((start, end)) = offer.filter(|_| !apart) {
            found.extend(s.offers().copied());
            hits.push(Hit::error(
                rule::REVIEW_INCENTIVE,
                start,
                format!(
                    "ties a reward (\"{}\") to a review or feedback: Amazon forbids any incentive for reviews or for changing feedback",
                    scan.excerpt(start, end)
                ),
            ));
        }
    }
    found
}

/// The strict rules of a `service_recovery` email, sent after a negative feedback: it is about
/// the buyer's problem only. Any mention of the feedback or a review reads as pressure to change
/// it, and any reward reads as payment for changing it, so both are errors wherever they stand.
pub(super) fn check_service_recovery(
    scan: &Scanned,
    kind: Option<CampaignKind>,
    langs: &[&'static Language],
    hits: &mut Vec<Hit>,
) {
    if kind != Some(CampaignKind::ServiceRecovery) {
        return;
    }
    let mentions = mentions(scan, langs);
    for &(s, e) in &mentions {
        hits.push(Hit::error(
            rule::SERVICE_RECOVERY_FEEDBACK,
            s,
            format!(
                "mentions feedback or reviews (\"{}\") in a service_recovery email: talk only about solving the buyer's problem, never about their feedback",
                scan.excerpt(s, e)
            ),
        ));
    }
    let mut offers = spans(scan, langs, Concept::Reward);
    if !mentions.is_empty() {
        offers.extend(spans(scan, langs, Concept::Value));
    }
    offers.sort_unstable();
    offers.dedup();
    for (s, e) in offers {
        hits.push(Hit::error(
            rule::SERVICE_RECOVERY_OFFER,
            s,
            format!(
                "offers something (\"{}\") in a service_recovery email: after negative feedback anything offered reads as payment for changing it",
                scan.excerpt(s, e)
            ),
        ));
    }
}

/// Sentences that say they ask for nothing ("this is not a request for a good rating").
fn disclaimed(scan: &Scanned, langs: &[&'static Language]) -> Vec<usize> {
    spans(scan, langs, Concept::Disclaim)
        .into_iter()
        .map(|(s, _)| scan.sentence_of(s))
        .collect()
}

/// Char ranges of the buyer's questions in a question-and-answer layout: a line that opens on a
/// one-letter question label ("Q:", "F:", "D:", "P:", 「Q：」) and is answered by the next line
/// that holds text, opening on an answer label ("A:", "R:"). The label may carry the number of
/// the pair ("Q3:" / "A3:") or end on a full stop ("Q. …", 「Q.…」; not "P.S."). The question is
/// the buyer's words quoted by the seller ("Q: Do I have to leave a review?"), not an ask.
fn buyer_questions(scan: &Scanned) -> Vec<(usize, usize)> {
    let labelled = |line: &str, labels: &[char]| after_label(line, labels).is_some();
    let text = scan.text_between(0, scan.len());
    let mut lines: Vec<(usize, usize, &str)> = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let len = line.chars().count();
        if !line.trim().is_empty() {
            lines.push((start, start + len, line));
        }
        start += len + 1;
    }
    lines
        .windows(2)
        .filter(|w| labelled(w[0].2, &['Q', 'F', 'D', 'P']) && labelled(w[1].2, &['A', 'R']))
        .map(|w| (w[0].0, w[0].1))
        .collect()
}

/// What follows the one-letter label `line` opens on, when it is one of `labels` ("Q:", "A3:",
/// "Q. …"; not "P.S."): see [`buyer_questions`].
fn after_label<'l>(line: &'l str, labels: &[char]) -> Option<&'l str> {
    let line = line.trim_start();
    let mut chars = line.char_indices();
    if !chars.next().is_some_and(|(_, c)| labels.contains(&c)) {
        return None;
    }
    let mut rest = chars.skip_while(|&(_, c)| c.is_ascii_digit() || matches!(c, ' ' | '\t'));
    match rest.next() {
        Some((at, ':')) => Some(&line[at + 1..]),
        Some((at, '.')) => rest
            .next()
            .is_some_and(|(_, c)| c.is_whitespace() || !(c.is_ascii_alphanumeric() || c == '.'))
            .then(|| &line[at + 1..]),
        _ => None,
    }
}

/// The buyer's questions ([`buyer_questions`]) whose answer line says no: it holds a negation or
/// a refusal ("A: No, you don't get anything for a review"). A reward the buyer asks about there
/// ("Q: Is there a gift if I review?") is refused, not offered.
fn denied_questions(
    scan: &Scanned,
    langs: &[&'static Language],
    questions: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    if questions.is_empty() {
        return Vec::new();
    }
    let denials: Vec<usize> = spans(scan, langs, Concept::Negation)
        .into_iter()
        .chain(spans(scan, langs, Concept::OtherSense))
        .map(|d| d.0)
        .collect();
    questions
        .iter()
        .copied()
        .filter(|&(_, qe)| {
            // The answer is the next line that holds text.
            let after = scan.text_between(qe, scan.len());
            let skip = after.chars().take_while(|c| c.is_whitespace()).count();
            let len = after.chars().skip(skip).take_while(|&c| c != '\n').count();
            let (from, to) = (qe + skip, qe + skip + len);
            denials.iter().any(|&d| d >= from && d < to)
        })
        .collect()
}

fn requests(scan: &Scanned, langs: &[&'static Language]) -> Vec<Request> {
    requests_outside(scan, langs, &buyer_questions(scan))
}

/// The review requests of a part; none inside the buyer's quoted `questions`.
fn requests_outside(
    scan: &Scanned,
    langs: &[&'static Language],
    questions: &[(usize, usize)],
) -> Vec<Request> {
    let disclaimed = disclaimed(scan, langs);
    // "Metta due stelle di anice nella teiera": words of another sense that begin inside an ask
    // and run past its end ("stelle di anice") make its last words no review word.
    let other = spans(scan, langs, Concept::OtherSense);
    let read_otherwise = |start: usize, end: usize| {
        other
            .iter()
            .any(|&(os, oe)| start < os && os < end && end <= oe)
    };
    let mut out: Vec<Request> = spans(scan, langs, Concept::Request)
        .into_iter()
        .filter(|&(start, end)| !read_otherwise(start, end))
        .filter(|&(start, _)| !disclaimed.contains(&scan.sentence_of(start)))
        .filter(|&(start, _)| !covers(questions, start))
        .filter(|&(start, end)| !seller_grades(scan, langs, start, end))
        .map(|(start, end)| Request {
            start,
            end,
            target: target_of(scan.text_between(start, end), langs),
            link: false,
        })
        .collect();
    for span in &scan.tera {
        let Some(target) = link_target(span) else {
            continue;
        };
        if !out.iter().any(|r| span.start < r.end && r.start < span.end) {
            out.push(Request {
                start: span.start,
                end: span.end,
                target,
                link: true,
            });
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// "We check every lot and give it an internal sharpness rating": words that read as an ask
/// but end on the seller's own grading of its goods (the words before the rating say whose it
/// is, as they do before a mention) ask nothing of the buyer.
fn seller_grades(scan: &Scanned, langs: &[&'static Language], start: usize, end: usize) -> bool {
    let words = scan.text_between(start, end).trim_end();
    words
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .is_some_and(|(at, c)| matches(&words[..at + c.len_utf8()], langs, Concept::SellerReviews))
}

/// What a `{{ links.* }}` variable asks for: a product review, seller feedback, or neither.
fn link_target(t: &TeraSpan) -> Option<Target> {
    if !t.is_link_var() {
        return None;
    }
    let path = t.path().to_ascii_lowercase();
    if path.contains("feedback") {
        Some(Target::Feedback)
    } else if path.contains("review") {
        Some(Target::Review)
    } else {
        None
    }
}

/// Char offset of the start of the line that holds `at`.
fn line_start(scan: &Scanned, at: usize) -> usize {
    let before = scan.text_between(0, at);
    before
        .rfind('\n')
        .map_or(0, |b| before[..b].chars().count() + 1)
}

/// The sentence before a list of neutral items (tips, steps) and the line leading into it,
/// when sentence `p` is the list's last item; `p` itself otherwise. An item that names a
/// review, asks, or speaks of the buyer's experience or of help is no mere tip: it stops the
/// walk.
fn past_list(scan: &Scanned, reading: &Reading, p: usize) -> usize {
    let text_of = |n: &Sentence| scan.text_between(n.from, n.to).trim();
    let neutral = |n: &Sentence| {
        !n.mention
            && !n.question
            && !n.problem
            && n.positive.is_empty()
            && n.contact.is_empty()
            && !n.condition
    };
    let mut at = p;
    let mut items = 0;
    while let Some(n) = reading.sentences.get(at) {
        let text = text_of(n);
        let item = text.starts_with(['-', '*', '•', '–', '—', '●', '▶', '→']) || is_numbered(text);
        if !item || !neutral(n) || items >= 12 || at == 0 {
            break;
        }
        items += 1;
        at -= 1;
    }
    let lead_in = reading
        .sentences
        .get(at)
        .is_some_and(|n| neutral(n) && text_of(n).ends_with(':'));
    match (items, lead_in) {
        (0, _) => p,
        (_, true) if at > 0 => at - 1,
        _ => p,
    }
}

/// Char offset of the end of the line that holds `at` (its newline, or the end of the text).
fn line_end(scan: &Scanned, at: usize) -> usize {
    let after = scan.text_between(at, scan.len());
    at + after
        .find('\n')
        .map_or(after.chars().count(), |b| after[..b].chars().count())
}

/// Whether nothing but whitespace stands beside `start..end` on its line.
fn alone_on_line(scan: &Scanned, start: usize, end: usize) -> bool {
    scan.visible_between(line_start(scan, start), start) == 0
        && scan.visible_between(end, line_end(scan, end)) == 0
}

/// Whether `start..end` stands on its line after nothing but an arrow or a pointing glyph
/// ("→ {{ link }}", "👉 {{ link }}"), which only shows where the ask before it leads.
fn arrowed_on_line(scan: &Scanned, start: usize, end: usize) -> bool {
    let lead = scan.text_between(line_start(scan, start), start).trim();
    let arrow = |c: char| matches!(c, '→' | '➡' | '👉' | '⇒' | '▶' | '►' | '»' | '\u{fe0f}');
    (lead.chars().any(arrow) || lead.contains("->") || lead.contains("=>"))
        && lead
            .chars()
            .all(|c| arrow(c) || c.is_whitespace() || matches!(c, '-' | '=' | '>'))
        && scan.visible_between(end, line_end(scan, end)) == 0
}

/// Whether the link `r` follows a short lead-in on its own line that ends in a colon and holds
/// no other ask ("Here's the page: {{ link }}").
fn led_in_by_pointer(scan: &Scanned, requests: &[Request], r: Request) -> bool {
    lead_in(scan, requests, r).is_some_and(|(line_start, lead)| {
        lead.ends_with(':') && scan.visible_between(line_start, r.start) <= 40
    })
}

/// Whether the request in words `r` opens its line as a short label ending in a colon before a
/// link that closes the line ("Leave a review: {{ link }}").
fn labels_link(scan: &Scanned, requests: &[Request], r: Request) -> bool {
    let start = line_start(scan, r.start);
    let end = line_end(scan, r.start);
    requests
        .iter()
        .find(|q| q.start >= r.end && q.start < end)
        .is_some_and(|q| {
            q.link
                && scan.visible_between(start, r.start) == 0
                && scan.text_between(r.end, q.start).trim() == ":"
                && scan.visible_between(start, q.start) <= 40
                && scan.visible_between(q.end, end) == 0
        })
}

/// Where the line of the link `r` starts and what stands before the link on it (trailing
/// whitespace trimmed), when no other request starts there first.
fn lead_in<'s>(scan: &'s Scanned, requests: &[Request], r: Request) -> Option<(usize, &'s str)> {
    let line_start = line_start(scan, r.start);
    let asked_before = requests
        .iter()
        .any(|q| q.start >= line_start && q.start < r.start);
    (!asked_before).then(|| {
        (
            line_start,
            scan.text_between(line_start, r.start).trim_end(),
        )
    })
}

/// Whether the link `r` ends its line right after a finished sentence ("Even one line is
/// fine. {{ link }}", 「一行でもかまいません。{{ link }}」) that holds no other ask.
fn closes_sentence_line(scan: &Scanned, requests: &[Request], r: Request) -> bool {
    lead_in(scan, requests, r).is_some_and(|(_, lead)| lead.ends_with(['.', '!', '。', '！']))
        && scan.visible_between(r.end, line_end(scan, r.end)) == 0
}

/// Whether the link at `start..end` is an HTML button standing alone on its line: the `href` of
/// an `<a>` whose element is all the line shows (`<p><a href="{{ link }}">Review it</a></p>`).
/// Its label is the button's text, so the link is where the ask before it points.
fn button_alone_on_line(scan: &Scanned, start: usize, end: usize) -> bool {
    anchors(scan)
        .iter()
        .find(|a| a.href.0 <= start && end <= a.href.1)
        .is_some_and(|a| alone_on_line(scan, a.start, a.close))
}

/// Groups requests that are one ask: in the same or the next sentence, close together (a
/// sentence and its link or button). A bare link later in the same paragraph, after a line
/// that only says more about the ask ("… leave a review. Any opinion helps. {{ link }}"), is
/// that ask's link too, not a second ask.
fn asks(scan: &Scanned, requests: &[Request]) -> Vec<Vec<Request>> {
    let mut asks: Vec<Vec<Request>> = Vec::new();
    for &r in requests {
        if let Some(last) = asks.last_mut().and_then(|a| a.last().copied()) {
            let next_sentence = scan.sentence_of(r.start) <= scan.sentence_of(last.start) + 1;
            let same_paragraph = r.link
                && !scan
                    .text_between(last.end.min(r.start), r.start)
                    .contains("\n\n");
            // A link alone on its line after the ask ("…grateful for a review. Every opinion
            // helps." / blank line / "{{ links.product_review }}") is where the ask points.
            // So is a button alone on its line ("<p><a href=…>Review it</a></p>").
            let same_target = last.target == r.target || last.target == Target::Either;
            let pointed = r.link
                && (alone_on_line(scan, r.start, r.end)
                    || arrowed_on_line(scan, r.start, r.end)
                    || button_alone_on_line(scan, r.start, r.end))
                && same_target;
            let near = (next_sentence || same_paragraph || pointed)
                && scan.visible_between(last.end, r.start) <= 160;
            // An ask in words only points at the first link given for it further down, with no
            // other ask between: a link after a short lead-in ending in a colon with no asking
            // words ("We'd appreciate a review; how we ask: / a few lines / If you'd like to,
            // here's the page: {{ link }}"), or a link alone on its line a paragraph further
            // down ("… write a review if you like. Any rating is welcome. / {{ link }}").
            let unlinked = asks.last().is_some_and(|a| !a.iter().any(|q| q.link));
            let led_in = r.link
                && unlinked
                && same_target
                && led_in_by_pointer(scan, requests, r)
                && scan.visible_between(last.end, r.start) <= 480;
            // So is a link that closes its line after a finished sentence with no asking words
            // ("… write a review if you have time. / tips / Even one line is fine. {{ link }}").
            let trailing = r.link && same_target && closes_sentence_line(scan, requests, r);
            let awaited =
                (pointed || trailing) && unlinked && scan.visible_between(last.end, r.start) <= 400;
            // So is a short label naming the ask again before the link on its own line ("… a
            // review helps others. Any opinion counts. / Leave a review: {{ link }}").
            let labelled = !r.link
                && unlinked
                && same_target
                && labels_link(scan, requests, r)
                && scan.visible_between(last.end, r.start) <= 480;
            // So is a link that closes the next sentence after a colon, past a long ask ("… tell
            // us what you think, good or bad. Honest words help others choose: {{ link }}").
            let colon_closed = r.link
                && same_target
                && next_sentence
                && scan
                    .text_between(line_start(scan, r.start), r.start)
                    .trim_end()
                    .ends_with(':')
                && scan.visible_between(r.end, line_end(scan, r.end)) == 0
                && scan.visible_between(last.end, r.start) <= 320;
            if near || led_in || awaited || colon_closed || labelled {
                if let Some(ask) = asks.last_mut() {
                    ask.push(r);
                }
                continue;
            }
        }
        asks.push(vec![r]);
    }
    asks
}

/// The language an ask is written in, when its words make it clear: that of the first line
/// holding one of its requests that is clearly in one language, else that of the paragraph of
/// its first request (a bare link line after its ask: "Review: {{ link }}"), else that of the
/// nearest line before that paragraph which is clearly in one language.
fn ask_language(scan: &Scanned, ask: &[Request]) -> Option<crate::triage::Language> {
    let line_of = |at: usize| scan.text_between(line_start(scan, at), line_end(scan, at));
    ask.iter()
        .find_map(|r| crate::triage::clear_language(line_of(r.start)))
        .or_else(|| {
            let first = ask.first()?;
            let before = scan.text_between(0, first.start);
            let from = before
                .rfind("\n\n")
                .map_or(0, |b| before[..b].chars().count() + 2);
            let after = scan.text_between(first.start, scan.len());
            let to = first.start
                + after
                    .find("\n\n")
                    .map_or(after.chars().count(), |b| after[..b].chars().count());
            crate::triage::clear_language(scan.text_between(from, to)).or_else(|| {
                // The version the ask stands in: the nearest line before it that is clearly
                // in one language.
                scan.text_between(0, from)
                    .lines()
                    .rev()
                    .find_map(crate::triage::clear_language)
            })
        })
}

/// Whether the last of `asks` is the translation of an earlier one in a bilingual email, not a
/// second ask: it is written in a language no earlier ask is written in (each earlier one in a
/// language of its own, clearly), and the email says more in that language than the ask (a
/// version of the email in that language, not one line of it). A buyer reads one version.
fn translated(
    scan: &Scanned,
    asks: &[Vec<Request>],
    spoken: &[Option<crate::triage::Language>],
) -> bool {
    let Some((Some(language), earlier)) = spoken.split_last() else {
        return false;
    };
    if earlier.iter().any(|l| l.is_none_or(|l| l == *language)) {
        return false;
    }
    let Some(ask) = asks.last() else {
        return false;
    };
    let ask_lines: Vec<usize> = ask.iter().map(|r| line_start(scan, r.start)).collect();
    let text = scan.text_between(0, scan.len());
    let mut start = 0;
    text.split('\n').any(|line| {
        let at = start;
        start += line.chars().count() + 1;
        !ask_lines.contains(&at) && crate::triage::clear_language(line) == Some(*language)
    })
}

/// Rules about review/feedback requests across the whole email: the kind may not ask, one ask
/// only, no ask inside a `{% if %}` on the buyer's rating or mood. Returns subject and body hits.
pub(super) fn check_requests(
    subject: Option<&Scanned>,
    body: &Scanned,
    ctx: &LintContext,
    langs: &[&'static Language],
) -> (Vec<Hit>, Vec<Hit>) {
    let mut subject_hits = Vec::new();
    let mut body_hits = Vec::new();
    let body_requests = requests(body, langs);
    let body_asks = asks(body, &body_requests);

    if let Some(kind) = ctx.kind.filter(|k| !k.may_ask_for_review()) {
        let flag = |scan: &Scanned, asks: &[Vec<Request>], hits: &mut Vec<Hit>| {
            for r in asks.iter().filter_map(|a| a.first()) {
                hits.push(Hit::error(
                    rule::REVIEW_REQUEST_WRONG_KIND,
                    r.start,
                    format!(
                        "asks for a review or feedback (\"{}\") in a {kind} email: only review_request may ask",
                        scan.excerpt(r.start, r.end)
                    ),
                ));
            }
        };
        if let Some(subject) = subject {
            let subject_asks = asks(subject, &requests(subject, langs));
            flag(subject, &subject_asks, &mut subject_hits);
        }
        flag(body, &body_asks, &mut body_hits);
    }

    if let Some(first) = body_asks.first().and_then(|a| a.first()) {
        let (line, _) = body.pos(first.start);
        let spoken: Vec<Option<crate::triage::Language>> =
            body_asks.iter().map(|a| ask_language(body, a)).collect();
        for (i, ask) in body_asks.iter().enumerate().skip(1) {
            if translated(body, &body_asks[..=i], &spoken[..=i]) {
                continue;
            }
            // An ask in another branch of an `{% if %}` than every earlier ask is sent instead
            // of them ("{% if item_count > 1 %}Review them{% else %}Review it{% endif %}").
            let instead = |r: &Request| {
                body_asks[..i]
                    .iter()
                    .filter_map(|a| a.first())
                    .all(|e| body.branches_apart(e.start, r.start))
            };
            if let Some(r) = ask.first().filter(|r| !instead(r)) {
                body_hits.push(Hit::error(
                    rule::REVIEW_REQUEST_REPEATED,
                    r.start,
                    format!(
                        "asks for a review or feedback again (\"{}\"; first ask on line {line}): ask once per order",
                        body.excerpt(r.start, r.end)
                    ),
                ));
            }
        }
    }
    // A review and a feedback ask the same email can hold together (not in two branches of
    // one `{% if %}`).
    let of = |t: Target| body_requests.iter().filter(move |r| r.target == t);
    let together = of(Target::Review).find_map(|review| {
        of(Target::Feedback)
            .find(|feedback| !body.branches_apart(review.start, feedback.start))
            .map(|feedback| (review, feedback))
    });
    if let Some((review, feedback)) = together {
        let later = if review.start > feedback.start {
            review
        } else {
            feedback
        };
        body_hits.push(Hit::error(
            rule::REVIEW_REQUEST_REPEATED,
            later.start,
            format!(
                "asks for both a product review and seller feedback (\"{}\"): ask for one of them, once",
                body.excerpt(later.start, later.end)
            ),
        ));
    }

    // A subject that asks whether the buyer is happy or addresses happy buyers ("Satisfied with
    // your lamp? Then this is for you", "For those who love their new kettle") sets the condition
    // for the review the body asks for, however neutral the ask, unless the ask welcomes any
    // opinion in or beside its sentence ("good points or bad, both help"): that lifts the
    // condition, and the subject's question is only small talk.
    // The body's and the subject's readings, built once, and only if a subject rule needs them.
    let body_reading = std::cell::LazyCell::new(|| Reading::new(body, langs));
    let subject_reading = subject.map(|subject| {
        (
            subject,
            std::cell::LazyCell::new(move || Reading::new(subject, langs)),
        )
    });
    // So does a sentence that names the review and welcomes any opinion earlier in the ask's
    // paragraph ("Whatever your experience, an honest review helps others. If you have time,
    // write it here: {{ link }}").
    let welcomed = || {
        body_requests.iter().any(|r| {
            let i = body.sentence_of(r.start) as isize;
            let leads_in = |n: &Sentence| {
                n.unconditional
                    && n.mention
                    && n.from <= r.start
                    && !body
                        .text_between(n.from, r.start)
                        .trim_start()
                        .contains("\n\n")
            };
            body_reading.any(i - 1, i + 1, |n| n.unconditional)
                || body_reading.sentences.iter().any(leads_in)
        })
    };
    if let Some((subject, reading)) = subject_reading
        .as_ref()
        .filter(|_| !body_requests.is_empty() && !welcomed())
    {
        let asked = reading.sentences.iter().find_map(|s| {
            let gated = (s.question && !s.aside) || !s.hard_conditions.is_empty();
            s.positive
                .first()
                .filter(|_| gated && !s.problem && !s.unconditional && !s.request)
        });
        if let Some(&(ps, pe)) = asked {
            let what = format!(
                "makes the review the body asks for depend on the buyer being happy, in the subject (\"{}\")",
                subject.excerpt(ps, pe)
            );
            subject_hits.push(gating_error(ps, &what));
        }
    }

    // A subject that names what the buyer gets ("Your next coffee is on us (5 €)") while the body
    // makes the review a step before something ("review us, then send us your profile name")
    // offers that for the review, however silent the body is about the benefit.
    if let Some((subject, reading)) = &subject_reading {
        let body_steps = body_reading
            .sentences
            .iter()
            .any(|s| s.reviewers && !s.problem);
        let offered = body_steps
            .then(|| {
                reading
                    .sentences
                    .iter()
                    .find_map(|s| s.offers().next().copied().filter(|_| !s.problem))
            })
            .flatten();
        if let Some((start, end)) = offered {
            subject_hits.push(Hit::error(
                rule::REVIEW_INCENTIVE,
                start,
                format!(
                    "offers something in the subject (\"{}\") for the review the body makes a step before it: Amazon forbids any incentive for reviews or for changing feedback",
                    subject.excerpt(start, end)
                ),
            ));
        }
    }

    for (start, end) in sentiment_conditions(body) {
        if body_requests
            .iter()
            .any(|r| r.start >= start && r.start < end)
        {
            body_hits.push(Hit::error(
                rule::REVIEW_GATING,
                start,
                format!(
                    "asks for a review only under a condition on the buyer's rating or mood (\"{}\"): ask every buyer the same way",
                    body.excerpt(start, start + 60)
                ),
            ));
        }
    }
    (subject_hits, body_hits)
}

/// Char ranges of `{% if %}` … `{% endif %}` blocks whose condition reads the buyer's rating,
/// stars, sentiment or satisfaction.
fn sentiment_conditions(scan: &Scanned) -> Vec<(usize, usize)> {
    let mut open: Vec<(usize, bool)> = Vec::new();
    let mut out = Vec::new();
    for tag in scan.tera.iter().filter(|t| t.kind == TeraKind::Tag) {
        let mut words = tag.inner.splitn(2, char::is_whitespace);
        let keyword = words.next().unwrap_or_default();
        let condition = words.next().unwrap_or_default();
        match keyword {
            "if" => open.push((tag.start, is_about_sentiment(condition))),
            "elif" => {
                if let Some(top) = open.last_mut() {
                    top.1 |= is_about_sentiment(condition);
                }
            }
            "endif" => {
                if let Some((start, true)) = open.pop() {
                    out.push((start, tag.end));
                }
            }
            _ => {}
        }
    }
    out.extend(
        open.into_iter()
            .filter(|o| o.1)
            .map(|(s, _)| (s, scan.len())),
    );
    out
}

fn is_about_sentiment(condition: &str) -> bool {
    const SEGMENTS: &[&str] = &[
        "rating",
        "ratings",
        "rated",
        "stars",
        "star",
        "sentiment",
        "satisfied",
        "satisfaction",
        "happy",
        "unhappy",
        "score",
        "nps",
        "csat",
        "positive",
        "negative",
        "mood",
        "pleased",
        "likes",
        "liked",
    ];
    condition
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .flat_map(|token| token.split('_'))
        .map(str::to_lowercase)
        .any(|seg| {
            SEGMENTS.contains(&seg.as_str()) || seg.contains("satisf") || seg.contains("sentiment")
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::lang::LANGUAGES;

    #[test]
    fn targets_are_read_off_the_words() {
        let langs: Vec<&'static Language> = LANGUAGES.iter().collect();
        assert_eq!(target_of("leave seller feedback", &langs), Target::Feedback);
        assert_eq!(target_of("write a review", &langs), Target::Review);
        assert_eq!(target_of("出品者評価をお願い", &langs), Target::Feedback);
        assert_eq!(target_of("leave a rating", &langs), Target::Either);
        assert_eq!(
            target_of("laisser une évaluation du vendeur", &langs),
            Target::Feedback
        );
        assert_eq!(target_of("dejar una reseña", &langs), Target::Review);
    }

    #[test]
    fn sentiment_conditions_are_recognised() {
        assert!(is_about_sentiment("order.rating >= 4"));
        assert!(is_about_sentiment("buyer.is_satisfied"));
        assert!(is_about_sentiment("survey.nps > 8"));
        assert!(!is_about_sentiment("order.start_date and buyer.first_name"));
        assert!(!is_about_sentiment("fulfillment == \"FBA\""));
    }
}

//! Send windows: when, in whose local time, a send may leave.
//!
//! A window is a span of local civil time (default 13:00–15:00) in either the buyer's zone or a
//! fixed zone. Instants come from the tz database through `chrono-tz`, so DST is handled by the
//! zone rules: on a day when a clock change removes part of the window, the window is shorter; when
//! the change repeats an hour, the window is longer. Sends are spread across the window by a
//! per-send hash, so the same send always lands on the same minute.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Whose clock a window is read on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WindowZone {
    /// The buyer's own zone, from the shipping address.
    Buyer,
    /// A fixed zone, e.g. Asia/Shanghai for "01:00–05:00 Beijing time".
    Fixed(#[serde(with = "tz_name")] Tz),
}

/// A daily span of local time in which sends may leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Window {
    pub zone: WindowZone,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for Window {
    /// 13:00–15:00 in the buyer's zone.
    fn default() -> Self {
        Window {
            zone: WindowZone::Buyer,
            start: NaiveTime::from_hms_opt(13, 0, 0).expect("valid time"),
            end: NaiveTime::from_hms_opt(15, 0, 0).expect("valid time"),
        }
    }
}

/// One concrete occurrence of a window: `[start, end)` in UTC, on a local date in `zone`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub zone: Tz,
    pub date: NaiveDate,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Slot {
    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        self.start <= t && t < self.end
    }

    /// A deterministic instant inside the slot for the send identified by `key`, aligned to
    /// the minute so schedules read cleanly.
    pub fn spread(&self, key: &str) -> DateTime<Utc> {
        // The last tick of a window's schedule fires TICK_MINUTES before its end; a send due
        // after it would wait a day, so sends are spread over the part the ticks cover.
        let minutes = ((self.end - self.start).num_minutes() - TICK_MINUTES).max(1) as u64;
        let offset = stable_hash(key) % minutes;
        self.start + Duration::minutes(offset as i64)
    }
}

/// Minutes between dispatcher schedule ticks in a window (`cron(0/15 …)` in `template.yaml`).
pub const TICK_MINUTES: i64 = 15;

/// FNV-1a: stable across builds and platforms, unlike `std`'s randomised hasher.
pub fn stable_hash(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WindowError {
    #[error("window start and end are equal ({0}); a window needs some length")]
    Empty(NaiveTime),
    #[error("window `{0}` is not of the form HH:MM-HH:MM")]
    Syntax(String),
    #[error("unknown time zone `{0}` (use an IANA name such as America/Chicago or Asia/Shanghai)")]
    UnknownZone(String),
}

impl Window {
    pub fn new(zone: WindowZone, start: NaiveTime, end: NaiveTime) -> Result<Self, WindowError> {
        if start == end {
            return Err(WindowError::Empty(start));
        }
        Ok(Window { zone, start, end })
    }

    /// The zone the window is read in for a buyer living in `buyer_zone`.
    pub fn zone_for(&self, buyer_zone: Tz) -> Tz {
        match self.zone {
            WindowZone::Buyer => buyer_zone,
            WindowZone::Fixed(z) => z,
        }
    }

    /// The first dispatcher tick inside the window: schedules fire every [`TICK_MINUTES`] from
    /// the hour (:00, :15, :30, :45) on the window's clock, and a send leaves only on a tick.
    /// `None` when no tick falls inside, e.g. `13:05-13:12`: nothing in it could ever be sent.
    pub fn first_tick(&self) -> Option<NaiveTime> {
        use chrono::Timelike;
        const DAY: u32 = 24 * 60 * 60;
        let tick = TICK_MINUTES as u32 * 60;
        let start = self.start.num_seconds_from_midnight();
        let end = self.end.num_seconds_from_midnight();
        let length = if self.wraps() {
            end + DAY - start
        } else {
            end - start
        };
        let first = start.div_ceil(tick) * tick;
        (first - start < length)
            .then(|| NaiveTime::from_num_seconds_from_midnight_opt(first % DAY, 0))
            .flatten()
    }

    /// Whether a dispatcher tick falls in what is left of `slot` (an occurrence of this
    /// window, perhaps clipped to start later): a send due after the window's last tick would
    /// wait for another day.
    pub fn ticks_in(&self, slot: &Slot) -> bool {
        let start = slot.start.with_timezone(&slot.zone).time();
        start != self.end && Window { start, ..*self }.first_tick().is_some()
    }

    /// Whether the window wraps past local midnight (e.g. 22:00–02:00).
    fn wraps(&self) -> bool {
        self.end <= self.start
    }

    /// The occurrence of the window that starts on local `date` in `zone`, or `None` when the
    /// clock change of that day leaves nothing of it.
    pub fn slot_on(&self, zone: Tz, date: NaiveDate) -> Option<Slot> {
        let end_date = if self.wraps() { date.succ_opt()? } else { date };
        let (start, end) = (date.and_time(self.start), end_date.and_time(self.end));
        // An edge in the repeated hour of a fall-back night: the slot keeps to the pass of that
        // hour that lies inside the window (the first pass for an end, the second for a start;
        // the first for both when both edges fall in it).
        let repeated =
            |local| matches!(zone.from_local_datetime(&local), LocalResult::Ambiguous(..));
        let start_pass = if repeated(start) && repeated(end) {
            Pass::First
        } else {
            Pass::Second
        };
        let start = local_to_utc(zone, start, start_pass)?;
        let end = local_to_utc(zone, end, Pass::First)?;
        (start < end).then_some(Slot {
            zone,
            date,
            start,
            end,
        })
    }

    /// The first slot whose start is not before `not_before`'s local date and that still has
    /// time left after `not_before`. Looks at most a few days ahead (a window that DST skips
    /// entirely on one day is back the next).
    pub fn first_slot_from(&self, zone: Tz, not_before: DateTime<Utc>) -> Slot {
        let first_date = not_before.with_timezone(&zone).date_naive();
        let mut date = first_date.pred_opt().unwrap_or(first_date);
        loop {
            if let Some(slot) = self.slot_on(zone, date) {
                if slot.end > not_before {
                    let clipped = Slot {
                        start: slot.start.max(not_before),
                        ..slot
                    };
                    if clipped.start < clipped.end
                        && (clipped.end - clipped.start) >= Duration::minutes(1)
                    {
                        return clipped;
                    }
                }
            }
            date = date.succ_opt().expect("date in range");
        }
    }
}

/// Which pass of a repeated local hour an ambiguous time means.
enum Pass {
    First,
    Second,
}

/// Local civil time to UTC. A time that does not exist (spring-forward gap) moves to the first
/// instant after the gap; an ambiguous time (fall-back) is the instant of the given pass.
/// A window spanning the whole repeated hour is an hour longer that night; one with an edge inside
/// it keeps to the pass that lies inside the window, so every instant of a slot is inside the
/// window in local time.
fn local_to_utc(zone: Tz, local: NaiveDateTime, pass: Pass) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Some(match pass {
            Pass::First => a.min(b).with_timezone(&Utc),
            Pass::Second => a.max(b).with_timezone(&Utc),
        }),
        LocalResult::None => {
            // Walk forward minute by minute to the end of the gap (gaps are at most a few hours).
            (1..=24 * 60).find_map(|m| {
                match zone.from_local_datetime(&(local + Duration::minutes(m))) {
                    LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
                    LocalResult::Ambiguous(a, _) => Some(a.with_timezone(&Utc)),
                    LocalResult::None => None,
                }
            })
        }
    }
}

/// The names of the dispatcher schedule zones (`template.yaml`), in the order they are matched.
/// A send whose window is read in another zone is served by the first of these whose clock
/// agrees with it (same UTC offset at every hour checked over two years), e.g.
/// America/Indiana/Indianapolis by America/New_York, Asia/Singapore by Asia/Shanghai. New zones
/// go at the end, so the groups of sends already stored keep their names.
pub const SCHEDULED_ZONES: &[&str] = &[
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "America/Adak",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
    "Pacific/Guam",
    "Pacific/Pago_Pago",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Majuro",
    "Europe/Helsinki",
    // Also Asia/Riyadh: UTC+3 all year.
    "Europe/Istanbul",
    "Pacific/Auckland",
    // Amazon EG: UTC+2 with summer time on Egypt's own dates (not the EU's).
    "Africa/Cairo",
    // Amazon ZA: UTC+2 all year.
    "Africa/Johannesburg",
];

/// The zones dispatcher schedules run in: [`SCHEDULED_ZONES`], then any zone the address lookup
/// can return ([`crate::zone::every_zone`]) whose clock none of them shows, so every buyer zone
/// has a group a schedule serves even before someone names it above.
pub fn scheduled_zones() -> &'static [Tz] {
    static ZONES: std::sync::OnceLock<Vec<Tz>> = std::sync::OnceLock::new();
    ZONES.get_or_init(|| {
        let mut zones: Vec<Tz> = SCHEDULED_ZONES
            .iter()
            .filter_map(|name| name.parse().ok())
            .collect();
        for zone in crate::zone::every_zone() {
            if !zones.iter().any(|z| z == zone || same_clock(*z, *zone)) {
                zones.push(*zone);
            }
        }
        zones
    })
}

/// The scheduled zone that serves windows read in `zone` (see [`SCHEDULED_ZONES`]).
pub fn dispatch_zone(zone: Tz) -> Tz {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<Tz, Tz>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(z) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(&zone) {
        return *z;
    }
    let found = scheduled_zones()
        .iter()
        .copied()
        .find(|candidate| *candidate == zone || same_clock(*candidate, zone))
        .unwrap_or(zone);
    cache
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(zone, found);
    found
}

/// Whether two zones show the same UTC offset at every hour of 2026–2027.
fn same_clock(a: Tz, b: Tz) -> bool {
    use chrono::Offset;
    let start = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .expect("valid date");
    (0..(2 * 365 * 24)).all(|h| {
        let t = start + Duration::hours(h);
        t.with_timezone(&a).offset().fix() == t.with_timezone(&b).offset().fix()
    })
}

/// Every window group a config can produce: for each window a store or campaign uses, the
/// group of every scheduled zone (buyer-local windows) or of its fixed zone.
pub fn required_window_groups(
    config: &crate::config::Config,
) -> std::collections::BTreeSet<String> {
    let mut windows = Vec::new();
    for store in &config.stores {
        for c in config
            .campaigns
            .iter()
            .filter(|c| c.applies_to_store(&store.id))
        {
            windows.extend(c.window_for(store));
        }
    }
    let mut groups = std::collections::BTreeSet::new();
    for w in windows {
        match w.zone {
            WindowZone::Fixed(z) => {
                groups.insert(window_group(&w, z));
            }
            WindowZone::Buyer => {
                for z in scheduled_zones() {
                    groups.insert(window_group(&w, *z));
                }
            }
        }
    }
    if config
        .campaigns
        .iter()
        .any(|c| c.timing == crate::config::Timing::Immediate)
    {
        groups.insert("immediate".to_string());
    }
    groups
}

/// The group of dispatcher schedules that serves a window for a buyer in `buyer_zone`:
/// `America/New_York 13:00-15:00`. The same string is the Scheduler input.
pub fn window_group(window: &Window, buyer_zone: Tz) -> String {
    format!(
        "{} {}-{}",
        dispatch_zone(window.zone_for(buyer_zone)).name(),
        window.start.format("%H:%M"),
        window.end.format("%H:%M")
    )
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{} ",
            self.start.format("%H:%M"),
            self.end.format("%H:%M")
        )?;
        match self.zone {
            WindowZone::Buyer => f.write_str("buyer-local"),
            WindowZone::Fixed(z) => f.write_str(z.name()),
        }
    }
}

/// Parses `HH:MM-HH:MM` with an optional zone after a space: `13:00-15:00`,
/// `01:00-05:00 Asia/Shanghai`, `13:00-15:00 buyer`.
impl FromStr for Window {
    type Err = WindowError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split_whitespace();
        let span = parts
            .next()
            .ok_or_else(|| WindowError::Syntax(s.to_string()))?;
        let zone = match parts.next() {
            None | Some("buyer") | Some("buyer-local") => WindowZone::Buyer,
            Some(name) => WindowZone::Fixed(parse_zone(name)?),
        };
        if parts.next().is_some() {
            return Err(WindowError::Syntax(s.to_string()));
        }
        let (a, b) = span
            .split_once('-')
            .ok_or_else(|| WindowError::Syntax(s.to_string()))?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| WindowError::Syntax(s.to_string()))
        };
        Window::new(zone, time(a)?, time(b)?)
    }
}

pub fn parse_zone(name: &str) -> Result<Tz, WindowError> {
    name.parse::<Tz>()
        .map_err(|_| WindowError::UnknownZone(name.to_string()))
}

/// Serde for `chrono_tz::Tz` as its IANA name; used wherever a zone is stored.
pub(crate) mod tz_name {
    use chrono_tz::Tz;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(tz: &Tz, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(tz.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Tz, D::Error> {
        let name = String::deserialize(d)?;
        name.parse()
            .map_err(|_| serde::de::Error::custom(format!("unknown time zone `{name}`")))
    }
}

/// The window a group's schedule fires in (`America/Chicago 13:00-15:00`), read in the group's
/// zone; `None` for a group scheduled around the clock (`immediate`).
pub fn group_window(group: &str) -> Option<(Window, Tz)> {
    let (zone, span) = group.split_once(' ')?;
    let window: Window = format!("{span} {zone}").parse().ok()?;
    let zone = window.zone_for(chrono_tz::UTC);
    Some((window, zone))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::{Chicago, New_York, Phoenix};
    use chrono_tz::Asia::Shanghai;
    use proptest::prelude::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn default_window_is_buyer_afternoon() {
        let w = Window::default();
        let slot = w
            .slot_on(Chicago, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())
            .unwrap();
        assert_eq!(slot.start, utc("2026-07-01T18:00:00Z"));
        assert_eq!(slot.end, utc("2026-07-01T20:00:00Z"));
        // Same local window in winter is an hour later in UTC: no fixed offsets.
        let slot = w
            .slot_on(Chicago, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
            .unwrap();
        assert_eq!(slot.start, utc("2026-12-01T19:00:00Z"));
        // Arizona keeps standard time all year.
        let summer = w
            .slot_on(Phoenix, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())
            .unwrap();
        assert_eq!(summer.start, utc("2026-07-01T20:00:00Z"));
    }

    #[test]
    fn fixed_beijing_window_parses_and_resolves() {
        let w: Window = "01:00-05:00 Asia/Shanghai".parse().unwrap();
        assert_eq!(w.zone_for(New_York), Shanghai);
        let slot = w
            .slot_on(
                w.zone_for(New_York),
                NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            )
            .unwrap();
        assert_eq!(slot.start, utc("2026-11-25T17:00:00Z"));
        assert_eq!(slot.end, utc("2026-11-25T21:00:00Z"));
        assert!("13:00-13:00".parse::<Window>().is_err());
        assert!("13:00-15:00 Mars/Base".parse::<Window>().is_err());
    }

    #[test]
    fn spring_forward_shortens_a_window_that_straddles_the_gap() {
        // 01:30–03:30 on the US spring-forward night: 02:00–03:00 does not exist.
        let w: Window = "01:30-03:30".parse().unwrap();
        let slot = w
            .slot_on(New_York, NaiveDate::from_ymd_opt(2026, 3, 8).unwrap())
            .unwrap();
        assert_eq!(slot.end - slot.start, Duration::hours(1));
        // A window entirely inside the gap has no slot that day and moves to the next.
        let w: Window = "02:10-02:50".parse().unwrap();
        let gap_day = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        let slot = w.first_slot_from(New_York, utc("2026-03-08T05:00:00Z"));
        assert!(w.slot_on(New_York, gap_day).is_none() || slot.date > gap_day);
    }

    #[test]
    fn fall_back_lengthens_a_window_over_the_repeated_hour() {
        let w: Window = "00:30-02:30".parse().unwrap();
        let slot = w
            .slot_on(New_York, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap())
            .unwrap();
        assert_eq!(slot.end - slot.start, Duration::hours(3));
    }

    /// On 1 November 2026 New York repeats 01:00–02:00 (EDT, then EST). A window with an edge in
    /// that hour keeps to the pass inside it: nothing of the slot is outside the window locally.
    #[test]
    fn a_window_edge_in_the_repeated_hour_keeps_the_slot_inside_the_window() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let slot_of = |w: &str| w.parse::<Window>().unwrap().slot_on(New_York, day).unwrap();
        // Ends at the first 01:30 (EDT, 05:30 UTC), not the second (06:30 UTC, after 01:59 EDT).
        let ends = slot_of("00:30-01:30");
        assert_eq!(
            (ends.start, ends.end),
            (utc("2026-11-01T04:30:00Z"), utc("2026-11-01T05:30:00Z"))
        );
        // Starts at the second 01:30 (EST): from the first, 01:00–01:29 EST would follow.
        let starts = slot_of("01:30-03:00");
        assert_eq!(
            (starts.start, starts.end),
            (utc("2026-11-01T06:30:00Z"), utc("2026-11-01T08:00:00Z"))
        );
        // Both edges in the hour: its first pass.
        let both = slot_of("01:10-01:40");
        assert_eq!(
            (both.start, both.end),
            (utc("2026-11-01T05:10:00Z"), utc("2026-11-01T05:40:00Z"))
        );
    }

    #[test]
    fn a_window_is_reachable_only_when_a_tick_falls_inside_it() {
        let tick = |w: &str| {
            w.parse::<Window>()
                .unwrap()
                .first_tick()
                .map(|t| t.format("%H:%M").to_string())
        };
        assert_eq!(tick("13:00-15:00").as_deref(), Some("13:00"));
        assert_eq!(tick("13:05-13:12"), None);
        assert_eq!(tick("13:05-13:15"), None, "the end is not in the window");
        assert_eq!(tick("13:05-13:16").as_deref(), Some("13:15"));
        assert_eq!(tick("13:15-13:16").as_deref(), Some("13:15"));
        assert_eq!(tick("23:50-23:59"), None);
        // Wrapping past midnight: the midnight tick counts.
        assert_eq!(tick("23:50-00:05").as_deref(), Some("00:00"));
        assert_eq!(tick("23:50-00:00"), None);
        assert_eq!(tick("22:00-02:00").as_deref(), Some("22:00"));
    }

    #[test]
    fn a_slot_clipped_after_the_last_tick_has_no_tick_left() {
        let w = Window::default();
        let slot = |from: &str| w.first_slot_from(Chicago, utc(from));
        // 14:44 and 14:45 Chicago: the 14:45 run is still ahead (or now).
        assert!(w.ticks_in(&slot("2026-07-01T19:44:00Z")));
        assert!(w.ticks_in(&slot("2026-07-01T19:45:00Z")));
        // 14:46: no run before 15:00.
        assert!(!w.ticks_in(&slot("2026-07-01T19:46:00Z")));
        // A whole slot always has one (the config refuses windows without).
        assert!(w.ticks_in(&slot("2026-07-01T05:00:00Z")));
    }

    #[test]
    fn first_slot_skips_to_tomorrow_when_today_is_over() {
        let w = Window::default();
        let slot = w.first_slot_from(Chicago, utc("2026-07-01T21:00:00Z"));
        assert_eq!(slot.date, NaiveDate::from_ymd_opt(2026, 7, 2).unwrap());
        // Inside today's window: the slot starts now.
        let now = utc("2026-07-01T19:00:00Z");
        let slot = w.first_slot_from(Chicago, now);
        assert_eq!(slot.start, now);
    }

    #[test]
    fn zones_with_the_same_clock_share_a_dispatch_group() {
        let w = Window::default();
        assert_eq!(
            window_group(&w, chrono_tz::America::Indiana::Indianapolis),
            "America/New_York 13:00-15:00"
        );
        assert_eq!(
            window_group(&w, chrono_tz::America::Boise),
            "America/Denver 13:00-15:00"
        );
        assert_eq!(
            window_group(&w, chrono_tz::America::St_Thomas),
            "America/Puerto_Rico 13:00-15:00"
        );
        assert_eq!(
            window_group(&w, chrono_tz::Europe::Paris),
            "Europe/Berlin 13:00-15:00"
        );
        assert_eq!(window_group(&w, Phoenix), "America/Phoenix 13:00-15:00");
        // Arizona's clock is not Denver's (no DST), and Mexico City left DST in 2022.
        assert_ne!(dispatch_zone(Phoenix), chrono_tz::America::Denver);
        assert_eq!(
            dispatch_zone(chrono_tz::America::Mexico_City),
            chrono_tz::America::Mexico_City
        );
        let fixed: Window = "01:00-05:00 Asia/Shanghai".parse().unwrap();
        assert_eq!(window_group(&fixed, Chicago), "Asia/Shanghai 01:00-05:00");
    }

    /// Every window a config's stores and campaigns use.
    fn windows_of(config: &crate::config::Config) -> Vec<Window> {
        let mut windows = Vec::new();
        for store in &config.stores {
            for c in &config.campaigns {
                if c.applies_to_store(&store.id) {
                    windows.extend(c.window_for(store));
                }
            }
        }
        windows
    }

    /// A config's scheduled groups and the windows its campaigns use, worked out once for the
    /// thousands of zones a test checks.
    struct Scheduled {
        required: std::collections::BTreeSet<String>,
        windows: Vec<Window>,
    }

    impl Scheduled {
        fn of(config: &crate::config::Config) -> Self {
            Self {
                required: required_window_groups(config),
                windows: windows_of(config),
            }
        }

        /// The groups a buyer in `zone` can be planned into, none of them unscheduled.
        fn check(&self, zone: Tz, what: impl std::fmt::Display) {
            for w in &self.windows {
                let group = window_group(w, zone);
                assert!(
                    self.required.contains(&group),
                    "{what} ({}): group {group:?} has no schedule",
                    zone.name()
                );
            }
        }
    }

    #[test]
    fn every_zone_the_lookup_returns_is_served_by_a_scheduled_zone_with_its_clock() {
        let config = crate::config::Config::builtin();
        assert!(!windows_of(&config).is_empty());
        let scheduled = Scheduled::of(&config);
        for zone in crate::zone::every_zone() {
            let served_by = dispatch_zone(*zone);
            assert!(
                scheduled_zones().contains(&served_by),
                "{} is served by unscheduled {}",
                zone.name(),
                served_by.name()
            );
            // Same UTC offset at every hour of two years: the schedule ticks on the buyer's clock.
            assert!(same_clock(served_by, *zone), "{}", zone.name());
            scheduled.check(*zone, "every_zone");
        }
    }

    #[test]
    fn the_named_schedule_zones_are_each_needed_and_cover_every_clock() {
        let named: Vec<Tz> = SCHEDULED_ZONES.iter().map(|n| n.parse().unwrap()).collect();
        // Zones the lookup gained since the list was written are scheduled anyway, but name them.
        let unnamed: Vec<&str> = scheduled_zones()[named.len()..]
            .iter()
            .map(|z| z.name())
            .collect();
        assert!(unnamed.is_empty(), "add to SCHEDULED_ZONES: {unnamed:?}");
        for (i, z) in named.iter().enumerate() {
            assert!(
                !named[..i].iter().any(|earlier| same_clock(*earlier, *z)),
                "{} shares its clock with an earlier zone and would never be used",
                z.name()
            );
            assert!(
                crate::zone::every_zone()
                    .iter()
                    .any(|buyer| dispatch_zone(*buyer) == *z),
                "{} serves no buyer zone",
                z.name()
            );
        }
        assert_eq!(scheduled_zones().len(), 26);
    }

    #[test]
    fn every_country_on_every_marketplace_lands_in_a_scheduled_group() {
        use crate::zone::{country_codes, us_state_codes, zone_for_address};
        use crate::Marketplace;
        let scheduled = Scheduled::of(&crate::config::Config::builtin());
        for m in Marketplace::ALL {
            for code in country_codes().chain(["ZZ"]) {
                let z = zone_for_address(None, None, Some(code), m).zone;
                scheduled.check(z, format_args!("{code} on {m:?}"));
            }
            for state in us_state_codes() {
                let z = zone_for_address(None, Some(state), Some("US"), m).zone;
                scheduled.check(z, format_args!("state {state} on {m:?}"));
            }
            // APO/FPO/DPO ZIPs with no state: Europe, Americas, Pacific.
            for zip in ["09001", "09180-1234", "34090", "96201", "96349"] {
                let z = zone_for_address(Some(zip), None, Some("US"), m).zone;
                scheduled.check(z, format_args!("military ZIP {zip} on {m:?}"));
            }
        }
        // A sample across the whole ZIP range, split states and territories included.
        for n in (0..100_000u32)
            .step_by(37)
            .chain([46204, 49938, 58601, 96950, 96940])
        {
            let zip = format!("{n:05}");
            let z = zone_for_address(Some(&zip), None, None, Marketplace::Us).zone;
            scheduled.check(z, format_args!("ZIP {zip}"));
        }
    }

    #[test]
    fn the_cross_border_destinations_of_the_report_have_groups_of_their_own_clock() {
        use crate::zone::zone_for_address;
        use crate::Marketplace;
        let w = Window::default();
        let required = required_window_groups(&crate::config::Config::builtin());
        for (country, marketplace, group) in [
            ("FI", Marketplace::Se, "Europe/Helsinki 13:00-15:00"),
            ("TR", Marketplace::De, "Europe/Istanbul 13:00-15:00"),
            ("SA", Marketplace::Ae, "Europe/Istanbul 13:00-15:00"),
            ("NZ", Marketplace::Au, "Pacific/Auckland 13:00-15:00"),
            ("SG", Marketplace::Au, "Asia/Shanghai 13:00-15:00"),
        ] {
            let zone = zone_for_address(None, None, Some(country), marketplace).zone;
            assert_eq!(window_group(&w, zone), group, "{country}");
            assert!(required.contains(group), "{group}");
        }
    }

    #[test]
    fn buyers_on_the_later_marketplaces_have_scheduled_groups_of_their_clock() {
        use crate::zone::zone_for_address;
        use crate::Marketplace;
        let w = Window::default();
        let required = required_window_groups(&crate::config::Config::builtin());
        for (marketplace, group) in [
            (Marketplace::Be, "Europe/Berlin 13:00-15:00"),
            (Marketplace::Ie, "Europe/London 13:00-15:00"),
            (Marketplace::Tr, "Europe/Istanbul 13:00-15:00"),
            (Marketplace::Sa, "Europe/Istanbul 13:00-15:00"),
            (Marketplace::Eg, "Africa/Cairo 13:00-15:00"),
            (Marketplace::Za, "Africa/Johannesburg 13:00-15:00"),
        ] {
            // From the buyer's country, and from the marketplace when the address says nothing.
            for country in [Some(marketplace.country()), None] {
                let zone = zone_for_address(None, None, country, marketplace).zone;
                assert_eq!(window_group(&w, zone), group, "{marketplace} {country:?}");
            }
            assert!(required.contains(group), "{group}");
        }
        // Egypt's summer time is not the EU's, and South Africa has none: neither shares a clock.
        assert!(!same_clock(
            chrono_tz::Africa::Cairo,
            chrono_tz::Europe::Helsinki
        ));
        assert!(!same_clock(
            chrono_tz::Africa::Johannesburg,
            chrono_tz::Europe::Berlin
        ));
    }

    #[test]
    fn a_fixed_zone_window_is_its_own_group_for_every_buyer() {
        let text = include_str!("../defaults/aftercare.toml").replace(
            "window = \"13:00-15:00\"",
            "window = \"09:00-11:00 Asia/Kathmandu\"",
        );
        let config = crate::config::Config::from_toml(
            "fixed.toml",
            &text,
            None,
            crate::template::TemplateSet::builtin(),
        )
        .unwrap();
        let required = required_window_groups(&config);
        assert!(
            required.contains("Asia/Kathmandu 09:00-11:00"),
            "{required:?}"
        );
        let scheduled = Scheduled::of(&config);
        for zone in crate::zone::every_zone() {
            scheduled.check(*zone, "fixed window");
        }
        // The acme fixture mixes a store window of its own with a Beijing-time campaign.
        let acme = crate::config::Config::load_dir(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/config-acme"
        )))
        .unwrap();
        let scheduled = Scheduled::of(&acme);
        for zone in crate::zone::every_zone() {
            scheduled.check(*zone, "acme");
        }
    }

    #[test]
    fn the_sam_template_schedules_every_dispatch_group() {
        let template =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../template.yaml"))
                .unwrap();
        let re = regex::Regex::new(r#""window_group": "([^"]+)""#).unwrap();
        let scheduled: Vec<&str> = re
            .captures_iter(&template)
            .filter_map(|c| c.get(1))
            .map(|m| m.as_str())
            .collect();
        let default = Window::default();
        for name in SCHEDULED_ZONES {
            let group = window_group(&default, name.parse().unwrap());
            assert!(
                scheduled.contains(&group.as_str()),
                "no schedule for {group}"
            );
        }
        assert!(scheduled.contains(&"Asia/Shanghai 01:00-05:00"));
        assert!(scheduled.contains(&"immediate"));
        // The built-in config needs nothing more, and the Lambda build checks any other config.
        let needed = required_window_groups(&crate::config::Config::builtin());
        assert!(
            needed.iter().all(|g| scheduled.contains(&g.as_str())),
            "{needed:?}"
        );
        let fixture = crate::config::Config::load_dir(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/config-acme"
        )))
        .unwrap();
        let needed = required_window_groups(&fixture);
        assert!(
            needed.contains("America/New_York 12:00-14:00"),
            "the JP store's own window: {needed:?}"
        );
        assert!(!scheduled.contains(&"America/New_York 12:00-14:00"));
    }

    #[test]
    fn spread_is_deterministic_and_uses_the_whole_window() {
        let slot = Window::default()
            .slot_on(Chicago, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())
            .unwrap();
        let times: Vec<_> = (0..500)
            .map(|i| slot.spread(&format!("order-{i}:follow_up")))
            .collect();
        assert_eq!(slot.spread("order-1:follow_up"), times[1]);
        assert!(times.iter().all(|t| slot.contains(*t)));
        let first_half = times
            .iter()
            .filter(|t| **t < slot.start + Duration::hours(1))
            .count();
        assert!(
            (150..350).contains(&first_half),
            "{first_half} of 500 in the first hour"
        );
    }

    fn any_zone() -> impl Strategy<Value = Tz> {
        prop::sample::select(vec![
            New_York,
            Chicago,
            Phoenix,
            chrono_tz::America::Denver,
            chrono_tz::America::Los_Angeles,
            chrono_tz::America::Anchorage,
            chrono_tz::Pacific::Honolulu,
            chrono_tz::Europe::Berlin,
            chrono_tz::Asia::Tokyo,
            chrono_tz::Australia::Lord_Howe,
            chrono_tz::America::Santiago,
        ])
    }

    proptest! {
        /// Whatever the zone, date (DST days included) and window, a spread send time lies inside
        /// its slot, in local civil time inside the configured window.
        #[test]
        fn spread_time_is_always_inside_the_local_window(
            zone in any_zone(),
            day in 0i64..(366 * 3),
            start_min in 0u32..(24 * 60),
            len_min in 1u32..(12 * 60),
            key in "[a-z0-9-]{1,20}",
        ) {
            let start = NaiveTime::from_num_seconds_from_midnight_opt(start_min * 60, 0).unwrap();
            let end = start + Duration::minutes(i64::from(len_min));
            let window = Window::new(WindowZone::Buyer, start, end).unwrap();
            let from = utc("2026-01-01T00:00:00Z") + Duration::days(day) + Duration::minutes(i64::from(start_min) * 7 % 1440);
            let slot = window.first_slot_from(zone, from);
            let t = slot.spread(&key);
            prop_assert!(slot.contains(t));
            prop_assert!(t >= from);
            let local = t.with_timezone(&zone).time();
            let inside = if window.end > window.start {
                local >= window.start && local < window.end
            } else {
                local >= window.start || local < window.end
            };
            // A start inside a DST gap moves to the end of the gap, still before the window end.
            prop_assert!(inside, "{t} is {local} local in {zone}, window {window}");
        }
    }
}

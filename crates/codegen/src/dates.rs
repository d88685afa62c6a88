//! Calendar days without a date crate: today's date, RFC 3339 days read and checked, and the
//! forms the lifecycle headers carry (`Deprecation: @<seconds>`, RFC 9745; `Sunset:` as an
//! HTTP date, RFC 8594).

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today_utc() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    civil_date((seconds / 86_400) as i64)
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub(crate) fn civil_date(days: i64) -> String {
    let (y, m, d) = civil(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Days since 1970-01-01 of a date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day of an RFC 3339 date or date-time (`2027-06-30`, `2027-06-30T00:00:00Z`), as days
/// since 1970-01-01; `None` when it is not one (a day that does not exist included).
pub(crate) fn parse_day(text: &str) -> Option<i64> {
    let day = text.get(..10)?;
    let rest = &text[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't'])) {
        return None;
    }
    let bytes = day.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes[range.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| day[range].parse::<i64>().ok())
            .flatten()
    };
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let days = days_from_civil(y, m, d);
    (civil(days) == (y, m, d)).then_some(days)
}

/// `Wed, 30 Jun 2027 00:00:00 GMT`: the start of the day, as HTTP writes dates.
pub(crate) fn http_date(days: i64) -> String {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, d) = civil(days);
    format!(
        "{}, {d:02} {} {y:04} 00:00:00 GMT",
        WEEKDAYS[days.rem_euclid(7) as usize],
        MONTHS[(m - 1) as usize]
    )
}

#[test]
fn days_round_trip_and_print() {
    assert_eq!(civil_date(0), "1970-01-01");
    assert_eq!(civil_date(11_016), "2000-02-29");
    assert_eq!(civil_date(20_791), "2026-12-04");
    assert_eq!(civil_date(-1), "1969-12-31");
    assert_eq!(parse_day("2026-12-04"), Some(20_791));
    assert_eq!(parse_day("2026-12-04T10:00:00Z"), Some(20_791));
    assert_eq!(parse_day("2027-02-29"), None);
    assert_eq!(parse_day("2027-6-30"), None);
    assert_eq!(parse_day("2027-06-30 junk"), None);
    assert_eq!(
        http_date(parse_day("2027-06-30").unwrap()),
        "Wed, 30 Jun 2027 00:00:00 GMT"
    );
    assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
}

//! Page streams: every item of a paginated list, page after page, as one `Stream`. The
//! generator emits `stream()` for each operation marked `x-pagination`: with
//! `{style: page-number, page: <param>, size: <param>}` it calls [`pages`], with
//! `{style: cursor, cursor: <param>, size: <param>}` [`cursor_pages`], reading each page's
//! next cursor with [`next_cursor`].

use std::{collections::VecDeque, future::Future, pin::Pin};

use futures_util::stream::{self, Stream};

/// The items of pages `first`, `first + 1`, … as `fetch` returns them, until a page holds
/// fewer than `size` items (or, with no known size, none) or `fetch` fails (the error is the
/// stream's last item).
pub fn pages<'a, T, E, F, Fut>(
    first: u64,
    size: Option<u64>,
    fetch: F,
) -> Pin<Box<dyn Stream<Item = Result<T, E>> + Send + 'a>>
where
    T: Send + 'a,
    E: Send + 'a,
    F: FnMut(u64) -> Fut + Send + 'a,
    Fut: Future<Output = Result<Vec<T>, E>> + Send + 'a,
{
    struct State<T, F> {
        fetch: F,
        next: Option<u64>,
        buffered: VecDeque<T>,
    }
    let state = State {
        fetch,
        next: Some(first),
        buffered: VecDeque::new(),
    };
    Box::pin(stream::unfold(state, move |mut state| async move {
        loop {
            if let Some(item) = state.buffered.pop_front() {
                return Some((Ok(item), state));
            }
            let page = state.next?;
            match (state.fetch)(page).await {
                Ok(items) => {
                    let count = items.len() as u64;
                    let last = match size {
                        Some(size) => count < size,
                        None => count == 0,
                    };
                    state.next = if last { None } else { page.checked_add(1) };
                    state.buffered.extend(items);
                }
                Err(err) => {
                    state.next = None;
                    return Some((Err(err), state));
                }
            }
        }
    }))
}

/// A page parameter's value as a number (`NonZeroU64`, `u32`, `i64`, …); `None` when it does
/// not fit.
pub fn page_value<T: Copy + TryInto<u64>>(value: &T) -> Option<u64> {
    (*value).try_into().ok()
}

/// The items of the first page (`fetch(None)`) and of each page after it: `fetch` returns a
/// page's items and the cursor of the next one, which the next call gets, until a page names
/// none (or holds no item, so that a server that keeps naming pages cannot loop forever) or
/// `fetch` fails (the error is the stream's last item).
pub fn cursor_pages<'a, T, E, F, Fut>(
    fetch: F,
) -> Pin<Box<dyn Stream<Item = Result<T, E>> + Send + 'a>>
where
    T: Send + 'a,
    E: Send + 'a,
    F: FnMut(Option<String>) -> Fut + Send + 'a,
    Fut: Future<Output = Result<(Vec<T>, Option<String>), E>> + Send + 'a,
{
    struct State<T, F> {
        fetch: F,
        /// The next page's cursor: `Some(None)` for the first page, `None` after the last.
        next: Option<Option<String>>,
        buffered: VecDeque<T>,
    }
    let state = State {
        fetch,
        next: Some(None),
        buffered: VecDeque::new(),
    };
    Box::pin(stream::unfold(state, move |mut state| async move {
        loop {
            if let Some(item) = state.buffered.pop_front() {
                return Some((Ok(item), state));
            }
            let cursor = state.next.take()?;
            match (state.fetch)(cursor).await {
                Ok((items, next)) => {
                    state.next = next.filter(|_| !items.is_empty()).map(Some);
                    state.buffered.extend(items);
                }
                Err(err) => return Some((Err(err), state)),
            }
        }
    }))
}

/// The query parameter `name` of the `rel="next"` link among `headers`' `Link` values
/// (RFC 8288: several links per header, several headers, `rel` quoted or not, several
/// relation types in one `rel`), percent-decoded; `None` when there is no next link or it
/// carries no such parameter.
pub fn next_cursor(headers: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(links)
        .find(|(_, params)| {
            params.iter().any(|(key, value)| {
                key.eq_ignore_ascii_case("rel")
                    && value
                        .split_ascii_whitespace()
                        .any(|rel| rel.eq_ignore_ascii_case("next"))
            })
        })
        .and_then(|(target, _)| {
            let query = target.split_once('?')?.1;
            let query = query.split_once('#').map_or(query, |(query, _)| query);
            form_urlencoded::parse(query.as_bytes())
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.into_owned())
        })
}

/// The links of one `Link` value: each target with its parameters (values unquoted).
fn links(value: &str) -> Vec<(&str, Vec<(&str, &str)>)> {
    let mut out = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let target = &rest[start + 1..start + end];
        rest = &rest[start + end + 1..];
        // The parameters run to the next link: a `<` outside quotes.
        let mut quoted = false;
        let cut = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '<' && !quoted
            })
            .map_or(rest.len(), |(at, _)| at);
        let params = rest[..cut]
            .split(';')
            .filter_map(|param| {
                let (key, value) = param.split_once('=')?;
                let value = value.trim().trim_end_matches(',').trim();
                Some((key.trim(), value.trim_matches('"')))
            })
            .collect();
        out.push((target, params));
        rest = &rest[cut..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    fn numbers(
        total: u64,
        size: u64,
    ) -> impl FnMut(u64) -> std::future::Ready<Result<Vec<u64>, String>> {
        move |page| {
            let start = (page - 1) * size;
            std::future::ready(Ok((start..total.min(start + size)).collect()))
        }
    }

    #[tokio::test]
    async fn every_item_once_stopping_at_a_short_page() {
        let mut fetched = Vec::new();
        let all: Vec<_> = pages(1, Some(3), |page| {
            fetched.push(page);
            numbers(7, 3)(page)
        })
        .collect()
        .await;
        assert_eq!(
            all.into_iter().map(Result::unwrap).collect::<Vec<_>>(),
            (0..7).collect::<Vec<_>>()
        );
        assert_eq!(fetched, [1, 2, 3], "page 3 is short: no fourth request");
    }

    #[tokio::test]
    async fn a_full_last_page_costs_one_empty_page_and_errors_end_the_stream() {
        let all: Vec<_> = pages(1, Some(3), numbers(6, 3)).collect().await;
        assert_eq!(all.len(), 6);
        let failing: Vec<Result<u64, String>> = pages(2, None, |page| {
            std::future::ready(if page == 2 {
                Ok(vec![7, 8])
            } else {
                Err(format!("page {page} failed"))
            })
        })
        .collect()
        .await;
        assert_eq!(failing, [Ok(7), Ok(8), Err("page 3 failed".to_owned())]);
    }

    #[tokio::test]
    async fn cursor_pages_follow_each_next_cursor_until_a_page_names_none() {
        let mut asked = Vec::new();
        let all: Vec<Result<u32, String>> = cursor_pages(|cursor: Option<String>| {
            asked.push(cursor.clone());
            let page = match cursor.as_deref() {
                None => (vec![1, 2], Some("b".to_owned())),
                Some("b") => (vec![3, 4], Some("c".to_owned())),
                Some("c") => (vec![5], None),
                Some(other) => panic!("no cursor {other}"),
            };
            std::future::ready(Ok(page))
        })
        .collect()
        .await;
        assert_eq!(
            all.into_iter().map(Result::unwrap).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        assert_eq!(asked, [None, Some("b".into()), Some("c".into())]);
        // An empty page ends the stream even when it names a next page.
        let mut calls = 0;
        let none: Vec<Result<u32, String>> = cursor_pages(|_| {
            calls += 1;
            std::future::ready(Ok((Vec::new(), Some("again".to_owned()))))
        })
        .collect()
        .await;
        assert!(none.is_empty());
        assert_eq!(calls, 1);
    }

    #[test]
    fn the_next_cursor_is_read_from_the_rel_next_link() {
        use reqwest::header::{HeaderMap, HeaderValue, LINK};
        let read = |values: &[&str]| {
            let mut headers = HeaderMap::new();
            for value in values {
                headers.append(LINK, HeaderValue::from_str(value).unwrap());
            }
            next_cursor(&headers, "cursor")
        };
        assert_eq!(
            read(&[r#"</v1/notes?pageSize=10&cursor=01ab%2Bc>; rel="next""#]).as_deref(),
            Some("01ab+c")
        );
        assert_eq!(
            read(&[
                r#"<https://x.test/a?cursor=first>; rel="first", <https://x.test/a?q=1&cursor=n2>; rel="prev next"; title="a, <b>""#
            ])
            .as_deref(),
            Some("n2"),
            "several links in one value, a quoted parameter with a comma and a <"
        );
        assert_eq!(
            read(&["</a?cursor=p>; rel=prev", "</a?cursor=n>; REL=next"]).as_deref(),
            Some("n"),
            "several headers, rel unquoted and in another case"
        );
        assert_eq!(read(&[r#"</a?cursor=p>; rel="prev""#]), None);
        assert_eq!(read(&[r#"</a?page=2>; rel="next""#]), None);
        assert_eq!(read(&[]), None);
    }
}

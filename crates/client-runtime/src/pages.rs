//! Page streams: every item of a page-number paginated list, page after page, as one
//! `Stream`. The generator emits `stream()` for each operation marked
//! `x-pagination: {style: page-number, page: <param>, size: <param>}`.

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
}

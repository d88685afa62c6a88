//! Turning token streams into the checked-in text, and showing how that text drifted.

/// The marker every generated file carries in its first line (the convention tools such as
/// GitHub and rust-analyzer's sourcegen recognise).
pub const GENERATED_MARKER: &str = "@generated";

/// Renders a file: the header naming its source and the command that rewrites it, then the
/// items formatted by prettyplease (a library, so the bytes do not depend on an installed
/// rustfmt).
pub(crate) fn syntax(
    source_name: &str,
    command: &str,
    inner_attributes: &str,
    file: &syn::File,
) -> String {
    let body = prettyplease::unparse(file);
    format!(
        "// {GENERATED_MARKER} from {source_name} by `{command}`. Do not edit by hand:\n\
         // change the OpenAPI document (or the generator) and run `{command}` again.\n\
         {inner_attributes}\n{body}"
    )
}

/// A unified diff from the checked-in text to the text the spec produces, headed by the
/// file's path, for `codegen --check`.
pub fn unified_diff(path: &str, checked_in: &str, generated: &str) -> String {
    similar::TextDiff::from_lines(checked_in, generated)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{path} (checked in)"),
            &format!("{path} (generated)"),
        )
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_names_the_file_and_shows_the_change() {
        let diff = unified_diff("a.rs", "one\ntwo\n", "one\nthree\n");
        assert!(
            diff.starts_with("--- a.rs (checked in)\n+++ a.rs (generated)\n"),
            "{diff}"
        );
        assert!(diff.contains("-two\n+three\n"), "{diff}");
    }

    #[test]
    fn rendered_file_starts_with_the_marker() {
        let text = syntax(
            "x.yaml",
            "cargo xtask codegen",
            "",
            &syn::parse_quote! { pub struct A; },
        );
        assert!(
            text.starts_with("// @generated from x.yaml by `cargo xtask codegen`."),
            "{text}"
        );
        assert!(text.contains("pub struct A;"));
    }
}

//! What `cargo xtask codegen` asks of the workspace's own spec beyond what the generator
//! takes from any spec.

use super::{SPEC, chats_outputs, workspace_root};

/// The workspace's spec with `edit` applied to its JSON form.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> codegen::Spec {
    let text = std::fs::read_to_string(workspace_root().join(SPEC)).expect("the spec reads");
    let mut document = codegen::Document::parse(SPEC, &text)
        .expect("the spec parses")
        .value;
    edit(&mut document);
    codegen::Spec::parse(SPEC, &document.to_string()).expect("still a spec the generator takes")
}

#[test]
fn a_webhook_or_callback_the_crates_leave_out_is_refused_in_the_workspace_s_own_spec() {
    let hook = serde_json::json!({"post": {"responses": {"200": {"description": "Received."}}}});
    let spec = edited(|document| document["webhooks"] = serde_json::json!({"chatCreated": hook}));
    let Err(err) = chats_outputs(&spec, &workspace_root()) else {
        panic!("the spec with a webhook generates");
    };
    let err = format!("{err:#}");
    assert!(
        err.contains("the spec offers what the crates do not read")
            && err.contains("/webhooks/chatCreated: webhooks are not generated"),
        "{err}"
    );
}

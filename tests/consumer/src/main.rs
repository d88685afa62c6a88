//! A client team's program: creates a chat, lists the workspace's chats and reads a chat that
//! does not exist, through `chats-client` as published. Usage: `chats-consumer BASE KEY OWNER`.
//! Prints one line per step for the test to check.

use chats_client::{Client, types::CreateChatRequest};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, key, owner] = args.as_slice() else {
        return Err("usage: chats-consumer BASE KEY OWNER".into());
    };
    let client = Client::with_api_key(base, key)?;

    let chat = client
        .create_chat()
        .body(
            CreateChatRequest::builder()
                .channel_id(None)
                .owner_id(owner.parse::<uuid::Uuid>()?)
                .title("from the registry".to_owned()),
        )
        .send()
        .await?
        .into_inner();
    println!("created {}", chat.id);

    let page = client.list_chats().page_size(10u64).send().await?;
    let ids: Vec<String> = page.iter().map(|chat| chat.id.to_string()).collect();
    println!("listed {}", ids.join(","));

    let missing = client.get_chat().id(uuid::Uuid::nil()).send().await;
    match missing {
        Err(error) => println!("missing {}", error.status().map_or(0, |status| status.as_u16())),
        Ok(chat) => println!("unexpected {}", chat.id),
    }
    Ok(())
}

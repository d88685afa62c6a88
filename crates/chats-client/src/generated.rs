// @generated from openapi/chats.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unreachable_patterns, deprecated)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The type of a channel.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ChannelType {
        #[serde(rename = "widget")]
        Widget,
        #[serde(rename = "waha")]
        Waha,
        #[serde(rename = "whatsapp")]
        Whatsapp,
        #[serde(rename = "instagram")]
        Instagram,
        #[serde(rename = "api")]
        Api,
    }
    impl ::std::fmt::Display for ChannelType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Widget => f.write_str("widget"),
                Self::Waha => f.write_str("waha"),
                Self::Whatsapp => f.write_str("whatsapp"),
                Self::Instagram => f.write_str("instagram"),
                Self::Api => f.write_str("api"),
            }
        }
    }
    impl ::std::str::FromStr for ChannelType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "widget" => Ok(Self::Widget),
                "waha" => Ok(Self::Waha),
                "whatsapp" => Ok(Self::Whatsapp),
                "instagram" => Ok(Self::Instagram),
                "api" => Ok(Self::Api),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChannelType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChannelType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A chat of a workspace.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Chat::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Chat {
        /**A UUID v4 string that identifies an entity. Here, the channel the chat is held on,
or null when the chat has no channel.
*/
        #[serde(
            rename = "channelId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub channel_id: ::std::option::Option<::uuid::Uuid>,
        ///When the chat was created.
        #[serde(rename = "createdAt")]
        #[serde(serialize_with = "__rfc3339::serialize")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /**A UUID v4 string that identifies an entity. Here, the responder version the chat
recorded when it was created (the responder's highest-numbered version then), or
null when the responder has no versions, as a squad has none.
*/
        #[serde(
            rename = "currentResponderId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub current_responder_id: ::std::option::Option<::uuid::Uuid>,
        ///A UUID v4 string that identifies an entity. Here, the ID of the chat.
        pub id: ::uuid::Uuid,
        ///Whether the chat has been soft removed.
        #[serde(rename = "isRemoved")]
        pub is_removed: bool,
        ///When the latest message of the chat was created, or null before any message.
        #[serde(
            rename = "lastChatMessageCreatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(serialize_with = "__rfc3339::serialize_option")]
        pub last_chat_message_created_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /**The super identity ID of the chat owner. Can refer to users.superIdentityId or
externalUsers.superIdentityId.
*/
        #[serde(rename = "ownerId")]
        pub owner_id: ::uuid::Uuid,
        /**The super identity ID of the current chat responder. Can refer to
agents.superIdentityId or squads.superIdentityId.
*/
        #[serde(rename = "responderId")]
        pub responder_id: ::uuid::Uuid,
        ///The title of the chat, or null when it has none.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub title: ::std::option::Option<::std::string::String>,
        ///When the chat was last changed.
        #[serde(rename = "updatedAt")]
        #[serde(serialize_with = "__rfc3339::serialize")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///A UUID v4 string that identifies an entity. Here, the workspace of the chat.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::uuid::Uuid,
    }
    impl Chat {
        pub fn builder() -> builder::Chat {
            Default::default()
        }
    }
    ///A chat with its channel, owner, responder, last two messages and ticket resolved.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `ChatDetails::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct ChatDetails {
        ///The channel ID associated with the chat, or null when it has no channel.
        #[serde(
            rename = "channelId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub channel_id: ::std::option::Option<::uuid::Uuid>,
        ///The display name of the channel associated with the chat.
        #[serde(
            rename = "channelName",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub channel_name: ::std::option::Option<::std::string::String>,
        ///The type of the channel associated with the chat.
        #[serde(
            rename = "channelType",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub channel_type: ::std::option::Option<ChannelType>,
        ///When the chat was created.
        #[serde(rename = "createdAt")]
        #[serde(serialize_with = "__rfc3339::serialize")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The chat ID represented by this row.
        pub id: ::uuid::Uuid,
        /**Whether the external chat owner is blocked; null when the owner is a platform user.
*/
        #[serde(
            rename = "isOwnerBlocked",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub is_owner_blocked: ::std::option::Option<bool>,
        ///Whether the chat has been soft removed.
        #[serde(rename = "isRemoved")]
        pub is_removed: bool,
        ///The content preview of the latest message in the chat.
        #[serde(
            rename = "lastMessageContent",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub last_message_content: ::std::option::Option<::std::string::String>,
        ///When the latest message in the chat was created.
        #[serde(
            rename = "lastMessageCreatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(serialize_with = "__rfc3339::serialize_option")]
        pub last_message_created_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The role of the latest message in the chat.
        #[serde(
            rename = "lastMessageRole",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub last_message_role: ::std::option::Option<MessageRole>,
        ///The email of the chat owner when the owner is a platform user.
        #[serde(
            rename = "ownerEmail",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub owner_email: ::std::option::Option<::std::string::String>,
        /**The external user ID that owns the chat: the super identity ID of the owner, a user
or an external user.
*/
        #[serde(rename = "ownerId")]
        pub owner_id: ::uuid::Uuid,
        ///The identifier of the chat owner when the owner is an external user.
        #[serde(
            rename = "ownerIdentifier",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub owner_identifier: ::std::option::Option<::std::string::String>,
        ///The display name of the chat owner resolved from external users or users.
        #[serde(
            rename = "ownerName",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub owner_name: ::std::option::Option<::std::string::String>,
        ///The content preview of the message immediately before the latest one.
        #[serde(
            rename = "penultimateMessageContent",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub penultimate_message_content: ::std::option::Option<::std::string::String>,
        ///When the message immediately before the latest one was created.
        #[serde(
            rename = "penultimateMessageCreatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(serialize_with = "__rfc3339::serialize_option")]
        pub penultimate_message_created_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The role of the message immediately before the latest one.
        #[serde(
            rename = "penultimateMessageRole",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub penultimate_message_role: ::std::option::Option<MessageRole>,
        ///The responder entity type currently assigned to the chat.
        #[serde(rename = "responderEntity")]
        pub responder_entity: ResponderEntity,
        ///The responder ID currently assigned to the chat.
        #[serde(rename = "responderId")]
        pub responder_id: ::uuid::Uuid,
        ///The display name of the responder assigned to the chat.
        #[serde(rename = "responderName")]
        pub responder_name: ::std::string::String,
        ///The picture of the responder assigned to the chat.
        #[serde(
            rename = "responderPicture",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub responder_picture: ::std::option::Option<::std::string::String>,
        ///The version ID of the responder entity for this chat.
        #[serde(
            rename = "responderVersionId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub responder_version_id: ::std::option::Option<::uuid::Uuid>,
        ///The version number of the responder entity for this chat.
        #[serde(
            rename = "responderVersionNumber",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub responder_version_number: ::std::option::Option<i64>,
        ///The ticket ID currently linked to the chat, when one exists.
        #[serde(
            rename = "ticketId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub ticket_id: ::std::option::Option<::uuid::Uuid>,
        ///The status of the ticket currently linked to the chat, when one exists.
        #[serde(
            rename = "ticketStatus",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub ticket_status: ::std::option::Option<TicketStatus>,
        ///The title of the chat.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub title: ::std::option::Option<::std::string::String>,
        ///The workspace ID associated with the chat.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::uuid::Uuid,
    }
    impl ChatDetails {
        pub fn builder() -> builder::ChatDetails {
            Default::default()
        }
    }
    ///`CreateChatIdempotencyKey`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateChatIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for CreateChatIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateChatIdempotencyKey> for ::std::string::String {
        fn from(value: CreateChatIdempotencyKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateChatIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateChatIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateChatIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateChatIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The fields of a new chat. Unknown fields are rejected.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    /// Build one with `CreateChatRequest::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct CreateChatRequest {
        /**A UUID v4 string that identifies an entity. Here, a channel of the workspace, or
null for a chat without a channel (it gets the workspace's default responder).
*/
        #[serde(
            rename = "channelId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub channel_id: ::std::option::Option<::uuid::Uuid>,
        /**The super identity ID of the chat owner. Can refer to users.superIdentityId or
externalUsers.superIdentityId.
*/
        #[serde(rename = "ownerId")]
        pub owner_id: ::uuid::Uuid,
        /**The title of the chat, or null for none. The NUL character (U+0000) is refused with
400.
*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl CreateChatRequest {
        pub fn builder() -> builder::CreateChatRequest {
            Default::default()
        }
    }
    ///One invalid field of a request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `FieldError::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct FieldError {
        /**A machine-readable name of the rule that failed: `required`, `type`, `format`,
`enum`, `minimum`, `maximum`, `min_length`, `max_length`, `pattern`, `min_items`,
`max_items`, `any_of`, `not_nullable`, `unknown_field`, `malformed` (a body that is
not JSON) or `not_found` (a 422's reference to something that does not exist).
*/
        pub code: ::std::string::String,
        /**Where the field is: `path.`, `query.`, `header.` or `body.` followed by its name;
properties inside the body are joined with `.` and list items are written `[index]`
(`query.pageSize`, `query.channelIds[0]`, `body.title`, and `body` for the body
itself).
*/
        pub location: ::std::string::String,
        ///A human-readable explanation of what is wrong with the field.
        pub message: ::std::string::String,
    }
    impl FieldError {
        pub fn builder() -> builder::FieldError {
            Default::default()
        }
    }
    ///`ListChatDetailsCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListChatDetailsCursor(::std::string::String);
    impl ::std::ops::Deref for ListChatDetailsCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListChatDetailsCursor> for ::std::string::String {
        fn from(value: ListChatDetailsCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListChatDetailsCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListChatDetailsCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListChatDetailsCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListChatDetailsCursor {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListChatDetailsSearch`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListChatDetailsSearch(::std::string::String);
    impl ::std::ops::Deref for ListChatDetailsSearch {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListChatDetailsSearch> for ::std::string::String {
        fn from(value: ListChatDetailsSearch) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListChatDetailsSearch {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListChatDetailsSearch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListChatDetailsSearch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListChatDetailsSearch {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListChatsCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListChatsCursor(::std::string::String);
    impl ::std::ops::Deref for ListChatsCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListChatsCursor> for ::std::string::String {
        fn from(value: ListChatsCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListChatsCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListChatsCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListChatsCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListChatsCursor {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListChatsSearch`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListChatsSearch(::std::string::String);
    impl ::std::ops::Deref for ListChatsSearch {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListChatsSearch> for ::std::string::String {
        fn from(value: ListChatsSearch) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListChatsSearch {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListChatsSearch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListChatsSearch {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListChatsSearch {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The answer to a call that has no resource to return.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `MessageResponse::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct MessageResponse {
        ///An informative message for a call that has no effective result to be returned.
        pub message: ::std::string::String,
    }
    impl MessageResponse {
        pub fn builder() -> builder::MessageResponse {
            Default::default()
        }
    }
    /**Who wrote a message: `user` the chat's owner, `assistant` an AI agent, `operator` a
human member of a squad, `system` the platform itself.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum MessageRole {
        #[serde(rename = "user")]
        User,
        #[serde(rename = "assistant")]
        Assistant,
        #[serde(rename = "operator")]
        Operator,
        #[serde(rename = "system")]
        System,
    }
    impl ::std::fmt::Display for MessageRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::User => f.write_str("user"),
                Self::Assistant => f.write_str("assistant"),
                Self::Operator => f.write_str("operator"),
                Self::System => f.write_str("system"),
            }
        }
    }
    impl ::std::str::FromStr for MessageRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "user" => Ok(Self::User),
                "assistant" => Ok(Self::Assistant),
                "operator" => Ok(Self::Operator),
                "system" => Ok(Self::System),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MessageRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MessageRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**An error answer in the shape of RFC 9457 problem details. Every error status of every
operation answers this schema.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    /// Build one with `Problem::builder()`: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct Problem {
        ///A human-readable explanation of this occurrence of the problem.
        pub detail: ::std::string::String,
        /**One entry per invalid or unknown field of the request; empty for problems that are
not about a field. Always sent (`[]` when empty), as its default says; optional so
that a reader also takes an answer of a server from before it was always sent.
*/
        #[serde(default)]
        pub errors: ::std::vec::Vec<FieldError>,
        ///The HTTP status code of the answer.
        pub status: i32,
        ///A short, human-readable summary of the kind of problem.
        pub title: ::std::string::String,
        /**A URI reference that names the kind of problem, stable for clients to match on:
`/problems/invalid-input`, `/problems/unauthorized`, `/problems/not-found`,
`/problems/method-not-allowed`, `/problems/payload-too-large`,
`/problems/unsupported-media-type`, `/problems/unknown-reference`,
`/problems/idempotency-key-reused`, `/problems/idempotency-key-in-use`,
`/problems/internal` or `/problems/unavailable`.
*/
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }
    ///The kind of entity that responds in a chat.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ResponderEntity {
        #[serde(rename = "agent")]
        Agent,
        #[serde(rename = "squad")]
        Squad,
    }
    impl ::std::fmt::Display for ResponderEntity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Agent => f.write_str("agent"),
                Self::Squad => f.write_str("squad"),
            }
        }
    }
    impl ::std::str::FromStr for ResponderEntity {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "agent" => Ok(Self::Agent),
                "squad" => Ok(Self::Squad),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponderEntity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponderEntity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**The state of a ticket: `open` waiting for the responder, `pending` waiting for the
owner, `solved` answered, `closed` done for good.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TicketStatus {
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "solved")]
        Solved,
        #[serde(rename = "closed")]
        Closed,
    }
    impl ::std::fmt::Display for TicketStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("open"),
                Self::Pending => f.write_str("pending"),
                Self::Solved => f.write_str("solved"),
                Self::Closed => f.write_str("closed"),
            }
        }
    }
    impl ::std::str::FromStr for TicketStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "open" => Ok(Self::Open),
                "pending" => Ok(Self::Pending),
                "solved" => Ok(Self::Solved),
                "closed" => Ok(Self::Closed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TicketStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TicketStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WatchChatsLastEventId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct WatchChatsLastEventId(::std::string::String);
    impl ::std::ops::Deref for WatchChatsLastEventId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WatchChatsLastEventId> for ::std::string::String {
        fn from(value: WatchChatsLastEventId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WatchChatsLastEventId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::client_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::client_runtime::regress::Regex::new("^[0-9]{1,18}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{1,18}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WatchChatsLastEventId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WatchChatsLastEventId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WatchChatsLastEventId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[allow(unused_imports)]
        use super::super::types;
        #[derive(Clone, Debug)]
        pub struct Chat {
            channel_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            current_responder_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_removed: ::std::result::Result<bool, ::std::string::String>,
            last_chat_message_created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            owner_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            responder_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            workspace_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for Chat {
            fn default() -> Self {
                Self {
                    channel_id: Err("no value supplied for channel_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    current_responder_id: Err(
                        "no value supplied for current_responder_id".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    is_removed: Err("no value supplied for is_removed".to_string()),
                    last_chat_message_created_at: Err(
                        "no value supplied for last_chat_message_created_at".to_string(),
                    ),
                    owner_id: Err("no value supplied for owner_id".to_string()),
                    responder_id: Err("no value supplied for responder_id".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    workspace_id: Err("no value supplied for workspace_id".to_string()),
                }
            }
        }
        impl Chat {
            pub fn channel_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn current_responder_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_responder_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_responder_id: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn last_chat_message_created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_chat_message_created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_chat_message_created_at: {e}"
                        )
                    });
                self
            }
            pub fn owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_id: {e}")
                    });
                self
            }
            pub fn responder_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responder_id: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn workspace_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.workspace_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workspace_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Chat> for super::Chat {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Chat,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel_id: value.channel_id?,
                    created_at: value.created_at?,
                    current_responder_id: value.current_responder_id?,
                    id: value.id?,
                    is_removed: value.is_removed?,
                    last_chat_message_created_at: value.last_chat_message_created_at?,
                    owner_id: value.owner_id?,
                    responder_id: value.responder_id?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    workspace_id: value.workspace_id?,
                })
            }
        }
        impl ::std::convert::From<super::Chat> for Chat {
            fn from(value: super::Chat) -> Self {
                Self {
                    channel_id: Ok(value.channel_id),
                    created_at: Ok(value.created_at),
                    current_responder_id: Ok(value.current_responder_id),
                    id: Ok(value.id),
                    is_removed: Ok(value.is_removed),
                    last_chat_message_created_at: Ok(value.last_chat_message_created_at),
                    owner_id: Ok(value.owner_id),
                    responder_id: Ok(value.responder_id),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                    workspace_id: Ok(value.workspace_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatDetails {
            channel_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            channel_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channel_type: ::std::result::Result<
                ::std::option::Option<super::ChannelType>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            is_owner_blocked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_removed: ::std::result::Result<bool, ::std::string::String>,
            last_message_content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_message_created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_message_role: ::std::result::Result<
                ::std::option::Option<super::MessageRole>,
                ::std::string::String,
            >,
            owner_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            owner_identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            penultimate_message_content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            penultimate_message_created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            penultimate_message_role: ::std::result::Result<
                ::std::option::Option<super::MessageRole>,
                ::std::string::String,
            >,
            responder_entity: ::std::result::Result<
                super::ResponderEntity,
                ::std::string::String,
            >,
            responder_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            responder_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            responder_picture: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder_version_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            responder_version_number: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ticket_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            ticket_status: ::std::result::Result<
                ::std::option::Option<super::TicketStatus>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workspace_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
        }
        impl ::std::default::Default for ChatDetails {
            fn default() -> Self {
                Self {
                    channel_id: Err("no value supplied for channel_id".to_string()),
                    channel_name: Err("no value supplied for channel_name".to_string()),
                    channel_type: Err("no value supplied for channel_type".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_owner_blocked: Err(
                        "no value supplied for is_owner_blocked".to_string(),
                    ),
                    is_removed: Err("no value supplied for is_removed".to_string()),
                    last_message_content: Err(
                        "no value supplied for last_message_content".to_string(),
                    ),
                    last_message_created_at: Err(
                        "no value supplied for last_message_created_at".to_string(),
                    ),
                    last_message_role: Err(
                        "no value supplied for last_message_role".to_string(),
                    ),
                    owner_email: Err("no value supplied for owner_email".to_string()),
                    owner_id: Err("no value supplied for owner_id".to_string()),
                    owner_identifier: Err(
                        "no value supplied for owner_identifier".to_string(),
                    ),
                    owner_name: Err("no value supplied for owner_name".to_string()),
                    penultimate_message_content: Err(
                        "no value supplied for penultimate_message_content".to_string(),
                    ),
                    penultimate_message_created_at: Err(
                        "no value supplied for penultimate_message_created_at"
                            .to_string(),
                    ),
                    penultimate_message_role: Err(
                        "no value supplied for penultimate_message_role".to_string(),
                    ),
                    responder_entity: Err(
                        "no value supplied for responder_entity".to_string(),
                    ),
                    responder_id: Err("no value supplied for responder_id".to_string()),
                    responder_name: Err(
                        "no value supplied for responder_name".to_string(),
                    ),
                    responder_picture: Err(
                        "no value supplied for responder_picture".to_string(),
                    ),
                    responder_version_id: Err(
                        "no value supplied for responder_version_id".to_string(),
                    ),
                    responder_version_number: Err(
                        "no value supplied for responder_version_number".to_string(),
                    ),
                    ticket_id: Err("no value supplied for ticket_id".to_string()),
                    ticket_status: Err(
                        "no value supplied for ticket_status".to_string(),
                    ),
                    title: Err("no value supplied for title".to_string()),
                    workspace_id: Err("no value supplied for workspace_id".to_string()),
                }
            }
        }
        impl ChatDetails {
            pub fn channel_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_id: {e}")
                    });
                self
            }
            pub fn channel_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_name: {e}")
                    });
                self
            }
            pub fn channel_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChannelType>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_type: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_owner_blocked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_owner_blocked = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_owner_blocked: {e}"
                        )
                    });
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn last_message_content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_message_content = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_message_content: {e}"
                        )
                    });
                self
            }
            pub fn last_message_created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_message_created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_message_created_at: {e}"
                        )
                    });
                self
            }
            pub fn last_message_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MessageRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_message_role = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_message_role: {e}"
                        )
                    });
                self
            }
            pub fn owner_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_email: {e}")
                    });
                self
            }
            pub fn owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_id: {e}")
                    });
                self
            }
            pub fn owner_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for owner_identifier: {e}"
                        )
                    });
                self
            }
            pub fn owner_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_name: {e}")
                    });
                self
            }
            pub fn penultimate_message_content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.penultimate_message_content = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for penultimate_message_content: {e}"
                        )
                    });
                self
            }
            pub fn penultimate_message_created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.penultimate_message_created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for penultimate_message_created_at: {e}"
                        )
                    });
                self
            }
            pub fn penultimate_message_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MessageRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.penultimate_message_role = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for penultimate_message_role: {e}"
                        )
                    });
                self
            }
            pub fn responder_entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponderEntity>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_entity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_entity: {e}"
                        )
                    });
                self
            }
            pub fn responder_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responder_id: {e}")
                    });
                self
            }
            pub fn responder_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_name: {e}"
                        )
                    });
                self
            }
            pub fn responder_picture<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_picture = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_picture: {e}"
                        )
                    });
                self
            }
            pub fn responder_version_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_version_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_version_id: {e}"
                        )
                    });
                self
            }
            pub fn responder_version_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_version_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_version_number: {e}"
                        )
                    });
                self
            }
            pub fn ticket_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ticket_id: {e}")
                    });
                self
            }
            pub fn ticket_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TicketStatus>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ticket_status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn workspace_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.workspace_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workspace_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatDetails> for super::ChatDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel_id: value.channel_id?,
                    channel_name: value.channel_name?,
                    channel_type: value.channel_type?,
                    created_at: value.created_at?,
                    id: value.id?,
                    is_owner_blocked: value.is_owner_blocked?,
                    is_removed: value.is_removed?,
                    last_message_content: value.last_message_content?,
                    last_message_created_at: value.last_message_created_at?,
                    last_message_role: value.last_message_role?,
                    owner_email: value.owner_email?,
                    owner_id: value.owner_id?,
                    owner_identifier: value.owner_identifier?,
                    owner_name: value.owner_name?,
                    penultimate_message_content: value.penultimate_message_content?,
                    penultimate_message_created_at: value
                        .penultimate_message_created_at?,
                    penultimate_message_role: value.penultimate_message_role?,
                    responder_entity: value.responder_entity?,
                    responder_id: value.responder_id?,
                    responder_name: value.responder_name?,
                    responder_picture: value.responder_picture?,
                    responder_version_id: value.responder_version_id?,
                    responder_version_number: value.responder_version_number?,
                    ticket_id: value.ticket_id?,
                    ticket_status: value.ticket_status?,
                    title: value.title?,
                    workspace_id: value.workspace_id?,
                })
            }
        }
        impl ::std::convert::From<super::ChatDetails> for ChatDetails {
            fn from(value: super::ChatDetails) -> Self {
                Self {
                    channel_id: Ok(value.channel_id),
                    channel_name: Ok(value.channel_name),
                    channel_type: Ok(value.channel_type),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    is_owner_blocked: Ok(value.is_owner_blocked),
                    is_removed: Ok(value.is_removed),
                    last_message_content: Ok(value.last_message_content),
                    last_message_created_at: Ok(value.last_message_created_at),
                    last_message_role: Ok(value.last_message_role),
                    owner_email: Ok(value.owner_email),
                    owner_id: Ok(value.owner_id),
                    owner_identifier: Ok(value.owner_identifier),
                    owner_name: Ok(value.owner_name),
                    penultimate_message_content: Ok(value.penultimate_message_content),
                    penultimate_message_created_at: Ok(
                        value.penultimate_message_created_at,
                    ),
                    penultimate_message_role: Ok(value.penultimate_message_role),
                    responder_entity: Ok(value.responder_entity),
                    responder_id: Ok(value.responder_id),
                    responder_name: Ok(value.responder_name),
                    responder_picture: Ok(value.responder_picture),
                    responder_version_id: Ok(value.responder_version_id),
                    responder_version_number: Ok(value.responder_version_number),
                    ticket_id: Ok(value.ticket_id),
                    ticket_status: Ok(value.ticket_status),
                    title: Ok(value.title),
                    workspace_id: Ok(value.workspace_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateChatRequest {
            channel_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            owner_id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateChatRequest {
            fn default() -> Self {
                Self {
                    channel_id: Err("no value supplied for channel_id".to_string()),
                    owner_id: Err("no value supplied for owner_id".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl CreateChatRequest {
            pub fn channel_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_id: {e}")
                    });
                self
            }
            pub fn owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_id: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateChatRequest> for super::CreateChatRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateChatRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel_id: value.channel_id?,
                    owner_id: value.owner_id?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::CreateChatRequest> for CreateChatRequest {
            fn from(value: super::CreateChatRequest) -> Self {
                Self {
                    channel_id: Ok(value.channel_id),
                    owner_id: Ok(value.owner_id),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldError {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            location: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FieldError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    location: Err("no value supplied for location".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl FieldError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldError> for super::FieldError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    location: value.location?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::FieldError> for FieldError {
            fn from(value: super::FieldError) -> Self {
                Self {
                    code: Ok(value.code),
                    location: Ok(value.location),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageResponse {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MessageResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl MessageResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageResponse> for super::MessageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::MessageResponse> for MessageResponse {
            fn from(value: super::MessageResponse) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Problem {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            errors: ::std::result::Result<
                ::std::vec::Vec<super::FieldError>,
                ::std::string::String,
            >,
            status: ::std::result::Result<i32, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                    errors: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Problem {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FieldError>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    errors: value.errors?,
                    status: value.status?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self {
                    detail: Ok(value.detail),
                    errors: Ok(value.errors),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    use super::types;
    /// One field of a partial update, in the three states the wire can say: leave the
    /// stored value unchanged (the field is absent from the JSON), clear it (`null`), or
    /// set it to a value.
    ///
    /// `Option<T>` converts into it: `None` clears and `Some(v)` sets.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub enum Patch<T> {
        /// Leave the field unchanged: it is not sent.
        Keep,
        /// Clear the field: it is sent as `null`.
        Clear,
        /// Set the field to this value.
        Set(T),
    }
    impl<T> ::std::default::Default for Patch<T> {
        fn default() -> Self {
            Self::Keep
        }
    }
    impl<T> Patch<T> {
        /// Whether the field is left unchanged (and so left out of the JSON).
        pub fn is_keep(&self) -> bool {
            matches!(self, Self::Keep)
        }
        /// `None` to keep the field, `Some(None)` to clear it, `Some(Some(v))` to set it.
        pub fn as_update(&self) -> ::std::option::Option<::std::option::Option<&T>> {
            match self {
                Self::Keep => None,
                Self::Clear => Some(None),
                Self::Set(value) => Some(Some(value)),
            }
        }
        /// Like [`Self::as_update`], by value.
        pub fn into_update(self) -> ::std::option::Option<::std::option::Option<T>> {
            match self {
                Self::Keep => None,
                Self::Clear => Some(None),
                Self::Set(value) => Some(Some(value)),
            }
        }
    }
    impl<T> ::std::convert::From<::std::option::Option<T>> for Patch<T> {
        fn from(value: ::std::option::Option<T>) -> Self {
            match value {
                None => Self::Clear,
                Some(value) => Self::Set(value),
            }
        }
    }
    impl<T: ::serde::Serialize> ::serde::Serialize for Patch<T> {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::Keep | Self::Clear => serializer.serialize_none(),
                Self::Set(value) => serializer.serialize_some(value),
            }
        }
    }
    impl<'de, T: ::serde::Deserialize<'de>> ::serde::Deserialize<'de> for Patch<T> {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::std::option::Option::<T>::deserialize(deserializer).map(Self::from)
        }
    }
    /**The changes to a chat. Each field has three states: absent leaves it unchanged, `null`
clears it, a value sets it. Unknown fields are rejected.
*/
    ///
    /// Its optional nullable fields are [`Patch`]es: absent, `null` and a value are three
    /// different requests.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    /// Build one with `UpdateChatRequest::new(..)` and its setters: the struct is `#[non_exhaustive]`, so that a property the spec adds breaks no code.
    #[non_exhaustive]
    pub struct UpdateChatRequest {
        ///When the latest message of the chat was created.
        #[serde(
            rename = "lastChatMessageCreatedAt",
            default,
            skip_serializing_if = "types::Patch::is_keep"
        )]
        pub last_chat_message_created_at: types::Patch<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /**The title of the chat. The NUL character (U+0000) is refused with 400.
*/
        #[serde(
            rename = "title",
            default,
            skip_serializing_if = "types::Patch::is_keep"
        )]
        pub title: types::Patch<::std::string::String>,
    }
    impl UpdateChatRequest {
        /// A value with the required fields, every other one left out (`Keep`, `None`,
        /// empty): set those with the setters. Code that builds it this way compiles
        /// unchanged when the spec adds an optional property.
        pub fn new() -> Self {
            Self {
                last_chat_message_created_at: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
            }
        }
        ///Sets `lastChatMessageCreatedAt`.
        pub fn last_chat_message_created_at(
            mut self,
            value: impl ::std::convert::Into<
                types::Patch<::chrono::DateTime<::chrono::offset::Utc>>,
            >,
        ) -> Self {
            self.last_chat_message_created_at = value.into();
            self
        }
        ///Sets `title`.
        pub fn title(
            mut self,
            value: impl ::std::convert::Into<types::Patch<::std::string::String>>,
        ) -> Self {
            self.title = value.into();
            self
        }
    }
    /// `date-time` fields written as `chrono` writes them, in one piece
    /// (`serialize_with` on each field; generated).
    mod __rfc3339 {
        use ::chrono::{Datelike as _, Timelike as _};
        /// `at` in RFC 3339, as `chrono` writes it: `2026-11-20T14:03:11.123456Z`.
        pub(super) fn serialize<S: ::serde::Serializer>(
            at: &::chrono::DateTime<::chrono::offset::Utc>,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let year = at.year();
            if !(0..=9999).contains(&year) {
                return ::serde::Serialize::serialize(at, serializer);
            }
            let year = year.unsigned_abs();
            let (mut second, mut nano) = (at.second(), at.nanosecond());
            if nano >= 1_000_000_000 {
                second += 1;
                nano -= 1_000_000_000;
            }
            let mut text = *b"0000-00-00T00:00:00.000000000Z";
            let fields = [
                (year / 100, 0),
                (year % 100, 2),
                (at.month(), 5),
                (at.day(), 8),
                (at.hour(), 11),
                (at.minute(), 14),
                (second, 17),
            ];
            for (value, place) in fields {
                text[place] = b'0' + (value / 10 % 10) as u8;
                text[place + 1] = b'0' + (value % 10) as u8;
            }
            let (digits, mut fraction) = if nano == 0 {
                (0, 0)
            } else if nano % 1_000_000 == 0 {
                (3, nano / 1_000_000)
            } else if nano % 1_000 == 0 {
                (6, nano / 1_000)
            } else {
                (9, nano)
            };
            let mut length = 19;
            if digits > 0 {
                for place in (20..20 + digits).rev() {
                    text[place] = b'0' + (fraction % 10) as u8;
                    fraction /= 10;
                }
                length = 20 + digits;
            }
            text[length] = b'Z';
            match ::std::str::from_utf8(&text[..=length]) {
                ::std::result::Result::Ok(text) => serializer.serialize_str(text),
                ::std::result::Result::Err(_) => {
                    ::serde::Serialize::serialize(at, serializer)
                }
            }
        }
        /// An optional `at`, as [`serialize`] writes it.
        pub(super) fn serialize_option<S: ::serde::Serializer>(
            at: &::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            struct At<'a>(&'a ::chrono::DateTime<::chrono::offset::Utc>);
            impl ::serde::Serialize for At<'_> {
                fn serialize<S: ::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::std::result::Result<S::Ok, S::Error> {
                    serialize(self.0, serializer)
                }
            }
            match at {
                ::std::option::Option::Some(at) => serializer.serialize_some(&At(at)),
                ::std::option::Option::None => serializer.serialize_none(),
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Chats API

Read and manage the chats of a workspace: the conversations between an owner (a platform
user or an external user) and a responder (an agent or a squad), held on one of the
workspace's channels.

Every operation is scoped to the workspace of the API key sent in the `authorization`
header. A chat of another workspace does not exist for the caller: it is never listed and
reading it answers 404, exactly as for an id that exists nowhere.

Conventions that hold for every operation:

- Timestamps are RFC 3339 date-times in UTC with at most microsecond precision.
- Unknown query parameters are ignored. Unknown fields in a JSON request body are rejected
  with 400, so that a misspelled field never goes silently unapplied; so is a body that
  repeats a key, or nests deeper than 128 levels.
- Request bodies are JSON (`application/json`) of at most 64 KiB; a larger body answers 413
  and another content type answers 415.
- Limits of the server: a request line and headers of at most 64 KiB (431 beyond), sent
  within 10 seconds of connecting or of the previous answer (the connection is closed
  otherwise); a request takes at most 30 seconds (408); filters take at most 100 values
  (400).
- Every error answer is a JSON problem details object (RFC 9457) of the `Problem` schema.
  Invalid input answers 400 and lists every violation of the request at once, one entry per
  field, in `errors`.


Version: 1.3.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) retry: ::client_runtime::RetryPolicy,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            retry: ::client_runtime::RetryPolicy::default(),
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.3.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        ::client_runtime::execute(
                &self.client,
                &self.retry,
                request,
                operation(info.operation_id),
            )
            .await
    }
}
impl Client {
    /**Retrieve a chat with details

Retrieves one chat of the caller's workspace with its channel, owner, responder, last
two messages and ticket resolved.

A removed chat can still be read: it is answered with `isRemoved` set to `true`.

`responderVersionId` selects which version of the chat's responder the
`responderVersionId` and `responderVersionNumber` fields describe; without it they
describe the version recorded on the chat. An id that is not a version of the chat's
responder answers 422.


Sends a `GET` request to `/api/v1/chats/{id}/details`

Arguments:
- `id`: A UUID v4 string that identifies an entity. Here, the ID of the chat.
- `responder_version_id`: The ID of a version of the chat's responder to describe instead of the version
recorded on the chat. It must name a version of that same responder, else the answer
is 422.

```ignore
let response = client.get_chat_details()
    .id(id)
    .responder_version_id(responder_version_id)
    .send()
    .await;
```*/
    pub fn get_chat_details(&self) -> builder::GetChatDetails<'_> {
        builder::GetChatDetails::new(self)
    }
    /**List chats with details

Retrieves one page of the caller's workspace chats, each with its channel, owner,
responder, last two messages and ticket resolved.

Filters combine with AND; the values of one filter combine with OR. Removed chats are
left out. Results are ordered by `createdAt`, newest first, then by `id` descending, so
that the order is total and pages never overlap. A page past the last one answers 200
with an empty array.

A full page carries a `Link` header to the next one (`rel="next"`), whose `cursor`
continues after this page's last chat: pages read by cursor cost the same however deep
they are, and chats created meanwhile are neither listed twice nor skipped.


Sends a `GET` request to `/api/v1/chats/details`

Arguments:
- `channel_ids`: Lists only chats on one of these channels. A UUID v4 string identifies each channel.
One value or many: `?channelIds=a` and `?channelIds=a&channelIds=b` both work. Empty or
absent: no channel filter.

- `cursor`: Continues a listing after the page that gave it: the `cursor` in that page's `Link`
header (follow the link, or copy the parameter). Opaque: clients never build one. Send
the filters and `pageSize` of the request that gave it (the link carries them). Beside
a cursor, `pageNumber` is ignored: the cursor says where the page starts. A cursor this
API did not issue answers 422 naming `query.cursor`.

- `page_number`: The page number, counted from 1. Only whole numbers are accepted. A page past the last
one is an empty array (so is a number too large for 64 bits).

- `page_size`: The page size, the most chats one page holds. Only whole numbers are accepted.
- `responder_ids`: Lists only chats whose current responder is one of these agents or squads (their super
identity IDs). One value or many: `?responderIds=a` and
`?responderIds=a&responderIds=b` both work. Empty or absent: no responder filter.

- `responder_version_ids`: Lists only chats that recorded one of these responder versions (`currentResponderId`).
One value or many: `?responderVersionIds=a` and
`?responderVersionIds=a&responderVersionIds=b` both work. Empty or absent: no version
filter.

- `search`: Lists only chats whose title contains this text, compared case-insensitively; chats
without a title never match. Empty: no search. At most 200 characters; the NUL
character (U+0000) is refused with 400.

```ignore
let response = client.list_chat_details()
    .channel_ids(channel_ids)
    .cursor(cursor)
    .page_number(page_number)
    .page_size(page_size)
    .responder_ids(responder_ids)
    .responder_version_ids(responder_version_ids)
    .search(search)
    .send()
    .await;
```*/
    pub fn list_chat_details(&self) -> builder::ListChatDetails<'_> {
        builder::ListChatDetails::new(self)
    }
    /**List chats

Retrieves one page of the caller's workspace chats.

Filters combine with AND; the values of one filter combine with OR. Removed chats are
left out. Results are ordered by `createdAt`, newest first, then by `id` descending, so
that the order is total and pages never overlap. A page past the last one answers 200
with an empty array.

A full page carries a `Link` header to the next one (`rel="next"`), whose `cursor`
continues after this page's last chat: pages read by cursor cost the same however deep
they are, and chats created meanwhile are neither listed twice nor skipped.


Sends a `GET` request to `/api/v1/chats`

Arguments:
- `channel_ids`: Lists only chats on one of these channels. A UUID v4 string identifies each channel.
One value or many: `?channelIds=a` and `?channelIds=a&channelIds=b` both work. Empty or
absent: no channel filter.

- `channel_types`: Lists only chats whose channel has one of these types. One value or many:
`?channelTypes=waha` and `?channelTypes=waha&channelTypes=api` both work. A chat
without a channel (`channelId` null) has no type: it is listed only when all five
types are selected, as they are by default.

- `cursor`: Continues a listing after the page that gave it: the `cursor` in that page's `Link`
header (follow the link, or copy the parameter). Opaque: clients never build one. Send
the filters and `pageSize` of the request that gave it (the link carries them). Beside
a cursor, `pageNumber` is ignored: the cursor says where the page starts. A cursor this
API did not issue answers 422 naming `query.cursor`.

- `last_chat_message_created_at_end`: Lists only chats whose `lastChatMessageCreatedAt` is at or before this instant.
Absent (null: a URL cannot carry a null, so leave the parameter out) means no upper
bound. When either bound is set, chats without a message time are left out; when the
start is after the end, the page is empty.

- `last_chat_message_created_at_start`: Lists only chats whose `lastChatMessageCreatedAt` is at or after this instant.
Absent (null: a URL cannot carry a null, so leave the parameter out) means no lower
bound. When either bound is set, chats without a message time are left out.

- `owner_ids`: Lists only chats owned by one of these users or external users (their super
identity IDs). One value or many: `?ownerIds=a` and `?ownerIds=a&ownerIds=b` both
work. Empty or absent: no owner filter.

- `page_number`: The page number, counted from 1. Only whole numbers are accepted. A page past the last
one is an empty array (so is a number too large for 64 bits).

- `page_size`: The page size, the most chats one page holds. Only whole numbers are accepted.
- `responder_ids`: Lists only chats whose current responder is one of these agents or squads (their super
identity IDs). One value or many: `?responderIds=a` and
`?responderIds=a&responderIds=b` both work. Empty or absent: no responder filter.

- `responder_version_ids`: Lists only chats that recorded one of these responder versions (`currentResponderId`).
One value or many: `?responderVersionIds=a` and
`?responderVersionIds=a&responderVersionIds=b` both work. Empty or absent: no version
filter.

- `search`: Lists only chats whose title contains this text, compared case-insensitively; chats
without a title never match. Empty: no search. At most 200 characters; the NUL
character (U+0000) is refused with 400.

```ignore
let response = client.list_chats()
    .channel_ids(channel_ids)
    .channel_types(channel_types)
    .cursor(cursor)
    .last_chat_message_created_at_end(last_chat_message_created_at_end)
    .last_chat_message_created_at_start(last_chat_message_created_at_start)
    .owner_ids(owner_ids)
    .page_number(page_number)
    .page_size(page_size)
    .responder_ids(responder_ids)
    .responder_version_ids(responder_version_ids)
    .search(search)
    .send()
    .await;
```*/
    pub fn list_chats(&self) -> builder::ListChats<'_> {
        builder::ListChats::new(self)
    }
    /**Create a chat

Creates a chat in the caller's workspace.

`ownerId` must be a user or external user of the workspace, and `channelId`, when not
null, one of its channels; otherwise the answer is 422 naming the field. The responder
is the channel's responder, or the workspace's default responder when `channelId` is
null, and the chat records that responder's current (highest-numbered) version in
`currentResponderId`. `id`, `createdAt`, `updatedAt` and `workspaceId` are set by the
server; a new chat is not removed and has no message time.

With an `Idempotency-Key`, a create is safe to retry: the server keeps the key with the
request and its answer for 24 hours, in the caller's workspace, written in the same
transaction as the chat. A repeat with the same key and the same body answers the
first answer again (the same chat) and creates nothing; the same key with another
body answers 422; a repeat while the first is still being written answers 409. Only a
created chat is kept: a refused request (400, 422) may be sent again with its key.


Sends a `POST` request to `/api/v1/chats`

Arguments:
- `idempotency_key`: A key the client makes for one logical request (a UUID v4 is a good one) and sends
again, unchanged, with each retry of it. The generated Rust client makes one per call
and reuses it across its own retries. Kept for 24 hours in the caller's workspace.

- `body`
```ignore
let response = client.create_chat()
    .idempotency_key(idempotency_key)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_chat(&self) -> builder::CreateChat<'_> {
        builder::CreateChat::new(self)
    }
    /**Follow chat changes

Follows the changes of the caller's workspace chats as server-sent events
(`text/event-stream`), in the order they were committed: `chat.created`,
`chat.updated` and `chat.removed`, each with the chat as the change left it as its
`data` (a removed chat with `isRemoved` set to `true`) and the change's event id as its
`id`. The filters apply to the chat as the change left it. Without `Last-Event-ID` the
stream starts with the next change. The stream stays open; while nothing happens, a
comment line every 15 seconds keeps the connection alive.

To resume, reconnect with the `Last-Event-ID` header (a browser's `EventSource` sends
it by itself): every change after that event is sent first, then the live ones, each
exactly once. Events are kept for 24 hours: an id older than that, or one this
workspace never issued, answers 410, and the client should list the chats again, then
follow without `Last-Event-ID`.

A reader that falls 256 events behind is disconnected and resumes from its last id.
At most 16 streams per API key and 1,000 per server are open at once; beyond them the
answer is 429 with `Retry-After`.


Sends a `GET` request to `/api/v1/chats/events`

Arguments:
- `channel_ids`: Lists only chats on one of these channels. A UUID v4 string identifies each channel.
One value or many: `?channelIds=a` and `?channelIds=a&channelIds=b` both work. Empty or
absent: no channel filter.

- `owner_ids`: Lists only chats owned by one of these users or external users (their super
identity IDs). One value or many: `?ownerIds=a` and `?ownerIds=a&ownerIds=b` both
work. Empty or absent: no owner filter.

- `last_event_id`: The id of the last event the client received: the stream resumes after it.

```ignore
let response = client.watch_chats()
    .channel_ids(channel_ids)
    .owner_ids(owner_ids)
    .last_event_id(last_event_id)
    .send()
    .await;
```*/
    pub fn watch_chats(&self) -> builder::WatchChats<'_> {
        builder::WatchChats::new(self)
    }
    /**Retrieve a chat

Retrieves one chat of the caller's workspace. A removed chat can still be read: it is
answered with `isRemoved` set to `true`.


Sends a `GET` request to `/api/v1/chats/{id}`

Arguments:
- `id`: A UUID v4 string that identifies an entity. Here, the ID of the chat.
```ignore
let response = client.get_chat()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_chat(&self) -> builder::GetChat<'_> {
        builder::GetChat::new(self)
    }
    /**Remove a chat

Removes a chat softly: it is kept with `isRemoved` set to `true`, can still be read by
id, and is left out of every list. A removed chat cannot be updated or removed again:
both answer 404.


Sends a `DELETE` request to `/api/v1/chats/{id}`

Arguments:
- `id`: A UUID v4 string that identifies an entity. Here, the ID of the chat.
```ignore
let response = client.remove_chat()
    .id(id)
    .send()
    .await;
```*/
    pub fn remove_chat(&self) -> builder::RemoveChat<'_> {
        builder::RemoveChat::new(self)
    }
    /**Update a chat

Updates the title or the last message time of a chat. Each field of the body has three
states: absent leaves the field unchanged, `null` clears it, and a value sets it. Every
successful update sets `updatedAt` to the time of the update, even when no field
changes, and never moves it backwards: of concurrent updates, the one applied last
keeps the latest time. A removed chat cannot be updated: the answer is 404.


Sends a `PATCH` request to `/api/v1/chats/{id}`

Arguments:
- `id`: A UUID v4 string that identifies an entity. Here, the ID of the chat.
- `body`
```ignore
let response = client.update_chat()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_chat(&self) -> builder::UpdateChat<'_> {
        builder::UpdateChat::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_chat_details`]

[`Client::get_chat_details`]: super::Client::get_chat_details*/
    #[derive(Debug, Clone)]
    pub struct GetChatDetails<'a> {
        client: &'a super::Client,
        id: Result<::uuid::Uuid, String>,
        responder_version_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetChatDetails<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                responder_version_id: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id failed".to_string()
                });
            self
        }
        pub fn responder_version_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.responder_version_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for responder_version_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/chats/{id}/details`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChatDetails>, Error<types::Problem>> {
            let Self { client, id, responder_version_id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let responder_version_id = responder_version_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/chats/{}/details", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "responderVersionId",
                        &responder_version_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_chat_details",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_chat_details`]

[`Client::list_chat_details`]: super::Client::list_chat_details*/
    #[derive(Debug, Clone)]
    pub struct ListChatDetails<'a> {
        client: &'a super::Client,
        channel_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        cursor: Result<Option<types::ListChatDetailsCursor>, String>,
        page_number: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        responder_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        responder_version_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        search: Result<Option<types::ListChatDetailsSearch>, String>,
    }
    impl<'a> ListChatDetails<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_ids: Ok(None),
                cursor: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                responder_ids: Ok(None),
                responder_version_ids: Ok(None),
                search: Ok(None),
            }
        }
        pub fn channel_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.channel_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for channel_ids failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListChatDetailsCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListChatDetailsCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_number failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn responder_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.responder_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for responder_ids failed"
                        .to_string()
                });
            self
        }
        pub fn responder_version_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.responder_version_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for responder_version_ids failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListChatDetailsSearch>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListChatDetailsSearch` for search failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/chats/details`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::ChatDetails>>,
            Error<types::Problem>,
        > {
            let Self {
                client,
                channel_ids,
                cursor,
                page_number,
                page_size,
                responder_ids,
                responder_version_ids,
                search,
            } = self;
            let channel_ids = channel_ids.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let responder_ids = responder_ids.map_err(Error::InvalidRequest)?;
            let responder_version_ids = responder_version_ids
                .map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/chats/details", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("channelIds", &channel_ids))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("pageNumber", &page_number))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new("responderIds", &responder_ids),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "responderVersionIds",
                        &responder_version_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("search", &search))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_chat_details",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_chats`]

[`Client::list_chats`]: super::Client::list_chats*/
    #[derive(Debug, Clone)]
    pub struct ListChats<'a> {
        client: &'a super::Client,
        channel_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        channel_types: Result<Option<::std::vec::Vec<types::ChannelType>>, String>,
        cursor: Result<Option<types::ListChatsCursor>, String>,
        last_chat_message_created_at_end: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        last_chat_message_created_at_start: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        owner_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        page_number: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        responder_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        responder_version_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        search: Result<Option<types::ListChatsSearch>, String>,
    }
    impl<'a> ListChats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_ids: Ok(None),
                channel_types: Ok(None),
                cursor: Ok(None),
                last_chat_message_created_at_end: Ok(None),
                last_chat_message_created_at_start: Ok(None),
                owner_ids: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                responder_ids: Ok(None),
                responder_version_ids: Ok(None),
                search: Ok(None),
            }
        }
        pub fn channel_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.channel_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for channel_ids failed"
                        .to_string()
                });
            self
        }
        pub fn channel_types<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::ChannelType>>,
        {
            self.channel_types = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < ChannelType >` for channel_types failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListChatsCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListChatsCursor` for cursor failed".to_string()
                });
            self
        }
        pub fn last_chat_message_created_at_end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.last_chat_message_created_at_end = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for last_chat_message_created_at_end failed"
                        .to_string()
                });
            self
        }
        pub fn last_chat_message_created_at_start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.last_chat_message_created_at_start = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for last_chat_message_created_at_start failed"
                        .to_string()
                });
            self
        }
        pub fn owner_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.owner_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for owner_ids failed"
                        .to_string()
                });
            self
        }
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_number failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn responder_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.responder_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for responder_ids failed"
                        .to_string()
                });
            self
        }
        pub fn responder_version_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.responder_version_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for responder_version_ids failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListChatsSearch>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListChatsSearch` for search failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/chats`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Chat>>, Error<types::Problem>> {
            let Self {
                client,
                channel_ids,
                channel_types,
                cursor,
                last_chat_message_created_at_end,
                last_chat_message_created_at_start,
                owner_ids,
                page_number,
                page_size,
                responder_ids,
                responder_version_ids,
                search,
            } = self;
            let channel_ids = channel_ids.map_err(Error::InvalidRequest)?;
            let channel_types = channel_types.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let last_chat_message_created_at_end = last_chat_message_created_at_end
                .map_err(Error::InvalidRequest)?;
            let last_chat_message_created_at_start = last_chat_message_created_at_start
                .map_err(Error::InvalidRequest)?;
            let owner_ids = owner_ids.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let responder_ids = responder_ids.map_err(Error::InvalidRequest)?;
            let responder_version_ids = responder_version_ids
                .map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/chats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("channelIds", &channel_ids))
                .query(
                    &progenitor_client::QueryParam::new("channelTypes", &channel_types),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastChatMessageCreatedAtEnd",
                        &last_chat_message_created_at_end,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastChatMessageCreatedAtStart",
                        &last_chat_message_created_at_start,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("ownerIds", &owner_ids))
                .query(&progenitor_client::QueryParam::new("pageNumber", &page_number))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new("responderIds", &responder_ids),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "responderVersionIds",
                        &responder_version_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("search", &search))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_chats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_chat`]

[`Client::create_chat`]: super::Client::create_chat*/
    #[derive(Debug, Clone)]
    pub struct CreateChat<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::CreateChatIdempotencyKey>, String>,
        body: Result<types::builder::CreateChatRequest, String>,
    }
    impl<'a> CreateChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateChatIdempotencyKey>,
        {
            self.idempotency_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CreateChatIdempotencyKey` for idempotency_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateChatRequest>,
            <V as std::convert::TryInto<
                types::CreateChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateChatRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateChatRequest,
            ) -> types::builder::CreateChatRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/chats`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::Problem>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateChatRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/chats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::watch_chats`]

[`Client::watch_chats`]: super::Client::watch_chats*/
    #[derive(Debug, Clone)]
    pub struct WatchChats<'a> {
        client: &'a super::Client,
        channel_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        owner_ids: Result<Option<::std::vec::Vec<::uuid::Uuid>>, String>,
        last_event_id: Result<Option<types::WatchChatsLastEventId>, String>,
    }
    impl<'a> WatchChats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_ids: Ok(None),
                owner_ids: Ok(None),
                last_event_id: Ok(None),
            }
        }
        pub fn channel_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.channel_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for channel_ids failed"
                        .to_string()
                });
            self
        }
        pub fn owner_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::uuid::Uuid>>,
        {
            self.owner_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: uuid :: Uuid >` for owner_ids failed"
                        .to_string()
                });
            self
        }
        pub fn last_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchChatsLastEventId>,
        {
            self.last_event_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WatchChatsLastEventId` for last_event_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/chats/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Problem>> {
            let Self { client, channel_ids, owner_ids, last_event_id } = self;
            let channel_ids = channel_ids.map_err(Error::InvalidRequest)?;
            let owner_ids = owner_ids.map_err(Error::InvalidRequest)?;
            let last_event_id = last_event_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/chats/events", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = last_event_id {
                header_map.append("Last-Event-ID", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("channelIds", &channel_ids))
                .query(&progenitor_client::QueryParam::new("ownerIds", &owner_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "watch_chats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_chat`]

[`Client::get_chat`]: super::Client::get_chat*/
    #[derive(Debug, Clone)]
    pub struct GetChat<'a> {
        client: &'a super::Client,
        id: Result<::uuid::Uuid, String>,
    }
    impl<'a> GetChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/chats/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::Problem>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/chats/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::remove_chat`]

[`Client::remove_chat`]: super::Client::remove_chat*/
    #[derive(Debug, Clone)]
    pub struct RemoveChat<'a> {
        client: &'a super::Client,
        id: Result<::uuid::Uuid, String>,
    }
    impl<'a> RemoveChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v1/chats/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::Problem>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/chats/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_chat`]

[`Client::update_chat`]: super::Client::update_chat*/
    #[derive(Debug, Clone)]
    pub struct UpdateChat<'a> {
        client: &'a super::Client,
        id: Result<::uuid::Uuid, String>,
        body: Result<types::UpdateChatRequest, String>,
    }
    impl<'a> UpdateChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateChatRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `types :: UpdateChatRequest` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PATCH` request to `/api/v1/chats/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Chat>, Error<types::Problem>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/chats/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    ResponseValue::from_response(response).await.map_err(Error::from)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    impl<'a> ListChatDetails<'a> {
        /// Every item of every page, from this builder's request on, one page request at a time: each next request is this one with the `cursor` of the answer's `Link: <…>; rel="next"` header, until an answer has none (or no item); an error ends the stream.
        pub fn stream(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::client_runtime::Stream<
                    Item = Result<types::ChatDetails, Error<types::Problem>>,
                > + Send + 'a,
            >,
        > {
            ::client_runtime::cursor_pages(move |cursor: Option<String>| {
                let request = match cursor {
                    Some(cursor) => self.clone().cursor(cursor),
                    None => self.clone(),
                };
                async move {
                    request
                        .send()
                        .await
                        .map(|answer| {
                            let next = ::client_runtime::next_cursor(
                                answer.headers(),
                                "cursor",
                            );
                            (answer.into_inner(), next)
                        })
                }
            })
        }
    }
    impl<'a> ListChats<'a> {
        /// Every item of every page, from this builder's request on, one page request at a time: each next request is this one with the `cursor` of the answer's `Link: <…>; rel="next"` header, until an answer has none (or no item); an error ends the stream.
        pub fn stream(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::client_runtime::Stream<
                    Item = Result<types::Chat, Error<types::Problem>>,
                > + Send + 'a,
            >,
        > {
            ::client_runtime::cursor_pages(move |cursor: Option<String>| {
                let request = match cursor {
                    Some(cursor) => self.clone().cursor(cursor),
                    None => self.clone(),
                };
                async move {
                    request
                        .send()
                        .await
                        .map(|answer| {
                            let next = ::client_runtime::next_cursor(
                                answer.headers(),
                                "cursor",
                            );
                            (answer.into_inner(), next)
                        })
                }
            })
        }
    }
    impl<'a> WatchChats<'a> {
        /// The events this request answers, each `data` read as a `types :: Chat`, as a `Stream`: a connection that breaks or ends is opened again with the last event id as `Last-Event-ID` (after the server's `retry:`, else the retry policy's backoff), until the policy's retries pass without an event. An event whose data is not a `types :: Chat` is an `Err` item and the stream goes on; an error answer ends it. The spec lists the event names `chat.created`, `chat.updated`, `chat.removed`; any other name is passed on as it comes.
        pub fn events(
            self,
        ) -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::client_runtime::Stream<
                    Item = Result<
                        ::client_runtime::Event<types::Chat>,
                        Error<types::Problem>,
                    >,
                > + Send + 'a,
            >,
        > {
            let policy = self.client.retry_policy().clone();
            ::client_runtime::events(
                policy,
                move |last_event_id| {
                    let request = match last_event_id {
                        Some(id) => self.clone().last_event_id(id),
                        None => self.clone(),
                    };
                    async move { request.send().await.map(ResponseValue::into_inner) }
                },
            )
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// What a call fails with: progenitor-client's variants, displayed as the status and
/// the problem's title and detail (see `client_runtime::Error`).
pub use ::client_runtime::Error;
impl ::client_runtime::ErrorBody for types::Problem {
    fn summary(&self) -> ::std::option::Option<::std::string::String> {
        ::client_runtime::summary(self)
    }
    fn debug(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Debug::fmt(self, f)
    }
}
/// Credentials for the spec's security schemes, sent as default headers of the
/// underlying `reqwest::Client`: `auth::Credentials::new().bearer(token)?.into_client(url)?`.
#[allow(dead_code)]
pub mod auth {
    use reqwest::header::{HeaderMap, HeaderName, HeaderValue, InvalidHeaderValue};
    /// Headers and cookies to send with every request.
    #[derive(Clone, Default)]
    pub struct Credentials {
        headers: HeaderMap,
        cookies: Vec<String>,
    }
    impl std::fmt::Debug for Credentials {
        /// Names the headers (and query parameters), never their values.
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_list().entries(self.headers.keys()).finish()
        }
    }
    impl Credentials {
        /// No credentials yet.
        pub fn new() -> Self {
            Self::default()
        }
        ///`apiKey`: the API key, sent in the `authorization` header.
        pub fn api_key(self, key: &str) -> Result<Self, InvalidHeaderValue> {
            self.header("authorization", key)
        }
        fn header(
            mut self,
            name: &'static str,
            value: &str,
        ) -> Result<Self, InvalidHeaderValue> {
            let mut value = HeaderValue::from_str(value)?;
            value.set_sensitive(true);
            self.headers.insert(HeaderName::from_static(name), value);
            Ok(self)
        }
        fn cookie(
            mut self,
            name: &str,
            value: &str,
        ) -> Result<Self, InvalidHeaderValue> {
            self.cookies.push(format!("{name}={value}"));
            let mut cookie = HeaderValue::from_str(&self.cookies.join("; "))?;
            cookie.set_sensitive(true);
            self.headers.insert(reqwest::header::COOKIE, cookie);
            Ok(self)
        }
        /// The headers every request will carry.
        pub fn headers(&self) -> HeaderMap {
            self.headers.clone()
        }
        /// A client for `baseurl` that sends these credentials.
        pub fn into_client(
            self,
            baseurl: &str,
        ) -> Result<super::Client, reqwest::Error> {
            let http = reqwest::Client::builder().default_headers(self.headers).build()?;
            Ok(super::Client::new_with_client(baseurl, http))
        }
    }
    /// Standard base64 with padding (RFC 4648 §4).
    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}
/// The spec's operationId and path template of a client method (as
/// `OperationInfo` names it), for tracing.
fn operation(name: &str) -> Option<::client_runtime::Operation> {
    match name {
        "get_chat_details" => {
            Some(::client_runtime::Operation {
                operation_id: "getChatDetails",
                path: "/api/v1/chats/{id}/details",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "list_chat_details" => {
            Some(::client_runtime::Operation {
                operation_id: "listChatDetails",
                path: "/api/v1/chats/details",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "list_chats" => {
            Some(::client_runtime::Operation {
                operation_id: "listChats",
                path: "/api/v1/chats",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "create_chat" => {
            Some(::client_runtime::Operation {
                operation_id: "createChat",
                path: "/api/v1/chats",
                idempotency_key: Some("Idempotency-Key"),
                deprecated: false,
            })
        }
        "watch_chats" => {
            Some(::client_runtime::Operation {
                operation_id: "watchChats",
                path: "/api/v1/chats/events",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "get_chat" => {
            Some(::client_runtime::Operation {
                operation_id: "getChat",
                path: "/api/v1/chats/{id}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "remove_chat" => {
            Some(::client_runtime::Operation {
                operation_id: "removeChat",
                path: "/api/v1/chats/{id}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        "update_chat" => {
            Some(::client_runtime::Operation {
                operation_id: "updateChat",
                path: "/api/v1/chats/{id}",
                idempotency_key: None,
                deprecated: false,
            })
        }
        _ => None,
    }
}
impl Client {
    /// This client with another retry policy (the default: at most 2 retries of
    /// an idempotent request that met a 429, a 503 or a failed connection,
    /// honouring `Retry-After`; POST and PATCH once).
    pub fn with_retry_policy(mut self, policy: ::client_runtime::RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// The retry policy of this client.
    pub fn retry_policy(&self) -> &::client_runtime::RetryPolicy {
        &self.retry
    }
}
impl Client {
    /// Every item of `listChatDetails` across all its pages (`list_chat_details().stream()` with the defaults).
    pub fn list_chat_details_stream<'a>(
        &'a self,
    ) -> ::std::pin::Pin<
        ::std::boxed::Box<
            dyn ::client_runtime::Stream<
                Item = Result<types::ChatDetails, Error<types::Problem>>,
            > + Send + 'a,
        >,
    > {
        self.list_chat_details().stream()
    }
    /// Every item of `listChats` across all its pages (`list_chats().stream()` with the defaults).
    pub fn list_chats_stream<'a>(
        &'a self,
    ) -> ::std::pin::Pin<
        ::std::boxed::Box<
            dyn ::client_runtime::Stream<
                Item = Result<types::Chat, Error<types::Problem>>,
            > + Send + 'a,
        >,
    > {
        self.list_chats().stream()
    }
}

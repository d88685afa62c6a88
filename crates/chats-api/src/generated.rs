// @generated from openapi/chats.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the OpenAPI document (or the generator) and run `cargo xtask codegen` again.
#![allow(clippy::all, clippy::pedantic, missing_docs, unused_imports, unused_mut, unused_variables)]
use ::server_runtime as rt;
use ::axum::response::IntoResponse as _;
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
            static PATTERN: ::std::sync::LazyLock<::server_runtime::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::server_runtime::regress::Regex::new("^[0-9]{1,18}$").unwrap() });
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
///The Chats API as one trait: one method per operation. Implement it, then serve [`router`].
///
/**Read and manage the chats of a workspace: the conversations between an owner (a platform
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
*/
pub trait ChatsApi: Send + Sync + 'static {
    /// What `authenticate` learns about the caller; every secured operation receives it.
    type Context: Send + 'static;
    /// Checks one credential a request presented for a security scheme (for an
    /// alternative that combines several schemes, each is checked in turn and the first
    /// one's context is kept). Called before anything else of a request is read: `Err`
    /// answers 401 (or 503, 500) and the operation never runs.
    fn authenticate(
        &self,
        credential: Credential,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<Self::Context, rt::AuthError>,
    > + Send;
    /// Retrieve a chat with details
    ///
    /// Retrieves one chat of the caller's workspace with its channel, owner, responder, last
    /// two messages and ticket resolved.
    ///
    /// A removed chat can still be read: it is answered with `isRemoved` set to `true`.
    ///
    /// `responderVersionId` selects which version of the chat's responder the
    /// `responderVersionId` and `responderVersionNumber` fields describe; without it they
    /// describe the version recorded on the chat. An id that is not a version of the chat's
    /// responder answers 422.
    ///
    ///`GET /api/v1/chats/{id}/details` (`getChatDetails`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_chat_details(&self, context: Self::Context, request: get_chat_details::Request) -> get_chat_details::Response {
     todo!()
 }
 ```*/
    fn get_chat_details(
        &self,
        context: Self::Context,
        request: get_chat_details::Request,
    ) -> impl ::std::future::Future<Output = get_chat_details::Response> + Send;
    /// List chats with details
    ///
    /// Retrieves one page of the caller's workspace chats, each with its channel, owner,
    /// responder, last two messages and ticket resolved.
    ///
    /// Filters combine with AND; the values of one filter combine with OR. Removed chats are
    /// left out. Results are ordered by `createdAt`, newest first, then by `id` descending, so
    /// that the order is total and pages never overlap. A page past the last one answers 200
    /// with an empty array.
    ///
    /// A full page carries a `Link` header to the next one (`rel="next"`), whose `cursor`
    /// continues after this page's last chat: pages read by cursor cost the same however deep
    /// they are, and chats created meanwhile are neither listed twice nor skipped.
    ///
    ///`GET /api/v1/chats/details` (`listChatDetails`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_chat_details(&self, context: Self::Context, request: list_chat_details::Request) -> list_chat_details::Response {
     todo!()
 }
 ```*/
    fn list_chat_details(
        &self,
        context: Self::Context,
        request: list_chat_details::Request,
    ) -> impl ::std::future::Future<Output = list_chat_details::Response> + Send;
    /// List chats
    ///
    /// Retrieves one page of the caller's workspace chats.
    ///
    /// Filters combine with AND; the values of one filter combine with OR. Removed chats are
    /// left out. Results are ordered by `createdAt`, newest first, then by `id` descending, so
    /// that the order is total and pages never overlap. A page past the last one answers 200
    /// with an empty array.
    ///
    /// A full page carries a `Link` header to the next one (`rel="next"`), whose `cursor`
    /// continues after this page's last chat: pages read by cursor cost the same however deep
    /// they are, and chats created meanwhile are neither listed twice nor skipped.
    ///
    ///`GET /api/v1/chats` (`listChats`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn list_chats(&self, context: Self::Context, request: list_chats::Request) -> list_chats::Response {
     todo!()
 }
 ```*/
    fn list_chats(
        &self,
        context: Self::Context,
        request: list_chats::Request,
    ) -> impl ::std::future::Future<Output = list_chats::Response> + Send;
    /// Create a chat
    ///
    /// Creates a chat in the caller's workspace.
    ///
    /// `ownerId` must be a user or external user of the workspace, and `channelId`, when not
    /// null, one of its channels; otherwise the answer is 422 naming the field. The responder
    /// is the channel's responder, or the workspace's default responder when `channelId` is
    /// null, and the chat records that responder's current (highest-numbered) version in
    /// `currentResponderId`. `id`, `createdAt`, `updatedAt` and `workspaceId` are set by the
    /// server; a new chat is not removed and has no message time.
    ///
    /// With an `Idempotency-Key`, a create is safe to retry: the server keeps the key with the
    /// request and its answer for 24 hours, in the caller's workspace, written in the same
    /// transaction as the chat. A repeat with the same key and the same body answers the
    /// first answer again (the same chat) and creates nothing; the same key with another
    /// body answers 422; a repeat while the first is still being written answers 409. Only a
    /// created chat is kept: a refused request (400, 422) may be sent again with its key.
    ///
    ///`POST /api/v1/chats` (`createChat`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn create_chat(&self, context: Self::Context, request: create_chat::Request) -> create_chat::Response {
     todo!()
 }
 ```*/
    fn create_chat(
        &self,
        context: Self::Context,
        request: create_chat::Request,
    ) -> impl ::std::future::Future<Output = create_chat::Response> + Send;
    /// Follow chat changes
    ///
    /// Follows the changes of the caller's workspace chats as server-sent events
    /// (`text/event-stream`), in the order they were committed: `chat.created`,
    /// `chat.updated` and `chat.removed`, each with the chat as the change left it as its
    /// `data` (a removed chat with `isRemoved` set to `true`) and the change's event id as its
    /// `id`. The filters apply to the chat as the change left it. Without `Last-Event-ID` the
    /// stream starts with the next change. The stream stays open; while nothing happens, a
    /// comment line every 15 seconds keeps the connection alive.
    ///
    /// To resume, reconnect with the `Last-Event-ID` header (a browser's `EventSource` sends
    /// it by itself): every change after that event is sent first, then the live ones, each
    /// exactly once. Events are kept for 24 hours: an id older than that, or one this
    /// workspace never issued, answers 410, and the client should list the chats again, then
    /// follow without `Last-Event-ID`.
    ///
    /// A reader that falls 256 events behind is disconnected and resumes from its last id.
    /// At most 16 streams per API key and 1,000 per server are open at once; beyond them the
    /// answer is 429 with `Retry-After`.
    ///
    ///`GET /api/v1/chats/events` (`watchChats`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn watch_chats(&self, context: Self::Context, request: watch_chats::Request) -> watch_chats::Response {
     todo!()
 }
 ```*/
    fn watch_chats(
        &self,
        context: Self::Context,
        request: watch_chats::Request,
    ) -> impl ::std::future::Future<Output = watch_chats::Response> + Send;
    /// Retrieve a chat
    ///
    /// Retrieves one chat of the caller's workspace. A removed chat can still be read: it is
    /// answered with `isRemoved` set to `true`.
    ///
    ///`GET /api/v1/chats/{id}` (`getChat`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn get_chat(&self, context: Self::Context, request: get_chat::Request) -> get_chat::Response {
     todo!()
 }
 ```*/
    fn get_chat(
        &self,
        context: Self::Context,
        request: get_chat::Request,
    ) -> impl ::std::future::Future<Output = get_chat::Response> + Send;
    /// Remove a chat
    ///
    /// Removes a chat softly: it is kept with `isRemoved` set to `true`, can still be read by
    /// id, and is left out of every list. A removed chat cannot be updated or removed again:
    /// both answer 404.
    ///
    ///`DELETE /api/v1/chats/{id}` (`removeChat`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn remove_chat(&self, context: Self::Context, request: remove_chat::Request) -> remove_chat::Response {
     todo!()
 }
 ```*/
    fn remove_chat(
        &self,
        context: Self::Context,
        request: remove_chat::Request,
    ) -> impl ::std::future::Future<Output = remove_chat::Response> + Send;
    /// Update a chat
    ///
    /// Updates the title or the last message time of a chat. Each field of the body has three
    /// states: absent leaves the field unchanged, `null` clears it, and a value sets it. Every
    /// successful update sets `updatedAt` to the time of the update, even when no field
    /// changes, and never moves it backwards: of concurrent updates, the one applied last
    /// keeps the latest time. A removed chat cannot be updated: the answer is 404.
    ///
    ///`PATCH /api/v1/chats/{id}` (`updateChat`)
    ///
    /// An implementation writes it as an `async fn`:
    ///
    /** ```text
 async fn update_chat(&self, context: Self::Context, request: update_chat::Request) -> update_chat::Response {
     todo!()
 }
 ```*/
    fn update_chat(
        &self,
        context: Self::Context,
        request: update_chat::Request,
    ) -> impl ::std::future::Future<Output = update_chat::Response> + Send;
}
/// A credential a request presented, one variant per security scheme of the spec.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    ///`apiKey`: The API key sent in the `authorization` header.
    ApiKey(::std::string::String),
}
impl ::std::fmt::Debug for Credential {
    /// Names the scheme, never the secret.
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(Credential::scheme(self))
    }
}
/// Every security scheme, by index: where its credential travels.
static SECURITY_SCHEMES: &[rt::Source] = &[rt::Source::Header("authorization")];
/// A scheme's raw credential as a [`Credential`]; `None` when malformed.
fn credential(
    scheme: usize,
    value: ::std::string::String,
) -> ::std::option::Option<Credential> {
    match scheme {
        0usize => Some(Credential::ApiKey(value)),
        _ => None,
    }
}
impl Credential {
    /// The name of the security scheme in the spec.
    pub fn scheme(&self) -> &'static str {
        match self {
            Self::ApiKey(_) => "apiKey",
        }
    }
}
///The `getChatDetails` operation: Retrieve a chat with details.
pub mod get_chat_details {
    use super::types;
    ///Retrieve a chat with details
    ///
    ///`GET /api/v1/chats/{id}/details` (`getChatDetails`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// A UUID v4 string that identifies an entity. Here, the ID of the chat.
        ///
        ///`id` in the path.
        pub id: ::uuid::Uuid,
        /// The ID of a version of the chat's responder to describe instead of the version
        /// recorded on the chat. It must name a version of that same responder, else the answer
        /// is 422.
        ///
        ///`responderVersionId` in the query.
        pub responder_version_id: ::std::option::Option<::std::string::String>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Retrieves a chat.
        Ok(types::ChatDetails),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 404: No chat of the caller's workspace has this id (a chat of another workspace is not
        /// found either), or the operation cannot apply to a removed chat.
        NotFound(types::Problem),
        /// 422: The request is well-formed but refers to something that does not exist in the caller's
        /// workspace (`errors` names the field), or it reuses an `Idempotency-Key` of another
        /// request (`/problems/idempotency-key-reused`).
        UnprocessableEntity(types::Problem),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 404u16, 422u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::NotFound(_) => 404u16,
                Self::UnprocessableEntity(_) => 422u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_0(body, c);
                    collect.finish()
                }
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::NotFound(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::UnprocessableEntity(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::GET_CHAT_DETAILS__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::GET_CHAT_DETAILS__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::GET_CHAT_DETAILS__ANSWER_401, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::GET_CHAT_DETAILS__ANSWER_404, body)
                }
                Self::UnprocessableEntity(body) => {
                    rt::check_body(&super::schemas::GET_CHAT_DETAILS__ANSWER_422, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::GET_CHAT_DETAILS__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::GET_CHAT_DETAILS__ANSWER_503, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
                Self::UnprocessableEntity(body) => rt::answer(422u16, Some(&body)),
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "getChatDetails";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                404u16 => Ok(Self::NotFound(body)),
                422u16 => Ok(Self::UnprocessableEntity(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::GET_CHAT_DETAILS__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::GET_CHAT_DETAILS__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::GET_CHAT_DETAILS__ANSWER_404,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(422u16),
            &super::schemas::GET_CHAT_DETAILS__ANSWER_422,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::GET_CHAT_DETAILS__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::GET_CHAT_DETAILS__ANSWER_503,
            "application/json",
        ),
    ];
}
///The `listChatDetails` operation: List chats with details.
pub mod list_chat_details {
    use super::types;
    ///List chats with details
    ///
    ///`GET /api/v1/chats/details` (`listChatDetails`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Lists only chats on one of these channels. A UUID v4 string identifies each channel.
        /// One value or many: `?channelIds=a` and `?channelIds=a&channelIds=b` both work. Empty or
        /// absent: no channel filter.
        ///
        ///`channelIds` in the query.
        pub channel_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// Continues a listing after the page that gave it: the `cursor` in that page's `Link`
        /// header (follow the link, or copy the parameter). Opaque: clients never build one. Send
        /// the filters and `pageSize` of the request that gave it (the link carries them). Beside
        /// a cursor, `pageNumber` is ignored: the cursor says where the page starts. A cursor this
        /// API did not issue answers 422 naming `query.cursor`.
        ///
        ///`cursor` in the query.
        pub cursor: ::std::option::Option<types::ListChatDetailsCursor>,
        /// The page number, counted from 1. Only whole numbers are accepted. A page past the last
        /// one is an empty array (so is a number too large for 64 bits).
        ///
        ///`pageNumber` in the query.
        pub page_number: ::std::num::NonZeroU64,
        /// The page size, the most chats one page holds. Only whole numbers are accepted.
        ///
        ///`pageSize` in the query.
        pub page_size: ::std::num::NonZeroU64,
        /// Lists only chats whose current responder is one of these agents or squads (their super
        /// identity IDs). One value or many: `?responderIds=a` and
        /// `?responderIds=a&responderIds=b` both work. Empty or absent: no responder filter.
        ///
        ///`responderIds` in the query.
        pub responder_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// Lists only chats that recorded one of these responder versions (`currentResponderId`).
        /// One value or many: `?responderVersionIds=a` and
        /// `?responderVersionIds=a&responderVersionIds=b` both work. Empty or absent: no version
        /// filter.
        ///
        ///`responderVersionIds` in the query.
        pub responder_version_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// Lists only chats whose title contains this text, compared case-insensitively; chats
        /// without a title never match. Empty: no search. At most 200 characters; the NUL
        /// character (U+0000) is refused with 400.
        ///
        ///`search` in the query.
        pub search: ::std::option::Option<types::ListChatDetailsSearch>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Retrieves all chats for the workspace.
        Ok(::std::vec::Vec<types::ChatDetails>, OkHeaders),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 422: The request is well-formed but refers to something that does not exist in the caller's
        /// workspace (`errors` names the field), or it reuses an `Idempotency-Key` of another
        /// request (`/problems/idempotency-key-reused`).
        UnprocessableEntity(types::Problem),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 422u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_, _) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::UnprocessableEntity(_) => 422u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body, headers) => {
                    {
                        let mut collect = rt::Collect::default();
                        let c = &mut collect;
                        for (__i1, __item2) in (body).iter().enumerate() {
                            let __len3 = c.enter_index(__i1);
                            super::answers::check_0(__item2, c);
                            c.leave(__len3);
                        }
                        collect.finish()
                    }
                        .and_then(|()| headers.check())
                }
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::UnprocessableEntity(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body, headers) => {
                    rt::check_body(&super::schemas::LIST_CHAT_DETAILS__ANSWER_200, body)
                        .and_then(|()| headers.check())
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::LIST_CHAT_DETAILS__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::LIST_CHAT_DETAILS__ANSWER_401, body)
                }
                Self::UnprocessableEntity(body) => {
                    rt::check_body(&super::schemas::LIST_CHAT_DETAILS__ANSWER_422, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::LIST_CHAT_DETAILS__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::LIST_CHAT_DETAILS__ANSWER_503, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body, headers) => {
                    let mut answer = rt::answer(200u16, Some(&body));
                    headers.write(answer.headers_mut());
                    answer
                }
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::UnprocessableEntity(body) => rt::answer(422u16, Some(&body)),
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "listChatDetails";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                422u16 => Ok(Self::UnprocessableEntity(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::LIST_CHAT_DETAILS__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::LIST_CHAT_DETAILS__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(422u16),
            &super::schemas::LIST_CHAT_DETAILS__ANSWER_422,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::LIST_CHAT_DETAILS__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::LIST_CHAT_DETAILS__ANSWER_503,
            "application/json",
        ),
    ];
    /// The headers of the 200 answer, as the spec documents them: the router writes each one present (a list comma-separated); with response validation on, each is checked against its schema first.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OkHeaders {
        /// `Link`: The next page, when this page is full (a shorter page is the last one): `<URL>;
        /// rel="next"` (RFC 8288), the URL relative to the server's, with this request's filters,
        /// its `pageSize` and the `cursor` after this page's last chat.
        pub link: ::std::option::Option<::std::string::String>,
    }
    impl OkHeaders {
        fn write(&self, headers: &mut ::axum::http::HeaderMap) {
            use ::server_runtime as rt;
            rt::write_header(headers, "link", &self.link);
        }
        /// Checks each header present: a writable value that satisfies its schema.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            let mut violations = ::std::vec::Vec::new();
            rt::check_header(
                &mut violations,
                "Link",
                Some(&super::schemas::LIST_CHAT_DETAILS__HEADER_200_LINK),
                &self.link,
            );
            rt::header_violations(violations)
        }
    }
}
///The `listChats` operation: List chats.
pub mod list_chats {
    use super::types;
    ///List chats
    ///
    ///`GET /api/v1/chats` (`listChats`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Lists only chats on one of these channels. A UUID v4 string identifies each channel.
        /// One value or many: `?channelIds=a` and `?channelIds=a&channelIds=b` both work. Empty or
        /// absent: no channel filter.
        ///
        ///`channelIds` in the query.
        pub channel_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// Lists only chats whose channel has one of these types. One value or many:
        /// `?channelTypes=waha` and `?channelTypes=waha&channelTypes=api` both work. A chat
        /// without a channel (`channelId` null) has no type: it is listed only when all five
        /// types are selected, as they are by default.
        ///
        ///`channelTypes` in the query.
        pub channel_types: ::std::vec::Vec<types::ChannelType>,
        /// Lists only chats whose `lastChatMessageCreatedAt` is at or before this instant.
        /// Absent (null: a URL cannot carry a null, so leave the parameter out) means no upper
        /// bound. When either bound is set, chats without a message time are left out; when the
        /// start is after the end, the page is empty.
        ///
        ///`lastChatMessageCreatedAtEnd` in the query.
        pub last_chat_message_created_at_end: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /// Lists only chats whose `lastChatMessageCreatedAt` is at or after this instant.
        /// Absent (null: a URL cannot carry a null, so leave the parameter out) means no lower
        /// bound. When either bound is set, chats without a message time are left out.
        ///
        ///`lastChatMessageCreatedAtStart` in the query.
        pub last_chat_message_created_at_start: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /// Continues a listing after the page that gave it: the `cursor` in that page's `Link`
        /// header (follow the link, or copy the parameter). Opaque: clients never build one. Send
        /// the filters and `pageSize` of the request that gave it (the link carries them). Beside
        /// a cursor, `pageNumber` is ignored: the cursor says where the page starts. A cursor this
        /// API did not issue answers 422 naming `query.cursor`.
        ///
        ///`cursor` in the query.
        pub cursor: ::std::option::Option<types::ListChatsCursor>,
        /// Lists only chats owned by one of these users or external users (their super
        /// identity IDs). One value or many: `?ownerIds=a` and `?ownerIds=a&ownerIds=b` both
        /// work. Empty or absent: no owner filter.
        ///
        ///`ownerIds` in the query.
        pub owner_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// The page number, counted from 1. Only whole numbers are accepted. A page past the last
        /// one is an empty array (so is a number too large for 64 bits).
        ///
        ///`pageNumber` in the query.
        pub page_number: ::std::num::NonZeroU64,
        /// The page size, the most chats one page holds. Only whole numbers are accepted.
        ///
        ///`pageSize` in the query.
        pub page_size: ::std::num::NonZeroU64,
        /// Lists only chats whose current responder is one of these agents or squads (their super
        /// identity IDs). One value or many: `?responderIds=a` and
        /// `?responderIds=a&responderIds=b` both work. Empty or absent: no responder filter.
        ///
        ///`responderIds` in the query.
        pub responder_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// Lists only chats that recorded one of these responder versions (`currentResponderId`).
        /// One value or many: `?responderVersionIds=a` and
        /// `?responderVersionIds=a&responderVersionIds=b` both work. Empty or absent: no version
        /// filter.
        ///
        ///`responderVersionIds` in the query.
        pub responder_version_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// Lists only chats whose title contains this text, compared case-insensitively; chats
        /// without a title never match. Empty: no search. At most 200 characters; the NUL
        /// character (U+0000) is refused with 400.
        ///
        ///`search` in the query.
        pub search: ::std::option::Option<types::ListChatsSearch>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Retrieves all chats for the workspace.
        Ok(::std::vec::Vec<types::Chat>, OkHeaders),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 422: The request is well-formed but refers to something that does not exist in the caller's
        /// workspace (`errors` names the field), or it reuses an `Idempotency-Key` of another
        /// request (`/problems/idempotency-key-reused`).
        UnprocessableEntity(types::Problem),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 422u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_, _) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::UnprocessableEntity(_) => 422u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body, headers) => {
                    {
                        let mut collect = rt::Collect::default();
                        let c = &mut collect;
                        for (__i1, __item2) in (body).iter().enumerate() {
                            let __len3 = c.enter_index(__i1);
                            super::answers::check_7(__item2, c);
                            c.leave(__len3);
                        }
                        collect.finish()
                    }
                        .and_then(|()| headers.check())
                }
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::UnprocessableEntity(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body, headers) => {
                    rt::check_body(&super::schemas::LIST_CHATS__ANSWER_200, body)
                        .and_then(|()| headers.check())
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::LIST_CHATS__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::LIST_CHATS__ANSWER_401, body)
                }
                Self::UnprocessableEntity(body) => {
                    rt::check_body(&super::schemas::LIST_CHATS__ANSWER_422, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::LIST_CHATS__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::LIST_CHATS__ANSWER_503, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body, headers) => {
                    let mut answer = rt::answer(200u16, Some(&body));
                    headers.write(answer.headers_mut());
                    answer
                }
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::UnprocessableEntity(body) => rt::answer(422u16, Some(&body)),
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "listChats";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                422u16 => Ok(Self::UnprocessableEntity(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::LIST_CHATS__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::LIST_CHATS__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(422u16),
            &super::schemas::LIST_CHATS__ANSWER_422,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::LIST_CHATS__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::LIST_CHATS__ANSWER_503,
            "application/json",
        ),
    ];
    /// The headers of the 200 answer, as the spec documents them: the router writes each one present (a list comma-separated); with response validation on, each is checked against its schema first.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OkHeaders {
        /// `Link`: The next page, when this page is full (a shorter page is the last one): `<URL>;
        /// rel="next"` (RFC 8288), the URL relative to the server's, with this request's filters,
        /// its `pageSize` and the `cursor` after this page's last chat.
        pub link: ::std::option::Option<::std::string::String>,
    }
    impl OkHeaders {
        fn write(&self, headers: &mut ::axum::http::HeaderMap) {
            use ::server_runtime as rt;
            rt::write_header(headers, "link", &self.link);
        }
        /// Checks each header present: a writable value that satisfies its schema.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            let mut violations = ::std::vec::Vec::new();
            rt::check_header(
                &mut violations,
                "Link",
                Some(&super::schemas::LIST_CHATS__HEADER_200_LINK),
                &self.link,
            );
            rt::header_violations(violations)
        }
    }
}
///The `createChat` operation: Create a chat.
pub mod create_chat {
    use super::types;
    ///Create a chat
    ///
    ///`POST /api/v1/chats` (`createChat`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// A key the client makes for one logical request (a UUID v4 is a good one) and sends
        /// again, unchanged, with each retry of it. The generated Rust client makes one per call
        /// and reuses it across its own retries. Kept for 24 hours in the caller's workspace.
        ///
        ///`Idempotency-Key` in the header.
        pub idempotency_key: ::std::option::Option<types::CreateChatIdempotencyKey>,
        /// The JSON body.
        pub body: types::CreateChatRequest,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The chat was created.
        Ok(types::Chat),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 409: A request with this `Idempotency-Key` is still being processed; retry after it ends.
        Conflict(types::Problem),
        /// 413: The request body is larger than 64 KiB.
        PayloadTooLarge(types::Problem),
        /// 415: The request body is not declared as `application/json`.
        UnsupportedMediaType(types::Problem),
        /// 422: The request is well-formed but refers to something that does not exist in the caller's
        /// workspace (`errors` names the field), or it reuses an `Idempotency-Key` of another
        /// request (`/problems/idempotency-key-reused`).
        UnprocessableEntity(types::Problem),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 409u16, 413u16, 415u16, 422u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::Conflict(_) => 409u16,
                Self::PayloadTooLarge(_) => 413u16,
                Self::UnsupportedMediaType(_) => 415u16,
                Self::UnprocessableEntity(_) => 422u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_7(body, c);
                    collect.finish()
                }
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Conflict(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::PayloadTooLarge(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::UnsupportedMediaType(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::UnprocessableEntity(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_401, body)
                }
                Self::Conflict(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_409, body)
                }
                Self::PayloadTooLarge(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_413, body)
                }
                Self::UnsupportedMediaType(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_415, body)
                }
                Self::UnprocessableEntity(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_422, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::CREATE_CHAT__ANSWER_503, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::Conflict(body) => rt::answer(409u16, Some(&body)),
                Self::PayloadTooLarge(body) => rt::answer(413u16, Some(&body)),
                Self::UnsupportedMediaType(body) => rt::answer(415u16, Some(&body)),
                Self::UnprocessableEntity(body) => rt::answer(422u16, Some(&body)),
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "createChat";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                409u16 => Ok(Self::Conflict(body)),
                413u16 => Ok(Self::PayloadTooLarge(body)),
                415u16 => Ok(Self::UnsupportedMediaType(body)),
                422u16 => Ok(Self::UnprocessableEntity(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::CREATE_CHAT__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::CREATE_CHAT__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(409u16),
            &super::schemas::CREATE_CHAT__ANSWER_409,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(413u16),
            &super::schemas::CREATE_CHAT__ANSWER_413,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(415u16),
            &super::schemas::CREATE_CHAT__ANSWER_415,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(422u16),
            &super::schemas::CREATE_CHAT__ANSWER_422,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::CREATE_CHAT__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::CREATE_CHAT__ANSWER_503,
            "application/json",
        ),
    ];
}
///The `watchChats` operation: Follow chat changes.
pub mod watch_chats {
    use super::types;
    ///Follow chat changes
    ///
    ///`GET /api/v1/chats/events` (`watchChats`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// Lists only chats on one of these channels. A UUID v4 string identifies each channel.
        /// One value or many: `?channelIds=a` and `?channelIds=a&channelIds=b` both work. Empty or
        /// absent: no channel filter.
        ///
        ///`channelIds` in the query.
        pub channel_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// Lists only chats owned by one of these users or external users (their super
        /// identity IDs). One value or many: `?ownerIds=a` and `?ownerIds=a&ownerIds=b` both
        /// work. Empty or absent: no owner filter.
        ///
        ///`ownerIds` in the query.
        pub owner_ids: ::std::vec::Vec<::uuid::Uuid>,
        /// The id of the last event the client received: the stream resumes after it.
        ///
        ///`Last-Event-ID` in the header.
        pub last_event_id: ::std::option::Option<types::WatchChatsLastEventId>,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Debug)]
    pub enum Response {
        /// 200: The workspace's chat changes, as they are committed.
        ///
        /// Server-sent events, each carrying a `Chat`; the router frames them, sends a keep-alive comment after `server_runtime::sse::KEEP_ALIVE` of silence and drops the stream when the client goes away. Event names the spec lists: `chat.created`, `chat.updated`, `chat.removed`.
        Ok(::server_runtime::sse::EventStream<types::Chat>),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 410: The `Last-Event-ID` is older than the 24 hours events are kept, or not one this
        /// workspace issued: list the chats again, then follow without `Last-Event-ID`.
        Gone(types::Problem),
        /// 429: Too many streams are open: 16 per API key, 1,000 per server. Retry after
        /// `Retry-After` seconds, or close a stream first.
        TooManyRequests(types::Problem, TooManyRequestsHeaders),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 410u16, 429u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::Gone(_) => 410u16,
                Self::TooManyRequests(_, _) => 429u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(_) => Ok(()),
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Gone(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::TooManyRequests(body, headers) => {
                    {
                        let mut collect = rt::Collect::default();
                        let c = &mut collect;
                        super::answers::check_5(body, c);
                        collect.finish()
                    }
                        .and_then(|()| headers.check())
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(_) => Ok(()),
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::WATCH_CHATS__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::WATCH_CHATS__ANSWER_401, body)
                }
                Self::Gone(body) => {
                    rt::check_body(&super::schemas::WATCH_CHATS__ANSWER_410, body)
                }
                Self::TooManyRequests(body, headers) => {
                    rt::check_body(&super::schemas::WATCH_CHATS__ANSWER_429, body)
                        .and_then(|()| headers.check())
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::WATCH_CHATS__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::WATCH_CHATS__ANSWER_503, body)
                }
            }
        }
        /// This answer with each event of a stream checked against the spec as it
        /// leaves (the router calls it when `RouterConfig::validate_responses` is
        /// on): the first event that breaks it is logged and ends the stream.
        pub fn checked_events(self) -> Self {
            #[allow(unreachable_patterns)]
            match self {
                Self::Ok(events) => {
                    Self::Ok(
                        events
                            .checked(
                                "watchChats",
                                &super::schemas::WATCH_CHATS__EVENT_200,
                            ),
                    )
                }
                other => other,
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(events) => rt::sse::answer(200u16, events),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::Gone(body) => rt::answer(410u16, Some(&body)),
                Self::TooManyRequests(body, headers) => {
                    let mut answer = rt::answer(429u16, Some(&body));
                    headers.write(answer.headers_mut());
                    answer
                }
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "watchChats";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                410u16 => Ok(Self::Gone(body)),
                429u16 => {
                    Ok(Self::TooManyRequests(body, ::std::default::Default::default()))
                }
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::WATCH_CHATS__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::WATCH_CHATS__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(410u16),
            &super::schemas::WATCH_CHATS__ANSWER_410,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(429u16),
            &super::schemas::WATCH_CHATS__ANSWER_429,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::WATCH_CHATS__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::WATCH_CHATS__ANSWER_503,
            "application/json",
        ),
    ];
    /// The headers of the 429 answer, as the spec documents them: the router writes each one present (a list comma-separated); with response validation on, each is checked against its schema first.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct TooManyRequestsHeaders {
        /// `Retry-After`: Seconds to wait before trying again.
        pub retry_after: ::std::option::Option<i64>,
    }
    impl TooManyRequestsHeaders {
        fn write(&self, headers: &mut ::axum::http::HeaderMap) {
            use ::server_runtime as rt;
            rt::write_header(headers, "retry-after", &self.retry_after);
        }
        /// Checks each header present: a writable value that satisfies its schema.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            let mut violations = ::std::vec::Vec::new();
            rt::check_header(
                &mut violations,
                "Retry-After",
                Some(&super::schemas::WATCH_CHATS__HEADER_429_RETRY_AFTER),
                &self.retry_after,
            );
            rt::header_violations(violations)
        }
    }
}
///The `getChat` operation: Retrieve a chat.
pub mod get_chat {
    use super::types;
    ///Retrieve a chat
    ///
    ///`GET /api/v1/chats/{id}` (`getChat`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// A UUID v4 string that identifies an entity. Here, the ID of the chat.
        ///
        ///`id` in the path.
        pub id: ::uuid::Uuid,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: Retrieves a chat.
        Ok(types::Chat),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 404: No chat of the caller's workspace has this id (a chat of another workspace is not
        /// found either), or the operation cannot apply to a removed chat.
        NotFound(types::Problem),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 404u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::NotFound(_) => 404u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_7(body, c);
                    collect.finish()
                }
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::NotFound(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::GET_CHAT__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::GET_CHAT__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::GET_CHAT__ANSWER_401, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::GET_CHAT__ANSWER_404, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::GET_CHAT__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::GET_CHAT__ANSWER_503, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "getChat";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                404u16 => Ok(Self::NotFound(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::GET_CHAT__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::GET_CHAT__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::GET_CHAT__ANSWER_404,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::GET_CHAT__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::GET_CHAT__ANSWER_503,
            "application/json",
        ),
    ];
}
///The `removeChat` operation: Remove a chat.
pub mod remove_chat {
    use super::types;
    ///Remove a chat
    ///
    ///`DELETE /api/v1/chats/{id}` (`removeChat`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// A UUID v4 string that identifies an entity. Here, the ID of the chat.
        ///
        ///`id` in the path.
        pub id: ::uuid::Uuid,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The chat was removed.
        Ok(types::MessageResponse),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 404: No chat of the caller's workspace has this id (a chat of another workspace is not
        /// found either), or the operation cannot apply to a removed chat.
        NotFound(types::Problem),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 404u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::NotFound(_) => 404u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(_) => Ok(()),
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::NotFound(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::REMOVE_CHAT__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::REMOVE_CHAT__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::REMOVE_CHAT__ANSWER_401, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::REMOVE_CHAT__ANSWER_404, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::REMOVE_CHAT__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::REMOVE_CHAT__ANSWER_503, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "removeChat";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                404u16 => Ok(Self::NotFound(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::REMOVE_CHAT__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::REMOVE_CHAT__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::REMOVE_CHAT__ANSWER_404,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::REMOVE_CHAT__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::REMOVE_CHAT__ANSWER_503,
            "application/json",
        ),
    ];
}
///The `updateChat` operation: Update a chat.
pub mod update_chat {
    use super::types;
    ///Update a chat
    ///
    ///`PATCH /api/v1/chats/{id}` (`updateChat`)
    #[derive(Clone, Debug, PartialEq)]
    pub struct Request {
        /// A UUID v4 string that identifies an entity. Here, the ID of the chat.
        ///
        ///`id` in the path.
        pub id: ::uuid::Uuid,
        /// The JSON body.
        pub body: types::UpdateChatRequest,
    }
    /// Every answer the spec documents for this operation, one variant per status.
    #[derive(Clone, Debug, PartialEq)]
    pub enum Response {
        /// 200: The chat was updated.
        Ok(types::Chat),
        /// 400: The request is invalid: a parameter or body field has the wrong type, format, value or
        /// bounds, a required one is missing, or the body is not well-formed JSON. `errors` lists
        /// every violation, one entry per field.
        BadRequest(types::Problem),
        /// 401: The `authorization` header is missing, or its API key is unknown or revoked.
        Unauthorized(types::Problem),
        /// 404: No chat of the caller's workspace has this id (a chat of another workspace is not
        /// found either), or the operation cannot apply to a removed chat.
        NotFound(types::Problem),
        /// 413: The request body is larger than 64 KiB.
        PayloadTooLarge(types::Problem),
        /// 415: The request body is not declared as `application/json`.
        UnsupportedMediaType(types::Problem),
        /// 500: An unexpected failure of the server. The body never carries internal details.
        InternalServerError(types::Problem),
        /// 503: The service cannot reach its database right now. Nothing was changed; the request can
        /// be retried.
        ServiceUnavailable(types::Problem),
    }
    impl Response {
        /// The documented statuses, in order.
        pub const STATUSES: &'static [u16] = &[
            200u16, 400u16, 401u16, 404u16, 413u16, 415u16, 500u16, 503u16,
        ];
        /// This answer's status.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok(_) => 200u16,
                Self::BadRequest(_) => 400u16,
                Self::Unauthorized(_) => 401u16,
                Self::NotFound(_) => 404u16,
                Self::PayloadTooLarge(_) => 413u16,
                Self::UnsupportedMediaType(_) => 415u16,
                Self::InternalServerError(_) => 500u16,
                Self::ServiceUnavailable(_) => 503u16,
            }
        }
        /// Checks this answer against the spec: its body against the schema
        /// documented for its status (what the body's Rust type does not already
        /// prove: lengths, patterns, bounds, formats a plain type does not carry),
        /// and a range's or `default`'s status. The router calls it when
        /// `RouterConfig::validate_responses` is on.
        pub fn check(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_7(body, c);
                    collect.finish()
                }
                Self::BadRequest(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::Unauthorized(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::NotFound(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::PayloadTooLarge(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::UnsupportedMediaType(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::InternalServerError(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
                Self::ServiceUnavailable(body) => {
                    let mut collect = rt::Collect::default();
                    let c = &mut collect;
                    super::answers::check_5(body, c);
                    collect.finish()
                }
            }
        }
        /// [`Response::check`] the slow way: the body serialized to JSON and
        /// checked against its schema whole. Debug builds run both.
        pub fn check_serialized(
            &self,
        ) -> ::std::result::Result<
            (),
            ::std::vec::Vec<::server_runtime::ContractViolation>,
        > {
            use ::server_runtime as rt;
            match self {
                Self::Ok(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_200, body)
                }
                Self::BadRequest(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_400, body)
                }
                Self::Unauthorized(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_401, body)
                }
                Self::NotFound(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_404, body)
                }
                Self::PayloadTooLarge(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_413, body)
                }
                Self::UnsupportedMediaType(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_415, body)
                }
                Self::InternalServerError(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_500, body)
                }
                Self::ServiceUnavailable(body) => {
                    rt::check_body(&super::schemas::UPDATE_CHAT__ANSWER_503, body)
                }
            }
        }
    }
    impl ::axum::response::IntoResponse for Response {
        fn into_response(self) -> ::axum::response::Response {
            use ::server_runtime as rt;
            use ::axum::response::IntoResponse as _;
            match self {
                Self::Ok(body) => rt::answer(200u16, Some(&body)),
                Self::BadRequest(body) => rt::answer(400u16, Some(&body)),
                Self::Unauthorized(body) => rt::answer(401u16, Some(&body)),
                Self::NotFound(body) => rt::answer(404u16, Some(&body)),
                Self::PayloadTooLarge(body) => rt::answer(413u16, Some(&body)),
                Self::UnsupportedMediaType(body) => rt::answer(415u16, Some(&body)),
                Self::InternalServerError(body) => rt::answer(500u16, Some(&body)),
                Self::ServiceUnavailable(body) => rt::answer(503u16, Some(&body)),
            }
        }
    }
    impl ::server_runtime::ErrorAnswer<types::Problem> for Response {
        const OPERATION_ID: &'static str = "updateChat";
        fn error_answer(
            status: u16,
            body: types::Problem,
        ) -> ::std::result::Result<Self, types::Problem> {
            match status {
                400u16 => Ok(Self::BadRequest(body)),
                401u16 => Ok(Self::Unauthorized(body)),
                404u16 => Ok(Self::NotFound(body)),
                413u16 => Ok(Self::PayloadTooLarge(body)),
                415u16 => Ok(Self::UnsupportedMediaType(body)),
                500u16 => Ok(Self::InternalServerError(body)),
                503u16 => Ok(Self::ServiceUnavailable(body)),
                _ => Err(body),
            }
        }
        fn internal_error(body: types::Problem) -> Self {
            Self::InternalServerError(body)
        }
    }
    /// The JSON body each error status documents: the router's own refusals (400,
    /// 401, 404, 415, …) take its shape where the spec's error body is another.
    pub const ERROR_BODIES: &[::server_runtime::ErrorBody] = &[
        (
            ::server_runtime::ErrorStatus::Code(400u16),
            &super::schemas::UPDATE_CHAT__ANSWER_400,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(401u16),
            &super::schemas::UPDATE_CHAT__ANSWER_401,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(404u16),
            &super::schemas::UPDATE_CHAT__ANSWER_404,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(413u16),
            &super::schemas::UPDATE_CHAT__ANSWER_413,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(415u16),
            &super::schemas::UPDATE_CHAT__ANSWER_415,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(500u16),
            &super::schemas::UPDATE_CHAT__ANSWER_500,
            "application/json",
        ),
        (
            ::server_runtime::ErrorStatus::Code(503u16),
            &super::schemas::UPDATE_CHAT__ANSWER_503,
            "application/json",
        ),
    ];
}
/// The typed checks of answers: for each component an answer carries, what its Rust
/// type does not prove of its schema, read on the value in place.
pub mod answers {
    #![allow(unused_variables, clippy::needless_borrow)]
    use super::types;
    use ::server_runtime as rt;
    /// What `ChatDetails`'s type does not prove of `ChatDetails`.
    pub fn check_0(value: &types::ChatDetails, c: &mut rt::Collect) {
        let __len11 = c.enter("createdAt");
        let __field10 = &(value).created_at;
        c.year(
            &super::schemas::ANSWER_LEAF_0,
            ::chrono::Datelike::year(__field10),
            __field10,
        );
        c.leave(__len11);
        let __len23 = c.enter("lastMessageCreatedAt");
        let __field22 = &(value).last_message_created_at;
        if let Some(__some24) = __field22 {
            c.year(
                &super::schemas::ANSWER_LEAF_1,
                ::chrono::Datelike::year(__some24),
                __some24,
            );
        }
        c.leave(__len23);
        let __len43 = c.enter("penultimateMessageCreatedAt");
        let __field42 = &(value).penultimate_message_created_at;
        if let Some(__some44) = __field42 {
            c.year(
                &super::schemas::ANSWER_LEAF_2,
                ::chrono::Datelike::year(__some44),
                __some44,
            );
        }
        c.leave(__len43);
    }
    /// What `Problem`'s type does not prove of `Problem`.
    pub fn check_5(value: &types::Problem, c: &mut rt::Collect) {
        let __len15 = c.enter("status");
        let __field14 = &(value).status;
        c.value(&super::schemas::ANSWER_LEAF_3, &::serde_json::Value::from(*__field14));
        c.leave(__len15);
    }
    /// What `Chat`'s type does not prove of `Chat`.
    pub fn check_7(value: &types::Chat, c: &mut rt::Collect) {
        let __len8 = c.enter("createdAt");
        let __field7 = &(value).created_at;
        c.year(
            &super::schemas::ANSWER_LEAF_0,
            ::chrono::Datelike::year(__field7),
            __field7,
        );
        c.leave(__len8);
        let __len17 = c.enter("lastChatMessageCreatedAt");
        let __field16 = &(value).last_chat_message_created_at;
        if let Some(__some18) = __field16 {
            c.year(
                &super::schemas::ANSWER_LEAF_1,
                ::chrono::Datelike::year(__some18),
                __some18,
            );
        }
        c.leave(__len17);
        let __len27 = c.enter("updatedAt");
        let __field26 = &(value).updated_at;
        c.year(
            &super::schemas::ANSWER_LEAF_4,
            ::chrono::Datelike::year(__field26),
            __field26,
        );
        c.leave(__len27);
    }
}
/// The spec this server was generated from, byte for byte (for a spec written in
/// several files, their bundle).
pub const OPENAPI_YAML: &str = include_str!("openapi.yaml");
/// The spec rendered as JSON.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
/// An operation of the spec as the router serves it. Every answer of its route
/// carries it, as `&'static OperationInfo`, in the response's extensions: a layer
/// outside the router reads which operation answered without looking it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperationInfo {
    pub operation_id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    /// Every status the operation can answer, as documented.
    pub statuses: &'static [u16],
    /// Its place in [`OPERATIONS`].
    pub index: usize,
    /// `deprecated: true`: its dates, replacement and the headers its answers
    /// carry (`Deprecation`, `Sunset`, `Link`).
    pub deprecation: ::std::option::Option<rt::Deprecation>,
    /// `x-stability`: `alpha`, `beta` or `stable`.
    pub stability: &'static str,
}
/// Every operation, in the spec's order.
pub const OPERATIONS: &[OperationInfo] = &[
    OperationInfo {
        operation_id: "getChatDetails",
        method: "GET",
        path: "/api/v1/chats/{id}/details",
        statuses: get_chat_details::Response::STATUSES,
        index: 0usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "listChatDetails",
        method: "GET",
        path: "/api/v1/chats/details",
        statuses: list_chat_details::Response::STATUSES,
        index: 1usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "listChats",
        method: "GET",
        path: "/api/v1/chats",
        statuses: list_chats::Response::STATUSES,
        index: 2usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "createChat",
        method: "POST",
        path: "/api/v1/chats",
        statuses: create_chat::Response::STATUSES,
        index: 3usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "watchChats",
        method: "GET",
        path: "/api/v1/chats/events",
        statuses: watch_chats::Response::STATUSES,
        index: 4usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "getChat",
        method: "GET",
        path: "/api/v1/chats/{id}",
        statuses: get_chat::Response::STATUSES,
        index: 5usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "removeChat",
        method: "DELETE",
        path: "/api/v1/chats/{id}",
        statuses: remove_chat::Response::STATUSES,
        index: 6usize,
        deprecation: None,
        stability: "stable",
    },
    OperationInfo {
        operation_id: "updateChat",
        method: "PATCH",
        path: "/api/v1/chats/{id}",
        statuses: update_chat::Response::STATUSES,
        index: 7usize,
        deprecation: None,
        stability: "stable",
    },
];
/// The members of the error schema the router fills from a rejection.
pub const ERROR_MEMBERS: &[&str] = &["type", "title", "status", "detail", "errors"];
impl ::std::convert::From<&rt::Rejection> for types::Problem {
    /// The error body for a rejection; the generator checked that the error
    /// schema's members are exactly ones a rejection fills.
    fn from(rejection: &rt::Rejection) -> Self {
        rejection
            .to_body(ERROR_MEMBERS)
            .expect("the error schema was checked at generation time")
    }
}
/// The router for any implementation, with the default [`rt::RouterConfig`].
pub fn router<A: ChatsApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    router_with_config(api, rt::RouterConfig::default())
}
/// The router: every path and method of the spec, `/openapi.yaml` and
/// `/openapi.json`; 404 for other paths and 405 for other methods, with the
/// error body.
pub fn router_with_config<A: ChatsApi>(
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
) -> ::axum::Router {
    ::axum::Router::new()
        .route(
            "/api/v1/chats",
            ::axum::routing::get(handle_list_chats::<A>).post(handle_create_chat::<A>),
        )
        .route(
            "/api/v1/chats/details",
            ::axum::routing::get(handle_list_chat_details::<A>),
        )
        .route("/api/v1/chats/events", ::axum::routing::get(handle_watch_chats::<A>))
        .route(
            "/api/v1/chats/{id}",
            ::axum::routing::get(handle_get_chat::<A>)
                .delete(handle_remove_chat::<A>)
                .patch(handle_update_chat::<A>),
        )
        .route(
            "/api/v1/chats/{id}/details",
            ::axum::routing::get(handle_get_chat_details::<A>),
        )
        .route(
            "/openapi.yaml",
            ::axum::routing::get(|| async {
                rt::document_response("application/yaml", OPENAPI_YAML)
            }),
        )
        .route(
            "/openapi.json",
            ::axum::routing::get(|| async {
                rt::document_response("application/json", OPENAPI_JSON)
            }),
        )
        .fallback(|| async {
            reject(rt::Rejection::new(rt::ProblemKind::NotFound, "No such path."))
        })
        .method_not_allowed_fallback(|| async {
            reject(
                rt::Rejection::new(
                    rt::ProblemKind::MethodNotAllowed,
                    "This path does not answer this method.",
                ),
            )
        })
        .with_state(State { api, config })
}
/// Shared by every handler.
struct State<A> {
    api: ::std::sync::Arc<A>,
    config: rt::RouterConfig,
}
impl<A> Clone for State<A> {
    fn clone(&self) -> Self {
        Self {
            api: self.api.clone(),
            config: self.config,
        }
    }
}
/// Answers a rejection with the spec's error body.
fn reject(rejection: rt::Rejection) -> ::axum::response::Response {
    reject_as(rejection, &[])
}
/// Answers a rejection with the spec's error body, in the shape the operation
/// documents for its status (`bodies`) where that is another.
fn reject_as(
    rejection: rt::Rejection,
    bodies: &[rt::ErrorBody],
) -> ::axum::response::Response {
    let body: ::serde_json::Value = match rejection
        .to_body::<types::Problem>(ERROR_MEMBERS)
        .and_then(|body| ::serde_json::to_value(&body).ok())
    {
        Some(body) => body,
        None => rejection.to_json(),
    };
    rt::fitted_answer(&rejection, body, bodies)
}
static GET_CHAT_DETAILS__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_get_chat_details<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_chat_details::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &GET_CHAT_DETAILS__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let __query = rt::Query::parse(__parts.uri.query());
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                ::uuid::Uuid,
            >(
                &mut __violations,
                "path.id",
                &raw,
                &schemas::GET_CHAT_DETAILS__PATH_ID,
                None,
            )
        };
        let responder_version_id = {
            let raw = __query.values("responderVersionId");
            rt::optional_param::<
                ::std::string::String,
            >(
                &mut __violations,
                "query.responderVersionId",
                &raw,
                &schemas::GET_CHAT_DETAILS__QUERY_RESPONDER_VERSION_ID,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id), Some(responder_version_id)) = (id, responder_version_id) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_chat_details::Request {
            id,
            responder_version_id,
        };
        let __answer = __state.api.get_chat_details(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getChatDetails", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[0usize]);
    __response
}
static LIST_CHAT_DETAILS__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_list_chat_details<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_chat_details::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &LIST_CHAT_DETAILS__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let channel_ids = {
            let raw = __query.values("channelIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.channelIds",
                &raw,
                &schemas::LIST_CHAT_DETAILS__QUERY_CHANNEL_IDS,
                Some("[]"),
            )
        };
        let cursor = {
            let raw = __query.values("cursor");
            rt::optional_param::<
                types::ListChatDetailsCursor,
            >(
                &mut __violations,
                "query.cursor",
                &raw,
                &schemas::LIST_CHAT_DETAILS__QUERY_CURSOR,
            )
        };
        let page_number = {
            let raw = __query.values("pageNumber");
            rt::param::<
                ::std::num::NonZeroU64,
            >(
                &mut __violations,
                "query.pageNumber",
                &raw,
                &schemas::LIST_CHAT_DETAILS__QUERY_PAGE_NUMBER,
                Some("1"),
            )
        };
        let page_size = {
            let raw = __query.values("pageSize");
            rt::param::<
                ::std::num::NonZeroU64,
            >(
                &mut __violations,
                "query.pageSize",
                &raw,
                &schemas::LIST_CHAT_DETAILS__QUERY_PAGE_SIZE,
                Some("10"),
            )
        };
        let responder_ids = {
            let raw = __query.values("responderIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.responderIds",
                &raw,
                &schemas::LIST_CHAT_DETAILS__QUERY_RESPONDER_IDS,
                Some("[]"),
            )
        };
        let responder_version_ids = {
            let raw = __query.values("responderVersionIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.responderVersionIds",
                &raw,
                &schemas::LIST_CHAT_DETAILS__QUERY_RESPONDER_VERSION_IDS,
                Some("[]"),
            )
        };
        let search = {
            let raw = __query.values("search");
            rt::optional_param::<
                types::ListChatDetailsSearch,
            >(
                &mut __violations,
                "query.search",
                &raw,
                &schemas::LIST_CHAT_DETAILS__QUERY_SEARCH,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (
            Some(channel_ids),
            Some(cursor),
            Some(page_number),
            Some(page_size),
            Some(responder_ids),
            Some(responder_version_ids),
            Some(search),
        ) = (
            channel_ids,
            cursor,
            page_number,
            page_size,
            responder_ids,
            responder_version_ids,
            search,
        ) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = list_chat_details::Request {
            channel_ids,
            cursor,
            page_number,
            page_size,
            responder_ids,
            responder_version_ids,
            search,
        };
        let __answer = __state.api.list_chat_details(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract(
                        "listChatDetails",
                        __answer.status(),
                        &violations,
                    ),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[1usize]);
    __response
}
static LIST_CHATS__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_list_chats<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            list_chats::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &LIST_CHATS__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let channel_ids = {
            let raw = __query.values("channelIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.channelIds",
                &raw,
                &schemas::LIST_CHATS__QUERY_CHANNEL_IDS,
                Some("[]"),
            )
        };
        let channel_types = {
            let raw = __query.values("channelTypes");
            rt::param::<
                ::std::vec::Vec<types::ChannelType>,
            >(
                &mut __violations,
                "query.channelTypes",
                &raw,
                &schemas::LIST_CHATS__QUERY_CHANNEL_TYPES,
                Some("[\"widget\",\"waha\",\"whatsapp\",\"instagram\",\"api\"]"),
            )
        };
        let last_chat_message_created_at_end = {
            let raw = __query.values("lastChatMessageCreatedAtEnd");
            rt::optional_param::<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            >(
                    &mut __violations,
                    "query.lastChatMessageCreatedAtEnd",
                    &raw,
                    &schemas::LIST_CHATS__QUERY_LAST_CHAT_MESSAGE_CREATED_AT_END,
                )
                .map(::std::option::Option::flatten)
        };
        let last_chat_message_created_at_start = {
            let raw = __query.values("lastChatMessageCreatedAtStart");
            rt::optional_param::<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            >(
                    &mut __violations,
                    "query.lastChatMessageCreatedAtStart",
                    &raw,
                    &schemas::LIST_CHATS__QUERY_LAST_CHAT_MESSAGE_CREATED_AT_START,
                )
                .map(::std::option::Option::flatten)
        };
        let cursor = {
            let raw = __query.values("cursor");
            rt::optional_param::<
                types::ListChatsCursor,
            >(
                &mut __violations,
                "query.cursor",
                &raw,
                &schemas::LIST_CHATS__QUERY_CURSOR,
            )
        };
        let owner_ids = {
            let raw = __query.values("ownerIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.ownerIds",
                &raw,
                &schemas::LIST_CHATS__QUERY_OWNER_IDS,
                Some("[]"),
            )
        };
        let page_number = {
            let raw = __query.values("pageNumber");
            rt::param::<
                ::std::num::NonZeroU64,
            >(
                &mut __violations,
                "query.pageNumber",
                &raw,
                &schemas::LIST_CHATS__QUERY_PAGE_NUMBER,
                Some("1"),
            )
        };
        let page_size = {
            let raw = __query.values("pageSize");
            rt::param::<
                ::std::num::NonZeroU64,
            >(
                &mut __violations,
                "query.pageSize",
                &raw,
                &schemas::LIST_CHATS__QUERY_PAGE_SIZE,
                Some("10"),
            )
        };
        let responder_ids = {
            let raw = __query.values("responderIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.responderIds",
                &raw,
                &schemas::LIST_CHATS__QUERY_RESPONDER_IDS,
                Some("[]"),
            )
        };
        let responder_version_ids = {
            let raw = __query.values("responderVersionIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.responderVersionIds",
                &raw,
                &schemas::LIST_CHATS__QUERY_RESPONDER_VERSION_IDS,
                Some("[]"),
            )
        };
        let search = {
            let raw = __query.values("search");
            rt::optional_param::<
                types::ListChatsSearch,
            >(
                &mut __violations,
                "query.search",
                &raw,
                &schemas::LIST_CHATS__QUERY_SEARCH,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (
            Some(channel_ids),
            Some(channel_types),
            Some(last_chat_message_created_at_end),
            Some(last_chat_message_created_at_start),
            Some(cursor),
            Some(owner_ids),
            Some(page_number),
            Some(page_size),
            Some(responder_ids),
            Some(responder_version_ids),
            Some(search),
        ) = (
            channel_ids,
            channel_types,
            last_chat_message_created_at_end,
            last_chat_message_created_at_start,
            cursor,
            owner_ids,
            page_number,
            page_size,
            responder_ids,
            responder_version_ids,
            search,
        ) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = list_chats::Request {
            channel_ids,
            channel_types,
            last_chat_message_created_at_end,
            last_chat_message_created_at_start,
            cursor,
            owner_ids,
            page_number,
            page_size,
            responder_ids,
            responder_version_ids,
            search,
        };
        let __answer = __state.api.list_chats(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("listChats", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[2usize]);
    __response
}
static CREATE_CHAT__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_create_chat<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            create_chat::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &CREATE_CHAT__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::CREATE_CHAT__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let idempotency_key = {
            let raw = rt::header_values(
                &__parts.headers,
                "Idempotency-Key",
                &mut __violations,
            );
            rt::optional_param::<
                types::CreateChatIdempotencyKey,
            >(
                &mut __violations,
                "header.Idempotency-Key",
                &raw,
                &schemas::CREATE_CHAT__HEADER_IDEMPOTENCY_KEY,
            )
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::CreateChatRequest,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(idempotency_key), Some(body)) = (idempotency_key, body) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = create_chat::Request {
            idempotency_key,
            body,
        };
        let __answer = __state.api.create_chat(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("createChat", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[3usize]);
    __response
}
static WATCH_CHATS__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_watch_chats<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            watch_chats::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &WATCH_CHATS__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __query = rt::Query::parse(__parts.uri.query());
        let channel_ids = {
            let raw = __query.values("channelIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.channelIds",
                &raw,
                &schemas::WATCH_CHATS__QUERY_CHANNEL_IDS,
                Some("[]"),
            )
        };
        let owner_ids = {
            let raw = __query.values("ownerIds");
            rt::param::<
                ::std::vec::Vec<::uuid::Uuid>,
            >(
                &mut __violations,
                "query.ownerIds",
                &raw,
                &schemas::WATCH_CHATS__QUERY_OWNER_IDS,
                Some("[]"),
            )
        };
        let last_event_id = {
            let raw = rt::header_values(
                &__parts.headers,
                "Last-Event-ID",
                &mut __violations,
            );
            rt::optional_param::<
                types::WatchChatsLastEventId,
            >(
                &mut __violations,
                "header.Last-Event-ID",
                &raw,
                &schemas::WATCH_CHATS__HEADER_LAST_EVENT_ID,
            )
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(channel_ids), Some(owner_ids), Some(last_event_id)) = (
            channel_ids,
            owner_ids,
            last_event_id,
        ) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = watch_chats::Request {
            channel_ids,
            owner_ids,
            last_event_id,
        };
        let __answer = __state.api.watch_chats(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("watchChats", __answer.status(), &violations),
                );
            }
        }
        let __answer = if __state.config.validate_responses {
            __answer.checked_events()
        } else {
            __answer
        };
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[4usize]);
    __response
}
static GET_CHAT__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_get_chat<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            get_chat::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &GET_CHAT__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                ::uuid::Uuid,
            >(&mut __violations, "path.id", &raw, &schemas::GET_CHAT__PATH_ID, None)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id),) = (id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = get_chat::Request { id };
        let __answer = __state.api.get_chat(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("getChat", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[5usize]);
    __response
}
static REMOVE_CHAT__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_remove_chat<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            remove_chat::ERROR_BODIES,
        );
        let (mut __parts, _body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &REMOVE_CHAT__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                ::uuid::Uuid,
            >(&mut __violations, "path.id", &raw, &schemas::REMOVE_CHAT__PATH_ID, None)
        };
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id),) = (id,) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = remove_chat::Request { id };
        let __answer = __state.api.remove_chat(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("removeChat", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[6usize]);
    __response
}
static UPDATE_CHAT__SECURITY: rt::Requirements = rt::Requirements {
    schemes: SECURITY_SCHEMES,
    alternatives: &[&[0usize]],
    missing: "The authorization header is missing.",
};
async fn handle_update_chat<A: ChatsApi>(
    ::axum::extract::State(__state): ::axum::extract::State<State<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let mut __response: ::axum::response::Response = async move {
        let reject = |rejection: rt::Rejection| reject_as(
            rejection,
            update_chat::ERROR_BODIES,
        );
        let (mut __parts, body) = request.into_parts();
        let __context = match rt::authenticate(
                &__parts.headers,
                __parts.uri.query(),
                &UPDATE_CHAT__SECURITY,
                credential,
                |credential| __state.api.authenticate(credential),
            )
            .await
        {
            Ok(context) => context,
            Err(rejection) => return reject(rejection),
        };
        let mut __violations = rt::Violations::default();
        let body = match rt::json_body(
                &mut __violations,
                &__parts.headers,
                body,
                __state.config.max_body_bytes,
                true,
                &schemas::UPDATE_CHAT__BODY,
            )
            .await
        {
            Ok(body) => body,
            Err(rejection) => return reject(rejection),
        };
        let __path_values = match rt::path_values(&mut __parts).await {
            Ok(values) => values,
            Err(rejection) => return reject(rejection),
        };
        let id = {
            let raw = rt::path_value(&__path_values, "id");
            rt::param::<
                ::uuid::Uuid,
            >(&mut __violations, "path.id", &raw, &schemas::UPDATE_CHAT__PATH_ID, None)
        };
        let body = body
            .and_then(|body| rt::typed::<
                types::UpdateChatRequest,
            >(&mut __violations, "body", body));
        if !__violations.is_empty() {
            return reject(rt::Rejection::from(__violations));
        }
        let (Some(id), Some(body)) = (id, body) else {
            return reject(rt::Rejection::from(__violations));
        };
        let request = update_chat::Request { id, body };
        let __answer = __state.api.update_chat(__context, request).await;
        if __state.config.validate_responses {
            let __checked = __answer.check();
            #[cfg(debug_assertions)]
            let __checked = __checked
                .and_then(|()| {
                    __answer.check_serialized().map_err(rt::missed_by_types)
                });
            if let Err(violations) = __checked {
                return reject(
                    rt::broken_contract("updateChat", __answer.status(), &violations),
                );
            }
        }
        __answer.into_response()
    }
        .await;
    __response.extensions_mut().insert(&OPERATIONS[7usize]);
    __response
}
/// A mock of the whole API, from the spec alone: every operation answers its
/// first documented success with the response's first example, else a value made
/// from its schema (the same request, the same value). `Prefer: code=404` picks
/// another documented status and `Prefer: example=name` a named example; an
/// undocumented one answers 400 naming those documented. Requests go through the
/// same router as a real implementation's: validated, authenticated, and the
/// mock's answers checked against the spec.
pub mod mock {
    use super::*;
    /// The mock implementation; serve it with [`router`].
    #[derive(Clone, Copy, Debug, Default)]
    pub struct Mock;
    impl ChatsApi for Mock {
        type Context = ();
        /// Any non-empty credential is accepted (the router answers 401 when a
        /// request has none), and `mutualTLS`'s empty one.
        async fn authenticate(
            &self,
            credential: Credential,
        ) -> ::std::result::Result<(), rt::AuthError> {
            #[allow(unreachable_patterns)]
            match &credential {
                Credential::ApiKey(value) if value.is_empty() => {
                    Err(rt::AuthError::Rejected)
                }
                _ => Ok(()),
            }
        }
        async fn get_chat_details(
            &self,
            _context: Self::Context,
            request: get_chat_details::Request,
        ) -> get_chat_details::Response {
            let __facts = rt::mock::Facts::new().echo("id", &request.id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_chat_details::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    get_chat_details::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    get_chat_details::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    get_chat_details::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_404),
                            &[
                                (
                                    "notFound",
                                    "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No chat with this id exists.\",\"errors\":[]}",
                                ),
                            ],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                422u16 => {
                    get_chat_details::Response::UnprocessableEntity(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_422),
                            &[
                                (
                                    "unknownReference",
                                    "{\"type\":\"/problems/unknown-reference\",\"title\":\"Unknown reference\",\"status\":422,\"detail\":\"The request refers to something that does not exist.\",\"errors\":[{\"location\":\"body.ownerId\",\"code\":\"not_found\",\"message\":\"no user or external user of this workspace has this id\"}]}",
                                ),
                                (
                                    "idempotencyKeyReused",
                                    "{\"type\":\"/problems/idempotency-key-reused\",\"title\":\"Idempotency key reused\",\"status\":422,\"detail\":\"This Idempotency-Key was sent with another request body in the last 24 hours.\",\"errors\":[{\"location\":\"header.idempotency-key\",\"code\":\"reused\",\"message\":\"was sent with another request body\"}]}",
                                ),
                            ],
                            422u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    get_chat_details::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    get_chat_details::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_chat_details::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT_DETAILS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn list_chat_details(
            &self,
            _context: Self::Context,
            request: list_chat_details::Request,
        ) -> list_chat_details::Response {
            let __facts = rt::mock::Facts::new()
                .cursor_page(&request.cursor, &request.page_size, Some(10u64));
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_chat_details::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHAT_DETAILS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                        list_chat_details::OkHeaders {
                            link: __facts.next_link("/api/v1/chats/details", "cursor"),
                        },
                    )
                }
                400u16 => {
                    list_chat_details::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHAT_DETAILS__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    list_chat_details::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHAT_DETAILS__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                422u16 => {
                    list_chat_details::Response::UnprocessableEntity(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHAT_DETAILS__ANSWER_422),
                            &[
                                (
                                    "unknownReference",
                                    "{\"type\":\"/problems/unknown-reference\",\"title\":\"Unknown reference\",\"status\":422,\"detail\":\"The request refers to something that does not exist.\",\"errors\":[{\"location\":\"body.ownerId\",\"code\":\"not_found\",\"message\":\"no user or external user of this workspace has this id\"}]}",
                                ),
                                (
                                    "idempotencyKeyReused",
                                    "{\"type\":\"/problems/idempotency-key-reused\",\"title\":\"Idempotency key reused\",\"status\":422,\"detail\":\"This Idempotency-Key was sent with another request body in the last 24 hours.\",\"errors\":[{\"location\":\"header.idempotency-key\",\"code\":\"reused\",\"message\":\"was sent with another request body\"}]}",
                                ),
                            ],
                            422u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    list_chat_details::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHAT_DETAILS__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    list_chat_details::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHAT_DETAILS__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_chat_details::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHAT_DETAILS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                        list_chat_details::OkHeaders {
                            link: __facts.next_link("/api/v1/chats/details", "cursor"),
                        },
                    )
                }
            }
        }
        async fn list_chats(
            &self,
            _context: Self::Context,
            request: list_chats::Request,
        ) -> list_chats::Response {
            let __facts = rt::mock::Facts::new()
                .cursor_page(&request.cursor, &request.page_size, Some(10u64));
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    list_chats::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHATS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                        list_chats::OkHeaders {
                            link: __facts.next_link("/api/v1/chats", "cursor"),
                        },
                    )
                }
                400u16 => {
                    list_chats::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHATS__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    list_chats::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHATS__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                422u16 => {
                    list_chats::Response::UnprocessableEntity(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHATS__ANSWER_422),
                            &[
                                (
                                    "unknownReference",
                                    "{\"type\":\"/problems/unknown-reference\",\"title\":\"Unknown reference\",\"status\":422,\"detail\":\"The request refers to something that does not exist.\",\"errors\":[{\"location\":\"body.ownerId\",\"code\":\"not_found\",\"message\":\"no user or external user of this workspace has this id\"}]}",
                                ),
                                (
                                    "idempotencyKeyReused",
                                    "{\"type\":\"/problems/idempotency-key-reused\",\"title\":\"Idempotency key reused\",\"status\":422,\"detail\":\"This Idempotency-Key was sent with another request body in the last 24 hours.\",\"errors\":[{\"location\":\"header.idempotency-key\",\"code\":\"reused\",\"message\":\"was sent with another request body\"}]}",
                                ),
                            ],
                            422u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    list_chats::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHATS__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    list_chats::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHATS__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    list_chats::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::LIST_CHATS__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                        list_chats::OkHeaders {
                            link: __facts.next_link("/api/v1/chats", "cursor"),
                        },
                    )
                }
            }
        }
        async fn create_chat(
            &self,
            _context: Self::Context,
            _request: create_chat::Request,
        ) -> create_chat::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    create_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    create_chat::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    create_chat::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                409u16 => {
                    create_chat::Response::Conflict(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_409),
                            &[
                                (
                                    "idempotencyKeyInUse",
                                    "{\"type\":\"/problems/idempotency-key-in-use\",\"title\":\"Idempotency key in use\",\"status\":409,\"detail\":\"A request with this Idempotency-Key is still being processed; retry after it ends.\",\"errors\":[]}",
                                ),
                            ],
                            409u16,
                            &__facts,
                        ),
                    )
                }
                413u16 => {
                    create_chat::Response::PayloadTooLarge(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_413),
                            &[
                                (
                                    "payloadTooLarge",
                                    "{\"type\":\"/problems/payload-too-large\",\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The request body is larger than 65536 bytes.\",\"errors\":[]}",
                                ),
                            ],
                            413u16,
                            &__facts,
                        ),
                    )
                }
                415u16 => {
                    create_chat::Response::UnsupportedMediaType(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_415),
                            &[
                                (
                                    "unsupportedMediaType",
                                    "{\"type\":\"/problems/unsupported-media-type\",\"title\":\"Unsupported media type\",\"status\":415,\"detail\":\"The request body must be application/json.\",\"errors\":[]}",
                                ),
                            ],
                            415u16,
                            &__facts,
                        ),
                    )
                }
                422u16 => {
                    create_chat::Response::UnprocessableEntity(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_422),
                            &[
                                (
                                    "unknownReference",
                                    "{\"type\":\"/problems/unknown-reference\",\"title\":\"Unknown reference\",\"status\":422,\"detail\":\"The request refers to something that does not exist.\",\"errors\":[{\"location\":\"body.ownerId\",\"code\":\"not_found\",\"message\":\"no user or external user of this workspace has this id\"}]}",
                                ),
                                (
                                    "idempotencyKeyReused",
                                    "{\"type\":\"/problems/idempotency-key-reused\",\"title\":\"Idempotency key reused\",\"status\":422,\"detail\":\"This Idempotency-Key was sent with another request body in the last 24 hours.\",\"errors\":[{\"location\":\"header.idempotency-key\",\"code\":\"reused\",\"message\":\"was sent with another request body\"}]}",
                                ),
                            ],
                            422u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    create_chat::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    create_chat::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    create_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::CREATE_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn watch_chats(
            &self,
            _context: Self::Context,
            request: watch_chats::Request,
        ) -> watch_chats::Response {
            let __facts = rt::mock::Facts::new();
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    watch_chats::Response::Ok(
                        rt::mock::events(
                            Some(&super::schemas::WATCH_CHATS__EVENT_200),
                            &["chat.created", "chat.updated", "chat.removed"],
                            rt::sse::last_event_id(&request.last_event_id).as_deref(),
                        ),
                    )
                }
                400u16 => {
                    watch_chats::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::WATCH_CHATS__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    watch_chats::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::WATCH_CHATS__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                410u16 => {
                    watch_chats::Response::Gone(
                        rt::mock::typed(
                            Some(&super::schemas::WATCH_CHATS__ANSWER_410),
                            &[
                                (
                                    "eventsExpired",
                                    "{\"type\":\"/problems/events-expired\",\"title\":\"Events expired\",\"status\":410,\"detail\":\"Events after this Last-Event-ID are no longer kept; list the chats again.\",\"errors\":[{\"location\":\"header.last-event-id\",\"code\":\"expired\",\"message\":\"is older than the 24 hours events are kept\"}]}",
                                ),
                            ],
                            410u16,
                            &__facts,
                        ),
                    )
                }
                429u16 => {
                    watch_chats::Response::TooManyRequests(
                        rt::mock::typed(
                            Some(&super::schemas::WATCH_CHATS__ANSWER_429),
                            &[
                                (
                                    "tooManyStreams",
                                    "{\"type\":\"/problems/too-many-streams\",\"title\":\"Too many streams\",\"status\":429,\"detail\":\"This API key has 16 open streams; close one or retry later.\",\"errors\":[]}",
                                ),
                            ],
                            429u16,
                            &__facts,
                        ),
                        watch_chats::TooManyRequestsHeaders {
                            retry_after: ::std::option::Option::None,
                        },
                    )
                }
                500u16 => {
                    watch_chats::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::WATCH_CHATS__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    watch_chats::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::WATCH_CHATS__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    watch_chats::Response::Ok(
                        rt::mock::events(
                            Some(&super::schemas::WATCH_CHATS__EVENT_200),
                            &["chat.created", "chat.updated", "chat.removed"],
                            rt::sse::last_event_id(&request.last_event_id).as_deref(),
                        ),
                    )
                }
            }
        }
        async fn get_chat(
            &self,
            _context: Self::Context,
            request: get_chat::Request,
        ) -> get_chat::Response {
            let __facts = rt::mock::Facts::new().echo("id", &request.id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    get_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    get_chat::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    get_chat::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    get_chat::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT__ANSWER_404),
                            &[
                                (
                                    "notFound",
                                    "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No chat with this id exists.\",\"errors\":[]}",
                                ),
                            ],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    get_chat::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    get_chat::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    get_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::GET_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn remove_chat(
            &self,
            _context: Self::Context,
            request: remove_chat::Request,
        ) -> remove_chat::Response {
            let __facts = rt::mock::Facts::new().echo("id", &request.id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    remove_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    remove_chat::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_CHAT__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    remove_chat::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_CHAT__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    remove_chat::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_CHAT__ANSWER_404),
                            &[
                                (
                                    "notFound",
                                    "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No chat with this id exists.\",\"errors\":[]}",
                                ),
                            ],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    remove_chat::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_CHAT__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    remove_chat::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_CHAT__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    remove_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::REMOVE_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
        async fn update_chat(
            &self,
            _context: Self::Context,
            request: update_chat::Request,
        ) -> update_chat::Response {
            let __facts = rt::mock::Facts::new().echo("id", &request.id);
            match rt::mock::choice().code.unwrap_or(200u16) {
                200u16 => {
                    update_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
                400u16 => {
                    update_chat::Response::BadRequest(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_400),
                            &[
                                (
                                    "invalidInput",
                                    "{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\"The request has 2 invalid fields.\",\"errors\":[{\"location\":\"query.pageSize\",\"code\":\"maximum\",\"message\":\"must be at most 100\"},{\"location\":\"query.channelIds[0]\",\"code\":\"format\",\"message\":\"must be a UUID (8-4-4-4-12 hexadecimal digits)\"}]}",
                                ),
                            ],
                            400u16,
                            &__facts,
                        ),
                    )
                }
                401u16 => {
                    update_chat::Response::Unauthorized(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_401),
                            &[
                                (
                                    "unauthorized",
                                    "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The authorization header is missing.\",\"errors\":[]}",
                                ),
                            ],
                            401u16,
                            &__facts,
                        ),
                    )
                }
                404u16 => {
                    update_chat::Response::NotFound(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_404),
                            &[
                                (
                                    "notFound",
                                    "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No chat with this id exists.\",\"errors\":[]}",
                                ),
                            ],
                            404u16,
                            &__facts,
                        ),
                    )
                }
                413u16 => {
                    update_chat::Response::PayloadTooLarge(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_413),
                            &[
                                (
                                    "payloadTooLarge",
                                    "{\"type\":\"/problems/payload-too-large\",\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The request body is larger than 65536 bytes.\",\"errors\":[]}",
                                ),
                            ],
                            413u16,
                            &__facts,
                        ),
                    )
                }
                415u16 => {
                    update_chat::Response::UnsupportedMediaType(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_415),
                            &[
                                (
                                    "unsupportedMediaType",
                                    "{\"type\":\"/problems/unsupported-media-type\",\"title\":\"Unsupported media type\",\"status\":415,\"detail\":\"The request body must be application/json.\",\"errors\":[]}",
                                ),
                            ],
                            415u16,
                            &__facts,
                        ),
                    )
                }
                500u16 => {
                    update_chat::Response::InternalServerError(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_500),
                            &[
                                (
                                    "internal",
                                    "{\"type\":\"/problems/internal\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected error occurred.\",\"errors\":[]}",
                                ),
                            ],
                            500u16,
                            &__facts,
                        ),
                    )
                }
                503u16 => {
                    update_chat::Response::ServiceUnavailable(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_503),
                            &[
                                (
                                    "unavailable",
                                    "{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The database is unavailable; retry later.\",\"errors\":[]}",
                                ),
                            ],
                            503u16,
                            &__facts,
                        ),
                    )
                }
                _ => {
                    update_chat::Response::Ok(
                        rt::mock::typed(
                            Some(&super::schemas::UPDATE_CHAT__ANSWER_200),
                            &[],
                            200u16,
                            &__facts,
                        ),
                    )
                }
            }
        }
    }
    /// Every operation's documented answers and their examples.
    pub const DOCUMENTED: &[rt::mock::Documented] = &[
        rt::mock::Documented {
            method: "GET",
            path: "/api/v1/chats/{id}/details",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("404", &["notFound"]),
                ("422", &["unknownReference", "idempotencyKeyReused"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/api/v1/chats/details",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("422", &["unknownReference", "idempotencyKeyReused"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/api/v1/chats",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("422", &["unknownReference", "idempotencyKeyReused"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "POST",
            path: "/api/v1/chats",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("409", &["idempotencyKeyInUse"]),
                ("413", &["payloadTooLarge"]),
                ("415", &["unsupportedMediaType"]),
                ("422", &["unknownReference", "idempotencyKeyReused"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/api/v1/chats/events",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("410", &["eventsExpired"]),
                ("429", &["tooManyStreams"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "GET",
            path: "/api/v1/chats/{id}",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("404", &["notFound"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "DELETE",
            path: "/api/v1/chats/{id}",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("404", &["notFound"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
        rt::mock::Documented {
            method: "PATCH",
            path: "/api/v1/chats/{id}",
            responses: &[
                ("200", &[]),
                ("400", &["invalidInput"]),
                ("401", &["unauthorized"]),
                ("404", &["notFound"]),
                ("413", &["payloadTooLarge"]),
                ("415", &["unsupportedMediaType"]),
                ("500", &["internal"]),
                ("503", &["unavailable"]),
            ],
            default_code: 200u16,
        },
    ];
    /// The mock behind the generated router, seed 0.
    pub fn router() -> ::axum::Router {
        router_with_seed(0)
    }
    /// The mock behind the generated router; `seed` varies the values made from
    /// schemas (examples stay as written).
    pub fn router_with_seed(seed: u64) -> ::axum::Router {
        rt::mock::layer(
            super::router(::std::sync::Arc::new(Mock)),
            seed,
            DOCUMENTED,
            super::reject,
        )
    }
}
/// Proptest strategies, one per schema of the spec with a type of its own: values
/// the spec allows, made from a seed (the mock's maker), for an implementation to
/// property-test itself with. Behind the crate's `proptest` feature.
#[cfg(feature = "proptest")]
pub mod strategies {
    use super::*;
    /// `ChannelType`: values the spec allows (every constraint the router checks).
    pub fn channel_type() -> impl ::proptest::strategy::Strategy<
        Value = types::ChannelType,
    > {
        rt::strategy::of(&schemas::CHANNEL_TYPE)
    }
    /// `ResponderEntity`: values the spec allows (every constraint the router checks).
    pub fn responder_entity() -> impl ::proptest::strategy::Strategy<
        Value = types::ResponderEntity,
    > {
        rt::strategy::of(&schemas::RESPONDER_ENTITY)
    }
    /// `MessageRole`: values the spec allows (every constraint the router checks).
    pub fn message_role() -> impl ::proptest::strategy::Strategy<
        Value = types::MessageRole,
    > {
        rt::strategy::of(&schemas::MESSAGE_ROLE)
    }
    /// `TicketStatus`: values the spec allows (every constraint the router checks).
    pub fn ticket_status() -> impl ::proptest::strategy::Strategy<
        Value = types::TicketStatus,
    > {
        rt::strategy::of(&schemas::TICKET_STATUS)
    }
    /// `Chat`: values the spec allows (every constraint the router checks).
    pub fn chat() -> impl ::proptest::strategy::Strategy<Value = types::Chat> {
        rt::strategy::of(&schemas::CHAT)
    }
    /// `ChatDetails`: values the spec allows (every constraint the router checks).
    pub fn chat_details() -> impl ::proptest::strategy::Strategy<
        Value = types::ChatDetails,
    > {
        rt::strategy::of(&schemas::CHAT_DETAILS)
    }
    /// `CreateChatRequest`: values the spec allows (every constraint the router checks).
    pub fn create_chat_request() -> impl ::proptest::strategy::Strategy<
        Value = types::CreateChatRequest,
    > {
        rt::strategy::of(&schemas::CREATE_CHAT_REQUEST)
    }
    /// `UpdateChatRequest`: values the spec allows (every constraint the router checks).
    pub fn update_chat_request() -> impl ::proptest::strategy::Strategy<
        Value = types::UpdateChatRequest,
    > {
        rt::strategy::of(&schemas::UPDATE_CHAT_REQUEST)
    }
    /// `MessageResponse`: values the spec allows (every constraint the router checks).
    pub fn message_response() -> impl ::proptest::strategy::Strategy<
        Value = types::MessageResponse,
    > {
        rt::strategy::of(&schemas::MESSAGE_RESPONSE)
    }
    /// `Problem`: values the spec allows (every constraint the router checks).
    pub fn problem() -> impl ::proptest::strategy::Strategy<Value = types::Problem> {
        rt::strategy::of(&schemas::PROBLEM)
    }
    /// `FieldError`: values the spec allows (every constraint the router checks).
    pub fn field_error() -> impl ::proptest::strategy::Strategy<
        Value = types::FieldError,
    > {
        rt::strategy::of(&schemas::FIELD_ERROR)
    }
}
/// The schema of every component, parameter and body, for validation.
#[doc(hidden)]
pub mod schemas {
    use ::server_runtime::schema::*;
    static PATTERN_0: Pattern = Pattern::new("^[0-9]{1,18}$");
    pub static CHANNEL_TYPE: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["widget", "waha", "whatsapp", "instagram", "api"],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"whatsapp\""),
    };
    pub static RESPONDER_ENTITY: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["agent", "squad"],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"agent\""),
    };
    pub static MESSAGE_ROLE: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["user", "assistant", "operator", "system"],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"user\""),
    };
    pub static TICKET_STATUS: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &["open", "pending", "solved", "closed"],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"open\""),
    };
    pub static CHAT: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "createdAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("date-time"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2026-11-20T14:03:11.123456Z\""),
                    },
                },
                Property {
                    name: "id",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\""),
                    },
                },
                Property {
                    name: "isRemoved",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Boolean,
                        all_of: &[],
                        any_of: &[],
                        example: Some("false"),
                    },
                },
                Property {
                    name: "updatedAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("date-time"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2026-11-20T14:05:42.5Z\""),
                    },
                },
                Property {
                    name: "channelId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e\""),
                    },
                },
                Property {
                    name: "currentResponderId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"7d0c4f8e-3a52-4d0f-9b55-0c7a9b2a8f11\""),
                    },
                },
                Property {
                    name: "lastChatMessageCreatedAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("date-time"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2026-11-20T14:05:42.5Z\""),
                    },
                },
                Property {
                    name: "ownerId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716\""),
                    },
                },
                Property {
                    name: "responderId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\""),
                    },
                },
                Property {
                    name: "title",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Refund for order 1042\""),
                    },
                },
                Property {
                    name: "workspaceId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f\""),
                    },
                },
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static CHAT_DETAILS: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "channelId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e\""),
                    },
                },
                Property {
                    name: "channelName",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Support\""),
                    },
                },
                Property {
                    name: "channelType",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[
                            &Schema {
                                kind: Kind::Ref(&CHANNEL_TYPE),
                                ..Schema::ANY
                            },
                        ],
                        any_of: &[],
                        example: Some("\"whatsapp\""),
                    },
                },
                Property {
                    name: "createdAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("date-time"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2026-11-20T14:03:11.123456Z\""),
                    },
                },
                Property {
                    name: "id",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\""),
                    },
                },
                Property {
                    name: "isOwnerBlocked",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::Boolean,
                        all_of: &[],
                        any_of: &[],
                        example: Some("false"),
                    },
                },
                Property {
                    name: "isRemoved",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Boolean,
                        all_of: &[],
                        any_of: &[],
                        example: Some("false"),
                    },
                },
                Property {
                    name: "lastMessageContent",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Thanks, that solved it.\""),
                    },
                },
                Property {
                    name: "lastMessageCreatedAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("date-time"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2026-11-20T14:05:42.5Z\""),
                    },
                },
                Property {
                    name: "lastMessageRole",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[
                            &Schema {
                                kind: Kind::Ref(&MESSAGE_ROLE),
                                ..Schema::ANY
                            },
                        ],
                        any_of: &[],
                        example: Some("\"user\""),
                    },
                },
                Property {
                    name: "ownerEmail",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"ana@example.com\""),
                    },
                },
                Property {
                    name: "ownerId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716\""),
                    },
                },
                Property {
                    name: "ownerIdentifier",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"+5511999990000\""),
                    },
                },
                Property {
                    name: "ownerName",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Ana\""),
                    },
                },
                Property {
                    name: "penultimateMessageContent",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"My order arrived broken.\""),
                    },
                },
                Property {
                    name: "penultimateMessageCreatedAt",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("date-time"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2026-11-20T14:04:10Z\""),
                    },
                },
                Property {
                    name: "penultimateMessageRole",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[
                            &Schema {
                                kind: Kind::Ref(&MESSAGE_ROLE),
                                ..Schema::ANY
                            },
                        ],
                        any_of: &[],
                        example: Some("\"assistant\""),
                    },
                },
                Property {
                    name: "responderEntity",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[
                            &Schema {
                                kind: Kind::Ref(&RESPONDER_ENTITY),
                                ..Schema::ANY
                            },
                        ],
                        any_of: &[],
                        example: Some("\"agent\""),
                    },
                },
                Property {
                    name: "responderId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\""),
                    },
                },
                Property {
                    name: "responderName",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Helper\""),
                    },
                },
                Property {
                    name: "responderPicture",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"https://cdn.example.com/agents/helper.png\""),
                    },
                },
                Property {
                    name: "responderVersionId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"7d0c4f8e-3a52-4d0f-9b55-0c7a9b2a8f11\""),
                    },
                },
                Property {
                    name: "responderVersionNumber",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::Integer(Numeric {
                            format: None,
                            minimum: None,
                            maximum: None,
                            exclusive_minimum: false,
                            exclusive_maximum: false,
                            multiple_of: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("3"),
                    },
                },
                Property {
                    name: "ticketId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d\""),
                    },
                },
                Property {
                    name: "ticketStatus",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[
                            &Schema {
                                kind: Kind::Ref(&TICKET_STATUS),
                                ..Schema::ANY
                            },
                        ],
                        any_of: &[],
                        example: Some("\"open\""),
                    },
                },
                Property {
                    name: "title",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Refund for order 1042\""),
                    },
                },
                Property {
                    name: "workspaceId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f\""),
                    },
                },
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static CREATE_CHAT_REQUEST: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "channelId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e\""),
                    },
                },
                Property {
                    name: "ownerId",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: Some("uuid"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716\""),
                    },
                },
                Property {
                    name: "title",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Refund for order 1042\""),
                    },
                },
            ],
            additional: Additional::Deny,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static UPDATE_CHAT_REQUEST: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "lastChatMessageCreatedAt",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: Some("date-time"),
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"2026-11-20T14:05:42.5Z\""),
                    },
                },
                Property {
                    name: "title",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: true,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Refund for order 1042\""),
                    },
                },
            ],
            additional: Additional::Deny,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static MESSAGE_RESPONSE: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "message",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"The chat was removed.\""),
                    },
                },
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static PROBLEM: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "type",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"/problems/invalid-input\""),
                    },
                },
                Property {
                    name: "title",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"Invalid input\""),
                    },
                },
                Property {
                    name: "status",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Integer(Numeric {
                            format: Some("int32"),
                            minimum: Some(100f64),
                            maximum: Some(599f64),
                            exclusive_minimum: false,
                            exclusive_maximum: false,
                            multiple_of: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("400"),
                    },
                },
                Property {
                    name: "detail",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"The request has 1 invalid field.\""),
                    },
                },
                Property {
                    name: "errors",
                    required: false,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::Array(Items {
                            items: &Schema {
                                kind: Kind::Ref(&FIELD_ERROR),
                                ..Schema::ANY
                            },
                            min_items: None,
                            max_items: None,
                            unique_items: false,
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: None,
                    },
                },
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static FIELD_ERROR: Schema = Schema {
        nullable: false,
        kind: Kind::Object(Object {
            properties: &[
                Property {
                    name: "location",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"query.pageSize\""),
                    },
                },
                Property {
                    name: "code",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"maximum\""),
                    },
                },
                Property {
                    name: "message",
                    required: true,
                    access: Access::ReadWrite,
                    schema: &Schema {
                        nullable: false,
                        kind: Kind::String(Text {
                            format: None,
                            min_length: None,
                            max_length: None,
                            pattern: None,
                            enumeration: &[],
                        }),
                        all_of: &[],
                        any_of: &[],
                        example: Some("\"must be at most 100\""),
                    },
                },
            ],
            additional: Additional::Allow,
            min_properties: None,
            max_properties: None,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static GET_CHAT_DETAILS__PATH_ID: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("uuid"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\""),
    };
    pub static GET_CHAT_DETAILS__QUERY_RESPONDER_VERSION_ID: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"7d0c4f8e-3a52-4d0f-9b55-0c7a9b2a8f11\""),
    };
    pub static GET_CHAT_DETAILS__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&CHAT_DETAILS),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_0: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"2026-11-20T14:03:11.123456Z\""),
    };
    pub static ANSWER_LEAF_1: Schema = Schema {
        nullable: true,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"2026-11-20T14:05:42.5Z\""),
    };
    pub static ANSWER_LEAF_2: Schema = Schema {
        nullable: true,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"2026-11-20T14:04:10Z\""),
    };
    pub static GET_CHAT_DETAILS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static ANSWER_LEAF_3: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: Some("int32"),
            minimum: Some(100f64),
            maximum: Some(599f64),
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("400"),
    };
    pub static GET_CHAT_DETAILS__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT_DETAILS__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT_DETAILS__ANSWER_422: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT_DETAILS__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT_DETAILS__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHAT_DETAILS__QUERY_CHANNEL_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static LIST_CHAT_DETAILS__QUERY_CURSOR: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: Some(1usize),
            max_length: Some(200usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"01000624f6a0a1c6008f0c3e2a1b4c5d8e9f0a1b2c3d4e5f60\""),
    };
    pub static LIST_CHAT_DETAILS__QUERY_PAGE_NUMBER: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: Some(1f64),
            maximum: None,
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("1"),
    };
    pub static LIST_CHAT_DETAILS__QUERY_PAGE_SIZE: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: Some(1f64),
            maximum: Some(100f64),
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("10"),
    };
    pub static LIST_CHAT_DETAILS__QUERY_RESPONDER_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static LIST_CHAT_DETAILS__QUERY_RESPONDER_VERSION_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static LIST_CHAT_DETAILS__QUERY_SEARCH: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(200usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"refund\""),
    };
    pub static LIST_CHAT_DETAILS__HEADER_200_LINK: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some(
            "\"</api/v1/chats?pageSize=10&cursor=01000624f6a0a1c6008f0c3e2a1b4c5d8e9f0a1b2c3d4e5f60>; rel=\\\"next\\\"\"",
        ),
    };
    pub static LIST_CHAT_DETAILS__ANSWER_200: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&CHAT_DETAILS),
                ..Schema::ANY
            },
            min_items: None,
            max_items: None,
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_CHAT_DETAILS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHAT_DETAILS__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHAT_DETAILS__ANSWER_422: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHAT_DETAILS__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHAT_DETAILS__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHATS__QUERY_CHANNEL_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static LIST_CHATS__QUERY_CHANNEL_TYPES: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&CHANNEL_TYPE),
                ..Schema::ANY
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static LIST_CHATS__QUERY_LAST_CHAT_MESSAGE_CREATED_AT_END: Schema = Schema {
        nullable: true,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"2026-11-30T23:59:59Z\""),
    };
    pub static LIST_CHATS__QUERY_LAST_CHAT_MESSAGE_CREATED_AT_START: Schema = Schema {
        nullable: true,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"2026-11-01T00:00:00Z\""),
    };
    pub static LIST_CHATS__QUERY_CURSOR: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: Some(1usize),
            max_length: Some(200usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"01000624f6a0a1c6008f0c3e2a1b4c5d8e9f0a1b2c3d4e5f60\""),
    };
    pub static LIST_CHATS__QUERY_OWNER_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static LIST_CHATS__QUERY_PAGE_NUMBER: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: Some(1f64),
            maximum: None,
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("1"),
    };
    pub static LIST_CHATS__QUERY_PAGE_SIZE: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: Some(1f64),
            maximum: Some(100f64),
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("10"),
    };
    pub static LIST_CHATS__QUERY_RESPONDER_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static LIST_CHATS__QUERY_RESPONDER_VERSION_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static LIST_CHATS__QUERY_SEARCH: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: Some(200usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"refund\""),
    };
    pub static LIST_CHATS__HEADER_200_LINK: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some(
            "\"</api/v1/chats?pageSize=10&cursor=01000624f6a0a1c6008f0c3e2a1b4c5d8e9f0a1b2c3d4e5f60>; rel=\\\"next\\\"\"",
        ),
    };
    pub static LIST_CHATS__ANSWER_200: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                kind: Kind::Ref(&CHAT),
                ..Schema::ANY
            },
            min_items: None,
            max_items: None,
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static ANSWER_LEAF_4: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("date-time"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"2026-11-20T14:05:42.5Z\""),
    };
    pub static LIST_CHATS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHATS__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHATS__ANSWER_422: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHATS__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static LIST_CHATS__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__HEADER_IDEMPOTENCY_KEY: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: Some(1usize),
            max_length: Some(255usize),
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static CREATE_CHAT__BODY: Schema = Schema {
        kind: Kind::Ref(&CREATE_CHAT_REQUEST),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&CHAT),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_409: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_413: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_415: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_422: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static CREATE_CHAT__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static WATCH_CHATS__QUERY_CHANNEL_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static WATCH_CHATS__QUERY_OWNER_IDS: Schema = Schema {
        nullable: false,
        kind: Kind::Array(Items {
            items: &Schema {
                nullable: false,
                kind: Kind::String(Text {
                    format: Some("uuid"),
                    min_length: None,
                    max_length: None,
                    pattern: None,
                    enumeration: &[],
                }),
                all_of: &[],
                any_of: &[],
                example: None,
            },
            min_items: None,
            max_items: Some(100usize),
            unique_items: false,
        }),
        all_of: &[],
        any_of: &[],
        example: Some("[\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\"]"),
    };
    pub static WATCH_CHATS__HEADER_LAST_EVENT_ID: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: None,
            min_length: None,
            max_length: None,
            pattern: Some(&PATTERN_0),
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"42\""),
    };
    pub static WATCH_CHATS__EVENT_200: Schema = Schema {
        kind: Kind::Ref(&CHAT),
        ..Schema::ANY
    };
    pub static WATCH_CHATS__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static WATCH_CHATS__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static WATCH_CHATS__ANSWER_410: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static WATCH_CHATS__HEADER_429_RETRY_AFTER: Schema = Schema {
        nullable: false,
        kind: Kind::Integer(Numeric {
            format: None,
            minimum: Some(1f64),
            maximum: None,
            exclusive_minimum: false,
            exclusive_maximum: false,
            multiple_of: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: None,
    };
    pub static WATCH_CHATS__ANSWER_429: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static WATCH_CHATS__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static WATCH_CHATS__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT__PATH_ID: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("uuid"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\""),
    };
    pub static GET_CHAT__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&CHAT),
        ..Schema::ANY
    };
    pub static GET_CHAT__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static GET_CHAT__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static REMOVE_CHAT__PATH_ID: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("uuid"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\""),
    };
    pub static REMOVE_CHAT__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&MESSAGE_RESPONSE),
        ..Schema::ANY
    };
    pub static REMOVE_CHAT__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static REMOVE_CHAT__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static REMOVE_CHAT__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static REMOVE_CHAT__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static REMOVE_CHAT__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__PATH_ID: Schema = Schema {
        nullable: false,
        kind: Kind::String(Text {
            format: Some("uuid"),
            min_length: None,
            max_length: None,
            pattern: None,
            enumeration: &[],
        }),
        all_of: &[],
        any_of: &[],
        example: Some("\"3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21\""),
    };
    pub static UPDATE_CHAT__BODY: Schema = Schema {
        kind: Kind::Ref(&UPDATE_CHAT_REQUEST),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_200: Schema = Schema {
        kind: Kind::Ref(&CHAT),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_400: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_401: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_404: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_413: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_415: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_500: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
    pub static UPDATE_CHAT__ANSWER_503: Schema = Schema {
        kind: Kind::Ref(&PROBLEM),
        ..Schema::ANY
    };
}

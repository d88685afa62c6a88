// A strict TypeScript client of the Chats API, as a widget or agent-console team writes one:
// types generated from openapi/chats.yaml by openapi-typescript (generated/chats.ts, made by
// `npm run types`), requests by openapi-fetch. It goes through every operation against a
// running service (CHATS_BASE_URL, CHATS_API_KEY) and checks, at run time, that each answer
// has what its generated type promises: the compiler trusts the types, so an answer that
// lacks a property its type says is always there (an omitted `errors` of a problem) would
// compile and then throw in a user's code. Exits 1 naming the first broken promise.
// Run by .ci/typescript.sh.

import createClient from "openapi-fetch";
import type { components, paths } from "./generated/chats.js";

type Chat = components["schemas"]["Chat"];
type ChatDetails = components["schemas"]["ChatDetails"];
type Problem = components["schemas"]["Problem"];

const base = process.env["CHATS_BASE_URL"];
const key = process.env["CHATS_API_KEY"];
if (!base || !key) {
  throw new Error("set CHATS_BASE_URL and CHATS_API_KEY");
}
const client = createClient<paths>({ baseUrl: base, headers: { authorization: key } });

let checked = 0;

function fail(message: string): never {
  throw new Error(message);
}

/** Each required key of `shape` is present with the JS type its generated type says. */
function conforms(
  what: string,
  value: unknown,
  shape: Record<string, "string" | "boolean" | "number" | "string|null" | "boolean|null" | "array">,
): void {
  if (typeof value !== "object" || value === null) {
    fail(`${what}: not an object: ${JSON.stringify(value)}`);
  }
  const record = value as Record<string, unknown>;
  for (const [name, kind] of Object.entries(shape)) {
    if (!(name in record)) {
      fail(`${what}: its type says \`${name}\` is always there, the answer has none: ${JSON.stringify(value)}`);
    }
    const field = record[name];
    const ok =
      kind === "array"
        ? Array.isArray(field)
        : kind.split("|").some((one) => (one === "null" ? field === null : typeof field === one));
    if (!ok) {
      fail(`${what}: \`${name}\` should be ${kind}, is ${JSON.stringify(field)}`);
    }
  }
  checked += 1;
}

function chat(what: string, value: Chat): Chat {
  conforms(what, value, {
    id: "string",
    createdAt: "string",
    updatedAt: "string",
    isRemoved: "boolean",
    channelId: "string|null",
    currentResponderId: "string|null",
    lastChatMessageCreatedAt: "string|null",
    ownerId: "string",
    responderId: "string",
    title: "string|null",
    workspaceId: "string",
  });
  return value;
}

function details(what: string, value: ChatDetails): ChatDetails {
  conforms(what, value, {
    id: "string",
    createdAt: "string",
    isRemoved: "boolean",
    channelId: "string|null",
    channelName: "string|null",
    isOwnerBlocked: "boolean|null",
  });
  return value;
}

function problem(what: string, value: Problem, status: number): Problem {
  conforms(what, value, {
    type: "string",
    title: "string",
    status: "number",
    detail: "string",
    errors: "array",
  });
  if (value.status !== status) {
    fail(`${what}: problem status ${value.status} on an HTTP ${status}`);
  }
  // What a console does with every problem: list its field errors (the type says the array is
  // always there).
  for (const error of value.errors) {
    if (typeof error.location !== "string") fail(`${what}: an error without a location`);
  }
  return value;
}

// listChats: a page, its items typed.
const page = await client.GET("/api/v1/chats", { params: { query: { pageSize: 5 } } });
if (!page.data) fail(`listChats: HTTP ${page.response.status}`);
if (page.data.length === 0) fail("listChats: the demo workspace has chats");
page.data.forEach((each, index) => chat(`listChats[${index}]`, each));
const first = page.data[0] ?? fail("listChats: no first chat");

// createChat: owned by an owner of the workspace, on the same channel.
const created = await client.POST("/api/v1/chats", {
  body: { ownerId: first.ownerId, channelId: first.channelId, title: "From TypeScript" },
});
if (!created.data) fail(`createChat: HTTP ${created.response.status} ${JSON.stringify(created.error)}`);
const mine = chat("createChat", created.data);
if (mine.title !== "From TypeScript") fail("createChat: the title did not stick");

// getChat, updateChat, getChatDetails.
const read = await client.GET("/api/v1/chats/{id}", { params: { path: { id: mine.id } } });
if (!read.data) fail(`getChat: HTTP ${read.response.status}`);
if (chat("getChat", read.data).id !== mine.id) fail("getChat: another chat");
const patched = await client.PATCH("/api/v1/chats/{id}", {
  params: { path: { id: mine.id } },
  body: { title: null },
});
if (!patched.data) fail(`updateChat: HTTP ${patched.response.status}`);
if (chat("updateChat", patched.data).title !== null) fail("updateChat: null did not clear the title");
const oneDetails = await client.GET("/api/v1/chats/{id}/details", {
  params: { path: { id: mine.id } },
});
if (!oneDetails.data) fail(`getChatDetails: HTTP ${oneDetails.response.status}`);
details("getChatDetails", oneDetails.data);

// listChatDetails.
const detailsPage = await client.GET("/api/v1/chats/details", {
  params: { query: { pageSize: 3 } },
});
if (!detailsPage.data) fail(`listChatDetails: HTTP ${detailsPage.response.status}`);
detailsPage.data.forEach((each, index) => details(`listChatDetails[${index}]`, each));

// removeChat, then read it removed.
const removed = await client.DELETE("/api/v1/chats/{id}", { params: { path: { id: mine.id } } });
if (removed.response.status !== 200) fail(`removeChat: HTTP ${removed.response.status}`);
const gone = await client.GET("/api/v1/chats/{id}", { params: { path: { id: mine.id } } });
if (!gone.data?.isRemoved) fail("getChat after removeChat: not marked removed");

// Problems: a 404 (no field errors, still an empty list) and a 400 (one per field).
const missing = await client.GET("/api/v1/chats/{id}", {
  params: { path: { id: "00000000-0000-4000-8000-000000000000" } },
});
if (!missing.error) fail(`getChat of an unknown id: HTTP ${missing.response.status}`);
if (problem("getChat 404", missing.error, 404).errors.length !== 0) fail("a 404 lists field errors");
const invalid = await client.GET("/api/v1/chats", { params: { query: { pageSize: 1000 } } });
if (!invalid.error) fail(`listChats?pageSize=1000: HTTP ${invalid.response.status}`);
const located = problem("listChats 400", invalid.error, 400).errors.map((error) => error.location);
if (!located.includes("query.pageSize")) fail(`listChats 400: errors at ${located.join(", ")}`);

console.log(`typescript client: 7 operations, ${checked} answers as their types say`);

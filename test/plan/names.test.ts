// The naming table: every rule of names.ts, one row each, reserved and clashing words included.
import { describe, expect, it } from "vitest";
import {
  camelCase,
  constructorTypeName,
  findNameClashes,
  namespaceOf,
  propertyName,
  requestClassName,
  requestModuleName,
  requestParamsTypeName,
  requestPropertyName,
  requestFunctionName,
  unionTypeName,
} from "../../generator/plan/names.ts";

describe("naming table", () => {
  it.each([
    // [rule, TL name, generated name]
    ["constructor type", "chatInviteExported", constructorTypeName, "ChatInviteExported"],
    ["namespaced constructor type", "messages.chatInviteAlready", constructorTypeName, "MessagesChatInviteAlready"],
    ["snake_case constructor type", "p_q_inner_data", constructorTypeName, "PQInnerData"],
    ["constructor user vs union User: constructor", "user", constructorTypeName, "User"],
    ["constructor user vs union User: union", "User", unionTypeName, "TypeUser"],
    ["constructor message vs union Message: constructor", "message", constructorTypeName, "Message"],
    ["constructor message vs union Message: union", "Message", unionTypeName, "TypeMessage"],
    ["namespaced union", "messages.ChatInviteJoinResult", unionTypeName, "TypeMessagesChatInviteJoinResult"],
    ["constructor shadowing a global", "error", constructorTypeName, "Error_"],
    ["union shadowing a global", "Error", unionTypeName, "TypeError_"],
    ["constructor named like a reserved word", "default", constructorTypeName, "Default"],
    ["request class", "messages.exportChatInvite", requestClassName, "ExportChatInvite"],
    ["root request class", "invokeWithLayer", requestClassName, "InvokeWithLayer"],
    ["request named like a reserved word", "ns.delete", requestClassName, "Delete"],
    ["request params type", "messages.exportChatInvite", requestParamsTypeName, "ExportChatInviteParams"],
    ["size-first function named then (a module exporting then is thenable)", "messages.then", requestFunctionName, "then_"],
    ["size-first function", "messages.exportChatInvite", requestFunctionName, "exportChatInvite"],
    ["field", "legacy_revoke_permanent", propertyName, "legacyRevokePermanent"],
    ["short snake field", "g_a", camelCase, "gA"],
    ["field type", "type", propertyName, "type"],
    ["field default", "default", propertyName, "default"],
    ["field delete", "delete", propertyName, "delete"],
    ["field private", "private", propertyName, "private"],
    ["field static", "static", propertyName, "static"],
    ["field long", "long", propertyName, "long"],
    ["field constructor on an object (an absent one would read Object.prototype's)", "constructor", propertyName, "constructor_"],
    ["field toString on an object", "toString", propertyName, "toString_"],
    ["field value_of on an object", "value_of", propertyName, "valueOf_"],
    ["field __proto__ on an object (underscores dropped)", "__proto__", propertyName, "proto"],
    ["field constructor on a request class", "constructor", requestPropertyName, "constructor_"],
    ["field serialize on a request class", "serialize", requestPropertyName, "serialize_"],
    ["field encodeTo on a request class", "encodeTo", requestPropertyName, "encodeTo_"],
    ["field type on a request class", "type", requestPropertyName, "type"],
  ] as const)("%s: %s -> %s", (_, tl, rule, expected) => {
    expect((rule as (s: string) => string)(tl)).toBe(expected);
  });

  it("puts namespaced requests in their namespace module and the others in root", () => {
    expect(requestModuleName(namespaceOf("messages.exportChatInvite"))).toBe("messages");
    expect(requestModuleName(namespaceOf("invokeWithLayer"))).toBe("root");
  });

  it("finds two TL names that would become the same TS name", () => {
    expect(findNameClashes([{ tlName: "fooBar", tsName: "FooBar" }, { tlName: "foo_bar", tsName: "FooBar" }])).toEqual(["fooBar and foo_bar both become FooBar"]);
  });
});

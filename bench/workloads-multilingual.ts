// The benchmark's multilingual inputs, the same logical values for every implementation:
// exportChatInvite and chatInviteExported with titles that are not ASCII (the issue's
// "Team invite ✨", a Cyrillic one), and the corpus's two lists (bench/corpus.ts).
import { createRequire } from "node:module";
import { Api, encodeWith, type TypeExportedChatInvite, type TypeUser } from "tl-invite";
import {
  writeTypeExportedChatInvite,
  writeTypeMessagesChatInviteImporters,
  writeTypeMessagesExportedChatInvites,
} from "tl-invite/codecs";
import { GramJS, gramObject, mtcuteObject } from "../test/support/reference-libs.ts";
import { corpusImporters, corpusInvites } from "./corpus.ts";
import type { FloorExportChatInvite } from "./floor.ts";
import { exportFloor, exportParams, invite } from "./workloads.ts";

const bigInt: (text: string) => unknown = createRequire(import.meta.url)("big-integer");

/** A title case: the request that sets it and the invite that carries it, for every implementation. */
export interface TitleCase {
  label: string;
  title: string;
  /** The request's parameters, as every implementation takes them. */
  params: Omit<typeof exportParams, "title"> & { title: string };
  ours: InstanceType<typeof Api.messages.ExportChatInvite>;
  mtcute: unknown;
  gramjs: { getBytes(): Buffer };
  floor: FloorExportChatInvite;
  invite: TypeExportedChatInvite;
  inviteBytes: Uint8Array;
}

function titleCase(label: string, title: string): TitleCase {
  const params = { ...exportParams, title };
  const value = { ...invite, title } as TypeExportedChatInvite;
  return {
    label,
    title,
    params,
    ours: new Api.messages.ExportChatInvite(params),
    mtcute: mtcuteObject(params, "messages.exportChatInvite"),
    gramjs: gramObject(params, "messages.exportChatInvite"),
    floor: { ...exportFloor, title },
    invite: value,
    inviteBytes: encodeWith(writeTypeExportedChatInvite, value, "ExportedChatInvite"),
  };
}

/** The emoji title, and a Cyrillic one. */
export const titleCases: TitleCase[] = [
  titleCase("emoji title", "Team invite ✨"),
  titleCase("Cyrillic title", "Семья и друзья"),
];

export const corpus = {
  invites: corpusInvites(),
  importers: corpusImporters(),
};

export const corpusBytes = {
  invites: encodeWith(writeTypeMessagesExportedChatInvites, corpus.invites, "messages.ExportedChatInvites"),
  importers: encodeWith(writeTypeMessagesChatInviteImporters, corpus.importers, "messages.ChatInviteImporters"),
};

/**
 * A corpus user as GramJS's layer 198 has it (user#4b46c37e, an older id than ours): the same
 * names, photo and status, so GramJS reads the same text from its own bytes.
 */
function gramUser(value: TypeUser): unknown {
  const u = value as Extract<TypeUser, { _: "user" }>;
  return new GramJS.User({
    contact: u.contact,
    premium: u.premium,
    id: bigInt(u.id.toString()),
    accessHash: u.accessHash === undefined ? undefined : bigInt(u.accessHash.toString()),
    firstName: u.firstName,
    lastName: u.lastName,
    username: u.username,
    photo: u.photo && gramObject(u.photo),
    status: u.status && gramObject(u.status),
  });
}

/** GramJS's own layer-198 encoding of the two lists (its users are user#4b46c37e). */
export const gramCorpusBytes = {
  invites: new Uint8Array(
    new GramJS.messages.ExportedChatInvites({
      count: corpus.invites.count,
      invites: corpus.invites.invites.map((i) => gramObject(i)),
      users: corpus.invites.users.map(gramUser),
    }).getBytes(),
  ),
  importers: new Uint8Array(
    new GramJS.messages.ChatInviteImporters({
      count: corpus.importers.count,
      importers: corpus.importers.importers.map((i) => gramObject(i)),
      users: corpus.importers.users.map(gramUser),
    }).getBytes(),
  ),
};

// AST of a TL schema file as the grammar (tl.peggy) produces it. Every node carries its span.

/** Where a node stands in its file. line and column are 1-based, offsets 0-based. */
export interface Span {
  file: string;
  line: number;
  column: number;
  offset: number;
  /** Offset just past the node. */
  end: number;
}

/** A type as written: `int`, `%Foo`, `Vector<int>`, `!X`. */
export type TypeExprNode = NamedTypeNode | TypeParamNode | ApplyTypeNode;

export interface NamedTypeNode {
  kind: "named";
  /** Possibly namespaced: `messages.ChatInviteJoinResult`. */
  name: string;
  /** Written with a leading `%` (bare). */
  percent: boolean;
  /** `<...>` arguments, e.g. `Vector<int>`; empty when none. */
  args: TypeExprNode[];
  span: Span;
}

/** `!X`: a query of type X (generic methods like invokeWithLayer). */
export interface TypeParamNode {
  kind: "typeParam";
  name: string;
  bang: true;
  span: Span;
}

/** A space-separated application in a result: `Vector t`. */
export interface ApplyTypeNode {
  kind: "apply";
  name: string;
  args: TypeExprNode[];
  bare: false;
  span: Span;
}

export interface ConditionNode {
  /** The flags field the bit lives in: `flags`, `flags2`. */
  field: string;
  bit: number;
  span: Span;
}

export interface ParamNode {
  kind: "param";
  name: string;
  /** True for `name:#` (a flags word). */
  flags: boolean;
  condition: ConditionNode | null;
  /** Null only for a flags word. */
  type: TypeExprNode | null;
  span: Span;
}

export interface GenericNode {
  kind: "generic";
  name: string;
  /** Always `Type` in real schemas. */
  type: string;
  span: Span;
}

export interface IdNode {
  /** The hex digits as written (leading zeros kept). */
  text: string;
  value: number;
  span: Span;
}

/** `name#id {X:Type} params = Result;` */
export interface CombinatorNode {
  kind: "combinator";
  name: string;
  id: IdNode | null;
  generics: GenericNode[];
  params: ParamNode[];
  result: TypeExprNode;
  span: Span;
}

/** `int ? = Int;`, `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`, `int128 4*[ int ] = Int128;` */
export interface BuiltinNode {
  kind: "builtin";
  name: string;
  id: IdNode | null;
  generics: GenericNode[];
  /** The special body as written: `?`, `# [ t ]`, `4*[ int ]`. */
  body: string;
  result: TypeExprNode;
  span: Span;
}

export interface SectionNode {
  kind: "section";
  /** `types` or `functions` when valid; anything else is reported. */
  name: string;
  span: Span;
}

export interface LayerNode {
  kind: "layer";
  layer: number;
  span: Span;
}

/** Text the parser skipped to recover from a syntax error (up to the next `;`). */
export interface RecoveryNode {
  kind: "recovery";
  text: string;
  span: Span;
}

/** The rest of a file the parser stopped reading after too many recoveries. */
export interface GiveUpNode {
  kind: "giveUp";
  span: Span;
}

export type ItemNode = CombinatorNode | BuiltinNode | SectionNode | LayerNode | RecoveryNode | GiveUpNode;

export interface SchemaNode {
  kind: "schema";
  items: ItemNode[];
  span: Span;
}

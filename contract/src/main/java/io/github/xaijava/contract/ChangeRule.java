package io.github.xaijava.contract;

import static io.github.xaijava.contract.Change.Kind.ADDED;
import static io.github.xaijava.contract.Change.Kind.CHANGED;
import static io.github.xaijava.contract.Change.Kind.REMOVED;
import static io.github.xaijava.contract.ChangeRule.Verdict.NOT_APPLICABLE;
import static io.github.xaijava.contract.ChangeRule.Verdict.SAFE;
import static io.github.xaijava.contract.ChangeRule.Verdict.breaks;

import io.github.xaijava.contract.WireSides.Side;
import io.github.xaijava.contract.WireSides.Sides;
import java.util.HashMap;
import java.util.Map;

/**
 * The breaking-change policy, as one table: each kind of change, what the report calls it, and
 * for each side of the wire whether it breaks a client there, with the sentence the report gives.
 *
 * <p>Direction matters. Request-side positions are what the client sends, so anything the server
 * accepts less of breaks (a new required property, a narrowed type, a removed enum value);
 * response-side positions are what the client reads, so anything that may now arrive in a form
 * older code does not expect breaks (a removed property, a value that may now be null or of
 * another type). New optional properties, new operations, new enum values and new union forms in
 * responses do not break: our models keep unknown properties and read unknown values and forms
 * without failing.
 *
 * <p>A position on both sides breaks when either column says so; when both do with different
 * sentences the report gives both ("In requests: … In responses: …"). A position on no side
 * ({@code unused}) breaks nothing; a schema no operation reaches is assumed to be read, so it is
 * response-side (see {@link WireSides}).
 *
 * <p>Texts name their values as {@code {name}}; {@code {where}} is always the position. An
 * operation-level change is recorded on the side it concerns: the call (the operation itself, its
 * parameters and request body) is the request side, its statuses the response side, a media type
 * the side of its body. A column marked {@link Verdict#NOT_APPLICABLE} is never recorded.
 */
enum ChangeRule {

  // Operations ---------------------------------------------------------------------------------
  OPERATION_ADDED(ADDED, "operation added", SAFE, NOT_APPLICABLE),
  OPERATION_REMOVED(REMOVED, "operation removed",
      breaks("`{where}` is gone from the document: calls to it will fail, and its generated"
          + " method disappears when the client is regenerated."),
      NOT_APPLICABLE),
  OPERATION_ID_CHANGED(CHANGED,
      "operationId `{was}` → `{now}` (generated/shaping.json names methods by operationId)",
      SAFE, NOT_APPLICABLE),
  OPERATION_DEPRECATED(CHANGED, "now deprecated", SAFE, NOT_APPLICABLE),
  OPERATION_UNDEPRECATED(CHANGED, "no longer deprecated", SAFE, NOT_APPLICABLE),
  SECURITY_CHANGED(CHANGED, "security {was} → {now}", SAFE, NOT_APPLICABLE),

  PARAMETER_ADDED(ADDED, "parameter added", SAFE, NOT_APPLICABLE),
  REQUIRED_PARAMETER_ADDED(ADDED, "required parameter added",
      breaks("`{where}` is new and required: calls without it will be rejected."),
      NOT_APPLICABLE),
  PARAMETER_NOW_REQUIRED(CHANGED, "now required",
      breaks("`{where}` is now required: calls without it will be rejected."),
      NOT_APPLICABLE),
  PARAMETER_NO_LONGER_REQUIRED(CHANGED, "no longer required", SAFE, NOT_APPLICABLE),
  PARAMETER_REMOVED(REMOVED, "parameter removed",
      breaks("`{where}` is gone: calls that pass it may be rejected or have it ignored, and the"
          + " generated method loses the parameter."),
      NOT_APPLICABLE),

  REQUEST_BODY_ADDED(ADDED, "request body added", SAFE, NOT_APPLICABLE),
  REQUIRED_REQUEST_BODY_ADDED(ADDED, "required request body added",
      breaks("`{operation}` now requires a request body: calls without one will be rejected."),
      NOT_APPLICABLE),
  REQUEST_BODY_NOW_REQUIRED(CHANGED, "request body now required",
      breaks("`{operation}` now requires a request body: calls without one will be rejected."),
      NOT_APPLICABLE),
  REQUEST_BODY_NO_LONGER_REQUIRED(CHANGED, "request body no longer required", SAFE,
      NOT_APPLICABLE),
  REQUEST_BODY_REMOVED(REMOVED, "request body removed",
      breaks("`{operation}` no longer takes a request body: calls that send one may be rejected,"
          + " and the generated method changes."),
      NOT_APPLICABLE),

  // A status that no longer occurs breaks no reader.
  RESPONSE_ADDED(ADDED, "response added", NOT_APPLICABLE, SAFE),
  RESPONSE_REMOVED(REMOVED, "response removed", NOT_APPLICABLE, SAFE),

  MEDIA_TYPE_ADDED(ADDED, "media type added", SAFE, SAFE),
  MEDIA_TYPE_REMOVED(REMOVED, "media type removed",
      breaks("`{operation}` no longer accepts `{mediaType}` bodies: calls sending them will be"
          + " rejected."),
      breaks("`{operation}` no longer answers with `{mediaType}`: the client cannot read the"
          + " answer as before.")),
  // Only a success answer is read into a model; an error is an error whatever its media type.
  ERROR_MEDIA_TYPE_REMOVED(REMOVED, "media type removed", NOT_APPLICABLE, SAFE),

  // Component schemas as a whole (what changes inside them is reported position by position) ---
  SCHEMA_ADDED(ADDED, "schema added", SAFE, SAFE),
  SCHEMA_RENAMED(CHANGED, "schema renamed from `{was}` (same structure)", SAFE, SAFE),
  SCHEMA_REMOVED(REMOVED, "schema removed (where it was used is listed on its own)", SAFE, SAFE),
  REF_CHANGED(CHANGED, "now `{now}` (was `{was}`)", SAFE, SAFE),

  // Null and no value ---------------------------------------------------------------------------
  NOW_NULLABLE(CHANGED, "may now be null (`{was}` → `{now} or null`)",
      SAFE,
      breaks("`{where}` may now be null: code that reads it as always present must handle null"
          + " (its accessor becomes optional).")),
  NO_LONGER_NULLABLE(CHANGED, "no longer nullable (`{was} or null` → `{now}`)",
      breaks("`{where}` no longer accepts null: requests that send null for it will be rejected."),
      SAFE),
  NOW_NOTHING(CHANGED, "{was} → {now}",
      breaks("`{where}` no longer accepts any value."),
      SAFE),
  NO_LONGER_NOTHING(CHANGED, "{was} → {now}",
      SAFE,
      breaks("`{where}` may now carry a value where there was none.")),

  // JSON types ----------------------------------------------------------------------------------
  TYPE_NARROWED_FROM_ANY(CHANGED, "type `{was}` → `{now}`",
      breaks("`{where}` now only accepts `{now}`: requests sending anything else will be"
          + " rejected."),
      SAFE),
  TYPE_WIDENED_TO_ANY(CHANGED, "type `{was}` → `{now}`",
      SAFE,
      breaks("`{where}` may now be any JSON value: code that reads it as `{was}` breaks.")),
  TYPE_NARROWED(CHANGED, "type `{was}` → `{now}`",
      breaks("`{where}` now only accepts `{now}` (was `{was}`): requests sending another type will"
          + " be rejected."),
      SAFE),
  TYPE_WIDENED(CHANGED, "type `{was}` → `{now}`",
      SAFE,
      breaks("`{where}` may now be `{now}` where it was `{was}`: code that reads it as `{was}`"
          + " breaks.")),
  TYPE_CHANGED(CHANGED, "type `{was}` → `{now}`",
      breaks("`{where}` changed from `{was}` to `{now}`: code that sets or reads it as `{was}` no"
          + " longer works."),
      breaks("`{where}` changed from `{was}` to `{now}`: code that sets or reads it as `{was}` no"
          + " longer works.")),

  // Unions (oneOf / anyOf) ----------------------------------------------------------------------
  // In requests the generated setter takes the union type either way; the wire may still take
  // the old form, which the longer sentence says.
  NOW_UNION(CHANGED, "now a union: `{was}` → `{now}`",
      breaks("`{where}` becomes a union (`{now}`): code that sets it must pass the union type."),
      breaks("`{where}` may now arrive as `{now}` instead of always `{was}`: code that reads it as"
          + " `{was}` breaks.")),
  NOW_UNION_KEEPING_OLD_FORM(CHANGED, "now a union: `{was}` → `{now}`",
      breaks("`{where}` becomes a union (`{now}`): code that sets it must pass the union type,"
          + " although a `{was}` value is still accepted on the wire."),
      breaks("`{where}` may now arrive as `{now}` instead of always `{was}`: code that reads it as"
          + " `{was}` breaks.")),
  NO_LONGER_UNION(CHANGED, "no longer a union: `{was}` → `{now}`",
      breaks("`{where}` now only accepts `{now}` (was `{was}`): requests using the other forms will"
          + " be rejected."),
      breaks("`{where}` is now always `{now}` (was `{was}`): its accessor's type changes, so code"
          + " that reads the union no longer compiles.")),
  FORM_ADDED(ADDED, "form `{form}` added", SAFE, SAFE),
  // The same rule where a client reads the position: the report says why it is safe.
  FORM_ADDED_READ_AS_UNKNOWN(ADDED,
      "form `{form}` added (older clients read it as an unknown form)", SAFE, SAFE),
  FORM_REMOVED(REMOVED, "form `{form}` removed",
      breaks("`{where}` no longer accepts the `{form}` form: requests using it will be rejected."),
      SAFE),

  // Allowed values ({values} is a list already in backticks) -----------------------------------
  NOW_ENUM(CHANGED, "now limited to {values}",
      breaks("`{where}` now only accepts {values}: requests with other values will be rejected."),
      SAFE),
  NO_LONGER_ENUM(CHANGED, "no longer limited to {values}", SAFE, SAFE),
  ENUM_VALUE_ADDED(ADDED, "value {values} added", SAFE, SAFE),
  ENUM_VALUES_ADDED(ADDED, "values {values} added", SAFE, SAFE),
  ENUM_VALUE_REMOVED(REMOVED, "value {values} removed",
      breaks("`{where}` no longer accepts {values}: requests using it will be rejected."),
      SAFE),
  ENUM_VALUES_REMOVED(REMOVED, "values {values} removed",
      breaks("`{where}` no longer accepts {values}: requests using them will be rejected."),
      SAFE),

  // Formats and limits: tighter breaks requests; a wider number format breaks readers ----------
  FORMAT_WIDENED(CHANGED, "format `{was}` → `{now}`",
      SAFE,
      breaks("`{where}` is now {now} (was {was}): values may no longer fit the type code reads them"
          + " into.")),
  FORMAT_NARROWED(CHANGED, "format `{was}` → `{now}`",
      breaks("`{where}` is now {now} (was {was}): requests with larger values will be rejected."),
      SAFE),
  FORMAT_CHANGED(CHANGED, "format `{was}` → `{now}`", SAFE, SAFE),
  LIMIT_TIGHTENED(CHANGED, "{keyword} {was} → {now}",
      breaks("`{where}` now has {keyword} {now}: requests outside it will be rejected."),
      SAFE),
  // Also a limit removed, or one that cannot be compared.
  LIMIT_LOOSENED(CHANGED, "{keyword} {was} → {now}", SAFE, SAFE),
  PATTERN_CHANGED(CHANGED, "pattern `{was}` → `{now}`",
      breaks("`{where}` must now match `{now}`: requests with other values will be rejected."),
      SAFE),
  PATTERN_REMOVED(CHANGED, "pattern `{was}` → `{now}`", SAFE, SAFE),
  ITEMS_NOW_UNIQUE(CHANGED, "items must now be unique",
      breaks("`{where}` must now hold unique items: requests with repeats will be rejected."),
      SAFE),
  ITEMS_NO_LONGER_UNIQUE(CHANGED, "items no longer need to be unique", SAFE, SAFE),
  MULTIPLE_OF_CHANGED(CHANGED, "multipleOf {was} → {now}",
      breaks("`{where}` must now be a multiple of {now}: requests with other values will be"
          + " rejected."),
      SAFE),
  MULTIPLE_OF_REMOVED(CHANGED, "multipleOf {was} → {now}", SAFE, SAFE),
  DEFAULT_CHANGED(CHANGED, "default {was} → {now}", SAFE, SAFE),
  // deprecated, readOnly, writeOnly: documentation for the generated code, not the wire.
  FLAG_SET(CHANGED, "now {flag}", SAFE, SAFE),
  FLAG_CLEARED(CHANGED, "no longer {flag}", SAFE, SAFE),

  // allOf parts ---------------------------------------------------------------------------------
  INCLUDE_ADDED(ADDED, "now also includes `{schema}`", SAFE, SAFE),
  INCLUDE_WITH_REQUIRED_ADDED(ADDED, "now also includes `{schema}`",
      breaks("`{where}` now also has to satisfy `{schema}`: requests may need properties they did"
          + " not send before."),
      SAFE),
  INCLUDE_REMOVED(REMOVED, "no longer includes `{schema}`",
      SAFE,
      breaks("`{where}` no longer carries the properties of `{schema}`: code that reads them gets"
          + " nothing.")),

  // Object properties ---------------------------------------------------------------------------
  PROPERTY_ADDED(ADDED, "property added", SAFE, SAFE),
  REQUIRED_PROPERTY_ADDED(ADDED, "required property added",
      breaks("`{where}` is new and required: requests without it will be rejected, so every"
          + " caller must set it."),
      SAFE),
  PROPERTY_REMOVED(REMOVED, "property removed",
      breaks("`{where}` is no longer accepted: requests that set it may be rejected or have it"
          + " ignored, and its builder method disappears when the client is regenerated."),
      breaks("xAI no longer sends `{where}`: code that reads it gets nothing, and its accessor"
          + " disappears when the client is regenerated.")),
  PROPERTY_NOW_REQUIRED(CHANGED, "now required",
      breaks("`{where}` is now required: requests without it will be rejected."),
      SAFE),
  PROPERTY_NO_LONGER_REQUIRED(CHANGED, "no longer required",
      SAFE,
      breaks("`{where}` may now be absent from answers: code that reads it as always present must"
          + " handle its absence (its accessor becomes optional).")),
  CLOSED_TO_OTHER_PROPERTIES(CHANGED, "no longer allows other properties",
      breaks("`{where}` no longer allows properties it does not list: requests with others will"
          + " be rejected."),
      SAFE),
  OPEN_TO_OTHER_PROPERTIES(CHANGED, "now allows other properties", SAFE, SAFE);

  /** One cell of the table: what a change means for a client on one side of the wire. */
  record Verdict(boolean applies, String sentence) {

    /** Breaks no client on this side. */
    static final Verdict SAFE = new Verdict(true, null);
    /** Never recorded on this side (an operation rule about the other one). */
    static final Verdict NOT_APPLICABLE = new Verdict(false, null);

    /** Breaks a client on this side; the report says why in {@code sentence}. */
    static Verdict breaks(String sentence) {
      return new Verdict(true, sentence);
    }

    boolean breaking() {
      return sentence != null;
    }
  }

  private final Change.Kind kind;
  private final String what;
  private final Verdict inRequests;
  private final Verdict inResponses;

  ChangeRule(Change.Kind kind, String what, Verdict inRequests, Verdict inResponses) {
    this.kind = kind;
    this.what = what;
    this.inRequests = inRequests;
    this.inResponses = inResponses;
  }

  Change.Kind kind() {
    return kind;
  }

  /** The report's few words on the change, with {@code {name}}s unfilled. */
  String what() {
    return what;
  }

  Verdict on(Side side) {
    return side == Side.REQUEST ? inRequests : inResponses;
  }

  /** Whether the change breaks a client at a position on {@code sides}. */
  boolean breaking(Sides sides) {
    return breaksOn(Side.REQUEST, sides) || breaksOn(Side.RESPONSE, sides);
  }

  private boolean breaksOn(Side side, Sides sides) {
    if (!sides.has(side)) {
      return false;
    }
    if (!on(side).applies()) {
      throw new IllegalStateException(this + " is not a " + side + "-side change");
    }
    return on(side).breaking();
  }

  /**
   * The change at {@code where} on {@code sides}, named {@code side} in the report;
   * {@code params} are name, value pairs for the texts' {@code {name}}s.
   */
  Change at(String where, Sides sides, String side, String... params) {
    Map<String, String> values = values(where, params);
    String request = breaksOn(Side.REQUEST, sides) ? fill(inRequests.sentence(), values) : null;
    String response = breaksOn(Side.RESPONSE, sides) ? fill(inResponses.sentence(), values) : null;
    String impact;
    if (request != null && response != null && !request.equals(response)) {
      impact = "In requests: " + request + " In responses: " + response;
    } else {
      impact = request != null ? request : response;
    }
    return new Change(kind, impact != null, where, side, fill(what, values), impact);
  }

  private static Map<String, String> values(String where, String... params) {
    if (params.length % 2 != 0) {
      throw new IllegalArgumentException("name, value pairs expected: "
          + String.join(", ", params));
    }
    Map<String, String> values = new HashMap<>();
    values.put("where", where);
    for (int i = 0; i < params.length; i += 2) {
      values.put(params[i], params[i + 1]);
    }
    return values;
  }

  /**
   * {@code text} with each {@code {name}} replaced by its value. One pass over the text only:
   * values (paths like {@code /v1/files/{file_id}}) are never read for names.
   */
  static String fill(String text, Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
      int close = text.indexOf('}', open);
      String value = close < 0 ? null : values.get(text.substring(open + 1, close));
      if (value == null) {
        throw new IllegalArgumentException("no value for " + text.substring(open) + " in: " + text);
      }
      out.append(text, from, open).append(value);
      from = close + 1;
    }
    return out.append(text, from, text.length()).toString();
  }
}

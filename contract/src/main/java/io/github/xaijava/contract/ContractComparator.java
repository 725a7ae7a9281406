package io.github.xaijava.contract;

import static io.github.xaijava.contract.ChangeRule.SCHEMA_ADDED;
import static io.github.xaijava.contract.ChangeRule.SCHEMA_REMOVED;
import static io.github.xaijava.contract.ChangeRule.SCHEMA_RENAMED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions of an OpenAPI document for what changes for a client: operations,
 * parameters, request bodies and responses ({@link OperationDiff}), then every component schema
 * once ({@link SchemaDiff}).
 *
 * <p>Whether a change breaks a client depends on the side of the wire it is on: a component
 * schema is on the sides from which some operation reaches it, in either version
 * ({@link WireSides}); the policy for each kind of change and side, with the report's sentences,
 * is the table {@link ChangeRule}.
 */
public final class ContractComparator {

  private final OpenApiDocument older;
  private final OpenApiDocument newer;
  private final Map<String, String> renames;
  private final WireSides sides;
  private final List<Change> changes = new ArrayList<>();
  private final SchemaDiff schemas;

  private ContractComparator(OpenApiDocument older, OpenApiDocument newer) {
    this.older = older;
    this.newer = newer;
    this.renames = Renames.detect(older, newer);
    this.sides = WireSides.of(older, newer);
    this.schemas = new SchemaDiff(newer, renames, changes);
  }

  /** What changes for a client that follows {@code newer} after {@code older}. */
  public static ContractReport compare(OpenApiDocument older, OpenApiDocument newer) {
    ContractComparator comparator = new ContractComparator(older, newer);
    new OperationDiff(older, newer, comparator.schemas, comparator.changes).compare();
    comparator.compareComponents();
    return new ContractReport(older.name(), newer.name(), comparator.changes, List.of(), 0);
  }

  private void compareComponents() {
    Map<String, String> renamedFrom = new HashMap<>();
    renames.forEach((from, to) -> renamedFrom.put(to, from));
    for (String name : newer.schemaNames()) {
      if (older.schema(name).isPresent()) {
        schemas.compare(name, SchemaView.of(older, older.schema(name).get()),
            SchemaView.of(newer, newer.schema(name).get()), sides.of(name), new HashSet<>());
      } else if (renamedFrom.containsKey(name)) {
        schemas.record(SCHEMA_RENAMED, name, sides.of(name), "was", renamedFrom.get(name));
      } else {
        schemas.record(SCHEMA_ADDED, name, sides.of(name));
      }
    }
    for (String name : older.schemaNames()) {
      if (newer.schema(name).isEmpty() && !renames.containsKey(name)) {
        schemas.record(SCHEMA_REMOVED, name, sides.of(name));
      }
    }
  }
}

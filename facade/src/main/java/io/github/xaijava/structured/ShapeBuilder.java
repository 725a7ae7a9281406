package io.github.xaijava.structured;

import static io.github.xaijava.structured.GenericTypes.displayName;
import static io.github.xaijava.structured.GenericTypes.rawType;

import com.google.gson.JsonElement;
import io.github.xaijava.structured.Shape.Array;
import io.github.xaijava.structured.Shape.Constant;
import io.github.xaijava.structured.Shape.Container;
import io.github.xaijava.structured.Shape.Dictionary;
import io.github.xaijava.structured.Shape.Enumeration;
import io.github.xaijava.structured.Shape.Obj;
import io.github.xaijava.structured.Shape.Presence;
import io.github.xaijava.structured.Shape.Property;
import io.github.xaijava.structured.Shape.Scalar;
import io.github.xaijava.structured.Shape.Tag;
import io.github.xaijava.structured.Shape.Union;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a Java type into its {@link Shape}, refusing at once, with the path to the offending
 * spot, every type the schema subset xAI enforces cannot express.
 *
 * <p>Paths read like {@code Order.items[] -> Item.price}: {@code .name} enters a property,
 * {@code []} an array element, {@code {}} a map value and {@code -> Type} another object type.
 * One builder serves one root type and is thrown away; {@link CompiledTypes} caches the result.
 */
final class ShapeBuilder {

  private static final Map<Class<?>, Scalar> SCALARS = scalars();

  /** Boxed primitives: a property of one of these types may be null. */
  private static final Set<Class<?>> BOXES = Set.of(
      Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class,
      Boolean.class, Character.class);

  private static final Set<Class<?>> OPTIONALS = Set.of(
      Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private final String rootName;
  private final Map<Object, Shape> built = new HashMap<>();
  private final Set<Type> inProgress = new HashSet<>();

  private ShapeBuilder(Type root) {
    this.rootName = displayName(root);
  }

  /** The shape of {@code root}, which must already be resolved by {@link GenericTypes}. */
  static Shape build(Type root) {
    ShapeBuilder builder = new ShapeBuilder(root);
    return builder.shapeOf(root, builder.rootName, true);
  }

  private Shape shapeOf(Type type, String path, boolean root) {
    if (type instanceof TypeVariable<?> variable) {
      throw fail(path, "type variable " + variable.getName() + " of "
          + displayName((Type) variable.getGenericDeclaration())
          + " is not bound; pass the full type, such as new TypeToken<Page<Item>>() {}");
    }
    if (type instanceof WildcardType wildcard) {
      return shapeOf(upperBound(wildcard, path), path, root);
    }
    if (type instanceof GenericArrayType array) {
      Type component = array.getGenericComponentType();
      return new Array(shapeOf(component, path + "[]", false), Container.ARRAY, rawType(component));
    }
    Class<?> raw = rawType(type);
    Scalar scalar = SCALARS.get(raw);
    if (scalar != null) {
      return scalar;
    }
    if (OPTIONALS.contains(raw)) {
      throw fail(path, raw.getSimpleName() + " only fits a property, which it makes optional;"
          + " here use the value type itself");
    }
    if (raw.isArray()) {
      return new Array(shapeOf(raw.getComponentType(), path + "[]", false), Container.ARRAY,
          raw.getComponentType());
    }
    if (raw == List.class || raw == Collection.class) {
      return new Array(shapeOf(typeArgument(type, 0, path), path + "[]", false), Container.LIST,
          Object.class);
    }
    if (raw == Set.class) {
      return new Array(shapeOf(typeArgument(type, 0, path), path + "[]", false), Container.SET,
          Object.class);
    }
    if (raw == Map.class) {
      return dictionary(type, path);
    }
    if (Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      throw fail(path, "declare " + displayName(type)
          + " as List, Set, Collection or Map<String, V>; those are the collections read back");
    }
    if (raw.isEnum() || (raw.getSuperclass() != null && raw.getSuperclass().isEnum())) {
      return enumeration(raw.isEnum() ? raw : raw.getSuperclass(), path);
    }
    if (raw == Object.class) {
      throw fail(path, "Object says nothing about the value; use a concrete type");
    }
    if (JsonElement.class.isAssignableFrom(raw)) {
      throw fail(path, "free-form JSON (" + raw.getSimpleName()
          + ") has no schema in the subset xAI enforces; use a concrete type");
    }
    if (raw.isSealed()) {
      if (!raw.isInterface()) {
        throw fail(path, "sealed class " + raw.getSimpleName()
            + " is not supported; use a sealed interface whose permitted subtypes are records");
      }
      return union(type, raw, path, root);
    }
    if (raw.isRecord()) {
      return object(type, raw, path, root, Optional.empty());
    }
    if (isJdk(raw) || raw.isPrimitive()) {
      throw fail(path, "no JSON schema for " + raw.getName() + jdkAdvice(raw));
    }
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      throw fail(path, raw.getSimpleName() + " is an interface or abstract class, so its"
          + " properties are unknown; use a record, or a sealed interface of records");
    }
    if (raw.isAnonymousClass()
        || (raw.isMemberClass() && !Modifier.isStatic(raw.getModifiers()))) {
      throw fail(path, raw.getName() + " needs an enclosing instance; make it a static class or"
          + " a record");
    }
    return object(type, raw, path, root, Optional.empty());
  }

  private Shape dictionary(Type type, String path) {
    Type key = typeArgument(type, 0, path);
    if (key instanceof WildcardType wildcard) {
      key = upperBound(wildcard, path);
    }
    if (key != String.class) {
      throw fail(path, "map keys must be String, as JSON object keys are; found "
          + displayName(key));
    }
    return new Dictionary(shapeOf(typeArgument(type, 1, path), path + "{}", false));
  }

  private Shape enumeration(Class<?> enumType, String path) {
    Shape done = built.get(enumType);
    if (done != null) {
      return done;
    }
    List<Constant> constants = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Object constant : enumType.getEnumConstants()) {
      Field field;
      try {
        field = enumType.getField(((Enum<?>) constant).name());
      } catch (NoSuchFieldException impossible) {
        throw new IllegalStateException(impossible);
      }
      String name = jsonName(((Enum<?>) constant).name(), path, field);
      if (!names.add(name)) {
        throw fail(path, "two constants of " + enumType.getSimpleName() + " share the JSON name '"
            + name + "'");
      }
      constants.add(new Constant(constant, name, WireNames.description(field)));
    }
    if (constants.isEmpty()) {
      throw fail(path, "enum " + enumType.getSimpleName() + " has no constants to choose from");
    }
    Shape shape = new Enumeration(
        enumType, List.copyOf(constants), WireNames.description(enumType));
    built.put(enumType, shape);
    return shape;
  }

  private Shape union(Type type, Class<?> sealed, String path, boolean root) {
    Shape done = built.get(type);
    if (done != null) {
      return done;
    }
    if (sealed.getTypeParameters().length > 0) {
      throw fail(path, "generic sealed interface " + sealed.getSimpleName()
          + " is not supported; give each record concrete types");
    }
    String inner = enter(type, path, root);
    try {
      Optional<String> discriminator =
          Optional.ofNullable(sealed.getAnnotation(Discriminator.class)).map(Discriminator::value);
      if (discriminator.isPresent() && discriminator.get().isEmpty()) {
        throw fail(inner, "the @Discriminator of " + sealed.getSimpleName() + " is empty");
      }
      List<Obj> alternatives = new ArrayList<>();
      Map<String, Class<?>> tags = new HashMap<>();
      for (Class<?> permitted : sealed.getPermittedSubclasses()) {
        if (!permitted.isRecord()) {
          throw fail(inner, "permitted subtype " + permitted.getSimpleName() + " of "
              + sealed.getSimpleName() + " is not a record; every alternative must be a record");
        }
        Optional<Tag> tag = discriminator.map(property -> new Tag(
            property, jsonName(permitted.getSimpleName(), inner, permitted)));
        if (tag.isPresent()) {
          Class<?> clash = tags.put(tag.get().value(), permitted);
          if (clash != null) {
            throw fail(inner, clash.getSimpleName() + " and " + permitted.getSimpleName()
                + " have the same discriminator value '" + tag.get().value() + "'");
          }
        }
        alternatives.add((Obj) object(permitted, permitted, inner, false, tag));
      }
      Union union = new Union(type, sealed, WireNames.description(sealed),
          List.copyOf(alternatives), discriminator);
      built.put(type, union);
      return union;
    } finally {
      inProgress.remove(type);
    }
  }

  private Shape object(Type type, Class<?> raw, String path, boolean root, Optional<Tag> tag) {
    Object key = tag.isPresent() ? List.of(type, tag.get()) : type;
    Shape done = built.get(key);
    if (done != null) {
      return done;
    }
    String inner = enter(type, path, root);
    try {
      List<Property> properties = raw.isRecord()
          ? recordProperties(type, raw, inner)
          : fieldProperties(type, raw, inner);
      Set<String> names = new HashSet<>();
      tag.ifPresent(t -> names.add(t.property()));
      for (Property property : properties) {
        if (!names.add(property.jsonName())) {
          throw fail(inner, tag.isPresent() && tag.get().property().equals(property.jsonName())
              ? "property '" + property.jsonName() + "' clashes with the discriminator"
              : "two properties share the JSON name '" + property.jsonName() + "'");
        }
      }
      Obj obj = new Obj(type, raw, WireNames.description(raw), List.copyOf(properties),
          constructor(raw, inner), tag);
      built.put(key, obj);
      return obj;
    } finally {
      inProgress.remove(type);
    }
  }

  /** Marks {@code type} as being built and returns the path inside it; refuses a cycle. */
  private String enter(Type type, String path, boolean root) {
    String inner = root ? path : path + " -> " + displayName(type);
    if (!inProgress.add(type)) {
      throw new IllegalArgumentException("Cannot build a JSON schema for " + rootName
          + ": it contains itself through " + inner
          + "; xAI accepts $ref/$defs only without cycles, so break the cycle, for example"
          + " with a flat list and ids");
    }
    return inner;
  }

  private List<Property> recordProperties(Type type, Class<?> raw, String path) {
    Map<TypeVariable<?>, Type> bindings = GenericTypes.bindings(type);
    List<Property> properties = new ArrayList<>();
    for (RecordComponent component : raw.getRecordComponents()) {
      Field field = declaredField(raw, component.getName());
      properties.add(property(component.getName(), component.getType(),
          GenericTypes.resolve(component.getGenericType(), bindings), path,
          component.getAnnotatedType(), Optional.empty(), component, field,
          component.getAccessor()));
    }
    return properties;
  }

  /** Fields of a plain class and its superclasses, the topmost superclass's first. */
  private List<Property> fieldProperties(Type type, Class<?> raw, String path) {
    List<Type> levels = new ArrayList<>();
    for (Type level = type; rawType(level) != Object.class; ) {
      levels.add(level);
      Class<?> levelClass = rawType(level);
      Type superType = levelClass.getGenericSuperclass();
      if (superType == null) {
        break;
      }
      level = GenericTypes.resolve(superType, GenericTypes.bindings(level));
      if (rawType(level) != Object.class && isJdk(rawType(level))) {
        throw fail(path, levelClass.getSimpleName() + " extends " + rawType(level).getName()
            + ", whose state cannot be described; use a record or a plain class");
      }
    }
    Collections.reverse(levels);
    List<Property> properties = new ArrayList<>();
    for (Type level : levels) {
      Map<TypeVariable<?>, Type> bindings = GenericTypes.bindings(level);
      for (Field field : rawType(level).getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
          continue;
        }
        try {
          field.setAccessible(true);
        } catch (RuntimeException inaccessible) {
          throw fail(path, "cannot reach field " + field.getName() + ": " + inaccessible.getMessage());
        }
        properties.add(property(field.getName(), field.getType(),
            GenericTypes.resolve(field.getGenericType(), bindings), path,
            field.getAnnotatedType(), Optional.of(field), field));
      }
    }
    return properties;
  }

  private Property property(String javaName, Class<?> erased, Type declared, String path,
      AnnotatedType typeUse, Optional<Field> settable, AnnotatedElement... annotated) {
    String name = jsonName(javaName, path, annotated);
    String propertyPath = path + "." + javaName;
    Optional<String> description = WireNames.description(annotated);
    if (OPTIONALS.contains(erased)) {
      Type value = erased == OptionalInt.class ? int.class
          : erased == OptionalLong.class ? long.class
          : erased == OptionalDouble.class ? double.class
          : typeArgument(declared, 0, propertyPath);
      return new Property(name, javaName, erased, shapeOf(value, propertyPath, false),
          Presence.OPTIONAL, description, settable);
    }
    Presence presence = erased.isPrimitive() ? Presence.REQUIRED
        : BOXES.contains(erased) || WireNames.isNullable(typeUse, annotated) ? Presence.NULLABLE
        : Presence.REQUIRED;
    return new Property(name, javaName, erased, shapeOf(declared, propertyPath, false), presence,
        description, settable);
  }

  private String jsonName(String javaName, String path, AnnotatedElement... annotated) {
    Optional<String> declared = WireNames.declaredName(annotated);
    if (declared.isPresent() && declared.get().isEmpty()) {
      throw fail(path, "'" + javaName + "' has an empty JSON name");
    }
    return declared.orElse(javaName);
  }

  private Constructor<?> constructor(Class<?> raw, String path) {
    try {
      Constructor<?> constructor = raw.isRecord()
          ? raw.getDeclaredConstructor(java.util.Arrays.stream(raw.getRecordComponents())
              .map(RecordComponent::getType).toArray(Class<?>[]::new))
          : raw.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException missing) {
      throw fail(path, raw.getSimpleName() + " has no no-argument constructor to read answers"
          + " into; add one or make it a record");
    } catch (RuntimeException inaccessible) {
      throw fail(path, "cannot reach the constructor of " + raw.getName() + ": "
          + inaccessible.getMessage());
    }
  }

  private Type typeArgument(Type type, int index, String path) {
    if (type instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[index];
    }
    String raw = rawType(type).getSimpleName();
    throw fail(path, "raw " + raw + " says nothing about what it holds; write its type"
        + " arguments, such as " + raw + (raw.equals("Map") ? "<String, Item>" : "<Item>"));
  }

  private Type upperBound(WildcardType wildcard, String path) {
    if (wildcard.getLowerBounds().length > 0) {
      throw fail(path, "wildcard " + displayName(wildcard)
          + " has no upper bound to read into; use the type itself");
    }
    Type upper = wildcard.getUpperBounds()[0];
    if (upper == Object.class) {
      throw fail(path, "unbounded wildcard ? says nothing about the value; use a concrete type");
    }
    return upper;
  }

  private IllegalArgumentException fail(String path, String reason) {
    return new IllegalArgumentException(
        "Cannot build a JSON schema for " + rootName + " at " + path + ": " + reason);
  }

  private static Field declaredField(Class<?> record, String name) {
    try {
      return record.getDeclaredField(name);
    } catch (NoSuchFieldException impossible) {
      throw new IllegalStateException("record " + record.getName() + " lacks field " + name,
          impossible);
    }
  }

  private static boolean isJdk(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  private static String jdkAdvice(Class<?> type) {
    if (type == java.time.LocalDateTime.class) {
      return "; the date-time format needs an offset, so use OffsetDateTime, ZonedDateTime or"
          + " Instant";
    }
    if (type == java.util.Date.class || type == java.util.Calendar.class) {
      return "; use Instant or OffsetDateTime";
    }
    return "; supported are String, char, boolean, the number types, BigInteger, BigDecimal,"
        + " UUID, LocalDate, LocalTime, OffsetTime, Instant, OffsetDateTime, ZonedDateTime,"
        + " List, Set, Collection, arrays, Map<String, V>, Optional properties, enums, records,"
        + " plain classes and sealed interfaces of records";
  }

  private static Map<Class<?>, Scalar> scalars() {
    Map<Class<?>, Scalar> scalars = new HashMap<>();
    for (Class<?> type : List.of(String.class, char.class, Character.class)) {
      scalars.put(type, new Scalar(type, "string", Optional.empty()));
    }
    for (Class<?> type : List.of(boolean.class, Boolean.class)) {
      scalars.put(type, new Scalar(type, "boolean", Optional.empty()));
    }
    for (Class<?> type : List.of(int.class, long.class, short.class, byte.class, Integer.class,
        Long.class, Short.class, Byte.class, BigInteger.class)) {
      scalars.put(type, new Scalar(type, "integer", Optional.empty()));
    }
    for (Class<?> type : List.of(float.class, double.class, Float.class, Double.class,
        BigDecimal.class)) {
      scalars.put(type, new Scalar(type, "number", Optional.empty()));
    }
    Map<Class<?>, String> formats = Map.of(
        UUID.class, "uuid",
        LocalDate.class, "date",
        LocalTime.class, "time",
        OffsetTime.class, "time",
        Instant.class, "date-time",
        OffsetDateTime.class, "date-time",
        ZonedDateTime.class, "date-time");
    formats.forEach((type, format) ->
        scalars.put(type, new Scalar(type, "string", Optional.of(format))));
    return Map.copyOf(scalars);
  }
}

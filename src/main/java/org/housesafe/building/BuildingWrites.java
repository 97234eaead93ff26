package org.housesafe.building;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.housesafe.account.Caller;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.lifecycle.DeadlineRules;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.Lifecycle;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.platform.db.Database;
import org.housesafe.platform.db.DuplicateKeyException;
import org.housesafe.platform.geo.GeoJsonGeometryWriter;
import org.housesafe.platform.geo.InputCrs;
import org.housesafe.platform.web.ApiException;
import org.housesafe.platform.web.IfMatch;
import org.housesafe.platform.web.MergePatch;
import org.locationtech.jts.geom.Geometry;

/**
 * Creating a building and editing its attributes and footprint: both idempotent under the
 * client's key, the edit conditional on the version the client saw and recorded as an
 * {@code edit} event listing every old and new value. Lifecycle actions are {@link #events()}.
 */
public final class BuildingWrites {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TYPE = "invalid-patch";
    private static final String TITLE = "Invalid change";

    private final BuildingService buildings;
    private final Idempotency keys;
    private final EventWrites events;
    private final Clock clock;
    private final Consumer<List<Geometry>> written;

    private BuildingWrites(BuildingService buildings, Idempotency keys, EventWrites events, Clock clock,
                           Consumer<List<Geometry>> written) {
        this.buildings = buildings;
        this.keys = keys;
        this.events = events;
        this.clock = clock;
        this.written = written;
    }

    /**
     * @param evidence attaches the photos an action cites, inside its transaction
     * @param written  told after every committed write the footprints it touched, before and after
     *                 (the vector tile cache drops the tiles they meet)
     */
    public static BuildingWrites of(BuildingService buildings, Database db, Evidence evidence, DeadlineRules rules,
                                    Clock clock, Consumer<List<Geometry>> written) {
        Idempotency keys = new Idempotency(db, clock);
        return new BuildingWrites(buildings, keys, new EventWrites(buildings, keys, evidence, rules, clock, written),
                clock, written);
    }

    public EventWrites events() {
        return events;
    }

    /**
     * Creates an unsurveyed building from a GeoJSON Feature (the client may choose its id); its
     * Location is {@code path}/{id}, so each collection that creates names its own item URL.
     */
    public Idempotency.Answer create(Caller caller, UUID key, String path, JsonNode feature) {
        String requestHash = Idempotency.requestHash("POST", path, feature);
        var earlier = keys.earlier(key, caller, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        BuildingStore.NewRecord r = buildings.prepareNew(feature, caller);
        Building b = buildings.withUnitNames(r.building());
        String location = path.replaceAll("/+$", "") + "/" + b.id();
        String body = EventWrites.render(b, caller, buildings.today());
        String etag = IfMatch.etag(b.version());
        try {
            keys.store().create(new EventWriteStore.Claim(key, caller.userId(), "POST", path, requestHash, 201, etag,
                    location, body), r);
        } catch (DuplicateKeyException e) {
            return keys.awaitTwin(key, caller, requestHash);
        } catch (BuildingStore.DuplicateException e) {
            throw ApiException.conflict(e.getMessage());
        }
        written.accept(List.of(b.footprint()));
        keys.purgeNowAndThen();
        return new Idempotency.Answer(201, etag, location, body, false);
    }

    /**
     * Applies a JSON Merge Patch of {@code geometry} and the {@code basic}, {@code construction}
     * and {@code management} blocks; any other member is refused (422 naming it).
     */
    public Idempotency.Answer patch(Caller caller, UUID id, IfMatch ifMatch, UUID key, String path, JsonNode patch) {
        String requestHash = Idempotency.requestHash("PATCH", path, patch);
        var earlier = keys.earlier(key, caller, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireEditable(patch);
        return edit(caller, "PATCH", id, ifMatch, key, path, requestHash,
                before -> merged(before, patch.path("properties")), patch.get("geometry"));
    }

    /**
     * Replaces the footprint and the {@code basic}, {@code construction} and {@code management}
     * blocks with those of a GeoJSON Feature taken as for creation (a block left out is emptied).
     * Summary properties and lifecycle blocks echoed back unchanged from a read are ignored; a
     * changed lifecycle block is refused (422), as is an {@code id} other than {@code id}.
     */
    public Idempotency.Answer replace(Caller caller, UUID id, IfMatch ifMatch, UUID key, String path,
                                      JsonNode feature) {
        String requestHash = Idempotency.requestHash("PUT", path, feature);
        var earlier = keys.earlier(key, caller, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        BuildingService.requireFeature(feature);
        InputCrs.check(feature, "");
        if (feature.hasNonNull("id") && !feature.get("id").asText().equalsIgnoreCase(id.toString())) {
            throw ApiException.invalid(TYPE, TITLE, "id", "must be the id of the building replaced, or left out");
        }
        return edit(caller, "PUT", id, ifMatch, key, path, requestHash,
                before -> replaced(before, feature.get("properties")), feature.path("geometry"));
    }

    /**
     * The edit of {@code id} to the attributes {@code attributes} makes of the current ones and to
     * {@code geometry} ({@code null}: the footprint stays), recorded as one {@code edit} event with
     * every old and new value; no change at all writes nothing and answers the building as it is.
     */
    private Idempotency.Answer edit(Caller caller, String method, UUID id, IfMatch ifMatch, UUID key, String path,
                                    String requestHash, UnaryOperator<ObjectNode> attributes, JsonNode geometry) {
        Building current = events.current(caller, id, ifMatch, key, requestHash);
        if (current == null) {
            return keys.earlier(key, caller, requestHash).orElseThrow();
        }
        Lifecycle.decide(current.status(), EventType.EDIT, caller.role(), MAPPER.createObjectNode());
        ObjectNode before = BuildingRecords.attributes(current);
        ObjectNode after = attributes.apply(before);
        Geometry sent = geometry != null ? buildings.footprint(geometry) : current.footprint();
        Geometry footprint = asRead(sent, current.footprint()) ? current.footprint() : sent;
        AdminUnitStore.Location where = footprint.equalsExact(current.footprint())
                ? new AdminUnitStore.Location(current.streetCode(), current.communityCode())
                : buildings.locateWithin(footprint, caller);
        ArrayNode changes = changes(before, after, current.footprint(), footprint);
        if (changes.isEmpty()) {
            return new Idempotency.Answer(200, IfMatch.etag(current.version()), null,
                    EventWrites.render(current, caller, buildings.today()), false);
        }
        Building next = buildings.withUnitNames(BuildingRecords.edited(current, after, footprint, where,
                clock.instant()));
        ObjectNode payload = MAPPER.createObjectNode();
        payload.set("changes", changes);
        NewEvent edit = new NewEvent(EventType.EDIT, clock.instant(), caller.username(), caller.role().code(), null,
                payload.toString());
        return events.write(caller, method, key, path, requestHash, current, next, List.of(edit), List.of());
    }

    /**
     * Whether {@code sent} is {@code stored} as a client read it: GeoJSON rounds to
     * {@link GeoJsonGeometryWriter#DECIMALS} decimals and turns rings counter-clockwise, so a
     * footprint sent back unchanged (a PUT of the Feature as read) is no change.
     */
    private static boolean asRead(Geometry sent, Geometry stored) {
        return sent.norm().equalsExact(stored.norm(), Math.pow(10, -GeoJsonGeometryWriter.DECIMALS));
    }

    /** Only the footprint and the client's own blocks may change; server-owned fields never do. */
    private static void requireEditable(JsonNode patch) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (name.equals("crs")) {
                String wrong = InputCrs.problem(patch, name);
                if (wrong != null) {
                    errors.add(new ApiException.FieldError(name, wrong));
                }
            } else if (!name.equals("geometry") && !name.equals("properties") && !name.equals("type")) {
                errors.add(new ApiException.FieldError(name, "is set by the server and cannot be changed"));
            }
        });
        if (patch.has("type") && !"Feature".equals(patch.get("type").asText())) {
            errors.add(new ApiException.FieldError("type", "must be \"Feature\" when present"));
        }
        if (patch.has("geometry") && patch.get("geometry").isNull()) {
            errors.add(new ApiException.FieldError("geometry", "a building keeps a footprint; send a new one"));
        }
        JsonNode props = patch.path("properties");
        if (patch.has("properties") && !props.isObject()) {
            errors.add(new ApiException.FieldError("properties", "must be an object of attribute blocks"));
        }
        props.fieldNames().forEachRemaining(name -> {
            if (!BuildingService.CREATION_BLOCKS.contains(name)) {
                errors.add(new ApiException.FieldError("properties." + name, AttributeSchema.BLOCKS.contains(name)
                        ? "is set by lifecycle actions, not by an edit" : "is set by the server and cannot be changed"));
            } else if (!props.get(name).isObject() && !props.get(name).isNull()) {
                errors.add(new ApiException.FieldError("properties." + name, "must be an object"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(TYPE, TITLE, errors);
        }
    }

    /** The attributes after the patch: the client's blocks merged and validated, the others kept. */
    private static ObjectNode merged(ObjectNode before, JsonNode propertiesPatch) {
        ObjectNode editable = MAPPER.createObjectNode();
        for (String block : BuildingService.CREATION_BLOCKS) {
            if (before.has(block)) {
                editable.set(block, before.get(block));
            }
        }
        JsonNode patched = propertiesPatch.isObject() ? MergePatch.apply(editable, propertiesPatch) : editable;
        return withClientBlocks(before, patched);
    }

    /**
     * The attributes after a replacement by {@code properties}: the client's blocks as sent (and
     * validated), the lifecycle blocks kept. A lifecycle block equal to the current one (an empty
     * object for none) is an echo of a read and ignored; any other is left for the validator to refuse.
     */
    private static ObjectNode replaced(ObjectNode before, JsonNode properties) {
        if (properties == null || !properties.isObject()) {
            return withClientBlocks(before, properties);
        }
        ObjectNode sent = properties.deepCopy();
        for (String block : AttributeSchema.BLOCKS) {
            JsonNode now = before.has(block) ? before.get(block) : MAPPER.createObjectNode();
            if (!BuildingService.CREATION_BLOCKS.contains(block) && now.equals(sent.get(block))) {
                sent.remove(block);
            }
        }
        return withClientBlocks(before, sent);
    }

    /** {@code before} with its client blocks replaced by those of {@code properties}, validated as on creation. */
    private static ObjectNode withClientBlocks(ObjectNode before, JsonNode properties) {
        ObjectNode clean = AttributeValidator.validate(properties, BuildingService.CREATION_BLOCKS);
        ObjectNode after = before.deepCopy();
        BuildingService.CREATION_BLOCKS.forEach(after::remove);
        after.setAll(clean);
        return after;
    }

    /** Every changed field as {@code {field, old, new}}, the footprint as GeoJSON. */
    private static ArrayNode changes(ObjectNode before, ObjectNode after, Geometry oldFootprint, Geometry newFootprint) {
        ArrayNode changes = MAPPER.createArrayNode();
        for (String block : new TreeSet<>(BuildingService.CREATION_BLOCKS)) {
            JsonNode a = before.path(block);
            JsonNode b = after.path(block);
            Set<String> fields = new TreeSet<>();
            a.fieldNames().forEachRemaining(fields::add);
            b.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                if (!a.path(f).equals(b.path(f))) {
                    change(changes, block + "." + f, a.get(f), b.get(f));
                }
            }
        }
        if (!newFootprint.equalsExact(oldFootprint)) {
            change(changes, "geometry", geoJson(oldFootprint), geoJson(newFootprint));
        }
        return changes;
    }

    private static void change(ArrayNode changes, String field, JsonNode oldValue, JsonNode newValue) {
        ObjectNode c = changes.addObject();
        c.put("field", field);
        c.set("old", oldValue == null ? MAPPER.nullNode() : oldValue);
        c.set("new", newValue == null ? MAPPER.nullNode() : newValue);
    }

    private static JsonNode geoJson(Geometry g) {
        try {
            var out = new java.io.StringWriter();
            try (var json = MAPPER.getFactory().createGenerator(out)) {
                GeoJsonGeometryWriter.write(json, g);
            }
            return MAPPER.readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

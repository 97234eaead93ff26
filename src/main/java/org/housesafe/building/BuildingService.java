package org.housesafe.building;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Caller;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.adminunit.UnitLocator;
import org.housesafe.lifecycle.Event;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.platform.geo.GeodesicArea;
import org.housesafe.platform.geo.InputCrs;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.geom.Geometry;

/**
 * Building rules that do not depend on HTTP: a new footprint is validated, measured (geodesic
 * m²) and given its street and community codes from the admin units at write time, so that
 * statistics never need a spatial join.
 */
public final class BuildingService {
    /** Blocks a client may set when creating; the others belong to lifecycle actions. */
    static final Set<String> CREATION_BLOCKS =
            Set.of(AttributeSchema.BASIC, AttributeSchema.CONSTRUCTION, AttributeSchema.MANAGEMENT);

    private final BuildingStore store;
    private final AdminUnitStore units;
    private final FootprintReader footprints;
    private final Clock clock;

    public BuildingService(BuildingStore store, AdminUnitStore units, FootprintReader footprints, Clock clock) {
        this.store = store;
        this.units = units;
        this.footprints = footprints;
        this.clock = clock;
    }

    /** Today in the service's zone (Asia/Shanghai): deadlines before it are overdue. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(org.housesafe.lifecycle.DeadlineRules.DEFAULT.zone()));
    }

    public BuildingStore store() {
        return store;
    }

    /**
     * Checks a GeoJSON Feature for a new, unsurveyed building and prepares its row and first
     * event; 422 on bad input, 403 when the footprint lies in a street outside the caller's scope.
     */
    BuildingStore.NewRecord prepareNew(JsonNode feature, Caller caller) {
        NewEvent created = new NewEvent(EventType.CREATED, clock.instant(), caller.username(), caller.role().code(),
                null, "{}");
        BuildingStore.NewRecord r = prepareUnsurveyed(feature, units, created);
        requireScope(r.building().streetCode(), caller);
        return r;
    }

    /**
     * Checks a GeoJSON Feature for a new, unsurveyed building whose history starts with
     * {@code first} (its creation, or a bulk import's event) and prepares its row: attributes and
     * footprint validated, geodesic area, street and community from {@code locator}, times those
     * of {@code first}. One 422 names every error of the feature. Safe to call from several threads.
     */
    public BuildingStore.NewRecord prepareUnsurveyed(JsonNode feature, UnitLocator locator, NewEvent first) {
        List<ApiException> failures = new ArrayList<>();
        Parts p = parts(feature, CREATION_BLOCKS, failures);
        throwAll(failures);
        Building b = BuildingRecords.fromAttributes(p.id(), p.footprint(), GeodesicArea.of(p.footprint()),
                locate(p.footprint(), locator), p.attributes(), BuildingRecords.Lifecycle.unsurveyed(),
                first.occurredAt(), first.occurredAt());
        return new BuildingStore.NewRecord(b, List.of(first));
    }

    /** Reads a footprint sent by a client, as for a new building. */
    Geometry footprint(JsonNode geometry) {
        return footprints.read(geometry, "geometry");
    }

    /**
     * The street and community of {@code footprint}; 403 when the street is outside the caller's
     * scope (the answer does not say which street: that would reveal another street's map).
     */
    AdminUnitStore.Location locateWithin(Geometry footprint, Caller caller) {
        AdminUnitStore.Location where = locate(footprint, units);
        requireScope(where.streetCode(), caller);
        return where;
    }

    private static void requireScope(String streetCode, Caller caller) {
        if (!caller.scope().allows(streetCode)) {
            throw new ApiException(403, "outside-scope", "Outside your streets",
                    "The footprint lies in a street outside your scope",
                    List.of(), java.util.Map.of());
        }
    }

    /** {@code b} with the names of its street and community, for an answer written before the row is read back. */
    Building withUnitNames(Building b) {
        return BuildingRecords.named(b, units.names(AdminUnit.Level.STREET, Scope.ALL).get(b.streetCode()),
                b.communityCode() == null ? null
                        : units.names(AdminUnit.Level.COMMUNITY, Scope.ALL).get(b.communityCode()));
    }

    /**
     * Prepares an imported Feature that carries its lifecycle and history (the demo data, a
     * bulk import with histories): same validation and code assignment as {@link #prepareNew}; its
     * times are those of its first and last event.
     */
    public BuildingStore.NewRecord prepareImport(JsonNode feature) {
        return prepareImport(feature, units);
    }

    /** {@link #prepareImport(JsonNode)} with codes from {@code locator}; one 422 names every error found. */
    public BuildingStore.NewRecord prepareImport(JsonNode feature, UnitLocator locator) {
        List<ApiException> failures = new ArrayList<>();
        Parts p = parts(feature, Set.copyOf(AttributeSchema.BLOCKS), failures);
        JsonNode props = feature.get("properties");
        List<NewEvent> history = attempt(() -> BuildingRecords.history(props == null ? null : props.get("events")),
                failures);
        BuildingRecords.Lifecycle lifecycle = history == null || props == null || !props.isObject() ? null
                : attempt(() -> BuildingRecords.Lifecycle.of(props, history), failures);
        throwAll(failures);
        Building b = BuildingRecords.fromAttributes(p.id(), p.footprint(), GeodesicArea.of(p.footprint()),
                locate(p.footprint(), locator), p.attributes(), lifecycle, history.get(0).occurredAt(),
                history.get(history.size() - 1).occurredAt());
        return new BuildingStore.NewRecord(b, history);
    }

    /** What every new building needs from its Feature, each part checked on its own. */
    private record Parts(UUID id, ObjectNode attributes, Geometry footprint) {
    }

    private Parts parts(JsonNode feature, Set<String> blocks, List<ApiException> failures) {
        requireFeature(feature);
        attempt(() -> {
            InputCrs.check(feature, "");
            return null;
        }, failures);
        ObjectNode attributes = attempt(() -> AttributeValidator.validate(feature.get("properties"), blocks), failures);
        Geometry footprint = attempt(() -> footprints.read(feature.get("geometry"), "geometry"), failures);
        UUID id = attempt(() -> clientId(feature), failures);
        return new Parts(id, attributes, footprint);
    }

    private static <T> T attempt(java.util.function.Supplier<T> step, List<ApiException> failures) {
        try {
            return step.get();
        } catch (ApiException e) {
            failures.add(e);
            return null;
        }
    }

    /** One failure as it is (its own problem type); several as one 422 listing all their errors. */
    private static void throwAll(List<ApiException> failures) {
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            throw ApiException.invalid("invalid-feature", "Invalid building",
                    failures.stream().flatMap(e -> e.errors().stream()).toList());
        }
    }

    /** The building, or 404 when it does not exist or lies outside {@code scope} (not revealed). */
    public Building get(UUID id, Scope scope) {
        return store.find(id, scope).orElseThrow(() -> ApiException.notFound("No building " + id));
    }

    public List<Event> history(UUID id, Scope scope) {
        get(id, scope);
        return store.history(id);
    }

    private static AdminUnitStore.Location locate(Geometry footprint, UnitLocator locator) {
        return locator.locate(footprint.getInteriorPoint()).orElseThrow(() -> ApiException.invalid(
                "outside-service-area", "Footprint outside every street", "geometry",
                "the footprint lies in no street of this service"));
    }

    static void requireFeature(JsonNode feature) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            throw ApiException.invalid("invalid-feature", "Not a GeoJSON Feature", "type", "must be \"Feature\"");
        }
    }

    private static UUID clientId(JsonNode feature) {
        JsonNode id = feature.get("id");
        if (id == null || id.isNull()) {
            return UUID.randomUUID();
        }
        try {
            return BuildingQueryParser.parseUuid(id.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("invalid-feature", "Invalid building id", "id", "must be a UUID");
        }
    }
}

package org.housesafe.building;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.housesafe.account.Caller;
import org.housesafe.account.Scope;
import org.housesafe.adminunit.AdminUnit;
import org.housesafe.adminunit.AdminUnitStore;
import org.housesafe.lifecycle.Event;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.lifecycle.Status;
import org.housesafe.platform.geo.FootprintReader;
import org.housesafe.platform.geo.GeodesicArea;
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
        requireFeature(feature);
        ObjectNode attributes = AttributeValidator.validate(feature.get("properties"), CREATION_BLOCKS);
        Geometry footprint = footprints.read(feature.get("geometry"), "geometry");
        AdminUnitStore.Location where = locateWithin(footprint, caller);
        Instant now = clock.instant();
        Building b = BuildingRecords.fromAttributes(clientId(feature), footprint, GeodesicArea.of(footprint),
                where, attributes, BuildingRecords.Lifecycle.unsurveyed(), now, now);
        NewEvent created = new NewEvent(EventType.CREATED, now, caller.username(), caller.role().code(), null, "{}");
        return new BuildingStore.NewRecord(b, List.of(created));
    }

    /** Reads a footprint sent by a client, as for a new building. */
    Geometry footprint(JsonNode geometry) {
        return footprints.read(geometry, "geometry");
    }

    /** The street and community of {@code footprint}; 403 when the street is outside the caller's scope. */
    AdminUnitStore.Location locateWithin(Geometry footprint, Caller caller) {
        AdminUnitStore.Location where = locate(footprint);
        if (!caller.scope().allows(where.streetCode())) {
            throw new ApiException(403, "outside-scope", "Outside your streets",
                    "The footprint lies in street " + where.streetCode() + ", which is not in your scope",
                    List.of(), java.util.Map.of());
        }
        return where;
    }

    /** {@code b} with the names of its street and community, for an answer written before the row is read back. */
    Building withUnitNames(Building b) {
        return BuildingRecords.named(b, units.names(AdminUnit.Level.STREET, Scope.ALL).get(b.streetCode()),
                b.communityCode() == null ? null
                        : units.names(AdminUnit.Level.COMMUNITY, Scope.ALL).get(b.communityCode()));
    }

    /**
     * Prepares an imported Feature that carries its lifecycle and history (the demo data, a
     * later bulk import): same validation and code assignment as {@link #create}; its times
     * are those of its first and last event.
     */
    public BuildingStore.NewRecord prepareImport(JsonNode feature) {
        requireFeature(feature);
        JsonNode props = feature.get("properties");
        ObjectNode attributes = AttributeValidator.validate(props, Set.copyOf(AttributeSchema.BLOCKS));
        Geometry footprint = footprints.read(feature.get("geometry"), "geometry");
        List<NewEvent> history = BuildingRecords.history(props.get("events"));
        BuildingRecords.Lifecycle lifecycle = BuildingRecords.Lifecycle.of(props, history);
        Building b = BuildingRecords.fromAttributes(clientId(feature), footprint, GeodesicArea.of(footprint),
                locate(footprint), attributes, lifecycle, history.get(0).occurredAt(),
                history.get(history.size() - 1).occurredAt());
        return new BuildingStore.NewRecord(b, history);
    }

    /** The building, or 404 when it does not exist or lies outside {@code scope} (not revealed). */
    public Building get(UUID id, Scope scope) {
        return store.find(id, scope).orElseThrow(() -> ApiException.notFound("No building " + id));
    }

    public List<Event> history(UUID id, Scope scope) {
        get(id, scope);
        return store.history(id);
    }

    private AdminUnitStore.Location locate(Geometry footprint) {
        return units.locate(footprint.getInteriorPoint()).orElseThrow(() -> ApiException.invalid(
                "outside-service-area", "Footprint outside every street", "geometry",
                "the footprint lies in no street of this service"));
    }

    private static void requireFeature(JsonNode feature) {
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

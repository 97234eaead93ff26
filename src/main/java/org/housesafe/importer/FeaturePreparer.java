package org.housesafe.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.housesafe.adminunit.UnitLocator;
import org.housesafe.building.BuildingService;
import org.housesafe.building.BuildingStore;
import org.housesafe.lifecycle.EventChain;
import org.housesafe.lifecycle.EventType;
import org.housesafe.lifecycle.NewEvent;
import org.housesafe.platform.web.ApiException;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * One feature of an import into a {@link PreparedRow}, through the building service's own checks
 * (the same as {@code POST /api/buildings}: attributes, footprint, area, street and community),
 * or into the errors that refuse it. Stateless apart from its settings: safe on several threads.
 */
final class FeaturePreparer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What became of feature {@code index}: a row, or its errors. */
    record Outcome(long index, PreparedRow row, List<ImportError> errors) {
        static Outcome failed(ImportError error) {
            return new Outcome(error.index(), null, List.of(error));
        }
    }

    private final BuildingService buildings;
    private final UnitLocator units;
    private final ImportOptions options;
    private final UUID importId;
    private final Instant at;

    FeaturePreparer(BuildingService buildings, UnitLocator units, ImportOptions options, UUID importId, Instant at) {
        this.buildings = buildings;
        this.units = units;
        this.options = options;
        this.importId = importId;
        this.at = at;
    }

    Outcome prepare(long index, JsonNode feature) {
        try {
            if (options.withHistory()) {
                return new Outcome(index, row(tagged(buildings.prepareImport(feature, units)), false), List.of());
            }
            NewEvent first = new NewEvent(EventType.IMPORT, at, options.actor(), options.role(), null, payload(index));
            return new Outcome(index, row(buildings.prepareUnsurveyed(feature, units, first), true), List.of());
        } catch (ApiException e) {
            List<ImportError> errors = new ArrayList<>();
            for (ApiException.FieldError f : e.errors()) {
                errors.add(new ImportError(index, f.field(), f.message()));
            }
            if (errors.isEmpty()) {
                errors.add(new ImportError(index, "", e.getMessage()));
            }
            return new Outcome(index, null, errors);
        }
    }

    /** The payload of an {@code import} event, written in canonical form (keys sorted, compact). */
    String payload(long index) {
        return "{\"feature\":" + index + ",\"importId\":\"" + importId + "\"}";
    }

    /** An imported history keeps its events; the first one names the import. */
    private BuildingStore.NewRecord tagged(BuildingStore.NewRecord r) {
        List<NewEvent> history = new ArrayList<>(r.history());
        NewEvent first = history.get(0);
        try {
            ObjectNode payload = (ObjectNode) MAPPER.readTree(first.payloadJson());
            payload.put("importId", importId.toString());
            history.set(0, new NewEvent(first.type(), first.occurredAt(), first.actor(), first.role(), first.reason(),
                    payload.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildingStore.NewRecord(r.building(), history);
    }

    /** @param canonical the payloads are already canonical JSON: they need not be parsed to be hashed */
    private static PreparedRow row(BuildingStore.NewRecord r, boolean canonical) {
        UUID id = r.building().id();
        List<String> hashes = new ArrayList<>(r.history().size());
        String prev = null;
        for (int i = 0; i < r.history().size(); i++) {
            NewEvent e = r.history().get(i);
            prev = canonical ? EventChain.hashCanonical(prev, id, i + 1, e) : EventChain.hash(prev, id, i + 1, e);
            hashes.add(prev);
        }
        byte[] ewkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true).write(r.building().footprint());
        return new PreparedRow(r.building(), ewkb, r.history(), hashes);
    }
}

package org.housesafe.change;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.locationtech.jts.geom.Envelope;

/**
 * What changed since a cursor, for open maps that poll (issue #6: an edit shows on every map
 * within seconds). A cursor is the moment of the previous answer; each answer lists the buildings
 * with an event recorded after that moment <em>less {@link #OVERLAP}</em>, because an event's
 * {@code recorded_at} is taken before its transaction commits: a write that commits after a
 * later one, or on an app server whose clock lags, is then still seen by the next poll. The price
 * is that a change is listed in two or three answers in a row: clients drop what they have
 * already seen by id and version.
 *
 * <p>When there is too much to list (more than {@code limit} buildings, a bulk import, a cursor
 * older than {@link #MAX_AGE}) the answer says {@code reload}: redraw everything in view.
 */
public final class ChangeFeed {
    /** Longer than any write's time between taking {@code recorded_at} and its commit, plus clock skew. */
    static final Duration OVERLAP = Duration.ofSeconds(10);
    /** A map asleep longer than this reloads rather than replays what it missed. */
    static final Duration MAX_AGE = Duration.ofHours(1);
    static final int LIMIT = 500;

    /** One answer: the cursor for the next poll and the changed buildings, or {@code reload}. */
    public record Page(String cursor, List<Change> changes, boolean reload) {
    }

    private final ChangeStore store;
    private final Clock clock;
    private final int limit;

    /** @param clock the clock writes take {@code recorded_at} from (the system clock in service) */
    public ChangeFeed(Database db, Clock clock) {
        this(db, clock, LIMIT);
    }

    ChangeFeed(Database db, Clock clock, int limit) {
        this.store = new ChangeStore(db);
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * The buildings of {@code scope} changed since {@code after}; for a {@code null} cursor (a map
     * just opened) none, only the cursor to poll with.
     */
    Page since(Cursor after, Scope scope) {
        Instant now = clock.instant();
        Cursor next = new Cursor(now);
        if (after == null) {
            return new Page(next.text(), List.of(), false);
        }
        // A cursor from the future (another server's clock, or made up) counts as now.
        Instant from = (after.at().isAfter(now) ? now : after.at()).minus(OVERLAP);
        if (from.isBefore(now.minus(MAX_AGE)) || store.importedSince(from)) {
            return new Page(next.text(), List.of(), true);
        }
        List<Change> changed = store.changedSince(from, scope, limit + 1);
        if (changed.size() > limit) {
            return new Page(next.text(), List.of(), true);
        }
        return new Page(next.text(), withOldPlaces(changed, store.movedFrom(from, scope)), false);
    }

    /** Each change's box grown by where its footprint stood before a move, in id order. */
    private static List<Change> withOldPlaces(List<Change> changed, Map<UUID, Envelope> movedFrom) {
        List<Change> out = new ArrayList<>(changed.size());
        for (Change c : changed) {
            Envelope old = movedFrom.get(c.id());
            if (old == null) {
                out.add(c);
            } else {
                Envelope box = new Envelope(c.bbox());
                box.expandToInclude(old);
                out.add(new Change(c.id(), c.version(), box));
            }
        }
        out.sort(Comparator.comparing(Change::id));
        return out;
    }
}

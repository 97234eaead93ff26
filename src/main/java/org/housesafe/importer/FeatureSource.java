package org.housesafe.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/** Features in file order, one at a time: read from GeoJSON text, or handed over already built. */
interface FeatureSource extends Closeable {

    /** A feature that cannot be read; {@code fatal} when nothing after it can be read either. */
    final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;
        final transient ImportError error;
        final boolean fatal;

        Unreadable(long index, String field, String message, boolean fatal) {
            super(message);
            this.error = new ImportError(index, field, message);
            this.fatal = fatal;
        }
    }

    /** The next feature, or {@code null} after the last. */
    JsonNode next() throws IOException;

    @Override
    default void close() throws IOException {
    }

    static FeatureSource of(Iterator<? extends JsonNode> features) {
        return () -> features.hasNext()
                ? java.util.Objects.requireNonNullElse(features.next(), com.fasterxml.jackson.databind.node.NullNode.instance)
                : null;
    }
}

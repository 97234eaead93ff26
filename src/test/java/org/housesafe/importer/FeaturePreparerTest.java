package org.housesafe.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.housesafe.lifecycle.EventChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeaturePreparerTest {
    private final FeaturePreparer preparer = new FeaturePreparer(null, null, ImportOptions.of("f", "a"),
            UUID.fromString("0b6f3f5e-0000-4000-8000-00000000abcd"), Instant.EPOCH);

    /** The import event is hashed without parsing its payload: that is only right if it is canonical already. */
    @ParameterizedTest
    @ValueSource(longs = {0, 7, 999_999, 12_345_678_901L})
    void the_import_payload_is_written_in_canonical_form(long index) {
        String payload = preparer.payload(index);
        assertThat(EventChain.canonical(payload)).isEqualTo(payload);
    }

    @Test
    void an_error_reads_as_feature_index_field_and_message() {
        assertThat(new ImportError(1234, "properties.basic.use", "must be one of [a, b]"))
                .hasToString("feature 1234: properties.basic.use: must be one of [a, b]");
        assertThat(new ImportError(-1, "", "not JSON")).hasToString("file: not JSON");
    }
}

package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLedgerTest {

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted() {
        assertThat(CsvLedger.quoted("华兴街道1号")).isEqualTo("华兴街道1号");
        assertThat(CsvLedger.quoted("1号, 东门")).isEqualTo("\"1号, 东门\"");
        assertThat(CsvLedger.quoted("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
        assertThat(CsvLedger.quoted("a\nb")).isEqualTo("\"a\nb\"");
    }
}

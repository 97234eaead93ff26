package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportAreaTest {

    @Test
    void the_file_name_names_area_and_date_in_chinese_with_an_ascii_fallback() {
        String header = new ExportArea("华兴街道", "430408003")
                .contentDisposition("隐患台账", "ledger", LocalDate.of(2022, 9, 1), "xlsx");
        assertThat(header).isEqualTo("attachment; filename=\"ledger-430408003-2022-09-01.xlsx\"; "
                + "filename*=UTF-8''%E5%8D%8E%E5%85%B4%E8%A1%97%E9%81%93-%E9%9A%90%E6%82%A3%E5%8F%B0%E8%B4%A6"
                + "-2022-09-01.xlsx");
    }

    @Test
    void rfc5987_encodes_everything_but_attribute_characters() {
        assertThat(ExportArea.rfc5987("a b\"c;/é")).isEqualTo("a%20b%22c%3B%2F%C3%A9");
    }
}

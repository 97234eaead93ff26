package org.housesafe.building;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnerMaskTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"张三明, 张*明", "欧阳小明, 欧**明", "张三, 张*", "王, *", "Li Ming, L*****g"})
    void names_keep_their_first_and_last_character(String name, String masked) {
        assertThat(OwnerMask.name(name)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"13812345678, 138****5678", "0734-8123456, 073*****3456", "1234567, *******"})
    void phones_keep_three_and_four_digits(String phone, String masked) {
        assertThat(OwnerMask.keep(phone, 3, 4)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"430408199001011234, 430408********1234", "43040819900101123X, 430408********123X"})
    void id_numbers_keep_the_region_and_the_last_four(String id, String masked) {
        assertThat(OwnerMask.keep(id, 6, 4)).isEqualTo(masked);
    }
}

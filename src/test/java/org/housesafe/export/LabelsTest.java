package org.housesafe.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.housesafe.building.AttributeSchema;
import org.housesafe.lifecycle.Grade;
import org.housesafe.lifecycle.Judgement;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void every_code_of_the_attribute_schema_has_a_chinese_label() {
        List<String> missing = new ArrayList<>();
        for (AttributeSchema.Field f : AttributeSchema.fields()) {
            for (String code : f.codes()) {
                if (Labels.of(f.name(), code).equals(code)) {
                    missing.add(f.path() + "=" + code);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void judgements_and_grades_have_labels() {
        for (Judgement j : Judgement.values()) {
            assertThat(Labels.of(j)).isNotBlank().isNotEqualTo(j.code());
        }
        for (Grade g : Grade.values()) {
            assertThat(Labels.of(g)).startsWith(g.code() + "级");
        }
    }

    @Test
    void several_codes_join_with_the_chinese_enumeration_comma() {
        assertThat(Labels.of("measures", List.of("stop_use", "repair_reinforce"))).isEqualTo("停止使用、维修加固");
        assertThat(Labels.of("structure", (String) null)).isEmpty();
    }
}

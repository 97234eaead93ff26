package org.housesafe.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhotoFileNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "IMG_0001.jpg         | IMG_0001.jpg",
        "../../x.jpg          | x.jpg",
        "C:\\a\\b.jpg         | b.jpg",
        "/etc/passwd          | passwd",
        "..                   | NULL",
        "a..b.jpg             | ab.jpg",
        "....//x.jpg          | x.jpg",
        "'   '                | NULL",
        "''                   | NULL",
        "NULL                 | NULL",
        "照片 1.JPG            | 照片 1.JPG",
    })
    void a_client_file_name_is_reduced_to_a_safe_base_name(String name, String expected) {
        assertThat(PhotoFileName.sanitize(name)).isEqualTo(expected);
    }

    @Test
    void control_and_direction_override_characters_are_removed() {
        assertThat(PhotoFileName.sanitize("a\u0000b\nc\u202Egpj.exe")).isEqualTo("abcgpj.exe");
    }

    @Test
    void a_three_hundred_character_name_is_cut_to_one_hundred() {
        String name = "x".repeat(296) + ".jpg";
        assertThat(PhotoFileName.sanitize(name)).hasSize(100).isEqualTo("x".repeat(100));
    }

    @Test
    void a_cut_never_splits_a_character_outside_the_basic_plane() {
        String name = "x".repeat(99) + "\uD83D\uDCF7" + "y".repeat(10);
        assertThat(PhotoFileName.sanitize(name)).isEqualTo("x".repeat(99));
    }
}

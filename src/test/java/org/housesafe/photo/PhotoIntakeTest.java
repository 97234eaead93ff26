package org.housesafe.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.housesafe.photo.TestImages.APP0;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.housesafe.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uploaded bytes in, a clean JPEG (or the right refusal) out; every image is made in the test. */
class PhotoIntakeTest {
    static final Instant NOW = Instant.parse("2024-03-01T00:00:00Z");
    final PhotoIntake intake = new PhotoIntake(ZoneId.of("Asia/Shanghai"), Clock.fixed(NOW, ZoneOffset.UTC), 2);

    @Test
    void a_jpeg_is_accepted_and_written_anew_with_its_size_and_a_thumbnail() throws Exception {
        ProcessedPhoto p = intake.process(TestImages.jpeg(800, 600), "IMG_0001.jpg");
        assertThat(p.width()).isEqualTo(800);
        assertThat(p.height()).isEqualTo(600);
        assertThat(ImageKind.sniff(p.jpeg())).contains(ImageKind.JPEG);
        assertThat(decode(p.jpeg()).getWidth()).isEqualTo(800);
        BufferedImage thumb = decode(p.thumbnail());
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(240);
        assertThat(p.originalName()).isEqualTo("IMG_0001.jpg");
        assertThat(p.takenAt()).isNull();
        assertThat(p.lon()).isNull();
    }

    @Test
    void a_png_is_accepted_and_re_encoded_as_jpeg() throws Exception {
        ProcessedPhoto p = intake.process(TestImages.png(300, 500), "plan.png");
        assertThat(ImageKind.sniff(p.jpeg())).contains(ImageKind.JPEG);
        assertThat(decode(p.jpeg()).getHeight()).isEqualTo(500);
        assertThat(decode(p.thumbnail()).getHeight()).isEqualTo(320);
    }

    @Test
    void palette_grey_and_sixteen_bit_pngs_are_accepted() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_BYTE_GRAY,
                BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_BINARY}) {
            ProcessedPhoto p = intake.process(TestImages.write(TestImages.picture(90, 60, type), "png"), "p.png");
            assertThat(decode(p.jpeg()).getWidth()).as("type %d", type).isEqualTo(90);
        }
    }

    @Test
    void a_grey_jpeg_is_accepted() throws Exception {
        byte[] grey = TestImages.write(TestImages.picture(90, 60, BufferedImage.TYPE_BYTE_GRAY), "jpeg");
        assertThat(decode(intake.process(grey, "g.jpg").jpeg()).getHeight()).isEqualTo(60);
    }

    @Test
    void a_small_photo_keeps_its_size_in_the_thumbnail() throws Exception {
        ProcessedPhoto p = intake.process(TestImages.jpeg(100, 50), "small.jpg");
        assertThat(decode(p.thumbnail()).getWidth()).isEqualTo(100);
    }

    @Test
    void a_transparent_png_is_flattened_onto_white() throws Exception {
        ProcessedPhoto p = intake.process(TestImages.pngWithTransparentLeftHalf(200, 100), "a.png");
        BufferedImage out = decode(p.jpeg());
        assertThat(out.getColorModel().hasAlpha()).isFalse();
        assertNear(out.getRGB(20, 50), 0xFFFFFF);
        assertNear(out.getRGB(180, 50), 0x0000FF);
    }

    @Test
    void exif_time_and_gps_are_kept_as_fields() {
        byte[] photo = TestImages.withSegment(TestImages.jpeg(64, 48),
                TestImages.exif(Exif.empty().taken("2023:06:01 10:20:30").at(26.8912, 112.6075)));
        ProcessedPhoto p = intake.process(photo, "x.jpg");
        assertThat(p.takenAt()).isEqualTo(Instant.parse("2023-06-01T02:20:30Z"));
        assertThat(p.lat()).isCloseTo(26.8912, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p.lon()).isCloseTo(112.6075, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void an_exif_time_with_its_own_offset_is_read_in_that_offset() {
        byte[] photo = TestImages.withSegment(TestImages.jpeg(64, 48),
                TestImages.exif(Exif.empty().taken("2023:06:01 10:20:30").offset("+02:00")));
        assertThat(intake.process(photo, "x.jpg").takenAt()).isEqualTo(Instant.parse("2023-06-01T08:20:30Z"));
    }

    @Test
    void southern_and_western_positions_are_negative() {
        byte[] photo = TestImages.withSegment(TestImages.jpeg(64, 48),
                TestImages.exif(Exif.empty().at(-33.8568, -70.6483)));
        ProcessedPhoto p = intake.process(photo, "x.jpg");
        assertThat(p.lat()).isCloseTo(-33.8568, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p.lon()).isCloseTo(-70.6483, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void garbage_exif_values_are_ignored_not_refused() {
        for (Exif garbage : List.of(Exif.empty().at(95, 112), Exif.empty().at(26, 200),
                Exif.empty().at(26.5, 112.5).withZeroDenominators(), Exif.empty().at(0, 0),
                Exif.empty().taken("not a date at all!!"), Exif.empty().taken("1970:01:01 00:00:00"),
                Exif.empty().taken("2099:01:01 00:00:00"))) {
            ProcessedPhoto p = intake.process(TestImages.withSegment(TestImages.jpeg(64, 48),
                    TestImages.exif(garbage)), "x.jpg");
            assertThat(p.takenAt()).as("%s", garbage).isNull();
            assertThat(p.lat()).as("%s", garbage).isNull();
            assertThat(p.lon()).as("%s", garbage).isNull();
        }
    }

    @Test
    void an_exif_block_of_junk_is_ignored() {
        byte[] junk = TestImages.segment(TestImages.APP1, "Exif\0\0MM\0*\0\0\0\u0008\u00ff\u00ff"
                .getBytes(StandardCharsets.ISO_8859_1));
        ProcessedPhoto p = intake.process(TestImages.withSegment(TestImages.jpeg(64, 48), junk), "x.jpg");
        assertThat(p.width()).isEqualTo(64);
        assertThat(p.takenAt()).isNull();
    }

    @Test
    void a_photo_taken_sideways_is_turned_upright() throws Exception {
        byte[] photo = TestImages.withSegment(TestImages.jpeg(80, 40), TestImages.exif(Exif.empty().turned(6)));
        ProcessedPhoto p = intake.process(photo, "x.jpg");
        assertThat(p.width()).isEqualTo(40);
        assertThat(p.height()).isEqualTo(80);
        BufferedImage out = decode(p.jpeg());
        assertNear(out.getRGB(20, 10), 0xFF0000);
        assertNear(out.getRGB(20, 70), 0x0000FF);
    }

    /** The test picture is red on its left half as stored; where that half belongs once upright. */
    @ParameterizedTest(name = "orientation {0}: red half {1}")
    @CsvSource({"1, left", "2, right", "3, right", "4, left", "5, top", "6, top", "7, bottom", "8, bottom"})
    void every_exif_orientation_is_turned_upright(int orientation, String redHalf) throws Exception {
        byte[] photo = TestImages.withSegment(TestImages.jpeg(80, 40),
                TestImages.exif(Exif.empty().turned(orientation)));
        BufferedImage out = decode(intake.process(photo, "x.jpg").jpeg());
        boolean sideways = orientation >= 5;
        assertThat(out.getWidth()).isEqualTo(sideways ? 40 : 80);
        int w = out.getWidth();
        int h = out.getHeight();
        int red = switch (redHalf) {
            case "left" -> out.getRGB(w / 4, h / 2);
            case "right" -> out.getRGB(3 * w / 4, h / 2);
            case "top" -> out.getRGB(w / 2, h / 4);
            default -> out.getRGB(w / 2, 3 * h / 4);
        };
        assertNear(red, 0xFF0000);
    }

    @Test
    void the_output_carries_no_metadata_at_all() throws Exception {
        byte[] photo = TestImages.jpeg(64, 48);
        photo = TestImages.withSegment(photo, TestImages.exif(Exif.empty().taken("2023:06:01 10:20:30")
                .at(26.8912, 112.6075)));
        photo = TestImages.withSegment(photo, TestImages.xmp("<x:xmpmeta xmlns:x='adobe:ns:meta/'>secret</x:xmpmeta>"));
        photo = TestImages.withSegment(photo, TestImages.comment("owner: 张三 13800000000"));
        ProcessedPhoto p = intake.process(photo, "x.jpg");
        for (byte[] out : List.of(p.jpeg(), p.thumbnail())) {
            List<Integer> markers = TestImages.markersBeforeScan(out);
            assertThat(markers).filteredOn(m -> m >= 0xE1 && m <= 0xEF || m == TestImages.COM).isEmpty();
            assertThat(markers).startsWith(APP0);
            assertThat(TestImages.contains(out, "Exif")).isFalse();
            assertThat(TestImages.contains(out, "secret")).isFalse();
            assertThat(TestImages.contains(out, "13800000000")).isFalse();
            assertThat(directoryNames(out)).noneMatch(n -> n.contains("GPS") || n.contains("Exif")
                    || n.contains("XMP") || n.contains("Comment"));
        }
    }

    @Test
    void a_polyglot_jpeg_with_html_loses_its_payload() {
        String payload = "<html><script>alert(document.cookie)</script></html>";
        byte[] hidden = TestImages.withSegment(TestImages.jpeg(64, 48), TestImages.comment(payload));
        byte[] appended = TestImages.concat(TestImages.jpeg(64, 48), payload.getBytes(StandardCharsets.UTF_8));
        for (byte[] polyglot : List.of(hidden, appended)) {
            ProcessedPhoto p = intake.process(polyglot, "x.jpg");
            assertThat(TestImages.contains(p.jpeg(), "<script")).isFalse();
            assertThat(TestImages.contains(p.jpeg(), "<html")).isFalse();
            assertThat(TestImages.endsWithEoi(p.jpeg())).isTrue();
        }
    }

    @Test
    void an_svg_named_jpg_is_refused_as_unsupported() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><rect width='1' height='1'/></svg>";
        assertStatus(svg.getBytes(StandardCharsets.UTF_8), "evil.jpg", 415);
    }

    @Test
    void html_and_gif_and_text_are_refused_as_unsupported() {
        assertStatus("<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "a.jpg", 415);
        assertStatus(TestImages.gif(10, 10), "a.gif", 415);
        assertStatus(new byte[] {(byte) 0xFF, (byte) 0xD8}, "short.jpg", 415);
    }

    @Test
    void a_one_kilobyte_png_declaring_fifty_thousand_pixels_a_side_is_refused_quickly() {
        byte[] bomb = TestImages.pngDeclaring(50_000, 50_000);
        assertThat(bomb.length).isLessThan(1500);
        long start = System.nanoTime();
        ApiException e = refusal(bomb, "bomb.png");
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.type()).isEqualTo("image-too-large");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void a_sixteen_bit_png_of_thirty_six_megapixels_in_280_kilobytes_is_refused_before_decoding() {
        byte[] bomb = TestImages.zeroPng(6_000, 6_000, 16, 2);
        assertThat(bomb.length).isBetween(150_000, 400_000);
        checkRefusedQuickly(bomb);
    }

    @Test
    void a_palette_png_and_an_eight_bit_png_that_inflate_far_beyond_their_file_are_refused_before_decoding() {
        checkRefusedQuickly(TestImages.zeroPng(6_000, 6_000, 1, 3));
        checkRefusedQuickly(TestImages.zeroPng(6_000, 6_000, 8, 2));
        checkRefusedQuickly(TestImages.zeroPng(3_000, 2_000, 16, 0));
    }

    @Test
    void a_small_deep_png_and_an_ordinary_photo_sized_png_are_still_accepted() {
        assertThat(intake.process(TestImages.zeroPng(1_000, 800, 16, 2), "deep.png").width()).isEqualTo(1_000);
        assertThat(intake.process(TestImages.zeroPng(4_000, 3_000, 8, 2), "flat.png").width()).isEqualTo(4_000);
    }

    private void checkRefusedQuickly(byte[] png) {
        long start = System.nanoTime();
        ApiException e = refusal(png, "bomb.png");
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.type()).isEqualTo("image-too-large");
        assertThat(System.nanoTime() - start).as("refused before decoding").isLessThan(500_000_000L);
    }

    @Test
    void headers_over_forty_megapixels_or_twenty_thousand_pixels_a_side_are_refused() {
        assertThat(refusal(TestImages.pngDeclaring(8_000, 6_000), "a.png").type()).isEqualTo("image-too-large");
        assertThat(refusal(TestImages.pngDeclaring(20_001, 10), "a.png").type()).isEqualTo("image-too-large");
        byte[] jpeg = TestImages.jpeg(64, 48);
        assertThat(refusal(TestImages.jpegDeclaring(jpeg, 65_000, 65_000), "a.jpg").type())
                .isEqualTo("image-too-large");
        assertThat(refusal(TestImages.jpegDeclaring(jpeg, 7_000, 6_000), "a.jpg").type())
                .isEqualTo("image-too-large");
    }

    @Test
    void more_than_ten_megabytes_is_refused_as_too_large() {
        byte[] big = TestImages.concat(TestImages.jpeg(64, 48), new byte[PhotoIntake.MAX_BYTES]);
        assertStatus(big, "big.jpg", 413);
    }

    @Test
    void truncated_or_corrupt_images_are_invalid_not_a_server_error() {
        byte[] jpeg = TestImages.jpeg(400, 300);
        byte[] png = TestImages.png(400, 300);
        List<byte[]> broken = new ArrayList<>(List.of(
                java.util.Arrays.copyOf(jpeg, jpeg.length / 2),
                java.util.Arrays.copyOf(jpeg, 200),
                java.util.Arrays.copyOf(png, png.length / 2),
                java.util.Arrays.copyOf(png, 40),
                TestImages.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, new byte[5000]),
                TestImages.pngDeclaring(400, 300),
                new byte[0]));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] damaged = jpeg.clone();
            for (int j = 0; j < 30; j++) {
                damaged[200 + random.nextInt(damaged.length - 200)] = (byte) random.nextInt();
            }
            broken.add(damaged);
        }
        for (byte[] b : broken) {
            try {
                intake.process(b, "broken");
            } catch (ApiException e) {
                assertThat(e.status()).isEqualTo(422);
                continue;
            }
            // a few random byte flips still decode (JPEG has no checksum); that is fine too
            assertThat(b.length).isGreaterThan(1000);
        }
        for (byte[] b : broken.subList(0, 7)) {
            assertStatus(b, "broken", 422);
        }
    }

    private static void assertStatus(byte[] bytes, String name, int status) {
        assertThat(refusal(bytes, name).status()).isEqualTo(status);
    }

    private static ApiException refusal(byte[] bytes, String name) {
        PhotoIntake intake = new PhotoIntake(ZoneId.of("Asia/Shanghai"), Clock.fixed(NOW, ZoneOffset.UTC), 1);
        try {
            intake.process(bytes, name);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("accepted " + name);
    }

    private static BufferedImage decode(byte[] jpeg) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static List<String> directoryNames(byte[] jpeg) throws Exception {
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        List<String> names = new ArrayList<>();
        for (Directory d : m.getDirectories()) {
            names.add(d.getName());
        }
        return names;
    }

    private static void assertNear(int argb, int rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(Math.abs(((argb >> shift) & 0xFF) - ((rgb >> shift) & 0xFF)))
                    .as("channel at %d of %06x vs %06x", shift, argb & 0xFFFFFF, rgb).isLessThan(40);
        }
    }
}

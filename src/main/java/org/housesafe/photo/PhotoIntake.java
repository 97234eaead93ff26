package org.housesafe.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.housesafe.platform.web.ApiException;

/**
 * Turns uploaded bytes into a {@link ProcessedPhoto}, refusing in this order: more than
 * {@link #MAX_BYTES} (413); not JPEG or PNG by its first bytes (415); a header that promises a
 * decode costlier than the file justifies ({@link DecodeCost}: over {@link #MAX_PIXELS} or
 * {@link #MAX_SIDE}, a bomb that inflates far beyond its bytes, a large 16-bit PNG) — checked
 * before any pixel is decoded and before waiting for a turn (422); data that does not decode
 * cleanly, truncated or corrupt (422). What passes is decoded and written anew, so nothing but
 * its pixels reaches storage. Decoding is memory-heavy (up to ~320 MB for the largest allowed
 * image), so only a few run at once, one per user ({@link DecodeTurns}); a caller that waits too
 * long for its turn gets a 503.
 */
public final class PhotoIntake {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = DecodeCost.MAX_PIXELS;
    public static final int MAX_SIDE = DecodeCost.MAX_SIDE;
    static final int THUMBNAIL_SIDE = 320;
    static final float QUALITY = 0.85f;
    private static final Duration WAIT_FOR_TURN = Duration.ofSeconds(30);
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);
    private static final String UNDECODABLE =
            "the image cannot be decoded: truncated, corrupt, or a variant not supported (CMYK, 12-bit)";

    private final ZoneId zone;
    private final Clock clock;
    private final DecodeTurns turns;

    /**
     * @param zone              where the cameras are, to read EXIF times that carry no offset
     * @param concurrentDecodes how many uploads may be decoded at the same time
     */
    public PhotoIntake(ZoneId zone, Clock clock, int concurrentDecodes) {
        this.zone = zone;
        this.clock = clock;
        this.turns = new DecodeTurns(concurrentDecodes, WAIT_FOR_TURN);
    }

    /** {@link #process(byte[], String, Object)} for one anonymous owner (tests, tools). */
    public ProcessedPhoto process(byte[] upload, String clientFileName) {
        return process(upload, clientFileName, "");
    }

    /**
     * @param owner who uploads (their photos are decoded one at a time)
     * @throws ApiException 413, 415, 422 as the class describes; 503 when too busy
     */
    public ProcessedPhoto process(byte[] upload, String clientFileName, Object owner) {
        if (upload.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (upload.length == 0) {
            throw invalid("the file is empty");
        }
        ImageKind kind = ImageKind.sniff(upload).orElseThrow(() -> new ApiException(415, "unsupported-media-type",
                "Not a JPEG or PNG image", "A photo must be a JPEG or PNG image", List.of(), Map.of()));
        ExifFields exif = ExifFields.read(upload, zone, clock.instant().plus(CLOCK_SKEW));
        DecodeCost.check(upload, kind);
        try (DecodeTurns.Turn turn = turns.take(owner)) {
            BufferedImage upright = JpegOutput.upright(decode(upload, kind), exif.orientation());
            byte[] thumbnail = JpegOutput.encode(JpegOutput.scaledWithin(upright, THUMBNAIL_SIDE), QUALITY);
            return new ProcessedPhoto(JpegOutput.encode(upright, QUALITY), thumbnail, upright.getWidth(),
                    upright.getHeight(), exif.takenAt(), exif.lon(), exif.lat(), PhotoFileName.sanitize(clientFileName));
        }
    }

    /** Decodes the pixels of an upload whose cost {@link DecodeCost} has accepted. */
    static BufferedImage decode(byte[] bytes, ImageKind kind) {
        ImageReader reader = kind.newReader();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            BufferedImage image = readPixels(reader);
            if (image == null || !warnings.isEmpty()) {
                throw invalid(UNDECODABLE);
            }
            return image;
        } catch (IOException e) {
            throw invalid(UNDECODABLE);
        } finally {
            reader.dispose();
        }
    }

    /** Decoders throw unchecked exceptions on some corrupt input; those are bad input, not bugs. */
    private static BufferedImage readPixels(ImageReader reader) throws IOException {
        try {
            return reader.read(0, reader.getDefaultReadParam());
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
                 | ArithmeticException | NegativeArraySizeException | UnsupportedOperationException e) {
            throw invalid(UNDECODABLE);
        }
    }

    static ApiException tooLarge() {
        return new ApiException(413, "photo-too-large", "Photo too large",
                "A photo may be at most " + MAX_BYTES / (1024 * 1024) + " MB", List.of(), Map.of());
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid("invalid-image", "Invalid image", "file", message);
    }
}

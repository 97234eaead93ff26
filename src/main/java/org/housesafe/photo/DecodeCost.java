package org.housesafe.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.housesafe.platform.web.ApiException;

/**
 * What decoding an upload would cost, judged from its header and its size in bytes before any
 * pixel is decoded, so that a small file cannot buy a long decode (a "decompression bomb"). Four
 * limits, each a 422 {@code image-too-large}:
 * <ul>
 *   <li>at most {@link #MAX_PIXELS} and {@link #MAX_SIDE} px a side, whatever the file;</li>
 *   <li>above {@link #FREE_PIXELS} (any ordinary phone photo is under it), at least one byte of
 *       file per {@link #PIXELS_PER_BYTE} pixels: a real photo of 40 megapixels is megabytes,
 *       while a 280 KB PNG that inflates to 36 megapixels is a bomb;</li>
 *   <li>a PNG of 16 bits per sample, whose decoding ImageIO does through a slow generic path
 *       (about 26 s for 36 megapixels on a 2-core server), at most {@link #DEEP_PIXELS}.</li>
 * </ul>
 */
final class DecodeCost {
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 20_000;
    static final long FREE_PIXELS = 12_000_000L;
    static final int PIXELS_PER_BYTE = 64;
    static final long DEEP_PIXELS = 4_000_000L;
    /** Where a PNG's bit depth sits: signature (8), IHDR length and type (8), width and height (8). */
    private static final int PNG_BIT_DEPTH = 24;

    private DecodeCost() {
    }

    /**
     * Refuses {@code upload} when decoding it would cost more than the class allows.
     *
     * @throws ApiException 422 {@code image-too-large}, or 422 {@code invalid-image} when the header cannot be read
     */
    static void check(byte[] upload, ImageKind kind) {
        Size size = Size.of(upload, kind);
        long pixels = (long) size.w() * size.h();
        String dims = size.w() + " × " + size.h() + " px";
        if (size.w() > MAX_SIDE || size.h() > MAX_SIDE || pixels > MAX_PIXELS) {
            throw tooLarge(dims + ": at most " + MAX_PIXELS / 1_000_000 + " megapixels and " + MAX_SIDE
                    + " px a side");
        }
        if (pixels > FREE_PIXELS && (long) upload.length * PIXELS_PER_BYTE < pixels) {
            throw tooLarge(dims + " in " + upload.length / 1024 + " KB: an image over " + FREE_PIXELS / 1_000_000
                    + " megapixels needs at least 1 byte of file per " + PIXELS_PER_BYTE + " pixels");
        }
        if (kind == ImageKind.PNG && upload.length > PNG_BIT_DEPTH && upload[PNG_BIT_DEPTH] == 16
                && pixels > DEEP_PIXELS) {
            throw tooLarge(dims + " at 16 bits per sample: at most " + DEEP_PIXELS / 1_000_000
                    + " megapixels; save it with 8 bits per sample");
        }
    }

    private static ApiException tooLarge(String message) {
        return ApiException.invalid("image-too-large", "Image too large", "file", message);
    }

    /** The size the header declares, read by the decoder that would decode the pixels. */
    private record Size(int w, int h) {
        static Size of(byte[] upload, ImageKind kind) {
            ImageReader reader = kind.newReader();
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } catch (IOException | RuntimeException e) {
                throw ApiException.invalid("invalid-image", "Invalid image", "file", "the image header cannot be read");
            } finally {
                reader.dispose();
            }
        }
    }
}

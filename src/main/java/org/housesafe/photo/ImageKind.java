package org.housesafe.photo;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The image types a photo upload may be, recognised by their first bytes only: the file name and
 * the declared Content-Type are the client's word and are never trusted.
 */
enum ImageKind {
    JPEG("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    private final String imageIoFormat;
    private final byte[] magic;

    ImageKind(String imageIoFormat, byte[] magic) {
        this.imageIoFormat = imageIoFormat;
        this.magic = magic;
    }

    /** A new ImageIO reader of this kind (the JDK's own); dispose of it after use. */
    ImageReader newReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(imageIoFormat);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + this);
        }
        return readers.next();
    }

    /** The kind whose signature starts {@code bytes}, or empty for anything else. */
    static Optional<ImageKind> sniff(byte[] bytes) {
        for (ImageKind kind : values()) {
            if (bytes.length >= kind.magic.length
                    && Arrays.equals(bytes, 0, kind.magic.length, kind.magic, 0, kind.magic.length)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

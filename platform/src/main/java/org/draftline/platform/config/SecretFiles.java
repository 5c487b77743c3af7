package org.draftline.platform.config;

import org.slf4j.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold a key beside the data (the head signing key, the feed token key): made owner-only, written
 * aside and linked into place, so that two instances starting at once end with one key, and reported when
 * someone made them readable by others.
 */
public final class SecretFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {
    }

    /**
     * Writes {@code content} to {@code file} unless it exists by the time the write is linked into place.
     *
     * @return true when this call made the file, false when another (an instance starting beside) made it first
     */
    public static boolean writeOnce(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        boolean posix = posix();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, posix ? new FileAttribute<?>[]{
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)} : new FileAttribute<?>[0]);
        }
        String prefix = "." + file.getFileName();
        Path written = posix
                ? Files.createTempFile(directory, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(directory, prefix, ".tmp");
        try {
            Files.writeString(written, content, StandardCharsets.US_ASCII);
            Files.createLink(file, written);
            return true;
        } catch (FileAlreadyExistsException alreadyMade) {
            return false;
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** Warns, naming {@code what}, when the file can be read by anyone but its owner. */
    public static void warnIfReadableByOthers(Path file, String what, Logger log) throws IOException {
        if (posix()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY_FILE.containsAll(permissions)) {
                log.warn("The {} {} can be read by others ({}); make it owner-only: chmod 600", what, file,
                        PosixFilePermissions.toString(permissions));
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

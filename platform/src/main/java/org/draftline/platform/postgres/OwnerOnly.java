package org.draftline.platform.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A folder only its owner may change: where the embedded PostgreSQL's programs are unpacked and run from
 * (zonky's default, the system's temporary folder, is writable by every local user, who could replace
 * them and run as Draftline).
 */
final class OwnerOnly {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the folder owner-only if absent, and closes it to others if they could write to it. */
    static Path directory(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        PosixFileAttributeView posix = Files.getFileAttributeView(absolute, PosixFileAttributeView.class);
        if (posix == null) {
            return absolute; // not a POSIX file system (Windows): its folder rights come from the user's profile
        }
        if (!posix.readAttributes().permissions().equals(OWNER_ONLY)) {
            posix.setPermissions(OWNER_ONLY);
        }
        return absolute;
    }
}

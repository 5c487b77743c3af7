package org.draftline.platform.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded PostgreSQL superuser's password: generated once, kept in a file readable and writable by
 * its owner only, and read again at every start.
 */
final class PostgresPassword {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PostgresPassword() {
    }

    static String readOrCreate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                create(file);
            }
            restrictToOwner(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The embedded PostgreSQL's password file " + file + " is empty; "
                        + "restore it, or remove it together with the data directory to start afresh");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded PostgreSQL's password in " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            if (isPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (isPosix(file)) {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } else {
            java.io.File plain = file.toFile();
            plain.setReadable(false, false);
            plain.setWritable(false, false);
            plain.setReadable(true, true);
            plain.setWritable(true, true);
        }
    }

    private static boolean isPosix(Path file) {
        return Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class) != null;
    }
}

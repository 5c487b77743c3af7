package org.draftline.platform.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Found by an attack: zonky unpacked PostgreSQL's programs into a folder every local user could write. */
class OwnerOnlyTest {

    @TempDir
    Path temp;

    @Test
    void aFolderOthersCouldWriteIsClosedToThem() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        OwnerOnly.directory(shared);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwx------");
    }

    @Test
    void anAbsentFolderIsMadeOwnerOnly() throws Exception {
        Path made = OwnerOnly.directory(temp.resolve("cache/draftline/postgres"));
        assertThat(made).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rwx------");
    }
}

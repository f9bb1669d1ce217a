package org.restauth.store.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The file before SQLite opens it: created owner-only on first start (the directory 0700, the file 0600; SQLite
 * gives its -wal and -shm files the database file's mode and owner), refused if it is not writable.
 */
final class DatabaseFile {
    private static final boolean POSIX = Path.of(".").getFileSystem().supportedFileAttributeViews().contains("posix");

    private DatabaseFile() {
    }

    static Path prepare(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Path dir = absolute.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, ownerOnly("rwx------"));
            }
            if (Files.notExists(absolute)) {
                createFile(absolute);
            }
        } catch (IOException e) {
            throw new SqliteOpenException(absolute, "cannot create it (" + e.getMessage() + ")", e);
        }
        requireWritable(absolute);
        return absolute;
    }

    private static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, ownerOnly("rw-------"));
        } catch (FileAlreadyExistsException e) {
            // another process created it first: it is used as it is
        }
    }

    /** Checked on the mode as well, because root may write a file whose mode says read-only. */
    private static void requireWritable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SqliteOpenException(file, "not a regular file");
        }
        boolean ownerMayWrite = true;
        if (POSIX) {
            try {
                ownerMayWrite = Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
            } catch (IOException e) {
                throw new SqliteOpenException(file, "cannot read its mode (" + e.getMessage() + ")", e);
            }
        }
        if (!ownerMayWrite || !Files.isWritable(file)) {
            throw new SqliteOpenException(file, "read-only: restauth writes sessions and people to it"
                    + " (give its owner write permission, or point restauth.sqlite.path at a writable file)");
        }
    }

    private static FileAttribute<?>[] ownerOnly(String mode) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))}
                : new FileAttribute<?>[0];
    }
}

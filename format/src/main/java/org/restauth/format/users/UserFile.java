package org.restauth.format.users;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;

/**
 * Reads and writes the users file:
 * {@code {"users":[{"email":"a@b.c","uid":8055,"password":"pbkdf2-sha256$600000$SALT$HASH"}]}}.
 * Only password hashes are stored. Writing replaces the file atomically with an owner-only copy, so a
 * server reading it never sees half a file.
 */
public final class UserFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    private UserFile() {
    }

    /**
     * The people in the file, in file order. Refuses a malformed file, an invalid entry and two entries
     * sharing an email or a uid; the message names the entry (its number and email), never a hash. A hash
     * whose iteration count or fields are out of bounds is refused here too ({@link PasswordHash#parse}), so an
     * edited file cannot make one login a minute of CPU.
     */
    public static List<User> read(Path file) throws IOException {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = MAPPER.readValue(in, Document.class);
        } catch (JacksonException e) {
            throw new IOException("users file " + file + " is not valid: " + e.getOriginalMessage());
        }
        if (document == null || document.users() == null) {
            throw new IOException("users file " + file + " has no \"users\" list");
        }
        List<User> users = new ArrayList<>(document.users().size());
        for (Entry entry : document.users()) {
            users.add(toUser(file, users.size() + 1, entry));
        }
        requireUnique(file, users);
        return List.copyOf(users);
    }

    /** Replaces the file: a temporary file in the same folder (mode 600 where POSIX), then an atomic move. */
    public static void write(Path file, List<User> users) throws IOException {
        requireUnique(file, users);
        List<Entry> entries = users.stream()
                .map(u -> new Entry(u.email(), u.uid(), u.passwordHash().encoded()))
                .toList();
        byte[] json = MAPPER.writeValueAsBytes(new Document(entries));
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp", ownerOnly(target));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(json));
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
                channel.force(true); // on disk before it takes the real name
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path target) throws IOException {
        boolean posix = Files.getFileStore(target.getParent()).supportsFileAttributeView("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static User toUser(Path file, int position, Entry entry) throws IOException {
        if (entry == null || entry.email() == null || entry.password() == null) {
            throw new IOException("users file " + file + ": entry " + position + " needs email, uid and password");
        }
        try {
            return new User(entry.email(), entry.uid(), PasswordHash.parse(entry.password()));
        } catch (IllegalArgumentException e) {
            throw new IOException("users file " + file + ": entry " + position + " (" + shown(entry.email()) + "): "
                    + e.getMessage());
        }
    }

    /** The email as an operator finds it in the file; a very long one cut short for the message. */
    private static String shown(String email) {
        String trimmed = email.strip();
        return trimmed.length() <= 80 ? trimmed : trimmed.substring(0, 80) + "...";
    }

    private static void requireUnique(Path file, List<User> users) throws IOException {
        Set<String> emails = new HashSet<>();
        Set<Long> uids = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            if (!emails.add(user.email())) {
                throw new IOException("users file " + file + ": entry " + (i + 1) + " repeats an email");
            }
            if (!uids.add(user.uid())) {
                throw new IOException("users file " + file + ": entry " + (i + 1) + " repeats a uid");
            }
        }
    }

    /** The file's top level. */
    record Document(List<Entry> users) {
    }

    /** One person as stored; {@code password} is the encoded hash, never a password. */
    @JsonPropertyOrder({"email", "uid", "password"})
    record Entry(String email, long uid, String password) {
    }
}

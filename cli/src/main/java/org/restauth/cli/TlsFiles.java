package org.restauth.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * The PEM files of {@code restauth tls init}. Private keys are written owner-only from the first byte (a temporary
 * file made 0600, then moved into place), in a directory that is owner-only too.
 */
final class TlsFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PUBLIC_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private TlsFiles() {
    }

    static void ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
    }

    static void writeCertificate(Path file, X509Certificate certificate) throws IOException {
        write(file, pem(certificate), PUBLIC_FILE);
    }

    /** PKCS#8, unencrypted: the file's permissions protect it, and the server reads it without a password. */
    static void writeKey(Path file, PrivateKey key) throws IOException {
        write(file, pem(new JcaPKCS8Generator(key, null)), OWNER_ONLY_FILE);
    }

    static Credential read(Path certificateFile, Path keyFile) throws IOException {
        try (Reader certificates = Files.newBufferedReader(certificateFile, StandardCharsets.US_ASCII);
             Reader keys = Files.newBufferedReader(keyFile, StandardCharsets.US_ASCII)) {
            Object certificate = new PEMParser(certificates).readObject();
            Object key = new PEMParser(keys).readObject();
            if (!(certificate instanceof X509CertificateHolder holder) || !(key instanceof PrivateKeyInfo info)) {
                throw new IOException(certificateFile + " and " + keyFile
                        + " are not the PEM certificate and PKCS#8 key restauth tls init writes");
            }
            return new Credential(new JcaX509CertificateConverter().getCertificate(holder),
                    new JcaPEMKeyConverter().getPrivateKey(info));
        } catch (CertificateException e) {
            throw new IOException(certificateFile + " holds no readable certificate");
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static void write(Path file, String content, Set<PosixFilePermission> permissions) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".restauth-", ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        try {
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(temporary, permissions);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

package org.restauth.server.tls;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMDecryptorProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads the PEM files of {@code restauth.tls.certificate} and {@code private-key} with Bouncy Castle: a chain of
 * certificates; a key as PKCS#8 (plain or encrypted) or the older OpenSSL forms (RSA/EC, plain or encrypted).
 */
final class PemFiles {
    private static final String KEY = "restauth.tls.private-key";
    private static final String PASSWORD = "restauth.tls.key-password";
    /** Encrypted keys name ciphers as OpenSSL does (AES/CBC/PKCS7Padding), which the JDK's providers do not know.
     * Given to the decryptors only, never installed: nothing else in the process changes. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private PemFiles() {
    }

    static List<X509Certificate> certificates(String key, Path file) {
        List<X509Certificate> chain = new ArrayList<>();
        try (PEMParser parser = parser(key, file)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder holder) {
                    chain.add(new JcaX509CertificateConverter().getCertificate(holder));
                }
            }
        } catch (IOException | CertificateException e) {
            throw failure(key, file, "not a readable PEM certificate");
        }
        if (chain.isEmpty()) {
            throw failure(key, file, "holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return chain;
    }

    static PrivateKey privateKey(Path file, String password) {
        try (PEMParser parser = parser(KEY, file)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                PrivateKeyInfo info = keyInfo(file, object, password);
                if (info != null) {
                    return new JcaPEMKeyConverter().getPrivateKey(info);
                }
            }
        } catch (IOException e) {
            throw failure(KEY, file, "not a readable PEM private key");
        }
        throw failure(KEY, file, "holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }

    private static PrivateKeyInfo keyInfo(Path file, Object object, String password) throws IOException {
        if (object instanceof PrivateKeyInfo info) {
            return info;
        }
        if (object instanceof PEMKeyPair pair) {
            return pair.getPrivateKeyInfo();
        }
        if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            try {
                InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder()
                        .setProvider(BOUNCY_CASTLE).build(password(file, password));
                return encrypted.decryptPrivateKeyInfo(decryptor);
            } catch (PKCSException | OperatorCreationException e) {
                throw failure(KEY, file, PASSWORD + " does not decrypt this key (wrong password?)");
            }
        }
        if (object instanceof PEMEncryptedKeyPair encrypted) {
            try {
                PEMDecryptorProvider decryptor = new JcePEMDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(password(file, password));
                return encrypted.decryptKeyPair(decryptor).getPrivateKeyInfo();
            } catch (PEMException e) {
                throw failure(KEY, file, PASSWORD + " does not decrypt this key (wrong password?)");
            }
        }
        return null;
    }

    private static char[] password(Path file, String password) {
        if (password == null || password.isEmpty()) {
            throw failure(KEY, file, "the key is encrypted: set " + PASSWORD);
        }
        return password.toCharArray();
    }

    private static PEMParser parser(String key, Path file) {
        try {
            Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
            return new PEMParser(reader);
        } catch (IOException e) {
            throw failure(key, file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static TlsConfigurationException failure(String key, Path file, String problem) {
        return new TlsConfigurationException(key + " " + file + ": " + problem);
    }
}

package org.restauth.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;

/**
 * The server's certificate chain and key, from {@link TlsProperties}, checked before anything listens: the key
 * opens, it belongs to the certificate, the certificate is valid now. They end in an in-memory key store under a
 * password of its own; nothing is written anywhere.
 */
final class ServerKeys {
    private static final String ALIAS = "server";

    private ServerKeys() {
    }

    static KeyManagerFactory load(TlsProperties props, Clock clock) {
        boolean pem = props.getCertificate() != null && !props.getCertificate().isBlank();
        boolean pkcs12 = props.getPkcs12() != null && !props.getPkcs12().isBlank();
        if (pem == pkcs12) {
            throw new TlsConfigurationException(pem
                    ? "restauth.tls: set restauth.tls.certificate + private-key, or restauth.tls.pkcs12, not both"
                    : "restauth.tls: restauth.tls.private-key needs restauth.tls.certificate");
        }
        if (pem && (props.getPrivateKey() == null || props.getPrivateKey().isBlank())) {
            throw new TlsConfigurationException("restauth.tls.certificate needs restauth.tls.private-key");
        }
        return pem ? fromPem(props, clock) : fromPkcs12(Path.of(props.getPkcs12().trim()),
                props.getPkcs12Password(), clock);
    }

    private static KeyManagerFactory fromPem(TlsProperties props, Clock clock) {
        Path certificateFile = Path.of(props.getCertificate().trim());
        Path keyFile = Path.of(props.getPrivateKey().trim());
        List<X509Certificate> chain = PemFiles.certificates(TlsConfigured.CERTIFICATE, certificateFile);
        PrivateKey key = PemFiles.privateKey(keyFile, props.getKeyPassword());
        check(chain, key, TlsConfigured.CERTIFICATE + " " + certificateFile,
                "restauth.tls.private-key " + keyFile, clock);
        return keyManagers(chain.toArray(Certificate[]::new), key);
    }

    private static KeyManagerFactory fromPkcs12(Path file, String password, Clock clock) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
        } catch (IOException | GeneralSecurityException e) {
            throw PemFiles.failure(TlsConfigured.PKCS12, file, Files.isReadable(file)
                    ? "restauth.tls.pkcs12-password does not open it, or it is no PKCS#12 file"
                    : "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements(); ) {
                String alias = aliases.nextElement();
                Key key = store.isKeyEntry(alias) ? store.getKey(alias, secret) : null;
                if (key instanceof PrivateKey privateKey) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    String named = TlsConfigured.PKCS12 + " " + file;
                    check(Arrays.stream(chain).map(X509Certificate.class::cast).toList(), privateKey, named, named,
                            clock);
                    return keyManagers(chain, privateKey);
                }
            }
        } catch (GeneralSecurityException e) {
            throw PemFiles.failure(TlsConfigured.PKCS12, file, "its key does not open with restauth.tls.pkcs12-password");
        }
        throw PemFiles.failure(TlsConfigured.PKCS12, file, "holds no private key with its certificate");
    }

    private static void check(List<X509Certificate> chain, PrivateKey key, String certificate, String keyName,
                              Clock clock) {
        X509Certificate leaf = chain.get(0);
        Instant now = clock.instant();
        if (now.isAfter(leaf.getNotAfter().toInstant())) {
            throw new TlsConfigurationException(certificate + ": the certificate expired on "
                    + leaf.getNotAfter().toInstant());
        }
        if (now.isBefore(leaf.getNotBefore().toInstant())) {
            throw new TlsConfigurationException(certificate + ": the certificate is valid only from "
                    + leaf.getNotBefore().toInstant());
        }
        if (!belongTogether(leaf, key)) {
            throw new TlsConfigurationException(keyName + ": this key does not belong to the certificate in "
                    + certificate.substring(certificate.indexOf(' ') + 1));
        }
    }

    /** Signs random bytes with the key and verifies them with the certificate: works for RSA, EC and EdDSA alike. */
    private static boolean belongTogether(X509Certificate certificate, PrivateKey key) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            default -> key.getAlgorithm();
        };
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyManagerFactory keyManagers(Certificate[] chain, PrivateKey key) {
        char[] password = new char[32];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot hold the server key in memory: " + e.getClass().getName());
        }
    }
}

package org.restauth.server.login;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Broken variants of {@code restauth tls init}'s files, for the start-up refusals: Bouncy Castle, as the CLI. */
final class TestCertificates {
    private TestCertificates() {
    }

    /** The key as encrypted PKCS#8 (AES-256, as {@code openssl pkcs8 -topk8 -v2 aes256} writes it). */
    static Path encryptedKey(Path plainKey, String password) throws IOException, OperatorCreationException {
        PrivateKey key = readKey(plainKey);
        Path encrypted = plainKey.resolveSibling("encrypted.key");
        write(encrypted, new JcaPKCS8Generator(key, new JceOpenSSLPKCS8EncryptorBuilder(
                org.bouncycastle.openssl.PKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider()).setPassword(password.toCharArray()).build()));
        return encrypted;
    }

    /** The server certificate again, same key and names, signed by the same CA, but valid until {@code notAfter}. */
    static Path expiredCopy(DropInFiles files, String notAfter) throws IOException, GeneralSecurityException,
            OperatorCreationException {
        X509Certificate server = readCertificate(files.certificate());
        X509Certificate ca = readCertificate(files.caCertificate());
        Instant end = Instant.parse(notAfter);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), server.getSerialNumber().add(
                java.math.BigInteger.ONE), Date.from(end.minusSeconds(86_400L * 365)), Date.from(end),
                X500Name.getInstance(server.getSubjectX500Principal().getEncoded()), server.getPublicKey());
        X509Certificate expired = new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(readKey(files.dir.resolve("restauth-ca.key")))));
        Path file = files.dir.resolve("expired.crt");
        write(file, expired);
        return file;
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) new PEMParser(reader).readObject());
        }
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) new PEMParser(reader).readObject());
        }
    }

    private static void write(Path file, Object pem) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(pem);
        }
        Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
    }
}

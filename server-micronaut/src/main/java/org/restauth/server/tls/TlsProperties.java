package org.restauth.server.tls;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code restauth.tls.*}: a PEM certificate (chain) and private key, or a PKCS#12 file, and the HTTPS port.
 * HTTP stays on {@code micronaut.server.port}. Passwords are left out of {@link #toString()}.
 */
@ConfigurationProperties("restauth.tls")
public final class TlsProperties {
    static final int DEFAULT_PORT = 8443;

    private String certificate;
    private String privateKey;
    private String keyPassword;
    private String pkcs12;
    private String pkcs12Password;
    private int port = DEFAULT_PORT;

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public String getKeyPassword() {
        return keyPassword;
    }

    public void setKeyPassword(String keyPassword) {
        this.keyPassword = keyPassword;
    }

    public String getPkcs12() {
        return pkcs12;
    }

    public void setPkcs12(String pkcs12) {
        this.pkcs12 = pkcs12;
    }

    public String getPkcs12Password() {
        return pkcs12Password;
    }

    public void setPkcs12Password(String pkcs12Password) {
        this.pkcs12Password = pkcs12Password;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    @Override
    public String toString() {
        return "TlsProperties[certificate=" + certificate + ", private-key=" + privateKey + ", pkcs12=" + pkcs12
                + ", port=" + port + "]";
    }
}

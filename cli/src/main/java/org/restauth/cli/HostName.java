package org.restauth.cli;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.GeneralName;

/** A name a server certificate is valid for: a DNS name (a leading {@code *.} allowed) or an IP address. */
record HostName(String value, boolean address) {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static final Pattern DNS = Pattern.compile(
            "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    HostName {
        if (value == null || value.isEmpty() || value.length() > 253) {
            throw new IllegalArgumentException("a host name must have 1 to 253 characters");
        }
    }

    /** @throws IllegalArgumentException naming the value when it is neither a DNS name nor an IP address */
    static HostName parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (IPV4.matcher(value).matches() || IPV6.matcher(value).matches()) {
            return new HostName(value, true);
        }
        if (DNS.matcher(value).matches()) {
            return new HostName(value, false);
        }
        throw new IllegalArgumentException("not a DNS name or an IP address: " + text);
    }

    GeneralName generalName() {
        return new GeneralName(address ? GeneralName.iPAddress : GeneralName.dNSName, value);
    }
}

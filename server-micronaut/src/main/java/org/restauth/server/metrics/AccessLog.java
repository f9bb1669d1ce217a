package org.restauth.server.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per API call on the logger {@code restauth.access}, as {@code key=value} pairs:
 * {@code method=auth.createToken format=xml callback=no result=ok status=200 duration_ms=1.42 client=192.0.2.7
 * request_id=4f1c…}.
 * Every value comes from a closed set or from the server itself; no parameter, token, signature or
 * secret is ever written.
 */
final class AccessLog {
    static final String LOGGER = "restauth.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private AccessLog() {
    }

    /** Two decimals, without String.format: this runs on every call. */
    static String milliseconds(long nanos) {
        long hundredths = nanos / 10_000;
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    static void write(String method, String format, boolean callback, String result, int status,
                      long nanos, String client, String requestId) {
        if (LOG.isInfoEnabled()) {
            LOG.info("method={} format={} callback={} result={} status={} duration_ms={} client={} request_id={}",
                    method, format, callback ? "yes" : "no", result, status,
                    milliseconds(nanos), client, requestId);
        }
    }
}

package org.restauth.server.config;

import java.io.PrintStream;
import java.net.URL;
import java.util.List;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/**
 * The desktop application created when none is configured, so that a first start answers at once.
 * Its key and secret are random and exist only for this run.
 */
public final class DemoApplication {
    static final String NAME = "demo";

    private final Application application;

    private DemoApplication(Application application) {
        this.application = application;
    }

    static DemoApplication create(RandomValues random) {
        return new DemoApplication(Application.desktop(random.hex(16), Secret.of(random.hex(16)), NAME));
    }

    public Application application() {
        return application;
    }

    /**
     * Tells the person who started the server how to call it. Standard output, not the log, on purpose:
     * this is the one place a secret is shown (the operator needs it to sign calls, and it was made for
     * this run only); logs must never carry secrets.
     */
    public void announce(PrintStream out, URL server) {
        String apiKey = application.apiKey();
        List<Param> call = List.of(new Param("method", "auth.createToken"), new Param("api_key", apiKey));
        String sig = Signature.sign(call, application.secret());
        out.println("No application configured (restauth.apps.*): created a demo desktop application for this run.");
        out.println("  api_key: " + apiKey);
        out.println("  secret:  " + application.secret().reveal());
        out.println("Try it:");
        out.println("  curl '" + server + "/restserver.php?method=auth.createToken&api_key=" + apiKey + "&sig=" + sig + "'");
        out.flush();
    }
}

package org.restauth.server.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One configured application, {@code restauth.apps.<name>.*}. Plain strings: {@link ConfiguredApplications}
 * checks them and names the bad key, which binding errors would not do as clearly.
 */
@EachProperty("restauth.apps")
public final class AppProperties {
    private final String name;
    private String apiKey;
    private String secret;
    private String type = "desktop";
    private String callbackUrl;
    private String displayName;

    public AppProperties(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    /** Defaults to the name under {@code restauth.apps}. */
    public String getDisplayName() {
        return displayName == null || displayName.isBlank() ? name : displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** The secret is left out: this may reach a log. */
    @Override
    public String toString() {
        return "AppProperties[" + name + "]";
    }
}

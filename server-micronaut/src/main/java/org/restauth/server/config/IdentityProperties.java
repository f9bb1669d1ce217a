package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code restauth.identity.*}. {@code profile-url-base}: where people's pages are ({@code profile_url} in
 * users.getInfo is it followed by the uid, such as {@code https://id.example.org/people/}); empty (the default)
 * answers {@code profile_url} with an empty string.
 */
@ConfigurationProperties("restauth.identity")
public final class IdentityProperties {
    @NotNull
    @Pattern(regexp = "((?i)https?://[^\\s\"<>]+)?", message = "must be an absolute http(s) URL")
    private String profileUrlBase = "";

    public String getProfileUrlBase() {
        return profileUrlBase;
    }

    public void setProfileUrlBase(String profileUrlBase) {
        this.profileUrlBase = profileUrlBase == null ? "" : profileUrlBase.trim();
    }
}

package org.restauth.server.config;

import java.util.List;
import java.util.Optional;
import org.restauth.core.app.Application;

/**
 * The applications this server answers: the configured ones, or a demo application when there are none.
 *
 * @param demo present only when nothing was configured
 */
public record ApplicationSetup(List<Application> applications, Optional<DemoApplication> demo) {
    public ApplicationSetup {
        applications = List.copyOf(applications);
    }
}

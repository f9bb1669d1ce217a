package org.restauth.server.metrics;


import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * The server's own logback.xml in place of the tests' logback-test.xml, with the log format switch set as
 * an operator sets it, until {@link #close()}; closing stops its background appenders (their lines are all
 * written then) and puts the tests' configuration back.
 */
final class ProductionLogging implements AutoCloseable {
    private ProductionLogging() {
    }

    static ProductionLogging withFormat(String format) {
        System.setProperty(LogFormat.PROPERTY, format);
        configure("/logback.xml");
        return new ProductionLogging();
    }

    @Override
    public void close() {
        System.clearProperty(LogFormat.PROPERTY);
        configure("/logback-test.xml");
    }

    private static void configure(String resource) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL url = ProductionLogging.class.getResource(resource);
        try {
            configurator.doConfigure(url);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure logging from " + url, e);
        }
    }
}

package com.cocreation5r.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Tells whoever started the server where to open the application. */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "DemoData"})
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

    @PostConstruct
    void announce() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "localhost");
        if ("0.0.0.0".equals(host) || "127.0.0.1".equals(host)) {
            host = "localhost";
        }
        String url = "http://" + host + ":" + port + "/cocreation/";
        LOG.info(() -> "\n\n    Co-Creation 5R is ready at " + url
                + (Boolean.getBoolean("cocreation.demo-data") ? "\n    Demo users: see README (password 'demo')" : "")
                + "\n");
    }
}
